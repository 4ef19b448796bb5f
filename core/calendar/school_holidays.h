// School holidays per zone, read from a JSON data file (assets/calendar/school_holidays.json,
// embedded at build time as the default; the user can load a newer file). The file follows the
// official arrêtés: for each period the day classes end (« fin des cours », after classes) and
// the day they resume (« jour de reprise »); the holiday marks run from the day classes end when
// it is a Saturday (few schools teach then), else the day after, to the day before they resume. Errors are French and point at the faulty entry.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar_marks.h"
#include "calendar/territory.h"
#include "error.h"

namespace parvis::calendar {

enum class SchoolZone { a, b, c, corse, guadeloupe, martinique, guyane, reunion, mayotte };

// "A", "B", "C", "Corse", "Guadeloupe"…: the ids of the data file.
const char* school_zone_id(SchoolZone zone);
// How marks and messages name it: « zone A », « Corse », « Réunion ».
std::string school_zone_label(SchoolZone zone);
// Accepts the id, case and accents ignored (« a », « zone A », « réunion »).
std::optional<SchoolZone> school_zone_from_name(std::string_view name);

// The zone of a collectivité: its académie by département (INSEE code), else by territory.
SchoolZone school_zone_of(const Profile& profile);

struct SchoolHolidayPeriod {
    std::string name;          // « Vacances de la Toussaint »
    SchoolZone zone = SchoolZone::a;
    Day classes_end{};         // « fin des cours » (after classes)
    Day classes_resume{};      // « jour de reprise »
    bool operator==(const SchoolHolidayPeriod&) const = default;
};

struct SchoolCalendar {
    std::string source;        // where the dates come from (arrêté, URL)
    std::string notes;         // what was checked and what is still to check, per zone and year
    std::vector<SchoolHolidayPeriod> periods;
};

// Reads the data file's text. Errors: json_syntax, wrong_type, missing_field, invalid_value
// (unknown zone, bad date, resume before end), with the JSON pointer of the entry.
Result<SchoolCalendar> read_school_calendar(std::string_view json_text);

// The calendar embedded at build time.
const SchoolCalendar& default_school_calendar();

// Holiday marks of `zone` that overlap `range` (kind school_holiday), sorted.
std::vector<CalendarMark> school_holidays_in(DayRange range, SchoolZone zone,
                                             const SchoolCalendar& calendar = default_school_calendar());

// The last day the calendar knows for `zone` (to say « données jusqu'au … »); nothing if none.
std::optional<Day> school_calendar_covers_until(SchoolZone zone,
                                                const SchoolCalendar& calendar = default_school_calendar());

}  // namespace parvis::calendar
