// Stratégie: the collectivité's profile and accounts, then one tab per part of the strategy —
// networks assistant (strategy_networks.cpp), objectives, editorial and moderation charter
// (strategy_charter.cpp), people and validation circuit (strategy_people.cpp), and the summary
// to export for the élus.
//
// Index
// [SECTION] Edits and audit
// [SECTION] Profile
// [SECTION] Objectives
// [SECTION] Summary
// [SECTION] Screen
#include <imgui.h>

#include <chrono>

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
// [SECTION] Edits and audit
//-----------------------------------------------------------------------------

void edited_now(App& app) { mark_edited(app); }

void audit(App& app, const char* action, const std::string& detail) {
    app.doc.edit().audit.push_back({now_instant(), app.current_person_id, action, "", detail});
    mark_edited(app);
}

void audit_if_done(App& app, const char* action, const std::string& detail) {
    if (ImGui::IsItemDeactivatedAfterEdit()) audit(app, action, detail);
}

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
    Profile& p = app.doc.edit().profile;
    bool edited = false;
    ImGui::PushItemWidth(360.0f * app.settings.zoom);
    edited |= text_field(tr(app, "profile.name"), p.name);
    if (begin_combo(tr(app, "profile.kind"), tr(app, kind_key(p.kind)))) {
        for (auto k : {CollectivityKind::commune, CollectivityKind::epci, CollectivityKind::departement, CollectivityKind::region})
            if (ImGui::Selectable(tr(app, kind_key(k)), p.kind == k)) { p.kind = k; edited = true; }
        ImGui::EndCombo();
    }
    long long population = p.population;
    if (ImGui::InputScalar(tr(app, "profile.population"), ImGuiDataType_S64, &population)) {
        p.population = population < 0 ? 0 : population;
        edited = true;
    }
    edited |= text_field(tr(app, "profile.insee"), p.insee_code, ImGuiInputTextFlags_CharsUppercase);
    if (begin_combo(tr(app, "profile.time_zone"), p.time_zone.c_str())) {
        for (const std::string& zone : supported_time_zones())
            if (ImGui::Selectable(zone.c_str(), p.time_zone == zone)) { p.time_zone = zone; edited = true; }
        ImGui::EndCombo();
    }
    edited |= text_field(tr(app, "profile.territory"), p.territory);
    ImGui::PopItemWidth();
    if (edited) mark_edited(app);
}

