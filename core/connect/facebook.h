// A Facebook Page through Meta's Graph API (pinned version): requests built and responses read,
// no I/O (see http.h). Parvis has no Meta app of its own: the user pastes a Page access token
// (README « Connecter une page Facebook »), sent as a Bearer header, never in a URL.
//   POST /{page-id}/feed          publish; or schedule on Meta's side with published=false and
//                                 scheduled_publish_time, 10 minutes to 30 days ahead
//   POST /{post-id}, DELETE       move or cancel a scheduled post
//   GET  /{post-id}/comments      comments → Messages
//   GET  /{post-id}?fields=…      reactions, comments and shares → Indicateurs
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "connect/http.h"
#include "model/workspace.h"

namespace parvis::connect::facebook {

inline constexpr std::string_view kGraph = "https://graph.facebook.com/v24.0";
inline constexpr std::chrono::minutes kMinScheduleAhead{10};
inline constexpr std::chrono::hours kMaxScheduleAhead{30 * 24};
inline constexpr std::size_t kMaxComments = 100;

// Inside Meta's documented window for scheduled_publish_time.
bool schedulable(Instant at, Instant now);

struct FeedOptions {
    std::string page_id;
    std::string message;
    std::string link;
    std::optional<Instant> scheduled_at;  // unset: published now
};
HttpRequest feed_request(std::string_view token, const FeedOptions& options);
HttpRequest reschedule_request(std::string_view token, std::string_view post_id, Instant at);
HttpRequest delete_request(std::string_view token, std::string_view post_id);

// {"id":"PAGEID_POSTID"} → the id; the permalink is https://www.facebook.com/ID.
std::optional<std::string> read_post_id(const HttpResponse& response);
std::string permalink(std::string_view post_id);

HttpRequest comments_request(std::string_view token, std::string_view post_id);
struct Comment {
    std::string id, author, text;
    Instant at{};
};
std::optional<std::vector<Comment>> read_comments(const HttpResponse& response);

HttpRequest counts_request(std::string_view token, std::string_view post_id);
struct PostCounts {
    std::int64_t reactions = 0, comments = 0, shares = 0;
};
std::optional<PostCounts> read_counts(const HttpResponse& response);

}  // namespace parvis::connect::facebook
