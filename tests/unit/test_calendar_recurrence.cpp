// Recurring posts: weekly and monthly rules, end date or count, exceptions, wall-clock time kept
// across the summer-time changes of Paris (March and October 2027) and in a zone without summer
// time (La Réunion); evergreen posts put back in the queue.
#include <doctest/doctest.h>

#include <algorithm>

#include "calendar/recurrence.h"
#include "demo/demo_workspace.h"
#include "io/workspace_json.h"
#include "test_support.h"

using namespace parvis;
using parvis::testing::utc;
using namespace parvis::calendar;
using namespace std::chrono_literals;
using namespace date::literals;

namespace {

Post weekly_post(Instant first, std::vector<int> weekdays, int count = 0) {
    Post p;
    p.id = "p";
    p.title = "Rappel du conseil municipal";
    p.status = PostStatus::scheduled;
    p.scheduled_at = first;
    Recurrence r;
    r.frequency = RecurrenceFrequency::weekly;
    r.weekdays = std::move(weekdays);
    r.count = count;
    p.recurrence = r;
    p.variants = {PostVariant{"fb", "Conseil municipal ce soir", {}, "", ""}};
    return p;
}

}  // namespace

TEST_CASE("every Tuesday at 18:00 in Paris stays at 18:00 across the March 2027 change") {
    // 18:00 CET is 17:00 UTC; from 28 March 2027 18:00 CEST is 16:00 UTC.
    const Post p = weekly_post(utc(2027_y / date::March / 16, 17h), {2}, 4);
    const auto at = occurrences_in(p, year_range(2027), "Europe/Paris");
    REQUIRE(at.size() == 4);
    CHECK(at[0] == utc(2027_y / date::March / 16, 17h));
    CHECK(at[1] == utc(2027_y / date::March / 23, 17h));
    CHECK(at[2] == utc(2027_y / date::March / 30, 16h));
    CHECK(at[3] == utc(2027_y / date::April / 6, 16h));
}

TEST_CASE("and across the October 2027 change") {
    const Post p = weekly_post(utc(2027_y / date::October / 19, 16h), {2}, 3);
    const auto at = occurrences_in(p, year_range(2027), "Europe/Paris");
    REQUIRE(at.size() == 3);
    CHECK(at[0] == utc(2027_y / date::October / 19, 16h));
    CHECK(at[1] == utc(2027_y / date::October / 26, 16h));
    CHECK(at[2] == utc(2027_y / date::November / 2, 17h));
}

TEST_CASE("a time in the spring-forward gap is pushed forward, one in the overlap takes the first") {
    // Sundays at 02:30: 28 March 2027 has no 02:30 in Paris (→ 03:30 CEST = 01:30 UTC).
    Post p = weekly_post(utc(2027_y / date::March / 21, 1h + 30min), {7}, 2);
    auto at = occurrences_in(p, year_range(2027), "Europe/Paris");
    REQUIRE(at.size() == 2);
    CHECK(at[0] == utc(2027_y / date::March / 21, 1h + 30min));
    CHECK(at[1] == utc(2027_y / date::March / 28, 1h + 30min));
    // 31 October 2027 has 02:30 twice: the first one, in summer time (00:30 UTC).
    p = weekly_post(utc(2027_y / date::October / 24, 0h + 30min), {7}, 2);
    at = occurrences_in(p, year_range(2027), "Europe/Paris");
    REQUIRE(at.size() == 2);
    CHECK(at[1] == utc(2027_y / date::October / 31, 0h + 30min));
}

TEST_CASE("La Réunion has no summer time: the UTC time never moves") {
    // 18:00 at UTC+4 is 14:00 UTC, in March as in October.
    const Post p = weekly_post(utc(2027_y / date::March / 16, 14h), {2}, 0);
    const auto at = occurrences_in(p, year_range(2027), "Indian/Reunion");
    CHECK(at.size() == 42);  // 16 March to 28 December
    for (Instant i : at) CHECK(i - date::floor<date::days>(i) == 14h);
    CHECK(at.back() == utc(2027_y / date::December / 28, 14h));
}

TEST_CASE("several weekdays, an interval, an end date and exceptions") {
    Post p = weekly_post(utc(2027_y / date::January / 4, 9h), {1, 4});  // Monday and Thursday 10:00 Paris
    p.recurrence->interval = 2;
    p.recurrence->until = 2027_y / date::February / 1;
    p.recurrence->exceptions = {2027_y / date::January / 18};
    const auto at = occurrences_in(p, year_range(2027), "Europe/Paris");
    // Weeks of 4 Jan, 18 Jan, 1 Feb: 4, 7, (18 skipped), 21, 1 Feb.
    REQUIRE(at.size() == 4);
    CHECK(at[0] == utc(2027_y / date::January / 4, 9h));
    CHECK(at[1] == utc(2027_y / date::January / 7, 9h));
    CHECK(at[2] == utc(2027_y / date::January / 21, 9h));
    CHECK(at[3] == utc(2027_y / date::February / 1, 9h));
}

