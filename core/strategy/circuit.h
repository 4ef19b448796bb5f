// The validation circuit of a post: the roles that approve a post of its message type, in order
// (MessageType::validation_circuit; empty: no validation). A post whose type has a circuit cannot
// be scheduled (nor published) until each role of the circuit approved it, in the circuit's order.
//
// Approvals are not a field of the post: they are entries of the audit log, action
// "post.approve" (who, when, comment), so the history says who approved what. The approvals that
// count are those after the last "post.approvals_reset" entry of the post (recorded when the post
// goes back to draft or idea), matched in order: the k-th step of the circuit is done by the first
// approval, after step k−1's, given by a person who holds the step's role. A person approves at
// most once per round, so « élu, élu » needs two élus.
//
// Every status change goes through `set_status`, which records « post.status » with who, when
// and « ancien → nouveau : commentaire ».
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "i18n/catalogue.h"
#include "model/find.h"
#include "model/workspace.h"

namespace parvis::strategy {

enum class CircuitError {
    ok,
    unknown_post,      // no post with this id
    unknown_person,    // no person with this id
    no_circuit,        // the post's type needs no validation: nothing to approve
    not_submitted,     // the post is not « à valider »
    already_complete,  // every step is approved already
    wrong_role,        // the person does not hold the role of the next step
    already_approved,  // the person already approved this round
    not_approved,      // scheduling or publishing before the circuit is complete
    comment_required,  // a refusal says why (workflow.h)
    not_schedulable,   // a published or cancelled post is not scheduled again
    in_the_past,       // a post is scheduled for a moment to come
    not_open,          // this step is not open to this person now (workflow.h)
    alt_text_missing,  // an image without alt text is not scheduled (RGAA; the checker says so too)
};
const char* circuit_error_name(CircuitError error);  // "wrong_role"…

struct CircuitResult {
    CircuitError error = CircuitError::ok;
    std::string message;  // French (or the language asked), empty when ok
    explicit operator bool() const { return error == CircuitError::ok; }
};

struct Approval {
    std::string person_id;
    Role role = Role::community_manager;
    Instant at{};
    std::string comment;
};

using parvis::find_post;    // model/find.h, still reachable as strategy::find_post
using parvis::find_person;

// The roles that approve the post, in order (empty when its type has none or is unknown).
std::vector<Role> circuit_of(const Workspace& ws, const Post& post);
// The approvals of the current round that fill the circuit's steps, in order.
std::vector<Approval> approvals_of(const Workspace& ws, const Post& post);
// The role of the next step; nullopt when the circuit is empty or complete.
std::optional<Role> next_approver_role(const Post& post, const Workspace& ws);
// True when the post may be scheduled: no circuit, or every step approved.
bool can_schedule(const Workspace& ws, const Post& post);

// Records the approval of `person_id` (audit "post.approve", the comment as detail). When it
// completes the circuit, the post becomes « validé » (audit "post.status").
CircuitResult approve(Workspace& ws, const std::string& post_id, const std::string& person_id,
                      const std::string& comment, Instant now, Lang lang = Lang::fr);

// Changes the status and records who, when, « ancien → nouveau : commentaire ». Refuses
// « programmé » and « publié » while the circuit is incomplete. Going back to « brouillon » or
// « idée » starts a new round of approvals (audit "post.approvals_reset").
CircuitResult set_status(Workspace& ws, const std::string& post_id, const std::string& person_id,
                         PostStatus status, const std::string& comment, Instant now,
                         Lang lang = Lang::fr);

}  // namespace parvis::strategy
