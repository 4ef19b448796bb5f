// See journees.h.
#include "calendar/journees.h"

#include <algorithm>

#include "calendar/calendar_assets.h"
#include "calendar/calendar_data.h"

namespace parvis::calendar {

Result<std::vector<JourneeRule>> read_journees(std::string_view json_text) {
    io::Json doc;
    if (Error e = data::parse_data_file(json_text, "parvis-journees", doc)) return e;
    const io::Json* list = nullptr;
    if (Error e = data::get_array(doc, "journees", "", list)) return e;
    std::vector<JourneeRule> rules;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const io::Json& j = (*list)[i];
        const std::string pointer = "/journees/" + std::to_string(i);
        if (!j.is_object())
            return io::make_error(ErrorCode::wrong_type, pointer, pointer,
                                  {{"expected_type", "object"}, {"found_type", io::json_type_name(j)}});
        JourneeRule r;
        if (Error e = data::get_string(j, "id", pointer, r.id)) return e;
        if (Error e = data::get_string(j, "nom", pointer, r.name)) return e;
        if (Error e = data::get_string(j, "theme", pointer, r.theme, false)) return e;
        if (Error e = data::get_int(j, "mois", pointer, r.month, 1, 12)) return e;
        if (Error e = data::get_int(j, "jour", pointer, r.day, 1, 31, false)) return e;
        if (Error e = data::get_int(j, "rang", pointer, r.nth, -1, 4, false)) return e;
        if (Error e = data::get_int(j, "jour_semaine", pointer, r.weekday, 1, 7, false)) return e;
        if (Error e = data::get_int(j, "duree_jours", pointer, r.length_days, 1, 366, false)) return e;
        const bool fixed = r.day > 0;
        const bool nth = r.nth != 0 && r.weekday > 0;
        if (fixed == nth) {  // exactly one of the two rules
            return io::make_error(ErrorCode::invalid_value, r.id, pointer,
                                  {{"reason", "calendar_journee_rule"}});
        }
        rules.push_back(std::move(r));
    }
    return rules;
}

const std::vector<JourneeRule>& default_journees() {
    static const std::vector<JourneeRule> rules = [] {
        Result<std::vector<JourneeRule>> r = read_journees(calendar_asset("journees.json"));
        return r ? std::move(r.value()) : std::vector<JourneeRule>{};  // the unit tests read it strictly
    }();
    return rules;
}

Day journee_start(const JourneeRule& rule, int year) {
    const date::year_month ym{date::year{year}, date::month{static_cast<unsigned>(rule.month)}};
    if (rule.day > 0) {
        const unsigned last = static_cast<unsigned>((ym / date::last).day());
        return ym / date::day{std::min(static_cast<unsigned>(rule.day), last)};
    }
    const date::weekday wd{static_cast<unsigned>(rule.weekday % 7)};
    if (rule.nth == -1) return Day{date::sys_days{ym / wd[date::last]}};
    return Day{date::sys_days{ym / wd[static_cast<unsigned>(rule.nth)]}};
}

std::vector<CalendarMark> journees_in(DayRange range, const std::vector<JourneeRule>& rules) {
    std::vector<CalendarMark> out;
    if (!range.first.ok() || !range.last.ok() || range.last < range.first) return out;
    // A journée that starts in the previous year can reach into the range (none do today, but a
    // user's « mois » starting in December would).
    const int first_year = static_cast<int>(range.first.year()) - 1;
    const int last_year = static_cast<int>(range.last.year());
    for (int year = first_year; year <= last_year; ++year) {
        for (const JourneeRule& rule : rules) {
            const date::sys_days first{journee_start(rule, year)};
            const date::sys_days last = first + date::days{std::max(1, rule.length_days) - 1};
            if (last < date::sys_days{range.first} || first > date::sys_days{range.last}) continue;
            out.push_back({Day{first}, Day{last}, rule.name, MarkKind::journee, rule.theme});
        }
    }
    sort_marks(out);
    return out;
}

}  // namespace parvis::calendar