TEST_CASE("an exception still counts towards the count") {
    Post p = weekly_post(utc(2027_y / date::January / 5, 17h), {2}, 3);
    p.recurrence->exceptions = {2027_y / date::January / 12};
    const auto at = occurrences_in(p, year_range(2027), "Europe/Paris");
    REQUIRE(at.size() == 2);
    CHECK(at[1] == utc(2027_y / date::January / 19, 17h));
}

TEST_CASE("monthly: nth weekday, last weekday, day of month clamped to short months") {
    Post p = weekly_post(utc(2027_y / date::January / 4, 9h), {}, 3);
    p.recurrence->frequency = RecurrenceFrequency::monthly;
    p.recurrence->month_week = 1;
    p.recurrence->month_weekday = 1;  // first Monday
    auto at = occurrences_in(p, year_range(2027), "Europe/Paris");
    REQUIRE(at.size() == 3);
    CHECK(date::floor<date::days>(at[1]) == date::sys_days{2027_y / date::February / 1});
    CHECK(date::floor<date::days>(at[2]) == date::sys_days{2027_y / date::March / 1});

    p.recurrence->month_week = -1;
    p.recurrence->month_weekday = 5;  // last Friday
    p.scheduled_at = utc(2027_y / date::January / 29, 9h);
    at = occurrences_in(p, year_range(2027), "Europe/Paris");
    REQUIRE(at.size() == 3);
    CHECK(date::floor<date::days>(at[0]) == date::sys_days{2027_y / date::January / 29});
    CHECK(date::floor<date::days>(at[1]) == date::sys_days{2027_y / date::February / 26});
    CHECK(date::floor<date::days>(at[2]) == date::sys_days{2027_y / date::March / 26});
    CHECK(at[2] == utc(2027_y / date::March / 26, 9h));  // still 10:00 CET

    p.recurrence->month_week = 0;
    p.recurrence->month_day = 31;
    p.scheduled_at = utc(2027_y / date::January / 31, 9h);
    at = occurrences_in(p, year_range(2027), "Europe/Paris");
    REQUIRE(at.size() == 3);
    CHECK(date::floor<date::days>(at[1]) == date::sys_days{2027_y / date::February / 28});
    CHECK(date::floor<date::days>(at[2]) == date::sys_days{2027_y / date::March / 31});
    CHECK(at[2] == utc(2027_y / date::March / 31, 8h));  // 10:00 CEST
}

TEST_CASE("a range in the middle of an endless rule, and the safety bound") {
    const Post p = weekly_post(utc(2026_y / date::January / 6, 17h), {2});
    const auto at = occurrences_in(p, {2030_y / date::June / 1, 2030_y / date::June / 30}, "Europe/Paris");
    REQUIRE(at.size() == 4);  // Tuesdays 4, 11, 18, 25 June 2030
    CHECK(at[0] == utc(2030_y / date::June / 4, 16h));
    CHECK(occurrences_in(p, {2026_y / date::January / 1, 2035_y / date::January / 1}, "Europe/Paris", 10).size() == 10);
}

TEST_CASE("a one-off post, a post without date, an invalid rule") {
    Post p = weekly_post(utc(2027_y / date::March / 16, 17h), {2});
    p.recurrence.reset();
    CHECK(occurrences_in(p, year_range(2027), "Europe/Paris").size() == 1);
    CHECK(occurrences_in(p, year_range(2028), "Europe/Paris").empty());
    p.scheduled_at.reset();
    CHECK(occurrences_in(p, year_range(2027), "Europe/Paris").empty());
    Post bad = weekly_post(utc(2027_y / date::March / 16, 17h), {9});
    CHECK_FALSE(recurrence_is_valid(*bad.recurrence));
    CHECK(occurrences_in(bad, year_range(2027), "Europe/Paris").size() == 1);  // the first only
    bad.recurrence->weekdays = {2};
    bad.recurrence->interval = 0;
    CHECK_FALSE(recurrence_is_valid(*bad.recurrence));
}

