// Stratégie › Personnes et circuit: the team (name, role, email), each one's optional
// passphrase, the posts waiting for validation with the approve button for the current person;
// and the current person: asked at start (« Qui utilise Parvis ? »), changed in the status bar.
//
// The passphrase separates roles on a shared device (a contributor does not approve as the DGS by
// mistake); it does not protect the data against the device's owner. The app says so plainly.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "edit/team_edits.h"
#include "format/format.h"
#include "io/enum_names.h"
#include "strategy/circuit.h"
#include "strategy/passphrase.h"
#include "ui/screens.h"
#include "ui/strategy_internal.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

constexpr Role kRoles[] = {Role::community_manager, Role::social_media_manager, Role::validator_dgs,
                           Role::validator_elected, Role::communication_director, Role::contributor};
static_assert(std::size(kRoles) == io::EnumNames<Role>::count, "kRoles: every Role");

std::string role_label(const App& app, Role r) {
    return parvis::tr(std::string("strategy.role.") + std::string(io::enum_name(r)), app.settings.lang);
}

// Each row edits a copy of the person; a change goes through core/edit/ (audited, refused with the
// reason when it would leave a post without its owner).
void people_table(App& app, StrategyState& s) {
    const Workspace& ws = app.doc.workspace();
    std::string remove;
    if (ImGui::BeginTable("##people", 5, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr(app, "strategy.summary.person"));
        ImGui::TableSetupColumn(tr(app, "strategy.summary.role"));
        ImGui::TableSetupColumn(tr(app, "strategy.summary.email"));
        ImGui::TableSetupColumn(tr(app, "strategy.ui.people.passphrase"));
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < ws.people.size(); ++i) {
            Person p = ws.people[i];
            ImGui::PushID(p.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            bool changed = text_field("##name", p.name);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            if (begin_combo("##role", role_label(app, p.role).c_str())) {
                for (Role r : kRoles)
                    if (ImGui::Selectable(role_label(app, r).c_str(), p.role == r)) {
                        p.role = r;
                        changed = true;
                    }
                ImGui::EndCombo();
            }
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            changed |= text_field("##email", p.email);
            if (changed) after_edit(app, edit::update_person(app.doc.edit(), actor(app), p));
            ImGui::TableNextColumn();
            const bool has = strategy::passphrase_of(ws, p.id) != nullptr;
            ImGui::TextUnformatted(tr(app, has ? "common.yes" : "common.no"));
            // Only the person themself (or anyone, while the person has none) sets it.
            const bool may = !has || app.current_person_id == p.id;
            if (may) {
                ImGui::SameLine();
                if (ImGui::SmallButton(tr(app, has ? "strategy.ui.people.change" : "strategy.ui.people.set"))) {
                    s.new_passphrase_for = p.id;
                    s.new_passphrase.clear();
                }
            }
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr(app, "strategy.ui.remove"))) remove = p.id;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (!remove.empty()) after_edit(app, edit::remove_person(app.doc.edit(), actor(app), remove));
    if (ImGui::SmallButton(tr(app, "strategy.ui.people.add"))) {
        edit::add_person(app.doc.edit(), actor(app), tr(app, "strategy.ui.people.new_name"));
        mark_edited(app);
    }
    if (!s.new_passphrase_for.empty()) {
        const Person* p = strategy::find_person(app.doc.workspace(), s.new_passphrase_for);
        if (!p) {
            s.new_passphrase_for.clear();
            return;
        }
        ImGui::TextUnformatted(trf(app, "strategy.ui.people.passphrase_for", {{"name", p->name}}).c_str());
        ImGui::SetNextItemWidth(260.0f * app.settings.zoom);
        ImGui::InputText("##new_passphrase", &s.new_passphrase, ImGuiInputTextFlags_Password);
        ImGui::SameLine();
        if (ImGui::Button(tr(app, "strategy.ui.people.save_passphrase"))) {
            strategy::set_passphrase(app.doc.edit(), s.new_passphrase_for, s.new_passphrase, app.current_person_id, now_instant());
            mark_edited(app);
            s.new_passphrase_for.clear();
            s.new_passphrase.clear();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(app, "common.cancel"))) s.new_passphrase_for.clear();
    }
}

