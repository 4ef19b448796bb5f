// French-first formatting: exact bytes, including U+202F NARROW NO-BREAK SPACE (E2 80 AF) as the
// French thousands separator and before « % ».
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>

#include "format/format.h"

using namespace parvis;
using namespace date::literals;

#define NNBSP "\xE2\x80\xAF"

TEST_CASE("format_number groups thousands and uses the decimal comma in French") {
    CHECK(format_number(1234.5, 1, Lang::fr) == "1" NNBSP "234,5");
    CHECK(format_number(1234.5, 1, Lang::en) == "1,234.5");
    CHECK(format_number(999, 0, Lang::fr) == "999");
    CHECK(format_number(1000, 0, Lang::fr) == "1" NNBSP "000");
    CHECK(format_number(31420, 0, Lang::fr) == "31" NNBSP "420");
    CHECK(format_number(1234567.891, 2, Lang::fr) == "1" NNBSP "234" NNBSP "567,89");
    CHECK(format_number(1234567.891, 2, Lang::en) == "1,234,567.89");
    CHECK(format_number(1e15, 0, Lang::en) == "1,000,000,000,000,000");
    CHECK(format_number(1e20, 1, Lang::fr) == "100" NNBSP "000" NNBSP "000" NNBSP "000" NNBSP "000" NNBSP "000" NNBSP "000,0");
}

TEST_CASE("format_number rounds half away from zero, carrying into the groups") {
    CHECK(format_number(1.25, 1, Lang::fr) == "1,3");
    CHECK(format_number(2.5, 0, Lang::fr) == "3");
    CHECK(format_number(-2.5, 0, Lang::fr) == "-3");
    CHECK(format_number(0.125, 2, Lang::en) == "0.13");
    CHECK(format_number(1.04, 1, Lang::fr) == "1,0");
    CHECK(format_number(999.999, 2, Lang::fr) == "1" NNBSP "000,00");
    CHECK(format_number(999999.5, 0, Lang::en) == "1,000,000");
    CHECK(format_number(0.05, 3, Lang::fr) == "0,050");
}

TEST_CASE("format_number: zero, negatives, clamped decimals, non-finite values") {
    CHECK(format_number(0, 0, Lang::fr) == "0");
    CHECK(format_number(0, 2, Lang::fr) == "0,00");
    CHECK(format_number(-0.0, 1, Lang::fr) == "0,0");
    CHECK(format_number(-0.04, 1, Lang::fr) == "0,0");  // no "-0,0"
    CHECK(format_number(-0.06, 1, Lang::fr) == "-0,1");
    CHECK(format_number(-1234.5, 1, Lang::fr) == "-1" NNBSP "234,5");
    CHECK(format_number(-1234.5, 1, Lang::en) == "-1,234.5");
    CHECK(format_number(1.5, -3, Lang::fr) == "2");
    CHECK(format_number(1.0 / 3.0, 12, Lang::en) == "0.333333333");  // at most 9 decimals
    CHECK(format_number(std::nan(""), 1, Lang::fr) == "\xE2\x80\x94");  // « — »
    CHECK(format_number(std::numeric_limits<double>::infinity(), 0, Lang::en) == "\xE2\x80\x94");
}

TEST_CASE("format_integer covers the whole int64 range exactly") {
    CHECK(format_integer(0, Lang::fr) == "0");
    CHECK(format_integer(-7, Lang::fr) == "-7");
    CHECK(format_integer(12345, Lang::fr) == "12" NNBSP "345");
    CHECK(format_integer(-123456, Lang::en) == "-123,456");
    CHECK(format_integer(std::numeric_limits<std::int64_t>::max(), Lang::en) == "9,223,372,036,854,775,807");
    CHECK(format_integer(std::numeric_limits<std::int64_t>::min(), Lang::fr) ==
          "-9" NNBSP "223" NNBSP "372" NNBSP "036" NNBSP "854" NNBSP "775" NNBSP "808");
}

TEST_CASE("format_percent: « 3,2 % » with a narrow no-break space, \"3.2%\" in English") {
    CHECK(format_percent(0.032, 1, Lang::fr) == "3,2" NNBSP "%");
    CHECK(format_percent(0.032, 1, Lang::en) == "3.2%");
    CHECK(format_percent(0.5, 0, Lang::fr) == "50" NNBSP "%");
    CHECK(format_percent(1, 0, Lang::en) == "100%");
    CHECK(format_percent(0, 1, Lang::fr) == "0,0" NNBSP "%");
    CHECK(format_percent(-0.015, 1, Lang::fr) == "-1,5" NNBSP "%");
    CHECK(format_percent(12.3456, 1, Lang::fr) == "1" NNBSP "234,6" NNBSP "%");
    CHECK(format_percent(std::nan(""), 1, Lang::fr) == "\xE2\x80\x94");
}

