// A post's way from idea to publication, as Rédaction offers it (issue 13): which steps a person
// may take now, refusing a post under validation, and scheduling it. Every step goes through the
// validation circuit (circuit.h): the status changes are `set_status`'s, the approvals
// `approve`'s, so the rules and the audit entries stay in one place.
//
//   idée → brouillon → à valider → validé → programmé → publié
//                        ↑ refus (commentaire obligatoire) ↓        ↘ annulé (à toute étape)
//
// A post whose message type has no circuit skips « à valider »: a draft may be scheduled at once.
#pragma once
#include <string>
#include <vector>

#include "strategy/circuit.h"

namespace parvis::strategy {

// What a person can do to a post now; the UI shows one button per action, in this order.
enum class WorkflowAction {
    start_draft,       // idée → brouillon
    submit,            // brouillon → à valider (« Demander la validation »)
    approve,           // the next step of the circuit, for a person holding its role (« Valider »)
    refuse,            // à valider → brouillon, with a comment (« Refuser »), same person as approve
    withdraw,          // à valider → brouillon by the others (« Retirer la demande »)
    schedule,          // a date and « Programmer »: validé (or a draft without circuit) → programmé
    unschedule,        // programmé → validé (or brouillon without circuit): the date stays
    mark_published,    // programmé → publié (published by hand, outside Parvis)
    cancel,            // any status before publication → annulé
    reopen,            // annulé → brouillon
};
const char* workflow_action_name(WorkflowAction action);  // "submit"…

// The actions open to `person_id` on `post` (none for an unknown person: the app asks who uses
// it first). Approve and refuse only for a holder of the next step's role who has not approved
// this round yet.
std::vector<WorkflowAction> workflow_actions(const Workspace& ws, const Post& post, const std::string& person_id);

// Sends a post under validation back to « brouillon » with the reason. Refused without a comment
// (comment_required), for a post that is not « à valider » (not_submitted), and for a person who
// does not hold the role of the next step (wrong_role). Audit: « post.status »
// « to_validate>draft » with the comment, then « post.approvals_reset » when a step was already
// approved (a new round starts).
CircuitResult refuse(Workspace& ws, const std::string& post_id, const std::string& person_id,
                     const std::string& comment, Instant now, Lang lang = Lang::fr);

// Takes `action` (not `schedule`, which needs a date: see below) for `person_id`, refused when
// the action is not among workflow_actions (not_open). Approve and refuse are `approve` and
// `refuse`; the others one `set_status` with the comment: unschedule goes back to « validé »
// when the type has a circuit (its approvals still hold), else to « brouillon ».
CircuitResult take_action(Workspace& ws, const std::string& post_id, const std::string& person_id,
                          WorkflowAction action, const std::string& comment, Instant now, Lang lang = Lang::fr);

// Gives the post its date and makes it « programmé »: « post.reschedule » (when the date
// changes), then « post.status » (when the status changes). Refused, with nothing changed, before
// the circuit is complete (not_approved), for an idea (not_open: a draft first), a published or
// cancelled post (not_schedulable) or an instant already past (in_the_past).
CircuitResult schedule(Workspace& ws, const std::string& post_id, const std::string& person_id, Instant at,
                       Instant now, Lang lang = Lang::fr);

}  // namespace parvis::strategy
