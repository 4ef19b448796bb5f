#include "kpi/stats.h"

#include <algorithm>
#include <cmath>

#include "calendar/time_zone.h"

namespace parvis::kpi {

std::optional<double> median(std::vector<double> values) {
    if (values.empty()) return std::nullopt;
    const std::size_t n = values.size();
    const auto mid = values.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(values.begin(), mid, values.end());
    const double upper = *mid;
    if (n % 2 == 1) return upper;
    const double lower = *std::max_element(values.begin(), mid);
    return (lower + upper) / 2;
}

std::optional<double> percentile_nearest_rank(std::vector<double> values, double p) {
    if (values.empty()) return std::nullopt;
    const double rank = std::ceil(p / 100.0 * double(values.size()));
    std::size_t index = rank < 1 ? 0 : static_cast<std::size_t>(rank) - 1;
    index = std::min(index, values.size() - 1);
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(index), values.end());
    return values[index];
}

long long business_seconds(Instant from, Instant to, const BusinessHours& hours, std::string_view zone) {
    if (to <= from) return 0;
    // Work on wall-clock times: business hours are local (8:30–17:30 whatever the offset). The
    // summer-time jumps happen at night, outside any business hours.
    return business_seconds_local(to_local(from, zone).value_or(LocalTime{from.time_since_epoch()}),
                                  to_local(to, zone).value_or(LocalTime{to.time_since_epoch()}), hours);
}

long long business_seconds_local(date::local_seconds local_from, date::local_seconds local_to,
                                 const BusinessHours& hours) {
    const auto first_day = date::floor<date::days>(local_from);
    const auto last_day = date::floor<date::days>(local_to);
    const auto open = std::chrono::minutes{hours.opens.minutes};
    const auto close = std::chrono::minutes{hours.closes.minutes};
    if (close <= open) return 0;
    bool working[8] = {};
    for (int d : hours.weekdays)
        if (d >= 1 && d <= 7) working[d] = true;
    long long total = 0;
    for (auto day = first_day; day <= last_day; day += date::days{1}) {
        const unsigned iso = date::weekday{day}.iso_encoding();
        if (!working[iso]) continue;
        const LocalTime start = std::max<LocalTime>(day + open, local_from);
        const LocalTime end = std::min<LocalTime>(day + close, local_to);
        if (end > start) total += (end - start).count();
    }
    return total;
}

}  // namespace parvis::kpi
