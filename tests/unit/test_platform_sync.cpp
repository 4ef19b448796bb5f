// What a connected network brings back (core/edit/platform_sync_edits.h, core/connect/bring_back.h):
// mentions and replies become unread messages once and only once, linked to the post they answer;
// counts become the day's figures of the post without touching the other figures; a hostile
// answer (huge texts, too many entries, absurd counts) is bounded; the workspace stays valid.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "connect/bring_back.h"
#include "edit/platform_sync_edits.h"
#include "io/workspace_json.h"
#include "io/time_text.h"
#include "model/find.h"
#include "text/utf8.h"

using namespace parvis;
using namespace parvis::edit;

namespace {

Instant utc(const char* iso) { return *io::parse_instant(iso); }

Workspace connected() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville";
    ws.accounts = {{.id = "masto", .network = Network::mastodon, .handle = "@ville@exemple.social"},
                   {.id = "bsky", .network = Network::bluesky, .handle = "ville.bsky.social"}};
    ws.people = {{"cm", "Camille", Role::community_manager, "", ""}};
    Post p;
    p.id = "post-1";
    p.title = "Marché de Noël";
    p.status = PostStatus::published;
    p.published_at = utc("2026-12-01T10:00:00Z");
    p.variants = {{.account_id = "masto", .text = "Le marché de Noël ouvre samedi", .external_id = "1100"},
                  {.account_id = "bsky", .text = "Le marché de Noël ouvre samedi",
                   .external_id = "at://did:plc:ville/app.bsky.feed.post/3kabc"}};
    ws.posts.push_back(p);
    return ws;
}

const Actor cm{"cm", utc("2026-12-04T09:00:00Z")};

std::vector<ReceivedMessage> two() {
    return {{.external_id = "2001", .in_reply_to = "1100", .author = "@lea@exemple.social", .text = "Quels horaires ?",
             .received_at = utc("2026-12-03T18:00:00Z")},
            {.external_id = "2002", .in_reply_to = "", .author = "@paul@autre.fr", .text = "@ville bravo pour la patinoire",
             .received_at = utc("2026-12-03T19:00:00Z")}};
}

}  // namespace

