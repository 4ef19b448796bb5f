// Shared by the Stratégie screen's files (strategy.cpp, strategy_networks.cpp,
// strategy_charter.cpp, strategy_people.cpp): the tabs, and how an edit is recorded.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

#include "app.h"
#include "style.h"

namespace parvis::app::ui {


// The parts of the strategy as the tabs edit them: copies of the workspace's, taken again when the
// document changed (an edit, undo, an import, another workspace), never every frame. A tab
// changes the copy and names what changed with `changed(app, "register")` (an audit field code,
// assets/i18n/audit.json); at the end of the frame the screen hands the changed part to
// core/edit/ (replace_profile, replace_charter…), which keeps it only when the workspace stays
// readable, and writes the audit entry. The team (strategy_people.cpp) edits through
// core/edit/team_edits.h directly.
struct StrategyDrafts {
    Profile profile;
    std::vector<Objective> objectives;
    Charter charter;
    StrategySettings strategy;
    std::string field;                          // what the tabs changed this frame ("" : nothing)
    std::string guard_message;                  // why the last change was refused
    std::uint64_t revision = ~std::uint64_t{0}; // the document's revision the copies come from
    std::string doc_id;
};
StrategyDrafts& drafts(App& app);
void changed(App& app, const char* field);

// The catalogue text with {placeholders}, in the app's language.
std::string trf(const App& app, const char* key, const Args& args);

void networks_tab(App& app, const Fonts& fonts);
void objectives_tab(App& app, const Fonts& fonts);
void charter_tab(App& app, const Fonts& fonts);
void people_tab(App& app, const Fonts& fonts);
void summary_tab(App& app, const Fonts& fonts);

}  // namespace parvis::app::ui
