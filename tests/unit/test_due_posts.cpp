// Posts Parvis sends at their time on networks with no scheduling of their own
// (core/connect/due_posts.h): what is due, what is missed, and every reason a post is not sent.
#include <doctest/doctest.h>

#include "connect/due_posts.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::connect;
using namespace std::chrono_literals;
using namespace date::literals;
using parvis::testing::utc;

namespace {

const Instant kAt = utc(2027_y / 3 / 12, 17h + 30min);

// One post « programmé » for kAt on Bluesky and Mastodon; no validation circuit.
Workspace sample() {
    Workspace ws;
    ws.accounts = {{.id = "bsky", .network = Network::bluesky}, {.id = "masto", .network = Network::mastodon}};
    ws.charter.message_types = {{"info", "Info", 1.0, {}}};
    Post p;
    p.id = "a";
    p.message_type_id = "info";
    p.status = PostStatus::scheduled;
    p.scheduled_at = kAt;
    p.variants = {{.account_id = "bsky", .text = "Concert"}, {.account_id = "masto", .text = "Concert"}};
    ws.posts = {p};
    return ws;
}

const std::vector<std::string> kBoth = {"bsky", "masto"};

}  // namespace

TEST_CASE("due posts: not before its time; due at it and within the grace; missed after") {
    const Workspace ws = sample();
    CHECK(due_posts(ws, kBoth, kAt - 1s).due.empty());
    CHECK(due_posts(ws, kBoth, kAt - 1s).missed.empty());
    for (const Instant now : {kAt, kAt + kLateGrace}) {
        const DuePosts d = due_posts(ws, kBoth, now);
        REQUIRE(d.due.size() == 1);  // Bluesky only: Mastodon schedules on its server
        CHECK(d.due[0] == DuePost{"a", "bsky", kAt});
        CHECK(d.missed.empty());
    }
    const DuePosts late = due_posts(ws, kBoth, kAt + kLateGrace + 1s);
    CHECK(late.due.empty());
    REQUIRE(late.missed.size() == 1);
    CHECK(late.missed[0].account_id == "bsky");
}

TEST_CASE("due posts: every reason a post is not sent by this device") {
    const Instant now = kAt + 1min;
    SUBCASE("the account is not connected here") { CHECK(due_posts(sample(), {"masto"}, now).due.empty()); }
    SUBCASE("already published there") {
        Workspace ws = sample();
        ws.posts[0].variants[0].external_id = "3k2";
        CHECK(due_posts(ws, kBoth, now).due.empty());
    }
    SUBCASE("held by crisis mode") {
        Workspace ws = sample();
        ws.posts[0].held = true;
        CHECK(due_posts(ws, kBoth, now).due.empty());
    }
    SUBCASE("not « programmé »") {
        for (PostStatus s : {PostStatus::idea, PostStatus::draft, PostStatus::to_validate, PostStatus::validated,
                             PostStatus::published, PostStatus::cancelled}) {
            Workspace ws = sample();
            ws.posts[0].status = s;
            CHECK(due_posts(ws, kBoth, now).due.empty());
        }
    }
    SUBCASE("its circuit is incomplete") {
        Workspace ws = sample();
        ws.charter.message_types[0].validation_circuit = {Role::validator_dgs};
        CHECK(due_posts(ws, kBoth, now).due.empty());
    }
    SUBCASE("a repeating post") {
        Workspace ws = sample();
        ws.posts[0].recurrence = Recurrence{};
        CHECK(due_posts(ws, kBoth, now).due.empty());
    }
    SUBCASE("a deactivated account") {
        Workspace ws = sample();
        ws.accounts[0].active = false;
        CHECK(due_posts(ws, kBoth, now).due.empty());
    }
}
