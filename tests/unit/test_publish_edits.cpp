// What the web app writes when a platform confirms a publish (core/edit/publish_edits.h), and how
// it reads the platform's redirect back after signing in (core/connect/oauth_return.h).
#include <doctest/doctest.h>

#include <algorithm>

#include "connect/oauth_return.h"
#include "edit/publish_edits.h"
#include "io/workspace_json.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::edit;
using namespace std::chrono_literals;
using namespace date::literals;
using parvis::testing::utc;

namespace {

// A validated post on Mastodon and Facebook; its message type has no validation circuit.
Workspace sample() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville";
    ws.accounts = {{.id = "fb", .network = Network::facebook}, {.id = "masto", .network = Network::mastodon}};
    ws.charter.message_types = {{"info", "Info", 1.0, {}}};
    ws.people = {{"cm", "Camille", Role::community_manager, "", ""}};
    Post p;
    p.id = "a";
    p.title = "Fête de la musique";
    p.owner_id = "cm";
    p.message_type_id = "info";
    p.status = PostStatus::validated;
    p.scheduled_at = utc(2027_y / 6 / 21, 16h);
    p.variants = {{.account_id = "fb", .text = "Bonjour"}, {.account_id = "masto", .text = "Fête à l’église"}};
    ws.posts = {p};
    return ws;
}

const Actor kCm{"cm", utc(2027_y / 6 / 20, 9h)};

}  // namespace

TEST_SUITE("publish") {

TEST_CASE("a publish confirmed by the platform: permalink on the variant, post « publié », audited with who and the permalink") {
    Workspace ws = sample();
    const auto r = record_platform_publish(ws, kCm, "a", {.account_id = "masto", .external_id = "1001",
                                                          .permalink = "https://mastodon.example/@ville/1001"});
    REQUIRE(r.changed());
    const Post& p = ws.posts.front();
    CHECK(p.variants[1].external_id == "1001");
    CHECK(p.variants[1].permalink == "https://mastodon.example/@ville/1001");
    CHECK(p.variants[0].permalink.empty());
    CHECK(p.status == PostStatus::published);
    CHECK(p.published_at == kCm.at);
    const auto it = std::find_if(ws.audit.begin(), ws.audit.end(), [](const AuditEntry& e) { return e.action == "post.publish"; });
    REQUIRE(it != ws.audit.end());
    CHECK(it->person_id == "cm");
    CHECK(it->target_id == "a");
    CHECK(it->detail == "https://mastodon.example/@ville/1001");
    CHECK(it->comment == "masto");
    CHECK(std::any_of(ws.audit.begin(), ws.audit.end(), [](const AuditEntry& e) { return e.action == "post.status"; }));
    // The same answer replayed (a retry's idempotent answer) changes nothing and logs nothing.
    const std::size_t entries = ws.audit.size();
    CHECK(record_platform_publish(ws, kCm, "a", {.account_id = "masto", .external_id = "1001",
                                                 .permalink = "https://mastodon.example/@ville/1001"})
              .outcome == Outcome::unchanged);
    CHECK(ws.audit.size() == entries);
    // And the workspace stays readable.
    CHECK(static_cast<bool>(read_workspace(write_workspace(ws))));
}

TEST_CASE("a status scheduled on the platform: its id kept, post « programmé » at the platform's time") {
    Workspace ws = sample();
    const Instant at = utc(2027_y / 6 / 21, 16h + 5min);
    REQUIRE(record_platform_publish(ws, kCm, "a", {.account_id = "masto", .external_id = "77", .scheduled = true, .scheduled_at = at}).changed());
    const Post& p = ws.posts.front();
    CHECK(p.status == PostStatus::scheduled);
    CHECK(p.scheduled_at == at);
    CHECK(p.variants[1].external_id == "77");
    CHECK(ws.audit.back().action == "post.schedule_remote");
    CHECK(ws.audit.back().detail == "77");
}

TEST_CASE("nobody chosen at start: the post is « publié » all the same, the log says nobody") {
    Workspace ws = sample();
    REQUIRE(record_platform_publish(ws, {"", kCm.at}, "a", {.account_id = "masto", .external_id = "9", .permalink = "https://m.example/9"}).changed());
    CHECK(ws.posts.front().status == PostStatus::published);
    CHECK(ws.audit.back().person_id.empty());
}

TEST_CASE("no such post or no variant for the account: nothing written") {
    Workspace ws = sample();
    CHECK(record_platform_publish(ws, kCm, "zz", {.account_id = "masto", .external_id = "1"}).outcome == Outcome::not_found);
    CHECK(record_platform_publish(ws, kCm, "a", {.account_id = "x", .external_id = "1"}).outcome == Outcome::not_found);
    CHECK(ws.audit.empty());
}

TEST_CASE("the OAuth redirect back: code and state decoded, errors kept, anything else ignored") {
    const auto ok = connect::read_oauth_return("?code=abc%2D_1&state=s%2Bt+u");
    REQUIRE(ok);
    CHECK(ok->code == "abc-_1");
    CHECK(ok->state == "s+t u");
    const auto denied = connect::read_oauth_return("error=access_denied&error_description=L%E2%80%99utilisateur+a+refus%C3%A9&state=s");
    REQUIRE(denied);
    CHECK(denied->error == "access_denied");
    CHECK(denied->error_description == "L\xE2\x80\x99utilisateur a refusé");
    CHECK_FALSE(connect::read_oauth_return(""));
    CHECK_FALSE(connect::read_oauth_return("?code=abc"));          // no state: not ours to read
    CHECK_FALSE(connect::read_oauth_return("?view=calendar&state=s"));
    CHECK_FALSE(connect::read_oauth_return("?code=a&state=" + std::string(9000, 'x')));  // bounded
    CHECK(connect::percent_decode("100%") == "100%");               // an invalid escape stays
}

}
