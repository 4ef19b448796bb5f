// Moderation decisions (issue 12): the one edit that writes the moderation log
// (Workspace::moderation_log). Each decision appends an entry — who, when, the message's
// evidence as it was, the charter's rule — and applies the action to the message:
//   hide           the message is « masqué » (status hidden);
//   remove         the message was deleted from the network: it leaves the inbox; its text,
//                  author, network and link stay in the log's evidence;
//   ban            the author is blocked on the network (done there): the message is hidden too;
//   report_pharos  reported on internet-signalement.gouv.fr (done there): the message is unchanged.
// Audit entry « message.moderate » on the message id, detail « ACTION:CATEGORY » in codes
// (« hide:insult »), comment the person's words; a change of state adds « message.status ».
//
// There is no function that changes or removes a log entry: evidence is never deleted, and undo
// leaves the log as it is (core/history.h).
#pragma once
#include <string>
#include <string_view>

#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "model/workspace.h"

namespace parvis::edit {

struct ModerationDecision {
    std::string message_id;
    ModerationCategory category = ModerationCategory::insult;
    ModerationAction action = ModerationAction::hide;
    std::string comment;   // the person's own words (« 3e message injurieux cette semaine »)
};

struct Moderated {
    Result result;
    std::string entry_id;  // the log entry's id, set when done
};

// Not found for an unknown message. Refused (invalid_value at /charter/moderation/rules, reason
// category_not_in_charter) when the charter has no rule for the category, except hate (manifestly
// illegal content). Unchanged (nothing written) when hiding a message already hidden.
Moderated moderate(Workspace& ws, const Actor& actor, const ModerationDecision& decision);

// The evidence of `message` as it is now: text, author, channel, network and handle of its
// account, the commented post, the link (the post's address on that account, else the account's).
ModerationEvidence evidence_of(const InboxMessage& message, const Workspace& ws);

// A log entry id not used in the workspace: "mod-N".
std::string new_moderation_id(const Workspace& ws);

}  // namespace parvis::edit
