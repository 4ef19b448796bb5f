// Response times of the Messages desk (core/kpi/response_times.h) and the working time they count
// (core/inbox/working_time.h), on messages built by hand: every expected figure has its arithmetic
// next to it.
//
// Charter of every case: Monday–Friday 8:30–17:30 in Europe/Paris, target 4 working hours.
// January 2027 is UTC+1; 2027 changes to UTC+2 on Sunday 28 March (also Easter Sunday).
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

#include "demo/demo_workspace.h"
#include "inbox/deadline.h"
#include "inbox/working_time.h"
#include "io/time_text.h"
#include "kpi/response_times.h"
#include "kpi/response_times_json.h"

using namespace parvis;
using namespace parvis::kpi;

namespace {

Day d(const char* text) { return *io::parse_day(text); }
Instant t(const char* text) { return *io::parse_instant(text); }

Workspace base_workspace() {
    Workspace ws;
    ws.profile.time_zone = "Europe/Paris";
    ws.services = {{.id = "svc-a", .name = "Voirie"}, {.id = "svc-z", .name = "Eaux"}};
    ws.people = {{.id = "p-2", .name = "Élodie"}, {.id = "p-1", .name = "Yanis"}};
    return ws;
}

InboxMessage message(const char* id, const char* received) {
    InboxMessage m;
    m.id = id;
    m.account_id = "a-fb";
    m.received_at = t(received);
    return m;
}

// Forwarded at `forwarded`, answered by the service `minutes` later.
InboxMessage handed_off(const char* id, const char* service, const char* forwarded, int minutes) {
    InboxMessage m = message(id, forwarded);
    m.service_id = service;
    m.status = MessageStatus::assigned;
    m.forwarded_at = t(forwarded);
    m.service_answered_at = *m.forwarded_at + std::chrono::minutes{minutes};
    return m;
}

const ResponseGroup* group(const std::vector<ResponseGroup>& groups, std::string_view key) {
    for (const ResponseGroup& g : groups)
        if (g.key == key) return &g;
    return nullptr;
}

const ResponseTimeOptions kJanuaryWeek{.period = {d("2027-01-11"), d("2027-01-17")}};

}  // namespace

TEST_CASE("response times: per service, hand-off → answer, median and p90 by nearest rank") {
    Workspace ws = base_workspace();
    // Voirie, all forwarded on Tuesday 12 January at 9:00 local (8:00 UTC): 1 h, 2 h, 3 h, 10 h.
    ws.messages.push_back(handed_off("m1", "svc-a", "2027-01-12T08:00:00Z", 60));
    ws.messages.push_back(handed_off("m2", "svc-a", "2027-01-12T08:00:00Z", 120));
    ws.messages.push_back(handed_off("m3", "svc-a", "2027-01-12T08:00:00Z", 180));
    ws.messages.push_back(handed_off("m4", "svc-a", "2027-01-12T08:00:00Z", 600));
    // Eaux: 30 min, one still waiting, one « transmis » whose time was lost (waiting too), one
    // answered by the service without a hand-off time (unmeasured).
    ws.messages.push_back(handed_off("m5", "svc-z", "2027-01-13T09:00:00Z", 30));
    InboxMessage waiting = message("m6", "2027-01-13T09:00:00Z");
    waiting.service_id = "svc-z";
    waiting.status = MessageStatus::forwarded;
    waiting.forwarded_at = t("2027-01-13T10:00:00Z");
    ws.messages.push_back(waiting);
    InboxMessage lost = message("m7", "2027-01-13T09:00:00Z");
    lost.service_id = "svc-z";
    lost.status = MessageStatus::waiting_service;
    ws.messages.push_back(lost);
    InboxMessage untimed = message("m8", "2027-01-13T09:00:00Z");
    untimed.service_id = "svc-z";
    untimed.service_answered_at = t("2027-01-13T12:00:00Z");
    ws.messages.push_back(untimed);
    // Outside the period: not measured.
    ws.messages.push_back(handed_off("m9", "svc-z", "2027-01-18T09:00:00Z", 5000));
    // Never handed off: no service group.
    ws.messages.push_back(message("m10", "2027-01-13T09:00:00Z"));

    const ResponseTimes r = compute_response_times(ws, kJanuaryWeek);
    REQUIRE(r.error == ResponseTimesError::none);
    REQUIRE(r.by_service.size() == 2);
    // Sorted by name, not by id: « Eaux » (svc-z) before « Voirie » (svc-a).
    CHECK(r.by_service[0].label == "Eaux");
    CHECK(r.by_service[1].label == "Voirie");

    const ResponseGroup& voirie = r.by_service[1];
    CHECK(voirie.key == "svc-a");
    CHECK(voirie.answered == 4);
    CHECK(voirie.waiting == 0);
    CHECK(*voirie.median_seconds == 9000);  // (2 h + 3 h) / 2 = 2 h 30
    CHECK(*voirie.p90_seconds == 36000);    // rank ceil(0.9 × 4) = 4: 10 h
    // Target 4 working hours from 9:00: due 13:00. 1, 2, 3 h are within; 10 h (19:00) is not.
    CHECK(*voirie.within_target == doctest::Approx(0.75));

    const ResponseGroup& eaux = r.by_service[0];
    CHECK(eaux.answered == 1);
    CHECK(eaux.waiting == 2);
    CHECK(eaux.unmeasured == 1);
    CHECK(*eaux.median_seconds == 1800);
    CHECK(*eaux.p90_seconds == 1800);

    CHECK(r.all_handoffs.answered == 5);
    CHECK(r.all_handoffs.waiting == 2);
    CHECK(*r.all_handoffs.median_seconds == 7200);  // 30 min, 1 h, 2 h, 3 h, 10 h: the third
    CHECK(*r.all_handoffs.p90_seconds == 36000);    // rank ceil(4.5) = 5
}

