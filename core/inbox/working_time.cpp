#include "inbox/working_time.h"

#include <algorithm>

#include "calendar/holidays.h"
#include "calendar/time_zone.h"

namespace parvis::inbox {
namespace {

// The instant of a window's bound. Bounds sit at 8:30 or 17:30 in practice, far from the 2:00 and
// 3:00 changes; for a bound inside a change, the window is the one the clocks really showed: it
// starts at the later reading and ends at the earlier one when the time was skipped, and spans
// both passes when the time happened twice.
Instant bound_instant(LocalTime local, std::string_view zone, bool is_start) {
    const LocalTimeResolution r = from_local(local, zone);
    switch (r.kind) {
        case LocalTimeKind::nonexistent: return is_start ? r.later : r.earlier;
        case LocalTimeKind::ambiguous: return is_start ? r.earlier : r.later;
        default: return r.earlier;
    }
}

}  // namespace

Instant day_start(date::local_days day, std::string_view zone) {
    return bound_instant(LocalTime{day}, zone, true);
}

bool WorkingWeek::usable() const {
    return opens < closes && std::any_of(std::begin(open_day) + 1, std::end(open_day), [](bool b) { return b; });
}

WorkingWeek working_week(const BusinessHours& hours) {
    WorkingWeek week;
    week.opens = std::clamp(hours.opens.minutes, 0, 24 * 60);
    week.closes = std::clamp(hours.closes.minutes, 0, 24 * 60);
    for (int d : hours.weekdays)
        if (d >= 1 && d <= 7) week.open_day[d] = true;
    return week;
}

std::optional<WorkingWindow> working_window(date::local_days day, const WorkingWeek& week, std::string_view zone,
                                            calendar::Territory territory) {
    if (!week.open_day[date::weekday{day}.iso_encoding()] || calendar::is_holiday(Day{day}, territory))
        return std::nullopt;
    const WorkingWindow w{bound_instant(day + std::chrono::minutes{week.opens}, zone, true),
                          bound_instant(day + std::chrono::minutes{week.closes}, zone, false)};
    if (w.start >= w.end) return std::nullopt;
    return w;
}

WorkingCalendar::WorkingCalendar(const BusinessHours& hours, std::string_view zone, calendar::Territory territory,
                                 date::local_days first, date::local_days last) {
    const WorkingWeek week = working_week(hours);
    if (!is_known_time_zone(zone) || !week.usable() || last < first) return;
    last = std::min(last, first + date::days{kMaxCalendarDays - 1});
    std::int64_t total = 0;
    for (date::local_days day = first; day <= last; day += date::days{1}) {
        std::optional<WorkingWindow> w = working_window(day, week, zone, territory);
        if (!w) continue;
        // Windows never overlap in the supported zones; kept disjoint anyway, so that the sums
        // below stay increasing whatever a future zone does.
        if (!windows_.empty()) w->start = std::max(w->start, windows_.back().end);
        if (w->start >= w->end) continue;
        windows_.push_back(*w);
        before_.push_back(total);
        total += (w->end - w->start).count();
    }
}

std::int64_t WorkingCalendar::worked_before(Instant t) const {
    const auto next = std::upper_bound(windows_.begin(), windows_.end(), t,
                                       [](Instant at, const WorkingWindow& w) { return at < w.start; });
    if (next == windows_.begin()) return 0;
    const std::size_t i = std::size_t(next - windows_.begin()) - 1;
    const WorkingWindow& w = windows_[i];
    return before_[i] + (std::min(t, w.end) - w.start).count();
}

std::int64_t WorkingCalendar::seconds_between(Instant a, Instant b) const {
    if (b <= a) return 0;
    return worked_before(b) - worked_before(a);
}

std::optional<Instant> WorkingCalendar::after(Instant from, std::int64_t seconds) const {
    const std::int64_t target = worked_before(from) + std::max<std::int64_t>(seconds, 0);
    // The first window that reaches the target and still has time after `from`: both conditions
    // grow with the index, so one binary search finds it.
    std::size_t lo = 0, hi = windows_.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        const WorkingWindow& w = windows_[mid];
        const bool reaches = before_[mid] + (w.end - w.start).count() >= target && w.end > from;
        if (reaches) hi = mid;
        else lo = mid + 1;
    }
    if (lo == windows_.size()) return std::nullopt;
    return windows_[lo].start + std::chrono::seconds{target - before_[lo]};
}

std::int64_t working_seconds_between(Instant a, Instant b, const BusinessHours& hours, std::string_view zone,
                                     calendar::Territory territory) {
    if (b <= a) return 0;
    const std::optional<LocalTime> local_a = to_local(a, zone);
    const std::optional<LocalTime> local_b = to_local(b, zone);
    if (!local_a || !local_b) return 0;
    const WorkingCalendar calendar(hours, zone, territory, date::floor<date::days>(*local_a),
                                   date::floor<date::days>(*local_b));
    return calendar.seconds_between(a, b);
}

}  // namespace parvis::inbox
