// Planning checks against the charter (overload, gaps, mix, nobody on duty), crisis mode, and the
// status workflow with its audit log.
#include <doctest/doctest.h>

#include <algorithm>

#include "calendar/planning_checks.h"
#include "calendar/post_status.h"
#include "test_support.h"

using namespace parvis;
using parvis::testing::utc;
using namespace parvis::calendar;
using namespace std::chrono_literals;
using namespace date::literals;

namespace {

Post post(std::string id, Instant at, std::string type = "info", std::string account = "fb") {
    Post p;
    p.id = id;
    p.title = "Publication " + id;
    p.message_type_id = std::move(type);
    p.status = PostStatus::scheduled;
    p.scheduled_at = at;
    p.variants = {PostVariant{std::move(account), "Texte", {}, "", ""}};
    return p;
}

Workspace planned() {
    Workspace ws;
    ws.id = "w";
    ws.accounts = {NetworkAccount{"fb", Network::facebook, "Ville", "", "", true, {}}};
    ws.charter.rhythm = {RhythmRule{"fb", 3, 5, 2}};  // 3..5 a week, 2 a day at most
    ws.charter.message_types = {MessageType{"info", "Vie municipale", 0.5, {}},
                                MessageType{"alerte", "Alerte", 0, {}},
                                MessageType{"event", "Agenda", 0.5, {}}};
    return ws;
}

std::vector<const CalendarFinding*> with_rule(const std::vector<CalendarFinding>& f, const std::string& rule) {
    std::vector<const CalendarFinding*> out;
    for (const auto& x : f)
        if (x.finding.rule == rule) out.push_back(&x);
    return out;
}

// Week of Monday 1 March 2027, 10:00 CET = 09:00 UTC.
const DayRange kWeek{2027_y / date::March / 1, 2027_y / date::March / 7};

}  // namespace

TEST_CASE("an overloaded day and an overloaded week") {
    Workspace ws = planned();
    for (int i = 0; i < 3; ++i) ws.posts.push_back(post("d" + std::to_string(i), utc(2027_y / date::March / 2, 9h + std::chrono::hours{i})));
    for (int i = 0; i < 3; ++i) ws.posts.push_back(post("w" + std::to_string(i), utc(2027_y / date::March / 3, 9h) + date::days{i}));
    const auto findings = check_planning(ws, kWeek);
    const auto day = with_rule(findings, "planning_overload_day");
    REQUIRE(day.size() == 1);
    CHECK(day[0]->day == Day{2027_y / date::March / 2});
    CHECK(day[0]->account_id == "fb");
    CHECK(day[0]->finding.category == "planning");
    CHECK(day[0]->finding.message.find("3 publications") != std::string::npos);
    const auto week = with_rule(findings, "planning_overload_week");
    REQUIRE(week.size() == 1);
    CHECK(week[0]->finding.message.find("6 publications") != std::string::npos);
    CHECK(with_rule(findings, "planning_gap").empty());
}

TEST_CASE("planning findings in English: same rules, days and posts, English messages") {
    Workspace ws = planned();
    for (int i = 0; i < 3; ++i) ws.posts.push_back(post("d" + std::to_string(i), utc(2027_y / date::March / 2, 9h + std::chrono::hours{i})));
    const auto fr = check_planning(ws, kWeek, Lang::fr);
    const auto en = check_planning(ws, kWeek, Lang::en);
    REQUIRE(fr.size() == en.size());
    REQUIRE_FALSE(en.empty());
    for (std::size_t i = 0; i < fr.size(); ++i) {
        CAPTURE(en[i].finding.message);
        CHECK(fr[i].finding.rule == en[i].finding.rule);
        CHECK(fr[i].day == en[i].day);
        CHECK(fr[i].post_id == en[i].post_id);
        CHECK(en[i].finding.message != fr[i].finding.message);
        CHECK(en[i].finding.message.find('{') == std::string::npos);
    }
    const auto day = with_rule(en, "planning_overload_day");
    REQUIRE(day.size() == 1);
    CHECK(day[0]->finding.message.find("Busy day") != std::string::npos);
    CHECK(day[0]->finding.message.find("3 posts") != std::string::npos);
}

