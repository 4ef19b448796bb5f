#include "inbox/inbox_list.h"

#include <algorithm>
#include <tuple>

#include "model/find.h"
#include "model/search.h"

namespace parvis::inbox {
namespace {

bool id_matches(const std::string& wanted, const std::string& actual) {
    if (wanted.empty()) return true;
    if (wanted == kNone) return actual.empty();
    return wanted == actual;
}

}  // namespace

std::optional<Network> message_network(const Workspace& ws, const InboxMessage& message) {
    if (received_off_network(message.channel)) return std::nullopt;
    const NetworkAccount* account = find_account(ws, message.account_id);
    if (!account) return std::nullopt;
    return account->network;
}

std::vector<InboxRow> inbox_rows(const Workspace& ws, const InboxFilter& filter, Instant now) {
    std::vector<InboxRow> rows;
    for (std::size_t i = 0; i < ws.messages.size(); ++i) {
        const InboxMessage& m = ws.messages[i];
        if (filter.status && m.status != *filter.status) continue;
        if (filter.off_network && !received_off_network(m.channel)) continue;
        if (filter.network && message_network(ws, m) != filter.network) continue;
        if (!id_matches(filter.service_id, m.service_id) || !id_matches(filter.assignee_id, m.assignee_id)) continue;
        InboxRow row{.index = i, .awaiting = awaits_reply(m)};
        if (filter.awaiting_only && !row.awaiting) continue;
        if (row.awaiting) {
            row.deadline = reply_deadline(m, ws);
            row.overdue = is_overdue(m, row.deadline, now);
        }
        if (filter.overdue_only && !row.overdue) continue;
        if (!message_contains(m, filter.text)) continue;  // last: the costliest test
        rows.push_back(row);
    }
    // Awaiting first; among them by deadline (none last, then by reception); the rest newest first.
    auto key = [&](const InboxRow& r) {
        const InboxMessage& m = ws.messages[r.index];
        const bool due = r.awaiting && r.deadline.has_due();
        const auto received = m.received_at.time_since_epoch().count();
        return std::make_tuple(!r.awaiting, !due, due ? r.deadline.due.time_since_epoch().count() : 0,
                               r.awaiting ? received : -received, r.index);
    };
    std::sort(rows.begin(), rows.end(), [&](const InboxRow& a, const InboxRow& b) { return key(a) < key(b); });
    return rows;
}

std::vector<const InboxMessage*> earlier_from_author(const Workspace& ws, const InboxMessage& message) {
    std::vector<const InboxMessage*> out;
    if (message.author.empty()) return out;
    for (const InboxMessage& m : ws.messages)
        if (&m != &message && m.author == message.author && m.received_at < message.received_at) out.push_back(&m);
    std::stable_sort(out.begin(), out.end(), [](const InboxMessage* a, const InboxMessage* b) { return a->received_at < b->received_at; });
    return out;
}

}  // namespace parvis::inbox
