// The Messages desk's actions (issue 12): each change the community manager makes to a citizen's
// message, with the person acting and one audit entry in codes (core/edit/audit_log.h):
//   message.add             manual entry (phone, desk, e-mail)   detail: the channel's name
//   message.assign          who takes it                         detail: « old>new » person ids
//   message.status          unread → … → closed                  detail: « old>new » status names
//   message.route           the service it belongs to            detail: « old>new » service ids
//   message.forward         the hand-off went to the service     detail: the ISO instant
//   message.service_answer  the service's answer came back       detail: the ISO instant
//   message.reply           the reply given to the citizen       detail: the ISO instant
//   message.tags / message.priority                              detail: the tags / « old>new »
//   message.moderate        hidden by the moderation charter     detail: « hide » (here), « hide:insult »
//                           (edit::moderate, core/edit/moderation_edits.h, which also writes the
//                           moderation log: prefer it, it keeps the evidence)
// Each returns unchanged when nothing would change (no audit entry, no undo step) and not_found
// for an unknown message, person or service.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "model/workspace.h"

namespace parvis::edit {

// Assigns the message to `person_id` ("" takes it back). An unread message becomes « assigné ».
Result assign_message(Workspace& ws, const Actor& actor, std::string_view message_id, std::string_view person_id);

// Any state, as chosen in the list (the other functions below set it as a side effect).
Result set_message_status(Workspace& ws, const Actor& actor, std::string_view message_id, MessageStatus status);

// The service the message belongs to ("" clears it), e.g. the router's proposal applied.
Result route_message(Workspace& ws, const Actor& actor, std::string_view message_id, std::string_view service_id);

// The hand-off was sent (core/inbox/handoff.h): forwarded_at = actor.at, state « transmis au
// service ». Refused (invalid_value, reason no_service) while the message has no service.
Result forward_message(Workspace& ws, const Actor& actor, std::string_view message_id);

// The person the charter names for hostile threads (Charter::moderation.alert_person_id) was
// alerted about the message (core/inbox/handoff.h make_alert): an audit entry, detail = that
// person's id; the message itself does not change. Refused (invalid_value, reason
// no_alert_person) while the charter names nobody.
Result alert_about_message(Workspace& ws, const Actor& actor, std::string_view message_id);

// The service answered: service_answered_at = actor.at; the message comes back to the desk
// (« assigné », to the actor when nobody had it) to be answered.
Result record_service_answer(Workspace& ws, const Actor& actor, std::string_view message_id);

// The reply given to the citizen (copied to the network, or sent): reply text, replied_at =
// actor.at, state « répondu ». Refused (invalid_value, reason empty_reply) for a blank reply.
Result reply_to_message(Workspace& ws, const Actor& actor, std::string_view message_id, std::string_view reply);

// Shortcuts of set_message_status: « clos », and « masqué » recorded as a moderation.
Result close_message(Workspace& ws, const Actor& actor, std::string_view message_id);
Result hide_message(Workspace& ws, const Actor& actor, std::string_view message_id);

// Tags as typed (trimmed, empty and repeated ones dropped), and the priority.
Result set_message_tags(Workspace& ws, const Actor& actor, std::string_view message_id, std::vector<std::string> tags);
Result set_message_priority(Workspace& ws, const Actor& actor, std::string_view message_id, MessagePriority priority);

// A message received elsewhere and entered by hand (« Nouveau message reçu »).
struct ManualMessage {
    MessageChannel channel = MessageChannel::phone;  // phone, desk or email
    std::string author;
    std::string text;
    Instant received_at{};
};
struct AddedMessage {
    Result result;
    std::string id;  // set when done
};
// Refused (invalid_value at /messages/N/…) for an empty text or a network channel.
AddedMessage add_manual_message(Workspace& ws, const Actor& actor, const ManualMessage& message);

// A message id not used in the workspace: "msg-manual-N".
std::string new_message_id(const Workspace& ws);

}  // namespace parvis::edit
