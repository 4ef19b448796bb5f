// Index
// [SECTION] Addresses and reading
// [SECTION] Rich text
// [SECTION] Sessions
// [SECTION] Posting
// [SECTION] Bringing back
#include "connect/bluesky.h"

#include <algorithm>

#include "connect/json_fields.h"
#include "connect/mastodon.h"
#include "count/bluesky_text.h"
#include "count/entities.h"
#include "io/time_text.h"
#include "strategy/sha256.h"
#include "text/links.h"
#include "text/utf8.h"

namespace parvis::connect::bluesky {

using Json = nlohmann::ordered_json;

//-----------------------------------------------------------------------------
// [SECTION] Addresses and reading
//-----------------------------------------------------------------------------

std::string base_url(std::string_view instance) {
    return instance.empty() ? std::string(kDefaultPds) : mastodon::base_url(instance);
}

namespace {

std::string xrpc(std::string_view base, std::string_view method) { return std::string(base) + "/xrpc/" + std::string(method); }

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Rich text
// Facets index UTF-8 bytes of the published text (the AT Protocol's rule), so they are computed
// on the text after links are shortened, never on the draft.
//-----------------------------------------------------------------------------

namespace {

bool handle_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'; }
bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

// A handle is a domain name: two labels at least, the last one alphabetic.
bool valid_handle(std::string_view h) {
    if (h.size() < 3 || h.size() > 253 || h.find('.') == std::string_view::npos) return false;
    if (h.front() == '.' || h.front() == '-' || h.find("..") != std::string_view::npos) return false;
    const std::string_view tld = h.substr(h.rfind('.') + 1);
    return !tld.empty() && std::all_of(tld.begin(), tld.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

bool inside(const std::vector<Facet>& facets, std::size_t at) {
    return std::any_of(facets.begin(), facets.end(), [&](const Facet& f) { return at >= f.byte_start && at < f.byte_end; });
}

}  // namespace

RichText rich_text(std::string_view draft) {
    const count::BlueskyText published = count::bluesky_text(draft);
    RichText r;
    r.text = published.text;
    for (const count::BlueskyLink& link : published.links) r.facets.push_back({link.byte_begin, link.byte_end, FacetKind::link, link.uri});
    const std::vector<Facet> links = r.facets;
    const std::string& t = r.text;

    // Mentions: « @ » at the start, after a space or « ( », then a handle; trailing dots and
    // hyphens are not part of it (the AT Protocol's \b).
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] != '@' || inside(links, i)) continue;
        if (i > 0 && t[i - 1] != ' ' && t[i - 1] != '\n' && t[i - 1] != '\t' && t[i - 1] != '(') continue;
        std::size_t end = i + 1;
        while (end < t.size() && handle_char(t[end])) ++end;
        while (end > i + 1 && !word_char(t[end - 1])) --end;
        const std::string_view handle = std::string_view(t).substr(i + 1, end - i - 1);
        if (valid_handle(handle)) r.facets.push_back({i, end, FacetKind::mention, std::string(handle)});
        i = end - 1;
    }

