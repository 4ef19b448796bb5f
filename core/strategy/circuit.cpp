#include "strategy/circuit.h"

#include <algorithm>

#include "edit/audit_log.h"
#include "io/enum_names.h"

namespace parvis::strategy {
namespace {

CircuitResult fail(CircuitError error, Lang lang, const Args& args = {}) {
    return {error, tr(std::string("strategy.circuit.") + circuit_error_name(error), lang, args)};
}

std::string role_label(Role role, Lang lang) {
    return tr(std::string("strategy.role.") + std::string(io::enum_name(role)), lang);
}

std::string status_label(PostStatus status, Lang lang) {
    return tr(std::string("strategy.status.") + std::string(io::enum_name(status)), lang);  // lower case, as in « brouillon → à valider »
}

}  // namespace

const char* circuit_error_name(CircuitError error) {
    switch (error) {
        case CircuitError::ok: return "ok";
        case CircuitError::unknown_post: return "unknown_post";
        case CircuitError::unknown_person: return "unknown_person";
        case CircuitError::no_circuit: return "no_circuit";
        case CircuitError::not_submitted: return "not_submitted";
        case CircuitError::already_complete: return "already_complete";
        case CircuitError::wrong_role: return "wrong_role";
        case CircuitError::already_approved: return "already_approved";
        case CircuitError::not_approved: return "not_approved";
        case CircuitError::comment_required: return "comment_required";
        case CircuitError::not_schedulable: return "not_schedulable";
        case CircuitError::in_the_past: return "in_the_past";
        case CircuitError::not_open: return "not_open";
        case CircuitError::alt_text_missing: return "alt_text_missing";
    }
    return "ok";
}

std::vector<Role> circuit_of(const Workspace& ws, const Post& post) {
    for (const MessageType& t : ws.charter.message_types)
        if (t.id == post.message_type_id) return t.validation_circuit;
    return {};
}

std::vector<Approval> approvals_of(const Workspace& ws, const Post& post) {
    const std::vector<Role> circuit = circuit_of(ws, post);
    // The current round starts after the last reset of this post.
    std::size_t start = 0;
    for (std::size_t i = 0; i < ws.audit.size(); ++i)
        if (ws.audit[i].target_id == post.id && ws.audit[i].action == "post.approvals_reset") start = i + 1;
    std::vector<Approval> out;
    for (std::size_t i = start; i < ws.audit.size() && out.size() < circuit.size(); ++i) {
        const AuditEntry& e = ws.audit[i];
        if (e.target_id != post.id || e.action != "post.approve") continue;
        const Person* person = find_person(ws, e.person_id);
        if (!person || person->role != circuit[out.size()]) continue;
        const bool twice = std::any_of(out.begin(), out.end(), [&](const Approval& a) { return a.person_id == e.person_id; });
        if (twice) continue;
        out.push_back({e.person_id, person->role, e.at, e.comment});
    }
    return out;
}

std::optional<Role> next_approver_role(const Post& post, const Workspace& ws) {
    const std::vector<Role> circuit = circuit_of(ws, post);
    const std::size_t done = approvals_of(ws, post).size();
    if (done >= circuit.size()) return std::nullopt;
    return circuit[done];
}

bool can_schedule(const Workspace& ws, const Post& post) {
    return !next_approver_role(post, ws).has_value();
}

CircuitResult approve(Workspace& ws, const std::string& post_id, const std::string& person_id,
                      const std::string& comment, Instant now, Lang lang) {
    Post* post = find_post(ws, post_id);
    if (!post) return fail(CircuitError::unknown_post, lang, {{"id", post_id}});
    const Person* person = find_person(ws, person_id);
    if (!person) return fail(CircuitError::unknown_person, lang, {{"id", person_id}});
    const std::vector<Role> circuit = circuit_of(ws, *post);
    if (circuit.empty()) return fail(CircuitError::no_circuit, lang);
    const std::vector<Approval> done = approvals_of(ws, *post);
    if (done.size() >= circuit.size()) return fail(CircuitError::already_complete, lang);
    if (post->status != PostStatus::to_validate)
        return fail(CircuitError::not_submitted, lang, {{"status", status_label(post->status, lang)}});
    const Role next = circuit[done.size()];
    for (const Approval& a : done)
        if (a.person_id == person_id) return fail(CircuitError::already_approved, lang, {{"person", person->name}});
    if (person->role != next)
        return fail(CircuitError::wrong_role, lang,
                    {{"person", person->name}, {"role", role_label(person->role, lang)}, {"expected", role_label(next, lang)}});
    edit::record(ws, {person_id, now}, edit::AuditAction::post_approve, post_id, "", comment);
    if (done.size() + 1 == circuit.size()) {
        post->status = PostStatus::validated;
        edit::record(ws, {person_id, now}, edit::AuditAction::post_status, post_id, "to_validate>validated", comment);
    }
    return {};
}

CircuitResult set_status(Workspace& ws, const std::string& post_id, const std::string& person_id,
                         PostStatus status, const std::string& comment, Instant now, Lang lang) {
    Post* post = find_post(ws, post_id);
    if (!post) return fail(CircuitError::unknown_post, lang, {{"id", post_id}});
    if (!find_person(ws, person_id)) return fail(CircuitError::unknown_person, lang, {{"id", person_id}});
    if ((status == PostStatus::scheduled || status == PostStatus::published) && !can_schedule(ws, *post)) {
        const Role next = *next_approver_role(*post, ws);
        return fail(CircuitError::not_approved, lang, {{"role", role_label(next, lang)}});
    }
    const PostStatus before = post->status;
    post->status = status;
    edit::record(ws, {person_id, now}, edit::AuditAction::post_status, post_id,
                 std::string(io::enum_name(before)) + ">" + std::string(io::enum_name(status)), comment);
    const bool back_to_writing = status == PostStatus::draft || status == PostStatus::idea;
    if (back_to_writing && !circuit_of(ws, *post).empty() && !approvals_of(ws, *post).empty())
        edit::record(ws, {person_id, now}, edit::AuditAction::post_approvals_reset, post_id, std::string(io::enum_name(status)));
    return {};
}

}  // namespace parvis::strategy
