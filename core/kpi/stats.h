// Small statistics used by the KPIs: median, 90th percentile and working-hours arithmetic.
// Kept apart so that each rule is tested on its own, by hand.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "model/workspace.h"

namespace parvis::kpi {

// Median: the middle value, or the mean of the two middle values; nullopt when empty.
// Takes the values by value: it sorts them.
std::optional<double> median(std::vector<double> values);

// Percentile by nearest rank: the smallest value such that at least p % of the values are at or
// below it (sorted, index ceil(p/100 × n) − 1). p90 of 1…10 is 9. nullopt when empty.
std::optional<double> percentile_nearest_rank(std::vector<double> values, double p);

// Seconds between `from` and `to` that fall within the business hours (working days, opening to
// closing time) in the collectivité's time zone. Public holidays are not excluded. 0 when
// to <= from; an unknown zone is read as UTC.
long long business_seconds(Instant from, Instant to, const BusinessHours& hours, std::string_view zone);
// The same between two wall-clock times already in the collectivité's zone (the KPI index
// converts each instant once); the caller checks that `to` comes after `from`.
long long business_seconds_local(date::local_seconds from, date::local_seconds to, const BusinessHours& hours);

}  // namespace parvis::kpi
