// Bringing back (issue 11): what a platform's answers about mentions, replies and counts become
// for the workspace (core/edit/platform_sync_edits.h), and which published posts to ask about.
// No I/O: the web app sends the requests mastodon.h / bluesky.h build and hands the answers here.
#pragma once
#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "connect/bluesky.h"
#include "connect/facebook.h"
#include "connect/mastodon.h"
#include "connect/publish_plan.h"
#include "edit/platform_sync_edits.h"
#include "model/workspace.h"

namespace parvis::connect {

// Counts are asked for posts published on the account in the last kCountsWindow, most recent
// first, at most kMaxCountedPosts per relève: a status is one request on Mastodon, whose default
// rate limit is 300 requests per 5 minutes (docs.joinmastodon.org/api/rate-limits).
inline constexpr std::chrono::days kCountsWindow{30};
inline constexpr std::size_t kMaxCountedPosts = 20;

// The platform ids (variant external_id) of those posts.
std::vector<std::string> posts_to_count(const Workspace& ws, const std::string& account_id, Instant now);

std::vector<edit::ReceivedMessage> received(const std::vector<mastodon::Mention>& mentions);
std::vector<edit::ReceivedMessage> received(const std::vector<bluesky::Notification>& notifications);
edit::ReceivedCounts received(const mastodon::StatusCounts& counts);
edit::ReceivedCounts received(const bluesky::PostCounts& counts);
// Facebook: the comments of one of the Page's posts (`post_id`, its Graph id) are comments of that
// post; its reactions, comments and shares are its counts, its views and reach (when Graph gave
// them: `insights`) its impressions and reach.
std::vector<edit::ReceivedMessage> received(const std::vector<facebook::Comment>& comments, const std::string& post_id);
edit::ReceivedCounts received(const facebook::PostCounts& counts, const std::string& post_id,
                              const std::optional<facebook::PostInsights>& insights = std::nullopt);

// The reply to a message brought back from Mastodon (its external_id is the status answered):
// a status in_reply_to_id that status, public or, for a private reply, « direct » (seen by the
// people it names only), language fr, addressed to its author (« @lea@… »
// first, unless the text already names them, as Mastodon's own composer does), with an
// Idempotency-Key from the message and the text, so a retry never answers twice. Nothing when
// the message has no platform id or the reply is blank.
std::optional<HttpRequest> mastodon_reply_request(const InboxMessage& message, std::string_view reply,
                                                  const Connection& connection, bool direct = false);

}  // namespace parvis::connect
