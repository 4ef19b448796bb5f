// « Créer l'espace de ma collectivité » (issue 18, item 1): a four-step dialog opened from
// Paramètres › Espaces de travail, and the list of what is still missing shown at the top of
// Stratégie. The rules (what the territory implies, how the answers make a workspace, what is
// missing) are core's: core/strategy/first_run.h. This file draws and keeps the answers.
//
// Steps: the collectivité (with the time zone, school zone and holidays derived from the INSEE
// code, shown for confirmation), its networks (the assistant's recommendation pre-ticked), the
// charter template for its kind, the team. Each can be skipped; « Créer l'espace » builds the
// workspace, stores it as a new one (the open one is saved first) and opens it.
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

#include "format/format.h"
#include "io/enum_names.h"
#include "strategy/charter_templates.h"
#include "strategy/first_run.h"
#include "strategy/network_scoring.h"
#include "ui/screen_state.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

constexpr CollectivityKind kKinds[] = {CollectivityKind::commune, CollectivityKind::epci, CollectivityKind::departement,
                                       CollectivityKind::region};
static_assert(std::size(kKinds) == io::EnumNames<CollectivityKind>::count, "kKinds: every CollectivityKind");
constexpr Role kRoles[] = {Role::community_manager,  Role::social_media_manager,   Role::validator_dgs,
                           Role::validator_elected, Role::communication_director, Role::contributor};
static_assert(std::size(kRoles) == io::EnumNames<Role>::count, "kRoles: every Role");

std::string kind_label(const App& app, CollectivityKind k) { return parvis::tr("kind." + std::string(io::enum_name(k)), app.settings.lang); }
std::string role_label(const App& app, Role r) {
    return parvis::tr("strategy.role." + std::string(io::enum_name(r)), app.settings.lang);
}

// The answers as the core takes them; the population is typed as text and read here.
bool read_answers(const App& app, const FirstRunForm& form, strategy::FirstRunAnswers& out, std::string& error) {
    out = form.answers;
    std::int64_t population = 0;
    std::string digits;
    for (char c : form.population) if (c != ' ' && c != '.' && c != '\xC2' && c != '\xA0') digits += c;  // « 12 500 »
    if (!digits.empty()) {
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), population);
        if (ec != std::errc{} || end != digits.data() + digits.size()) {
            error = parvis::tr("setup.form.bad_population", app.settings.lang, {{"text", form.population}});
            return false;
        }
    }
    out.profile.population = population;
    return true;
}

// Checks the first step's answers with the core (the same rules the last step applies).
bool profile_ok(App& app, FirstRunForm& form) {
    strategy::FirstRunAnswers answers;
    if (!read_answers(app, form, answers, form.error)) return false;
    answers.networks.clear();
    answers.team.clear();
    answers.charter_template = false;
    auto ws = strategy::first_run_workspace(answers, "check", actor(app));
    if (!ws) {
        form.error = error_description(ws.error(), app.settings.lang);
        return false;
    }
    form.error.clear();
    return true;
}

void profile_step(App& app, FirstRunForm& form) {
    Profile& p = form.answers.profile;
    const float zoom = app.settings.zoom;
    ImGui::SetNextItemWidth(360.0f * zoom);
    text_field(tr(app, "setup.form.name"), p.name);
    ImGui::SetNextItemWidth(240.0f * zoom);
    if (begin_combo(tr(app, "setup.form.kind"), kind_label(app, p.kind).c_str())) {
        for (CollectivityKind k : kKinds)
            if (ImGui::Selectable(kind_label(app, k).c_str(), k == p.kind)) p.kind = k;
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(140.0f * zoom);
    text_field(tr(app, "setup.form.insee"), p.insee_code);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(app, "setup.form.insee_help"));
    ImGui::SetNextItemWidth(140.0f * zoom);
    text_field(tr(app, "setup.form.population"), form.population);

    // What the territory implies, recomputed as the code is typed.
    const strategy::TerritoryFacts facts = strategy::territory_facts(p);
    const Lang lang = app.settings.lang;
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(app, "setup.facts.title"));
    ImGui::BulletText("%s", parvis::tr("setup.facts.territory", lang, {{"territory", calendar::territory_label(facts.territory)}}).c_str());
    ImGui::BulletText("%s", parvis::tr("setup.facts.time_zone", lang, {{"zone", facts.time_zone}}).c_str());
    ImGui::BulletText("%s", parvis::tr("setup.facts.school_zone", lang, {{"zone", calendar::school_zone_label(facts.school_zone)}}).c_str());
    ImGui::BulletText("%s", tr(app, facts.alsace_moselle ? "setup.facts.holidays_alsace_moselle" : "setup.facts.holidays_national"));
    ImGui::TextDisabled("%s", tr(app, "setup.facts.help"));
}

