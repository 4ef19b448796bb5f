// See calendar_marks.h.
#include "calendar/calendar_marks.h"

#include <algorithm>
#include <tuple>

namespace parvis::calendar {

const char* mark_kind_name(MarkKind kind) {
    switch (kind) {
        case MarkKind::public_holiday: return "ferie";
        case MarkKind::local_holiday: return "ferie_local";
        case MarkKind::abolition_day: return "abolition_esclavage";
        case MarkKind::school_holiday: return "vacances_scolaires";
        case MarkKind::journee: return "journee";
    }
    return "ferie";
}

void sort_marks(std::vector<CalendarMark>& marks) {
    std::stable_sort(marks.begin(), marks.end(), [](const CalendarMark& a, const CalendarMark& b) {
        return std::tie(a.first, a.name) < std::tie(b.first, b.name);
    });
}

}  // namespace parvis::calendar
