// Rédaction › status and validation (issue 13): where the post is on its way from idea to
// publication, who approves it next, the approvals given (names, dates, comments), and one button
// per step the current person may take — « Demander la validation », « Valider » for the role
// the circuit waits for, « Refuser » with a comment (back to draft)… The steps and their rules
// are core/strategy/workflow.h's: this file only draws them and hands the click over.
// Also the « Historique » tab, which reads the audit log, and the test hook's view of the post.
#include <imgui.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "edit/audit_log.h"
#include "edit/post_setup_edits.h"
#include "format/format.h"
#include "io/enum_names.h"
#include "io/time_text.h"
#include "strategy/workflow.h"
#include "ui/composer_internal.h"
#include "ui/widgets.h"

namespace parvis::app::ui::composer {
namespace {

std::string role_label(const App& app, Role role) {
    return parvis::tr("strategy.role." + std::string(io::enum_name(role)), app.settings.lang);
}

std::string person_name(const Workspace& ws, const std::string& id) {
    const Person* p = find_person(ws, id);
    return p ? p->name : id;
}

// « Nathalie Kervella, Paul Martin », the people who hold `role`.
std::string holders(const App& app, Role role) {
    std::string out;
    for (const Person& p : app.doc.workspace().people)
        if (p.role == role) out += (out.empty() ? "" : ", ") + p.name;
    return out.empty() ? std::string(tr(app, "composer.nobody_holds")) : out;
}

void wrapped(const char* text) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
}

void wrapped_disabled(const char* text) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", text);
    ImGui::PopTextWrapPos();
}

// The circuit of the post's type, what is done and what is next.
void circuit_lines(const App& app, const Post& post) {
    const Workspace& ws = app.doc.workspace();
    const std::vector<Role> circuit = strategy::circuit_of(ws, post);
    if (circuit.empty()) {
        wrapped_disabled(tr(app, "composer.no_circuit"));
        return;
    }
    std::string steps;
    for (Role r : circuit) steps += (steps.empty() ? "" : " \xE2\x86\x92 ") + role_label(app, r);
    wrapped(trf(app, "composer.circuit", {{"steps", steps}}).c_str());
    for (const strategy::Approval& a : strategy::approvals_of(ws, post)) {
        std::string line = trf(app, "composer.approval", {{"role", role_label(app, a.role)}, {"name", person_name(ws, a.person_id)},
                                                          {"when", format_instant_local(a.at, ws.profile.time_zone, app.settings.lang)}});
        if (!a.comment.empty()) line += " \xE2\x80\x94 \xC2\xAB\xC2\xA0" + a.comment + "\xC2\xA0\xC2\xBB";
        ImGui::PushTextWrapPos(0);
        ImGui::BulletText("%s", line.c_str());
        ImGui::PopTextWrapPos();
    }
    if (const auto next = strategy::next_approver_role(post, ws)) {
        const bool waiting = post.status == PostStatus::to_validate;
        const char* key = waiting ? "composer.next_approver" : "composer.next_after_submit";
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(waiting ? palette().notice : ImGui::GetStyle().Colors[ImGuiCol_TextDisabled], "%s",
                           trf(app, key, {{"role", role_label(app, *next)}, {"names", holders(app, *next)}}).c_str());
        ImGui::PopTextWrapPos();
    } else if (post.status == PostStatus::validated) {
        wrapped(tr(app, "composer.circuit_done"));
    }
}

// One click, one step: the status change is its own undo step, never merged with typing.
void take(App& app, ComposerState& s, const Post& post, strategy::WorkflowAction action) {
    app.doc.end_step();
    const std::string post_id = post.id;  // `post` may move: the edit can change the workspace
    const strategy::CircuitResult r = strategy::take_action(app.doc.edit(), post_id, app.current_person_id, action, s.comment,
                                                            now_instant(), app.settings.lang);
    if (!r) {
        s.workflow_error = r.message;
        return;
    }
    mark_edited(app);
    app.doc.end_step();
    s.workflow_error.clear();
    s.comment.clear();
}

}  // namespace