TEST_CASE("response times: per person and per channel, received → reply") {
    Workspace ws = base_workspace();
    InboxMessage a = message("m1", "2027-01-12T08:00:00Z");
    a.assignee_id = "p-1";
    a.status = MessageStatus::answered;
    a.replied_at = t("2027-01-12T09:00:00Z");  // 1 h
    InboxMessage b = message("m2", "2027-01-12T08:00:00Z");
    b.assignee_id = "p-2";
    b.channel = MessageChannel::private_message;
    b.status = MessageStatus::answered;
    b.replied_at = t("2027-01-12T11:00:00Z");  // 3 h
    InboxMessage c = message("m3", "2027-01-12T08:00:00Z");
    c.assignee_id = "p-gone";  // a person since removed: shown by id
    c.channel = MessageChannel::mention;
    InboxMessage e = message("m4", "2027-01-12T08:00:00Z");  // nobody's, closed without a reply
    e.status = MessageStatus::closed;
    InboxMessage f = message("m5", "2027-01-12T08:00:00Z");  // nobody's, still unread
    ws.messages = {a, b, c, e, f};

    const ResponseTimes r = compute_response_times(ws, kJanuaryWeek);
    REQUIRE(r.by_assignee.size() == 4);
    // By name, accents ignored (« Élodie » with the E's), the id for an unknown person, nobody last.
    CHECK(r.by_assignee[0].label == "Élodie");
    CHECK(r.by_assignee[1].label == "p-gone");
    CHECK(r.by_assignee[2].label == "Yanis");
    CHECK(r.by_assignee[3].key.empty());
    CHECK(*r.by_assignee[0].median_seconds == 10800);
    CHECK(*r.by_assignee[2].median_seconds == 3600);
    CHECK(r.by_assignee[1].waiting == 1);
    CHECK_FALSE(r.by_assignee[1].median_seconds);
    CHECK(r.by_assignee[3].waiting == 1);   // the unread one; the closed one is in no count
    CHECK(r.by_assignee[3].answered == 0);

    REQUIRE(r.by_channel.size() == 3);
    CHECK(r.by_channel[0].key == "comment");
    CHECK(r.by_channel[1].key == "mention");
    CHECK(r.by_channel[2].key == "private_message");
    CHECK(r.by_channel[0].answered == 1);
    CHECK(r.by_channel[0].waiting == 1);
    CHECK(*r.by_channel[2].median_seconds == 10800);
    CHECK(r.all_replies.answered == 2);
    CHECK(r.all_replies.waiting == 2);
}

