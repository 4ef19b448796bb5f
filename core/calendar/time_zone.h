// The collectivités' time zones: metropolitan France (EU summer-time rules), the overseas zones
// (fixed offsets, no summer time) and Saint-Pierre-et-Miquelon (North American rules).
//
// Why a table and not the IANA database: the web app must work offline with no tzdata file, and
// the French zones are few and stable. The rules are those in force since 1996 (EU) and 2007
// (North America); instants before that get today's rules, which is fine for a planning tool.
// A later calendar feature may swap this for date's tz library behind the same small interface.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/workspace.h"

namespace parvis {

using LocalTime = date::local_seconds;  // a wall-clock time in some zone, to the second

// True when `zone` is one of the zones this table knows.
bool is_known_time_zone(std::string_view zone);

// The IANA names this table knows, metropolitan France first.
const std::vector<std::string>& known_time_zones();

// UTC offset of `zone` at the UTC instant `at` (local = UTC + offset); nothing for an unknown zone.
std::optional<std::chrono::seconds> utc_offset(std::string_view zone, Instant at);

// Wall-clock time in `zone` at `at`; nothing for an unknown zone.
std::optional<LocalTime> to_local(Instant at, std::string_view zone);

// A wall-clock time mapped back to UTC. Around a change of offset a local time can name no
// instant (the clocks jump forward over it) or two (the clocks go back and it happens twice):
// the caller must choose, so both candidates are returned.
enum class LocalTimeKind {
    unique,        // earlier == later
    nonexistent,   // in the gap: earlier = local - offset after the jump (lands before the gap),
                   //             later  = local - offset before the jump (lands after the gap,
                   //             the usual "push forward" reading: 02:30 becomes 03:30)
    ambiguous,     // in the overlap: earlier = first occurrence (summer offset), later = second
    unknown_zone,  // the zone is not in the table: earlier and later are left at the epoch
};

struct LocalTimeResolution {
    LocalTimeKind kind = LocalTimeKind::unknown_zone;
    Instant earlier{};
    Instant later{};
};

LocalTimeResolution from_local(LocalTime local, std::string_view zone);

}  // namespace parvis