TEST_CASE("describe_recurrence in French") {
    Recurrence r;
    r.weekdays = {2};
    r.count = 10;
    CHECK(describe_recurrence(r) == "Toutes les semaines le mardi, 10 fois");
    r.frequency = RecurrenceFrequency::monthly;
    r.weekdays.clear();
    r.count = 0;
    r.month_week = 1;
    r.month_weekday = 1;
    r.until = 2027_y / date::June / 30;
    CHECK(describe_recurrence(r).rfind("Le 1er lundi de chaque mois, jusqu", 0) == 0);
}

TEST_CASE("describe_recurrence: nth weekday of the month, French and English") {
    Recurrence r;
    r.frequency = RecurrenceFrequency::monthly;
    r.month_week = 2;
    r.month_weekday = 2;
    CHECK(describe_recurrence(r) == "Le 2e mardi de chaque mois");
    CHECK(describe_recurrence(r, Lang::en) == "The 2nd Tuesday of every month");
    r.month_week = -1;
    r.month_weekday = 5;
    r.count = 6;
    CHECK(describe_recurrence(r) == "Le dernier vendredi de chaque mois, 6 fois");
    CHECK(describe_recurrence(r, Lang::en) == "The last Friday of every month, 6 times");
    r.month_week = 3;
    r.interval = 2;
    r.count = 0;
    CHECK(describe_recurrence(r) == "Le 3e vendredi, tous les 2 mois");
    CHECK(describe_recurrence(r, Lang::en) == "The 3rd Friday, every 2 months");
    r.month_week = 1;
    r.interval = 1;
    CHECK(describe_recurrence(r) == "Le 1er vendredi de chaque mois");
    CHECK(describe_recurrence(r, Lang::en) == "The 1st Friday of every month");
    // A day of the month wins over the nth weekday, as in the expansion.
    r.month_day = 12;
    CHECK(describe_recurrence(r) == "Tous les mois le 12");
    CHECK(describe_recurrence(r, Lang::en) == "Every month on the 12th");
    r.month_day = 22;
    CHECK(describe_recurrence(r, Lang::en) == "Every month on the 22nd");
    Recurrence weekly;
    weekly.weekdays = {2, 4};
    weekly.interval = 2;
    CHECK(describe_recurrence(weekly, Lang::en) == "Every 2 weeks on Tuesday and Thursday");
}

TEST_CASE("month_weekday_of: rank of a day among the same weekdays of its month") {
    // Tuesday 8 December 2026: the 2nd Tuesday, not the last (29 December is).
    auto w = month_weekday_of(2026_y / date::December / 8);
    CHECK(w.nth == 2);
    CHECK(w.weekday == 2);
    CHECK_FALSE(w.is_last);
    w = month_weekday_of(2026_y / date::December / 29);  // the 5th and last Tuesday
    CHECK(w.nth == 5);
    CHECK(w.is_last);
    w = month_weekday_of(2027_y / date::February / 26);  // the 4th Friday, also the last
    CHECK(w.nth == 4);
    CHECK(w.weekday == 5);
    CHECK(w.is_last);
    w = month_weekday_of(2027_y / date::January / 3);  // Sunday: ISO 7
    CHECK(w.nth == 1);
    CHECK(w.weekday == 7);
    CHECK_FALSE(w.is_last);
    CHECK(month_weekday_of(Day{2027_y / date::February / 30}).nth == 0);  // not a day: nothing
}

TEST_CASE("a rule built from month_weekday_of gives the post's day first, then the same rank") {
    Post p = weekly_post(utc(2026_y / date::December / 8, 17h), {});  // Tuesday 18:00 in Paris
    const auto w = month_weekday_of(2026_y / date::December / 8);
    p.recurrence->frequency = RecurrenceFrequency::monthly;
    p.recurrence->weekdays.clear();
    p.recurrence->month_week = w.nth;
    p.recurrence->month_weekday = w.weekday;
    p.recurrence->count = 3;
    const auto got = occurrences_in(p, year_range(2026), "Europe/Paris");
    const auto next = occurrences_in(p, year_range(2027), "Europe/Paris");
    REQUIRE(got.size() == 1);
    CHECK(got[0] == utc(2026_y / date::December / 8, 17h));
    REQUIRE(next.size() == 2);
    CHECK(next[0] == utc(2027_y / date::January / 12, 17h));   // 2nd Tuesday of January
    CHECK(next[1] == utc(2027_y / date::February / 9, 17h));   // 2nd Tuesday of February
}

