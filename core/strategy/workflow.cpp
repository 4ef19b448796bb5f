// A post's workflow in Rédaction. See workflow.h.
#include "strategy/workflow.h"

#include <algorithm>

#include "edit/post_edits.h"
#include "io/enum_names.h"
#include "model/find.h"
#include "text/trim.h"

namespace parvis::strategy {
namespace {

CircuitResult fail(CircuitError error, Lang lang, const Args& args = {}) {
    return {error, tr(std::string("strategy.circuit.") + circuit_error_name(error), lang, args)};
}

// The person may approve (or refuse) the post now: it waits for the role they hold, and they did
// not approve this round yet (circuit.h: one approval per person and round).
bool holds_next_step(const Workspace& ws, const Post& post, const Person& person) {
    if (post.status != PostStatus::to_validate) return false;
    const std::optional<Role> next = next_approver_role(post, ws);
    if (!next || *next != person.role) return false;
    const std::vector<Approval> done = approvals_of(ws, post);
    return std::none_of(done.begin(), done.end(), [&](const Approval& a) { return a.person_id == person.id; });
}

}  // namespace

const char* workflow_action_name(WorkflowAction action) {
    switch (action) {
        case WorkflowAction::start_draft: return "start_draft";
        case WorkflowAction::submit: return "submit";
        case WorkflowAction::approve: return "approve";
        case WorkflowAction::refuse: return "refuse";
        case WorkflowAction::withdraw: return "withdraw";
        case WorkflowAction::schedule: return "schedule";
        case WorkflowAction::unschedule: return "unschedule";
        case WorkflowAction::mark_published: return "mark_published";
        case WorkflowAction::cancel: return "cancel";
        case WorkflowAction::reopen: return "reopen";
    }
    return "submit";
}

std::vector<WorkflowAction> workflow_actions(const Workspace& ws, const Post& post, const std::string& person_id) {
    using A = WorkflowAction;
    const Person* person = find_person(ws, person_id);
    if (!person) return {};
    const bool has_circuit = !circuit_of(ws, post).empty();
    std::vector<A> out;
    switch (post.status) {
        case PostStatus::idea: out = {A::start_draft, A::cancel}; break;
        case PostStatus::draft:
            if (has_circuit) out = {A::submit, A::cancel};
            else out = {A::schedule, A::cancel};
            break;
        case PostStatus::to_validate:
            if (holds_next_step(ws, post, *person)) out = {A::approve, A::refuse, A::cancel};
            else out = {A::withdraw, A::cancel};
            break;
        case PostStatus::validated: out = {A::schedule, A::cancel}; break;
        case PostStatus::scheduled:
        case PostStatus::failed: out = {A::schedule, A::unschedule, A::mark_published, A::cancel}; break;
        case PostStatus::published: break;
        case PostStatus::cancelled: out = {A::reopen}; break;
    }
    return out;
}

CircuitResult refuse(Workspace& ws, const std::string& post_id, const std::string& person_id,
                     const std::string& comment, Instant now, Lang lang) {
    const Post* post = find_post(ws, post_id);
    if (!post) return fail(CircuitError::unknown_post, lang, {{"id", post_id}});
    const Person* person = find_person(ws, person_id);
    if (!person) return fail(CircuitError::unknown_person, lang, {{"id", person_id}});
    if (post->status != PostStatus::to_validate)
        return fail(CircuitError::not_submitted, lang,
                    {{"status", tr("strategy.status." + std::string(io::enum_name(post->status)), lang)}});
    if (!holds_next_step(ws, *post, *person)) {
        const std::optional<Role> next = next_approver_role(*post, ws);
        auto role = [&](Role r) { return tr("strategy.role." + std::string(io::enum_name(r)), lang); };
        return fail(CircuitError::wrong_role, lang,
                    {{"person", person->name}, {"role", role(person->role)}, {"expected", next ? role(*next) : std::string("—")}});
    }
    if (comment.find_first_not_of(" \t\r\n") == std::string::npos) return fail(CircuitError::comment_required, lang);
    return set_status(ws, post_id, person_id, PostStatus::draft, comment, now, lang);
}

CircuitResult take_action(Workspace& ws, const std::string& post_id, const std::string& person_id,
                          WorkflowAction action, const std::string& comment, Instant now, Lang lang) {
    using A = WorkflowAction;
    const Post* post = find_post(ws, post_id);
    if (!post) return fail(CircuitError::unknown_post, lang, {{"id", post_id}});
    if (!find_person(ws, person_id)) return fail(CircuitError::unknown_person, lang, {{"id", person_id}});
    const std::vector<A> open = workflow_actions(ws, *post, person_id);
    if (action == A::schedule || std::find(open.begin(), open.end(), action) == open.end())
        return fail(CircuitError::not_open, lang);
    auto to = [&](PostStatus status) { return set_status(ws, post_id, person_id, status, comment, now, lang); };
    switch (action) {
        case A::approve: return approve(ws, post_id, person_id, comment, now, lang);
        case A::refuse: return refuse(ws, post_id, person_id, comment, now, lang);
        case A::start_draft:
        case A::withdraw:
        case A::reopen: return to(PostStatus::draft);
        case A::submit: return to(PostStatus::to_validate);
        case A::unschedule: return to(circuit_of(ws, *post).empty() ? PostStatus::draft : PostStatus::validated);
        case A::mark_published: return to(PostStatus::published);
        case A::cancel: return to(PostStatus::cancelled);
        case A::schedule: break;
    }
    return fail(CircuitError::not_open, lang);
}

CircuitResult schedule(Workspace& ws, const std::string& post_id, const std::string& person_id, Instant at,
                       Instant now, Lang lang) {
    const Post* post = find_post(ws, post_id);
    if (!post) return fail(CircuitError::unknown_post, lang, {{"id", post_id}});
    if (!find_person(ws, person_id)) return fail(CircuitError::unknown_person, lang, {{"id", person_id}});
    if (post->status == PostStatus::published || post->status == PostStatus::cancelled)
        return fail(CircuitError::not_schedulable, lang,
                    {{"status", tr("strategy.status." + std::string(io::enum_name(post->status)), lang)}});
    if (post->status == PostStatus::idea) return fail(CircuitError::not_open, lang);  // a draft first
    // Alt text is required before an image goes out (loi 2005-102 art. 47, RGAA 1.1): the checker's
    // « alt_text_missing » is an error, and scheduling is where it stops the post.
    for (const PostVariant& v : post->variants) {
        for (const Media& m : v.media) {
            if (m.kind != MediaKind::image || !text::trim(m.alt_text).empty()) continue;
            const NetworkAccount* account = find_account(ws, v.account_id);
            return fail(CircuitError::alt_text_missing, lang,
                        {{"name", m.name}, {"network", account ? tr("network." + std::string(io::enum_name(account->network)), lang)
                                                               : v.account_id}});
        }
    }
    if (!can_schedule(ws, *post)) {
        const Role next = *next_approver_role(*post, ws);
        return fail(CircuitError::not_approved, lang, {{"role", tr("strategy.role." + std::string(io::enum_name(next)), lang)}});
    }
    if (at <= now) return fail(CircuitError::in_the_past, lang);
    edit::reschedule_post(ws, {person_id, now}, post_id, at);
    if (post->status != PostStatus::scheduled) return set_status(ws, post_id, person_id, PostStatus::scheduled, "", now, lang);
    return {};
}

}  // namespace parvis::strategy
