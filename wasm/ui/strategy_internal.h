// Shared by the Stratégie screen's files (strategy.cpp, strategy_networks.cpp,
// strategy_charter.cpp, strategy_people.cpp): the tabs, and how an edit is recorded.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

#include "app.h"
#include "style.h"
#include "ui/screen_state.h"

namespace parvis::app::ui {


// The strategy tabs edit drafts (StrategyDrafts, ui/screen_state.h) of the workspace's parts.
StrategyDrafts& drafts(App& app);
void changed(App& app, const char* field);

// The catalogue text with {placeholders}, in the app's language.
std::string trf(const App& app, const char* key, const Args& args);

void networks_tab(App& app, const Fonts& fonts);
void objectives_tab(App& app, const Fonts& fonts);
void charter_tab(App& app, const Fonts& fonts);
void people_tab(App& app, StrategyState& state, const Fonts& fonts);
void summary_tab(App& app, const Fonts& fonts);
void accounts_section(App& app, const Fonts& fonts);  // strategy_accounts.cpp
void services_tab(App& app, const Fonts& fonts);      // services.cpp
void campaigns_tab(App& app, const Fonts& fonts);     // campaigns.cpp

}  // namespace parvis::app::ui
