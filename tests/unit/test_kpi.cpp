// KPI formulas against a small dataset computed by hand. Every expected number below has its
// arithmetic next to it, so a reader can check the formula without running anything.
//
// The dataset (time zone Europe/Paris: UTC+1 in early March 2026, UTC+2 from 29 March):
//   accounts  a-fb (Facebook), a-ig (Instagram)
//   snapshots a-fb 2026-02-20 1000 followers; 2026-03-10 1050; 2026-03-31 1100 (reach not given)
//             a-ig 2026-03-05 400; 2026-03-25 500; 2026-03-28 followers missing (ignored)
//   posts (March 2026: 1 March is a Sunday)
//     P1 a-fb Thu 12 March 10:00 local, 1 image, type t-info, campaign c1
//        reach 1000, impressions 2000, reactions 30, comments 5, shares 10, clicks 20 (saves missing)
//        engagements 30+5+10 = 45; followers that day 1050 (snapshot of 10 March)
//     P2 a-fb Thu 19 March 10:30 local, 1 video, type t-info
//        reach 500, impressions missing, reactions 10, comments 0, shares 5 → engagements 15; followers 1050
//     P3 a-ig Fri 6 March 18:00 local, 2 images, no type
//        reach missing, impressions 800, reactions 40, comments 8, saves 12 (shares missing)
//        engagements 40+8+12 = 60; followers that day 400 (snapshot of 5 March)
//     P4 a-fb Fri 20 March 10:10 local, text only, no metrics at all
//     P5 a-ig 10 February (previous period), reach 200, reactions 4, comments 1, shares 1 → 6;
//        no followers known that day
//   messages (charter: Monday–Friday 8:30–17:30)
//     M1 a-fb Fri 13 March 17:00 local → Mon 16 March 09:00: clock 64 h; business 0.5 + 0.5 = 1 h
//     M2 a-fb Tue 17 March 10:00 → 12:00: 2 h, business 2 h
//     M3 a-ig Wed 18 March 09:00 → 15:00: 6 h, business 6 h
//     M4 a-ig Fri 20 March, not answered
#include <doctest/doctest.h>

#include <cmath>
#include <regex>

#include "io/workspace_json.h"
#include "io/time_text.h"
#include "kpi/benchmarks.h"
#include "kpi/catalogue.h"
#include "kpi/figure_text.h"
#include "kpi/kpi.h"
#include "kpi/report_html.h"
#include "kpi/stats.h"

using namespace parvis;
using namespace parvis::kpi;

