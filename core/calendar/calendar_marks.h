// The vocabulary shared by the French public calendar (holidays, school holidays, « journées »):
// an inclusive range of local days, and a mark drawn in the background of the calendar views.
// Every function of core/calendar/ that answers "what is on these days" returns CalendarMarks,
// so the views draw them one way and the CLI prints them one way.
#pragma once
#include <string>
#include <vector>

#include "model/workspace.h"

namespace parvis::calendar {

// Local calendar days, both ends included. A range with last < first is empty.
struct DayRange {
    Day first{};
    Day last{};
    bool contains(Day day) const {
        return date::sys_days{first} <= date::sys_days{day} && date::sys_days{day} <= date::sys_days{last};
    }
    bool operator==(const DayRange&) const = default;
};

// The whole of `year`, 1 January to 31 December.
inline DayRange year_range(int year) {
    return {date::year{year} / date::January / 1, date::year{year} / date::December / 31};
}

enum class MarkKind {
    public_holiday,   // jour férié national (code du travail L3133-1)
    local_holiday,    // férié local: Alsace-Moselle, a collectivité d'outre-mer's own day
    abolition_day,    // commémoration de l'abolition de l'esclavage (décret 83-1003)
    school_holiday,   // vacances scolaires of one zone
    journee,          // a yearly « journée », « semaine » or « mois »: a posting opportunity
};

// JSON/CLI names: "ferie", "ferie_local", "abolition_esclavage", "vacances_scolaires", "journee".
const char* mark_kind_name(MarkKind kind);

struct CalendarMark {
    Day first{};              // first day (a holiday: first == last)
    Day last{};
    std::string name;         // French: « Lundi de Pâques », « Vacances d'hiver (zone A) »
    MarkKind kind = MarkKind::public_holiday;
    std::string detail;       // source, theme or advice (« Fête de la musique : musique en ville »)
    bool operator==(const CalendarMark&) const = default;
};

// Sorted by first day, then name: the order the views and the CLI show.
void sort_marks(std::vector<CalendarMark>& marks);

}  // namespace parvis::calendar
