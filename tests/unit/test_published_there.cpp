// Posts a platform held scheduled and has published since (core/connect/published_there.h): which
// variants are asked about and when, Facebook's answers (out, not yet, deleted, errors), and
// Mastodon's requests and the status text a lookup compares.
#include <doctest/doctest.h>

#include <string>

#include "connect/publish_plan.h"
#include "connect/published_there.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::connect;
using namespace std::chrono_literals;
using namespace date::literals;
using parvis::testing::utc;

namespace {

const Instant kAt = utc(2027_y / 3 / 12, 10h);

HttpResponse answer(int status, std::string body) {
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

Workspace held_there() {
    Workspace ws;
    ws.accounts.push_back(NetworkAccount{.id = "acc-m", .network = Network::mastodon});
    ws.accounts.push_back(NetworkAccount{.id = "acc-f", .network = Network::facebook});
    ws.accounts.push_back(NetworkAccount{.id = "acc-b", .network = Network::bluesky});
    for (int i = 0; i < 14; ++i) {
        Post p;
        p.id = "p" + std::to_string(i);
        p.status = PostStatus::scheduled;
        p.scheduled_at = kAt + std::chrono::hours(i);
        for (const char* account : {"acc-m", "acc-f", "acc-b"}) {
            PostVariant v;
            v.account_id = account;
            v.text = "Conseil municipal jeudi à 18 h 30 " + std::to_string(i);
            v.external_id = std::string("id-") + account + "-" + std::to_string(i);
            v.remote_at = p.scheduled_at;
            p.variants.push_back(v);
        }
        ws.posts.push_back(p);
    }
    return ws;
}

}  // namespace

TEST_CASE("published there: asked once the platform's time is a minute past, oldest first, at most ten") {
    const Workspace ws = held_there();
    CHECK(due_there(ws, "acc-m", kAt).empty());                  // its time, not yet a minute past
    CHECK(due_there(ws, "acc-m", kAt + 59s).empty());
    auto due = due_there(ws, "acc-m", kAt + 1min);
    REQUIRE(due.size() == 1);
    CHECK(due[0].post_id == "p0");
    CHECK(due[0].external_id == "id-acc-m-0");
    CHECK(due[0].network == Network::mastodon);
    CHECK(due[0].at == kAt);
    CHECK(due[0].text == "Conseil municipal jeudi à 18 h 30 0");
    due = due_there(ws, "acc-f", kAt + 30h);
    REQUIRE(due.size() == kMaxDueThere);
    CHECK(due.front().post_id == "p0");
    CHECK(due.back().post_id == "p9");
    CHECK(due.front().text.empty());  // Facebook keeps the id: no text to compare
    // Bluesky has no scheduling of its own; an unknown account asks nothing.
    CHECK(due_there(ws, "acc-b", kAt + 30h).empty());
    CHECK(due_there(ws, "acc-x", kAt + 30h).empty());
}

TEST_CASE("published there: a variant no longer held scheduled is not asked about") {
    Workspace ws = held_there();
    ws.posts[0].variants[0].remote_at.reset();   // published now, or recorded as published since
    ws.posts[1].variants[0].external_id.clear();  // cancelled there
    const auto due = due_there(ws, "acc-m", kAt + 90min + 1min);
    CHECK(due.empty());
}

TEST_CASE("published there: Facebook says out (and when), not yet, or deleted; anything else is a failure") {
    const HttpRequest r = facebook::post_state_request("https://graph.facebook.com/v24.0", "secret", "123_456");
    CHECK(r.method == "GET");
    CHECK(r.url == "https://graph.facebook.com/v24.0/123_456?fields=id%2Cis_published%2Ccreated_time");
    auto state = facebook::read_post_state(answer(200, R"({"id":"123_456","is_published":true,"created_time":"2027-03-12T10:00:04+0000"})"));
    REQUIRE(state);
    CHECK(state->published);
    CHECK(state->at == kAt + 4s);
    state = facebook::read_post_state(answer(200, R"({"id":"123_456","is_published":false})"));
    REQUIRE(state);
    CHECK_FALSE(state->published);
    CHECK_FALSE(facebook::read_post_state(answer(200, R"({"id":"123_456"})")));            // no answer to the question
    CHECK_FALSE(facebook::read_post_state(answer(200, R"({"is_published":"yes"})")));       // not a boolean
    CHECK_FALSE(facebook::read_post_state(answer(200, "<html>")));
    const std::string missing = R"({"error":{"message":"(#100) Object with ID '123_456' does not exist","type":"GraphMethodException","code":100,"error_subcode":33}})";
    CHECK(facebook::post_gone(answer(400, missing)));
    CHECK(facebook::post_gone(answer(404, "")));
    CHECK_FALSE(facebook::post_gone(answer(400, R"({"error":{"message":"Invalid OAuth access token","code":190}})")));
    CHECK_FALSE(facebook::post_gone(answer(500, missing)));
    CHECK_FALSE(facebook::post_gone(answer(0, "")));
}

TEST_CASE("published there: Mastodon's scheduled status asked by id; the text compared is the one the publish sends") {
    const HttpRequest r = mastodon::scheduled_get_request("https://piaille.fr", "secret", "42");
    CHECK(r.method == "GET");
    CHECK(r.url == "https://piaille.fr/api/v1/scheduled_statuses/42");
    PostVariant v;
    v.text = "Le marché de Noël ouvre samedi";
    CHECK(mastodon::status_text(v) == v.text);
    v.link = "https://saint-exemple.fr/noel";
    CHECK(mastodon::status_text(v) == "Le marché de Noël ouvre samedi\nhttps://saint-exemple.fr/noel");
    v.text += " : https://saint-exemple.fr/noel";
    CHECK(mastodon::status_text(v) == v.text);  // a link already in the text is not added twice
}