TEST_CASE("a gap: fewer posts than the charter's minimum, or none at all") {
    Workspace ws = planned();
    ws.posts = {post("a", utc(2027_y / date::March / 2, 9h))};
    auto findings = check_planning(ws, kWeek);
    auto gaps = with_rule(findings, "planning_gap");
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0]->finding.message.find("minimum de 3") != std::string::npos);
    ws.posts.clear();
    findings = check_planning(ws, {2027_y / date::March / 1, 2027_y / date::March / 14});
    gaps = with_rule(findings, "planning_gap");
    CHECK(gaps.size() == 2);  // two silent weeks
    CHECK(gaps[0]->finding.message.rfind("Aucune publication", 0) == 0);
    // A range cut mid-week judges no week.
    CHECK(with_rule(check_planning(ws, {2027_y / date::March / 2, 2027_y / date::March / 7}), "planning_gap").empty());
}

TEST_CASE("cancelled, failed and held posts and ideas do not count; recurring ones count each time") {
    Workspace ws = planned();
    ws.posts = {post("a", utc(2027_y / date::March / 2, 9h)), post("b", utc(2027_y / date::March / 2, 10h)),
                post("c", utc(2027_y / date::March / 2, 11h))};
    ws.posts[0].status = PostStatus::cancelled;
    ws.posts[1].status = PostStatus::idea;
    ws.posts[2].held = true;
    const auto f = check_planning(ws, kWeek);
    CHECK(with_rule(f, "planning_overload_day").empty());
    CHECK(with_rule(f, "planning_held").size() == 1);

    Workspace rec = planned();
    Post daily = post("r", utc(2027_y / date::March / 1, 9h));
    Recurrence r;
    r.weekdays = {1, 2, 3, 4, 5, 6};
    daily.recurrence = r;
    rec.posts = {daily};
    const auto rec_findings = check_planning(rec, kWeek);
    const auto week = with_rule(rec_findings, "planning_overload_week");
    REQUIRE(week.size() == 1);  // 6 a week, 5 allowed
}

TEST_CASE("the mix of message types against the target shares") {
    Workspace ws = planned();
    ws.charter.rhythm.clear();
    for (int i = 0; i < 10; ++i) ws.posts.push_back(post("p" + std::to_string(i), utc(2027_y / date::March / 1, 9h) + date::days{i % 5}, i < 9 ? "info" : "event"));
    const auto findings = check_planning(ws, kWeek);
    const auto mix = with_rule(findings, "planning_mix");
    REQUIRE(mix.size() == 2);  // « Vie municipale » 90 % for 50 %, « Agenda » 10 % for 50 %
    CHECK(mix[0]->finding.message.find("Vie municipale") != std::string::npos);
    CHECK(mix[0]->finding.message.find("90") != std::string::npos);
    // Too few posts to judge.
    ws.posts.resize(5);
    CHECK(with_rule(check_planning(ws, kWeek), "planning_mix").empty());
}

TEST_CASE("nobody on duty: evenings, weekends and public holidays") {
    Workspace ws = planned();
    ws.charter.rhythm.clear();
    ws.posts = {post("evening", utc(2027_y / date::March / 2, 19h)),  // 20:00 Paris
                post("sunday", utc(2027_y / date::March / 7, 9h)),
                post("office", utc(2027_y / date::March / 3, 9h)),
                post("holiday", utc(2027_y / date::May / 6, 8h)),     // Ascension, 10:00 CEST
                post("done", utc(2027_y / date::March / 6, 9h))};
    ws.posts[4].status = PostStatus::published;
    const auto findings = check_planning(ws, {2027_y / date::March / 1, 2027_y / date::May / 31});
    const auto off = with_rule(findings, "planning_off_duty");
    std::vector<std::string> ids;
    for (const auto* f : off) ids.push_back(f->post_id);
    CHECK(ids == std::vector<std::string>{"evening", "sunday", "holiday"});
    CHECK(off[0]->finding.message.find("20:00") != std::string::npos);
    CHECK(off[2]->finding.message.find("jour férié") != std::string::npos);
}

