// A publish whose outcome Parvis does not know: sent (or about to be), no answer yet, and the tab
// may close before one comes. The web app keeps one record per publish in the device's database
// while it is under way (wasm/connections_unsettled.cpp), and at the next opening asks the
// platform whether it holds the post BEFORE anything is sent again (issue 11, « never a double
// post »): found, it is recorded as published; not found, nothing was published and a person
// decides whether to send it.
//
// What the record holds is what finds the post on each platform, never a token:
//   Bluesky   the record key (rkey): getRecord answers exactly;
//   Facebook  the message, the first attempt's instant, the scheduled time (facebook::find_sent);
//   Mastodon  the text, the first attempt's instant, the scheduled time: the account's latest
//             statuses created since then, each one's source text compared (the API gives a
//             status's text only through /source), or the scheduled statuses' params.
//
// Mastodon's lookup (docs.joinmastodon.org, methods/accounts, methods/statuses,
// methods/scheduled_statuses):
//   GET /api/v1/accounts/verify_credentials   the account's id
//   GET /api/v1/accounts/:id/statuses?limit=  its latest statuses (created_at, id, url)
//   GET /api/v1/statuses/:id/source           a status's text as it was sent
//   GET /api/v1/scheduled_statuses?limit=     the scheduled ones, with params.text and scheduled_at
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "connect/http.h"
#include "model/workspace.h"

namespace parvis::connect {

struct Unsettled {
    std::string workspace_id, post_id, account_id;
    Network network = Network::mastodon;
    bool schedule = false;
    Instant first_attempt{};               // when the first request left
    std::string text;                      // as sent (Mastodon's status, Facebook's message, Bluesky's text)
    std::string rkey;                      // Bluesky
    std::optional<Instant> scheduled_for;  // a post scheduled on the platform
};

// The record's key in the device's database, and its JSON. Reading is strict: a record missing a
// field, of another type, or longer than kMaxUnsettledBytes is nullopt (dropped, never guessed).
inline constexpr std::size_t kMaxUnsettledBytes = 64 * 1024;
std::string unsettled_key(std::string_view workspace_id, std::string_view post_id, std::string_view account_id);
inline constexpr std::string_view kUnsettledPrefix = "unsettled|";
std::string unsettled_json(const Unsettled& u);
std::optional<Unsettled> read_unsettled(std::string_view json);

namespace mastodon {

inline constexpr int kLookupStatuses = 20;  // latest statuses read; a publish found later is beyond
std::optional<std::string> read_account_id(const HttpResponse& verify_credentials);
HttpRequest own_statuses_request(std::string_view base, std::string_view token, std::string_view account_id);
struct StatusHead {
    std::string id, url;
    Instant created_at{};
};
std::optional<std::vector<StatusHead>> read_status_heads(const HttpResponse& response);
// The statuses that may be the publish: created no earlier than a minute before the first attempt
// (clocks differ), at most kLookupStatuses, newest first as the API gives them.
std::vector<StatusHead> candidates(const std::vector<StatusHead>& heads, Instant first_attempt);
HttpRequest source_request(std::string_view base, std::string_view token, std::string_view status_id);
std::optional<std::string> read_source_text(const HttpResponse& response);

HttpRequest scheduled_list_request(std::string_view base, std::string_view token);
struct ScheduledHead {
    std::string id, text;
    std::optional<Instant> at;
};
std::optional<std::vector<ScheduledHead>> read_scheduled_list(const HttpResponse& response);
// The scheduled status this publish made: same text, same time.
std::optional<std::string> find_scheduled(const std::vector<ScheduledHead>& held, std::string_view text, Instant at);

}  // namespace mastodon

}  // namespace parvis::connect
