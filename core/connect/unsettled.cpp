// See unsettled.h.
#include "connect/unsettled.h"

#include <algorithm>

#include "connect/json_fields.h"
#include "io/enum_names.h"
#include "io/time_text.h"

namespace parvis::connect {

//-----------------------------------------------------------------------------
// [SECTION] The record kept while a publish is under way
//-----------------------------------------------------------------------------

std::string unsettled_key(std::string_view workspace_id, std::string_view post_id, std::string_view account_id) {
    std::string key(kUnsettledPrefix);
    key.append(workspace_id).append("|").append(post_id).append("|").append(account_id);
    return key;
}

std::string unsettled_json(const Unsettled& u) {
    nlohmann::ordered_json j = {{"workspace_id", u.workspace_id}, {"post_id", u.post_id},  {"account_id", u.account_id},
                                {"network", io::enum_name(u.network)}, {"schedule", u.schedule},
                                {"first_attempt", io::format_instant(u.first_attempt)}, {"text", u.text}, {"rkey", u.rkey}};
    if (u.scheduled_for) j["scheduled_for"] = io::format_instant(*u.scheduled_for);
    return j.dump();
}

std::optional<Unsettled> read_unsettled(std::string_view json) {
    if (json.size() > kMaxUnsettledBytes) return std::nullopt;
    const auto j = parse_json(json);
    if (!j || !j->is_object()) return std::nullopt;
    auto text = [&](const char* name) -> std::optional<std::string> {
        const nlohmann::json* f = field(*j, name);
        if (!f || !f->is_string()) return std::nullopt;
        return f->get<std::string>();
    };
    Unsettled u;
    const auto ws = text("workspace_id"), post = text("post_id"), account = text("account_id"), network = text("network"),
               first = text("first_attempt"), sent = text("text"), rkey = text("rkey");
    const nlohmann::json* schedule = field(*j, "schedule");
    if (!ws || !post || !account || !network || !first || !sent || !rkey || !schedule || !schedule->is_boolean()) return std::nullopt;
    if (ws->empty() || post->empty() || account->empty() || !io::enum_from_name(*network, u.network)) return std::nullopt;
    const auto at = io::parse_instant(*first);
    if (!at) return std::nullopt;
    u.workspace_id = *ws;
    u.post_id = *post;
    u.account_id = *account;
    u.schedule = schedule->get<bool>();
    u.first_attempt = *at;
    u.text = *sent;
    u.rkey = *rkey;
    if (field(*j, "scheduled_for")) {
        const auto when = text("scheduled_for");
        u.scheduled_for = when ? io::parse_instant(*when) : std::nullopt;
        if (!u.scheduled_for) return std::nullopt;
    }
    if (u.network == Network::bluesky && u.rkey.empty()) return std::nullopt;  // nothing would find it
    return u;
}

//-----------------------------------------------------------------------------
// [SECTION] Mastodon: finding a status whose answer was lost
//-----------------------------------------------------------------------------
namespace mastodon {

namespace {

HttpRequest get(std::string url, std::string_view token) {
    HttpRequest r;
    r.method = "GET";
    r.url = std::move(url);
    add_bearer(r, token);
    return r;
}

std::optional<nlohmann::json> ok_array(const HttpResponse& response) {
    if (response.status < 200 || response.status >= 300) return std::nullopt;
    auto j = parse_json(response.body);
    if (!j || !j->is_array()) return std::nullopt;
    return j;
}

}  // namespace

std::optional<std::string> read_account_id(const HttpResponse& verify_credentials) {
    const auto j = ok_object(verify_credentials);
    if (!j) return std::nullopt;
    std::string id = text_field(*j, "id");
    if (id.empty()) return std::nullopt;
    return id;
}

HttpRequest own_statuses_request(std::string_view base, std::string_view token, std::string_view account_id) {
    return get(std::string(base) + "/api/v1/accounts/" + percent_encode(account_id) + "/statuses?limit=" + std::to_string(kLookupStatuses),
               token);
}

std::optional<std::vector<StatusHead>> read_status_heads(const HttpResponse& response) {
    const auto j = ok_array(response);
    if (!j) return std::nullopt;
    std::vector<StatusHead> out;
    for (const nlohmann::json& s : *j) {
        if (out.size() >= static_cast<std::size_t>(kLookupStatuses)) break;
        StatusHead h{text_field(s, "id"), text_field(s, "url")};
        const auto at = platform_instant(text_field(s, "created_at"));
        if (h.id.empty() || !at) continue;
        h.created_at = *at;
        out.push_back(std::move(h));
    }
    return out;
}

std::vector<StatusHead> candidates(const std::vector<StatusHead>& heads, Instant first_attempt) {
    std::vector<StatusHead> out;
    for (const StatusHead& h : heads)
        if (h.created_at >= first_attempt - std::chrono::minutes(1) && out.size() < static_cast<std::size_t>(kLookupStatuses))
            out.push_back(h);
    return out;
}

HttpRequest source_request(std::string_view base, std::string_view token, std::string_view status_id) {
    return get(std::string(base) + "/api/v1/statuses/" + percent_encode(status_id) + "/source", token);
}

std::optional<std::string> read_source_text(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    const nlohmann::json* t = field(*j, "text");
    if (!t || !t->is_string()) return std::nullopt;
    return t->get<std::string>();
}

HttpRequest scheduled_list_request(std::string_view base, std::string_view token) {
    return get(std::string(base) + "/api/v1/scheduled_statuses?limit=40", token);
}

std::optional<std::vector<ScheduledHead>> read_scheduled_list(const HttpResponse& response) {
    const auto j = ok_array(response);
    if (!j) return std::nullopt;
    std::vector<ScheduledHead> out;
    for (const nlohmann::json& s : *j) {
        if (out.size() >= 40) break;
        ScheduledHead h;
        h.id = text_field(s, "id");
        if (const nlohmann::json* params = field(s, "params")) h.text = text_field(*params, "text");
        h.at = platform_instant(text_field(s, "scheduled_at"));
        if (!h.id.empty()) out.push_back(std::move(h));
    }
    return out;
}

std::optional<std::string> find_scheduled(const std::vector<ScheduledHead>& held, std::string_view text, Instant at) {
    const auto it = std::find_if(held.begin(), held.end(), [&](const ScheduledHead& h) { return h.text == text && h.at == at; });
    if (it == held.end()) return std::nullopt;
    return it->id;
}

}  // namespace mastodon

}  // namespace parvis::connect
