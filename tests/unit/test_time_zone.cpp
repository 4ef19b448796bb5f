// The French time zones: metropolitan summer time (EU rules), fixed overseas offsets, Miquelon's
// North American rules, and the two hard cases of local times (skipped and repeated).
#include <doctest/doctest.h>

#include "calendar/time_zone.h"

using namespace parvis;
using namespace std::chrono_literals;
using namespace date::literals;

namespace {

Instant utc(Day day, std::chrono::seconds time_of_day) { return date::sys_days{day} + time_of_day; }
LocalTime local(Day day, std::chrono::seconds time_of_day) {
    return date::local_days{date::sys_days{day}.time_since_epoch()} + time_of_day;
}
std::chrono::seconds offset(const char* zone, Instant at) { return utc_offset(zone, at).value(); }

}  // namespace

TEST_CASE("Paris switches to summer time on 29 March 2026 at 01:00 UTC") {
    const Day day = 2026_y / date::March / 29;
    CHECK(offset("Europe/Paris", utc(day, 0h + 59min + 59s)) == 1h);
    CHECK(offset("Europe/Paris", utc(day, 1h)) == 2h);
    CHECK(to_local(utc(day, 0h + 59min + 59s), "Europe/Paris") == local(day, 1h + 59min + 59s));
    CHECK(to_local(utc(day, 1h), "Europe/Paris") == local(day, 3h));
}

TEST_CASE("Paris goes back to winter time on 25 October 2026 at 01:00 UTC") {
    const Day day = 2026_y / date::October / 25;
    CHECK(offset("Europe/Paris", utc(day, 0h + 59min + 59s)) == 2h);
    CHECK(offset("Europe/Paris", utc(day, 1h)) == 1h);
    CHECK(to_local(utc(day, 0h + 59min + 59s), "Europe/Paris") == local(day, 2h + 59min + 59s));
    CHECK(to_local(utc(day, 1h), "Europe/Paris") == local(day, 2h));
}

TEST_CASE("02:30 on 29 March 2026 does not exist in Paris: both readings are returned") {
    const Day day = 2026_y / date::March / 29;
    const LocalTimeResolution r = from_local(local(day, 2h + 30min), "Europe/Paris");
    CHECK(r.kind == LocalTimeKind::nonexistent);
    CHECK(r.earlier == utc(day, 30min));       // read with the summer offset: before the jump
    CHECK(r.later == utc(day, 1h + 30min));    // read with the winter offset: 03:30 summer time
    // The instants just around the gap are ordinary.
    CHECK(from_local(local(day, 1h + 59min), "Europe/Paris").kind == LocalTimeKind::unique);
    CHECK(from_local(local(day, 3h), "Europe/Paris").kind == LocalTimeKind::unique);
    CHECK(from_local(local(day, 3h), "Europe/Paris").earlier == utc(day, 1h));
}

TEST_CASE("02:30 on 25 October 2026 happens twice in Paris: both instants are returned") {
    const Day day = 2026_y / date::October / 25;
    const LocalTimeResolution r = from_local(local(day, 2h + 30min), "Europe/Paris");
    CHECK(r.kind == LocalTimeKind::ambiguous);
    CHECK(r.earlier == utc(day, 30min));       // first pass, summer time (UTC+2)
    CHECK(r.later == utc(day, 1h + 30min));    // second pass, winter time (UTC+1)
    CHECK(from_local(local(day, 3h), "Europe/Paris").kind == LocalTimeKind::unique);
    CHECK(from_local(local(day, 3h), "Europe/Paris").earlier == utc(day, 2h));
}

TEST_CASE("Paris local times away from the changes map to one instant") {
    const LocalTimeResolution winter = from_local(local(2026_y / date::January / 15, 12h), "Europe/Paris");
    CHECK(winter.kind == LocalTimeKind::unique);
    CHECK(winter.earlier == utc(2026_y / date::January / 15, 11h));
    CHECK(winter.later == winter.earlier);
    const LocalTimeResolution summer = from_local(local(2026_y / date::July / 14, 12h), "Europe/Paris");
    CHECK(summer.kind == LocalTimeKind::unique);
    CHECK(summer.earlier == utc(2026_y / date::July / 14, 10h));
}

