// Indicateurs: what the dashboard shows, for the test hook (window.parvis.snapshot().workspace
// .kpis): the options, the key figures and how many points each chart drew.
#pragma once
#include <nlohmann/json.hpp>

#include "app.h"

namespace parvis::app::ui {

nlohmann::json kpis_summary(const App& app);

}  // namespace parvis::app::ui
