// A post's workflow in Rédaction (core/strategy/workflow.h), its setup edits
// (core/edit/post_setup_edits.h), the date-and-time field's reading (format.h) and the suggested
// slots (core/calendar/slot_suggestions.h).
#include <doctest/doctest.h>

#include <algorithm>

#include "calendar/calendar_layout.h"
#include "calendar/slot_suggestions.h"
#include "demo/demo_workspace.h"
#include "edit/post_setup_edits.h"
#include "format/format.h"
#include "strategy/workflow.h"

using namespace parvis;
using namespace parvis::strategy;
using namespace std::chrono_literals;

namespace {

const Instant kNow = date::sys_days{date::year{2026} / 12 / 5} + 8h;
const Instant kTuesday = date::sys_days{date::year{2026} / 12 / 8} + 17h + 30min;  // 18:30 in Paris

// Vie municipale: DGS then élu; Services: no validation.
Workspace workflow_workspace() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville";
    ws.charter.message_types = {{"civic", "Vie municipale", 0.5, {Role::validator_dgs, Role::validator_elected}},
                                {"services", "Services", 0.5, {}}};
    ws.people = {{"cm", "Camille", Role::community_manager, "", ""},
                 {"dgs", "Marc", Role::validator_dgs, "", ""},
                 {"elu", "Nathalie", Role::validator_elected, "", ""}};
    ws.accounts = {{"fb", Network::facebook, "ville", "", "", true, {}}, {"masto", Network::mastodon, "ville", "", "m.fr", true, {}}};
    Post civic;
    civic.id = "p1";
    civic.title = "Conseil municipal";
    civic.message_type_id = "civic";
    civic.variants = {{.account_id = "fb", .text = "Conseil lundi"}};
    Post services;
    services.id = "p2";
    services.message_type_id = "services";
    services.variants = {{.account_id = "fb"}};
    ws.posts = {civic, services};
    return ws;
}

using A = WorkflowAction;
bool offers(const Workspace& ws, const std::string& post, const std::string& person, A action) {
    const auto v = workflow_actions(ws, *find_post(ws, post), person);
    return std::find(v.begin(), v.end(), action) != v.end();
}

std::size_t count_action(const Workspace& ws, const std::string& action) {
    return static_cast<std::size_t>(std::count_if(ws.audit.begin(), ws.audit.end(), [&](const AuditEntry& e) { return e.action == action; }));
}

}  // namespace

