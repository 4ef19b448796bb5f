// Moderation decisions. See moderation_edits.h.
#include "edit/moderation_edits.h"

#include <algorithm>

#include "i18n/catalogue.h"
#include "inbox/moderation.h"
#include "io/enum_names.h"
#include "model/find.h"

namespace parvis::edit {

ModerationEvidence evidence_of(const InboxMessage& m, const Workspace& ws) {
    ModerationEvidence e;
    e.text = m.text;
    e.author = m.author;
    e.channel = m.channel;
    e.account_id = m.account_id;
    e.post_id = m.post_id;
    e.received_at = m.received_at;
    const NetworkAccount* account = find_account(ws, m.account_id);
    if (account) {
        e.network = account->network;
        e.account_handle = account->handle;
        e.link = account->url;
    }
    if (const Post* post = find_post(ws, m.post_id)) {
        for (const PostVariant& v : post->variants) {
            if (v.account_id == m.account_id && !v.permalink.empty()) {
                e.link = v.permalink;
                break;
            }
        }
    }
    return e;
}

std::string new_moderation_id(const Workspace& ws) {
    for (std::size_t n = ws.moderation_log.size() + 1;; ++n) {
        std::string id = "mod-" + std::to_string(n);
        if (std::none_of(ws.moderation_log.begin(), ws.moderation_log.end(),
                         [&](const ModerationEntry& e) { return e.id == id; }))
            return id;
    }
}

Moderated moderate(Workspace& ws, const Actor& actor, const ModerationDecision& d) {
    InboxMessage* m = find_message(ws, d.message_id);
    if (!m) return {not_found(), ""};
    const ModerationCharter& charter = ws.charter.moderation;
    const int rule = inbox::charter_rule_index(charter, d.category);
    if (rule < 0 && d.category != ModerationCategory::hate) {
        Error e;
        e.code = ErrorCode::invalid_value;
        e.detail = "category_not_in_charter";
        e.pointer = "/charter/moderation/rules";
        e.args = {{"reason", "category_not_in_charter"}, {"found", std::string(io::enum_name(d.category))}};
        return {refused(std::move(e)), ""};
    }
    const bool hides = d.action == ModerationAction::hide || d.action == ModerationAction::ban;
    if (d.action == ModerationAction::hide && m->status == MessageStatus::hidden) return {unchanged(), ""};

    ModerationEntry entry;
    entry.id = new_moderation_id(ws);
    entry.at = actor.at;
    entry.person_id = actor.person_id;
    entry.message_id = m->id;
    entry.category = d.category;
    entry.rule_index = rule;
    // The article is cited in French, the language of the log's legal readers, as the charter
    // reads at the time of the decision.
    entry.article = inbox::charter_article(charter, rule, d.category, Lang::fr);
    entry.action = d.action;
    entry.evidence = evidence_of(*m, ws);
    entry.comment = d.comment;
    ws.moderation_log.push_back(entry);

    record(ws, actor, AuditAction::message_moderate, m->id,
           std::string(io::enum_name(d.action)) + ":" + std::string(io::enum_name(d.category)), d.comment);
    if (d.action == ModerationAction::remove) {
        ws.messages.erase(ws.messages.begin() + (m - ws.messages.data()));
    } else if (hides && m->status != MessageStatus::hidden) {
        record(ws, actor, AuditAction::message_status, m->id,
               std::string(io::enum_name(m->status)) + ">" + std::string(io::enum_name(MessageStatus::hidden)));
        m->status = MessageStatus::hidden;
    }
    return {{}, entry.id};
}

}  // namespace parvis::edit
