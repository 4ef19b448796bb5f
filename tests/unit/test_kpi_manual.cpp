// Manual entry of KPI figures (core/kpi/manual_entry.h): the typed text of each field, the checks
// with their error codes, the merge into the workspace, and the dashboard seeing the new figures.
#include <doctest/doctest.h>

#include "io/time_text.h"
#include "kpi/kpi.h"
#include "kpi/manual_entry.h"

using namespace parvis;
using namespace parvis::kpi;

namespace {

Day d(const char* text) { return *io::parse_day(text); }

const Day kToday = d("2026-03-20");

Workspace small_town() {
    Workspace ws;
    ws.id = "w";
    ws.accounts = {NetworkAccount{.id = "a-fb", .network = Network::facebook},
                   NetworkAccount{.id = "a-ig", .network = Network::instagram}};
    auto post = [](const char* id, const char* account, const char* at, PostStatus status) {
        Post p;
        p.id = id;
        p.status = status;
        if (status == PostStatus::published) p.published_at = *io::parse_instant(at);
        p.variants.push_back(PostVariant{.account_id = account, .text = "texte"});
        return p;
    };
    ws.posts = {post("P1", "a-fb", "2026-03-02T09:00:00Z", PostStatus::published),
                post("P2", "a-fb", "2026-03-10T09:00:00Z", PostStatus::published),
                post("P3", "a-ig", "2026-03-05T09:00:00Z", PostStatus::published),
                post("D1", "a-fb", "", PostStatus::draft)};
    ws.metrics.snapshots = {{.account_id = "a-fb", .day = d("2026-03-01"), .followers = 1000, .reach = 300}};
    return ws;
}

}  // namespace

TEST_CASE("kpi manual: a typed figure is a whole number, empty is missing, never zero") {
    CHECK_FALSE(parse_count("").value.has_value());
    CHECK(parse_count("").error == ManualError::none);
    CHECK_FALSE(parse_count("   ").value.has_value());
    CHECK(parse_count("0").value == 0);
    CHECK(parse_count("1234").value == 1234);
    CHECK(parse_count("1 234").value == 1234);
    CHECK(parse_count(" 12 345 678 ").value == 12345678);
    CHECK(parse_count("1\xC2\xA0" "234").value == 1234);       // no-break space
    CHECK(parse_count("1\xE2\x80\xAF" "234").value == 1234);   // narrow no-break space (Parvis's own format)
    CHECK(parse_count("+5").value == 5);
    CHECK(parse_count("-5").error == ManualError::negative);
    CHECK(parse_count("\xE2\x88\x92" "12").error == ManualError::negative);  // − U+2212
    CHECK(parse_count("- 1 000").error == ManualError::negative);
    for (const char* bad : {"12,5", "1.5", "abc", "12a", "1  234", "1 ", "-", "1 234 -", "1e3", "9999999999999999"}) {
        INFO(bad);
        const ParsedCount p = parse_count(bad);
        // "1 " is trimmed: a trailing space is not an error.
        if (std::string_view(bad) == "1 ") {
            CHECK(p.value == 1);
            continue;
        }
        CHECK(p.error == ManualError::bad_number);
        CHECK_FALSE(p.value.has_value());
    }
}

TEST_CASE("kpi manual: a snapshot is checked field by field with its error code") {
    const Workspace ws = small_town();
    SnapshotEntry e{.account_id = "a-fb", .date = "15/03/2026", .followers = "1 050", .impressions = "", .reach = "420"};
    SnapshotCheck c = check_snapshot(ws, e, kToday);
    REQUIRE(c.error == ManualError::none);
    CHECK(c.snapshot.account_id == "a-fb");
    CHECK(c.snapshot.day == d("2026-03-15"));
    CHECK(c.snapshot.followers == 1050);
    CHECK_FALSE(c.snapshot.impressions.has_value());  // empty: missing, not 0
    CHECK(c.snapshot.reach == 420);

    auto error_of = [&](SnapshotEntry changed) {
        const SnapshotCheck k = check_snapshot(ws, changed, kToday);
        return std::pair{k.error, k.field};
    };
    SnapshotEntry x = e;
    x.account_id = "nope";
    CHECK(error_of(x) == std::pair{ManualError::unknown_account, std::string("account")});
    x = e;
    x.date = "31/02/2026";
    CHECK(error_of(x) == std::pair{ManualError::bad_date, std::string("date")});
    x.date = "mardi";
    CHECK(error_of(x).first == ManualError::bad_date);
    x.date = "21/03/2026";  // tomorrow
    CHECK(error_of(x) == std::pair{ManualError::future_date, std::string("date")});
    x.date = "20/03/2026";  // today is fine
    CHECK(error_of(x).first == ManualError::none);
    x = e;
    x.followers = "-3";
    CHECK(error_of(x) == std::pair{ManualError::negative, std::string("followers")});
    x.followers = "";
    CHECK(error_of(x) == std::pair{ManualError::missing_followers, std::string("followers")});
    x = e;
    x.impressions = "12,5";
    CHECK(error_of(x) == std::pair{ManualError::bad_number, std::string("impressions")});
    x = e;
    x.reach = "-1";
    CHECK(error_of(x) == std::pair{ManualError::negative, std::string("reach")});
}

