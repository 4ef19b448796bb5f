// Yearly « journées », « semaines » and « mois » (Fête de la musique, Journées européennes du
// patrimoine, Octobre rose…): posting opportunities shown in the calendar. The list and its
// rules live in assets/calendar/journees.json (embedded at build time): a fixed date, the nth
// weekday of a month, or a fixed span; each with its length in days.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar_marks.h"
#include "error.h"

namespace parvis::calendar {

struct JourneeRule {
    std::string id;            // « fete_musique »
    std::string name;          // « Fête de la musique »
    std::string theme;         // one line of posting advice
    int month = 1;             // 1..12
    int day = 0;               // fixed date: day of month (1..31); 0 when nth weekday is used
    int nth = 0;               // 1..4 nth weekday of the month, -1 the last
    int weekday = 0;           // ISO 1 Monday … 7 Sunday, with nth
    int length_days = 1;       // 7 for a week, 31 for « Octobre rose »…
    bool operator==(const JourneeRule&) const = default;
};

// Reads the data file. Errors as in read_school_calendar.
Result<std::vector<JourneeRule>> read_journees(std::string_view json_text);
const std::vector<JourneeRule>& default_journees();

// The first day of `rule` in `year`.
Day journee_start(const JourneeRule& rule, int year);

// Marks (kind journee) overlapping `range`, sorted.
std::vector<CalendarMark> journees_in(DayRange range,
                                      const std::vector<JourneeRule>& rules = default_journees());

}  // namespace parvis::calendar
