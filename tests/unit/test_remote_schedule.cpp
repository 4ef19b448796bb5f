// Posts scheduled on a platform follow the workspace (core/connect/remote_schedule.h) and the
// platform's answers are recorded (record_platform_reschedule / record_platform_cancel): every
// way the post can change in Parvis × what must happen on the platform.
#include <doctest/doctest.h>

#include <algorithm>

#include "connect/remote_schedule.h"
#include "edit/post_setup_edits.h"
#include "edit/publish_edits.h"
#include "io/workspace_json.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::connect;
using namespace std::chrono_literals;
using namespace date::literals;
using parvis::testing::utc;

namespace {

const Instant kNow = utc(2027_y / 6 / 20, 9h);
const Instant kAt = utc(2027_y / 6 / 21, 16h);
const edit::Actor kCm{"cm", kNow};

// A post scheduled on Mastodon (status 77) and Facebook (post 1_2) for kAt, and on Bluesky
// locally (no platform scheduling).
Workspace sample() {
    Workspace ws;
    ws.id = "w";
    ws.accounts = {{.id = "masto", .network = Network::mastodon},
                   {.id = "fb", .network = Network::facebook},
                   {.id = "bsky", .network = Network::bluesky}};
    ws.charter.message_types = {{"info", "Info", 1.0, {}}};
    ws.people = {{"cm", "Camille", Role::community_manager, "", ""}};
    Post p;
    p.id = "a";
    p.owner_id = "cm";
    p.message_type_id = "info";
    p.status = PostStatus::scheduled;
    p.scheduled_at = kAt;
    p.variants = {{.account_id = "masto", .text = "Fête", .external_id = "77", .remote_at = kAt},
                  {.account_id = "fb", .text = "Fête", .external_id = "1_2", .remote_at = kAt},
                  {.account_id = "bsky", .text = "Fête"}};
    ws.posts = {p};
    return ws;
}

}  // namespace

TEST_CASE("remote schedule: nothing to do while the workspace and the platforms agree") {
    CHECK(remote_changes(sample(), kNow).empty());
    CHECK(held_on_platforms(sample(), kNow).empty());
}

TEST_CASE("remote schedule: a moved post is moved on each platform holding it") {
    Workspace ws = sample();
    ws.posts[0].scheduled_at = kAt + 2h;
    const auto changes = remote_changes(ws, kNow);
    REQUIRE(changes.size() == 2);
    for (const RemoteChange& c : changes) {
        CHECK(c.kind == RemoteChangeKind::move);
        CHECK(c.at == kAt + 2h);
        CHECK_FALSE(c.too_soon);
    }
    CHECK(changes[0].network == Network::mastodon);
    CHECK(changes[0].external_id == "77");
    CHECK(changes[1].network == Network::facebook);
    const auto masto = remote_change_request(changes[0], {.base = "https://m.example", .token = "T"});
    REQUIRE(masto);
    CHECK(masto->method == "PUT");
    CHECK(masto->url == "https://m.example/api/v1/scheduled_statuses/77");
    CHECK(masto->body.find("2027-06-21T18:00:00") != std::string::npos);
    const auto fb = remote_change_request(changes[1], {.base = "", .token = "T"});
    REQUIRE(fb);
    CHECK(fb->method == "POST");
    CHECK(fb->url.find("/1_2") != std::string::npos);
}

TEST_CASE("remote schedule: a move too close for the platform is flagged, not sent") {
    Workspace ws = sample();
    ws.posts[0].scheduled_at = kNow + 7min;  // Mastodon wants 5 min, Facebook 10 min
    const auto changes = remote_changes(ws, kNow);
    REQUIRE(changes.size() == 2);
    CHECK_FALSE(changes[0].too_soon);
    CHECK(changes[1].too_soon);
    CHECK_FALSE(remote_change_request(changes[1], {.token = "T"}));
    ws.posts[0].scheduled_at = kNow - 1h;  // moved into the past
    for (const RemoteChange& c : remote_changes(ws, kNow)) CHECK(c.too_soon);
}

TEST_CASE("remote schedule: every status that must not go out cancels it on the platforms") {
    for (PostStatus s : {PostStatus::idea, PostStatus::draft, PostStatus::to_validate, PostStatus::validated, PostStatus::cancelled}) {
        CAPTURE(static_cast<int>(s));
        Workspace ws = sample();
        ws.posts[0].status = s;
        const auto changes = remote_changes(ws, kNow);
        REQUIRE(changes.size() == 2);
        CHECK(changes[0].kind == RemoteChangeKind::cancel);
        const auto r = remote_change_request(changes[0], {.base = "https://m.example", .token = "T"});
        REQUIRE(r);
        CHECK(r->method == "DELETE");
        CHECK(r->url == "https://m.example/api/v1/scheduled_statuses/77");
        CHECK(remote_change_request(changes[1], {.token = "T"})->method == "DELETE");
    }
    Workspace unscheduled = sample();
    unscheduled.posts[0].scheduled_at.reset();
    CHECK(remote_changes(unscheduled, kNow).size() == 2);
}