namespace {

Day d(const char* text) { return *io::parse_day(text); }
Instant t(const char* text) { return *io::parse_instant(text); }

Post published(const char* id, const char* account, const char* at, std::vector<Media> media, const char* type = "",
               const char* campaign = "") {
    Post p;
    p.id = id;
    p.status = PostStatus::published;
    p.published_at = t(at);
    p.message_type_id = type;
    p.campaign_id = campaign;
    p.variants.push_back(PostVariant{.account_id = account, .text = "texte", .media = std::move(media)});
    return p;
}

Media image() { return Media{.kind = MediaKind::image, .name = "a.jpg", .alt_text = "x"}; }
Media video() { return Media{.kind = MediaKind::video, .name = "v.mp4"}; }

Workspace dataset() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Test";
    ws.accounts = {NetworkAccount{.id = "a-fb", .network = Network::facebook},
                   NetworkAccount{.id = "a-ig", .network = Network::instagram}};
    ws.charter.message_types = {MessageType{.id = "t-info", .name = "Information"}};
    ws.campaigns = {Campaign{.id = "c1", .name = "Budget"}};
    ws.metrics.snapshots = {
        {.account_id = "a-fb", .day = d("2026-02-20"), .followers = 1000},
        {.account_id = "a-fb", .day = d("2026-03-10"), .followers = 1050},
        {.account_id = "a-fb", .day = d("2026-03-31"), .followers = 1100},
        {.account_id = "a-ig", .day = d("2026-03-05"), .followers = 400},
        {.account_id = "a-ig", .day = d("2026-03-25"), .followers = 500},
        {.account_id = "a-ig", .day = d("2026-03-28"), .followers = std::nullopt, .reach = 90},
    };
    ws.posts = {
        published("P1", "a-fb", "2026-03-12T09:00:00Z", {image()}, "t-info", "c1"),
        published("P2", "a-fb", "2026-03-19T09:30:00Z", {video()}, "t-info"),
        published("P3", "a-ig", "2026-03-06T17:00:00Z", {image(), image()}),
        published("P4", "a-fb", "2026-03-20T09:10:00Z", {}),
        published("P5", "a-ig", "2026-02-10T10:00:00Z", {image()}),
    };
    Post draft = published("P6", "a-fb", "2026-03-12T09:00:00Z", {});
    draft.status = PostStatus::draft;  // not published: never counted
    ws.posts.push_back(draft);
    const Day imported = d("2026-04-02");
    ws.metrics.posts = {
        {.post_id = "P1", .account_id = "a-fb", .day = imported, .impressions = 2000, .reach = 1000,
         .reactions = 30, .comments = 5, .shares = 10, .clicks = 20},
        {.post_id = "P2", .account_id = "a-fb", .day = imported, .reach = 500, .reactions = 10, .comments = 0,
         .shares = 5},
        {.post_id = "P3", .account_id = "a-ig", .day = imported, .impressions = 800, .reactions = 40,
         .comments = 8, .saves = 12},
        {.post_id = "P5", .account_id = "a-ig", .day = imported, .reach = 200, .reactions = 4, .comments = 1,
         .shares = 1},
        // An older import of P1: the later line (above) wins.
        {.post_id = "P1", .account_id = "a-fb", .day = d("2026-03-13"), .impressions = 1, .reach = 1,
         .reactions = 1},
    };
    auto message = [](const char* id, const char* account, const char* received, std::optional<Instant> replied) {
        InboxMessage m;
        m.id = id;
        m.account_id = account;
        m.received_at = t(received);
        m.replied_at = replied;
        return m;
    };
    ws.messages = {
        message("M1", "a-fb", "2026-03-13T16:00:00Z", t("2026-03-16T08:00:00Z")),
        message("M2", "a-fb", "2026-03-17T09:00:00Z", t("2026-03-17T11:00:00Z")),
        message("M3", "a-ig", "2026-03-18T08:00:00Z", t("2026-03-18T14:00:00Z")),
        message("M4", "a-ig", "2026-03-20T10:00:00Z", std::nullopt),
    };
    Objective o{.id = "o1", .title = "Engager"};
    o.targets = {Target{.kpi = "engagement_rate_reach", .comparison = ">=", .value = 3, .unit = "%", .network_id = "a-fb"},
                 Target{.kpi = "median_response_hours", .comparison = "<=", .value = 4, .unit = "h"},
                 Target{.kpi = "community_growth_rate", .comparison = ">=", .value = 10, .unit = "%"},
                 Target{.kpi = "applications_from_social", .comparison = ">=", .value = 40}};
    ws.objectives = {o};
    return ws;
}

const Period kMarch{d("2026-03-01"), d("2026-03-31")};

Dashboard march(EngagementBase base = EngagementBase::reach, Aggregation a = Aggregation::mean_of_ratios,
                int min_cell = 1) {
    return compute_dashboard(dataset(), {.period = kMarch, .base = base, .aggregation = a, .min_cell_posts = min_cell});
}

const AccountFigures& account(const Dashboard& db, const char* id) {
    for (const AccountFigures& a : db.accounts)
        if (a.account_id == id) return a;
    FAIL("no account " << id);
    return db.accounts.front();
}

void check_value(const Value& v, double expected) {
    REQUIRE(v.has_value());
    CHECK(*v == doctest::Approx(expected).epsilon(1e-9));
}

}  // namespace

