// The dashboard as JSON: the output of `parvis kpi`, the figures the browser tests read through
// the test hook, and the data of the HTML report. Every figure is named by its catalogue id and
// given in the unit its targets use (rates in %); « pas de valeur » is null.
#pragma once
#include <nlohmann/json.hpp>

#include "i18n/catalogue.h"
#include "kpi/kpi.h"

namespace parvis::kpi {

nlohmann::ordered_json figures_to_json(const Figures& f);
nlohmann::ordered_json dashboard_to_json(const Dashboard& db, const Workspace& ws, Lang lang = Lang::fr);

}  // namespace parvis::kpi
