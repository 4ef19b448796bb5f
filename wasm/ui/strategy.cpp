// Stratégie: the collectivité's profile and accounts, then one tab per part of the strategy —
// networks assistant (strategy_networks.cpp), objectives, editorial and moderation charter
// (strategy_charter.cpp), people and validation circuit (strategy_people.cpp), and the summary
// to export for the élus.
//
// Index
// [SECTION] Drafts: how the tabs edit
// [SECTION] Profile
// [SECTION] Objectives
// [SECTION] Summary
// [SECTION] Screen
#include <imgui.h>

#include <chrono>
#include <utility>

#include "edit/workspace_edits.h"
#include "format/format.h"
#include "io/time_text.h"
#include "io/workspace_json.h"
#include "strategy/objectives.h"
#include "strategy/summary.h"
#include "ui/screens.h"
#include "ui/strategy_internal.h"
#include "ui/widgets.h"

namespace parvis::app::ui {

//-----------------------------------------------------------------------------
// [SECTION] Drafts: how the tabs edit
//-----------------------------------------------------------------------------

// The frame's states exist while a screen draws (made by ui::draw before anything else); never
// made anew here, in the middle of a frame whose screens hold references into them.
StrategyDrafts& drafts(App& app) { return app.screens->strategy.drafts; }

void changed(App& app, const char* field) { drafts(app).field = field; }

namespace {

// Takes the copies again when the document changed since they were taken (an edit handed over,
// undo, an import, another workspace): once per change, never every frame.
void refresh_drafts(App& app) {
    StrategyDrafts& d = drafts(app);
    if (d.revision == app.doc.revision() && d.doc_id == app.doc_id) return;
    const Workspace& ws = app.doc.workspace();
    d.profile = ws.profile;
    d.objectives = ws.objectives;
    d.charter = ws.charter;
    d.strategy = ws.strategy;
    d.revision = app.doc.revision();
    d.doc_id = app.doc_id;
}

// Hands each part the tabs changed to core/edit/, which keeps it only when the workspace stays
// readable; a refused change is explained and the copies are taken again.
void commit_drafts(App& app) {
    StrategyDrafts& d = drafts(app);
    if (d.field.empty()) return;
    const std::string field = std::exchange(d.field, {});
    const Workspace& ws = app.doc.workspace();
    edit::Result r = edit::unchanged();
    if (d.profile != ws.profile) r = edit::replace_profile(app.doc.edit(), actor(app), d.profile, field);
    else if (d.objectives != ws.objectives) r = edit::replace_objectives(app.doc.edit(), actor(app), d.objectives, field);
    else if (d.charter != ws.charter) r = edit::replace_charter(app.doc.edit(), actor(app), d.charter, field);
    else if (d.strategy != ws.strategy) r = edit::replace_strategy_settings(app.doc.edit(), actor(app), d.strategy, field);
    if (r.outcome == edit::Outcome::refused) {
        d.guard_message = trf(app, "strategy.ui.refused", {{"reason", error_description(r.error, app.settings.lang)}});
        d.revision = ~std::uint64_t{0};  // take the copies again from the unchanged workspace
    } else if (r.changed()) {
        d.guard_message.clear();
        mark_edited(app);
        d.revision = app.doc.revision();  // the copies are what the workspace now holds
    }
}

}  // namespace

std::string trf(const App& app, const char* key, const Args& args) { return parvis::tr(key, app.settings.lang, args); }

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Profile
//-----------------------------------------------------------------------------

const char* kind_key(CollectivityKind k) {
    switch (k) {
    case CollectivityKind::commune: return "kind.commune";
    case CollectivityKind::epci: return "kind.epci";
    case CollectivityKind::departement: return "kind.departement";
    case CollectivityKind::region: return "kind.region";
    }
    return "kind.commune";
}

void profile_editor(App& app) {
    Profile& p = drafts(app).profile;
    ImGui::PushItemWidth(360.0f * app.settings.zoom);
    if (text_field(tr(app, "profile.name"), p.name)) changed(app, "name");
    if (begin_combo(tr(app, "profile.kind"), tr(app, kind_key(p.kind)))) {
        for (auto k : {CollectivityKind::commune, CollectivityKind::epci, CollectivityKind::departement, CollectivityKind::region})
            if (ImGui::Selectable(tr(app, kind_key(k)), p.kind == k)) { p.kind = k; changed(app, "kind"); }
        ImGui::EndCombo();
    }
    long long population = p.population;
    if (ImGui::InputScalar(tr(app, "profile.population"), ImGuiDataType_S64, &population)) {
        p.population = population < 0 ? 0 : population;
        changed(app, "population");
    }
    if (text_field(tr(app, "profile.insee"), p.insee_code, ImGuiInputTextFlags_CharsUppercase)) changed(app, "insee_code");
    if (begin_combo(tr(app, "profile.time_zone"), p.time_zone.c_str())) {
        for (const std::string& zone : supported_time_zones())
            if (ImGui::Selectable(zone.c_str(), p.time_zone == zone)) { p.time_zone = zone; changed(app, "time_zone"); }
        ImGui::EndCombo();
    }
    if (text_field(tr(app, "profile.territory"), p.territory)) changed(app, "territory");
    ImGui::PopItemWidth();
}

void profile_tab(App& app, const Fonts& fonts) {
    section_title(fonts, tr(app, "strategy.profile"));
    profile_editor(app);
    accounts_section(app, fonts);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Objectives
//-----------------------------------------------------------------------------

void objectives_tab(App& app, const Fonts& fonts) {
    section_title(fonts, tr(app, "strategy.objectives"));
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(app, "strategy.ui.objectives.help"));
    ImGui::PopTextWrapPos();
    std::vector<Objective>& objectives = drafts(app).objectives;
    const auto& kpis = strategy::kpis();
    int remove = -1;
    for (std::size_t i = 0; i < objectives.size(); ++i) {
        Objective& o = objectives[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Separator();
        ImGui::PushItemWidth(420.0f * app.settings.zoom);
        if (text_field(tr(app, "strategy.ui.objectives.title"), o.title)) changed(app, "objectives");
        if (text_field(tr(app, "strategy.ui.objectives.description"), o.description)) changed(app, "objectives");
        std::string horizon = o.horizon ? date::format("%F", *o.horizon) : std::string();
        if (text_field(tr(app, "strategy.ui.objectives.horizon"), horizon)) {
            if (horizon.empty()) o.horizon.reset();
            else if (auto d = io::parse_day(horizon)) o.horizon = *d;
            changed(app, "objectives");
        }
        ImGui::PopItemWidth();
        int remove_target = -1;
        for (std::size_t k = 0; k < o.targets.size(); ++k) {
            Target& t = o.targets[k];
            ImGui::PushID(static_cast<int>(k));
            ImGui::SetNextItemWidth(300.0f * app.settings.zoom);
            const strategy::KpiInfo* info = strategy::find_kpi(t.kpi);
            if (begin_combo("##kpi", info ? info->label.c_str() : t.kpi.c_str())) {
                for (const auto& k2 : kpis)
                    if (ImGui::Selectable(k2.label.c_str(), t.kpi == k2.id)) {
                        t.kpi = k2.id;
                        t.unit = k2.unit;
                        changed(app, "objectives");
                    }
                ImGui::EndCombo();
            }
            ImGui::SameLine();
            ImGui::SetNextItemWidth(60.0f * app.settings.zoom);
            if (begin_combo("##cmp", t.comparison.c_str())) {
                for (const char* c : {">=", "<="})
                    if (ImGui::Selectable(c, t.comparison == c)) {
                        t.comparison = c;
                        changed(app, "objectives");
                    }
                ImGui::EndCombo();
            }
            ImGui::SameLine();
            ImGui::SetNextItemWidth(90.0f * app.settings.zoom);
            if (ImGui::InputDouble("##value", &t.value, 0, 0, "%.2f")) changed(app, "objectives");
            ImGui::SameLine();
            ImGui::TextUnformatted(t.unit.c_str());
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(app, "strategy.ui.remove"))) remove_target = static_cast<int>(k);
            ImGui::PopID();
        }
        if (remove_target >= 0) {
            o.targets.erase(o.targets.begin() + remove_target);
            changed(app, "objectives");
        }
        if (ImGui::SmallButton(tr(app, "strategy.ui.objectives.add_target"))) {
            o.targets.push_back({"engagement_rate_reach", ">=", 3, "%", ""});
            changed(app, "objectives");
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(app, "strategy.ui.objectives.remove"))) remove = static_cast<int>(i);
        ImGui::PopID();
    }
    if (remove >= 0) {
        objectives.erase(objectives.begin() + remove);
        changed(app, "objectives");
    }
    ImGui::Separator();
    if (begin_combo(tr(app, "strategy.ui.objectives.add"), tr(app, "strategy.ui.objectives.choose"))) {
        for (const auto& s : strategy::standard_objectives())
            if (ImGui::Selectable(s.title.c_str())) {
                objectives.push_back(strategy::objective_from_standard(s, "obj-" + std::to_string(now_instant().time_since_epoch().count()) + "-" + std::to_string(objectives.size()), today(app)));
                changed(app, "objectives");
            }
        if (ImGui::Selectable(tr(app, "strategy.ui.objectives.custom"))) {
            Objective o;
            o.id = "obj-" + std::to_string(now_instant().time_since_epoch().count()) + "-" + std::to_string(objectives.size());
            o.kind = "custom";
            o.title = tr(app, "strategy.ui.objectives.custom_title");
            objectives.push_back(o);
            changed(app, "objectives");
        }
        ImGui::EndCombo();
    }
    for (const auto& issue : strategy::validate_objectives(app.doc.workspace(), app.settings.lang))
        ImGui::TextColored(palette().warning, "%s", issue.message.c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] Summary
