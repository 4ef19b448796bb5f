// Index
// [SECTION] JSON in and out
// [SECTION] connect_request
// [SECTION] connect_read
#include "node_connect.h"

#include <charconv>

#include <nlohmann/json.hpp>

#include "connect/failure.h"
#include "connect/mastodon.h"
#include "connect/pkce.h"
#include "io/time_text.h"

namespace parvis::node {

using Json = nlohmann::ordered_json;
namespace mastodon = connect::mastodon;

//-----------------------------------------------------------------------------
// [SECTION] JSON in and out
//-----------------------------------------------------------------------------

namespace {

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string problem(std::string_view message) { return dump(Json{{"error", std::string(message)}}); }

std::string s(const Json& args, const char* name) {
    const auto it = args.find(name);
    return it != args.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<Instant> instant(const Json& args, const char* name) {
    const std::string text = s(args, name);
    return text.empty() ? std::nullopt : io::parse_instant(text);
}

Json request_json(const connect::HttpRequest& r) {
    Json headers = Json::object();
    for (const connect::Header& h : r.headers) headers[h.name] = h.value;
    return Json{{"method", r.method}, {"url", r.url}, {"headers", headers}, {"body", r.body}, {"timeoutMs", r.timeout_ms}};
}

mastodon::App app_of(const Json& args) { return {s(args, "client_id"), s(args, "client_secret")}; }

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] connect_request
//-----------------------------------------------------------------------------

std::string connect_request(std::string_view network, std::string_view op, std::string_view args_json) {
    const Json args = Json::parse(args_json, nullptr, false);
    if (!args.is_object()) return problem("Arguments JSON attendus");
    if (network == "pkce") {
        const std::string verifier = connect::pkce_verifier(s(args, "random"));
        return dump(Json{{"verifier", verifier}, {"challenge", connect::pkce_challenge(verifier)}});
    }
    if (network != "mastodon") return problem("Réseau non exposé : " + std::string(network));
    const std::string base = s(args, "base"), token = s(args, "token");
    if (op == "register_app") return dump(request_json(mastodon::register_app(base, s(args, "redirect_uri"))));
    if (op == "authorize_url")
        return dump(Json{{"url", mastodon::authorize_url(base, app_of(args), s(args, "redirect_uri"), s(args, "state"), s(args, "challenge"))}});
    if (op == "token")
        return dump(request_json(mastodon::token_request(base, app_of(args), s(args, "redirect_uri"), s(args, "code"), s(args, "verifier"))));
    if (op == "revoke") return dump(request_json(mastodon::revoke_request(base, app_of(args), token)));
    if (op == "verify") return dump(request_json(mastodon::verify_credentials_request(base, token)));
    if (op == "instance") return dump(request_json(mastodon::instance_request(base)));
    if (op == "status") {
        mastodon::StatusOptions o;
        o.text = s(args, "text");
        o.in_reply_to_id = s(args, "in_reply_to_id");
        o.scheduled_at = instant(args, "scheduled_at");
        if (const auto ids = args.find("media_ids"); ids != args.end() && ids->is_array())
            for (const Json& id : *ids)
                if (id.is_string()) o.media_ids.push_back(id.get<std::string>());
        o.idempotency_key = mastodon::idempotency_key(s(args, "post_id"), s(args, "account_id"), o.text);
        return dump(request_json(mastodon::status_request(base, token, o)));
    }
    if (op == "reschedule") {
        const auto at = instant(args, "at");
        if (!at) return problem("at attendu");
        return dump(request_json(mastodon::reschedule_request(base, token, s(args, "id"), *at)));
    }
    if (op == "cancel") return dump(request_json(mastodon::cancel_scheduled_request(base, token, s(args, "id"))));
    if (op == "media") {
        const std::string bytes = s(args, "bytes");
        return dump(request_json(mastodon::media_request(base, token, {"file", s(args, "file_name"), s(args, "content_type"), bytes},
                                                         s(args, "description"))));
    }
    if (op == "media_poll") return dump(request_json(mastodon::media_poll_request(base, token, s(args, "id"))));
    if (op == "mentions") return dump(request_json(mastodon::mentions_request(base, token, s(args, "since_id"))));
    if (op == "status_get") return dump(request_json(mastodon::status_get_request(base, token, s(args, "id"))));
    return problem("Opération inconnue : " + std::string(op));
}

//-----------------------------------------------------------------------------
// [SECTION] connect_read
//-----------------------------------------------------------------------------

std::string connect_read(std::string_view network_name, std::string_view what, std::string_view status,
                         std::string_view headers_json, std::string_view body, std::string_view now_iso) {
    connect::HttpResponse r;
    std::from_chars(status.data(), status.data() + status.size(), r.status);
    r.body = std::string(body);
    const Json headers = Json::parse(headers_json.empty() ? std::string_view("{}") : headers_json, nullptr, false);
    if (headers.is_object())
        for (const auto& [name, value] : headers.items())
            if (value.is_string()) r.headers.push_back({name, value.get<std::string>()});
    const Json no = Json{{"ok", false}};

    if (what == "failure") {
        Network network{};
        if (network_name == "bluesky") network = Network::bluesky;
        else if (network_name == "facebook") network = Network::facebook;
        else network = Network::mastodon;
        const Instant now = io::parse_instant(now_iso).value_or(Instant{});
        const connect::Failure f = connect::read_failure(r, network, now);
        Json out{{"ok", true}, {"kind", std::string(connect::kFailureKindNames[static_cast<std::size_t>(f.kind)])},
                 {"retryable", connect::retryable(f.kind)}, {"detail", f.detail}, {"message", connect::failure_message(f, Lang::fr)}};
        if (f.retry_after) out["retry_after"] = f.retry_after->count();
        return dump(out);
    }
    if (what == "app") {
        const auto app = mastodon::read_app(r);
        return dump(app ? Json{{"ok", true}, {"client_id", app->client_id}, {"client_secret", app->client_secret}} : no);
    }
    if (what == "token") {
        const auto token = mastodon::read_token(r);
        return dump(token ? Json{{"ok", true}, {"token", *token}} : no);
    }
    if (what == "acct") {
        const auto acct = mastodon::read_acct(r);
        return dump(acct ? Json{{"ok", true}, {"acct", *acct}} : no);
    }
    if (what == "instance") {
        const auto l = mastodon::read_instance(r);
        return dump(l ? Json{{"ok", true}, {"max_characters", l->max_characters}, {"description_limit", l->description_limit}} : no);
    }
    if (what == "published") {
        const auto p = mastodon::read_published(r);
        if (!p) return dump(no);
        Json out{{"ok", true}, {"scheduled", p->scheduled}, {"id", p->id}, {"url", p->url}};
        if (p->scheduled_at) out["scheduled_at"] = io::format_instant(*p->scheduled_at);
        return dump(out);
    }
    if (what == "media") {
        const auto m = mastodon::read_media(r);
        return dump(m ? Json{{"ok", true}, {"id", m->id}, {"ready", m->ready}} : no);
    }
    if (what == "mentions") {
        const auto list = mastodon::read_mentions(r);
        if (!list) return dump(no);
        Json items = Json::array();
        for (const auto& m : *list)
            items.push_back(Json{{"notification_id", m.notification_id}, {"status_id", m.status_id}, {"in_reply_to_id", m.in_reply_to_id},
                                 {"author", m.author}, {"text", m.text}, {"at", io::format_instant(m.at)}});
        return dump(Json{{"ok", true}, {"mentions", items}});
    }
    if (what == "status_counts") {
        const auto c = mastodon::read_status_counts(r);
        return dump(c ? Json{{"ok", true}, {"id", c->id}, {"replies", c->replies}, {"reblogs", c->reblogs}, {"favourites", c->favourites}} : no);
    }
    return problem("Lecture inconnue : " + std::string(what));
}

}  // namespace parvis::node
