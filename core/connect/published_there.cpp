// Posts a platform held scheduled and has published since: see published_there.h.
#include "connect/published_there.h"

#include <algorithm>

#include "connect/facebook.h"
#include "connect/json_fields.h"

namespace parvis::connect {

std::vector<DueThere> due_there(const Workspace& ws, std::string_view account_id, Instant now) {
    std::vector<DueThere> out;
    for (const Post& p : ws.posts)
        for (const PostVariant& v : p.variants) {
            if (v.account_id != account_id || !v.remote_at || v.external_id.empty() || now - *v.remote_at < kPublishSettle) continue;
            const NetworkAccount* account = nullptr;
            for (const NetworkAccount& a : ws.accounts)
                if (a.id == account_id) account = &a;
            if (!account || (account->network != Network::mastodon && account->network != Network::facebook)) continue;
            out.push_back({p.id, v.account_id, account->network, v.external_id, *v.remote_at,
                           account->network == Network::mastodon ? mastodon::status_text(v) : std::string()});
        }
    std::sort(out.begin(), out.end(), [](const DueThere& a, const DueThere& b) { return a.at < b.at; });
    if (out.size() > kMaxDueThere) out.resize(kMaxDueThere);
    return out;
}

namespace facebook {

HttpRequest post_state_request(std::string_view base, std::string_view token, std::string_view post_id) {
    HttpRequest r;
    r.url = graph_base(base) + "/" + percent_encode(post_id) + "?" + form_encode({{"fields", "id,is_published,created_time"}});
    add_bearer(r, token);
    return r;
}

std::optional<PostState> read_post_state(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    const nlohmann::json* published = field(*j, "is_published");
    if (!published || !published->is_boolean()) return std::nullopt;
    return PostState{published->get<bool>(), platform_instant(text_field(*j, "created_time"))};
}

bool post_gone(const HttpResponse& response) {
    if (response.status == 404) return true;
    const auto e = read_error(response);
    return response.status == 400 && e && e->code == 100 && e->subcode == 33;
}

}  // namespace facebook

namespace mastodon {

std::string status_text(const PostVariant& v) {
    std::string text = v.text;
    if (!v.link.empty() && v.text.find(v.link) == std::string::npos) text += "\n" + v.link;
    return text;
}

HttpRequest scheduled_get_request(std::string_view base, std::string_view token, std::string_view scheduled_id) {
    HttpRequest r;
    r.url = std::string(base) + "/api/v1/scheduled_statuses/" + percent_encode(scheduled_id);
    add_bearer(r, token);
    return r;
}

}  // namespace mastodon

}  // namespace parvis::connect