TEST_SUITE("edit.platform_sync") {

TEST_CASE("mentions and replies become unread messages, a reply to our post a comment of that post") {
    Workspace ws = connected();
    const auto r = receive_platform_messages(ws, cm, "masto", two());
    REQUIRE(r.result.changed());
    CHECK(r.added == 2);
    REQUIRE(ws.messages.size() == 2);
    const InboxMessage& reply = ws.messages[0];
    CHECK(reply.account_id == "masto");
    CHECK(reply.external_id == "2001");
    CHECK(reply.channel == MessageChannel::comment);
    CHECK(reply.post_id == "post-1");
    CHECK(reply.status == MessageStatus::unread);
    CHECK(reply.author == "@lea@exemple.social");
    CHECK(reply.received_at == utc("2026-12-03T18:00:00Z"));
    const InboxMessage& mention = ws.messages[1];
    CHECK(mention.channel == MessageChannel::mention);
    CHECK(mention.post_id.empty());
    CHECK(mention.id != reply.id);
    REQUIRE(ws.audit.size() == 1);
    CHECK(ws.audit[0].action == "messages.receive");
    CHECK(ws.audit[0].target_id == "masto");
    CHECK(ws.audit[0].detail == "2");
    CHECK(ws.audit[0].person_id == "cm");
    CHECK_FALSE(check_invariants(ws));
}

TEST_CASE("the same answer read twice adds nothing: no duplicate, no audit entry") {
    Workspace ws = connected();
    receive_platform_messages(ws, cm, "masto", two());
    const Workspace before = ws;
    auto again = two();
    again.push_back(again[0]);  // repeated inside one answer too
    const auto r = receive_platform_messages(ws, cm, "masto", again);
    CHECK(r.result.outcome == Outcome::unchanged);
    CHECK(r.added == 0);
    CHECK(ws == before);
}

TEST_CASE("the cursor is kept on the account: undoing a relève (restoring the workspace) takes it back with the messages") {
    Workspace ws = connected();
    const Workspace before = ws;
    receive_platform_messages(ws, cm, "masto", two(), "n-42");
    CHECK(find_account(ws, "masto")->messages_cursor == "n-42");
    // Only the cursor moving: a change, but no audit entry.
    const std::size_t entries = ws.audit.size();
    const auto r = receive_platform_messages(ws, cm, "masto", two(), "n-43");
    CHECK(r.result.changed());
    CHECK(r.added == 0);
    CHECK(ws.audit.size() == entries);
    CHECK(find_account(ws, "masto")->messages_cursor == "n-43");
    // An empty cursor (a Bluesky answer without one) leaves it.
    CHECK(receive_platform_messages(ws, cm, "masto", two()).result.outcome == Outcome::unchanged);
    CHECK(find_account(ws, "masto")->messages_cursor == "n-43");
    CHECK(find_account(before, "masto")->messages_cursor.empty());
    // A cursor no platform would send is not kept.
    receive_platform_messages(ws, cm, "masto", {}, std::string(kMaxPlatformId + 1, '7'));
    CHECK(find_account(ws, "masto")->messages_cursor == "n-43");
}

TEST_CASE("a message is known per account: the same platform id on another account is another message") {
    Workspace ws = connected();
    receive_platform_messages(ws, cm, "masto", two());
    auto other = two();
    other.resize(1);
    other[0].in_reply_to = "at://did:plc:ville/app.bsky.feed.post/3kabc";
    const auto r = receive_platform_messages(ws, cm, "bsky", other);
    CHECK(r.added == 1);
    CHECK(ws.messages.back().account_id == "bsky");
    CHECK(ws.messages.back().post_id == "post-1");
}

TEST_CASE("ids never collide with the messages held, whatever their names") {
    Workspace ws = connected();
    ws.messages.push_back({.id = "msg-in-1", .account_id = "masto", .received_at = utc("2026-12-01T00:00:00Z"), .text = "x"});
    ws.messages.push_back({.id = "msg-in-2", .account_id = "masto", .received_at = utc("2026-12-01T00:00:00Z"), .text = "y"});
    receive_platform_messages(ws, cm, "masto", two());
    REQUIRE(ws.messages.size() == 4);
    CHECK(ws.messages[2].id == "msg-in-3");
    CHECK(ws.messages[3].id == "msg-in-4");
    CHECK_FALSE(check_invariants(ws));
}

TEST_CASE("a hostile answer is bounded: entries without an id skipped, texts cut at a character, at most kMaxReceivedMessages") {
    Workspace ws = connected();
    std::vector<ReceivedMessage> flood;
    std::string huge;
    while (huge.size() < 3 * kMaxReceivedText) huge += "é";
    for (std::size_t i = 0; i < kMaxReceivedMessages + 50; ++i)
        flood.push_back({.external_id = std::to_string(5000 + i), .author = "@x", .text = huge, .received_at = utc("2026-12-03T10:00:00Z")});
    flood.insert(flood.begin(), ReceivedMessage{.external_id = "", .text = "sans identifiant"});
    flood.insert(flood.begin() + 1, ReceivedMessage{.external_id = std::string(kMaxPlatformId + 1, '9'), .text = "id démesuré"});
    const auto r = receive_platform_messages(ws, cm, "masto", flood);
    CHECK(r.added == kMaxReceivedMessages - 2);  // the first two of the bounded answer had no usable id
    for (const InboxMessage& m : ws.messages) {
        CHECK(m.text.size() <= kMaxReceivedText);
        CHECK(utf8::is_valid(m.text));
    }
}

TEST_CASE("an unknown account is not found and changes nothing") {
    Workspace ws = connected();
    const Workspace before = ws;
    CHECK(receive_platform_messages(ws, cm, "nope", two()).result.outcome == Outcome::not_found);
    CHECK(record_platform_counts(ws, cm, "nope", {{.external_id = "1100", .likes = 3}}, Day{}).result.outcome == Outcome::not_found);
    CHECK(ws == before);
}

TEST_CASE("counts become the day's figures of the post, other figures kept, a second reading replaces them") {
    Workspace ws = connected();
    const Day day = date::year{2026} / 12 / 4;
    ws.metrics.posts.push_back({.post_id = "post-1", .account_id = "masto", .day = day, .impressions = 900});
    auto r = record_platform_counts(ws, cm, "masto", {{.external_id = "1100", .replies = 4, .reposts = 7, .likes = 31}}, day);
    REQUIRE(r.result.changed());
    CHECK(r.posts == 1);
    REQUIRE(ws.metrics.posts.size() == 1);
    const PostMetrics& m = ws.metrics.posts[0];
    CHECK(m.impressions == 900);
    CHECK(m.comments == 4);
    CHECK(m.shares == 7);
    CHECK(m.reactions == 31);
    CHECK(ws.audit.back().action == "metrics.sync");
    CHECK(ws.audit.back().detail == "1");
    // The same figures again: nothing to write.
    const Workspace before = ws;
    r = record_platform_counts(ws, cm, "masto", {{.external_id = "1100", .replies = 4, .reposts = 7, .likes = 31}}, day);
    CHECK(r.result.outcome == Outcome::unchanged);
    CHECK(ws == before);
    // Another day: its own line.
    record_platform_counts(ws, cm, "masto", {{.external_id = "1100", .replies = 5, .reposts = 7, .likes = 40}}, Day{date::sys_days{day} + date::days{1}});
    CHECK(ws.metrics.posts.size() == 2);
    CHECK_FALSE(check_invariants(ws));
}

TEST_CASE("views and reach, when the platform gives them, replace the day's; when it does not, the day's stay") {
    Workspace ws = connected();
    const Day day = date::year{2026} / 12 / 4;
    ws.metrics.posts.push_back({.post_id = "post-1", .account_id = "masto", .day = day, .impressions = 900, .reach = 500});
    auto r = record_platform_counts(ws, cm, "masto", {{.external_id = "1100", .likes = 3}}, day);
    REQUIRE(r.result.changed());
    CHECK(ws.metrics.posts[0].impressions == 900);
    CHECK(ws.metrics.posts[0].reach == 500);
    r = record_platform_counts(ws, cm, "masto", {{.external_id = "1100", .likes = 3, .impressions = 1200}}, day);
    REQUIRE(r.result.changed());
    CHECK(r.posts == 1);
    CHECK(ws.metrics.posts[0].impressions == 1200);
    CHECK(ws.metrics.posts[0].reach == 500);
    // Only views and reach changed: still a change, written once.
    r = record_platform_counts(ws, cm, "masto", {{.external_id = "1100", .likes = 3, .impressions = 1200, .reach = 650}}, day);
    CHECK(r.posts == 1);
    CHECK(ws.metrics.posts[0].reach == 650);
    CHECK(record_platform_counts(ws, cm, "masto", {{.external_id = "1100", .likes = 3, .impressions = 1200, .reach = 650}}, day).result.outcome ==
          Outcome::unchanged);
    // A first line from views alone; an absurd reach is missing.
    r = record_platform_counts(ws, cm, "masto", {{.external_id = "1100", .impressions = 7, .reach = kMaxCount + 1}},
                               Day{date::sys_days{day} + date::days{1}});
    REQUIRE(ws.metrics.posts.size() == 2);
    CHECK(ws.metrics.posts[1].impressions == 7);
    CHECK_FALSE(ws.metrics.posts[1].reach.has_value());
    CHECK_FALSE(check_invariants(ws));
}

TEST_CASE("counts of unknown posts, and absurd counts, are left out") {
    Workspace ws = connected();
    const Day day = date::year{2026} / 12 / 4;
    auto r = record_platform_counts(ws, cm, "masto", {{.external_id = "9999", .likes = 3}}, day);
    CHECK(r.result.outcome == Outcome::unchanged);
    r = record_platform_counts(ws, cm, "masto", {{.external_id = "1100", .replies = -1, .reposts = kMaxCount + 1, .likes = 2}}, day);
    REQUIRE(r.result.changed());
    CHECK_FALSE(ws.metrics.posts[0].comments.has_value());
    CHECK_FALSE(ws.metrics.posts[0].shares.has_value());
    CHECK(ws.metrics.posts[0].reactions == 2);
}

TEST_CASE("the platforms' answers read as received messages and counts") {
    connect::mastodon::Mention m{.notification_id = "n1", .status_id = "2001", .in_reply_to_id = "1100",
                                 .author = "lea@exemple.social", .text = "Quels horaires ?", .at = utc("2026-12-03T18:00:00Z")};
    const auto from_mastodon = connect::received(std::vector{m});
    REQUIRE(from_mastodon.size() == 1);
    CHECK(from_mastodon[0].external_id == "2001");
    CHECK(from_mastodon[0].in_reply_to == "1100");
    CHECK(from_mastodon[0].author == "@lea@exemple.social");
    connect::bluesky::Notification n{.uri = "at://did:plc:lea/app.bsky.feed.post/3kxyz", .reason = "reply", .author = "lea.bsky.social",
                                     .text = "Merci !", .parent_uri = "at://did:plc:ville/app.bsky.feed.post/3kabc"};
    const auto from_bluesky = connect::received(std::vector{n});
    CHECK(from_bluesky[0].in_reply_to == n.parent_uri);
    const auto counts = connect::received(connect::mastodon::StatusCounts{.id = "1100", .replies = 1, .reblogs = 2, .favourites = 3});
    CHECK((counts.replies == 1 && counts.reposts == 2 && counts.likes == 3));
    const auto bcounts = connect::received(connect::bluesky::PostCounts{.uri = "u", .likes = 1, .reposts = 2, .replies = 3, .quotes = 4});
    CHECK((bcounts.likes == 1 && bcounts.reposts == 6 && bcounts.replies == 3));
}

TEST_CASE("counts are asked for the account's recent published posts, newest first, bounded") {
    Workspace ws = connected();
    const Instant now = utc("2026-12-04T12:00:00Z");
    for (int i = 0; i < 30; ++i) {
        Post p = ws.posts[0];
        p.id = "p" + std::to_string(i);
        p.published_at = now - std::chrono::hours(24 * i + 1);
        p.variants = {{.account_id = "masto", .text = "x", .external_id = std::to_string(3000 + i)}};
        ws.posts.push_back(p);
    }
    Post scheduled = ws.posts[0];
    scheduled.id = "sched";
    scheduled.status = PostStatus::scheduled;
    scheduled.variants = {{.account_id = "masto", .text = "x", .external_id = "sched-1"}};
    ws.posts.push_back(scheduled);
    const auto ids = connect::posts_to_count(ws, "masto", now);
    REQUIRE(ids.size() == connect::kMaxCountedPosts);
    CHECK(ids[0] == "3000");
    CHECK(ids[1] == "3001");
    CHECK(std::find(ids.begin(), ids.end(), "sched-1") == ids.end());
    // Posts older than the window are not asked about.
    CHECK(connect::posts_to_count(ws, "masto", now + std::chrono::days{400}).empty());
}

}