TEST_CASE("kpi: statistics by hand") {
    CHECK(median({}) == std::nullopt);
    CHECK(*median({3, 1, 2}) == 2);
    CHECK(*median({4, 1, 3, 2}) == 2.5);  // (2 + 3) / 2
    CHECK(percentile_nearest_rank({}, 90) == std::nullopt);
    // 1…10: rank ceil(0.9 × 10) = 9 → 9
    CHECK(*percentile_nearest_rank({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 90) == 9);
    CHECK(*percentile_nearest_rank({5}, 90) == 5);
    // {2, 6, 64}: rank ceil(2.7) = 3 → 64
    CHECK(*percentile_nearest_rank({64, 2, 6}, 90) == 64);
}

TEST_CASE("kpi: working hours in the collectivité's time zone") {
    const BusinessHours h;  // Monday–Friday 8:30–17:30
    // Fri 13 March 17:00 (UTC+1) → Mon 16 March 09:00: Fri 17:00–17:30 + Mon 8:30–9:00 = 3600 s.
    CHECK(business_seconds(t("2026-03-13T16:00:00Z"), t("2026-03-16T08:00:00Z"), h, "Europe/Paris") == 3600);
    // Across the change to summer time (Sunday 29 March): Fri 27 16:30 (UTC+1) → Mon 30 09:00
    // (UTC+2): 1 h on Friday + 0.5 h on Monday = 5400 s, although 63.5 clock hours pass.
    CHECK(business_seconds(t("2026-03-27T15:30:00Z"), t("2026-03-30T07:00:00Z"), h, "Europe/Paris") == 5400);
    // Within one day, before opening → after closing: the full 9 h.
    CHECK(business_seconds(t("2026-03-17T05:00:00Z"), t("2026-03-17T20:00:00Z"), h, "Europe/Paris") == 9 * 3600);
    // A whole weekend: nothing. Reversed: nothing.
    CHECK(business_seconds(t("2026-03-14T08:00:00Z"), t("2026-03-15T20:00:00Z"), h, "Europe/Paris") == 0);
    CHECK(business_seconds(t("2026-03-17T11:00:00Z"), t("2026-03-17T09:00:00Z"), h, "Europe/Paris") == 0);
    // Réunion (UTC+4, no summer time): 08:00Z is 12:00 local → 13:00Z is 17:00 local: 5 h.
    CHECK(business_seconds(t("2026-03-17T08:00:00Z"), t("2026-03-17T13:00:00Z"), h, "Indian/Reunion") == 5 * 3600);
}

TEST_CASE("kpi: periods") {
    // 1–31 March: 31 days; the previous period is the 31 days before: 29 January – 28 February.
    CHECK(period_days(kMarch) == 31);
    CHECK(previous_period(kMarch) == Period{d("2026-01-29"), d("2026-02-28")});
    CHECK(month_of(d("2026-02-14")) == Period{d("2026-02-01"), d("2026-02-28")});
}

TEST_CASE("kpi: community size and growth") {
    const Dashboard db = march();
    // a-fb: start = last snapshot before March = 1000; end = 1100 → net 100, rate 100/1000 = 10 %.
    const Figures& fb = account(db, "a-fb").current;
    check_value(fb.followers_start, 1000);
    check_value(fb.followers_end, 1100);
    check_value(fb.net_growth, 100);
    check_value(fb.growth_rate, 0.10);
    // a-ig: no snapshot before March: start = first in March (400), end = 500 (the 28 March line
    // has no followers: missing, not 0) → net 100, rate 25 %.
    const Figures& ig = account(db, "a-ig").current;
    check_value(ig.followers_start, 400);
    check_value(ig.followers_end, 500);
    check_value(ig.growth_rate, 0.25);
    // All: start 1000 + 400 = 1400, end 1100 + 500 = 1600 → net 200, rate 200/1400 = 14.2857 %.
    check_value(db.all.followers_end, 1600);
    check_value(db.all.net_growth, 200);
    check_value(db.all.growth_rate, 200.0 / 1400.0);
    // Previous period: only a-fb (20 Feb, 1000, nothing before) → start = end = 1000, rate 0.
    check_value(db.all_previous.followers_end, 1000);
    check_value(db.all_previous.growth_rate, 0);
    // Community line: 20 Feb is out of the period; 5 Mar 400 (fb not known in March before the
    // 10th… but its 20 Feb figure is known: 1000) → 1400; 10 Mar 1050 + 400 = 1450; 25 Mar
    // 1050 + 500 = 1550; 31 Mar 1100 + 500 = 1600.
    REQUIRE(db.community.size() == 4);
    CHECK(db.community[0].value == 1400);
    CHECK(db.community[1].value == 1450);
    CHECK(db.community[2].value == 1550);
    CHECK(db.community[3].value == 1600);
    CHECK(account(db, "a-fb").followers.size() == 2);
}

TEST_CASE("kpi: publications and posting frequency") {
    const Dashboard db = march();
    // P1, P2, P3, P4 (P6 is a draft, P5 is in February): 4 publications in 31 days
    // → 7 × 4 / 31 = 0.9032 a week.
    CHECK(db.all.publications == 4);
    check_value(db.all.posting_frequency, 7.0 * 4 / 31);
    CHECK(account(db, "a-fb").current.publications == 3);
    CHECK(db.all_previous.publications == 1);
}

TEST_CASE("kpi: engagement rate, every base and both aggregations") {
    // Reach: P1 45/1000 = 0.045, P2 15/500 = 0.03, P3 has no reach (left out), P4 no metrics.
    //   mean of ratios (0.045 + 0.03) / 2 = 0.0375; ratio of sums (45 + 15) / 1500 = 0.04
    check_value(march(EngagementBase::reach).all.engagement_rate, 0.0375);
    check_value(march(EngagementBase::reach, Aggregation::ratio_of_sums).all.engagement_rate, 0.04);
    // Followers on the day: P1 45/1050, P2 15/1050, P3 60/400 = 0.15.
    //   mean (0.0428571 + 0.0142857 + 0.15) / 3 = 0.0690476; ratio 120 / 2500 = 0.048
    check_value(march(EngagementBase::followers).all.engagement_rate, (45.0 / 1050 + 15.0 / 1050 + 0.15) / 3);
    check_value(march(EngagementBase::followers, Aggregation::ratio_of_sums).all.engagement_rate, 0.048);
    // Impressions: P1 45/2000 = 0.0225, P3 60/800 = 0.075 (P2 has none).
    //   mean 0.04875; ratio 105 / 2800 = 0.0375
    check_value(march(EngagementBase::impressions).all.engagement_rate, 0.04875);
    check_value(march(EngagementBase::impressions, Aggregation::ratio_of_sums).all.engagement_rate, 0.0375);
    // All three bases are there whatever the choice; the chosen one is engagement_rate.
    const Dashboard db = march(EngagementBase::followers);
    check_value(db.all.engagement_rate_by_base[1], 0.0375);
    check_value(db.all.engagements, 120);  // 45 + 15 + 60
    // a-fb alone by reach: same two posts → 0.0375; a-ig alone: no reach at all → no value.
    check_value(account(march(), "a-fb").current.engagement_rate, 0.0375);
    CHECK_FALSE(account(march(), "a-ig").current.engagement_rate.has_value());
    // Previous period by followers: P5 has no followers known that day → no value (not 0, not NaN).
    CHECK_FALSE(march(EngagementBase::followers).all_previous.engagement_rate.has_value());
    check_value(march().all_previous.engagement_rate, 0.03);  // 6 / 200
}

TEST_CASE("kpi: conversation, amplification and applause (Kaushik), virality, CTR") {
    const Dashboard db = march();
    // Comments: P1 5, P2 0, P3 8 → 13 / 3 = 4.3333 per publication (P4 has no figure).
    check_value(db.all.conversation_rate, 13.0 / 3);
    // Shares: P1 10, P2 5 (P3 missing) → 7.5.
    check_value(db.all.amplification_rate, 7.5);
    // Reactions: 30, 10, 40 → 80 / 3 = 26.667.
    check_value(db.all.applause_rate, 80.0 / 3);
    // Per 1,000 followers: comments 5/1050×1000 = 4.7619, 0/1050 = 0, 8/400×1000 = 20 → 8.254.
    check_value(db.all.conversation_per_1000, (5000.0 / 1050 + 0 + 20) / 3);
    // Shares: 10/1050×1000 = 9.5238, 5/1050×1000 = 4.7619 → 7.1429.
    check_value(db.all.amplification_per_1000, (10000.0 / 1050 + 5000.0 / 1050) / 2);
    check_value(db.all.applause_per_1000, (30000.0 / 1050 + 10000.0 / 1050 + 100) / 3);
    // Virality: shares / impressions only for P1 (P2 no impressions, P3 no shares) → 10/2000.
    check_value(db.all.virality, 0.005);
    // CTR: clicks / impressions only for P1 → 20/2000 = 1 %.
    check_value(db.all.click_through_rate, 0.01);
}

TEST_CASE("kpi: response rate and times, overall and in business hours") {
    const Dashboard db = march();
    // 4 received, 3 answered → 75 %.
    CHECK(db.all.messages_received == 4);
    CHECK(db.all.messages_answered == 3);
    check_value(db.all.response_rate, 0.75);
    // Clock hours {64, 2, 6}: median 6; p90 rank ceil(2.7) = 3 → 64.
    check_value(db.all.median_response_hours, 6);
    check_value(db.all.p90_response_hours, 64);
    // Business hours {1, 2, 6}: median 2; p90 6.
    check_value(db.all.median_response_business_hours, 2);
    check_value(db.all.p90_response_business_hours, 6);
    // a-fb: {64, 2} → median 33 clock hours, {1, 2} → 1.5 business hours; 2 of 2 answered.
    const Figures& fb = account(db, "a-fb").current;
    check_value(fb.response_rate, 1.0);
    check_value(fb.median_response_hours, 33);
    check_value(fb.median_response_business_hours, 1.5);
    // No message in the previous period: no rate, no time (zero denominator → no value).
    CHECK(db.all_previous.messages_received == 0);
    CHECK_FALSE(db.all_previous.response_rate.has_value());
    CHECK_FALSE(db.all_previous.median_response_hours.has_value());
}

TEST_CASE("kpi: performance by format, message type and campaign") {
    const Dashboard db = march();
    auto row = [](const std::vector<GroupRow>& rows, const std::string& key) -> const GroupRow& {
        for (const GroupRow& r : rows)
            if (r.key == key) return r;
        FAIL("no row " << key);
        return rows.front();
    };
    // Formats: P1 photo (1 image), P2 video, P3 carousel (2 images), P4 text.
    CHECK(db.by_format.size() == 4);
    check_value(row(db.by_format, "photo").engagement_rate, 0.045);
    check_value(row(db.by_format, "video").engagement_rate, 0.03);
    CHECK_FALSE(row(db.by_format, "carousel").engagement_rate.has_value());  // no reach
    check_value(row(db.by_format, "carousel").engagements, 60);
    CHECK(row(db.by_format, "text").publications == 1);
    CHECK_FALSE(row(db.by_format, "text").engagements.has_value());  // P4 has no metrics
    // Types: t-info = P1 + P2 → 60 engagements, rate (0.045 + 0.03) / 2; none = P3 + P4.
    check_value(row(db.by_message_type, "t-info").engagement_rate, 0.0375);
    check_value(row(db.by_message_type, "t-info").mean_engagements, 30);
    CHECK(row(db.by_message_type, "").publications == 2);
    // Campaigns: c1 = P1 (45); none = P2, P3, P4 → 15 + 60 = 75, rate by reach P2 only 0.03.
    check_value(row(db.by_campaign, "c1").engagements, 45);
    CHECK(row(db.by_campaign, "c1").label == "Budget");
    check_value(row(db.by_campaign, "").engagements, 75);
    check_value(row(db.by_campaign, "").engagement_rate, 0.03);
    // A format set on the post wins over its media.
    Post p = published("X", "a-fb", "2026-03-01T10:00:00Z", {video()});
    CHECK(post_format(p) == PostFormat::video);
    p.format = PostFormat::reel;
    CHECK(post_format(p) == PostFormat::reel);
}

TEST_CASE("kpi: best-time heatmap with a minimum sample") {
    // P1 Thu 10:00 (0.045) and P2 Thu 10:30 (0.03) share the cell Thursday (3) × 10 h: median
    // 0.0375. P3 (Fri 18 h) has no reach: its cell has no publication with a rate.
    const Dashboard db = march(EngagementBase::reach, Aggregation::mean_of_ratios, 1);
    CHECK(db.heatmap[3][10].publications == 2);
    check_value(db.heatmap[3][10].median, 0.0375);
    CHECK(db.heatmap[4][18].publications == 0);
    CHECK_FALSE(db.heatmap[4][18].median.has_value());
    // With a minimum of 3 publications per cell, Thursday 10 h is not shown (2 < 3).
    const Dashboard strict = march(EngagementBase::reach, Aggregation::mean_of_ratios, 3);
    CHECK(strict.heatmap[3][10].publications == 2);
    CHECK_FALSE(strict.heatmap[3][10].median.has_value());
}

TEST_CASE("kpi: objective targets with trend") {
    const Dashboard db = march();
    REQUIRE(db.targets.size() == 4);
    // engagement_rate_reach on a-fb: 3.75 % ≥ 3 % → met; previous (no a-fb post) → no trend.
    check_value(db.targets[0].value, 3.75);
    CHECK(db.targets[0].met == true);
    CHECK(db.targets[0].trend == Trend::unknown);
    // median_response_hours ≤ 4: 6 h → not met.
    check_value(db.targets[1].value, 6);
    CHECK(db.targets[1].met == false);
    // community_growth_rate ≥ 10 %: 14.29 % → met; previous 0 % → better.
    check_value(db.targets[2].value, 100.0 * 200 / 1400);
    CHECK(db.targets[2].met == true);
    CHECK(db.targets[2].trend == Trend::better);
    // A KPI Parvis does not compute: not measurable, no value, no verdict.
    CHECK_FALSE(db.targets[3].measurable);
    CHECK_FALSE(db.targets[3].value.has_value());
    CHECK_FALSE(db.targets[3].met.has_value());
}

TEST_CASE("kpi: a period with no post, zero denominators, nothing is NaN") {
    // April 2026: no publication, no snapshot, no message.
    const Dashboard db = compute_dashboard(dataset(), {.period = {d("2026-04-01"), d("2026-04-30")}});
    CHECK(db.all.publications == 0);
    check_value(db.all.posting_frequency, 0);
    CHECK_FALSE(db.all.engagement_rate.has_value());
    CHECK_FALSE(db.all.conversation_rate.has_value());
    CHECK_FALSE(db.all.followers_end.has_value());
    CHECK(db.by_format.empty());
    CHECK(db.community.empty());
    // Reach and impressions of 0, followers of 0: every rate is « no value ».
    Workspace ws = dataset();
    for (PostMetrics& m : ws.metrics.posts) {
        m.reach = 0;
        m.impressions = 0;
    }
    for (AccountSnapshot& s : ws.metrics.snapshots) s.followers = s.followers ? std::optional<std::int64_t>(0) : std::nullopt;
    for (EngagementBase base : {EngagementBase::followers, EngagementBase::reach, EngagementBase::impressions}) {
        for (Aggregation a : {Aggregation::mean_of_ratios, Aggregation::ratio_of_sums}) {
            const Dashboard z = compute_dashboard(ws, {.period = kMarch, .base = base, .aggregation = a});
            CHECK_FALSE(z.all.engagement_rate.has_value());
            CHECK_FALSE(z.all.virality.has_value());
            CHECK_FALSE(z.all.click_through_rate.has_value());
            CHECK_FALSE(z.all.conversation_per_1000.has_value());
            CHECK_FALSE(z.all.growth_rate.has_value());  // start of 0 followers
            check_value(z.all.net_growth, 0);
        }
    }
}

TEST_CASE("kpi: every catalogue id has a French name and definition") {
    for (const KpiInfo& k : kpi_catalogue()) {
        CAPTURE(k.id);
        CHECK(catalogue_has("kpi." + std::string(k.id) + ".name", Lang::fr));
        CHECK(catalogue_has("kpi." + std::string(k.id) + ".definition", Lang::fr));
        CHECK(kpi_definition(k.id).size() > 20);
    }
    CHECK(find_kpi("answered_share") == find_kpi("response_rate"));
    CHECK(find_kpi("nonsense") == nullptr);
}

TEST_CASE("kpi: missing figures survive the file, absent stays absent") {
    Workspace ws = dataset();
    const Result<Workspace> back = read_workspace(write_workspace(ws));
    REQUIRE(back.ok());
    CHECK(*back == ws);
    const std::string text = write_workspace(ws);
    // P2 has no impressions: the field is not written at all (not 0, not null).
    CHECK(text.find("\"impressions\": 0") == std::string::npos);
    // A schema-2 file written before: a 0 stays 0 (a value), an absent figure is missing.
    ws.metrics.posts[1].impressions = 0;
    ws.posts[0].format = PostFormat::carousel;
    const Result<Workspace> again = read_workspace(write_workspace(ws));
    REQUIRE(again.ok());
    CHECK(again->metrics.posts[1].impressions == std::optional<std::int64_t>(0));
    CHECK_FALSE(again->metrics.posts[1].clicks.has_value());
    CHECK(again->posts[0].format == PostFormat::carousel);
    CHECK_FALSE(again->posts[1].format.has_value());
}

TEST_CASE("kpi: the HTML report is standalone, French, and escapes the workspace's text") {
    Workspace ws = dataset();
    ws.profile.name = "Ville <de> \"Test\" & co";
    const Dashboard db = compute_dashboard(ws, {.period = kMarch});
    const std::string html = report_html(db, ws);
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<html lang=\"fr\">") != std::string::npos);
    for (const char* id : {"figures", "community", "formats", "message-types", "best-time", "objectives"})
        CHECK(html.find(std::string("<section id=\"") + id + "\">") != std::string::npos);
    CHECK(html.find("Ville &lt;de&gt; &quot;Test&quot; &amp; co") != std::string::npos);
    CHECK(html.find("Ville <de>") == std::string::npos);
    CHECK(html.find("<script") == std::string::npos);  // nothing runs, nothing is fetched
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("Taux d’engagement") != std::string::npos);
    CHECK_FALSE(std::regex_search(html, std::regex(R"(\{[a-z_]+\})")));  // no placeholder left
    CHECK(html.find("14,29") != std::string::npos);  // growth rate 200/1400 = 14,29 %
}

