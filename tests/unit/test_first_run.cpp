// The first-run path (issue 18, item 1): what the territory implies, the workspace made from the
// answers (every step skippable), and the list of what is still missing.
#include <doctest/doctest.h>

#include <algorithm>

#include "calendar/time_zone.h"
#include "edit/account_edits.h"
#include "edit/service_edits.h"
#include "io/workspace_json.h"
#include "calendar/time_zone.h"
#include "strategy/first_run.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::strategy;
using namespace date::literals;
using namespace std::chrono_literals;
using parvis::testing::utc;

namespace {

edit::Actor at_start() { return {"", utc(2026_y / 12 / 5, 9h)}; }

std::vector<SetupGapKind> kinds(const std::vector<SetupGap>& gaps) {
    std::vector<SetupGapKind> k;
    for (const SetupGap& g : gaps) k.push_back(g.kind);
    return k;
}

FirstRunAnswers commune(std::string insee) {
    FirstRunAnswers a;
    a.profile.name = "Commune de Sainte-Essai";
    a.profile.kind = CollectivityKind::commune;
    a.profile.insee_code = std::move(insee);
    a.profile.population = 12500;
    return a;
}

}  // namespace

TEST_CASE("territory facts follow the INSEE code: zone, school holidays, Alsace-Moselle") {
    struct Case {
        const char* insee;
        calendar::Territory territory;
        const char* zone;
        calendar::SchoolZone school;
    };
    const Case cases[] = {
        {"75056", calendar::Territory::metropole, "Europe/Paris", calendar::SchoolZone::c},       // Paris
        {"33063", calendar::Territory::metropole, "Europe/Paris", calendar::SchoolZone::a},       // Bordeaux
        {"57463", calendar::Territory::alsace_moselle, "Europe/Paris", calendar::SchoolZone::b},  // Metz
        {"67482", calendar::Territory::alsace_moselle, "Europe/Paris", calendar::SchoolZone::b},  // Strasbourg
        {"2A004", calendar::Territory::corse, "Europe/Paris", calendar::SchoolZone::corse},       // Ajaccio
        {"97411", calendar::Territory::reunion, "Indian/Reunion", calendar::SchoolZone::reunion}, // Saint-Denis
        {"97209", calendar::Territory::martinique, "America/Martinique", calendar::SchoolZone::martinique},
        {"97302", calendar::Territory::guyane, "America/Cayenne", calendar::SchoolZone::guyane},
        {"97611", calendar::Territory::mayotte, "Indian/Mayotte", calendar::SchoolZone::mayotte},
        {"97502", calendar::Territory::saint_pierre_et_miquelon, "America/Miquelon", calendar::SchoolZone::c},
    };
    for (const Case& c : cases) {
        CAPTURE(c.insee);
        Profile p;
        p.insee_code = c.insee;
        const TerritoryFacts f = territory_facts(p);
        CHECK(f.territory == c.territory);
        CHECK(f.time_zone == c.zone);
        CHECK(is_known_time_zone(f.time_zone));
        CHECK(f.alsace_moselle == (c.territory == calendar::Territory::alsace_moselle));
        if (c.territory != calendar::Territory::saint_pierre_et_miquelon) CHECK(f.school_zone == c.school);
    }
    // Every territory's zone is one the time table knows.
    for (calendar::Territory t : calendar::all_territories()) CHECK(is_known_time_zone(calendar::territory_time_zone(t)));
    // Polynésie: a zone already chosen there is kept (the Marquesas are half an hour apart).
    Profile marquesas{.insee_code = "98731", .time_zone = "Pacific/Marquesas"};
    CHECK(territory_facts(marquesas).time_zone == "Pacific/Marquesas");
    Profile tahiti{.insee_code = "98735"};
    CHECK(territory_facts(tahiti).time_zone == "Pacific/Tahiti");
}

TEST_CASE("the answers make a readable workspace, each step recorded in the audit log") {
    FirstRunAnswers a = commune("97411");
    a.networks = {Network::facebook, Network::mastodon, Network::facebook};  // a repeat makes one account
    a.team = {{"Camille Martin", Role::community_manager}, {"", Role::contributor}, {"Élise Durand", Role::validator_elected}};
    auto made = first_run_workspace(a, "ws-1", at_start());
    REQUIRE(made);
    const Workspace& ws = *made;
    CHECK(ws.id == "ws-1");
    CHECK(ws.profile.name == "Commune de Sainte-Essai");
    CHECK(ws.profile.time_zone == "Indian/Reunion");  // derived, not the default Europe/Paris
    CHECK(ws.profile.population == 12500);
    REQUIRE(ws.accounts.size() == 2);
    CHECK(ws.accounts[0].network == Network::facebook);
    CHECK(ws.accounts[1].network == Network::mastodon);
    CHECK(std::all_of(ws.accounts.begin(), ws.accounts.end(), [](const NetworkAccount& x) { return x.active; }));
    REQUIRE(ws.people.size() == 2);  // the member without a name is skipped
    CHECK(ws.people[0].role == Role::community_manager);
    CHECK(ws.people[1].name == "Élise Durand");
    CHECK(ws.people[1].role == Role::validator_elected);
    CHECK_FALSE(ws.charter.message_types.empty());  // the commune's template
    CHECK(ws.charter.signature.find("Commune de Sainte-Essai") != std::string::npos);
    CHECK_FALSE(ws.charter.rhythm.empty());         // given to the accounts just made
    // What came after the team is recorded under its first person.
    CHECK(ws.audit.back().person_id == ws.people[0].id);
    CHECK(std::any_of(ws.audit.begin(), ws.audit.end(), [](const AuditEntry& e) { return e.action == "charter.template"; }));
    CHECK(std::count_if(ws.audit.begin(), ws.audit.end(), [](const AuditEntry& e) { return e.action == "account.add"; }) == 2);
    // Written and read back as any saved workspace.
    CHECK_FALSE(check_invariants(ws));
    auto back = read_workspace(write_workspace(ws));
    REQUIRE(back);
    CHECK(*back == ws);
}