void validation_queue(App& app, StrategyState& s) {
    const Workspace& ws = app.doc.workspace();
    bool any = false;
    for (const Post& post : ws.posts) {
        if (post.status != PostStatus::to_validate) continue;
        const auto next = strategy::next_approver_role(post, ws);
        if (!next) continue;
        any = true;
        ImGui::PushID(post.id.c_str());
        const auto done = strategy::approvals_of(ws, post);
        std::string steps;
        for (const auto& a : done) {
            const Person* p = strategy::find_person(ws, a.person_id);
            steps += (steps.empty() ? "" : ", ") + (p ? p->name : a.person_id);
        }
        ImGui::BulletText("%s", trf(app, "strategy.ui.people.waiting", {{"title", post.title}, {"role", role_label(app, *next)},
                                                                  {"done", steps.empty() ? "—" : steps}})
                                    .c_str());
        const Person* me = strategy::find_person(ws, app.current_person_id);
        if (me && me->role == *next) {
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(app, "strategy.ui.people.approve"))) {
                const auto result = strategy::approve(app.doc.edit(), post.id, me->id, s.approve_comment, now_instant(), app.settings.lang);
                if (result) {
                    mark_edited(app);
                    s.approve_comment.clear();
                    s.circuit_error.clear();
                } else {
                    s.circuit_error = result.message;
                }
            }
        }
        ImGui::PopID();
    }
    if (!any) ImGui::TextDisabled("%s", tr(app, "strategy.ui.people.nothing_waiting"));
    ImGui::SetNextItemWidth(360.0f * app.settings.zoom);
    text_field(tr(app, "strategy.ui.people.comment"), s.approve_comment);
    if (!s.circuit_error.empty()) ImGui::TextColored(palette().error, "%s", s.circuit_error.c_str());
}

}  // namespace

void people_tab(App& app, StrategyState& s, const Fonts& fonts) {
    section_title(fonts, tr(app, "strategy.ui.people.title"));
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(app, "strategy.ui.people.passphrase_note"));
    ImGui::PopTextWrapPos();
    people_table(app, s);
    section_title(fonts, tr(app, "strategy.ui.people.queue"));
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(app, "strategy.summary.roles_note"));
    ImGui::PopTextWrapPos();
    validation_queue(app, s);
}