TEST_CASE("kpi: the HTML report draws and names the public-sector references, with their source") {
    const Workspace ws = dataset();
    const Dashboard db = compute_dashboard(ws, {.period = kMarch});
    const std::string html = report_html(db, ws);
    const std::size_t formats = html.find("<section id=\"formats\">");
    const std::size_t end = html.find("</section>", formats);
    REQUIRE(formats != std::string::npos);
    const std::string section = html.substr(formats, end - formats);
    // One dashed line per reference on the chart by format, named on hover.
    std::size_t lines = 0;
    for (std::size_t at = section.find("<line class=\"reference\""); at != std::string::npos;
         at = section.find("<line class=\"reference\"", at + 1))
        ++lines;
    CHECK(lines == kPublicSectorBenchmarks.size());
    // Each reference printed as the dashboard prints it, then the source.
    for (const Benchmark& b : kPublicSectorBenchmarks)
        CHECK(section.find("<li>" + benchmark_label(b) + "</li>") != std::string::npos);
    CHECK(section.find("1,54\u202f% par publication") != std::string::npos);
    CHECK(section.find("Hootsuite, repères d’engagement par secteur") != std::string::npos);
    // The same figure as the screen: the report's engagement rate is format_figure's text.
    const std::string rate = format_figure(figure_by_id(db.all, "engagement_rate"), "%", Lang::fr);
    CHECK(html.find("<td class=\"n\">" + rate + "</td>") != std::string::npos);

    const std::string without = report_html(db, ws, {.benchmarks = false});
    CHECK(without.find("class=\"reference\"") == std::string::npos);
    CHECK(without.find("Référence secteur public") == std::string::npos);
    CHECK(without.find("repères d’engagement par secteur") == std::string::npos);
}