TEST_CASE("every step can be skipped; bad answers are refused with the field and a French sentence") {
    FirstRunAnswers bare;
    bare.profile.name = "Syndicat mixte";
    bare.profile.kind = CollectivityKind::epci;
    bare.charter_template = false;
    auto made = first_run_workspace(bare, "ws-2", at_start());
    REQUIRE(made);
    CHECK(made->accounts.empty());
    CHECK(made->people.empty());
    CHECK(made->charter.message_types.empty());
    CHECK(made->profile.time_zone == "Europe/Paris");

    struct Bad {
        FirstRunAnswers answers;
        const char* pointer;
        const char* words;  // in the French message
    };
    FirstRunAnswers empty_name = commune("75056");
    empty_name.profile.name = "  ";
    FirstRunAnswers bad_insee = commune("7505");
    FirstRunAnswers negative = commune("75056");
    negative.profile.population = -3;
    FirstRunAnswers huge = commune("75056");
    huge.profile.population = kMaxPopulation + 1;
    FirstRunAnswers crowd = commune("75056");
    crowd.team.assign(kMaxTeam + 1, {"Quelqu’un", Role::contributor});
    const Bad bad[] = {
        {empty_name, "/profile/name", "nom de la collectivité est vide"},
        {bad_insee, "/profile/insee_code", "code INSEE"},
        {negative, "/profile/population", "hors des limites"},
        {huge, "/profile/population", "hors des limites"},
        {crowd, "/people", "50 au plus"},
    };
    for (const Bad& b : bad) {
        CAPTURE(b.pointer);
        auto r = first_run_workspace(b.answers, "ws-3", at_start());
        REQUIRE_FALSE(r);
        CHECK(r.error().pointer == b.pointer);
        CHECK(error_description(r.error(), Lang::fr).find(b.words) != std::string::npos);
    }
}

TEST_CASE("setup gaps say what is still missing, and go away as each is done") {
    FirstRunAnswers a = commune("");
    a.networks = {Network::facebook, Network::mastodon};
    a.team = {{"Camille", Role::community_manager}};
    auto made = first_run_workspace(a, "ws-4", at_start());
    REQUIRE(made);
    Workspace ws = *made;
    auto gaps = setup_gaps(ws);
    CHECK(kinds(gaps) == std::vector{SetupGapKind::no_insee_code, SetupGapKind::accounts_without_address,
                                     SetupGapKind::circuit_role_unfilled, SetupGapKind::no_services});
    CHECK(gaps[1].message == "2 comptes sans adresse");
    CHECK(gaps[1].count == 2);
    CHECK(gaps[2].message.find("DGS") != std::string::npos);  // the commune's circuit: DGS then élu
    CHECK(gaps[3].message.find("Aucun service") == 0);
    CHECK(setup_gaps(ws, Lang::en)[1].message == "2 accounts without an address");

    const edit::Actor actor = at_start();
    ws.profile.insee_code = "75056";
    NetworkAccount fb = ws.accounts[0];
    fb.handle = "Sainte-Essai";
    REQUIRE(edit::update_account(ws, actor, fb).changed());
    gaps = setup_gaps(ws);
    REQUIRE(gaps.size() == 3);
    CHECK(gaps[0].message == "1 compte sans adresse");
    // A Mastodon handle without its server is not an address yet.
    NetworkAccount masto = ws.accounts[1];
    masto.handle = "@mairie";
    REQUIRE(edit::update_account(ws, actor, masto).changed());
    CHECK(kinds(setup_gaps(ws)).front() == SetupGapKind::accounts_without_address);
    masto.instance = "mastodon.example";
    REQUIRE(edit::update_account(ws, actor, masto).changed());
    CHECK(kinds(setup_gaps(ws)) == std::vector{SetupGapKind::circuit_role_unfilled, SetupGapKind::no_services});

    ws.people.push_back({"p-dgs", "Dominique", Role::validator_dgs, "", ""});
    ws.people.push_back({"p-elu", "Élise", Role::validator_elected, "", ""});
    ws.people.push_back({"p-dir", "Dana", Role::communication_director, "", ""});
    edit::add_service(ws, actor, "Service des eaux");
    CHECK(setup_gaps(ws).empty());

    // A deactivated account is not counted; with none active, the gap is « aucun compte ».
    for (NetworkAccount& x : ws.accounts) x.active = false;
    CHECK(kinds(setup_gaps(ws)) == std::vector{SetupGapKind::no_accounts});
}
