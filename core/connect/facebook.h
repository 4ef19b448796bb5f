// A Facebook Page through Meta's Graph API (pinned version): requests built and responses read,
// no I/O (see http.h). Parvis has no Meta app of its own: the user pastes a Page access token
// (README « Connecter une page Facebook »), sent as a Bearer header, never in a URL.
//   GET  /{page-id}?fields=id,name the token checked at « Connecter » (/me is the Page itself
//                                 for a Page token, when no Page id is given)
//   POST /{page-id}/photos        each image of a post first, unpublished (published=false;
//                                 temporary=true for a scheduled post), its alt text in
//                                 alt_text_custom; the feed post then attaches them
//                                 (attached_media[i]={"media_fbid":…})
//   POST /{page-id}/feed          publish; or schedule on Meta's side with published=false and
//                                 scheduled_publish_time, 10 minutes to 30 days ahead
//   GET  /{page-id}/feed, /{page-id}/scheduled_posts
//                                 the Page's latest posts: a publish whose answer was lost is
//                                 looked for there before it is sent again (find_sent)
//   POST /{post-id}, DELETE       move or cancel a scheduled post
//   GET  /{post-id}/comments      comments → Messages
//   GET  /{post-id}?fields=…      reactions, comments and shares → Indicateurs
//   GET  /{post-id}/insights      views and reach → Indicateurs (needs the Page's read_insights;
//                                 without it, or for a post Meta has no figures for, the
//                                 counts above are kept alone)
//   POST /{comment-id}/comments   a reply to a comment, as the Page
// Every function takes the Graph base: https://graph.facebook.com/v24.0 unless the account names
// another (graph_base; the tests' contract server).
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
// Posts of the Page read back when looking for a publish whose answer was lost.
inline constexpr std::size_t kMaxRecentPosts = 25;

// The account's `instance` setting as a Graph base: empty → kGraph; a trailing « / » dropped.
std::string graph_base(std::string_view setting);

// Inside Meta's documented window for scheduled_publish_time.
bool schedulable(Instant at, Instant now);

// The Graph's error body {"error":{"message","type","code","error_subcode","fbtrace_id"}};
// nullopt when the body is not one (read_failure in failure.h turns it into what to do).
struct GraphError {
    std::string message, type, fbtrace_id;
    int code = 0, subcode = 0;
};
std::optional<GraphError> read_error(const HttpResponse& response);

// The token checked: the Page it opens, {"id","name"}. An empty page id asks for /me.
HttpRequest page_request(std::string_view base, std::string_view token, std::string_view page_id);
struct Page {
    std::string id, name;
};
std::optional<Page> read_page(const HttpResponse& response);

// Images of a Page post: at most 10 (a multi-photo post), each at most 4 MB (what Meta accepts
// for a PNG; JPEG may be larger, but the lower bound is the safe one).
inline constexpr std::size_t kMaxImages = 10;
inline constexpr std::int64_t kMaxImageBytes = 4'000'000;

struct FeedOptions {
    std::string page_id;
    std::string message;
    std::string link;
    std::optional<Instant> scheduled_at;  // unset: published now
    std::string base;                     // empty: kGraph
    std::vector<std::string> photo_ids;   // unpublished photos to attach, in order
};
HttpRequest feed_request(std::string_view token, const FeedOptions& options);

// One image uploaded unpublished, to be attached to the feed post; `scheduled`: the post will be
// published later by Meta (temporary=true, as Graph requires for a scheduled multi-photo post).
HttpRequest photo_request(std::string_view base, std::string_view token, std::string_view page_id, const MultipartFile& file,
                          std::string_view alt_text, bool scheduled);
// The feed request with the photos uploaded for it (their ids, in order) in place of the plan's
// placeholders.
HttpRequest with_photos(HttpRequest feed, const std::vector<std::string>& photo_ids);
HttpRequest reschedule_request(std::string_view base, std::string_view token, std::string_view post_id, Instant at);
HttpRequest delete_request(std::string_view base, std::string_view token, std::string_view post_id);
// {"success":true}, what Graph answers to a reschedule or a delete.
bool read_success(const HttpResponse& response);

// {"id":"PAGEID_POSTID"} → the id (a photo upload answers its id the same way); the permalink is
// https://www.facebook.com/ID.
std::optional<std::string> read_post_id(const HttpResponse& response);
std::string permalink(std::string_view post_id);

// The Page's latest published posts (feed) or its scheduled ones (scheduled_posts), at most
// kMaxRecentPosts, with their message and times.
HttpRequest recent_posts_request(std::string_view base, std::string_view token, std::string_view page_id, bool scheduled);
struct HeldPost {
    std::string id, message;
    std::optional<Instant> created_at, scheduled_at;
};
std::optional<std::vector<HeldPost>> read_posts(const HttpResponse& response);
// A publish sent at `sent_at` that the Page now holds. The /feed endpoint takes no idempotency key,
// so the post is known by what Parvis sent and Graph gives back as it was sent: the exact message,
// created no earlier than a minute before the first attempt (clocks differ), and, for a scheduled
// one, the same scheduled_publish_time. Two identical texts sent within the same minute by
// someone else would be taken for ours: the lesser harm than posting twice.
std::optional<std::string> find_sent(const std::vector<HeldPost>& posts, std::string_view message, Instant sent_at,
                                     std::optional<Instant> scheduled_at);

HttpRequest comments_request(std::string_view base, std::string_view token, std::string_view post_id);
struct Comment {
    std::string id, author, text;
    Instant at{};
};
std::optional<std::vector<Comment>> read_comments(const HttpResponse& response);

HttpRequest counts_request(std::string_view base, std::string_view token, std::string_view post_id);
struct PostCounts {
    std::int64_t reactions = 0, comments = 0, shares = 0;
};
std::optional<PostCounts> read_counts(const HttpResponse& response);

// The post's lifetime views and reach. Meta retired post_impressions and post_impressions_unique
// (2025–2026, « Deprecated Page Insights Metrics »): their replacements are post_media_view (views,
// counted each time) and post_total_media_view_unique (reach, people). A metric Graph does not
// know makes the whole request fail (#100), so `reach_only` asks for the reach alone, the one Meta
// names as the replacement of the older reach; Parvis asks that when the pair was refused.
HttpRequest insights_request(std::string_view base, std::string_view token, std::string_view post_id, bool reach_only = false);
struct PostInsights {
    Count views, reach;  // missing when Graph did not give the metric
};
std::optional<PostInsights> read_insights(const HttpResponse& response);
// The insights refused because a metric is unknown to Graph (error #100), not for the token.
bool unknown_metric(const HttpResponse& response);

// A reply to a comment, as the Page: POST /{comment-id}/comments message=…; the answer is {"id"}.
HttpRequest reply_request(std::string_view base, std::string_view token, std::string_view comment_id, std::string_view message);

}  // namespace parvis::connect::facebook
