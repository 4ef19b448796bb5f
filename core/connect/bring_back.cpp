// Bringing back. See bring_back.h.
#include "connect/bring_back.h"

#include <algorithm>

#include "text/trim.h"

namespace parvis::connect {

std::vector<std::string> posts_to_count(const Workspace& ws, const std::string& account_id, Instant now) {
    struct Candidate {
        Instant at;
        std::string id;
    };
    std::vector<Candidate> found;
    for (const Post& p : ws.posts) {
        // Only a published post has counts; a status scheduled on the server has none yet.
        if (p.status != PostStatus::published) continue;
        const Instant at = p.published_at.value_or(p.scheduled_at.value_or(Instant{}));
        if (at > now || now - at > kCountsWindow) continue;
        for (const PostVariant& v : p.variants)
            if (v.account_id == account_id && !v.external_id.empty()) found.push_back({at, v.external_id});
    }
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) { return a.at > b.at; });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < found.size() && i < kMaxCountedPosts; ++i) out.push_back(std::move(found[i].id));
    return out;
}

std::vector<edit::ReceivedMessage> received(const std::vector<mastodon::Mention>& mentions) {
    std::vector<edit::ReceivedMessage> out;
    for (const mastodon::Mention& m : mentions)
        out.push_back({.external_id = m.status_id, .in_reply_to = m.in_reply_to_id, .author = "@" + m.author,
                       .text = m.text, .received_at = m.at});
    return out;
}

std::vector<edit::ReceivedMessage> received(const std::vector<facebook::Comment>& comments, const std::string& post_id) {
    std::vector<edit::ReceivedMessage> out;
    for (const facebook::Comment& c : comments)
        out.push_back({.external_id = c.id, .in_reply_to = post_id, .author = c.author, .text = c.text, .received_at = c.at});
    return out;
}

edit::ReceivedCounts received(const facebook::PostCounts& counts, const std::string& post_id,
                              const std::optional<facebook::PostInsights>& insights) {
    edit::ReceivedCounts out{.external_id = post_id, .replies = counts.comments, .reposts = counts.shares, .likes = counts.reactions};
    if (insights) {
        out.impressions = insights->views;
        out.reach = insights->reach;
    }
    return out;
}

std::vector<edit::ReceivedMessage> received(const std::vector<bluesky::Notification>& notifications) {
    std::vector<edit::ReceivedMessage> out;
    for (const bluesky::Notification& n : notifications)
        out.push_back({.external_id = n.uri, .in_reply_to = n.parent_uri, .author = "@" + n.author, .text = n.text,
                       .received_at = n.at});
    return out;
}

edit::ReceivedCounts received(const mastodon::StatusCounts& c) {
    return {.external_id = c.id, .replies = c.replies, .reposts = c.reblogs, .likes = c.favourites};
}

edit::ReceivedCounts received(const bluesky::PostCounts& c) {
    return {.external_id = c.uri, .replies = c.replies, .reposts = c.reposts + c.quotes, .likes = c.likes};
}

std::optional<HttpRequest> mastodon_reply_request(const InboxMessage& message, std::string_view reply,
                                                  const Connection& connection, bool direct) {
    const std::string_view text = text::trim(reply, text::Spaces::unicode);
    if (message.external_id.empty() || text.empty()) return std::nullopt;
    mastodon::StatusOptions options;
    const std::string& author = message.author;
    const bool named = !author.empty() && text.find(author) != std::string_view::npos;
    options.text = (named || author.empty() || author[0] != '@') ? std::string(text) : author + " " + std::string(text);
    options.in_reply_to_id = message.external_id;
    options.visibility = direct ? "direct" : "public";
    // A private and a public reply of the same words are two replies: the key tells them apart.
    options.idempotency_key = mastodon::idempotency_key(message.id + (direct ? "|direct" : ""), message.account_id, options.text);
    return mastodon::status_request(connection.base, connection.token, options);
}

}  // namespace parvis::connect
