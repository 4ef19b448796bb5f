// Mastodon's REST API (docs.joinmastodon.org), any instance: requests built and responses read,
// no I/O (see http.h). What Parvis uses:
//   POST /api/v1/apps                         register Parvis on the instance (once per instance)
//   GET  /oauth/authorize                     sign-in page, authorization code + PKCE S256 (≥ 4.3)
//   POST /oauth/token, /oauth/revoke          the token, and « Déconnecter »
//   GET  /api/v1/accounts/verify_credentials  who is connected (@handle)
//   GET  /api/v2/instance                     the instance's limits, for the counter
//   POST /api/v1/statuses                     publish or schedule (scheduled_at ≥ 5 min ahead),
//                                             with an Idempotency-Key so a retry never posts twice
//   PUT/DELETE /api/v1/scheduled_statuses/:id move or cancel a scheduled status
//   POST /api/v2/media, GET /api/v1/media/:id images with their alt text (description); a 202
//                                             means still processing: poll until 200
//   GET  /api/v1/notifications?types[]=mention replies and mentions, since the last one seen
//   GET  /api/v1/statuses/:id                 replies, boosts and favourites of a status
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "connect/http.h"
#include "model/workspace.h"

namespace parvis::connect::mastodon {

inline constexpr std::string_view kScopes = "read write";
inline constexpr std::string_view kOutOfBand = "urn:ietf:wg:oauth:2.0:oob";
inline constexpr std::chrono::minutes kMinScheduleAhead{5};
inline constexpr std::size_t kMaxNotifications = 80;  // read per call, whatever the server sends

// « mastodon.social » → « https://mastodon.social »; an address with its scheme is kept (the
// tests' loopback server is http), a trailing « / » dropped.
std::string base_url(std::string_view instance);

//-----------------------------------------------------------------------------
// Connecting
//-----------------------------------------------------------------------------

struct App {
    std::string client_id;
    std::string client_secret;
};

HttpRequest register_app(std::string_view base, std::string_view redirect_uri);
std::optional<App> read_app(const HttpResponse& response);

std::string authorize_url(std::string_view base, const App& app, std::string_view redirect_uri, std::string_view state,
                          std::string_view code_challenge);
HttpRequest token_request(std::string_view base, const App& app, std::string_view redirect_uri, std::string_view code,
                          std::string_view code_verifier);
std::optional<std::string> read_token(const HttpResponse& response);  // access_token
HttpRequest revoke_request(std::string_view base, const App& app, std::string_view token);

HttpRequest verify_credentials_request(std::string_view base, std::string_view token);
std::optional<std::string> read_acct(const HttpResponse& response);  // « ville@instance » as the server says it

struct InstanceLimits {
    int max_characters = 500;
    int characters_reserved_per_url = 23;
    int max_media_attachments = 4;
    std::int64_t image_size_limit = 0;  // bytes; 0: not said
    int description_limit = 1500;       // alt text characters (4.4 says it; older servers 1,500)
    std::vector<std::string> supported_mime_types;
};
HttpRequest instance_request(std::string_view base);
std::optional<InstanceLimits> read_instance(const HttpResponse& response);

//-----------------------------------------------------------------------------
// Publishing
//-----------------------------------------------------------------------------

struct StatusOptions {
    std::string text;
    std::string language = "fr";
    std::string visibility = "public";  // public, unlisted, private, direct
    std::string spoiler_text;           // the content warning
    bool sensitive = false;
    std::vector<std::string> media_ids;
    std::string in_reply_to_id;
    std::optional<Instant> scheduled_at;
    std::string idempotency_key;
};

// The same post and text give the same key, so a retry after an unknown outcome is recognised by
// the server (Mastodon keeps keys an hour) and never posts twice.
std::string idempotency_key(std::string_view post_id, std::string_view account_id, std::string_view text);

// Mastodon refuses scheduled_at less than 5 minutes ahead (422).
bool schedulable(Instant at, Instant now);

HttpRequest status_request(std::string_view base, std::string_view token, const StatusOptions& options);

struct Published {
    bool scheduled = false;  // a ScheduledStatus: `id` is the scheduled status's id
    std::string id;
    std::string url;  // the permalink (a published status)
    std::optional<Instant> scheduled_at;
};
std::optional<Published> read_published(const HttpResponse& response);

HttpRequest reschedule_request(std::string_view base, std::string_view token, std::string_view scheduled_id, Instant at);
HttpRequest cancel_scheduled_request(std::string_view base, std::string_view token, std::string_view scheduled_id);

HttpRequest media_request(std::string_view base, std::string_view token, const MultipartFile& file,
                          std::string_view description);
HttpRequest media_poll_request(std::string_view base, std::string_view token, std::string_view media_id);
struct MediaState {
    std::string id;
    bool ready = false;  // 200 with a url; 202 (upload) or 206 (poll) while processing
};
std::optional<MediaState> read_media(const HttpResponse& response);
// The planned status (publish_plan.h holds placeholders for the media) with the ids the instance
// gave the uploaded media, everything else kept: the same Idempotency-Key, so a retry whose images
// were uploaded again still gives one status. A body that is not a JSON object is left as it is.
HttpRequest with_media_ids(HttpRequest status, const std::vector<std::string>& media_ids);
// How long Parvis waits for the instance to process an image: polls at kMediaPollDelay × 1, 2, 3…
// (capped at 5 s), at most kMaxMediaPolls times (about a minute), then says so.
inline constexpr int kMaxMediaPolls = 15;
inline constexpr double kMediaPollDelay = 1.0;  // seconds

//-----------------------------------------------------------------------------
// Bringing back
//-----------------------------------------------------------------------------

HttpRequest mentions_request(std::string_view base, std::string_view token, std::string_view since_id);
struct Mention {
    std::string notification_id;
    std::string status_id;
    std::string in_reply_to_id;  // the status answered, when it is a reply
    std::string author;          // acct
    std::string text;            // the status's HTML as text
    Instant at{};
};
// Oldest first; at most kMaxNotifications; entries missing a field the API documents are skipped.
std::optional<std::vector<Mention>> read_mentions(const HttpResponse& response);

HttpRequest status_get_request(std::string_view base, std::string_view token, std::string_view status_id);
struct StatusCounts {
    std::string id, url;
    std::int64_t replies = 0, reblogs = 0, favourites = 0;
};
std::optional<StatusCounts> read_status_counts(const HttpResponse& response);

}  // namespace parvis::connect::mastodon
