// Index
// [SECTION] Addresses
// [SECTION] Connecting
// [SECTION] Publishing
// [SECTION] Bringing back
#include "connect/mastodon.h"

#include <algorithm>

#include "connect/json_fields.h"
#include "io/time_text.h"
#include "strategy/sha256.h"
#include "text/html.h"

namespace parvis::connect::mastodon {

using Json = nlohmann::ordered_json;

//-----------------------------------------------------------------------------
// [SECTION] Addresses
//-----------------------------------------------------------------------------

std::string base_url(std::string_view instance) {
    while (!instance.empty() && (instance.back() == '/' || instance.back() == ' ')) instance.remove_suffix(1);
    while (!instance.empty() && instance.front() == ' ') instance.remove_prefix(1);
    if (instance.rfind("https://", 0) == 0 || instance.rfind("http://", 0) == 0) return std::string(instance);
    return "https://" + std::string(instance);
}

namespace {

HttpRequest get(std::string_view base, std::string_view path, std::string_view token) {
    HttpRequest r;
    r.method = "GET";
    r.url = std::string(base) + std::string(path);
    if (!token.empty()) add_bearer(r, token);
    return r;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Connecting
//-----------------------------------------------------------------------------

HttpRequest register_app(std::string_view base, std::string_view redirect_uri) {
    HttpRequest r;
    r.method = "POST";
    r.url = std::string(base) + "/api/v1/apps";
    set_form_body(r, {{"client_name", "Parvis"},
                      {"redirect_uris", std::string(redirect_uri)},
                      {"scopes", std::string(kScopes)},
                      {"website", "https://parvis.invalid/"}});
    return r;
}

std::optional<App> read_app(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    App app{text_field(*j, "client_id"), text_field(*j, "client_secret")};
    if (app.client_id.empty() || app.client_secret.empty()) return std::nullopt;
    return app;
}

std::string authorize_url(std::string_view base, const App& app, std::string_view redirect_uri, std::string_view state,
                          std::string_view code_challenge) {
    return std::string(base) + "/oauth/authorize?" +
           form_encode({{"response_type", "code"},
                        {"client_id", app.client_id},
                        {"redirect_uri", std::string(redirect_uri)},
                        {"scope", std::string(kScopes)},
                        {"state", std::string(state)},
                        {"code_challenge", std::string(code_challenge)},
                        {"code_challenge_method", "S256"}});
}

HttpRequest token_request(std::string_view base, const App& app, std::string_view redirect_uri, std::string_view code,
                          std::string_view code_verifier) {
    HttpRequest r;
    r.method = "POST";
    r.url = std::string(base) + "/oauth/token";
    set_form_body(r, {{"grant_type", "authorization_code"},
                      {"code", std::string(code)},
                      {"client_id", app.client_id},
                      {"client_secret", app.client_secret},
                      {"redirect_uri", std::string(redirect_uri)},
                      {"code_verifier", std::string(code_verifier)},
                      {"scope", std::string(kScopes)}});
    r.secret_fields = {"code", "client_secret", "code_verifier"};
    return r;
}

std::optional<std::string> read_token(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    std::string token = text_field(*j, "access_token");
    if (token.empty()) return std::nullopt;
    return token;
}

HttpRequest revoke_request(std::string_view base, const App& app, std::string_view token) {
    HttpRequest r;
    r.method = "POST";
    r.url = std::string(base) + "/oauth/revoke";
    set_form_body(r, {{"client_id", app.client_id}, {"client_secret", app.client_secret}, {"token", std::string(token)}});
    r.secret_fields = {"client_secret", "token"};
    return r;
}

HttpRequest verify_credentials_request(std::string_view base, std::string_view token) {
    return get(base, "/api/v1/accounts/verify_credentials", token);
}

std::optional<std::string> read_acct(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    std::string acct = text_field(*j, "acct");
    if (acct.empty()) return std::nullopt;
    return acct;
}

HttpRequest instance_request(std::string_view base) { return get(base, "/api/v2/instance", ""); }

std::optional<InstanceLimits> read_instance(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    const nlohmann::json* config = field(*j, "configuration");
    if (!config) return std::nullopt;
    InstanceLimits l;
    const auto positive = [](std::int64_t v, int fallback) { return v > 0 && v < 1'000'000 ? static_cast<int>(v) : fallback; };
    if (const nlohmann::json* s = field(*config, "statuses")) {
        l.max_characters = positive(count_field(*s, "max_characters"), l.max_characters);
        l.characters_reserved_per_url = positive(count_field(*s, "characters_reserved_per_url"), l.characters_reserved_per_url);
        l.max_media_attachments = positive(count_field(*s, "max_media_attachments"), l.max_media_attachments);
    }
    if (const nlohmann::json* m = field(*config, "media_attachments")) {
        l.image_size_limit = count_field(*m, "image_size_limit");
        l.description_limit = positive(count_field(*m, "description_limit"), l.description_limit);
        if (const nlohmann::json* types = field(*m, "supported_mime_types"); types && types->is_array()) {
            for (const nlohmann::json& t : *types)
                if (t.is_string() && l.supported_mime_types.size() < 200) l.supported_mime_types.push_back(t.get<std::string>());
        }
    }
    return l;
}

//-----------------------------------------------------------------------------
// [SECTION] Publishing
//-----------------------------------------------------------------------------

std::string idempotency_key(std::string_view post_id, std::string_view account_id, std::string_view text) {
    std::string material(post_id);
    material += '\n';
    material += account_id;
    material += '\n';
    material += text;
    const strategy::Sha256Digest d = strategy::sha256(material);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string key = "parvis-";
    for (std::size_t i = 0; i < 16; ++i) {
        key += kHex[d[i] >> 4];
        key += kHex[d[i] & 15];
    }
    return key;
}

bool schedulable(Instant at, Instant now) { return at - now >= kMinScheduleAhead; }

HttpRequest status_request(std::string_view base, std::string_view token, const StatusOptions& o) {
    HttpRequest r;
    r.method = "POST";
    r.url = std::string(base) + "/api/v1/statuses";
    add_bearer(r, token);
    if (!o.idempotency_key.empty()) r.headers.push_back({"Idempotency-Key", o.idempotency_key});
    Json body = Json::object();
    body["status"] = o.text;
    body["visibility"] = o.visibility;
    body["language"] = o.language;
    if (!o.spoiler_text.empty()) body["spoiler_text"] = o.spoiler_text;
    if (o.sensitive) body["sensitive"] = true;
    if (!o.media_ids.empty()) body["media_ids"] = o.media_ids;
    if (!o.in_reply_to_id.empty()) body["in_reply_to_id"] = o.in_reply_to_id;
    if (o.scheduled_at) body["scheduled_at"] = io::format_instant(*o.scheduled_at);
    set_json_body(r, body);
    return r;
}

std::optional<Published> read_published(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    Published p;
    p.id = text_field(*j, "id");
    if (p.id.empty()) return std::nullopt;
    if (const nlohmann::json* at = field(*j, "scheduled_at"); at && at->is_string()) {
        p.scheduled = true;
        p.scheduled_at = platform_instant(at->get<std::string>());
        if (!p.scheduled_at) return std::nullopt;
        return p;
    }
    p.url = text_field(*j, "url");
    return p;
}

HttpRequest reschedule_request(std::string_view base, std::string_view token, std::string_view scheduled_id, Instant at) {
    HttpRequest r;
    r.method = "PUT";
    r.url = std::string(base) + "/api/v1/scheduled_statuses/" + percent_encode(scheduled_id);
    add_bearer(r, token);
    set_json_body(r, Json{{"scheduled_at", io::format_instant(at)}});
    return r;
}

HttpRequest cancel_scheduled_request(std::string_view base, std::string_view token, std::string_view scheduled_id) {
    HttpRequest r = get(base, "/api/v1/scheduled_statuses/" + percent_encode(scheduled_id), token);
    r.method = "DELETE";
    return r;
}

HttpRequest media_request(std::string_view base, std::string_view token, const MultipartFile& file,
                          std::string_view description) {
    HttpRequest r;
    r.method = "POST";
    r.url = std::string(base) + "/api/v2/media";
    r.timeout_ms = 120'000;  // an upload takes longer than a status
    add_bearer(r, token);
    set_multipart_body(r, file, {{"description", std::string(description)}});
    return r;
}

HttpRequest media_poll_request(std::string_view base, std::string_view token, std::string_view media_id) {
    return get(base, "/api/v1/media/" + percent_encode(media_id), token);
}

std::optional<MediaState> read_media(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    MediaState m;
    m.id = text_field(*j, "id");
    if (m.id.empty()) return std::nullopt;
    const nlohmann::json* url = field(*j, "url");
    m.ready = response.status == 200 && url && url->is_string();
    return m;
}

HttpRequest with_media_ids(HttpRequest status, const std::vector<std::string>& media_ids) {
    auto body = nlohmann::ordered_json::parse(status.body, nullptr, false);
    if (!body.is_object()) return status;
    if (media_ids.empty()) body.erase("media_ids");
    else body["media_ids"] = media_ids;
    status.body = body.dump();
    return status;
}

//-----------------------------------------------------------------------------
// [SECTION] Bringing back
//-----------------------------------------------------------------------------

HttpRequest mentions_request(std::string_view base, std::string_view token, std::string_view since_id) {
    Fields query{{"types[]", "mention"}, {"limit", "40"}};
    if (!since_id.empty()) query.push_back({"since_id", std::string(since_id)});
    return get(base, "/api/v1/notifications?" + form_encode(query), token);
}

std::optional<std::vector<Mention>> read_mentions(const HttpResponse& response) {
    if (response.status < 200 || response.status >= 300) return std::nullopt;
    const auto j = parse_json(response.body);
    if (!j || !j->is_array()) return std::nullopt;
    std::vector<Mention> out;
    for (const nlohmann::json& n : *j) {
        if (out.size() >= kMaxNotifications) break;
        if (text_field(n, "type") != "mention") continue;
        const nlohmann::json* status = field(n, "status");
        const nlohmann::json* account = field(n, "account");
        if (!status || !account) continue;
        Mention m;
        m.notification_id = text_field(n, "id");
        m.status_id = text_field(*status, "id");
        m.in_reply_to_id = text_field(*status, "in_reply_to_id");
        m.author = text_field(*account, "acct");
        m.text = html::text_of(text_field(*status, "content"));
        const auto at = platform_instant(text_field(*status, "created_at"));
        if (m.notification_id.empty() || m.status_id.empty() || !at) continue;
        m.at = *at;
        out.push_back(std::move(m));
    }
    // The API answers newest first; the inbox adds them in the order they came.
    std::reverse(out.begin(), out.end());
    return out;
}

HttpRequest status_get_request(std::string_view base, std::string_view token, std::string_view status_id) {
    return get(base, "/api/v1/statuses/" + percent_encode(status_id), token);
}

std::optional<StatusCounts> read_status_counts(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    StatusCounts c;
    c.id = text_field(*j, "id");
    if (c.id.empty()) return std::nullopt;
    c.url = text_field(*j, "url");
    c.replies = count_field(*j, "replies_count");
    c.reblogs = count_field(*j, "reblogs_count");
    c.favourites = count_field(*j, "favourites_count");
    return c;
}

}  // namespace parvis::connect::mastodon
