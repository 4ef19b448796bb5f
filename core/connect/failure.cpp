// Index
// [SECTION] Waiting times from headers
// [SECTION] Error bodies
// [SECTION] read_failure
// [SECTION] Retry policy and messages
#include "connect/failure.h"

#include <algorithm>
#include <charconv>
#include <sstream>

#include <date/date.h>

#include "io/time_text.h"
#include "text/utf8.h"

namespace parvis::connect {

//-----------------------------------------------------------------------------
// [SECTION] Waiting times from headers
// Retry-After (RFC 9110): seconds, or an HTTP date. Mastodon's X-RateLimit-Reset: an ISO 8601
// instant, with fractions. The AT Protocol's RateLimit-Reset: Unix seconds.
//-----------------------------------------------------------------------------

namespace {

constexpr std::chrono::seconds kMaxWait{24 * 3600};  // a header asking more is read as a day

std::optional<std::int64_t> integer(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

std::chrono::seconds clamp_wait(std::chrono::seconds s) { return std::clamp(s, std::chrono::seconds(0), kMaxWait); }

std::optional<std::chrono::seconds> until(Instant at, Instant now) { return clamp_wait(at - now); }

std::optional<std::chrono::seconds> retry_after_header(std::string_view v, Instant now) {
    if (v.empty() || v.size() > 64) return std::nullopt;
    if (const auto secs = integer(v)) return clamp_wait(std::chrono::seconds(*secs));
    std::istringstream in{std::string(v)};
    date::sys_seconds at;
    in >> date::parse("%a, %d %b %Y %H:%M:%S GMT", at);
    if (in.fail()) return std::nullopt;
    return until(at, now);
}

std::optional<std::chrono::seconds> reset_header(const HttpResponse& r, Instant now) {
    const std::string_view iso = header(r.headers, "X-RateLimit-Reset");
    if (iso.size() >= 19 && iso.size() <= 64) {
        if (const auto at = io::parse_instant(std::string(iso.substr(0, 19)) + "Z")) return until(*at, now);
    }
    const std::string_view unix_reset = header(r.headers, "RateLimit-Reset");
    if (const auto secs = integer(unix_reset)) return until(Instant(std::chrono::seconds(*secs)), now);
    return std::nullopt;
}

// Graph API: a Page token is held to Meta's Business Use Case limits, whose header
// X-Business-Use-Case-Usage = {"BUSINESS-ID":[{"type":"pages","call_count":…,
// "estimated_time_to_regain_access":MINUTES}]} says how long to wait. X-App-Usage and X-Page-Usage
// give percentages only (no time): without the estimate, the usual backoff applies.
std::optional<std::chrono::seconds> graph_regain_header(const HttpResponse& r) {
    const std::string_view usage = header(r.headers, "X-Business-Use-Case-Usage");
    if (usage.empty() || usage.size() > 16 * 1024) return std::nullopt;
    const auto j = parse_json(usage);
    if (!j || !j->is_object()) return std::nullopt;
    std::optional<std::int64_t> minutes;
    for (const auto& [business, entries] : j->items()) {
        if (!entries.is_array()) continue;
        for (const nlohmann::json& e : entries) {
            if (!e.is_object()) continue;
            const auto it = e.find("estimated_time_to_regain_access");
            if (it == e.end() || !it->is_number_integer()) continue;
            const std::int64_t m = std::clamp<std::int64_t>(it->get<std::int64_t>(), 0, 24 * 60);
            minutes = std::max(minutes.value_or(0), m);
        }
    }
    if (!minutes) return std::nullopt;
    return clamp_wait(std::chrono::minutes(*minutes));
}

//-----------------------------------------------------------------------------
// [SECTION] Error bodies
//-----------------------------------------------------------------------------

constexpr std::size_t kMaxDetail = 300;  // characters of the platform's message kept

std::string capped(std::string s) {
    if (s.size() <= kMaxDetail) return s;
    return std::string(utf8::prefix(s, kMaxDetail)) + "…";
}

std::string string_field(const nlohmann::json& j, const char* name) {
    const auto it = j.find(name);
    return (it != j.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

struct ErrorBody {
    std::string message;
    int graph_code = 0;
};

ErrorBody error_body(std::string_view body) {
    ErrorBody out;
    const auto j = parse_json(body);
    if (!j || !j->is_object()) return out;
    if (const auto e = j->find("error"); e != j->end() && e->is_object()) {  // Graph API
        out.message = string_field(*e, "message");
        if (const auto c = e->find("code"); c != e->end() && c->is_number_integer()) out.graph_code = c->get<int>();
        return out;
    }
    out.message = string_field(*j, "error_description");          // Mastodon OAuth
    if (out.message.empty()) out.message = string_field(*j, "message");  // AT Protocol
    if (out.message.empty()) out.message = string_field(*j, "error");    // Mastodon API
    return out;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] read_failure
//-----------------------------------------------------------------------------

Failure read_failure(const HttpResponse& r, Network network, Instant now) {
    Failure f;
    f.status = r.status;
    if (r.timed_out) {
        f.kind = FailureKind::timeout;
        return f;
    }
    if (r.status == 0) {
        f.kind = FailureKind::offline;
        return f;
    }
    if (r.status >= 200 && r.status < 300) return f;

    const ErrorBody body = error_body(r.body);
    f.detail = capped(body.message);
    if (r.status == 401) f.kind = FailureKind::unauthorized;
    else if (r.status == 403) f.kind = FailureKind::forbidden;
    else if (r.status == 404) f.kind = FailureKind::not_found;
    else if (r.status == 429) f.kind = FailureKind::rate_limited;
    else if (r.status >= 500) f.kind = FailureKind::server;
    else f.kind = FailureKind::refused;

    if (network == Network::facebook || network == Network::instagram) {
        // Graph API: errors come as 400 with a code; these codes mean « slow down » or « token ».
        if (body.graph_code == 4 || body.graph_code == 17 || body.graph_code == 32 || body.graph_code == 613)
            f.kind = FailureKind::rate_limited;
        if (body.graph_code == 190) f.kind = FailureKind::unauthorized;
    }
    // An AT Protocol server says an expired access token with 400 ExpiredToken, and a token it
    // cannot verify (revoked session, signing key changed) with 400 InvalidToken.
    if (network == Network::bluesky && r.status == 400 &&
        (r.body.find("\"ExpiredToken\"") != std::string::npos || r.body.find("\"InvalidToken\"") != std::string::npos))
        f.kind = FailureKind::unauthorized;

    if (const auto ra = retry_after_header(header(r.headers, "Retry-After"), now)) f.retry_after = ra;
    else if (f.kind == FailureKind::rate_limited && (network == Network::facebook || network == Network::instagram))
        f.retry_after = graph_regain_header(r);
    else if (f.kind == FailureKind::rate_limited) f.retry_after = reset_header(r, now);
    return f;
}

//-----------------------------------------------------------------------------
// [SECTION] Retry policy and messages
//-----------------------------------------------------------------------------

bool retryable(FailureKind kind) {
    return kind == FailureKind::offline || kind == FailureKind::timeout || kind == FailureKind::rate_limited ||
           kind == FailureKind::server;
}

std::chrono::seconds retry_delay(const Failure& failure, int attempt) {
    if (failure.retry_after) return std::max(*failure.retry_after, std::chrono::seconds(1));
    constexpr std::chrono::seconds kFirst{30}, kMax{3600};
    std::chrono::seconds d = kFirst;
    for (int i = 1; i < attempt && d < kMax; ++i) d *= 2;
    return std::min(d, kMax);
}

std::string failure_message(const Failure& failure, Lang lang) {
    std::string text = tr("connect.failure." + std::string(kFailureKindNames[static_cast<std::size_t>(failure.kind)]), lang);
    if (failure.retry_after)
        text += " " + tr("connect.failure.retry_in", lang, {{"seconds", std::to_string(failure.retry_after->count())}});
    if (!failure.detail.empty()) text += " " + tr("connect.failure.platform_said", lang, {{"detail", failure.detail}});
    return text;
}

}  // namespace parvis::connect
