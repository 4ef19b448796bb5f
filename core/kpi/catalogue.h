// The catalogue of KPIs: each figure Parvis computes has a stable id (used in targets, the CLI's
// JSON and the report), a unit, and a French name and definition in assets/i18n/kpi.json
// (« kpi.<id>.name », « kpi.<id>.definition »), shown next to the number wherever it appears.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "i18n/catalogue.h"

namespace parvis::kpi {

struct KpiInfo {
    std::string_view id;
    std::string_view unit;   // "%", "h", "/sem.", "" (a count), "‰" is not used: per 1,000 is explicit
    bool higher_is_better = true;
};

// Every KPI, in the order of the dashboard and the CLI's JSON.
const std::vector<KpiInfo>& kpi_catalogue();
// nullptr when `id` is not a KPI Parvis computes. Accepts the older ids of targets
// (« answered_share », « click_rate_impressions »).
const KpiInfo* find_kpi(std::string_view id);

std::string kpi_name(std::string_view id, Lang lang = Lang::fr);
std::string kpi_definition(std::string_view id, Lang lang = Lang::fr);

}  // namespace parvis::kpi