void networks_step(App& app, FirstRunForm& form) {
    if (!form.networks_proposed) {  // the assistant's recommendation for this profile, once
        Workspace probe;
        probe.profile = form.answers.profile;
        form.answers.networks.clear();
        for (const strategy::NetworkScore& s : strategy::rank_networks(probe, app.settings.lang).networks)
            if (s.recommended) form.answers.networks.push_back(s.network);
        form.networks_proposed = true;
    }
    ImGui::TextWrapped("%s", tr(app, "setup.networks.help"));
    Workspace probe;
    probe.profile = form.answers.profile;
    for (const strategy::NetworkScore& s : strategy::rank_networks(probe, app.settings.lang).networks) {
        auto& chosen = form.answers.networks;
        bool on = std::find(chosen.begin(), chosen.end(), s.network) != chosen.end();
        std::string label = network_label(app, s.network);
        if (s.recommended) label += tr(app, "setup.networks.recommended_suffix");
        if (ImGui::Checkbox(label.c_str(), &on)) {
            if (on) chosen.push_back(s.network);
            else chosen.erase(std::remove(chosen.begin(), chosen.end(), s.network), chosen.end());
        }
    }
}

void charter_step(App& app, FirstRunForm& form) {
    static const auto templates = strategy::charter_templates();
    if (!templates) {
        ImGui::TextWrapped("%s", error_description(templates.error(), app.settings.lang).c_str());
        form.answers.charter_template = false;
        return;
    }
    const strategy::CharterTemplate* t = strategy::template_for(*templates, form.answers.profile.kind);
    if (!t) return;
    const std::string label = parvis::tr("setup.charter.use_template", app.settings.lang, {{"template", t->label}});
    ImGui::Checkbox(label.c_str(), &form.answers.charter_template);
    ImGui::TextWrapped("%s", t->description.c_str());
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(app, "setup.charter.types"));
    for (const MessageType& type : t->charter.message_types) {
        std::string circuit;
        for (Role r : type.validation_circuit) circuit += (circuit.empty() ? "" : " → ") + role_label(app, r);
        if (circuit.empty()) circuit = tr(app, "setup.charter.no_validation");
        ImGui::BulletText("%s — %s", type.name.c_str(), circuit.c_str());
    }
    ImGui::TextDisabled("%s", tr(app, "setup.charter.help"));
}

void team_step(App& app, FirstRunForm& form) {
    ImGui::TextWrapped("%s", tr(app, "setup.team.help"));
    auto& team = form.answers.team;
    std::size_t remove = team.size();
    for (std::size_t i = 0; i < team.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::SetNextItemWidth(260.0f * app.settings.zoom);
        text_field(parvis::tr("setup.team.name", app.settings.lang, {{"n", std::to_string(i + 1)}}).c_str(), team[i].name);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(280.0f * app.settings.zoom);
        const std::string role_field = parvis::tr("setup.team.role", app.settings.lang, {{"n", std::to_string(i + 1)}});
        if (begin_combo(role_field.c_str(), role_label(app, team[i].role).c_str())) {
            for (Role r : kRoles)
                if (ImGui::Selectable(role_label(app, r).c_str(), r == team[i].role)) team[i].role = r;
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(app, "setup.team.remove"))) remove = i;
        ImGui::PopID();
    }
    if (remove < team.size()) team.erase(team.begin() + static_cast<std::ptrdiff_t>(remove));
    if (team.size() < strategy::kMaxTeam && ImGui::Button(tr(app, "setup.team.add"))) team.push_back({});
}

