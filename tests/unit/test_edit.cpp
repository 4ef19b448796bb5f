// The edit API (core/edit/): every change a person makes is a core function that writes its
// audit entry in codes; the log reads back in the reader's language.
#include <doctest/doctest.h>

#include <algorithm>

#include "edit/audit_log.h"
#include "edit/metrics_edits.h"
#include "edit/post_edits.h"
#include "edit/team_edits.h"
#include "edit/workspace_edits.h"
#include "io/workspace_json.h"
#include "strategy/circuit.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::edit;
using namespace std::chrono_literals;
using namespace date::literals;
using parvis::testing::utc;

namespace {

// Two active accounts and one inactive, a team of two, one post owned by the community manager.
Workspace sample() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville";
    ws.accounts = {{.id = "fb", .network = Network::facebook},
                   {.id = "masto", .network = Network::mastodon},
                   {.id = "old", .network = Network::x, .active = false}};
    ws.charter.message_types = {{"info", "Info", 1.0, {Role::validator_dgs}}};
    ws.people = {{"cm", "Camille", Role::community_manager, "", ""}, {"dgs", "Marc", Role::validator_dgs, "", ""}};
    Post p;
    p.id = "a";
    p.title = "Conseil municipal";
    p.owner_id = "cm";
    p.message_type_id = "info";
    p.scheduled_at = utc(2026_y / 11 / 30, 9h);
    p.variants = {{.account_id = "fb", .text = "Bonjour", .media = {{.name = "photo.jpg"}}}};
    ws.posts = {p};
    return ws;
}

const Actor kCm{"cm", utc(2026_y / 11 / 29, 14h)};

Actor later(const Actor& a, std::chrono::seconds by) { return {a.person_id, a.at + by}; }

}  // namespace