TEST_CASE("response times: business hours skip the weekend, Easter Monday and cross the change to summer time") {
    Workspace ws = base_workspace();
    // Received Friday 26 March 2027 16:00 local (UTC+1: 15:00Z), replied Tuesday 30 March 10:00
    // local (UTC+2: 08:00Z).
    //   wall clock: 26 March 15:00Z → 30 March 08:00Z = 3 × 24 h + 17 h = 89 h = 320,400 s
    //   working:    Friday 16:00–17:30 = 1 h 30; Saturday, Sunday (the change) off; Monday 29 March
    //               is Easter Monday, off; Tuesday 8:30–10:00 = 1 h 30 → 3 h = 10,800 s
    InboxMessage m = message("m1", "2027-03-26T15:00:00Z");
    m.status = MessageStatus::answered;
    m.replied_at = t("2027-03-30T08:00:00Z");
    ws.messages = {m};
    const ResponseTimeOptions clock{.period = {d("2027-03-22"), d("2027-03-31")}};
    ResponseTimeOptions business = clock;
    business.business_hours = true;

    const ResponseTimes wall = compute_response_times(ws, clock);
    CHECK(*wall.all_replies.median_seconds == 320400);
    const ResponseTimes worked = compute_response_times(ws, business);
    CHECK(worked.business_hours);
    CHECK(*worked.all_replies.median_seconds == 10800);
    // The deadline (4 h: 1 h 30 on Friday, then Tuesday 8:30 + 2 h 30 = 11:00) was kept, with or
    // without the option: the target is always counted in working time.
    CHECK(*wall.all_replies.within_target == 1.0);
    CHECK(*worked.all_replies.within_target == 1.0);

    // In Moselle (INSEE 57…), Vendredi saint (26 March 2027) is off too: only Tuesday's 1 h 30.
    ws.profile.insee_code = "57463";
    CHECK(*compute_response_times(ws, business).all_replies.median_seconds == 5400);
}

TEST_CASE("working time: the calendar agrees with the reply deadline") {
    const BusinessHours hours;
    const inbox::WorkingCalendar calendar(hours, "Europe/Paris", calendar::Territory::metropole,
                                          date::local_days{date::year{2027} / 3 / 1}, date::local_days{date::year{2027} / 5 / 31});
    // Every 7 h 13 min from 1 March to 30 April 2027: weekends, Easter Monday, 1 and 8 May, the change.
    for (Instant at = t("2027-03-01T00:00:00Z"); at < t("2027-04-30T00:00:00Z"); at += std::chrono::minutes{433}) {
        CAPTURE(io::format_instant(at));
        const inbox::Deadline deadline = inbox::reply_deadline(at, hours, "Europe/Paris", calendar::Territory::metropole);
        REQUIRE(deadline.has_due());
        const std::optional<Instant> due = calendar.after(at, 4 * 3600);
        REQUIRE(due);
        CHECK(*due == deadline.due);
        CHECK(calendar.seconds_between(at, *due) == 4 * 3600);
    }
    // The one-off form counts the same: Thursday 30 April 15:00 local → Monday 4 May 10:00 local,
    // 1 May off: 2 h 30 + 1 h 30.
    CHECK(inbox::working_seconds_between(t("2026-04-30T13:00:00Z"), t("2026-05-04T08:00:00Z"), hours, "Europe/Paris",
                                         calendar::Territory::metropole) == 4 * 3600);
}

