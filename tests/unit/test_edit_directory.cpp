// Making a collectivité's own workspace (issue 18): network accounts (add, edit, deactivate,
// delete with everything that refers to them), the services directory and its CSV import,
// campaigns. Every edit goes through core/edit/ and writes its audit entry.
#include <doctest/doctest.h>

#include <algorithm>

#include "edit/account_edits.h"
#include "edit/campaign_edits.h"
#include "edit/service_edits.h"
#include "interop/services_import.h"
#include "io/workspace_json.h"
#include "model/find.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::edit;
using namespace std::chrono_literals;
using namespace date::literals;
using parvis::testing::utc;

namespace {

// Two accounts, each used everywhere an account id can be held.
Workspace used_accounts() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville";
    ws.accounts = {{.id = "fb", .network = Network::facebook, .handle = "Ville"},
                   {.id = "masto", .network = Network::mastodon, .handle = "@ville", .instance = "mastodon.social"}};
    ws.people = {{"cm", "Camille", Role::community_manager, "", ""}};
    for (int i = 0; i < 3; ++i) {
        Post p;
        p.id = "p" + std::to_string(i);
        p.title = "Publication";
        p.owner_id = "cm";
        p.variants = {{.account_id = "fb", .text = "Bonjour"}, {.account_id = "masto", .text = "Salut"}};
        ws.posts.push_back(p);
        ws.metrics.posts.push_back({.post_id = p.id, .account_id = "masto", .day = 2026_y / 11 / 1});
        ws.metrics.posts.push_back({.post_id = p.id, .account_id = "fb", .day = 2026_y / 11 / 1});
    }
    ws.metrics.snapshots = {{.account_id = "masto", .day = 2026_y / 11 / 1}, {.account_id = "masto", .day = 2026_y / 11 / 2},
                            {.account_id = "fb", .day = 2026_y / 11 / 1}};
    ws.messages = {{.id = "m1", .account_id = "masto", .text = "Question"}, {.id = "m2", .account_id = "fb", .text = "Merci"}};
    ws.charter.rhythm = {{.account_id = "masto", .min_per_week = 2}, {.account_id = "fb", .min_per_week = 3}};
    ws.objectives = {{.id = "o", .title = "Informer",
                      .targets = {{.kpi = "engagement_rate_reach", .network_id = "masto"}, {.kpi = "followers"}}}};
    return ws;
}

const Actor kCm{"cm", utc(2026_y / 11 / 29, 14h)};

}  // namespace

