// What went wrong with a platform call, read from the response (status, headers, error body), and
// what to do about it: retry later (honouring Retry-After and the rate-limit headers), ask the
// user to reconnect, or show the platform's refusal. One table of kinds, one French message each
// (catalogue keys `connect.failure.<name>`); the platform's own words are kept as detail.
#pragma once
#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "connect/http.h"
#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::connect {

enum class FailureKind {
    none,          // 2xx
    offline,       // no answer: network down, DNS, CORS refused
    timeout,       // aborted after HttpRequest::timeout_ms
    unauthorized,  // 401, or an expired/revoked token: reconnect the account
    forbidden,     // 403: the token lacks a permission
    not_found,     // 404: the post or the instance does not exist (any more)
    refused,       // 400/422: the platform refused the content (its message says why)
    rate_limited,  // 429 or the platform's own rate-limit code
    server,        // 5xx
    unreadable,    // a 2xx whose body is not what the API documents
};

inline constexpr std::array<std::string_view, 10> kFailureKindNames = {
    "none", "offline", "timeout", "unauthorized", "forbidden", "not_found", "refused", "rate_limited", "server", "unreadable"};
static_assert(kFailureKindNames.size() == static_cast<std::size_t>(FailureKind::unreadable) + 1,
              "kFailureKindNames: one name per FailureKind");

struct Failure {
    FailureKind kind = FailureKind::none;
    int status = 0;
    std::string detail;                           // the platform's message, as it gave it
    std::optional<std::chrono::seconds> retry_after;  // from Retry-After or a rate-limit reset
    bool ok() const { return kind == FailureKind::none; }
};

// Reads any platform's response: Mastodon {"error","error_description"}, AT Protocol
// {"error","message"}, Graph API {"error":{"message","code"}} (codes 4, 17, 32 and 613 are its
// rate limits, 190 an invalid token). `now` dates the rate-limit resets given as instants.
Failure read_failure(const HttpResponse& response, Network network, Instant now);

// Worth trying again by itself, later (offline, timeout, rate limit, server error).
bool retryable(FailureKind kind);

// When to try again after `attempt` failures (1, 2, …): the platform's Retry-After or reset when
// it gave one, else 30 s doubling up to 1 h.
std::chrono::seconds retry_delay(const Failure& failure, int attempt);

// « Le serveur demande d'attendre avant de réessayer. » with the platform's detail when it gave one.
std::string failure_message(const Failure& failure, Lang lang);

}  // namespace parvis::connect