TEST_SUITE("strategy workflow") {

TEST_CASE("from draft to scheduled through the circuit, each step offered to the right person") {
    Workspace ws = workflow_workspace();
    CHECK(workflow_actions(ws, ws.posts[0], "").empty());  // nobody chosen: nothing offered
    CHECK(offers(ws, "p1", "cm", A::submit));
    CHECK_FALSE(offers(ws, "p1", "cm", A::schedule));
    REQUIRE(take_action(ws, "p1", "cm", A::submit, "", kNow));
    CHECK(ws.posts[0].status == PostStatus::to_validate);

    // The DGS's turn: the élu may not approve nor refuse yet, only withdraw like anyone.
    CHECK(offers(ws, "p1", "dgs", A::approve));
    CHECK(offers(ws, "p1", "dgs", A::refuse));
    CHECK_FALSE(offers(ws, "p1", "elu", A::approve));
    CHECK(offers(ws, "p1", "elu", A::withdraw));
    CHECK(take_action(ws, "p1", "elu", A::approve, "", kNow).error == CircuitError::not_open);
    REQUIRE(take_action(ws, "p1", "dgs", A::approve, "Visa", kNow + 1min));
    CHECK_FALSE(offers(ws, "p1", "dgs", A::approve));  // once per round
    CHECK(offers(ws, "p1", "elu", A::approve));
    REQUIRE(take_action(ws, "p1", "elu", A::approve, "OK", kNow + 2min));
    CHECK(ws.posts[0].status == PostStatus::validated);

    CHECK(offers(ws, "p1", "elu", A::schedule));
    CHECK(take_action(ws, "p1", "elu", A::schedule, "", kNow).error == CircuitError::not_open);  // needs a date
    REQUIRE(schedule(ws, "p1", "elu", kTuesday, kNow + 3min));
    CHECK(ws.posts[0].status == PostStatus::scheduled);
    CHECK(ws.posts[0].scheduled_at == kTuesday);
    CHECK(count_action(ws, "post.reschedule") == 1);
    CHECK(ws.audit.back().detail == "validated>scheduled");
    CHECK(ws.audit.back().person_id == "elu");

    // Unscheduled, it stays validated (the approvals hold) and keeps its date.
    REQUIRE(take_action(ws, "p1", "cm", A::unschedule, "", kNow + 4min));
    CHECK(ws.posts[0].status == PostStatus::validated);
    CHECK(ws.posts[0].scheduled_at == kTuesday);
    REQUIRE(schedule(ws, "p1", "cm", kTuesday, kNow + 5min));
    CHECK(count_action(ws, "post.reschedule") == 1);  // same date: no new entry
    REQUIRE(take_action(ws, "p1", "cm", A::mark_published, "", kNow + 6min));
    CHECK(ws.posts[0].status == PostStatus::published);
    CHECK(workflow_actions(ws, ws.posts[0], "cm").empty());
    CHECK(schedule(ws, "p1", "cm", kTuesday + 24h, kNow).error == CircuitError::not_schedulable);
}

TEST_CASE("a refusal needs the validator's role and a comment, and sends the post back to draft") {
    Workspace ws = workflow_workspace();
    REQUIRE(take_action(ws, "p1", "cm", A::submit, "", kNow));
    REQUIRE(take_action(ws, "p1", "dgs", A::approve, "", kNow));
    CHECK(refuse(ws, "p1", "cm", "non", kNow).error == CircuitError::wrong_role);
    const CircuitResult silent = refuse(ws, "p1", "elu", "  ", kNow);
    CHECK(silent.error == CircuitError::comment_required);
    CHECK(silent.message.find("commentaire") != std::string::npos);
    CHECK(ws.posts[0].status == PostStatus::to_validate);
    REQUIRE(take_action(ws, "p1", "elu", A::refuse, "Citer la date du conseil", kNow + 1h));
    CHECK(ws.posts[0].status == PostStatus::draft);
    const auto status = std::find_if(ws.audit.rbegin(), ws.audit.rend(), [](const AuditEntry& e) { return e.action == "post.status"; });
    REQUIRE(status != ws.audit.rend());
    CHECK(status->detail == "to_validate>draft");
    CHECK(status->comment == "Citer la date du conseil");
    CHECK(status->person_id == "elu");
    CHECK(count_action(ws, "post.approvals_reset") == 1);  // the DGS approves again next round
    CHECK(approvals_of(ws, ws.posts[0]).empty());
    CHECK(refuse(ws, "p1", "dgs", "encore", kNow).error == CircuitError::not_submitted);
}

TEST_CASE("scheduling is refused before the circuit ends, in the past, and without a person") {
    Workspace ws = workflow_workspace();
    const CircuitResult early = schedule(ws, "p1", "cm", kTuesday, kNow);
    CHECK(early.error == CircuitError::not_approved);
    CHECK_FALSE(ws.posts[0].scheduled_at.has_value());
    CHECK(ws.audit.empty());
    CHECK(schedule(ws, "p2", "nobody", kTuesday, kNow).error == CircuitError::unknown_person);
    CHECK(schedule(ws, "p2", "cm", kNow - 1h, kNow).error == CircuitError::in_the_past);
    CHECK(ws.audit.empty());
    // No circuit: a draft is scheduled at once.
    CHECK(offers(ws, "p2", "cm", A::schedule));
    CHECK_FALSE(offers(ws, "p2", "cm", A::submit));
    REQUIRE(schedule(ws, "p2", "cm", kTuesday, kNow));
    CHECK(ws.posts[1].status == PostStatus::scheduled);
    REQUIRE(take_action(ws, "p2", "cm", A::unschedule, "", kNow));
    CHECK(ws.posts[1].status == PostStatus::draft);
}

TEST_CASE("cancel and reopen; an idea becomes a draft") {
    Workspace ws = workflow_workspace();
    ws.posts[1].status = PostStatus::idea;
    CHECK(offers(ws, "p2", "cm", A::start_draft));
    REQUIRE(take_action(ws, "p2", "cm", A::start_draft, "", kNow));
    CHECK(ws.posts[1].status == PostStatus::draft);
    REQUIRE(take_action(ws, "p2", "cm", A::cancel, "", kNow));
    CHECK(ws.posts[1].status == PostStatus::cancelled);
    CHECK(workflow_actions(ws, ws.posts[1], "cm") == std::vector<A>{A::reopen});
    REQUIRE(take_action(ws, "p2", "cm", A::reopen, "", kNow));
    CHECK(ws.posts[1].status == PostStatus::draft);
}

}  // TEST_SUITE

