// Bluesky through the AT Protocol's XRPC endpoints on the account's PDS (https://bsky.social by
// default, any PDS otherwise); requests built and responses read, no I/O (see http.h).
//   com.atproto.server.createSession / refreshSession   app-password sign-in, token refresh
//   com.atproto.identity.resolveHandle                   a mention's DID, for its facet
//   com.atproto.repo.uploadBlob                          an image (alt text goes in the embed)
//   com.atproto.repo.createRecord                        an app.bsky.feed.post record, with an
//                                                        rkey derived from the post (see post_rkey)
//   com.atproto.repo.getRecord                           whether that record exists, before a retry
//   com.atproto.server.deleteSession                     « Déconnecter »
//   app.bsky.feed.getPosts                               like, repost, reply and quote counts
//   app.bsky.notification.listNotifications              mentions, replies and quotes → Messages
// Bluesky has no server-side scheduling: a scheduled post is sent by Parvis, while it is open.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "connect/http.h"
#include "model/workspace.h"

namespace parvis::connect::bluesky {

inline constexpr std::string_view kDefaultPds = "https://bsky.social";
inline constexpr std::size_t kMaxNotifications = 100;
// app.bsky.embed.images: at most 4 images a post, each at most 1,000,000 bytes (the lexicon's
// maxSize; the PDS refuses a bigger blob in the record).
inline constexpr std::size_t kMaxImages = 4;
inline constexpr std::int64_t kMaxImageBytes = 1'000'000;

// The account's PDS address: the account's `instance` when set, else bsky.social.
std::string base_url(std::string_view instance);

//-----------------------------------------------------------------------------
// Rich text: the published text and its facets at UTF-8 byte offsets
//-----------------------------------------------------------------------------

enum class FacetKind { link, mention, tag };

struct Facet {
    std::size_t byte_start = 0, byte_end = 0;  // in RichText::text, end excluded
    FacetKind kind = FacetKind::link;
    std::string value;  // link: the whole URI; mention: the handle (no « @ »); tag: the tag (no « # »)
};

struct RichText {
    std::string text;  // links shortened as bsky.app does (count/bluesky_text.h)
    std::vector<Facet> facets;
};

// Links from the core's link finder (bare domains get https://), hashtags from the core's
// entity rules, mentions as the AT Protocol's handles (« @ville.bsky.social », a domain name).
RichText rich_text(std::string_view draft);

//-----------------------------------------------------------------------------
// Sessions
//-----------------------------------------------------------------------------

struct Session {
    std::string did, handle, access_jwt, refresh_jwt;
};

HttpRequest create_session_request(std::string_view base, std::string_view identifier, std::string_view app_password);
HttpRequest refresh_session_request(std::string_view base, std::string_view refresh_jwt);
std::optional<Session> read_session(const HttpResponse& response);

// « Déconnecter »: the session ends on the PDS too (the refresh token is the one to present).
HttpRequest delete_session_request(std::string_view base, std::string_view refresh_jwt);

HttpRequest resolve_handle_request(std::string_view base, std::string_view handle);
std::optional<std::string> read_did(const HttpResponse& response);

//-----------------------------------------------------------------------------
// Posting
//-----------------------------------------------------------------------------

struct StrongRef {
    std::string uri, cid;
};

struct Image {
    nlohmann::json blob;  // as uploadBlob returned it
    std::string alt;
};

struct PostOptions {
    std::string repo;  // the account's DID (or handle)
    std::string rkey;  // post_rkey(…)
    RichText rich;
    std::map<std::string, std::string> dids;  // handle → DID; a mention not resolved gets no facet
    Instant created_at{};
    std::vector<Image> images;  // at most 4
    std::optional<StrongRef> reply_root, reply_parent;
};

// A TID (13 characters of base32-sortable) from the post, the account and the instant of the
// first attempt: a retry computes the same key, so after an unknown outcome the record is found
// (getRecord) or refused as existing, and never posted twice.
std::string post_rkey(std::string_view post_id, std::string_view account_id, Instant first_attempt);

HttpRequest upload_blob_request(std::string_view base, std::string_view access_jwt, std::string_view bytes,
                                std::string_view content_type);
std::optional<nlohmann::json> read_blob(const HttpResponse& response);

// The record as createRecord's `record`, and the request itself.
nlohmann::ordered_json post_record(const PostOptions& options);
HttpRequest create_post_request(std::string_view base, std::string_view access_jwt, const PostOptions& options);

struct Created {
    std::string uri, cid;
};
std::optional<Created> read_created(const HttpResponse& response);

// The post at `rkey` in `repo`: after an answer that never came (cut connection, timeout) or a
// createRecord refused, this says whether the record is there, so a retry never posts twice.
HttpRequest get_record_request(std::string_view base, std::string_view repo, std::string_view rkey);
// The record's uri and cid when the PDS holds it.
std::optional<Created> read_record(const HttpResponse& response);
// The PDS says there is no such record (400 RecordNotFound, or 404): creating it is safe.
bool record_absent(const HttpResponse& response);

// https://bsky.app/profile/HANDLE/post/RKEY
std::string permalink(std::string_view handle, std::string_view rkey);

//-----------------------------------------------------------------------------
// Bringing back
//-----------------------------------------------------------------------------

HttpRequest get_posts_request(std::string_view base, std::string_view access_jwt, const std::vector<std::string>& uris);
struct PostCounts {
    std::string uri;
    std::int64_t likes = 0, reposts = 0, replies = 0, quotes = 0;
};
std::optional<std::vector<PostCounts>> read_post_counts(const HttpResponse& response);

// A reply's two strong refs (« Répondre sur Bluesky »): the post answered (`parent`) and its
// thread's first post (`root`: the parent itself when it answers nothing), read from getPosts'
// view of `uri`. Nothing when the AppView does not hold that post (deleted, or not indexed yet).
struct ReplyTarget {
    StrongRef parent, root;
};
std::optional<ReplyTarget> read_reply_target(const HttpResponse& response, std::string_view uri);

HttpRequest notifications_request(std::string_view base, std::string_view access_jwt, std::string_view cursor);
struct Notification {
    std::string uri;          // the reply's or mention's own record
    std::string reason;       // mention, reply, quote
    std::string author;       // handle
    std::string text;
    std::string parent_uri;   // the post answered, for a reply
    Instant at{};
};
// Mentions, replies and quotes, oldest first; likes, reposts and follows are left out.
std::optional<std::vector<Notification>> read_notifications(const HttpResponse& response);

}  // namespace parvis::connect::bluesky