TEST_SUITE("connect.reply") {

TEST_CASE("a reply on Mastodon answers the message's status, names its author once, and keeps its key on a retry") {
    const connect::Connection c{.base = "https://exemple.social", .token = "secret-token", .user_id = "ville", .handle = "@ville"};
    InboxMessage m{.id = "msg-in-1", .account_id = "masto", .author = "@lea@exemple.social", .text = "Quels horaires ?",
                   .external_id = "2001"};
    const auto r = connect::mastodon_reply_request(m, "  Bonjour, de 10 h à 19 h !  ", c);
    REQUIRE(r);
    CHECK(r->method == "POST");
    CHECK(r->url == "https://exemple.social/api/v1/statuses");
    const auto body = nlohmann::json::parse(r->body);
    CHECK(body["status"] == "@lea@exemple.social Bonjour, de 10 h à 19 h !");
    CHECK(body["in_reply_to_id"] == "2001");
    CHECK(body["language"] == "fr");
    CHECK(body["visibility"] == "public");
    CHECK(nlohmann::json::parse(connect::mastodon_reply_request(m, "Bonjour", c, true)->body)["visibility"] == "direct");
    std::string key;
    for (const auto& h : r->headers) if (h.name == "Idempotency-Key") key = h.value;
    CHECK_FALSE(key.empty());
    const auto again = connect::mastodon_reply_request(m, "Bonjour, de 10 h à 19 h !", c);
    std::string key2;
    for (const auto& h : again->headers) if (h.name == "Idempotency-Key") key2 = h.value;
    CHECK(key == key2);
    // Already named: not twice.
    CHECK(nlohmann::json::parse(connect::mastodon_reply_request(m, "Merci @lea@exemple.social !", c)->body)["status"] ==
          "Merci @lea@exemple.social !");
    // No platform id (a message entered by hand) or a blank reply: nothing to send.
    m.external_id.clear();
    CHECK_FALSE(connect::mastodon_reply_request(m, "Bonjour", c));
    m.external_id = "2001";
    CHECK_FALSE(connect::mastodon_reply_request(m, " \n ", c));
}

}
