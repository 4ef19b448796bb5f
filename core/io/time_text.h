// Text forms of the model's time types in files: strict, fixed-width, always UTC for instants.
//   Instant    "2026-11-29T09:00:00Z"
//   Day        "2026-11-29"
//   TimeOfDay  "08:30"
// Strict on purpose: "2026-11-29T10:00:00+01:00" or "8:30" are refused rather than guessed, so
// that what is written is always what was read.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/workspace.h"

namespace parvis::io {

// The years a date read from a file may have. Beyond them a date is damage or a hostile file (an
// .ics dated 0001 and 9999 made `calendar check` walk 400,000 weeks): every reader of outside data
// refuses it as it refuses an unreadable date, naming the line or place.
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;
constexpr bool is_sane_year(int year) { return year >= kMinYear && year <= kMaxYear; }

std::string format_instant(Instant t);
std::string format_day(Day d);
std::string format_time_of_day(TimeOfDay t);

std::optional<Instant> parse_instant(std::string_view s);
std::optional<Day> parse_day(std::string_view s);
std::optional<TimeOfDay> parse_time_of_day(std::string_view s);

}  // namespace parvis::io
