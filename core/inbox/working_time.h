// Working time (issue 12): the charter's business hours — its weekdays between opens and closes,
// in the collectivité's time zone, without the territory's public holidays. One concept, used by
// the reply deadline (core/inbox/deadline.h) and by the response-time figures
// (core/kpi/response_times.h), so that « répondu dans l'objectif » and « en retard » always agree.
//
// A day's working window runs between the UTC instants of its opening and closing, so a window that
// a change of offset shortens or lengthens counts what the clock really lived.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "calendar/territory.h"
#include "model/workspace.h"

namespace parvis::inbox {

// The charter's hours made safe to walk: opening and closing clamped to the day, the open
// weekdays as flags. `usable()` is false when no time is ever worked (no weekday, opens ≥ closes).
struct WorkingWeek {
    int opens = 0;   // minutes after local midnight
    int closes = 0;
    bool open_day[8] = {};  // ISO weekday 1 Monday … 7 Sunday; [0] unused
    bool usable() const;
};
WorkingWeek working_week(const BusinessHours& hours);

struct WorkingWindow {
    Instant start{};
    Instant end{};  // after start
};

// The working window of the local `day`, or nothing on a closed weekday or a public holiday of
// `territory`. `zone` must be a known zone (is_known_time_zone).
std::optional<WorkingWindow> working_window(date::local_days day, const WorkingWeek& week, std::string_view zone,
                                            calendar::Territory territory);

// The first instant of the local `day` in `zone` (the later reading when midnight is skipped):
// where a day's figures end and the next day's begin. The epoch for an unknown zone.
Instant day_start(date::local_days day, std::string_view zone);

// The working windows of a span of local days, built once, with the working seconds before each,
// so that the working time between two instants is two binary searches (the figures of 100,000
// messages must not walk the calendar 100,000 times). Instants before the first day or after the
// last count as the span's bounds: the caller chooses a span that holds what it measures.
class WorkingCalendar {
public:
    // An empty calendar (no working time) when the zone is unknown or the week is not usable.
    // The span is capped at kMaxCalendarDays days from `first`.
    WorkingCalendar(const BusinessHours& hours, std::string_view zone, calendar::Territory territory,
                    date::local_days first, date::local_days last);

    static constexpr int kMaxCalendarDays = 2 * 3660 + 2;  // a ten-year period and ten years after

    // Working seconds in [a, b); 0 when b ≤ a.
    std::int64_t seconds_between(Instant a, Instant b) const;
    // The first instant at which `seconds` working seconds have passed since `from` (`from`'s next
    // working instant for 0), or nothing when the span ends before. Agrees with reply_deadline.
    std::optional<Instant> after(Instant from, std::int64_t seconds) const;
    bool empty() const { return windows_.empty(); }

private:
    std::int64_t worked_before(Instant t) const;  // working seconds from the span's start to t
    std::vector<WorkingWindow> windows_;          // sorted, disjoint
    std::vector<std::int64_t> before_;            // working seconds before windows_[i]
};

// The working seconds between two instants, for one measure (the calendar covers a..b, capped at
// WorkingCalendar::kMaxCalendarDays days). 0 when b ≤ a, the zone is unknown or no time is worked.
std::int64_t working_seconds_between(Instant a, Instant b, const BusinessHours& hours, std::string_view zone,
                                     calendar::Territory territory);

}  // namespace parvis::inbox
