// The Messages desk's list (issue 12): the messages of every account and those entered by hand, as
// the filters keep them, sorted by reply deadline, and the thread of one message (the post it
// comments on, the earlier messages of the same author). The screen draws what this returns; the
// CLI and tests ask the same questions.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "inbox/deadline.h"
#include "model/workspace.h"

namespace parvis::inbox {

// Filters; each default keeps everything. Ids: "" any, kNone the messages that have none.
inline constexpr const char* kNone = "-";
struct InboxFilter {
    std::optional<MessageStatus> status;
    bool awaiting_only = false;        // « à traiter »: not answered, closed nor hidden
    std::optional<Network> network;    // the network of the message's account
    bool off_network = false;          // received by phone, at the desk or by e-mail
    std::string service_id;
    std::string assignee_id;
    bool overdue_only = false;
    std::string text;                  // model/search.h message_contains (case and accents ignored)
};

struct InboxRow {
    std::size_t index = 0;  // in Workspace::messages
    Deadline deadline;      // meaningful while the message awaits a reply
    bool awaiting = false;  // awaits_reply
    bool overdue = false;   // is_overdue at `now`
};

// The network of a message, none for a message received off the networks or an unknown account.
std::optional<Network> message_network(const Workspace& ws, const InboxMessage& message);

// The rows the filter keeps: first the messages awaiting a reply, by deadline (earliest first;
// those without a deadline after them, oldest first), then the others, most recent first.
std::vector<InboxRow> inbox_rows(const Workspace& ws, const InboxFilter& filter, Instant now);

// The earlier messages of the same author (same name, on any channel), oldest first: what they
// already said. An empty author has no thread.
std::vector<const InboxMessage*> earlier_from_author(const Workspace& ws, const InboxMessage& message);

}  // namespace parvis::inbox