TEST_CASE("an evergreen post goes back to the next free business day") {
    Workspace ws;
    ws.profile.time_zone = "Europe/Paris";
    ws.charter.rhythm = {RhythmRule{"fb", 0, 0, 1}};
    Post evergreen = weekly_post(utc(2027_y / date::March / 2, 9h), {});  // Tuesday 10:00
    evergreen.recurrence.reset();
    evergreen.id = "e";
    evergreen.evergreen = true;
    evergreen.status = PostStatus::published;
    evergreen.published_at = utc(2027_y / date::March / 2, 9h);
    ws.posts.push_back(evergreen);
    // 9 March (7 days later) is taken; 10 March is free.
    Post busy = weekly_post(utc(2027_y / date::March / 9, 10h), {});
    busy.recurrence.reset();
    busy.id = "busy";
    ws.posts.push_back(busy);

    const auto slot = next_free_slot(ws, ws.posts[0], *evergreen.published_at);
    REQUIRE(slot);
    CHECK(*slot == utc(2027_y / date::March / 10, 9h));

    REQUIRE(requeue_evergreen(ws, "e", "cm", utc(2027_y / date::March / 2, 12h)));
    CHECK(ws.posts[0].status == PostStatus::scheduled);
    CHECK(ws.posts[0].scheduled_at == utc(2027_y / date::March / 10, 9h));
    REQUIRE(ws.audit.size() == 1);
    CHECK(ws.audit[0].action == "post.requeue");
    CHECK(ws.audit[0].target_id == "e");
    // Not published any more: a second call changes nothing.
    CHECK_FALSE(requeue_evergreen(ws, "e", "cm", utc(2027_y / date::March / 2, 12h)));
    CHECK_FALSE(requeue_evergreen(ws, "busy", "cm", utc(2027_y / date::March / 2, 12h)));
    CHECK_FALSE(requeue_evergreen(ws, "unknown", "cm", utc(2027_y / date::March / 2, 12h)));
}

TEST_CASE("the free slot skips weekends and public holidays") {
    Workspace ws;
    Post p = weekly_post(utc(2027_y / date::April / 30, 9h), {});  // Friday
    p.recurrence.reset();
    // From Friday 30 April + 1 day: Saturday 1 May (férié), Sunday, Monday 3 May.
    const auto slot = next_free_slot(ws, p, utc(2027_y / date::April / 30, 9h), {.min_days_after = 1});
    REQUIRE(slot);
    CHECK(date::floor<date::days>(*slot) == date::sys_days{2027_y / date::May / 3});
    // 8 May 2027 is a Saturday, 6 May (Ascension) a Thursday.
    const auto slot2 = next_free_slot(ws, p, utc(2027_y / date::May / 5, 9h), {.min_days_after = 1});
    REQUIRE(slot2);
    CHECK(date::floor<date::days>(*slot2) == date::sys_days{2027_y / date::May / 7});
}

TEST_CASE("recurrence, evergreen, held, elections and crisis mode survive a save and a reload") {
    Workspace ws = demo_workspace(2026_y / date::November / 29);
    REQUIRE(ws.elections.size() == 1);
    CHECK(ws.elections[0].first_round == 2027_y / date::April / 11);
    const auto reminder = std::find_if(ws.posts.begin(), ws.posts.end(),
                                       [](const Post& p) { return p.recurrence.has_value(); });
    REQUIRE(reminder != ws.posts.end());
    CHECK(reminder->title == "Tous les mardis\u00a0: rappel du conseil municipal");
    // From Tuesday 1 December 2026, twelve Tuesdays: five in 2026, seven in 2027.
    CHECK(occurrences_in(*reminder, year_range(2027), ws.profile.time_zone).size() == 7);
    reminder->recurrence->exceptions = {2027_y / date::January / 5};
    reminder->recurrence->until = 2027_y / date::June / 30;
    ws.posts.front().evergreen = true;
    ws.posts.back().held = true;
    ws.crisis = CrisisMode{true, utc(2026_y / date::November / 29, 8h), "Inondation"};

    const std::string text = write_workspace(ws);
    CHECK(text.find("\"recurrence\"") != std::string::npos);
    CHECK(text.find("\"kind\": \"presidentielle\"") != std::string::npos);
    const Result<Workspace> back = read_workspace(text);
    REQUIRE_MESSAGE(back.ok(), error_message(back.ok() ? Error{} : back.error()));
    CHECK(*back == ws);

    // An unknown frequency is refused with the list of accepted names.
    std::string bad = text;
    const auto at = bad.find("\"frequency\": \"weekly\"");
    REQUIRE(at != std::string::npos);
    bad.replace(at, 21, "\"frequency\": \"daily\"");
    const Result<Workspace> refused = read_workspace(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::invalid_value);
    CHECK(error_message(refused.error()).find("weekly, monthly") != std::string::npos);
}