TEST_SUITE("edit") {

TEST_CASE("the action names: one per action, unique, each with a label in French and English") {
    for (std::size_t i = 0; i < kAuditActionNames.size(); ++i) {
        const auto action = static_cast<AuditAction>(i);
        CHECK(action_from_name(action_name(action)) == action);
        CHECK(std::count(kAuditActionNames.begin(), kAuditActionNames.end(), kAuditActionNames[i]) == 1);
        const std::string key = "audit.action." + std::string(kAuditActionNames[i]);
        CHECK_MESSAGE(catalogue_has(key, Lang::fr), key);
        CHECK_MESSAGE(catalogue_has(key, Lang::en), key);
    }
    CHECK_FALSE(action_from_name("post.unknown"));
}

TEST_CASE("creating a post: owner, message type, a variant per active account, audited with the ISO date") {
    Workspace ws = sample();
    const Instant at = utc(2026_y / 12 / 1, 13h + 30min);
    const std::string id = create_post(ws, kCm, {.title = "Nouvelle publication", .at = at});
    REQUIRE(ws.posts.size() == 2);
    const Post& p = ws.posts.back();
    CHECK(p.id == id);
    CHECK(id != "a");
    CHECK(p.owner_id == "cm");
    CHECK(p.status == PostStatus::draft);
    CHECK(p.scheduled_at == at);
    CHECK(p.message_type_id == "info");
    REQUIRE(p.variants.size() == 2);  // active accounts only
    CHECK(p.variants[0].account_id == "fb");
    REQUIRE(ws.audit.size() == 1);
    CHECK(ws.audit[0].action == "post.create");
    CHECK(ws.audit[0].person_id == "cm");
    CHECK(ws.audit[0].target_id == id);
    CHECK(ws.audit[0].detail == "2026-12-01T13:30:00Z");
    CHECK_FALSE(check_invariants(ws));

    // Rédaction's post has no date yet.
    create_post(ws, kCm, {.title = "Idée"});
    CHECK_FALSE(ws.posts.back().scheduled_at);
    CHECK(ws.audit.back().detail.empty());
    CHECK(new_post_id(ws) != ws.posts.back().id);
}

TEST_CASE("rescheduling: codes in the log, French when read; nothing written when nothing moves") {
    Workspace ws = sample();
    const Instant target = utc(2026_y / 12 / 1, 13h + 30min);
    CHECK(reschedule_post(ws, kCm, "a", target).changed());
    CHECK(ws.posts[0].scheduled_at == target);
    REQUIRE(ws.audit.size() == 1);
    CHECK(ws.audit[0].action == "post.reschedule");
    CHECK(ws.audit[0].detail == "2026-11-30T09:00:00Z>2026-12-01T13:30:00Z");
    const std::string fr = describe(ws.audit[0], ws, Lang::fr);
    CHECK(fr.find("Camille") != std::string::npos);
    CHECK(fr.find("Conseil municipal") != std::string::npos);
    CHECK(fr.find("30 nov. 2026 à 10:00 → 1er déc. 2026 à 14:30") != std::string::npos);
    CHECK(reschedule_post(ws, kCm, "a", target).outcome == Outcome::unchanged);
    CHECK(reschedule_post(ws, kCm, "nope", target).outcome == Outcome::not_found);
    CHECK(ws.audit.size() == 1);
}

TEST_CASE("typing is one audit entry per field and burst, not one per key") {
    Workspace ws = sample();
    CHECK(set_post_title(ws, kCm, "a", "Conseil").changed());
    CHECK(set_post_title(ws, later(kCm, 1s), "a", "Conseil m").changed());
    CHECK(set_post_title(ws, later(kCm, 30s), "a", "Conseil du 3").changed());
    REQUIRE(ws.audit.size() == 1);
    CHECK(ws.audit[0].detail == "title");
    CHECK(ws.audit[0].at == kCm.at + 30s);  // the entry keeps the time of the last key
    CHECK(set_variant_text(ws, later(kCm, 31s), "a", 0, "Bonjour à tous").changed());
    CHECK(ws.audit.back().detail == "text@fb");
    CHECK(set_alt_text(ws, later(kCm, 32s), "a", 0, 0, "La salle du conseil").changed());
    CHECK(ws.audit.back().detail == "alt@fb#0");
    CHECK(ws.posts[0].variants[0].media[0].alt_text == "La salle du conseil");
    CHECK(ws.audit.size() == 3);
    // Back to the title after a pause: a new entry.
    CHECK(set_post_title(ws, later(kCm, 10min), "a", "Conseil du 3 déc.").changed());
    CHECK(ws.audit.size() == 4);
    // Another person typing in the same field: their own entry.
    CHECK(set_post_title(ws, {"dgs", kCm.at + 10min + 1s}, "a", "Conseil du 3 décembre").changed());
    CHECK(ws.audit.size() == 5);
    CHECK(set_post_title(ws, later(kCm, 11min), "a", "Conseil du 3 décembre").outcome == Outcome::unchanged);
    CHECK(set_variant_text(ws, kCm, "a", 7, "x").outcome == Outcome::not_found);
    CHECK(set_alt_text(ws, kCm, "a", 0, 3, "x").outcome == Outcome::not_found);
    CHECK(describe(ws.audit[1], ws, Lang::en).find("(Facebook)") != std::string::npos);
}

TEST_CASE("status and approvals write codes; the comment stays the person's words") {
    Workspace ws = sample();
    REQUIRE(strategy::set_status(ws, "a", "cm", PostStatus::to_validate, "prêt", kCm.at));
    CHECK(ws.audit.back().detail == "draft>to_validate");
    CHECK(ws.audit.back().comment == "prêt");
    CHECK(describe(ws.audit.back(), ws, Lang::fr).find("brouillon → à valider (prêt)") != std::string::npos);
    CHECK(describe(ws.audit.back(), ws, Lang::en).find("draft → to validate (prêt)") != std::string::npos);
    REQUIRE(strategy::approve(ws, "a", "dgs", "Visa DGS", kCm.at + 1h));
    CHECK(ws.posts[0].status == PostStatus::validated);
    const auto approvals = strategy::approvals_of(ws, ws.posts[0]);
    REQUIRE(approvals.size() == 1);
    CHECK(approvals[0].comment == "Visa DGS");
    CHECK(ws.audit.back().detail == "to_validate>validated");
}

TEST_CASE("recurrence and evergreen: audited by code, refused without a date") {
    Workspace ws = sample();
    Recurrence weekly;
    weekly.weekdays = {2};
    CHECK(set_recurrence(ws, kCm, "a", weekly).changed());
    CHECK(ws.audit.back().detail == "weekly");
    CHECK(set_recurrence(ws, kCm, "a", weekly).outcome == Outcome::unchanged);
    CHECK(set_recurrence(ws, kCm, "a", std::nullopt).changed());
    CHECK(ws.audit.back().detail == "none");
    ws.posts[0].scheduled_at.reset();
    const edit::Result r = set_recurrence(ws, kCm, "a", weekly);
    CHECK(r.outcome == Outcome::refused);
    CHECK(r.error.pointer == "/posts/0/scheduled_at");
    CHECK_FALSE(ws.posts[0].recurrence);
    CHECK(set_evergreen(ws, kCm, "a", true).changed());
    CHECK(ws.audit.back().detail == "on");
    CHECK(set_evergreen(ws, kCm, "a", true).outcome == Outcome::unchanged);
}

TEST_CASE("the team: a role by its code, a person who owns posts is not removed") {
    Workspace ws = sample();
    const std::string id = add_person(ws, kCm, "Nathalie");
    CHECK(ws.audit.back().action == "person.add");
    CHECK(ws.audit.back().detail == "Nathalie");
    Person p = *strategy::find_person(ws, id);
    CHECK(p.role == Role::contributor);
    p.role = Role::validator_elected;
    CHECK(update_person(ws, kCm, p).changed());
    CHECK(ws.audit.back().action == "person.role");
    CHECK(ws.audit.back().detail == "validator_elected");
    CHECK(describe(ws.audit.back(), ws, Lang::fr).find(tr("strategy.role.validator_elected")) != std::string::npos);
    p.email = "n@ville.fr";
    CHECK(update_person(ws, kCm, p).changed());
    CHECK(ws.audit.back().detail == "email");
    CHECK(update_person(ws, kCm, p).outcome == Outcome::unchanged);

    // Camille owns post « a »: refused, nothing changed.
    const std::size_t entries = ws.audit.size();
    const edit::Result r = remove_person(ws, kCm, "cm");
    CHECK(r.outcome == Outcome::refused);
    CHECK(r.error.code == ErrorCode::dangling_reference);
    CHECK(r.error.pointer == "/posts/0/owner_id");
    CHECK(ws.people.size() == 3);
    CHECK(ws.people[0].id == "cm");  // back in its place
    CHECK(ws.audit.size() == entries);

    ws.passphrases.push_back({id, "hash"});
    CHECK(remove_person(ws, kCm, id).changed());
    CHECK(ws.passphrases.empty());
    CHECK(ws.audit.back().action == "person.remove");
    CHECK(ws.audit.back().detail == "Nathalie");
    CHECK(remove_person(ws, kCm, id).outcome == Outcome::not_found);
}

TEST_CASE("strategy parts are replaced whole, and refused when they break a rule of the reader") {
    Workspace ws = sample();
    Charter c = ws.charter;
    c.register_ = Register::tu;
    CHECK(replace_charter(ws, kCm, c, "register").changed());
    CHECK(ws.charter.register_ == Register::tu);
    CHECK(ws.audit.back().action == "charter.edit");
    CHECK(ws.audit.back().detail == "register");
    CHECK(replace_charter(ws, kCm, c, "register").outcome == Outcome::unchanged);

    Charter bad = c;
    bad.business_hours.closes = TimeOfDay{7 * 60};  // closes before it opens
    const std::size_t entries = ws.audit.size();
    const edit::Result r = replace_charter(ws, kCm, bad, "business_hours");
    CHECK(r.outcome == Outcome::refused);
    CHECK(r.error.pointer.rfind("/charter/business_hours", 0) == 0);
    CHECK(ws.charter == c);
    CHECK(ws.audit.size() == entries);

    Profile profile = ws.profile;
    profile.population = 12000;
    CHECK(replace_profile(ws, kCm, profile, "population").changed());
    CHECK(ws.audit.back().action == "profile.edit");
    StrategySettings s;
    s.hours_per_week = 6;
    CHECK(replace_strategy_settings(ws, kCm, s, "hours_per_week").changed());
    CHECK(ws.strategy.hours_per_week == 6);
}

TEST_CASE("elections and local words") {
    Workspace ws = sample();
    Election e;
    e.kind = ElectionKind::municipales;
    e.first_round = 2032_y / 3 / 14;
    const std::string id = add_election(ws, kCm, e);
    REQUIRE(ws.elections.size() == 1);
    CHECK(ws.elections[0].id == id);
    CHECK(ws.audit.back().detail == "municipales 2032-03-14");
    CHECK(remove_election(ws, kCm, id).changed());
    CHECK(ws.elections.empty());
    CHECK(ws.audit.back().action == "election.delete");
    CHECK(remove_election(ws, kCm, id).outcome == Outcome::not_found);

    CHECK(add_local_word(ws, kCm, "Kerbriant") == spell::AddLocalWord::added);
    CHECK(ws.audit.back().action == "local_word.add");
    CHECK(add_local_word(ws, kCm, "kerbriant") == spell::AddLocalWord::duplicate);
    CHECK(ws.audit.back().action == "local_word.add");
    CHECK(remove_local_word(ws, kCm, "Kerbriant").changed());
    CHECK(ws.local_words.empty());
}

TEST_CASE("figures: an import keeps the log of now, a figure typed by hand is audited") {
    Workspace ws = sample();
    Workspace imported = ws;  // the import's checked copy, computed before the last entry below
    imported.metrics.snapshots.push_back({.account_id = "fb", .day = 2026_y / 11 / 28, .followers = 1200});
    CHECK(set_post_title(ws, kCm, "a", "Conseil du 3").changed());  // written after the preview
    apply_stats_import(ws, kCm, std::move(imported), 1);
    REQUIRE(ws.metrics.snapshots.size() == 1);
    REQUIRE(ws.audit.size() == 2);
    CHECK(ws.audit[0].action == "post.edit");  // not rolled back by the import
    CHECK(ws.audit[1].action == "metrics.import");
    CHECK(ws.audit[1].detail == "1");

    const kpi::SnapshotEntry typed{.account_id = "masto", .date = "27/11/2026", .followers = "310"};
    const kpi::SnapshotCheck check = kpi::check_snapshot(ws, typed, 2026_y / 11 / 29);
    REQUIRE(check.error == kpi::ManualError::none);
    CHECK(apply_manual_snapshot(ws, kCm, check, false));
    CHECK(ws.audit.back().action == "metrics.manual");
    CHECK(ws.audit.back().target_id == "masto");
    CHECK(ws.audit.back().detail == "2026-11-27");
    CHECK(ws.audit.back().person_id == "cm");
    const std::size_t entries = ws.audit.size();
    const kpi::SnapshotCheck again = kpi::check_snapshot(ws, typed, 2026_y / 11 / 29);
    CHECK(again.error == kpi::ManualError::duplicate);
    CHECK_FALSE(apply_manual_snapshot(ws, kCm, again, false));  // the same day again, not replaced
    CHECK(ws.audit.size() == entries);
}

TEST_CASE("schema 2 files: an approval's comment moves out of the detail") {
    const std::string v2 = R"({"format": "parvis-workspace", "schema_version": 2, "id": "w",
        "profile": {"name": "Ville"},
        "audit": [{"at": "2026-11-29T09:00:00Z", "person_id": "dgs", "action": "post.approve", "target_id": "a", "detail": "Visa DGS"},
                  {"at": "2026-11-29T09:00:00Z", "person_id": "dgs", "action": "post.status", "target_id": "a", "detail": "à valider → validé"}]})";
    const auto ws = read_workspace(v2);
    REQUIRE(ws.ok());
    REQUIRE(ws->audit.size() == 2);
    CHECK(ws->audit[0].comment == "Visa DGS");
    CHECK(ws->audit[0].detail.empty());
    CHECK(ws->audit[1].detail == "à valider → validé");  // history is kept as written
    // An old French detail is shown as it is.
    CHECK(describe(ws->audit[1], *ws, Lang::fr).find("à valider → validé") != std::string::npos);
}

}  // TEST_SUITE
