// The connectors' core (core/connect/): every request built and every response read, error bodies
// included, against the platforms' documented forms. No network: the requests are compared, the
// responses are the documented JSON.
#include <doctest/doctest.h>

#include <string>

#include "connect/bluesky.h"
#include "connect/bring_back.h"
#include "connect/facebook.h"
#include "connect/failure.h"
#include "connect/http.h"
#include "connect/mastodon.h"
#include "connect/pkce.h"
#include "connect/publish_plan.h"
#include "io/time_text.h"

using namespace parvis;
using namespace parvis::connect;
using namespace std::chrono_literals;

namespace {

HttpResponse response(int status, std::string body, std::vector<Header> headers = {}) {
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers = std::move(headers);
    return r;
}

const Instant kNow = *io::parse_instant("2026-12-04T10:00:00Z");

}  // namespace

//-----------------------------------------------------------------------------
// HTTP: encodings and printing with secrets masked
//-----------------------------------------------------------------------------

TEST_CASE("percent-encoding keeps only unreserved characters") {
    CHECK(percent_encode("Noël à 10 h & co/~") == "No%C3%ABl%20%C3%A0%2010%20h%20%26%20co%2F~");
    CHECK(form_encode({{"types[]", "mention"}, {"since_id", "42"}}) == "types%5B%5D=mention&since_id=42");
}

TEST_CASE("a printed request masks tokens, passwords, client secrets and verifiers") {
    const HttpRequest token = mastodon::token_request("https://piaille.fr", {"id", "le-secret"}, "urn:x", "le-code", "le-verifier");
    const auto printed = printable(token);
    CHECK(printed["body"]["client_secret"] == "[masqué]");
    CHECK(printed["body"]["code_verifier"] == "[masqué]");
    CHECK(printed["body"]["code"] == "[masqué]");
    CHECK(printed["body"]["grant_type"] == "authorization_code");
    CHECK(printed.dump().find("le-secret") == std::string::npos);

    const HttpRequest session = bluesky::create_session_request("https://bsky.social", "ville.bsky.social", "abcd-efgh-ijkl-mnop");
    CHECK(printable(session)["body"]["password"] == "[masqué]");
    CHECK(printable(session)["body"]["identifier"] == "ville.bsky.social");

    const HttpRequest status = mastodon::status_request("https://piaille.fr", "jeton-secret", {.text = "Bonjour"});
    const std::string dump = printable(status).dump();
    CHECK(dump.find("jeton-secret") == std::string::npos);
    CHECK(printable(status)["headers"]["Authorization"] == "[masqué]");
}

TEST_CASE("a multipart body carries the file and the fields; a boundary never occurs inside") {
    HttpRequest r;
    const std::string bytes = "----ParvisFormBoundary7MA4YWxkTrZu0gW inside the image";
    set_multipart_body(r, {"file", "a.png", "image/png", bytes}, {{"description", "Une affiche"}});
    const std::string_view type = header(r.headers, "content-type");
    REQUIRE(type.rfind("multipart/form-data; boundary=", 0) == 0);
    const std::string boundary(type.substr(30));
    CHECK(bytes.find(boundary) == std::string::npos);
    CHECK(r.body.find("name=\"description\"\r\n\r\nUne affiche\r\n") != std::string::npos);
    CHECK(r.body.find(bytes) != std::string::npos);
    CHECK(printable(r)["body"]["file"]["bytes"] == bytes.size());
}

TEST_CASE("responses beyond the size or depth bound are not parsed") {
    CHECK(parse_json("{\"a\":1}"));
    CHECK_FALSE(parse_json(std::string(kMaxResponseBytes + 1, ' ')));
    CHECK_FALSE(parse_json(std::string(100, '[') + std::string(100, ']')));
    CHECK_FALSE(parse_json("{\"a\":"));
}

//-----------------------------------------------------------------------------
// PKCE
//-----------------------------------------------------------------------------