namespace {

// Chooses `person_id` as the current person when the passphrase (if the person has one) matches;
// otherwise says why in chooser.error. The last person chosen is remembered on this device, to be
// offered first at the next start.
bool choose_person(App& app, PersonChooser& chooser, std::string person_id, std::string passphrase) {  // copies: the chooser is reset below
    if (!strategy::may_act_as(app.doc.workspace(), person_id, passphrase)) {
        chooser.error = tr(app, "strategy.ui.person.wrong_passphrase");
        chooser.passphrase.clear();
        return false;
    }
    app.current_person_id = person_id;
    chooser = {};
    if (app.settings.last_person_id != person_id) {
        app.settings.last_person_id = person_id;
        save_settings(app);
    }
    return true;
}

void passphrase_field(App& app, PersonChooser& chooser, const char* id, bool& enter) {
    ImGui::SetNextItemWidth(260.0f * app.settings.zoom);
    enter = ImGui::InputText(id, &chooser.passphrase, ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PushTextWrapPos(420.0f * app.settings.zoom);
    ImGui::TextDisabled("%s", tr(app, "strategy.ui.people.passphrase_note"));
    ImGui::PopTextWrapPos();
    if (!chooser.error.empty()) ImGui::TextColored(palette().error, "%s", chooser.error.c_str());
}

// At start: « Qui utilise Parvis ? ». Audit entries and
// approvals name the current person, so the app asks before anything is done; « Plus tard »
// leaves the choice to the status bar (entries then name nobody). The last person chosen on this
// device is offered first, so that a single community manager confirms with Entrée.
void start_prompt(App& app, PersonChooser& chooser) {
    const Workspace& ws = app.doc.workspace();
    if (app.person_prompt && !ImGui::IsPopupOpen("##who")) {
        ImGui::OpenPopup("##who");
        if (strategy::find_person(ws, app.settings.last_person_id)) chooser.person_id = app.settings.last_person_id;
    }
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("##who", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted(tr(app, "strategy.ui.person.who_title"));
    ImGui::PushTextWrapPos(460.0f * app.settings.zoom);
    ImGui::TextDisabled("%s", tr(app, "strategy.ui.person.who_help"));
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    for (const Person& p : ws.people) {
        const std::string label = p.name + " (" + role_label(app, p.role) + ")##who-" + p.id;
        if (ImGui::Selectable(label.c_str(), p.id == chooser.person_id, ImGuiSelectableFlags_DontClosePopups)) {
            chooser.person_id = p.id;
            chooser.passphrase.clear();
            chooser.error.clear();
        }
    }
    bool enter = false;
    const bool needs_passphrase = strategy::passphrase_of(ws, chooser.person_id) != nullptr;
    if (needs_passphrase) {
        const Person* p = strategy::find_person(ws, chooser.person_id);
        ImGui::TextUnformatted(trf(app, "strategy.ui.person.passphrase_for", {{"name", p ? p->name : ""}}).c_str());
        passphrase_field(app, chooser, "##who-passphrase", enter);
    }
    ImGui::Separator();
    ImGui::BeginDisabled(chooser.person_id.empty());
    const bool go = ImGui::Button(tr(app, "strategy.ui.person.continue")) ||
                    enter || (!needs_passphrase && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)));
    ImGui::EndDisabled();
    if (go && !chooser.person_id.empty() && choose_person(app, chooser, chooser.person_id, chooser.passphrase)) {
        app.person_prompt = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (cancel_button(tr(app, "strategy.ui.person.later"))) {
        chooser = {};
        app.person_prompt = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

// In the status bar: who uses the app. Asked at start (start_prompt; the controller decides when,
// and forgets the person when another workspace opens); changed here at any time; a person with
// a passphrase is chosen only with it.
float person_chooser_width(const App& app) {
    if (app.doc.workspace().people.empty()) return 0;
    return 200.0f * app.settings.zoom + ImGui::GetStyle().ItemInnerSpacing.x +
           ImGui::CalcTextSize(tr(app, "strategy.ui.person.you_are")).x;
}

void person_chooser(App& app, PersonChooser& chooser) {
    const Workspace& ws = app.doc.workspace();
    if (ws.people.empty()) return;
    const Person* me = strategy::find_person(ws, app.current_person_id);
    if (!me) app.current_person_id.clear();
    const std::string preview = me ? me->name : std::string(tr(app, "strategy.ui.person.choose"));
    ImGui::SetNextItemWidth(200.0f * app.settings.zoom);
    if (begin_combo(tr(app, "strategy.ui.person.you_are"), preview.c_str())) {
        for (const Person& p : ws.people) {
            const std::string label = p.name + " (" + role_label(app, p.role) + ")##" + p.id;
            if (ImGui::Selectable(label.c_str(), p.id == app.current_person_id)) {
                chooser.person_id = p.id;
                chooser.passphrase.clear();
                chooser.error.clear();
                if (strategy::passphrase_of(ws, p.id)) chooser.open_popup = true;
                else choose_person(app, chooser, p.id, "");
            }
        }
        ImGui::EndCombo();
    }
    if (app.person_prompt) {
        start_prompt(app, chooser);
        return;
    }
    if (chooser.open_popup) {
        ImGui::OpenPopup("##passphrase_popup");
        chooser.open_popup = false;
    }
    if (!chooser.person_id.empty()) {
        if (ImGui::BeginPopupModal("##passphrase_popup", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
            const Person* p = strategy::find_person(ws, chooser.person_id);
            ImGui::TextUnformatted(trf(app, "strategy.ui.person.passphrase_for", {{"name", p ? p->name : ""}}).c_str());
            bool enter = false;
            passphrase_field(app, chooser, "##passphrase", enter);
            if (ImGui::Button(tr(app, "strategy.ui.person.confirm")) || enter) {
                if (choose_person(app, chooser, chooser.person_id, chooser.passphrase)) ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
            if (cancel_button(tr(app, "common.cancel"))) {
                chooser = {};
                ImGui::CloseCurrentPopup();
            }
            ImGui::EndPopup();
        }
    }
}

}  // namespace parvis::app::ui
