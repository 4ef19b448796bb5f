// French-first formatting of numbers, dates and times for the interface (CLDR conventions).
//
// French: « 1 234,5 » and « 3,2 % » with U+202F NARROW NO-BREAK SPACE as the thousands separator
// and before %, so that a number never breaks across lines; « 29 nov. 2026 »,
// « dimanche 29 novembre 2026 », « 18:30 ». English: "1,234.5", "3.2%", "Nov 29, 2026".
// Negative numbers use a plain hyphen-minus in both languages (copy-paste into a spreadsheet
// keeps working). Month and weekday names come from assets/i18n/format.json.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis {

// `value` rounded to `decimals` digits after the separator (0..9, clamped), with grouping.
// NaN and infinities give « — », a visible gap rather than a wrong figure.
std::string format_number(double value, int decimals, Lang lang = Lang::fr);

// An exact integer with grouping (the whole int64 range, no detour through double).
std::string format_integer(std::int64_t value, Lang lang = Lang::fr);

// A ratio shown as a percentage: 0.032 → « 3,2 % » / "3.2%".
std::string format_percent(double ratio, int decimals, Lang lang = Lang::fr);

// A duration, rounded to the minute: « < 1 min », « 42 min », « 3 h 05 » (fr) / "3 h 05 min",
// « 2 j 4 h » / "2 d 4 h" from a day on (the minutes then dropped, rounded to the hour). Negative,
// NaN and infinite give « — ». For response times: a figure a person reads at a glance.
std::string format_duration(double seconds, Lang lang = Lang::fr);

// « 29 nov. 2026 » / "Nov 29, 2026". French writes the first of the month « 1er ».
std::string format_day(Day day, Lang lang = Lang::fr);

// « dimanche 29 novembre 2026 » / "Sunday, November 29, 2026".
std::string format_day_long(Day day, Lang lang = Lang::fr);

// « 18:30 », 24-hour clock in both languages. Minutes outside one day wrap around.
std::string format_time(TimeOfDay time);

// « 02/12/2026 »: the date as typed in a form field (jj/mm/aaaa).
std::string format_day_numeric(Day day);

// A date typed by a person or found in a spreadsheet cell: « 31/12/2026 », « 31/12/26 »,
// « 31.12.2026 », « 2026-12-31 » (spaces around ignored). Nothing for anything else, or a day
// that does not exist (« 31/02/2027 »).
std::optional<Day> parse_day_numeric(std::string_view text);

// A time of day: « 18h30 », « 18h », « 8 h 05 », « 18:30 », « 09:15:00 » (seconds dropped).
std::optional<TimeOfDay> parse_time_of_day(std::string_view text);

// A date and a time typed in one field: « 12/03/2027 18:30 », « 12/03/2027 à 18h30 »,
// « 2027-03-12 18:30 » (the day as parse_day_numeric reads it, then the time as
// parse_time_of_day, « à » allowed between). Nothing for anything else. The caller turns it into
// an instant in the collectivité's zone (calendar_layout.h instant_at), asking about summer time.
struct DayAndTime {
    Day day{};
    TimeOfDay time;
    bool operator==(const DayAndTime&) const = default;
};
std::optional<DayAndTime> parse_day_and_time(std::string_view text);
// « 12/03/2027 18:30 », what parse_day_and_time reads back.
std::string format_day_and_time(const DayAndTime& value);

// An instant as a wall-clock date and time in `time_zone` (core/calendar/time_zone.h):
// « 29 nov. 2026 à 18:30 » / "Nov 29, 2026, 18:30". An unknown zone shows UTC, marked « UTC ».
std::string format_instant_local(Instant at, const std::string& time_zone, Lang lang = Lang::fr);

}  // namespace parvis