TEST_SUITE("edit directory") {

TEST_CASE("accounts: added with a free id per network, edited field by field, audited") {
    Workspace ws = used_accounts();
    const std::string id = add_account(ws, kCm, Network::mastodon);
    CHECK(id == "acc-mastodon");
    CHECK(add_account(ws, kCm, Network::mastodon) == "acc-mastodon-2");
    CHECK(ws.audit.back().action == "account.add");
    CHECK(ws.audit.back().detail == "mastodon");

    NetworkAccount a = *std::find_if(ws.accounts.begin(), ws.accounts.end(), [&](auto& x) { return x.id == id; });
    a.handle = "@mairie";
    a.instance = "piaille.fr";
    a.opened_on = 2026_y / 12 / 1;
    CHECK(update_account(ws, kCm, a).changed());
    CHECK(ws.audit.back().action == "account.edit");
    CHECK(ws.audit.back().detail == "opened_on");
    CHECK(update_account(ws, kCm, a).outcome == Outcome::unchanged);

    a.opened_on = date::year{2026} / 2 / 30;  // not a day: refused, nothing changed
    const edit::Result bad = update_account(ws, kCm, a);
    CHECK(bad.outcome == Outcome::refused);
    CHECK(bad.error.pointer.ends_with("/opened_on"));
    CHECK(find_account(ws, id)->opened_on == 2026_y / 12 / 1);

    NetworkAccount ghost = a;
    ghost.id = "nope";
    CHECK(update_account(ws, kCm, ghost).outcome == Outcome::not_found);
    CHECK(!check_invariants(ws));
}

TEST_CASE("accounts: deactivating keeps posts, figures and messages; new posts get no text for it") {
    Workspace ws = used_accounts();
    const AccountUsage before = account_usage(ws, "masto");
    CHECK(set_account_active(ws, kCm, "masto", false).changed());
    CHECK(ws.audit.back().action == "account.active");
    CHECK(ws.audit.back().detail == "off");
    CHECK(account_usage(ws, "masto") == before);
    CHECK(set_account_active(ws, kCm, "masto", false).outcome == Outcome::unchanged);
    CHECK(set_account_active(ws, kCm, "gone", false).outcome == Outcome::not_found);
    CHECK(!check_invariants(ws));
}

TEST_CASE("accounts: usage counts every reference, deletion removes exactly those and leaves nothing dangling") {
    Workspace ws = used_accounts();
    const AccountUsage usage = account_usage(ws, "masto");
    CHECK(usage.variants == 3);
    CHECK(usage.post_metrics == 3);
    CHECK(usage.snapshots == 2);
    CHECK(usage.messages == 1);
    CHECK(usage.rhythm_rules == 1);
    CHECK(usage.targets == 1);
    CHECK(usage.total() == 11);
    CHECK(account_usage(ws, "").total() == 0);

    const AccountUsage other = account_usage(ws, "fb");
    REQUIRE(delete_account(ws, kCm, "masto").changed());
    CHECK(find_account(ws, "masto") == nullptr);
    CHECK(account_usage(ws, "masto").total() == 0);
    CHECK(account_usage(ws, "fb") == other);  // the other account's references are all kept
    CHECK(ws.posts.size() == 3);              // posts keep their other texts
    CHECK(ws.posts[0].variants.size() == 1);
    CHECK(ws.objectives[0].targets.size() == 1);
    CHECK(ws.audit.back().action == "account.delete");
    CHECK(ws.audit.back().target_id == "masto");
    CHECK(ws.audit.back().detail == "mastodon @ville");
    // Without the deletion's clean-up, the invariants would name the first dangling reference.
    CHECK(!check_invariants(ws));
    CHECK(delete_account(ws, kCm, "masto").outcome == Outcome::not_found);

    // The workspace still writes and reads back.
    const auto back = read_workspace(write_workspace(ws));
    REQUIRE(back);
    CHECK(*back == ws);
}

TEST_CASE("accounts: the new fields survive a write and a read; an old file without them still reads") {
    Workspace ws = used_accounts();
    ws.accounts[1].url = "https://mastodon.social/@ville";
    ws.accounts[1].opened_on = 2025_y / 3 / 1;
    const auto back = read_workspace(write_workspace(ws));
    REQUIRE(back);
    CHECK(back->accounts == ws.accounts);
}

TEST_CASE("services: add, edit with audit, delete clears who referred to it") {
    Workspace ws = used_accounts();
    const std::string id = add_service(ws, kCm, "Service des eaux");
    CHECK(id == "service-1");
    CHECK(ws.audit.back().action == "service.add");
    Service s = ws.services.back();
    s.keywords = split_words("fuite, compteur ; fuite ,  eau ");
    CHECK(s.keywords == std::vector<std::string>{"fuite", "compteur", "eau"});
    CHECK(join_words(s.keywords) == "fuite, compteur, eau");
    s.hours = "lun.–ven. 8h30–12h";
    CHECK(update_service(ws, kCm, s).changed());
    CHECK(ws.audit.back().detail == "hours");
    ws.people[0].service_id = id;
    ws.messages[0].service_id = id;
    CHECK(!check_invariants(ws));
    CHECK(delete_service(ws, kCm, id).changed());
    CHECK(ws.services.empty());
    CHECK(ws.people[0].service_id.empty());
    CHECK(ws.messages[0].service_id.empty());
    CHECK(!check_invariants(ws));
    CHECK(delete_service(ws, kCm, id).outcome == Outcome::not_found);
}

TEST_CASE("services import: French Excel CSV, preview, then idempotent") {
    Workspace ws = used_accounts();
    add_service(ws, kCm, "Service des eaux");
    // Windows-1252: « é » is 0xE9, « è » 0xE8.
    const std::string csv =
        "Nom du service;Courriel;T\xE9l\xE9phone;D\xE9marche en ligne;Th\xE8mes;Mots-cl\xE9s;Horaires\r\n"
        "Service des eaux;eau@ville.fr;;;eau;fuite, compteur;\r\n"
        "\xC9tat civil;etat-civil@ville.fr;01 02 03 04 05;https://ville.fr/etat-civil;famille;naissance, mariage;8h30-17h\r\n"
        ";sans-nom@ville.fr;;;;;\r\n"
        "ETAT CIVIL;autre@ville.fr;;;;;\r\n";
    auto p = services_import::preview(csv, ws);
    REQUIRE(p);
    CHECK(p->encoding == csv::Encoding::windows_1252);
    CHECK(p->rows == 4);
    REQUIRE(p->added.size() == 1);
    CHECK(p->added[0].name == "\xC3\x89tat civil");
    CHECK(p->added[0].phone == "01 02 03 04 05");
    CHECK(p->added[0].url == "https://ville.fr/etat-civil");
    CHECK(p->added[0].keywords == std::vector<std::string>{"naissance", "mariage"});
    CHECK(p->added[0].hours == "8h30-17h");
    REQUIRE(p->updated.size() == 1);
    CHECK(p->updated[0].id == "service-1");
    CHECK(p->updated[0].email == "eau@ville.fr");
    REQUIRE(p->skipped.size() == 2);
    CHECK(p->skipped[0].reason == "no_name");
    CHECK(p->skipped[0].line == 4);
    CHECK(p->skipped[1].reason == "repeated_name");
    CHECK(ws.services.size() == 1);  // nothing changed before apply

    services_import::apply_services(ws, *p, kCm);
    CHECK(ws.services.size() == 2);
    CHECK(ws.audit.back().action == "services.import_csv");
    CHECK(ws.audit.back().detail == "1>1");
    CHECK(!check_invariants(ws));

    const std::size_t audit = ws.audit.size();
    auto again = services_import::preview(csv, ws);
    REQUIRE(again);
    CHECK(again->added.empty());
    CHECK(again->updated.empty());
    CHECK(again->already_present == 2);
    services_import::apply_services(ws, *again, kCm);
    CHECK(ws.audit.size() == audit);
}

TEST_CASE("services import: no name column is a French error; bad input does not crash") {
    Workspace ws = used_accounts();
    auto none = services_import::preview("Courriel;T\xC3\xA9l\xC3\xA9phone\na@b.fr;01\n", ws);
    REQUIRE(!none);
    CHECK(none.error().code == ErrorCode::invalid_value);
    CHECK(error_description(none.error()).find("nom du service") != std::string::npos);
    CHECK(!services_import::preview("", ws));
    auto ragged = services_import::preview("Nom\nA;b;c;d\n\"B\n", ws);
    CHECK(!ragged);  // unterminated quote
    auto short_rows = services_import::preview("Nom;Courriel\nA\nB;b@x.fr;extra;cells\n", ws);
    REQUIRE(short_rows);
    CHECK(short_rows->added.size() == 2);
}

TEST_CASE("campaigns: add with a free palette colour, edit refused on bad dates, archive") {
    Workspace ws = used_accounts();
    ws.charter.message_types = {{"info", "Info", 0.5, {}}};
    const std::string id = add_campaign(ws, kCm, "Budget participatif");
    CHECK(id == "campaign-1");
    CHECK(ws.campaigns[0].color == kCampaignColours[0]);
    add_campaign(ws, kCm, "Été");
    CHECK(ws.campaigns[1].color == kCampaignColours[1]);
    CHECK(ws.audit.back().action == "campaign.add");

    Campaign c = ws.campaigns[0];
    c.starts = 2027_y / 3 / 1;
    c.ends = 2027_y / 4 / 30;
    c.objective_id = "o";
    c.message_type_ids = {"info"};
    CHECK(update_campaign(ws, kCm, c).changed());
    CHECK(ws.campaigns[0] == c);

    Campaign bad = c;
    bad.ends = 2027_y / 2 / 1;
    CHECK(update_campaign(ws, kCm, bad).outcome == Outcome::refused);
    bad = c;
    bad.objective_id = "unknown";
    const edit::Result r = update_campaign(ws, kCm, bad);
    CHECK(r.outcome == Outcome::refused);
    CHECK(r.error.code == ErrorCode::dangling_reference);
    CHECK(ws.campaigns[0] == c);

    CHECK(set_campaign_archived(ws, kCm, id, true).changed());
    CHECK(ws.audit.back().action == "campaign.archive");
    CHECK(ws.audit.back().detail == "on");
    const auto back = read_workspace(write_workspace(ws));
    REQUIRE(back);
    CHECK(back->campaigns == ws.campaigns);
}

}  // TEST_SUITE