TEST_CASE("PKCE S256: RFC 7636's example, and base64url without padding") {
    CHECK(pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    CHECK(base64url("f") == "Zg");
    CHECK(base64url("fo") == "Zm8");
    CHECK(base64url("foo") == "Zm9v");
    CHECK(base64url("\xfb\xff") == "-_8");
    CHECK(pkce_verifier(std::string(32, 'x')).size() == 43);
    CHECK(pkce_verifier(std::string(31, 'x')).empty());  // too little randomness: refused
}

//-----------------------------------------------------------------------------
// Failures: status, headers and error bodies of the three APIs
//-----------------------------------------------------------------------------

TEST_CASE("failures are read from the status, the error body and the waiting headers") {
    SUBCASE("no answer and timeout") {
        CHECK(read_failure(response(0, ""), Network::mastodon, kNow).kind == FailureKind::offline);
        HttpResponse t;
        t.timed_out = true;
        CHECK(read_failure(t, Network::mastodon, kNow).kind == FailureKind::timeout);
        CHECK(retryable(FailureKind::offline));
        CHECK_FALSE(retryable(FailureKind::refused));
    }
    SUBCASE("Mastodon 422 keeps the platform's words") {
        const Failure f = read_failure(response(422, R"({"error":"Validation failed: Text character limit of 500 exceeded"})"),
                                       Network::mastodon, kNow);
        CHECK(f.kind == FailureKind::refused);
        CHECK(f.detail == "Validation failed: Text character limit of 500 exceeded");
        CHECK(failure_message(f, Lang::fr).find("La plateforme a refusé") == 0);
        CHECK(failure_message(f, Lang::fr).find("character limit") != std::string::npos);
    }
    SUBCASE("429 with Retry-After in seconds, as an HTTP date, or Mastodon's reset instant") {
        Failure f = read_failure(response(429, "", {{"Retry-After", "120"}}), Network::mastodon, kNow);
        CHECK(f.kind == FailureKind::rate_limited);
        REQUIRE(f.retry_after);
        CHECK(*f.retry_after == 120s);
        CHECK(retry_delay(f, 5) == 120s);
        f = read_failure(response(429, "", {{"retry-after", "Fri, 04 Dec 2026 10:02:00 GMT"}}), Network::mastodon, kNow);
        REQUIRE(f.retry_after);
        CHECK(*f.retry_after == 120s);
        f = read_failure(response(429, "", {{"X-RateLimit-Reset", "2026-12-04T10:05:00.000000Z"}}), Network::mastodon, kNow);
        REQUIRE(f.retry_after);
        CHECK(*f.retry_after == 300s);
        f = read_failure(response(429, "", {{"RateLimit-Reset", "1796378460"}}), Network::bluesky, kNow);  // 10:01:00
        REQUIRE(f.retry_after);
        CHECK(*f.retry_after == 60s);
        // A server asking a year is read as a day at most.
        f = read_failure(response(429, "", {{"Retry-After", "31536000"}}), Network::mastodon, kNow);
        CHECK(*f.retry_after == 86400s);
    }
    SUBCASE("expired tokens: 401, Bluesky's ExpiredToken, Graph's code 190") {
        CHECK(read_failure(response(401, R"({"error":"The access token is invalid"})"), Network::mastodon, kNow).kind ==
              FailureKind::unauthorized);
        CHECK(read_failure(response(400, R"({"error":"ExpiredToken","message":"Token has expired"})"), Network::bluesky, kNow).kind ==
              FailureKind::unauthorized);
        // What the reference PDS (@atproto/pds 0.4) answers to a token it cannot verify.
        CHECK(read_failure(response(400, R"({"error":"InvalidToken","message":"Token could not be verified"})"), Network::bluesky, kNow).kind ==
              FailureKind::unauthorized);
        CHECK(read_failure(response(400, R"({"error":"InvalidRequest","message":"Invalid app.bsky.feed.post record"})"), Network::bluesky, kNow).kind ==
              FailureKind::refused);
        const Failure graph = read_failure(
            response(400, R"({"error":{"message":"Error validating access token","type":"OAuthException","code":190}})"),
            Network::facebook, kNow);
        CHECK(graph.kind == FailureKind::unauthorized);
        CHECK(graph.detail == "Error validating access token");
        CHECK(read_failure(response(400, R"({"error":{"message":"(#4) Application request limit reached","code":4}})"),
                           Network::facebook, kNow)
                  .kind == FailureKind::rate_limited);
    }
    SUBCASE("5xx and a body that is not JSON") {
        const Failure f = read_failure(response(503, "<html>Bad gateway</html>"), Network::mastodon, kNow);
        CHECK(f.kind == FailureKind::server);
        CHECK(f.detail.empty());
    }
    SUBCASE("the platform's message is capped, on a UTF-8 boundary") {
        const Failure f = read_failure(response(422, "{\"error\":\"" + std::string(400, 'x') + "é\"}"), Network::mastodon, kNow);
        CHECK(f.detail.size() < 320);
    }
}

TEST_CASE("without a waiting time, retries wait 30 s doubling up to an hour") {
    const Failure f{FailureKind::server, 503, "", std::nullopt};
    CHECK(retry_delay(f, 1) == 30s);
    CHECK(retry_delay(f, 2) == 60s);
    CHECK(retry_delay(f, 4) == 240s);
    CHECK(retry_delay(f, 40) == 3600s);
}

//-----------------------------------------------------------------------------
// Mastodon
//-----------------------------------------------------------------------------

TEST_CASE("Mastodon: app registration, sign-in URL with PKCE, token and revocation") {
    CHECK(mastodon::base_url("piaille.fr/") == "https://piaille.fr");
    CHECK(mastodon::base_url("http://127.0.0.1:8123") == "http://127.0.0.1:8123");
    const HttpRequest reg = mastodon::register_app("https://piaille.fr", "https://parvis.example/");
    CHECK(reg.method == "POST");
    CHECK(reg.url == "https://piaille.fr/api/v1/apps");
    CHECK(printable(reg)["body"]["redirect_uris"] == "https://parvis.example/");
    const auto app = mastodon::read_app(response(200, R"({"id":"1","name":"Parvis","client_id":"cid","client_secret":"cs"})"));
    REQUIRE(app);
    CHECK(app->client_id == "cid");
    CHECK_FALSE(mastodon::read_app(response(200, R"({"id":"1"})")));
    const std::string url = mastodon::authorize_url("https://piaille.fr", *app, std::string(mastodon::kOutOfBand), "st", "chal");
    CHECK(url == "https://piaille.fr/oauth/authorize?response_type=code&client_id=cid&redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob"
                 "&scope=read%20write&state=st&code_challenge=chal&code_challenge_method=S256");
    CHECK(mastodon::read_token(response(200, R"({"access_token":"tok","token_type":"Bearer","scope":"read write"})")) == "tok");
    CHECK_FALSE(mastodon::read_token(response(400, R"({"error":"invalid_grant"})")));
    const HttpRequest revoke = mastodon::revoke_request("https://piaille.fr", *app, "tok");
    CHECK(printable(revoke)["body"]["token"] == "[masqué]");
}

TEST_CASE("Mastodon: the instance's limits feed the counter") {
    const auto limits = mastodon::read_instance(response(200, R"({"domain":"piaille.fr","configuration":{
        "statuses":{"max_characters":1000,"max_media_attachments":4,"characters_reserved_per_url":23},
        "media_attachments":{"supported_mime_types":["image/jpeg","image/png"],"image_size_limit":16777216,"description_limit":1500}}})"));
    REQUIRE(limits);
    CHECK(limits->max_characters == 1000);
    CHECK(limits->image_size_limit == 16777216);
    CHECK(limits->supported_mime_types.size() == 2);
    // An instance saying nonsense keeps the defaults.
    const auto odd = mastodon::read_instance(response(200, R"({"configuration":{"statuses":{"max_characters":-5}}})"));
    REQUIRE(odd);
    CHECK(odd->max_characters == 500);
    CHECK_FALSE(mastodon::read_instance(response(200, R"([1,2])")));
}

TEST_CASE("Mastodon: publish or schedule with an idempotency key; scheduled_at at least 5 minutes ahead") {
    CHECK_FALSE(mastodon::schedulable(kNow + 4min + 59s, kNow));
    CHECK(mastodon::schedulable(kNow + 5min, kNow));
    const std::string key = mastodon::idempotency_key("p1", "masto", "Bonjour");
    CHECK(key == mastodon::idempotency_key("p1", "masto", "Bonjour"));
    CHECK(key != mastodon::idempotency_key("p1", "masto", "Bonjour !"));
    const HttpRequest r = mastodon::status_request(
        "https://piaille.fr", "tok",
        {.text = "Noël 🎄", .spoiler_text = "Travaux", .media_ids = {"m1"}, .in_reply_to_id = "s9", .scheduled_at = kNow + 1h, .idempotency_key = key});
    CHECK(header(r.headers, "Idempotency-Key") == key);
    const auto body = printable(r)["body"];
    CHECK(body["status"] == "Noël 🎄");
    CHECK(body["language"] == "fr");
    CHECK(body["spoiler_text"] == "Travaux");
    CHECK(body["media_ids"][0] == "m1");
    CHECK(body["in_reply_to_id"] == "s9");
    CHECK(body["scheduled_at"] == "2026-12-04T11:00:00Z");

    const auto scheduled = mastodon::read_published(response(200, R"({"id":"3221","scheduled_at":"2026-12-04T11:00:00.000Z","params":{}})"));
    REQUIRE(scheduled);
    CHECK(scheduled->scheduled);
    CHECK(scheduled->scheduled_at == kNow + 1h);
    const auto status = mastodon::read_published(response(200, R"({"id":"1103","url":"https://piaille.fr/@ville/1103","scheduled_at":null})"));
    REQUIRE(status);
    CHECK_FALSE(status->scheduled);
    CHECK(status->url == "https://piaille.fr/@ville/1103");

    CHECK(mastodon::reschedule_request("https://piaille.fr", "tok", "3221", kNow + 2h).method == "PUT");
    const HttpRequest cancel = mastodon::cancel_scheduled_request("https://piaille.fr", "tok", "3221");
    CHECK(cancel.method == "DELETE");
    CHECK(cancel.url == "https://piaille.fr/api/v1/scheduled_statuses/3221");
}

TEST_CASE("Mastodon: an image is processed asynchronously (202), then polled until ready") {
    const auto processing = mastodon::read_media(response(202, R"({"id":"m1","type":"image","url":null,"description":"Affiche"})"));
    REQUIRE(processing);
    CHECK_FALSE(processing->ready);
    const auto still = mastodon::read_media(response(206, R"({"id":"m1","url":null})"));
    REQUIRE(still);
    CHECK_FALSE(still->ready);
    const auto ready = mastodon::read_media(response(200, R"({"id":"m1","url":"https://files.piaille.fr/m1.png"})"));
    REQUIRE(ready);
    CHECK(ready->ready);
    CHECK(mastodon::media_poll_request("https://piaille.fr", "tok", "m1").url == "https://piaille.fr/api/v1/media/m1");
}

TEST_CASE("Mastodon: the planned status gets the uploaded media's ids and keeps its Idempotency-Key") {
    mastodon::StatusOptions o;
    o.text = "Marché de Noël";
    o.media_ids = {"{media:affiche.png}"};
    o.idempotency_key = mastodon::idempotency_key("p1", "a1", o.text);
    const HttpRequest planned = mastodon::status_request("https://piaille.fr", "tok", o);
    const HttpRequest sent = mastodon::with_media_ids(planned, {"109", "110"});
    const auto body = nlohmann::json::parse(sent.body);
    CHECK(body["media_ids"] == nlohmann::json::array({"109", "110"}));
    CHECK(body["status"] == "Marché de Noël");
    REQUIRE(sent.headers.size() == planned.headers.size());  // same Idempotency-Key, one Content-Type
    for (std::size_t i = 0; i < sent.headers.size(); ++i) {
        CHECK(sent.headers[i].name == planned.headers[i].name);
        CHECK(sent.headers[i].value == planned.headers[i].value);
    }
    CHECK(nlohmann::json::parse(mastodon::with_media_ids(planned, {}).body).count("media_ids") == 0);
    HttpRequest odd = planned;
    odd.body = "pas du JSON";
    CHECK(mastodon::with_media_ids(odd, {"1"}).body == "pas du JSON");
}

TEST_CASE("Mastodon: mentions come back oldest first, HTML as text, incomplete ones skipped") {
    CHECK(mastodon::mentions_request("https://piaille.fr", "tok", "77").url ==
          "https://piaille.fr/api/v1/notifications?types%5B%5D=mention&limit=40&since_id=77");
    const auto mentions = mastodon::read_mentions(response(200, R"([
      {"id":"80","type":"mention","created_at":"2026-12-04T09:10:00.000Z","account":{"acct":"marie@mastodon.social"},
       "status":{"id":"s2","in_reply_to_id":"1103","created_at":"2026-12-04T09:10:00.000Z","content":"<p>Et le parking ? C&#39;est gratuit&nbsp;?</p>"}},
      {"id":"79","type":"mention","account":{"acct":"x"}},
      {"id":"78","type":"favourite","created_at":"2026-12-04T09:00:00.000Z","account":{"acct":"y"},"status":{"id":"s1","created_at":"2026-12-04T09:00:00.000Z"}},
      {"id":"77","type":"mention","created_at":"2026-12-04T08:00:00.000Z","account":{"acct":"paul"},
       "status":{"id":"s1","in_reply_to_id":null,"created_at":"2026-12-04T08:00:00.000Z","content":"<p>Bonjour <span>@ville</span></p>"}}])"));
    REQUIRE(mentions);
    REQUIRE(mentions->size() == 2);
    CHECK((*mentions)[0].status_id == "s1");
    CHECK((*mentions)[0].text == "Bonjour @ville");
    CHECK((*mentions)[1].author == "marie@mastodon.social");
    CHECK((*mentions)[1].in_reply_to_id == "1103");
    CHECK((*mentions)[1].text == "Et le parking ? C'est gratuit\u00a0?");
    CHECK_FALSE(mastodon::read_mentions(response(200, "{}")));
}

TEST_CASE("Mastodon: a status's counts, bounded") {
    const auto c = mastodon::read_status_counts(response(
        200, R"({"id":"1103","url":"https://piaille.fr/@ville/1103","replies_count":3,"reblogs_count":99999999999999999999,"favourites_count":-4})"));
    REQUIRE(c);
    CHECK(c->replies == 3);
    CHECK(c->reblogs == std::int64_t{1} << 53);
    CHECK(c->favourites == 0);
}

//-----------------------------------------------------------------------------
// Bluesky
//-----------------------------------------------------------------------------

TEST_CASE("Bluesky: facets at UTF-8 byte offsets of the published text") {
    SUBCASE("a bare domain becomes an https link, shortened in the text, whole in the facet") {
        const auto r = bluesky::rich_text("Été 🌞 : mairie.fr/ete-2027/programme-complet");
        REQUIRE(r.facets.size() == 1);
        CHECK(r.facets[0].kind == bluesky::FacetKind::link);
        CHECK(r.facets[0].value == "https://mairie.fr/ete-2027/programme-complet");
        CHECK(r.text.substr(r.facets[0].byte_start, r.facets[0].byte_end - r.facets[0].byte_start) == "mairie.fr/ete-2027/pro...");
    }
    SUBCASE("mentions are handles (domains); an e-mail or a bare name is not one") {
        const auto r = bluesky::rich_text("Merci @office.bsky.social. Écrivez à contact@mairie.fr ou @bob");
        REQUIRE(r.facets.size() == 1);
        CHECK(r.facets[0].kind == bluesky::FacetKind::mention);
        CHECK(r.facets[0].value == "office.bsky.social");
        CHECK(r.text.substr(r.facets[0].byte_start, r.facets[0].byte_end - r.facets[0].byte_start) == "@office.bsky.social");
    }
    SUBCASE("hashtags with accents; a « # » inside a link is not a tag") {
        const auto r = bluesky::rich_text("#FêteDesLumières sur https://ville.fr/page#programme");
        REQUIRE(r.facets.size() == 2);
        CHECK(r.facets[0].kind == bluesky::FacetKind::tag);
        CHECK(r.facets[0].value == "FêteDesLumières");
        CHECK(r.facets[0].byte_start == 0);
        CHECK(r.facets[0].byte_end == std::string("#FêteDesLumières").size());
        CHECK(r.facets[1].kind == bluesky::FacetKind::link);
    }
}

TEST_CASE("Bluesky: the post record, with langs, facets, images and their alt text, and a stable rkey") {
    bluesky::PostOptions o;
    o.repo = "did:plc:ville";
    o.rich = bluesky::rich_text("Avec @office.bsky.social et @inconnu.bsky.social");
    o.dids["office.bsky.social"] = "did:plc:office";
    o.created_at = kNow;
    o.images.push_back({nlohmann::json::parse(R"({"$type":"blob","ref":{"$link":"bafk"},"mimeType":"image/png","size":10})"), "Le parvis"});
    o.reply_root = bluesky::StrongRef{"at://did:plc:a/app.bsky.feed.post/1", "c1"};
    o.reply_parent = bluesky::StrongRef{"at://did:plc:a/app.bsky.feed.post/2", "c2"};
    o.rkey = bluesky::post_rkey("p1", "bsky", kNow);
    const auto record = bluesky::post_record(o);
    CHECK(record["$type"] == "app.bsky.feed.post");
    CHECK(record["langs"][0] == "fr");
    CHECK(record["createdAt"] == "2026-12-04T10:00:00Z");
    REQUIRE(record["facets"].size() == 1);  // the unresolved mention stays plain text
    CHECK(record["facets"][0]["features"][0]["did"] == "did:plc:office");
    CHECK(record["embed"]["images"][0]["alt"] == "Le parvis");
    CHECK(record["embed"]["images"][0]["image"]["ref"]["$link"] == "bafk");
    CHECK(record["reply"]["parent"]["cid"] == "c2");

    CHECK(o.rkey.size() == 13);
    CHECK(o.rkey == bluesky::post_rkey("p1", "bsky", kNow));
    CHECK(o.rkey != bluesky::post_rkey("p1", "bsky2", kNow));
    CHECK(std::string("234567abcdefghij").find(o.rkey[0]) != std::string::npos);  // top bit 0

    const HttpRequest r = bluesky::create_post_request("https://bsky.social", "jwt", o);
    CHECK(printable(r)["body"]["rkey"] == o.rkey);
    CHECK(printable(r)["body"]["collection"] == "app.bsky.feed.post");
}

TEST_CASE("Bluesky: session, blob, created record, counts and notifications") {
    const auto s = bluesky::read_session(response(200, R"({"did":"did:plc:v","handle":"ville.bsky.social","accessJwt":"a","refreshJwt":"r"})"));
    REQUIRE(s);
    CHECK(s->did == "did:plc:v");
    CHECK_FALSE(bluesky::read_session(response(200, R"({"did":"did:plc:v"})")));
    CHECK(header(bluesky::refresh_session_request("https://bsky.social", "r").headers, "Authorization") == "Bearer r");
    CHECK(bluesky::read_did(response(200, R"({"did":"did:plc:office"})")) == "did:plc:office");
    CHECK_FALSE(bluesky::read_did(response(200, R"({"did":"nope"})")));
    CHECK(bluesky::read_blob(response(200, R"({"blob":{"$type":"blob","ref":{"$link":"bafk"},"mimeType":"image/png","size":3}})")));
    const auto created = bluesky::read_created(response(200, R"({"uri":"at://did:plc:v/app.bsky.feed.post/3k","cid":"bafy"})"));
    REQUIRE(created);
    CHECK(bluesky::permalink("ville.bsky.social", "3k") == "https://bsky.app/profile/ville.bsky.social/post/3k");

    const auto counts = bluesky::read_post_counts(response(200, R"({"posts":[{"uri":"at://x/app.bsky.feed.post/1","likeCount":5,"repostCount":2,"replyCount":1,"quoteCount":0}]})"));
    REQUIRE(counts);
    REQUIRE(counts->size() == 1);
    CHECK((*counts)[0].likes == 5);

    const auto notes = bluesky::read_notifications(response(200, R"({"notifications":[
      {"uri":"at://b/app.bsky.feed.post/2","reason":"reply","author":{"handle":"marie.bsky.social"},
       "record":{"text":"Et le parking ?","createdAt":"2026-12-04T09:30:00.000Z","reply":{"parent":{"uri":"at://v/app.bsky.feed.post/1"}}}},
      {"uri":"at://c/app.bsky.feed.like/3","reason":"like","author":{"handle":"paul.bsky.social"},"record":{"createdAt":"2026-12-04T09:20:00Z"}},
      {"uri":"at://d/app.bsky.feed.post/4","reason":"mention","author":{"handle":"jo.bsky.social"},
       "record":{"text":"@ville.bsky.social bravo","createdAt":"2026-12-04T09:00:00Z"}}]})"));
    REQUIRE(notes);
    REQUIRE(notes->size() == 2);
    CHECK((*notes)[0].reason == "mention");
    CHECK((*notes)[1].parent_uri == "at://v/app.bsky.feed.post/1");
}

TEST_CASE("Bluesky: a reply's refs come from getPosts' view of the post answered") {
    const std::string answered = "at://did:plc:lea/app.bsky.feed.post/3reply";
    // A reply in a thread: the parent is the post itself, the root its thread's first post.
    auto t = bluesky::read_reply_target(response(200, R"({"posts":[
      {"uri":"at://did:plc:other/app.bsky.feed.post/9","cid":"bafyother"},
      {"uri":"at://did:plc:lea/app.bsky.feed.post/3reply","cid":"bafyreply","record":{"text":"Et le parking ?",
       "reply":{"root":{"uri":"at://did:plc:v/app.bsky.feed.post/1","cid":"bafyroot"},"parent":{"uri":"at://did:plc:v/app.bsky.feed.post/1","cid":"bafyroot"}}}}]})"),
                                        answered);
    REQUIRE(t);
    CHECK(t->parent.uri == answered);
    CHECK(t->parent.cid == "bafyreply");
    CHECK(t->root.uri == "at://did:plc:v/app.bsky.feed.post/1");
    CHECK(t->root.cid == "bafyroot");
    // A mention (a post that answers nothing): it is its own thread's root.
    t = bluesky::read_reply_target(response(200, R"({"posts":[{"uri":"at://did:plc:lea/app.bsky.feed.post/3reply","cid":"bafym","record":{"text":"@ville bravo"}}]})"), answered);
    REQUIRE(t);
    CHECK(t->root.uri == answered);
    CHECK(t->root.cid == "bafym");
    // Not held (deleted, not indexed), no cid, an error: no reply can be built.
    CHECK_FALSE(bluesky::read_reply_target(response(200, R"({"posts":[]})"), answered));
    CHECK_FALSE(bluesky::read_reply_target(response(200, R"({"posts":[{"uri":"at://did:plc:lea/app.bsky.feed.post/3reply"}]})"), answered));
    CHECK_FALSE(bluesky::read_reply_target(response(400, R"({"error":"InvalidRequest"})"), answered));
    // A broken root falls back to the parent: the reply still lands in the thread.
    t = bluesky::read_reply_target(response(200, R"({"posts":[{"uri":"at://did:plc:lea/app.bsky.feed.post/3reply","cid":"c1","record":{"reply":{"root":{"uri":"x"}}}}]})"), answered);
    REQUIRE(t);
    CHECK(t->root.uri == answered);
}

TEST_CASE("Bluesky: a retry first asks the PDS for the record at its rkey; « Déconnecter » ends the session") {
    const auto get = bluesky::get_record_request("http://127.0.0.1:2583", "did:plc:v", "3lbcdefghijk2");
    CHECK(get.method == "GET");
    CHECK(get.url == "http://127.0.0.1:2583/xrpc/com.atproto.repo.getRecord?repo=did%3Aplc%3Av&collection=app.bsky.feed.post&rkey=3lbcdefghijk2");
    const auto held = bluesky::read_record(
        response(200, R"({"uri":"at://did:plc:v/app.bsky.feed.post/3lbcdefghijk2","cid":"bafyrei","value":{"text":"Bonjour"}})"));
    REQUIRE(held);
    CHECK(held->cid == "bafyrei");
    CHECK_FALSE(bluesky::read_record(response(200, R"({"uri":"at://did:plc:v/app.bsky.feed.post/3l"})")));
    // The PDS's « not there » (what the reference PDS answers), and a plain 404: safe to create.
    CHECK(bluesky::record_absent(response(400, R"({"error":"RecordNotFound","message":"Could not locate record"})")));
    CHECK(bluesky::record_absent(response(404, "")));
    // Any other failure leaves the question open: the retry waits, it does not create.
    CHECK_FALSE(bluesky::record_absent(response(400, R"({"error":"InvalidRequest"})")));
    CHECK_FALSE(bluesky::record_absent(response(0, "")));
    CHECK_FALSE(bluesky::record_absent(response(500, R"({"error":"RecordNotFound"})")));

    const auto bye = bluesky::delete_session_request("https://bsky.social", "refresh-secret");
    CHECK(bye.method == "POST");
    CHECK(bye.url == "https://bsky.social/xrpc/com.atproto.server.deleteSession");
    CHECK(header(bye.headers, "Authorization") == "Bearer refresh-secret");
    CHECK(printable(bye).dump().find("refresh-secret") == std::string::npos);
}

//-----------------------------------------------------------------------------
// Facebook Page
//-----------------------------------------------------------------------------

TEST_CASE("Facebook: publish now or schedule within Meta's window; comments and counts") {
    CHECK_FALSE(facebook::schedulable(kNow + 9min, kNow));
    CHECK(facebook::schedulable(kNow + 10min, kNow));
    CHECK(facebook::schedulable(kNow + 24h * 30, kNow));
    CHECK_FALSE(facebook::schedulable(kNow + 24h * 30 + 1s, kNow));
    const HttpRequest r = facebook::feed_request("tok", {.page_id = "1234", .message = "Noël", .link = "https://ville.fr", .scheduled_at = kNow + 1h});
    CHECK(r.url == "https://graph.facebook.com/v24.0/1234/feed");
    CHECK(printable(r)["body"]["published"] == "false");
    CHECK(printable(r)["body"]["scheduled_publish_time"] == "1796382000");
    CHECK(r.url.find("tok") == std::string::npos);  // the token is a header, never in the address
    CHECK(facebook::read_post_id(response(200, R"({"id":"1234_5678"})")) == "1234_5678");
    const auto comments = facebook::read_comments(response(200, R"({"data":[
      {"id":"c1","message":"Super !","from":{"name":"Marie"},"created_time":"2026-12-04T09:00:00+0000"},
      {"id":"c2","message":"sans date"}]})"));
    REQUIRE(comments);
    REQUIRE(comments->size() == 1);
    CHECK((*comments)[0].author == "Marie");
    const auto counts = facebook::read_counts(response(200, R"({"reactions":{"data":[],"summary":{"total_count":12}},
      "comments":{"data":[],"summary":{"total_count":3}},"shares":{"count":2},"id":"1234_5678"})"));
    REQUIRE(counts);
    CHECK(counts->reactions == 12);
    CHECK(counts->shares == 2);
}

TEST_CASE("Facebook: a post's views and reach from its lifetime insights, the reach alone when Graph refuses the pair") {
    const HttpRequest both = facebook::insights_request("", "tok", "1234_5678");
    CHECK(both.method == "GET");
    CHECK(both.url == "https://graph.facebook.com/v24.0/1234_5678/insights?metric=post_media_view%2Cpost_total_media_view_unique&period=lifetime");
    CHECK(both.url.find("tok") == std::string::npos);
    CHECK(facebook::insights_request("", "tok", "1234_5678", true).url ==
          "https://graph.facebook.com/v24.0/1234_5678/insights?metric=post_total_media_view_unique&period=lifetime");

    auto read = facebook::read_insights(response(200, R"({"data":[
      {"name":"post_media_view","period":"lifetime","values":[{"value":340}],"id":"1234_5678/insights/post_media_view/lifetime"},
      {"name":"post_total_media_view_unique","period":"lifetime","values":[{"value":1},{"value":210}]},
      {"name":"post_clicks","period":"lifetime","values":[{"value":9}]}],"paging":{}})"));
    REQUIRE(read);
    CHECK(read->views == 340);
    CHECK(read->reach == 210);  // the last value of the metric
    // A metric missing, a value that is not a number, a hostile count: missing or bounded, never thrown.
    read = facebook::read_insights(response(200, R"({"data":[{"name":"post_total_media_view_unique","values":[{"value":"12"}]},
      {"name":"post_media_view","values":[{"value":1e300}]}, 7, {"name":"post_media_view"}]})"));
    REQUIRE(read);
    CHECK_FALSE(read->reach.has_value());
    CHECK(read->views == kMaxCount);
    CHECK(facebook::read_insights(response(200, R"({"data":[]})"))->views == std::nullopt);
    CHECK_FALSE(facebook::read_insights(response(200, R"({"data":{}})")));
    CHECK_FALSE(facebook::read_insights(response(200, "<html>")));

    const auto retired = response(400, R"({"error":{"message":"(#100) The value must be a valid insights metric","type":"OAuthException","code":100,"fbtrace_id":"x"}})");
    CHECK_FALSE(facebook::read_insights(retired));
    CHECK(facebook::unknown_metric(retired));
    const auto denied = response(400, R"({"error":{"message":"(#10) requires read_insights","type":"OAuthException","code":10}})");
    CHECK_FALSE(facebook::unknown_metric(denied));
    CHECK_FALSE(facebook::unknown_metric(response(500, R"({"error":{"code":100}})")));

    const auto counts = connect::received(facebook::PostCounts{.reactions = 4, .comments = 1, .shares = 0}, "1234_5678",
                                          facebook::PostInsights{.views = 340, .reach = std::nullopt});
    CHECK(counts.impressions == 340);
    CHECK_FALSE(counts.reach.has_value());
    CHECK_FALSE(connect::received(facebook::PostCounts{}, "1234_5678").impressions.has_value());
}

TEST_CASE("Facebook: images go up unpublished with their alt text, then the feed post attaches them in order") {
    const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(100, '\0');
    HttpRequest photo = facebook::photo_request("", "tok", "1234", {"file", "chorale.png", "image/png", png},
                                                "La chorale devant l’église", false);
    CHECK(photo.method == "POST");
    CHECK(photo.url == "https://graph.facebook.com/v24.0/1234/photos");
    CHECK(photo.url.find("tok") == std::string::npos);
    CHECK(photo.body_kind == BodyKind::multipart);
    CHECK(photo.body.find(png) != std::string::npos);  // the image's bytes, as they are
    auto body = printable(photo)["body"];
    CHECK(body["published"] == "false");
    CHECK(body["alt_text_custom"] == "La chorale devant l’église");
    CHECK_FALSE(body.contains("temporary"));
    CHECK(body["source"]["file_name"] == "chorale.png");
    // A post Meta publishes later needs its photos kept until then.
    photo = facebook::photo_request("", "tok", "1234", {"file", "a.jpg", "image/jpeg", "jpeg"}, "", true);
    body = printable(photo)["body"];
    CHECK(body["temporary"] == "true");
    CHECK_FALSE(body.contains("alt_text_custom"));  // no alt text typed: Meta's own stays

    // The feed post: placeholders of the plan replaced by the ids the uploads answered, in order.
    const HttpRequest planned = facebook::feed_request("tok", {.page_id = "1234", .message = "Fête de la musique 🎶", .photo_ids = {"{media:a}", "{media:b}"}});
    CHECK(printable(planned)["body"]["attached_media[1]"] == R"({"media_fbid":"{media:b}"})");
    const HttpRequest sent = facebook::with_photos(planned, {"111", "222"});
    const auto fields = form_decode(sent.body);
    REQUIRE(fields.size() == 3);
    CHECK(fields[0] == std::pair<std::string, std::string>{"message", "Fête de la musique 🎶"});
    CHECK(fields[1] == std::pair<std::string, std::string>{"attached_media[0]", R"({"media_fbid":"111"})"});
    CHECK(fields[2] == std::pair<std::string, std::string>{"attached_media[1]", R"({"media_fbid":"222"})"});
    CHECK(form_decode(facebook::with_photos(planned, {}).body).size() == 1);  // none: a text post
    CHECK(facebook::read_post_id(response(200, R"({"id":"9876"})")) == "9876");  // a photo's id
}

TEST_CASE("Facebook: the Graph base, the token check and Graph's error bodies") {
    CHECK(facebook::graph_base("") == "https://graph.facebook.com/v24.0");
    CHECK(facebook::graph_base(" http://127.0.0.1:8080/v24.0/ ") == "http://127.0.0.1:8080/v24.0");
    const HttpRequest check = facebook::page_request("http://127.0.0.1:9/v24.0", "page-secret", "1234");
    CHECK(check.method == "GET");
    CHECK(check.url == "http://127.0.0.1:9/v24.0/1234?fields=id%2Cname");
    CHECK(header(check.headers, "Authorization") == "Bearer page-secret");
    CHECK(printable(check).dump().find("page-secret") == std::string::npos);
    CHECK(facebook::page_request("", "t", "").url == "https://graph.facebook.com/v24.0/me?fields=id%2Cname");
    const auto page = facebook::read_page(response(200, R"({"id":"1234","name":"Ville de Saint-Étienne-du-Bois"})"));
    REQUIRE(page);
    CHECK(page->name == "Ville de Saint-Étienne-du-Bois");
    CHECK_FALSE(facebook::read_page(response(200, R"({"name":"sans id"})")));

    // What Graph answers to a bad or expired token: 400 (or 401) with code 190.
    const HttpResponse bad = response(400, R"({"error":{"message":"Invalid OAuth access token - Cannot parse access token",
      "type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AbCdEf123"}})");
    const auto e = facebook::read_error(bad);
    REQUIRE(e);
    CHECK(e->code == 190);
    CHECK(e->subcode == 463);
    CHECK(e->type == "OAuthException");
    CHECK(e->fbtrace_id == "AbCdEf123");
    CHECK_FALSE(facebook::read_page(bad));
    CHECK(read_failure(bad, Network::facebook, kNow).kind == FailureKind::unauthorized);
    CHECK_FALSE(facebook::read_error(response(400, "<html>")));
    CHECK_FALSE(facebook::read_error(response(400, R"({"error":"plain"})")));
    // A scheduled time outside the window: Graph's refusal is the platform's words, not retried.
    const Failure window = read_failure(response(400, R"({"error":{"message":"(#100) The specified scheduled publish time is invalid.",
      "type":"OAuthException","code":100,"fbtrace_id":"x"}})"), Network::facebook, kNow);
    CHECK(window.kind == FailureKind::refused);
    CHECK_FALSE(retryable(window.kind));
    CHECK(window.detail == "(#100) The specified scheduled publish time is invalid.");
}

TEST_CASE("Facebook: rate limits (codes 4, 17, 32, 613) wait as long as Meta's usage header says") {
    const std::string body32 = R"({"error":{"message":"(#32) Page request limit reached","type":"OAuthException","code":32,"fbtrace_id":"y"}})";
    Failure f = read_failure(response(400, body32, {{"X-Business-Use-Case-Usage",
        R"({"1234":[{"type":"pages","call_count":100,"total_cputime":40,"total_time":35,"estimated_time_to_regain_access":5}]})"},
        {"X-Page-Usage", R"({"call_count":100,"total_cputime":40,"total_time":35})"}}), Network::facebook, kNow);
    CHECK(f.kind == FailureKind::rate_limited);
    REQUIRE(f.retry_after);
    CHECK(*f.retry_after == 300s);
    CHECK(retry_delay(f, 1) == 300s);
    // No estimate (X-App-Usage gives percentages only): the usual backoff.
    f = read_failure(response(400, R"({"error":{"message":"(#4) Application request limit reached","code":4}})",
                              {{"X-App-Usage", R"({"call_count":100,"total_time":20,"total_cputime":10})"}}), Network::facebook, kNow);
    CHECK(f.kind == FailureKind::rate_limited);
    CHECK_FALSE(f.retry_after);
    CHECK(retry_delay(f, 1) == 30s);
    for (int code : {17, 613})
        CHECK(read_failure(response(400, R"({"error":{"message":"limit","code":)" + std::to_string(code) + "}}"), Network::facebook, kNow).kind ==
              FailureKind::rate_limited);
    // A damaged header is ignored; an estimate of 0 means « now » (1 s at least).
    f = read_failure(response(400, body32, {{"X-Business-Use-Case-Usage", "{not json"}}), Network::facebook, kNow);
    CHECK_FALSE(f.retry_after);
    f = read_failure(response(400, body32, {{"X-Business-Use-Case-Usage", R"({"1":[{"estimated_time_to_regain_access":0}]})"}}),
                     Network::facebook, kNow);
    REQUIRE(f.retry_after);
    CHECK(retry_delay(f, 1) == 1s);
}

TEST_CASE("Facebook: move, cancel, a lost answer found again, replies") {
    const std::string base = "http://127.0.0.1:9/v24.0";
    const HttpRequest move = facebook::reschedule_request(base, "tok", "1234_5678", kNow + 2h);
    CHECK(move.method == "POST");
    CHECK(move.url == base + "/1234_5678");
    CHECK(printable(move)["body"]["scheduled_publish_time"] == "1796385600");
    const HttpRequest cancel = facebook::delete_request(base, "tok", "1234_5678");
    CHECK(cancel.method == "DELETE");
    CHECK(cancel.url == base + "/1234_5678");
    CHECK(facebook::read_success(response(200, R"({"success":true})")));
    CHECK_FALSE(facebook::read_success(response(200, R"({"success":false})")));
    CHECK_FALSE(facebook::read_success(response(400, R"({"error":{"code":100}})")));

    const HttpRequest feed = facebook::recent_posts_request(base, "tok", "1234", false);
    CHECK(feed.url == base + "/1234/feed?fields=id%2Cmessage%2Ccreated_time&limit=25");
    CHECK(facebook::recent_posts_request(base, "tok", "1234", true).url ==
          base + "/1234/scheduled_posts?fields=id%2Cmessage%2Cscheduled_publish_time&limit=25");
    const auto held = facebook::read_posts(response(200, R"({"data":[
      {"id":"1234_1","message":"Marché de Noël","created_time":"2026-12-04T09:59:30+0000"},
      {"id":"1234_2","message":"Marché de Noël","created_time":"2026-12-01T09:00:00+0000"},
      {"id":"1234_3","message":"Programmé","scheduled_publish_time":1796382000},
      {"message":"sans id"}],"paging":{"cursors":{}}})"));
    REQUIRE(held);
    REQUIRE(held->size() == 3);
    CHECK(facebook::find_sent(*held, "Marché de Noël", kNow, std::nullopt) == "1234_1");
    CHECK_FALSE(facebook::find_sent(*held, "Marché de Noël", kNow + 5min, std::nullopt));  // an older post of the same text
    CHECK_FALSE(facebook::find_sent(*held, "Autre texte", kNow, std::nullopt));
    CHECK(facebook::find_sent(*held, "Programmé", kNow, kNow + 1h) == "1234_3");
    CHECK_FALSE(facebook::find_sent(*held, "Programmé", kNow, kNow + 2h));
    CHECK_FALSE(facebook::read_posts(response(200, R"({"data":{}})")));

    const HttpRequest reply = facebook::reply_request(base, "tok", "5678_91", "Merci, c’est noté !");
    CHECK(reply.method == "POST");
    CHECK(reply.url == base + "/5678_91/comments");
    CHECK(printable(reply)["body"]["message"] == "Merci, c’est noté !");
    CHECK(facebook::comments_request(base, "tok", "1234_5678").url.rfind(base + "/1234_5678/comments?", 0) == 0);

    // Comments become comments of the post; counts its figures.
    const auto msgs = received(std::vector<facebook::Comment>{{"c1", "Marie", "Super !", kNow}}, "1234_5678");
    REQUIRE(msgs.size() == 1);
    CHECK(msgs[0].in_reply_to == "1234_5678");
    CHECK(msgs[0].external_id == "c1");
    const edit::ReceivedCounts counts = received(facebook::PostCounts{12, 3, 2}, "1234_5678");
    CHECK(counts.likes == 12);
    CHECK(counts.replies == 3);
    CHECK(counts.reposts == 2);
}

//-----------------------------------------------------------------------------
// The publish plan
//-----------------------------------------------------------------------------

TEST_CASE("the publish plan: one route per network, nothing for a published or inactive account") {
    Workspace ws;
    ws.accounts = {{.id = "m", .network = Network::mastodon, .instance = "piaille.fr"},
                   {.id = "b", .network = Network::bluesky, .handle = "@ville.bsky.social"},
                   {.id = "f", .network = Network::facebook},
                   {.id = "x", .network = Network::x},
                   {.id = "t", .network = Network::tiktok},
                   {.id = "off", .network = Network::mastodon, .active = false}};
    Post p;
    p.id = "p";
    p.scheduled_at = kNow + 2h;
    for (const char* a : {"m", "b", "f", "x", "t", "off"}) p.variants.push_back({.account_id = a, .text = "Bonjour #Ville"});
    p.variants.push_back({.account_id = "m2", .text = "compte disparu"});
    PlanOptions o;
    o.now = kNow;
    o.connections["m"] = {"https://piaille.fr", "vrai-jeton", "ville", "ville"};
    const PublishPlan plan = plan_publish(ws, p, o);
    REQUIRE(plan.requests.size() == 3);
    CHECK(plan.requests[0].step == "schedule");     // Mastodon, on the server
    CHECK(header(plan.requests[0].request.headers, "Authorization") == "Bearer vrai-jeton");
    CHECK(plan.requests[1].step == "publish");      // Bluesky: sent by Parvis at the time
    CHECK(plan.requests[2].step == "schedule");     // Facebook
    REQUIRE(plan.assisted.size() == 1);
    CHECK(plan.assisted[0].open_url == "https://x.com/intent/post?text=Bonjour%20%23Ville");
    REQUIRE(plan.skipped.size() == 2);
    CHECK(plan.skipped[0].reason == "unsupported");
    CHECK(plan.skipped[1].reason == "inactive");
    CHECK(plan_to_json(plan).dump().find("vrai-jeton") == std::string::npos);

    p.variants[0].permalink = "https://piaille.fr/@ville/1";
    o.account_id = "m";
    const PublishPlan again = plan_publish(ws, p, o);
    CHECK(again.requests.empty());
    REQUIRE(again.skipped.size() == 1);
    CHECK(again.skipped[0].reason == "already_published");
}