TEST_CASE("response times: the backlog at the end of each day, from the replies and the audit log") {
    Workspace ws = base_workspace();
    auto status = [&](const char* at, const char* id, const char* change) {
        ws.audit.push_back({t(at), "p-1", "message.status", id, change, ""});
    };
    // Period Monday 11 – Thursday 14 January 2027 (UTC+1: local midnight is 23:00Z the day before).
    InboxMessage a = message("A", "2027-01-11T09:00:00Z");  // Monday; replied Wednesday 9:00 local
    a.status = MessageStatus::answered;
    a.replied_at = t("2027-01-13T08:00:00Z");
    InboxMessage b = message("B", "2027-01-12T11:00:00Z");  // Tuesday, still unread
    InboxMessage c = message("C", "2027-01-10T09:00:00Z");  // Sunday, closed Wednesday 15:00 local
    c.status = MessageStatus::closed;
    status("2027-01-13T14:00:00Z", "C", "unread>closed");
    InboxMessage h = message("D", "2027-01-11T08:00:00Z");  // hidden by moderation on Monday
    h.status = MessageStatus::hidden;
    ws.audit.push_back({t("2027-01-11T10:00:00Z"), "p-1", "message.moderate", "D", "hide:insult", ""});
    InboxMessage e = message("E", "2027-01-11T07:00:00Z");  // closed, nothing says when: left out
    e.status = MessageStatus::closed;
    InboxMessage f = message("F", "2027-01-12T08:00:00Z");  // Tuesday: closed, reopened Wednesday, answered Thursday
    f.status = MessageStatus::answered;
    f.replied_at = t("2027-01-14T10:00:00Z");
    status("2027-01-12T09:00:00Z", "F", "unread>closed");
    status("2027-01-13T09:00:00Z", "F", "closed>unread");
    status("2027-01-14T10:00:00Z", "F", "unread>answered");
    InboxMessage g = message("G", "2027-01-14T22:30:00Z");  // Thursday 23:30 local
    InboxMessage late = message("H", "2027-01-14T23:00:00Z");  // Friday 0:00 local: not Thursday's
    InboxMessage midnight = message("I", "2027-01-11T12:00:00Z");  // answered at Tuesday's first second
    midnight.status = MessageStatus::answered;
    midnight.replied_at = t("2027-01-11T23:00:00Z");
    ws.messages = {a, b, c, h, e, f, g, late, midnight};
    std::stable_sort(ws.audit.begin(), ws.audit.end(), [](const AuditEntry& x, const AuditEntry& y) { return x.at < y.at; });

    const ResponseTimes r = compute_response_times(ws, {.period = {d("2027-01-11"), d("2027-01-14")}});
    REQUIRE(r.backlog.size() == 4);
    CHECK(r.backlog[0].day == d("2027-01-11"));
    CHECK(r.backlog[0].open == 3);  // Monday: A, C, I (answered one second after the day ended)
    CHECK(r.backlog[1].open == 3);  // Tuesday: A, B, C (F closed in the morning)
    CHECK(r.backlog[2].open == 2);  // Wednesday: B, F reopened (A answered, C closed)
    CHECK(r.backlog[3].open == 2);  // Thursday: B, G (F answered; H comes on Friday)
    CHECK(r.backlog_undated == 1);  // E
}

TEST_CASE("response times: messages without times count as waiting, damaged ones as unmeasured") {
    Workspace ws = base_workspace();
    InboxMessage answered_untimed = message("m1", "2027-01-12T08:00:00Z");
    answered_untimed.status = MessageStatus::answered;  // « répondu » without replied_at
    InboxMessage before = message("m2", "2027-01-12T08:00:00Z");
    before.status = MessageStatus::answered;
    before.replied_at = t("2027-01-11T08:00:00Z");  // before it came
    InboxMessage forwarded = message("m3", "2027-01-12T08:00:00Z");
    forwarded.status = MessageStatus::forwarded;  // no forwarded_at, no service
    InboxMessage backwards = handed_off("m4", "svc-a", "2027-01-12T08:00:00Z", -60);  // answer before hand-off
    ws.messages = {answered_untimed, before, forwarded, backwards};

    const ResponseTimes r = compute_response_times(ws, kJanuaryWeek);
    CHECK(r.all_replies.unmeasured == 2);
    CHECK(r.all_replies.waiting == 2);  // m3, and m4 (« assigné », no reply)
    CHECK(r.all_replies.answered == 0);
    CHECK_FALSE(r.all_replies.median_seconds);
    CHECK_FALSE(r.all_replies.within_target);
    const ResponseGroup* none = group(r.by_service, "");
    REQUIRE(none);
    CHECK(none->label.empty());
    CHECK(none->waiting == 1);
    CHECK(group(r.by_service, "svc-a")->unmeasured == 1);
    CHECK(r.backlog.size() == 7);
    // The JSON says « no value » as null.
    const auto json = response_times_to_json(r);
    CHECK(json["all_replies"]["median_seconds"].is_null());
    CHECK(json["all_replies"]["within_target_percent"].is_null());
}

