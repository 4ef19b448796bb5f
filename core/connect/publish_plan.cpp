// Index
// [SECTION] Per network
// [SECTION] plan_publish
// [SECTION] JSON
#include "connect/publish_plan.h"

#include <cctype>

#include "connect/assisted.h"
#include "connect/bluesky.h"
#include "connect/facebook.h"
#include "connect/published_there.h"
#include "connect/mastodon.h"
#include "io/enum_names.h"
#include "model/find.h"
#include "strategy/circuit.h"

namespace parvis::connect {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Per network
//-----------------------------------------------------------------------------

// The token placeholder of an account not connected on this device: it is masked when printed.
constexpr std::string_view kNoToken = "jeton-du-compte";

std::string content_type_of(std::string_view name) {
    const std::size_t dot = name.rfind('.');
    std::string ext = dot == std::string_view::npos ? "" : std::string(name.substr(dot + 1));
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == "png") return "image/png";
    if (ext == "gif") return "image/gif";
    if (ext == "webp") return "image/webp";
    if (ext == "mp4") return "video/mp4";
    return "image/jpeg";
}

// How many times a status of this post was cancelled on the account's instance (audit
// « post.cancel_remote »): a status sent after a cancellation is a new one, so its
// Idempotency-Key differs — the instance would otherwise answer with the cancelled status it
// remembers (Mastodon keeps keys an hour).
std::size_t cancellations(const Workspace& ws, const Post& post, const NetworkAccount& account) {
    std::size_t n = 0;
    for (const AuditEntry& e : ws.audit)
        if (e.action == "post.cancel_remote" && e.target_id == post.id && e.comment == account.id) ++n;
    return n;
}

void plan_mastodon(PublishPlan& plan, const Workspace& ws, const NetworkAccount& account, const Connection& c, const Post& post,
                   const PostVariant& v, Instant now) {
    const std::string base = c.base.empty() ? mastodon::base_url(account.instance) : c.base;
    mastodon::StatusOptions o;
    o.text = mastodon::status_text(v);
    for (const Media& m : v.media) {
        if (m.kind != MediaKind::image && m.kind != MediaKind::video) continue;
        // The bytes come from the media store when the plan runs; the request says which file.
        plan.requests.push_back({account.id, Network::mastodon, "upload_media",
                                 mastodon::media_request(base, c.token, {"file", m.name, content_type_of(m.name), {}}, m.alt_text)});
        o.media_ids.push_back("{media:" + m.name + "}");
    }
    if (post.scheduled_at && mastodon::schedulable(*post.scheduled_at, now)) o.scheduled_at = post.scheduled_at;
    const std::size_t cancelled = cancellations(ws, post, account);
    o.idempotency_key = mastodon::idempotency_key(post.id, account.id, cancelled == 0 ? o.text : o.text + "\n#" + std::to_string(cancelled));
    plan.requests.push_back({account.id, Network::mastodon, o.scheduled_at ? "schedule" : "publish",
                             mastodon::status_request(base, c.token, o)});
}

void plan_bluesky(PublishPlan& plan, const NetworkAccount& account, const Connection& c, const Post& post,
                  const PostVariant& v, Instant now) {
    const std::string base = c.base.empty() ? bluesky::base_url(account.instance) : c.base;
    bluesky::PostOptions o;
    o.repo = c.user_id.empty() ? std::string(account.handle.rfind('@', 0) == 0 ? account.handle.substr(1) : account.handle) : c.user_id;
    o.rich = bluesky::rich_text(v.text);
    const Instant at = post.scheduled_at && *post.scheduled_at > now ? *post.scheduled_at : now;
    o.created_at = at;
    o.rkey = bluesky::post_rkey(post.id, account.id, at);
    for (const bluesky::Facet& f : o.rich.facets) {
        if (f.kind != bluesky::FacetKind::mention || o.dids.count(f.value)) continue;
        plan.requests.push_back({account.id, Network::bluesky, "resolve_handle", bluesky::resolve_handle_request(base, f.value)});
        o.dids[f.value] = "{did:" + f.value + "}";
    }
    for (const Media& m : v.media) {
        if (m.kind != MediaKind::image) continue;
        plan.requests.push_back({account.id, Network::bluesky, "upload_media",
                                 bluesky::upload_blob_request(base, c.token, {}, content_type_of(m.name))});
        o.images.push_back({nlohmann::json{{"$type", "blob"}, {"ref", {{"$link", "{blob:" + m.name + "}"}}}, {"mimeType", content_type_of(m.name)}},
                            m.alt_text});
    }
    // No scheduling on the server: the request is sent by Parvis at the planned time.
    plan.requests.push_back({account.id, Network::bluesky, "publish", bluesky::create_post_request(base, c.token, o)});
}

