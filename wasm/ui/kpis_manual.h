// Indicateurs › « Saisie manuelle »: a form to type an account snapshot or the figures of one post,
// for small accounts with no export. Checks and merging are in core/kpi/manual_entry.h; this file
// only draws the fields, shows the French messages and saves through the normal edit path.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "app.h"

namespace parvis::app::ui {

// `selected_account`: the dashboard's network selector, the form's account until one is chosen.
void kpis_manual_form(App& app, const std::string& selected_account);

// The form's state for the test hook: last message, its error code, a pending replacement.
nlohmann::json kpis_manual_summary(const App& app);

}  // namespace parvis::app::ui