TEST_SUITE("post setup edits") {

TEST_CASE("networks are added and removed, never the last one") {
    Workspace ws = workflow_workspace();
    const edit::Actor cm{"cm", kNow};
    CHECK(edit::add_variant(ws, cm, "p1", "nowhere").outcome == edit::Outcome::not_found);
    CHECK(edit::add_variant(ws, cm, "p1", "fb").outcome == edit::Outcome::unchanged);
    REQUIRE(edit::add_variant(ws, cm, "p1", "masto").changed());
    CHECK(ws.posts[0].variants.size() == 2);
    CHECK(ws.audit.back().detail == "variant_add@masto");
    REQUIRE(edit::remove_variant(ws, cm, "p1", 0).changed());
    CHECK(ws.posts[0].variants.size() == 1);
    CHECK(ws.posts[0].variants[0].account_id == "masto");
    CHECK(ws.audit.back().detail == "variant_remove@fb");
    const edit::Result last = edit::remove_variant(ws, cm, "p1", 0);
    CHECK(last.outcome == edit::Outcome::refused);
    CHECK(last.error.pointer == "/posts/0/variants");
}

TEST_CASE("type only while a draft, campaign known, tags cleaned") {
    Workspace ws = workflow_workspace();
    const edit::Actor cm{"cm", kNow};
    ws.campaigns = {{.id = "c1", .name = "Rentrée"}};
    CHECK(edit::set_message_type(ws, cm, "p1", "nope").outcome == edit::Outcome::not_found);
    REQUIRE(edit::set_message_type(ws, cm, "p1", "services").changed());
    CHECK(ws.audit.back().detail == "message_type");
    ws.posts[0].status = PostStatus::to_validate;
    CHECK(edit::set_message_type(ws, cm, "p1", "civic").outcome == edit::Outcome::refused);
    CHECK(edit::set_campaign(ws, cm, "p1", "c2").outcome == edit::Outcome::not_found);
    REQUIRE(edit::set_campaign(ws, cm, "p1", "c1").changed());
    REQUIRE(edit::set_campaign(ws, cm, "p1", "").changed());
    CHECK(edit::tags_from_text(" rentrée, #Écoles ,, Rentrée,ecoles ") == std::vector<std::string>{"rentrée", "Écoles", "ecoles"});
    CHECK(edit::tags_from_text("Sport, sport, SPORT") == std::vector<std::string>{"Sport"});
    REQUIRE(edit::set_tags(ws, cm, "p1", edit::tags_from_text("sport, été")).changed());
    CHECK(ws.posts[0].tags == std::vector<std::string>{"sport", "été"});
}

TEST_CASE("a duplicate is a new draft of the actor, without date, approvals or platform ids") {
    Workspace ws = workflow_workspace();
    ws.posts[0].tags = {"conseil"};
    ws.posts[0].status = PostStatus::published;
    ws.posts[0].scheduled_at = kTuesday;
    ws.posts[0].owner_id = "cm";
    ws.posts[0].variants[0].external_id = "123";
    const std::string id = edit::duplicate_post(ws, {"elu", kNow}, "p1", "Conseil municipal (copie)");
    REQUIRE(id == "post-3");
    const Post& copy = ws.posts.back();
    CHECK(copy.title == "Conseil municipal (copie)");
    CHECK(copy.status == PostStatus::draft);
    CHECK(copy.owner_id == "elu");
    CHECK_FALSE(copy.scheduled_at.has_value());
    CHECK(copy.tags == std::vector<std::string>{"conseil"});
    CHECK(copy.message_type_id == "civic");
    REQUIRE(copy.variants.size() == 1);
    CHECK(copy.variants[0].text == "Conseil lundi");
    CHECK(copy.variants[0].external_id.empty());
    CHECK(ws.audit.back().action == "post.create");
    CHECK(ws.audit.back().detail == "copy:p1");
    const std::string described = edit::describe(ws.audit.back(), ws);
    CHECK(described.find("copie de") != std::string::npos);
    CHECK(described.find("Conseil municipal") != std::string::npos);
    CHECK(edit::duplicate_post(ws, {"elu", kNow}, "nope", "x").empty());
}

}  // TEST_SUITE