TEST_CASE("remote schedule: held by crisis mode, offered for cancelling, never moved by itself") {
    Workspace ws = sample();
    ws.posts[0].held = true;
    ws.posts[0].scheduled_at = kAt + 1h;
    CHECK(remote_changes(ws, kNow).empty());
    const auto offered = held_on_platforms(ws, kNow);
    REQUIRE(offered.size() == 2);
    CHECK(offered[0].kind == RemoteChangeKind::cancel);
}

TEST_CASE("remote schedule: past its time, published, or not scheduled there: left alone") {
    Workspace ws = sample();
    ws.posts[0].status = PostStatus::cancelled;
    CHECK(remote_changes(ws, kAt + 1min).empty());  // the platform has published it by then
    ws.posts[0].status = PostStatus::published;
    CHECK(remote_changes(ws, kNow).empty());
    Workspace plain = sample();
    for (PostVariant& v : plain.posts[0].variants) v.remote_at.reset();
    plain.posts[0].status = PostStatus::cancelled;
    CHECK(remote_changes(plain, kNow).empty());
}

TEST_CASE("remote schedule: the platform's answers recorded, audited, and the rule then agrees") {
    Workspace ws = sample();
    ws.posts[0].scheduled_at = kAt + 2h;
    REQUIRE(edit::record_platform_reschedule(ws, kCm, "a", "masto", kAt + 2h).changed());
    CHECK(ws.posts[0].variants[0].remote_at == kAt + 2h);
    CHECK(ws.audit.back().action == "post.reschedule_remote");
    CHECK(ws.audit.back().comment == "masto");
    CHECK(edit::record_platform_reschedule(ws, kCm, "a", "masto", kAt + 2h).outcome == edit::Outcome::unchanged);
    REQUIRE(edit::record_platform_cancel(ws, kCm, "a", "fb").changed());
    CHECK(ws.posts[0].variants[1].external_id.empty());
    CHECK_FALSE(ws.posts[0].variants[1].remote_at);
    CHECK(ws.audit.back().action == "post.cancel_remote");
    CHECK(ws.audit.back().detail == "1_2");
    CHECK(remote_changes(ws, kNow).empty());
    // Not scheduled there (any more), no such post: nothing written.
    const std::size_t entries = ws.audit.size();
    CHECK(edit::record_platform_cancel(ws, kCm, "a", "fb").outcome == edit::Outcome::not_found);
    CHECK(edit::record_platform_reschedule(ws, kCm, "a", "bsky", kAt).outcome == edit::Outcome::not_found);
    CHECK(edit::record_platform_cancel(ws, kCm, "zz", "masto").outcome == edit::Outcome::not_found);
    CHECK(ws.audit.size() == entries);
    // The platform time survives a save and a reading.
    const auto back = read_workspace(write_workspace(ws));
    REQUIRE(back);
    CHECK(back->posts[0].variants[0].remote_at == kAt + 2h);
}

TEST_CASE("remote schedule: a publish scheduled on the platform sets its time; published now clears it") {
    Workspace ws = sample();
    for (PostVariant& v : ws.posts[0].variants) { v.remote_at.reset(); v.external_id.clear(); }
    REQUIRE(edit::record_platform_publish(ws, kCm, "a", {.account_id = "masto", .external_id = "88", .scheduled = true, .scheduled_at = kAt}).changed());
    CHECK(ws.posts[0].variants[0].remote_at == kAt);
    REQUIRE(edit::record_platform_publish(ws, kCm, "a", {.account_id = "masto", .external_id = "99", .permalink = "https://m.example/@v/99"}).changed());
    CHECK_FALSE(ws.posts[0].variants[0].remote_at);
}

TEST_CASE("remote schedule: a network scheduled on a platform cannot be removed from the post") {
    Workspace ws = sample();
    const auto r = edit::remove_variant(ws, kCm, "a", 0);
    CHECK(r.outcome == edit::Outcome::refused);
    CHECK(r.error.pointer == "/posts/0/variants/0/remote_at");
    CHECK(ws.posts[0].variants.size() == 3);
    CHECK(edit::remove_variant(ws, kCm, "a", 2).changed());  // Bluesky: not scheduled there
}

TEST_CASE("remote schedule: a status sent again after a cancellation has a new Idempotency-Key") {
    Workspace ws = sample();
    for (PostVariant& v : ws.posts[0].variants) { v.remote_at.reset(); v.external_id.clear(); }
    const auto key = [&] {
        PlanOptions options;
        options.account_id = "masto";
        options.now = kNow;
        options.connections["masto"] = {.base = "https://m.example", .token = "T"};
        const PublishPlan plan = plan_publish(ws, ws.posts[0], options);
        REQUIRE(plan.requests.size() == 1);
        for (const Header& h : plan.requests[0].request.headers)
            if (h.name == "Idempotency-Key") return h.value;
        return std::string();
    };
    const std::string first = key();
    CHECK_FALSE(first.empty());
    CHECK(key() == first);  // the same post planned again: the same key (a retry)
    ws.posts[0].variants[0].external_id = "77";
    ws.posts[0].variants[0].remote_at = kAt;
    REQUIRE(edit::record_platform_cancel(ws, kCm, "a", "masto").changed());
    const std::string after = key();
    CHECK(after != first);
    CHECK(key() == after);
}