    // Hashtags: the core's rule, found on code points, placed at byte offsets.
    const std::u32string cps = text::decode_utf8(t);
    std::vector<std::size_t> byte_of(cps.size() + 1, 0);
    for (std::size_t k = 0, b = 0; k < cps.size(); ++k) {
        byte_of[k] = b;
        std::string one;
        utf8::append(one, cps[k]);
        b += one.size();
        byte_of[k + 1] = b;
    }
    for (std::size_t k = 0; k < cps.size(); ++k) {
        count::Span span{};
        if (!count::hashtag_at(cps, k, span)) continue;
        const std::size_t start = byte_of[span.begin], end = byte_of[span.end];
        if (!inside(links, start)) {
            const std::size_t hash_length = cps[span.begin] == U'#' ? 1 : 3;  // « # » or « ＃ »
            r.facets.push_back({start, end, FacetKind::tag, t.substr(start + hash_length, end - start - hash_length)});
        }
        k = span.end - 1;
    }
    std::sort(r.facets.begin(), r.facets.end(), [](const Facet& a, const Facet& b) { return a.byte_start < b.byte_start; });
    return r;
}

//-----------------------------------------------------------------------------
// [SECTION] Sessions
//-----------------------------------------------------------------------------

HttpRequest create_session_request(std::string_view base, std::string_view identifier, std::string_view app_password) {
    HttpRequest r;
    r.method = "POST";
    r.url = xrpc(base, "com.atproto.server.createSession");
    set_json_body(r, Json{{"identifier", std::string(identifier)}, {"password", std::string(app_password)}});
    r.secret_fields = {"password"};
    return r;
}

HttpRequest refresh_session_request(std::string_view base, std::string_view refresh_jwt) {
    HttpRequest r;
    r.method = "POST";
    r.url = xrpc(base, "com.atproto.server.refreshSession");
    add_bearer(r, refresh_jwt);
    return r;
}

std::optional<Session> read_session(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    Session s{text_field(*j, "did"), text_field(*j, "handle"), text_field(*j, "accessJwt"), text_field(*j, "refreshJwt")};
    if (s.did.empty() || s.access_jwt.empty() || s.refresh_jwt.empty()) return std::nullopt;
    return s;
}

HttpRequest delete_session_request(std::string_view base, std::string_view refresh_jwt) {
    HttpRequest r;
    r.method = "POST";
    r.url = xrpc(base, "com.atproto.server.deleteSession");
    add_bearer(r, refresh_jwt);
    return r;
}

HttpRequest resolve_handle_request(std::string_view base, std::string_view handle) {
    HttpRequest r;
    r.url = xrpc(base, "com.atproto.identity.resolveHandle") + "?" + form_encode({{"handle", std::string(handle)}});
    return r;
}

std::optional<std::string> read_did(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    std::string did = text_field(*j, "did");
    if (did.rfind("did:", 0) != 0) return std::nullopt;
    return did;
}

//-----------------------------------------------------------------------------
// [SECTION] Posting
//-----------------------------------------------------------------------------

std::string post_rkey(std::string_view post_id, std::string_view account_id, Instant first_attempt) {
    std::string material(post_id);
    material += '\n';
    material += account_id;
    const strategy::Sha256Digest d = strategy::sha256(material);
    std::uint64_t h = 0;
    for (int i = 0; i < 8; ++i) h = (h << 8) | d[static_cast<std::size_t>(i)];
    // 53 bits of microseconds (the instant's seconds, sub-second part from the hash), 10 bits of
    // clock identifier from the hash, the top bit 0: a valid, sortable TID.
    const auto seconds = static_cast<std::uint64_t>(std::max<std::int64_t>(0, first_attempt.time_since_epoch().count()));
    const std::uint64_t micros = (seconds * 1'000'000 + (h >> 20) % 1'000'000) & ((std::uint64_t{1} << 53) - 1);
    const std::uint64_t tid = (micros << 10) | (h & 1023);
    static constexpr char kAlphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
    std::string out(13, '2');
    for (int i = 12; i >= 0; --i) out[static_cast<std::size_t>(i)] = kAlphabet[(tid >> (5 * (12 - i))) & 31];
    return out;
}

HttpRequest upload_blob_request(std::string_view base, std::string_view access_jwt, std::string_view bytes,
                                std::string_view content_type) {
    HttpRequest r;
    r.method = "POST";
    r.url = xrpc(base, "com.atproto.repo.uploadBlob");
    r.timeout_ms = 120'000;
    add_bearer(r, access_jwt);
    set_binary_body(r, bytes, content_type);
    return r;
}

std::optional<nlohmann::json> read_blob(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    const nlohmann::json* blob = field(*j, "blob");
    if (!blob || !blob->is_object() || !field(*blob, "ref")) return std::nullopt;
    return *blob;
}

Json post_record(const PostOptions& o) {
    Json record = Json::object();
    record["$type"] = "app.bsky.feed.post";
    record["text"] = o.rich.text;
    record["createdAt"] = io::format_instant(o.created_at);
    record["langs"] = Json::array({"fr"});
    Json facets = Json::array();
    for (const Facet& f : o.rich.facets) {
        Json feature = Json::object();
        switch (f.kind) {
            case FacetKind::link: feature = {{"$type", "app.bsky.richtext.facet#link"}, {"uri", f.value}}; break;
            case FacetKind::tag: feature = {{"$type", "app.bsky.richtext.facet#tag"}, {"tag", f.value}}; break;
            case FacetKind::mention: {
                const auto did = o.dids.find(f.value);
                if (did == o.dids.end()) continue;  // not resolved: plain text, as bsky.app leaves it
                feature = {{"$type", "app.bsky.richtext.facet#mention"}, {"did", did->second}};
                break;
            }
        }
        facets.push_back(Json{{"index", {{"byteStart", f.byte_start}, {"byteEnd", f.byte_end}}}, {"features", Json::array({feature})}});
    }
    if (!facets.empty()) record["facets"] = std::move(facets);
    if (!o.images.empty()) {
        Json images = Json::array();
        for (std::size_t i = 0; i < o.images.size() && i < 4; ++i)
            images.push_back(Json{{"alt", o.images[i].alt}, {"image", Json::parse(o.images[i].blob.dump())}});
        record["embed"] = Json{{"$type", "app.bsky.embed.images"}, {"images", std::move(images)}};
    }
    if (o.reply_root && o.reply_parent) {
        record["reply"] = Json{{"root", {{"uri", o.reply_root->uri}, {"cid", o.reply_root->cid}}},
                               {"parent", {{"uri", o.reply_parent->uri}, {"cid", o.reply_parent->cid}}}};
    }
    return record;
}

HttpRequest create_post_request(std::string_view base, std::string_view access_jwt, const PostOptions& o) {
    HttpRequest r;
    r.method = "POST";
    r.url = xrpc(base, "com.atproto.repo.createRecord");
    add_bearer(r, access_jwt);
    Json body = Json::object();
    body["repo"] = o.repo;
    body["collection"] = "app.bsky.feed.post";
    if (!o.rkey.empty()) body["rkey"] = o.rkey;
    body["record"] = post_record(o);
    set_json_body(r, body);
    return r;
}

std::optional<Created> read_created(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    Created c{text_field(*j, "uri"), text_field(*j, "cid")};
    if (c.uri.rfind("at://", 0) != 0 || c.cid.empty()) return std::nullopt;
    return c;
}

HttpRequest get_record_request(std::string_view base, std::string_view repo, std::string_view rkey) {
    HttpRequest r;
    r.url = xrpc(base, "com.atproto.repo.getRecord") + "?" +
            form_encode({{"repo", std::string(repo)}, {"collection", "app.bsky.feed.post"}, {"rkey", std::string(rkey)}});
    return r;
}

std::optional<Created> read_record(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    Created c{text_field(*j, "uri"), text_field(*j, "cid")};
    if (c.uri.rfind("at://", 0) != 0 || c.cid.empty() || !field(*j, "value")) return std::nullopt;
    return c;
}

bool record_absent(const HttpResponse& response) {
    if (response.status == 404) return true;
    if (response.status != 400) return false;
    const auto j = parse_json(response.body);
    return j && j->is_object() && text_field(*j, "error") == "RecordNotFound";
}

std::string permalink(std::string_view handle, std::string_view rkey) {
    return "https://bsky.app/profile/" + std::string(handle) + "/post/" + std::string(rkey);
}

//-----------------------------------------------------------------------------
// [SECTION] Bringing back
//-----------------------------------------------------------------------------

HttpRequest get_posts_request(std::string_view base, std::string_view access_jwt, const std::vector<std::string>& uris) {
    Fields query;
    for (std::size_t i = 0; i < uris.size() && i < 25; ++i) query.push_back({"uris", uris[i]});  // the API's maximum
    HttpRequest r;
    r.url = xrpc(base, "app.bsky.feed.getPosts") + "?" + form_encode(query);
    add_bearer(r, access_jwt);
    return r;
}

std::optional<std::vector<PostCounts>> read_post_counts(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    const nlohmann::json* posts = field(*j, "posts");
    if (!posts || !posts->is_array()) return std::nullopt;
    std::vector<PostCounts> out;
    for (const nlohmann::json& p : *posts) {
        if (out.size() >= 25) break;
        PostCounts c;
        c.uri = text_field(p, "uri");
        if (c.uri.empty()) continue;
        c.likes = count_field(p, "likeCount");
        c.reposts = count_field(p, "repostCount");
        c.replies = count_field(p, "replyCount");
        c.quotes = count_field(p, "quoteCount");
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<ReplyTarget> read_reply_target(const HttpResponse& response, std::string_view uri) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    const nlohmann::json* posts = field(*j, "posts");
    if (!posts || !posts->is_array()) return std::nullopt;
    auto strong_ref = [](const nlohmann::json& v) -> std::optional<StrongRef> {
        StrongRef r{text_field(v, "uri"), text_field(v, "cid")};
        if (r.uri.rfind("at://", 0) != 0 || r.cid.empty()) return std::nullopt;
        return r;
    };
    for (const nlohmann::json& p : *posts) {
        if (text_field(p, "uri") != uri) continue;
        const auto parent = strong_ref(p);
        if (!parent) return std::nullopt;
        ReplyTarget t{*parent, *parent};
        if (const nlohmann::json* record = field(p, "record"))
            if (const nlohmann::json* reply = field(*record, "reply"))
                if (const nlohmann::json* root = field(*reply, "root"))
                    if (const auto r = strong_ref(*root)) t.root = *r;
        return t;
    }
    return std::nullopt;
}

HttpRequest notifications_request(std::string_view base, std::string_view access_jwt, std::string_view cursor) {
    Fields query{{"limit", "50"}};
    if (!cursor.empty()) query.push_back({"cursor", std::string(cursor)});
    HttpRequest r;
    r.url = xrpc(base, "app.bsky.notification.listNotifications") + "?" + form_encode(query);
    add_bearer(r, access_jwt);
    return r;
}

std::optional<std::vector<Notification>> read_notifications(const HttpResponse& response) {
    const auto j = ok_object(response);
    if (!j) return std::nullopt;
    const nlohmann::json* list = field(*j, "notifications");
    if (!list || !list->is_array()) return std::nullopt;
    std::vector<Notification> out;
    for (const nlohmann::json& n : *list) {
        if (out.size() >= kMaxNotifications) break;
        Notification m;
        m.reason = text_field(n, "reason");
        if (m.reason != "mention" && m.reason != "reply" && m.reason != "quote") continue;
        m.uri = text_field(n, "uri");
        const nlohmann::json* author = field(n, "author");
        const nlohmann::json* record = field(n, "record");
        if (!author || !record || m.uri.empty()) continue;
        m.author = text_field(*author, "handle");
        m.text = text_field(*record, "text");
        if (const nlohmann::json* reply = field(*record, "reply"))
            if (const nlohmann::json* parent = field(*reply, "parent")) m.parent_uri = text_field(*parent, "uri");
        const auto at = platform_instant(text_field(*record, "createdAt"));
        if (!at) continue;
        m.at = *at;
        out.push_back(std::move(m));
    }
    std::reverse(out.begin(), out.end());  // newest first from the API
    return out;
}

}  // namespace parvis::connect::bluesky