TEST_SUITE("format") {

TEST_CASE("a date and a time typed in one field") {
    const Day d = date::year{2027} / 3 / 12;
    CHECK(parse_day_and_time("12/03/2027 18:30") == DayAndTime{d, TimeOfDay{18 * 60 + 30}});
    CHECK(parse_day_and_time("  12/03/2027   à 18h30 ") == DayAndTime{d, TimeOfDay{18 * 60 + 30}});
    CHECK(parse_day_and_time("2027-03-12 18:30") == DayAndTime{d, TimeOfDay{18 * 60 + 30}});
    CHECK(parse_day_and_time("12/03/2027 9h") == DayAndTime{d, TimeOfDay{9 * 60}});
    CHECK_FALSE(parse_day_and_time("12/03/2027"));
    CHECK_FALSE(parse_day_and_time("31/02/2027 18:30"));
    CHECK_FALSE(parse_day_and_time("12/03/2027 25:00"));
    CHECK_FALSE(parse_day_and_time("demain 18:30"));
    CHECK_FALSE(parse_day_and_time(""));
    CHECK(format_day_and_time({d, TimeOfDay{18 * 60 + 30}}) == "12/03/2027 18:30");
    CHECK(parse_day_and_time(format_day_and_time({d, TimeOfDay{5}})) == DayAndTime{d, TimeOfDay{5}});
}

}  // TEST_SUITE

TEST_SUITE("slot suggestions") {

TEST_CASE("the heatmap's best hours on coming days, within the charter's hours and rhythm") {
    const Day today = date::year{2026} / 12 / 5;
    Workspace ws = demo_workspace(today);
    const Instant now = date::sys_days{today} + 8h;
    // A new post for one account (X: at most 4 a day and 15 a week in the demo's charter).
    Post post;
    post.id = "new";
    post.status = PostStatus::draft;
    post.variants = {PostVariant{}};
    post.variants[0].account_id = "acc-x";
    ws.posts.push_back(post);
    const calendar::SlotSuggestions found = calendar::suggest_slots(ws, ws.posts.back(), now);
    CHECK(found.statistics);
    REQUIRE_FALSE(found.slots.empty());
    CHECK(found.slots.size() <= 3);
    std::vector<date::local_days> days;
    for (std::size_t i = 0; i < found.slots.size(); ++i) {
        const calendar::SlotSuggestion& s = found.slots[i];
        CHECK(s.at > now);
        CHECK(s.publications >= 3);
        if (i > 0) CHECK(found.slots[i - 1].median_rate >= s.median_rate);
        const LocalSlot slot = local_slot(s.at, ws.profile.time_zone);
        CHECK(slot.minute >= ws.charter.business_hours.opens.minutes);
        CHECK(slot.minute <= ws.charter.business_hours.closes.minutes);
        const unsigned weekday = date::weekday{slot.day}.iso_encoding();
        CHECK(weekday <= 5);  // the demo's charter: Monday to Friday
        CHECK(std::find(days.begin(), days.end(), slot.day) == days.end());  // one per day
        days.push_back(slot.day);
    }
    // A day already full for the rhythm is never offered: with X alone at one post a day, fill the
    // best day and ask again (the heatmap, over all accounts, keeps its cells).
    for (Post& p : ws.posts)
        if (p.id != "new")
            std::erase_if(p.variants, [](const PostVariant& v) { return v.account_id == "acc-x"; });
    ws.charter.rhythm = {{"acc-x", 0, 0, 1}};
    const date::local_days best = days.front();
    Post other = ws.posts.back();
    other.id = "filler";
    other.status = PostStatus::scheduled;
    other.scheduled_at = found.slots.front().at;
    ws.posts.push_back(other);
    const calendar::SlotSuggestions again = calendar::suggest_slots(ws, ws.posts[ws.posts.size() - 2], now);
    REQUIRE_FALSE(again.slots.empty());
    for (const calendar::SlotSuggestion& s : again.slots) CHECK(local_slot(s.at, ws.profile.time_zone).day != best);
    // Without statistics, nothing is made up, and the reason is told apart from a full charter.
    ws.metrics = {};
    const calendar::SlotSuggestions none = calendar::suggest_slots(ws, ws.posts.front(), now);
    CHECK(none.slots.empty());
    CHECK_FALSE(none.statistics);
}

}  // TEST_SUITE
