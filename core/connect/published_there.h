// Posts a platform held scheduled and has published since (issue 11): Parvis showed them
// « Programmé » for ever, without permalink nor counts. Once a variant's platform time (remote_at)
// is past, each relève asks the platform:
//   - Facebook keeps the post's id: GET /{post-id}?fields=id,is_published,created_time says
//     whether it is out (and since when); Graph's « does not exist » means deleted there;
//   - Mastodon makes a new status and forgets the scheduled one: GET /api/v1/scheduled_statuses/:id
//     still there → not yet; gone → the account's statuses of that time, whose source text is the
//     text sent (unsettled.h's lookup), give the status; none → deleted on the instance.
// Found: recorded as published (edit::record_platform_publish, published_at = the platform's
// time); deleted: the variant is freed (record_platform_cancel). No I/O here.
#pragma once
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "connect/http.h"
#include "model/workspace.h"

namespace parvis::connect {

// The platform publishes at its time, give or take its queue: asked once a minute has passed.
inline constexpr std::chrono::minutes kPublishSettle{1};
// At most this many asked about per account and relève, the oldest first.
inline constexpr std::size_t kMaxDueThere = 10;

struct DueThere {
    std::string post_id, account_id;
    Network network = Network::mastodon;
    std::string external_id;  // Facebook: the post's id; Mastodon: the scheduled status's
    Instant at{};             // the time the platform held
    std::string text;         // Mastodon: the status text as sent (the variant's text and link)
};
std::vector<DueThere> due_there(const Workspace& ws, std::string_view account_id, Instant now);

namespace facebook {
HttpRequest post_state_request(std::string_view base, std::string_view token, std::string_view post_id);
struct PostState {
    bool published = false;
    std::optional<Instant> at;  // created_time: when Meta published it
};
std::optional<PostState> read_post_state(const HttpResponse& response);
// Graph's answer for an object that is no longer there (code 100, or 404).
bool post_gone(const HttpResponse& response);
}  // namespace facebook

namespace mastodon {
// The text a status carries for a variant (publish_plan.cpp sends the same).
std::string status_text(const PostVariant& variant);
HttpRequest scheduled_get_request(std::string_view base, std::string_view token, std::string_view scheduled_id);
}  // namespace mastodon

}  // namespace parvis::connect