TEST_CASE("kpi manual: a new snapshot is appended, a duplicate is replaced only when asked") {
    Workspace ws = small_town();
    const SnapshotCheck added = check_snapshot(ws, {.account_id = "a-ig", .date = "10/03/2026", .followers = "400"}, kToday);
    REQUIRE(added.error == ManualError::none);
    CHECK(apply_snapshot(ws, added, false));
    REQUIRE(ws.metrics.snapshots.size() == 2);
    CHECK(ws.metrics.snapshots[1].followers == 400);

    // Same account, same day as the imported line: a duplicate, nothing changes without consent.
    const SnapshotCheck dup = check_snapshot(ws, {.account_id = "a-fb", .date = "01/03/2026", .followers = "990"}, kToday);
    REQUIRE(dup.error == ManualError::duplicate);
    CHECK(dup.existing == 0);
    const Workspace before = ws;
    CHECK_FALSE(apply_snapshot(ws, dup, false));
    CHECK(ws == before);
    CHECK(apply_snapshot(ws, dup, true));
    REQUIRE(ws.metrics.snapshots.size() == 2);
    CHECK(ws.metrics.snapshots[0].followers == 990);
    CHECK_FALSE(ws.metrics.snapshots[0].reach.has_value());  // replaced as typed: reach left empty

    // Two lines of the same day (an import twice): the replacement leaves one.
    ws.metrics.snapshots.push_back({.account_id = "a-fb", .day = d("2026-03-01"), .followers = 5});
    CHECK(apply_snapshot(ws, dup, true));
    CHECK(std::count_if(ws.metrics.snapshots.begin(), ws.metrics.snapshots.end(),
                        [](const AccountSnapshot& s) { return s.account_id == "a-fb"; }) == 1);

    // An entry with an error never changes the workspace, whatever `replace` says.
    const Workspace kept = ws;
    const SnapshotCheck bad = check_snapshot(ws, {.account_id = "a-fb", .date = "01/03/2026", .followers = "-1"}, kToday);
    CHECK_FALSE(apply_snapshot(ws, bad, true));
    CHECK(ws == kept);
}

TEST_CASE("kpi manual: the figures of a post: a published post of the account, at least one figure") {
    Workspace ws = small_town();
    PostFiguresEntry e{.account_id = "a-fb", .post_id = "P1", .reach = "2 000", .reactions = "35", .comments = "0"};
    PostFiguresCheck c = check_post_figures(ws, e, kToday);
    REQUIRE(c.error == ManualError::none);
    CHECK(c.metrics.day == kToday);
    CHECK(c.metrics.reach == 2000);
    CHECK(c.metrics.reactions == 35);
    CHECK(c.metrics.comments == 0);  // a typed 0 is a zero
    CHECK_FALSE(c.metrics.shares.has_value());
    CHECK_FALSE(c.metrics.video_views.has_value());

    PostFiguresEntry x = e;
    x.post_id = "P3";  // published, but on Instagram
    CHECK(check_post_figures(ws, x, kToday).error == ManualError::unknown_post);
    x.post_id = "D1";  // a draft
    CHECK(check_post_figures(ws, x, kToday).error == ManualError::unknown_post);
    x.post_id = "";
    CHECK(check_post_figures(ws, x, kToday).field == "post");
    x = e;
    x.shares = "-2";
    const PostFiguresCheck neg = check_post_figures(ws, x, kToday);
    CHECK(neg.error == ManualError::negative);
    CHECK(neg.field == "shares");
    x = PostFiguresEntry{.account_id = "a-fb", .post_id = "P1"};
    CHECK(check_post_figures(ws, x, kToday).error == ManualError::no_figure);

    CHECK(apply_post_figures(ws, c, false));
    REQUIRE(ws.metrics.posts.size() == 1);
    // Entered again the same day: a duplicate, replaced only when asked.
    e.reactions = "40";
    const PostFiguresCheck again = check_post_figures(ws, e, kToday);
    REQUIRE(again.error == ManualError::duplicate);
    CHECK_FALSE(apply_post_figures(ws, again, false));
    CHECK(ws.metrics.posts[0].reactions == 35);
    CHECK(apply_post_figures(ws, again, true));
    REQUIRE(ws.metrics.posts.size() == 1);
    CHECK(ws.metrics.posts[0].reactions == 40);

    const auto posts = published_posts_of(ws, "a-fb");
    REQUIRE(posts.size() == 2);
    CHECK(posts[0]->id == "P2");  // newest first
    CHECK(posts[1]->id == "P1");
}

TEST_CASE("kpi manual: entered figures reach the dashboard, missing ones stay out of the rates") {
    Workspace ws = small_town();
    REQUIRE(apply_snapshot(ws, check_snapshot(ws, {.account_id = "a-fb", .date = "19/03/2026", .followers = "1 100"}, kToday),
                           false));
    REQUIRE(apply_post_figures(
        ws, check_post_figures(ws, {.account_id = "a-fb", .post_id = "P1", .reach = "1000", .reactions = "50"}, kToday),
        false));
    // P2: reactions but no reach typed — it has engagements but no rate by reach.
    REQUIRE(apply_post_figures(ws, check_post_figures(ws, {.account_id = "a-fb", .post_id = "P2", .reactions = "10"}, kToday),
                               false));
    const Dashboard db = compute_dashboard(ws, {.period = {d("2026-03-01"), d("2026-03-31")}});
    const AccountFigures& fb = db.accounts[0];
    REQUIRE(fb.current.followers_end.has_value());
    CHECK(*fb.current.followers_end == 1100);
    REQUIRE(fb.current.net_growth.has_value());
    CHECK(*fb.current.net_growth == 100);  // 1,000 on 1 March (start: first in period) → 1,100
    REQUIRE(fb.current.engagement_rate.has_value());
    CHECK(*fb.current.engagement_rate == doctest::Approx(0.05));  // 50 / 1,000, P2 left out
    CHECK(*fb.current.engagements == 60);
}