void finish(App& app, FirstRunForm& form) {
    strategy::FirstRunAnswers answers;
    if (!read_answers(app, form, answers, form.error)) { form.step = 0; return; }
    auto ws = strategy::first_run_workspace(answers, "new", actor(app));  // create_workspace gives the id
    if (!ws) {
        form.error = error_description(ws.error(), app.settings.lang);
        form.step = 0;  // every error the core gives is about the first step's answers
        return;
    }
    std::string first_person = ws->people.empty() ? std::string() : ws->people.front().id;
    create_workspace(app, std::move(*ws), std::move(first_person));
    form = {};
}

}  // namespace

void first_run_button(App& app, FirstRunForm& form) {
    if (app.save_state == SaveState::memory_only) return;  // nowhere to keep a new workspace
    if (ImGui::Button(tr(app, "setup.open"))) form = {.open = true, .answers = {.team = {{}}}};
}

void first_run_dialog(App& app, FirstRunForm& form) {
    if (!begin_dialog("##first-run", form.open, 720.0f * app.settings.zoom)) return;
    constexpr int kSteps = 4;
    static constexpr const char* kTitles[kSteps] = {"setup.step.profile", "setup.step.networks", "setup.step.charter", "setup.step.team"};
    ImGui::TextUnformatted(tr(app, "setup.title"));
    ImGui::TextDisabled("%s", parvis::tr("setup.step_of", app.settings.lang,
                                         {{"n", std::to_string(form.step + 1)}, {"total", std::to_string(kSteps)},
                                          {"title", tr(app, kTitles[form.step])}}).c_str());
    ImGui::Separator();
    switch (form.step) {
        case 0: profile_step(app, form); break;
        case 1: networks_step(app, form); break;
        case 2: charter_step(app, form); break;
        default: team_step(app, form); break;
    }
    if (!form.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().error);
        ImGui::TextWrapped("%s", form.error.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
    if (form.step > 0 && ImGui::Button(tr(app, "setup.previous"))) --form.step;
    if (form.step > 0) ImGui::SameLine();
    // Skipping leaves the step's part empty; setup_gaps() will say it is missing.
    if (form.step > 0 && ImGui::Button(tr(app, "setup.skip"))) {
        if (form.step == 1) { form.answers.networks.clear(); form.networks_proposed = true; }
        if (form.step == 2) form.answers.charter_template = false;
        if (form.step == 3) form.answers.team.clear();
        if (form.step + 1 < kSteps) ++form.step;
        else finish(app, form);
    }
    if (form.step > 0) ImGui::SameLine();
    if (form.step + 1 < kSteps) {
        if (ImGui::Button(tr(app, "setup.next")) && (form.step != 0 || profile_ok(app, form))) ++form.step;
    } else if (ImGui::Button(tr(app, "setup.create"))) {
        finish(app, form);
    }
    ImGui::SameLine();
    if (cancel_button(tr(app, "common.cancel"))) form = {};
    if (!form.open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void setup_progress(App& app, const Fonts& fonts) {
    if (is_demo(app)) return;
    const std::vector<strategy::SetupGap> gaps = strategy::setup_gaps(app.doc.workspace(), app.settings.lang);
    if (gaps.empty()) return;
    section_title(fonts, tr(app, "setup.progress.title"));
    for (const strategy::SetupGap& g : gaps) ImGui::BulletText("%s — %s", g.message.c_str(), g.where.c_str());
}

nlohmann::json first_run_summary(const App& app, const FirstRunForm& form) {
    nlohmann::json gaps = nlohmann::json::array();
    for (const strategy::SetupGap& g : strategy::setup_gaps(app.doc.workspace()))
        gaps.push_back(strategy::kSetupGapNames[static_cast<std::size_t>(g.kind)]);
    nlohmann::json out = {{"open", form.open}, {"step", form.step}, {"error", form.error}, {"gaps", gaps}};
    if (form.open) {
        const strategy::TerritoryFacts f = strategy::territory_facts(form.answers.profile);
        out["facts"] = {{"territory", calendar::territory_id(f.territory)}, {"time_zone", f.time_zone},
                        {"school_zone", calendar::school_zone_id(f.school_zone)}, {"alsace_moselle", f.alsace_moselle}};
        nlohmann::json networks = nlohmann::json::array();
        for (Network n : form.answers.networks) networks.push_back(io::enum_name(n));
        out["networks"] = std::move(networks);
    }
    return out;
}

}  // namespace parvis::app::ui