//-----------------------------------------------------------------------------

void summary_tab(App& app, const Fonts& fonts) {
    section_title(fonts, tr(app, "strategy.ui.summary.title"));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(tr(app, "strategy.ui.summary.help"));
    ImGui::PopTextWrapPos();
    const Day day = today(app);
    const std::string base = "strategie-" + date::format("%F", day);
    if (ImGui::Button(tr(app, "strategy.ui.summary.html"))) {
        app.intents.push_back(DownloadFile{base + ".html", "text/html",
                                           strategy::strategy_summary(app.doc.workspace(), {.format = strategy::SummaryFormat::html, .lang = app.settings.lang, .today = day})});
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "strategy.ui.summary.markdown"))) {
        app.intents.push_back(DownloadFile{base + ".md", "text/markdown",
                                           strategy::strategy_summary(app.doc.workspace(), {.format = strategy::SummaryFormat::markdown, .lang = app.settings.lang, .today = day})});
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Screen
//-----------------------------------------------------------------------------

void strategy_screen(App& app, StrategyState& s, const Fonts& fonts) {
    screen_title(fonts, tr(app, "nav.strategy"));
    setup_progress(app, fonts);
    refresh_drafts(app);
    if (const std::string& refused = s.drafts.guard_message; !refused.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(palette().error, "%s", refused.c_str());
        ImGui::PopTextWrapPos();
    }
    if (!ImGui::BeginTabBar("##strategy_tabs")) return;
    struct Tab {
        const char* key;
        void (*draw)(App&, const Fonts&);  // null: the people tab, the one with state of its own
    };
    static const Tab tabs[] = {
        {"strategy.ui.tab.profile", profile_tab}, {"strategy.ui.tab.networks", networks_tab}, {"strategy.ui.tab.objectives", objectives_tab},
        {"strategy.ui.tab.charter", charter_tab}, {"strategy.ui.tab.people", nullptr},        {"strategy.ui.tab.services", services_tab},
        {"strategy.ui.tab.campaigns", campaigns_tab}, {"strategy.ui.tab.summary", summary_tab},
    };
    for (const Tab& t : tabs) {
        if (ImGui::BeginTabItem(tr(app, t.key))) {
            ImGui::BeginChild("##tab_body", ImVec2(0, 0), false);
            if (t.draw) t.draw(app, fonts);
            else people_tab(app, s, fonts);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
    commit_drafts(app);
}

}  // namespace parvis::app::ui
