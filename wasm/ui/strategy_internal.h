// Shared by the Stratégie screen's files (strategy.cpp, strategy_networks.cpp,
// strategy_charter.cpp, strategy_people.cpp): the tabs, and how an edit is recorded.
#pragma once
#include <string>

#include <imgui.h>

#include "app.h"
#include "style.h"
#include "ui/screen_state.h"

namespace parvis::app::ui {


// An edit of the strategy: the document is marked edited (autosave), and an audit entry names
// the current person, the action (« charter.edit », « strategy.networks »…) and what changed.
// Continuous widgets (sliders, text) call `edited_now` while they change and `audit_if_done`
// after the widget: one audit entry when the user lets go, not one per frame.
void edited_now(App& app);
void audit(App& app, const char* action, const std::string& detail);
void audit_if_done(App& app, const char* action, const std::string& detail);

// The catalogue text with {placeholders}, in the app's language.
std::string trf(const App& app, const char* key, const Args& args);

void networks_tab(App& app, const Fonts& fonts);
void objectives_tab(App& app, const Fonts& fonts);
void charter_tab(App& app, const Fonts& fonts);
void people_tab(App& app, StrategyState& state, const Fonts& fonts);
void summary_tab(App& app, const Fonts& fonts);

}  // namespace parvis::app::ui