TEST_CASE("response times: a charter without working time, an unknown zone") {
    Workspace ws = base_workspace();
    InboxMessage m = message("m1", "2027-01-12T08:00:00Z");
    m.replied_at = t("2027-01-12T09:00:00Z");
    ws.messages = {m};
    ws.charter.business_hours.weekdays.clear();
    // Wall-clock durations still count; the target cannot be.
    const ResponseTimes wall = compute_response_times(ws, kJanuaryWeek);
    CHECK(wall.error == ResponseTimesError::none);
    CHECK(*wall.all_replies.median_seconds == 3600);
    CHECK_FALSE(wall.all_replies.within_target);
    CHECK(compute_response_times(ws, {.period = kJanuaryWeek.period, .business_hours = true}).error ==
          ResponseTimesError::no_working_time);
    ws.profile.time_zone = "Mars/Olympus";
    CHECK(compute_response_times(ws, kJanuaryWeek).error == ResponseTimesError::unknown_zone);
}

TEST_CASE("response times: 100,000 messages over ten years and a century-long period stay bounded") {
    Workspace ws = base_workspace();
    ws.profile.insee_code = "57463";
    ws.messages.reserve(100000);
    const Instant start = t("2020-01-01T00:00:00Z");
    for (int i = 0; i < 100000; ++i) {
        InboxMessage m;
        m.id = "m" + std::to_string(i);
        m.received_at = start + std::chrono::minutes{std::int64_t(i) * 52};  // 3,611 days: within 2020–2029
        m.assignee_id = "p-" + std::to_string(i % 1000);                       // 1,000 people
        m.service_id = i % 2 ? "svc-a" : "svc-z";
        m.channel = MessageChannel(i % 5);
        if (i % 3 == 0) {
            m.status = MessageStatus::answered;
            // Some answers come back a century later: counted up to ten years after the period.
            m.replied_at = m.received_at + (i % 97 == 0 ? std::chrono::hours{24 * 365 * 100} : std::chrono::hours{i % 50});
            m.forwarded_at = m.received_at;
            m.service_answered_at = *m.replied_at;
        }
        ws.messages.push_back(std::move(m));
        if (i % 7 == 0) ws.audit.push_back({start, "p-1", "message.status", "m" + std::to_string(i), "unread>closed", ""});
    }
    const auto began = std::chrono::steady_clock::now();
    const ResponseTimes r = compute_response_times(ws, {.period = {d("2000-01-01"), d("2099-12-31")}, .business_hours = true});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    CHECK(r.period_capped);
    CHECK(r.period.to == d("2010-01-07"));  // 1 January 2000 + 3,659 days (3,653 to 1 January 2010)
    CHECK(r.backlog.size() == 3660);
    CHECK(r.all_replies.answered == 0);     // all received after the capped period

    const auto began_ten = std::chrono::steady_clock::now();
    const ResponseTimes ten = compute_response_times(ws, {.period = {d("2020-01-01"), d("2029-12-31")}, .business_hours = true});
    const double seconds_ten = std::chrono::duration<double>(std::chrono::steady_clock::now() - began_ten).count();
    CHECK_FALSE(ten.period_capped);
    CHECK(ten.all_replies.answered == 33334);  // i = 0, 3, … 99,999
    CHECK(ten.by_assignee.size() == 1000);
    CHECK(ten.backlog.size() == 3653);      // 10 × 365 + 3 leap days (2020, 2024, 2028)
    // Generous bounds for a shared machine and sanitizer builds; linear work takes well under one.
    CHECK(seconds < 10);
    CHECK(seconds_ten < 10);
}

TEST_CASE("response times: the demo workspace has figures to show") {
    const Workspace ws = demo_workspace(d("2026-11-29"));
    const ResponseTimes r = compute_response_times(ws, {.period = messages_period(ws, d("2026-11-29"))});
    REQUIRE(r.error == ResponseTimesError::none);
    CHECK(r.by_service.size() >= 4);
    CHECK(r.all_handoffs.answered >= 5);
    CHECK(r.all_handoffs.waiting >= 1);
    CHECK(r.by_assignee.size() >= 2);
    CHECK(r.all_replies.answered >= 8);
    CHECK(r.by_channel.size() >= 3);
    const bool some_open = std::any_of(r.backlog.begin(), r.backlog.end(), [](const BacklogPoint& p) { return p.open > 0; });
    CHECK(some_open);
}