TEST_CASE("crisis mode holds every scheduled non-urgent post and releases the ones chosen") {
    Workspace ws = planned();
    ws.posts = {post("promo", utc(2027_y / date::March / 2, 9h)), post("alerte", utc(2027_y / date::March / 2, 10h), "alerte"),
                post("tagged", utc(2027_y / date::March / 2, 11h)), post("draft", utc(2027_y / date::March / 3, 9h)),
                post("ok", utc(2027_y / date::March / 4, 9h))};
    ws.posts[2].tags = {"Urgence"};
    ws.posts[3].status = PostStatus::draft;
    ws.posts[4].status = PostStatus::validated;
    CHECK(is_urgent(ws, ws.posts[1]));
    CHECK(is_urgent(ws, ws.posts[2]));
    CHECK_FALSE(is_urgent(ws, ws.posts[0]));

    const auto held = enter_crisis(ws, "cm", utc(2027_y / date::March / 1, 8h), "Inondation");
    CHECK(held == std::vector<std::string>{"promo", "ok"});
    CHECK(ws.crisis.active);
    CHECK(ws.crisis.reason == "Inondation");
    CHECK(ws.posts[0].held);
    CHECK_FALSE(ws.posts[1].held);
    CHECK(ws.posts[0].status == PostStatus::scheduled);  // status kept: the marker holds it
    CHECK(ws.audit.size() == 3);  // crisis.enter + two post.hold

    const auto released = leave_crisis(ws, {"ok"}, "cm", utc(2027_y / date::March / 1, 18h));
    CHECK(released == std::vector<std::string>{"ok"});
    CHECK_FALSE(ws.crisis.active);
    CHECK(ws.posts[0].held);  // not released: stays held
    CHECK_FALSE(ws.posts[4].held);
    CHECK(ws.audit.back().action == "post.release");
}

TEST_CASE("status workflow: allowed transitions and the audit log") {
    CHECK(transition_allowed(PostStatus::idea, PostStatus::draft));
    CHECK(transition_allowed(PostStatus::draft, PostStatus::to_validate));
    CHECK(transition_allowed(PostStatus::to_validate, PostStatus::validated));
    CHECK(transition_allowed(PostStatus::validated, PostStatus::scheduled));
    CHECK(transition_allowed(PostStatus::scheduled, PostStatus::published));
    CHECK(transition_allowed(PostStatus::scheduled, PostStatus::failed));
    CHECK(transition_allowed(PostStatus::scheduled, PostStatus::cancelled));
    CHECK_FALSE(transition_allowed(PostStatus::idea, PostStatus::published));
    CHECK_FALSE(transition_allowed(PostStatus::draft, PostStatus::scheduled));
    CHECK_FALSE(transition_allowed(PostStatus::draft, PostStatus::validated));
    CHECK(transition_allowed(PostStatus::draft, PostStatus::validated, {.no_validation_needed = true}));
    CHECK_FALSE(transition_allowed(PostStatus::to_validate, PostStatus::validated, {.circuit_complete = false}));
    CHECK_FALSE(transition_allowed(PostStatus::published, PostStatus::draft));
    CHECK(allowed_transitions(PostStatus::published).empty());

    Workspace ws = planned();
    ws.posts = {post("p", utc(2027_y / date::March / 2, 9h))};
    ws.posts[0].status = PostStatus::draft;
    const Instant t = utc(2027_y / date::March / 1, 10h);
    CHECK(change_status(ws, "p", PostStatus::to_validate, "cm", t, "prêt") == StatusChange::done);
    CHECK(change_status(ws, "p", PostStatus::published, "cm", t) == StatusChange::not_allowed);
    CHECK(change_status(ws, "p", PostStatus::to_validate, "cm", t) == StatusChange::unchanged);
    CHECK(change_status(ws, "x", PostStatus::draft, "cm", t) == StatusChange::unknown_post);
    REQUIRE(ws.audit.size() == 1);
    CHECK(ws.audit[0].action == "post.status");
    CHECK(ws.audit[0].person_id == "cm");
    CHECK(ws.audit[0].at == t);
    CHECK(ws.audit[0].detail == "draft>to_validate");
    CHECK(ws.audit[0].comment == "prêt");
    CHECK(change_status(ws, "p", PostStatus::validated, "dgs", t) == StatusChange::done);
    CHECK(change_status(ws, "p", PostStatus::scheduled, "cm", t) == StatusChange::done);
    CHECK(change_status(ws, "p", PostStatus::published, "cm", t + 1h) == StatusChange::done);
    CHECK(ws.posts[0].published_at == t + 1h);
    CHECK(ws.audit.size() == 4);
    CHECK(std::string(post_status_label(PostStatus::to_validate)) == "à valider");
}

TEST_CASE("check_calendar gives the planning and the electoral findings together") {
    Workspace ws = planned();
    ws.elections = {Election{"e", ElectionKind::municipales, 2032_y / date::March / 14, {}, ""}};
    ws.posts = {post("p", utc(2031_y / date::October / 7, 19h))};
    ws.posts[0].variants[0].text = "Promesse tenue : le gymnase est ouvert.";
    const auto f = check_calendar(ws, year_range(2031));
    CHECK_FALSE(with_rule(f, "planning_off_duty").empty());
    CHECK_FALSE(with_rule(f, "electoral_promotion").empty());
}
