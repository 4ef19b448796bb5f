// What a connected network brings back. See platform_sync_edits.h.
#include "edit/platform_sync_edits.h"

#include <set>
#include <utility>

#include "model/find.h"
#include "text/trim.h"
#include "text/utf8.h"

namespace parvis::edit {

namespace {

// The post of `account_id` whose variant holds this platform id, if any.
const Post* post_published_as(const Workspace& ws, std::string_view account_id, std::string_view external_id) {
    if (external_id.empty()) return nullptr;
    for (const Post& p : ws.posts)
        for (const PostVariant& v : p.variants)
            if (v.account_id == account_id && v.external_id == external_id) return &p;
    return nullptr;
}

Count checked(Count c) { return c && *c >= 0 && *c <= kMaxCount ? c : Count{}; }

}  // namespace

ReceivedMessages receive_platform_messages(Workspace& ws, const Actor& actor, std::string_view account_id,
                                           const std::vector<ReceivedMessage>& messages, std::string_view cursor) {
    NetworkAccount* account = find_account(ws, account_id);
    if (!account) return {not_found(), 0};
    const bool cursor_moved = !cursor.empty() && cursor.size() <= kMaxPlatformId && account->messages_cursor != cursor;
    if (cursor_moved) account->messages_cursor = std::string(cursor);
    // One pass over what is held: the ids in use and the platform ids already received here.
    std::set<std::string, std::less<>> ids, held;
    for (const InboxMessage& m : ws.messages) {
        ids.insert(m.id);
        if (m.account_id == account_id && !m.external_id.empty()) held.insert(m.external_id);
    }
    std::size_t next = 1, added = 0;
    for (std::size_t i = 0; i < messages.size() && i < kMaxReceivedMessages; ++i) {
        const ReceivedMessage& in = messages[i];
        if (in.external_id.empty() || in.external_id.size() > kMaxPlatformId || !held.insert(in.external_id).second) continue;
        InboxMessage m;
        do m.id = "msg-in-" + std::to_string(next++);
        while (ids.count(m.id));
        ids.insert(m.id);
        m.account_id = std::string(account_id);
        m.external_id = in.external_id;
        m.author = std::string(text::trim(utf8::prefix(in.author, kMaxReceivedText), text::Spaces::unicode));
        m.text = std::string(text::trim(utf8::prefix(in.text, kMaxReceivedText), text::Spaces::unicode));
        m.received_at = in.received_at;
        const Post* post = in.in_reply_to.size() <= kMaxPlatformId ? post_published_as(ws, account_id, in.in_reply_to) : nullptr;
        m.channel = post ? MessageChannel::comment : MessageChannel::mention;
        if (post) m.post_id = post->id;
        ws.messages.push_back(std::move(m));
        ++added;
    }
    if (added == 0) return {cursor_moved ? Result{} : unchanged(), 0};
    record(ws, actor, AuditAction::messages_receive, account_id, std::to_string(added));
    return {{}, added};
}

RecordedCounts record_platform_counts(Workspace& ws, const Actor& actor, std::string_view account_id,
                                      const std::vector<ReceivedCounts>& counts, Day day) {
    if (!find_account(ws, account_id)) return {not_found(), 0};
    std::size_t changed = 0;
    for (const ReceivedCounts& c : counts) {
        const Post* post = post_published_as(ws, account_id, c.external_id);
        if (!post) continue;
        const Count replies = checked(c.replies), reposts = checked(c.reposts), likes = checked(c.likes);
        const Count impressions = checked(c.impressions), reach = checked(c.reach);
        PostMetrics* line = nullptr;
        for (PostMetrics& m : ws.metrics.posts)
            if (m.post_id == post->id && m.account_id == account_id && m.day == day) line = &m;
        if (!line) {
            if (!replies && !reposts && !likes && !impressions && !reach) continue;
            ws.metrics.posts.push_back(PostMetrics{.post_id = post->id, .account_id = std::string(account_id), .day = day});
            line = &ws.metrics.posts.back();
        }
        const PostMetrics before = *line;
        line->comments = replies;
        line->shares = reposts;
        line->reactions = likes;
        if (impressions) line->impressions = impressions;
        if (reach) line->reach = reach;
        if (*line == before) continue;
        ++changed;
    }
    if (changed == 0) return {unchanged(), 0};
    record(ws, actor, AuditAction::metrics_sync, account_id, std::to_string(changed));
    return {{}, changed};
}

}  // namespace parvis::edit