TEST_CASE("format_duration: minutes, hours and minutes, days and hours; « — » for nonsense") {
    const std::string n = NNBSP;
    CHECK(format_duration(0) == "< 1" + n + "min");
    CHECK(format_duration(29) == "< 1" + n + "min");
    CHECK(format_duration(31) == "1" + n + "min");
    CHECK(format_duration(42 * 60) == "42" + n + "min");
    CHECK(format_duration(59 * 60 + 29) == "59" + n + "min");
    CHECK(format_duration(59 * 60 + 31) == "1" + n + "h" + n + "00");
    CHECK(format_duration(3 * 3600 + 5 * 60) == "3" + n + "h" + n + "05");
    CHECK(format_duration(3 * 3600 + 5 * 60, Lang::en) == "3 h 05 min");
    CHECK(format_duration(23 * 3600 + 59 * 60) == "23" + n + "h" + n + "59");
    CHECK(format_duration(24 * 3600) == "1" + n + "j" + n + "0" + n + "h");
    CHECK(format_duration(2 * 86400 + 4 * 3600 + 31 * 60) == "2" + n + "j" + n + "5" + n + "h");  // rounded to the hour
    CHECK(format_duration(2 * 86400 + 4 * 3600, Lang::en) == "2 d 4 h");
    CHECK(format_duration(1234.0 * 86400) == "1" + n + "234" + n + "j" + n + "0" + n + "h");
    CHECK(format_duration(-1) == "—");
    CHECK(format_duration(std::nan("")) == "—");
    CHECK(format_duration(std::numeric_limits<double>::infinity()) == "—");
    CHECK(format_duration(1e300) == "—");
}

TEST_CASE("format_day uses the CLDR abbreviations") {
    CHECK(format_day(2026_y / date::November / 29, Lang::fr) == "29 nov. 2026");
    CHECK(format_day(2026_y / date::November / 29, Lang::en) == "Nov 29, 2026");
    CHECK(format_day(2026_y / date::May / 1, Lang::fr) == "1er mai 2026");
    CHECK(format_day(2026_y / date::May / 1, Lang::en) == "May 1, 2026");
    const char* french[] = {"janv.", "févr.", "mars", "avr.", "mai", "juin",
                            "juil.", "août", "sept.", "oct.", "nov.", "déc."};
    const char* english[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (unsigned m = 1; m <= 12; ++m) {
        const Day day = 2027_y / date::month{m} / 15;
        CHECK(format_day(day, Lang::fr) == std::string("15 ") + french[m - 1] + " 2027");
        CHECK(format_day(day, Lang::en) == std::string(english[m - 1]) + " 15, 2027");
    }
}

TEST_CASE("format_day_long spells the weekday and the month") {
    CHECK(format_day_long(2026_y / date::November / 29, Lang::fr) == "dimanche 29 novembre 2026");
    CHECK(format_day_long(2026_y / date::November / 29, Lang::en) == "Sunday, November 29, 2026");
    CHECK(format_day_long(2026_y / date::November / 1, Lang::fr) == "dimanche 1er novembre 2026");
    CHECK(format_day_long(2026_y / date::February / 2, Lang::fr) == "lundi 2 février 2026");
    CHECK(format_day_long(2026_y / date::August / 15, Lang::fr) == "samedi 15 août 2026");
    CHECK(format_day_long(2028_y / date::February / 29, Lang::en) == "Tuesday, February 29, 2028");
}

TEST_CASE("format_time is a 24-hour clock") {
    CHECK(format_time(TimeOfDay{18 * 60 + 30}) == "18:30");
    CHECK(format_time(TimeOfDay{8 * 60 + 5}) == "08:05");
    CHECK(format_time(TimeOfDay{0}) == "00:00");
    CHECK(format_time(TimeOfDay{23 * 60 + 59}) == "23:59");
    CHECK(format_time(TimeOfDay{24 * 60}) == "00:00");
    CHECK(format_time(TimeOfDay{-30}) == "23:30");
}

TEST_CASE("format_instant_local shows the collectivité's wall clock") {
    using namespace std::chrono_literals;
    const Instant winter = date::sys_days{2026_y / date::November / 29} + 17h + 30min;
    CHECK(format_instant_local(winter, "Europe/Paris", Lang::fr) == "29 nov. 2026 à 18:30");
    CHECK(format_instant_local(winter, "Europe/Paris", Lang::en) == "Nov 29, 2026, 18:30");
    const Instant summer = date::sys_days{2026_y / date::July / 14} + 21h;
    CHECK(format_instant_local(summer, "Europe/Paris", Lang::fr) == "14 juil. 2026 à 23:00");
    CHECK(format_instant_local(winter + 5h, "Indian/Reunion", Lang::fr) == "30 nov. 2026 à 02:30");
    CHECK(format_instant_local(winter, "Pacific/Tahiti", Lang::fr) == "29 nov. 2026 à 07:30");
    CHECK(format_instant_local(winter, "America/Cayenne", Lang::fr) == "29 nov. 2026 à 14:30");
    CHECK(format_instant_local(winter, "Mars/Olympus", Lang::fr) == "29 nov. 2026 à 17:30 UTC");
}