void workflow_panel(App& app, ComposerState& s, const Post& post) {
    const Workspace& ws = app.doc.workspace();
    const Lang lang = app.settings.lang;
    ImGui::TextUnformatted(trf(app, "composer.status", {{"status", status_label(app, post.status)}}).c_str());
    ImGui::SameLine(0, 24);
    ImGui::TextDisabled("%s", trf(app, "composer.owner", {{"name", post.owner_id.empty() ? std::string(tr(app, "composer.nobody"))
                                                                                       : person_name(ws, post.owner_id)}}).c_str());
    if (post.scheduled_at) {
        ImGui::SameLine(0, 24);
        ImGui::TextUnformatted(trf(app, "composer.scheduled_for",
                                   {{"when", format_instant_local(*post.scheduled_at, ws.profile.time_zone, lang)}}).c_str());
    }
    circuit_lines(app, post);

    if (!find_person(ws, app.current_person_id)) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(palette().notice, "%s", tr(app, "composer.choose_person"));
        ImGui::PopTextWrapPos();
        return;
    }
    const std::vector<strategy::WorkflowAction> actions = strategy::workflow_actions(ws, post, app.current_person_id);
    const bool commented = std::any_of(actions.begin(), actions.end(), [](strategy::WorkflowAction a) {
        return a == strategy::WorkflowAction::approve || a == strategy::WorkflowAction::refuse;
    });
    if (commented) {
        ImGui::SetNextItemWidth(-140.0f * app.settings.zoom);  // room for the label
        text_field(tr(app, "composer.comment"), s.comment);
    }
    bool first = true;
    for (strategy::WorkflowAction a : actions) {
        if (a == strategy::WorkflowAction::schedule) continue;  // needs a date: the « Réglages et date » tab
        if (!first) ImGui::SameLine();
        first = false;
        const std::string key = std::string("composer.action.") + strategy::workflow_action_name(a);
        if (ImGui::Button(tr(app, key.c_str()))) take(app, s, post, a);
    }
    if (commented) wrapped_disabled(tr(app, "composer.refuse_help"));
    if (!s.workflow_error.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(palette().error, "%s", s.workflow_error.c_str());
        ImGui::PopTextWrapPos();
    }
}

void history_tab(App& app, ComposerState& s, const Post& post) {
    const Workspace& ws = app.doc.workspace();
    const int lang = static_cast<int>(app.settings.lang);
    if (s.history_post != post.id || s.history_revision != app.doc.revision() || s.history_lang != lang) {
        s.history_post = post.id;
        s.history_revision = app.doc.revision();
        s.history_lang = lang;
        s.history.clear();
        for (auto it = ws.audit.rbegin(); it != ws.audit.rend(); ++it)
            if (it->target_id == post.id) s.history.push_back(edit::describe(*it, ws, app.settings.lang));
    }
    wrapped_disabled(tr(app, "composer.history_note"));
    if (s.history.empty()) wrapped_disabled(tr(app, "composer.history_empty"));
    ImGui::PushTextWrapPos(0);
    for (const std::string& line : s.history) ImGui::BulletText("%s", line.c_str());
    ImGui::PopTextWrapPos();
}

bool duplicate_button(App& app, ComposerState& s, const Post& post) {
    if (!ImGui::Button(tr(app, "composer.duplicate"))) return false;
    app.doc.end_step();
    const std::string title = trf(app, "composer.copy_title", {{"title", post.title}});
    const std::string source = post.id;
    const std::string id = edit::duplicate_post(app.doc.edit(), actor(app), source, title);
    if (id.empty()) return false;
    mark_edited(app);
    app.doc.end_step();
    s.selected = id;
    return true;
}

void add_workflow_summary(const App& app, const ComposerState& s, nlohmann::json& out) {
    const Workspace& ws = app.doc.workspace();
    const Post* post = find_post(ws, s.selected);
    if (!post) return;
    nlohmann::json approvals = nlohmann::json::array();
    for (const strategy::Approval& a : strategy::approvals_of(ws, *post))
        approvals.push_back({{"person", a.person_id}, {"name", person_name(ws, a.person_id)}, {"role", io::enum_name(a.role)},
                             {"at", io::format_instant(a.at)}, {"comment", a.comment}});
    nlohmann::json actions = nlohmann::json::array();
    for (strategy::WorkflowAction a : strategy::workflow_actions(ws, *post, app.current_person_id))
        actions.push_back(strategy::workflow_action_name(a));
    const auto next = strategy::next_approver_role(*post, ws);
    out["post"] = {
        {"id", post->id},
        {"title", post->title},
        {"status", io::enum_name(post->status)},
        {"owner", post->owner_id},
        {"message_type", post->message_type_id},
        {"campaign", post->campaign_id},
        {"tags", post->tags},
        {"networks", post->variants.size()},
        {"scheduled_at", post->scheduled_at ? io::format_instant(*post->scheduled_at) : std::string()},
        {"scheduled_local", post->scheduled_at ? format_instant_local(*post->scheduled_at, ws.profile.time_zone, Lang::fr) : std::string()},
        {"next_role", next ? std::string(io::enum_name(*next)) : std::string()},
        {"approvals", std::move(approvals)},
        {"actions", std::move(actions)},
        {"history", s.history_post == post->id ? s.history.size() : 0},
    };
    out["workflow_error"] = s.workflow_error;
    out["permalink_errors"] = s.permalink_errors;  // by account: the catalogue key of the refusal
}

}  // namespace parvis::app::ui::composer
