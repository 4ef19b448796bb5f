// What the calendar's planning panel builds on: the findings grouped by kind in a fixed order,
// the article an electoral finding cites, the overloaded days marked in the views, and the
// evergreen re-queue with the reason it did nothing.
#include <doctest/doctest.h>

#include "calendar/finding_groups.h"
#include "calendar/planning_checks.h"
#include "calendar/recurrence.h"
#include "test_support.h"

using namespace parvis;
using parvis::testing::utc;
using namespace parvis::calendar;
using namespace std::chrono_literals;
using namespace date::literals;

namespace {

CalendarFinding finding(std::string rule, std::optional<Day> day = std::nullopt, std::string message = "") {
    CalendarFinding f;
    f.finding.rule = std::move(rule);
    f.finding.message = std::move(message);
    f.day = day;
    return f;
}

Post scheduled(std::string id, Instant at) {
    Post p;
    p.id = std::move(id);
    p.title = "Publication " + p.id;
    p.status = PostStatus::scheduled;
    p.scheduled_at = at;
    p.variants = {PostVariant{.account_id = "fb", .text = "Texte"}};
    return p;
}

}  // namespace

TEST_CASE("findings are grouped by kind, most actionable first, unknown kinds last in order of appearance") {
    const std::vector<CalendarFinding> findings = {
        finding("zeta"),
        finding("planning_mix"),
        finding("electoral_promotion"),
        finding("planning_overload_day", 2027_y / date::March / 2),
        finding("alpha"),
        finding("planning_gap"),
        finding("planning_overload_day", 2027_y / date::March / 3),
    };
    const auto groups = group_findings(findings);
    REQUIRE(groups.size() == 6);
    CHECK(groups[0].rule == "planning_overload_day");
    CHECK(groups[0].indices == std::vector<std::size_t>{3, 6});
    CHECK(groups[1].rule == "planning_gap");
    CHECK(groups[2].rule == "planning_mix");
    CHECK(groups[3].rule == "electoral_promotion");
    CHECK(groups[4].rule == "zeta");
    CHECK(groups[5].rule == "alpha");
    CHECK(group_findings({}).empty());
}

TEST_CASE("the article an electoral finding cites") {
    CHECK(cited_source("Promotion du bilan en période préélectorale (Code électoral, art. L52-1, al. 2).") ==
          "Code électoral, art. L52-1, al. 2");
    CHECK(cited_source("Un espace est réservé (page comprise) à l'opposition (CGCT, art. L2121-27-1).") ==
          "CGCT, art. L2121-27-1");
    CHECK(cited_source("Journée chargée (3 publications).").empty());
    CHECK(cited_source("Parenthèse ouverte (art. L49").empty());
    CHECK(cited_source("").empty());
}

TEST_CASE("overloaded days come from the overload findings, sorted and once each") {
    const std::vector<CalendarFinding> findings = {
        finding("planning_overload_day", 2027_y / date::March / 5),
        finding("planning_overload_week", 2027_y / date::March / 1),
        finding("planning_overload_day", 2027_y / date::March / 2),
        finding("planning_overload_day", 2027_y / date::March / 5),  // another account, same day
        finding("planning_overload_day"),
    };
    CHECK(overloaded_days(findings) == std::vector<Day>{2027_y / date::March / 2, 2027_y / date::March / 5});
}

TEST_CASE("the overloaded day of check_planning is the one marked") {
    Workspace ws;
    ws.accounts = {NetworkAccount{"fb", Network::facebook, "Ville", "", "", true, {}}};
    ws.charter.rhythm = {RhythmRule{"fb", 0, 0, 2}};
    for (int i = 0; i < 3; ++i) ws.posts.push_back(scheduled("p" + std::to_string(i), utc(2027_y / date::March / 2, 9h + std::chrono::hours{i})));
    const auto findings = check_calendar(ws, {2027_y / date::March / 1, 2027_y / date::March / 7});
    CHECK(overloaded_days(findings) == std::vector<Day>{2027_y / date::March / 2});
    const auto groups = group_findings(findings);
    REQUIRE_FALSE(groups.empty());
    CHECK(groups.front().rule == "planning_overload_day");
}

TEST_CASE("the evergreen re-queue says why it did nothing") {
    Workspace ws;
    ws.profile.time_zone = "Europe/Paris";
    ws.charter.rhythm = {RhythmRule{"fb", 0, 0, 1}};
    Post e = scheduled("e", utc(2027_y / date::March / 2, 9h));
    e.evergreen = true;
    e.status = PostStatus::published;
    e.published_at = utc(2027_y / date::March / 2, 9h);
    ws.posts.push_back(e);
    Post plain = e;
    plain.id = "plain";
    plain.evergreen = false;
    ws.posts.push_back(plain);
    const Instant now = utc(2027_y / date::March / 2, 12h);

    CHECK(requeue_evergreen_explained(ws, "nobody", "cm", now).outcome == RequeueOutcome::unknown_post);
    CHECK(requeue_evergreen_explained(ws, "plain", "cm", now).outcome == RequeueOutcome::not_evergreen);
    CHECK(ws.audit.empty());

    // Every day of the search window is taken on the account (1 a day at most).
    Workspace full = ws;
    Post daily = scheduled("daily", utc(2027_y / date::March / 1, 8h));
    daily.recurrence = Recurrence{};
    daily.recurrence->weekdays = {1, 2, 3, 4, 5, 6, 7};
    full.posts.push_back(daily);
    const RequeueResult none = requeue_evergreen_explained(full, "e", "cm", now, {.search_days = 20});
    CHECK(none.outcome == RequeueOutcome::no_free_slot);
    CHECK_FALSE(none.slot);
    CHECK(full.posts[0].status == PostStatus::published);
    CHECK(full.audit.empty());

    const RequeueResult done = requeue_evergreen_explained(ws, "e", "cm", now);
    REQUIRE(done.outcome == RequeueOutcome::requeued);
    REQUIRE(done.slot);
    CHECK(*done.slot == utc(2027_y / date::March / 9, 9h));  // a week later, same local time (10:00)
    CHECK(ws.posts[0].status == PostStatus::scheduled);
    CHECK(ws.posts[0].scheduled_at == done.slot);
    REQUIRE(ws.audit.size() == 1);
    CHECK(ws.audit[0].person_id == "cm");
    CHECK(requeue_evergreen_explained(ws, "e", "cm", now).outcome == RequeueOutcome::not_published);
}