void plan_facebook(PublishPlan& plan, const NetworkAccount& account, const Connection& c, const Post& post,
                   const PostVariant& v, Instant now) {
    facebook::FeedOptions o;
    o.page_id = c.user_id.empty() ? "ID-DE-LA-PAGE" : c.user_id;  // known once connected
    o.base = c.base.empty() ? facebook::graph_base(account.instance) : c.base;
    o.message = v.text;
    o.link = v.link;
    if (post.scheduled_at && *post.scheduled_at > now) {
        if (!facebook::schedulable(*post.scheduled_at, now)) {
            plan.skipped.push_back({account.id, "outside_window"});
            return;
        }
        o.scheduled_at = post.scheduled_at;
    }
    for (const Media& m : v.media) {
        if (m.kind != MediaKind::image) continue;
        // The bytes come from the media store when the plan runs; the feed post then attaches
        // each photo by the id its upload answers.
        plan.requests.push_back({account.id, Network::facebook, "upload_media",
                                 facebook::photo_request(o.base, c.token, o.page_id, {"source", m.name, content_type_of(m.name), {}},
                                                         m.alt_text, o.scheduled_at.has_value())});
        o.photo_ids.push_back("{media:" + m.name + "}");
    }
    plan.requests.push_back({account.id, Network::facebook, o.scheduled_at ? "schedule" : "publish", facebook::feed_request(c.token, o)});
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] plan_publish
//-----------------------------------------------------------------------------

PublishPlan plan_publish(const Workspace& ws, const Post& post, const PlanOptions& options) {
    PublishPlan plan;
    plan.circuit_complete = strategy::can_schedule(ws, post);
    for (const PostVariant& v : post.variants) {
        if (!options.account_id.empty() && v.account_id != options.account_id) continue;
        const NetworkAccount* account = find_account(ws, v.account_id);
        if (!account) continue;
        if (!account->active) {
            plan.skipped.push_back({account->id, "inactive"});
            continue;
        }
        if (!v.external_id.empty() || !v.permalink.empty()) {
            plan.skipped.push_back({account->id, "already_published"});
            continue;
        }
        Connection c;
        if (const auto it = options.connections.find(account->id); it != options.connections.end()) c = it->second;
        if (c.token.empty()) c.token = kNoToken;
        switch (account->network) {
            case Network::mastodon: plan_mastodon(plan, ws, *account, c, post, v, options.now); break;
            case Network::bluesky: plan_bluesky(plan, *account, c, post, v, options.now); break;
            case Network::facebook: plan_facebook(plan, *account, c, post, v, options.now); break;
            case Network::x:
            case Network::threads:
            case Network::linkedin:
            case Network::instagram: plan.assisted.push_back({account->id, account->network, composer_url(account->network, v.text), v.text}); break;
            default: plan.skipped.push_back({account->id, "unsupported"}); break;
        }
    }
    if (!options.account_id.empty() && plan.requests.empty() && plan.assisted.empty() && plan.skipped.empty())
        plan.skipped.push_back({options.account_id, "no_variant"});
    return plan;
}

//-----------------------------------------------------------------------------
// [SECTION] JSON
//-----------------------------------------------------------------------------

nlohmann::ordered_json plan_to_json(const PublishPlan& plan) {
    using Json = nlohmann::ordered_json;
    Json out = Json::object();
    out["circuit_complete"] = plan.circuit_complete;
    Json requests = Json::array();
    for (const PlannedRequest& p : plan.requests) {
        Json r = Json::object();
        r["account_id"] = p.account_id;
        r["network"] = std::string(io::enum_name(p.network));
        r["step"] = p.step;
        const Json request = printable(p.request);
        for (const auto& item : request.items()) r[item.key()] = item.value();
        requests.push_back(std::move(r));
    }
    out["requests"] = std::move(requests);
    Json assisted = Json::array();
    for (const AssistedStep& a : plan.assisted)
        assisted.push_back(Json{{"account_id", a.account_id}, {"network", std::string(io::enum_name(a.network))}, {"open_url", a.open_url}, {"text", a.text}});
    out["assisted"] = std::move(assisted);
    Json skipped = Json::array();
    for (const SkippedAccount& s : plan.skipped) skipped.push_back(Json{{"account_id", s.account_id}, {"reason", s.reason}});
    out["skipped"] = std::move(skipped);
    return out;
}

}  // namespace parvis::connect