TEST_CASE("Overseas zones keep one offset all year") {
    struct Expected { const char* zone; std::chrono::minutes offset; };
    const Expected zones[] = {
        {"America/Guadeloupe", -4h}, {"America/Martinique", -4h}, {"America/Cayenne", -3h},
        {"Indian/Reunion", 4h},      {"Indian/Mayotte", 3h},      {"Pacific/Noumea", 11h},
        {"Pacific/Tahiti", -10h},    {"Pacific/Wallis", 12h},     {"Pacific/Marquesas", -(9h + 30min)},
        {"Pacific/Gambier", -9h},
    };
    for (const Expected& e : zones) {
        CAPTURE(e.zone);
        CHECK(offset(e.zone, utc(2026_y / date::January / 15, 12h)) == e.offset);
        CHECK(offset(e.zone, utc(2026_y / date::July / 15, 12h)) == e.offset);
        const LocalTimeResolution r = from_local(local(2026_y / date::March / 29, 2h + 30min), e.zone);
        CHECK(r.kind == LocalTimeKind::unique);
        CHECK(r.earlier == utc(2026_y / date::March / 29, 2h + 30min) - e.offset);
    }
    // Noon in Papeete is 22:00 UTC; 06:00 in Nouméa is 19:00 UTC the day before.
    CHECK(to_local(utc(2026_y / date::November / 29, 22h), "Pacific/Tahiti") == local(2026_y / date::November / 29, 12h));
    CHECK(to_local(utc(2026_y / date::November / 28, 19h), "Pacific/Noumea") == local(2026_y / date::November / 29, 6h));
}

TEST_CASE("Miquelon follows North American summer time: 8 March and 1 November 2026") {
    const char* zone = "America/Miquelon";
    // Starts on the second Sunday of March at 02:00 local standard time (05:00 UTC).
    const Day start = 2026_y / date::March / 8;
    CHECK(offset(zone, utc(start, 4h + 59min)) == -3h);
    CHECK(offset(zone, utc(start, 5h)) == -2h);
    const LocalTimeResolution gap = from_local(local(start, 2h + 30min), zone);
    CHECK(gap.kind == LocalTimeKind::nonexistent);
    CHECK(gap.earlier == utc(start, 4h + 30min));
    CHECK(gap.later == utc(start, 5h + 30min));
    // Ends on the first Sunday of November at 02:00 local summer time (04:00 UTC).
    const Day end = 2026_y / date::November / 1;
    CHECK(offset(zone, utc(end, 3h + 59min)) == -2h);
    CHECK(offset(zone, utc(end, 4h)) == -3h);
    const LocalTimeResolution twice = from_local(local(end, 1h + 30min), zone);
    CHECK(twice.kind == LocalTimeKind::ambiguous);
    CHECK(twice.earlier == utc(end, 3h + 30min));
    CHECK(twice.later == utc(end, 4h + 30min));
    // Not the European dates.
    CHECK(offset(zone, utc(2026_y / date::October / 28, 12h)) == -2h);
}

TEST_CASE("An unknown zone is reported, never guessed") {
    CHECK_FALSE(is_known_time_zone("Europe/Berlin"));
    CHECK_FALSE(utc_offset("Mars/Olympus", utc(2026_y / date::January / 1, 0h)).has_value());
    CHECK_FALSE(to_local(utc(2026_y / date::January / 1, 0h), "").has_value());
    CHECK(from_local(local(2026_y / date::January / 1, 0h), "Europe/Berlin").kind == LocalTimeKind::unknown_zone);
}

TEST_CASE("Every known zone round-trips UTC → local → UTC") {
    CHECK(known_time_zones().front() == "Europe/Paris");
    // Every zone a workspace may choose is in the table.
    for (const std::string& zone : supported_time_zones()) {
        CAPTURE(zone);
        CHECK(is_known_time_zone(zone));
    }
    for (const std::string& zone : known_time_zones()) {
        CAPTURE(zone);
        // Every 97 minutes over two years crosses each change of offset at many times of day.
        for (Instant t = utc(2026_y / date::January / 1, 0h); t < utc(2028_y / date::January / 1, 0h); t += 97min) {
            const LocalTimeResolution r = from_local(*to_local(t, zone), zone);
            REQUIRE(r.kind != LocalTimeKind::nonexistent);
            CHECK((r.earlier == t || r.later == t));
        }
    }
}
