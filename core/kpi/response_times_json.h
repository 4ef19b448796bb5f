// The response-time figures as JSON: the output of `parvis kpi responses`. Durations in whole
// seconds (`*_seconds`, rounded to the nearest second: a median of two values may fall on a half)
// and in hours rounded to 0.1 (`*_hours`); the share within the target in % rounded to 0.1;
// « pas de valeur » is null.
#pragma once
#include <nlohmann/json.hpp>

#include "kpi/response_times.h"

namespace parvis::kpi {

nlohmann::ordered_json response_times_to_json(const ResponseTimes& r);

}  // namespace parvis::kpi