void profile_tab(App& app, const Fonts& fonts) {
    section_title(fonts, tr(app, "strategy.profile"));
    profile_editor(app);
    const Workspace& ws = app.doc.workspace();
    section_title(fonts, tr(app, "strategy.accounts"));
    if (ImGui::BeginTable("##accounts", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(app, "strategy.network"));
        ImGui::TableSetupColumn(tr(app, "strategy.handle"));
        ImGui::TableSetupColumn(tr(app, "strategy.active"));
        ImGui::TableHeadersRow();
        for (const NetworkAccount& a : ws.accounts) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(network_label(app, a.network));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(a.handle.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr(app, a.active ? "common.yes" : "common.no"));
        }
        ImGui::EndTable();
    }
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
    Workspace& ws = app.doc.edit();
    const auto& kpis = strategy::kpis();
    int remove = -1;
    for (std::size_t i = 0; i < ws.objectives.size(); ++i) {
        Objective& o = ws.objectives[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Separator();
        ImGui::PushItemWidth(420.0f * app.settings.zoom);
        if (text_field(tr(app, "strategy.ui.objectives.title"), o.title)) edited_now(app);
        audit_if_done(app, "objective.edit", o.title);
        if (text_field(tr(app, "strategy.ui.objectives.description"), o.description)) edited_now(app);
        audit_if_done(app, "objective.edit", o.title);
        std::string horizon = o.horizon ? date::format("%F", *o.horizon) : std::string();
        if (text_field(tr(app, "strategy.ui.objectives.horizon"), horizon)) {
            if (horizon.empty()) o.horizon.reset();
            else if (auto d = io::parse_day(horizon)) o.horizon = *d;
            edited_now(app);
        }
        audit_if_done(app, "objective.edit", o.title);
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
                        audit(app, "objective.edit", o.title + " : " + k2.id);
                    }
                ImGui::EndCombo();
            }
            ImGui::SameLine();
            ImGui::SetNextItemWidth(60.0f * app.settings.zoom);
            if (begin_combo("##cmp", t.comparison.c_str())) {
                for (const char* c : {">=", "<="})
                    if (ImGui::Selectable(c, t.comparison == c)) {
                        t.comparison = c;
                        audit(app, "objective.edit", o.title);
                    }
                ImGui::EndCombo();
            }
            ImGui::SameLine();
            ImGui::SetNextItemWidth(90.0f * app.settings.zoom);
            if (ImGui::InputDouble("##value", &t.value, 0, 0, "%.2f")) edited_now(app);
            audit_if_done(app, "objective.edit", o.title);
            ImGui::SameLine();
            ImGui::TextUnformatted(t.unit.c_str());
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(app, "strategy.ui.remove"))) remove_target = static_cast<int>(k);
            ImGui::PopID();
        }
        if (remove_target >= 0) {
            o.targets.erase(o.targets.begin() + remove_target);
            audit(app, "objective.edit", o.title);
        }
        if (ImGui::SmallButton(tr(app, "strategy.ui.objectives.add_target"))) {
            o.targets.push_back({"engagement_rate_reach", ">=", 3, "%", ""});
            audit(app, "objective.edit", o.title);
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(app, "strategy.ui.objectives.remove"))) remove = static_cast<int>(i);
        ImGui::PopID();
    }
    if (remove >= 0) {
        const std::string title = ws.objectives[static_cast<std::size_t>(remove)].title;
        ws.objectives.erase(ws.objectives.begin() + remove);
        audit(app, "objective.remove", title);
    }
    ImGui::Separator();
    if (begin_combo(tr(app, "strategy.ui.objectives.add"), tr(app, "strategy.ui.objectives.choose"))) {
        for (const auto& s : strategy::standard_objectives())
            if (ImGui::Selectable(s.title.c_str())) {
                ws.objectives.push_back(strategy::objective_from_standard(s, "obj-" + std::to_string(now_instant().time_since_epoch().count()) + "-" + std::to_string(ws.objectives.size()), today(app)));
                audit(app, "objective.add", s.title);
            }
        if (ImGui::Selectable(tr(app, "strategy.ui.objectives.custom"))) {
            Objective o;
            o.id = "obj-" + std::to_string(now_instant().time_since_epoch().count()) + "-" + std::to_string(ws.objectives.size());
            o.kind = "custom";
            o.title = tr(app, "strategy.ui.objectives.custom_title");
            ws.objectives.push_back(o);
            audit(app, "objective.add", o.title);
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
        download_text(base + ".html", "text/html",
                      strategy::strategy_summary(app.doc.workspace(), {.format = strategy::SummaryFormat::html, .lang = app.settings.lang, .today = day}));
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "strategy.ui.summary.markdown"))) {
        download_text(base + ".md", "text/markdown",
                      strategy::strategy_summary(app.doc.workspace(), {.format = strategy::SummaryFormat::markdown, .lang = app.settings.lang, .today = day}));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Screen
//-----------------------------------------------------------------------------

namespace {

// The parts of the workspace this screen edits, kept from the start of the frame: an edit that
// would make the workspace unreadable (the reader's invariants: closing before opening, shares
// above 100 %, a person still owning posts…) is undone at once and explained, so that autosave
// never stores a file the next start would refuse.
struct Guard {
    Charter charter;
    std::vector<Person> people;
    std::vector<Objective> objectives;
    StrategySettings strategy;
    std::vector<PersonPassphrase> passphrases;
    std::size_t audit_size = 0;
    std::uint64_t revision = 0;
};
std::string guard_message;

bool strategy_pointer(const std::string& p) {
    for (const char* prefix : {"/charter", "/people", "/objectives", "/strategy", "/passphrases"})
        if (p.rfind(prefix, 0) == 0) return true;
    return p.rfind("/posts/", 0) == 0 && p.find("/owner_id") != std::string::npos;
}

void guard_after(App& app, Guard& before) {
    if (app.doc.revision() == before.revision) return;
    const Error e = check_invariants(app.doc.workspace());
    if (!e || !strategy_pointer(e.pointer)) {
        guard_message.clear();
        return;
    }
    Workspace& ws = app.doc.edit();
    ws.charter = std::move(before.charter);
    ws.people = std::move(before.people);
    ws.objectives = std::move(before.objectives);
    ws.strategy = std::move(before.strategy);
    ws.passphrases = std::move(before.passphrases);
    if (ws.audit.size() > before.audit_size) ws.audit.resize(before.audit_size);
    mark_edited(app);
    guard_message = trf(app, "strategy.ui.refused", {{"reason", error_description(e, app.settings.lang)}});
}

}  // namespace

void strategy_screen(App& app, const Fonts& fonts) {
    screen_title(fonts, tr(app, "nav.strategy"));
    if (!guard_message.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(palette().error, "%s", guard_message.c_str());
        ImGui::PopTextWrapPos();
    }
    const Workspace& ws = app.doc.workspace();
    Guard guard{ws.charter, ws.people, ws.objectives, ws.strategy, ws.passphrases, ws.audit.size(), app.doc.revision()};
    if (!ImGui::BeginTabBar("##strategy_tabs")) return;
    struct Tab {
        const char* key;
        void (*draw)(App&, const Fonts&);
    };
    static const Tab tabs[] = {
        {"strategy.ui.tab.profile", profile_tab}, {"strategy.ui.tab.networks", networks_tab}, {"strategy.ui.tab.objectives", objectives_tab},
        {"strategy.ui.tab.charter", charter_tab}, {"strategy.ui.tab.people", people_tab},     {"strategy.ui.tab.summary", summary_tab},
    };
    for (const Tab& t : tabs) {
        if (ImGui::BeginTabItem(tr(app, t.key))) {
            ImGui::BeginChild("##tab_body", ImVec2(0, 0), false);
            t.draw(app, fonts);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
    guard_after(app, guard);
}

}  // namespace parvis::app::ui
