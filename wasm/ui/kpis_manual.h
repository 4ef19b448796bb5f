// Indicateurs › « Saisie manuelle »: a form to type an account snapshot or the figures of one post,
// for small accounts with no export. Checks and merging are in core/kpi/manual_entry.h; this file
// only draws the fields, shows the French messages and saves through the normal edit path.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "app.h"
#include "kpi/manual_entry.h"

namespace parvis::app::ui {

// The form's state: the fields as typed, and the outcome of the last button (reset with the rest
// of the screens' state when another workspace opens).
struct KpisManualForm {
    std::string account;
    bool account_chosen = false;  // until the user picks one, the dashboard's network (or the first)
    kpi::SnapshotEntry snapshot;
    kpi::PostFiguresEntry post;
    // The outcome of the last button, shown under the form and reported to the test hook.
    std::string message;
    std::string error_code;  // "" after a success
    std::optional<kpi::SnapshotCheck> replace_snapshot;  // waiting for « Remplacer » / « Annuler »
    std::optional<kpi::PostFiguresCheck> replace_post;
};

// `selected_account`: the dashboard's network selector, the form's account until one is chosen.
void kpis_manual_form(App& app, KpisManualForm& form, const std::string& selected_account);

// The form's state for the test hook: last message, its error code, a pending replacement.
nlohmann::json kpis_manual_summary(const App& app, const KpisManualForm& form);

}  // namespace parvis::app::ui
