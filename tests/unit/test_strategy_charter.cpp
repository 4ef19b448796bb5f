// Charter templates, validation of invalid combinations, the public moderation text, objectives.
#include <doctest/doctest.h>

#include <algorithm>

#include "demo/demo_workspace.h"
#include "io/workspace_json.h"
#include "strategy/charter_templates.h"
#include "strategy/charter_validation.h"
#include "strategy/moderation_text.h"
#include "strategy/objectives.h"
#include "strategy/strategy_assets.h"

using namespace parvis;
using namespace parvis::strategy;


namespace parvis::detail {
const std::vector<std::pair<std::string_view, std::string_view>>& strategy_sources();
}

namespace {

// A workspace with a valid charter: the commune template applied, and people for each role.
Workspace valid_workspace() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville de Test";
    ws.accounts = {{"fb", Network::facebook, "Ville", "", "", true, std::nullopt},
                   {"ig", Network::instagram, "@ville", "", "", true, std::nullopt}};
    ws.people = {{"cm", "Camille", Role::community_manager, "", ""},
                 {"dgs", "Marc", Role::validator_dgs, "", ""},
                 {"elu", "Nathalie", Role::validator_elected, "", ""},
                 {"dircom", "Hélène", Role::communication_director, "", ""}};
    auto templates = charter_templates();
    REQUIRE(templates);
    ws.charter = instantiate_template(*template_for(*templates, CollectivityKind::commune), ws);
    return ws;
}

const CharterIssue* issue(const std::vector<CharterIssue>& issues, const std::string& code) {
    for (const CharterIssue& i : issues)
        if (i.code == code) return &i;
    return nullptr;
}

}  // namespace

TEST_SUITE("strategy charter") {

TEST_CASE("every embedded strategy file parses") {
    REQUIRE(detail::strategy_sources().size() >= 3);
    for (const auto& [name, text] : detail::strategy_sources()) {
        const std::string file_name(name);  // clang 14 cannot capture a structured binding
        CAPTURE(file_name);
        CHECK_FALSE(nlohmann::json::parse(text, nullptr, false).is_discarded());
    }
}

TEST_CASE("the three templates read, fit their kind and are valid once applied") {
    auto templates = charter_templates();
    REQUIRE(templates);
    REQUIRE(templates->size() == 3);
    CHECK(template_for(*templates, CollectivityKind::commune)->id == "commune");
    CHECK(template_for(*templates, CollectivityKind::epci)->id == "epci");
    CHECK(template_for(*templates, CollectivityKind::departement)->id == "departement");
    CHECK(template_for(*templates, CollectivityKind::region)->id == "departement");
    for (const CharterTemplate& t : *templates) {
        CAPTURE(t.id);
        Workspace ws = valid_workspace();
        ws.charter = instantiate_template(t, ws);
        const auto issues = validate_charter(ws);
        CHECK_MESSAGE(charter_is_valid(issues), (issues.empty() ? "" : issues.front().message));
        CHECK(ws.charter.signature.find("{nom}") == std::string::npos);
        CHECK(ws.charter.rhythm.size() == 2);  // one rule per account of the workspace
        CHECK_FALSE(ws.charter.moderation.public_text.empty());
        CHECK(ws.charter.message_types.size() >= 5);
        // The charter survives the file format.
        auto back = read_workspace(write_workspace(ws));
        REQUIRE(back);
        CHECK(back->charter == ws.charter);
    }
}

TEST_CASE("the demo's charter is valid") {
    const Workspace ws = demo_workspace(date::year{2026} / 11 / 29);
    const auto issues = validate_charter(ws);
    CHECK_MESSAGE(charter_is_valid(issues), (issues.empty() ? "" : issues.front().message));
}

TEST_CASE("shares not summing to 100 %") {
    Workspace ws = valid_workspace();
    ws.charter.message_types[0].target_share += 0.15;
    const auto issues = validate_charter(ws);
    const CharterIssue* i = issue(issues, "shares_sum");
    REQUIRE(i);
    CHECK(i->severity == check::Severity::error);
    CHECK(i->pointer == "/charter/message_types");
    CHECK(i->message == "Les parts visées des types de messages font 115\u202f% au total au lieu de 100\u202f%.");
    CHECK_FALSE(charter_is_valid(issues));
    // Below 100 %: the rest is left free, a warning only.
    ws.charter.message_types[0].target_share -= 0.25;
    const auto below = validate_charter(ws);
    CHECK_FALSE(issue(below, "shares_sum"));
    REQUIRE(issue(below, "shares_below"));
    CHECK(issue(below, "shares_below")->severity == check::Severity::warning);
    CHECK(issue(below, "shares_below")->message.find("10\u202f% restent sans type") != std::string::npos);
    CHECK(charter_is_valid(below));
    // Three thirds make 100 %.
    ws.charter.message_types.resize(3);
    for (auto& m : ws.charter.message_types) m.target_share = 1.0 / 3;
    CHECK_FALSE(issue(validate_charter(ws), "shares_sum"));
}

TEST_CASE("rhythm: min above max, impossible with the daily maximum, negative") {
    Workspace ws = valid_workspace();
    ws.charter.rhythm[0] = {"fb", 8, 5, 2};
    auto issues = validate_charter(ws);
    const CharterIssue* i = issue(issues, "rhythm_min_above_max");
    REQUIRE(i);
    CHECK(i->pointer == "/charter/rhythm/0/min_per_week");
    CHECK(i->message.find("le minimum (8 par semaine) dépasse le maximum (5 par semaine)") != std::string::npos);
    CHECK(i->message.find("Facebook") != std::string::npos);
    ws.charter.rhythm[0] = {"fb", 8, 0, 1};
    CHECK(issue(validate_charter(ws), "rhythm_min_above_daily"));
    ws.charter.rhythm[0] = {"fb", -1, 0, 0};
    CHECK(issue(validate_charter(ws), "rhythm_negative"));
    ws.charter.rhythm[0] = {"ig", 1, 3, 1};
    CHECK(issue(validate_charter(ws), "rhythm_duplicate"));
}

TEST_CASE("business hours closing before opening") {
    Workspace ws = valid_workspace();
    ws.charter.business_hours.opens = {17 * 60};
    ws.charter.business_hours.closes = {9 * 60};
    const auto issues = validate_charter(ws);
    const CharterIssue* i = issue(issues, "hours_close_before_open");
    REQUIRE(i);
    CHECK(i->pointer == "/charter/business_hours/closes");
    CHECK(i->message.find("ferment") != std::string::npos);
    ws = valid_workspace();
    ws.charter.business_hours.weekdays = {1, 8};
    CHECK(issue(validate_charter(ws), "hours_bad_weekday")->pointer == "/charter/business_hours/weekdays/1");
    ws.charter.business_hours.weekdays.clear();
    CHECK(issue(validate_charter(ws), "hours_no_weekday"));
    ws = valid_workspace();
    ws.charter.business_hours.response_time_hours = 0;
    CHECK(issue(validate_charter(ws), "response_time_not_positive"));
}

TEST_CASE("a circuit naming a role nobody has") {
    Workspace ws = valid_workspace();
    std::erase_if(ws.people, [](const Person& p) { return p.role == Role::validator_elected; });
    const auto issues = validate_charter(ws);
    const CharterIssue* i = issue(issues, "circuit_role_unfilled");
    REQUIRE(i);
    CHECK(i->pointer == "/charter/message_types/0/validation_circuit/1");
    CHECK(i->message.find("Vie municipale") != std::string::npos);
    CHECK(i->message.find("aucune personne") != std::string::npos);
    // The same role twice needs two people.
    ws = valid_workspace();
    ws.charter.message_types[0].validation_circuit = {Role::validator_dgs, Role::validator_dgs};
    CHECK(issue(validate_charter(ws), "circuit_role_too_few"));
}

TEST_CASE("tone: emoji policy none with an emoji in the signature, and other contradictions") {
    Workspace ws = valid_workspace();
    ws.charter.emoji = EmojiPolicy::none;
    ws.charter.signature = "La mairie \xF0\x9F\x8F\x9B\xEF\xB8\x8F";  // 🏛️
    auto issues = validate_charter(ws);
    REQUIRE(issue(issues, "emoji_in_signature"));
    CHECK(issue(issues, "emoji_in_signature")->pointer == "/charter/signature");
    ws.charter.emoji = EmojiPolicy::sparing;
    CHECK_FALSE(issue(validate_charter(ws), "emoji_in_signature"));
    ws.charter.exclamation = ExclamationPolicy::avoid;
    ws.charter.signature = "À bientôt !";
    CHECK(issue(validate_charter(ws), "exclamation_in_signature"));
    ws = valid_workspace();
    ws.charter.max_hashtags = 8;
    CHECK(issue(validate_charter(ws), "hashtags_above_instagram")->severity == check::Severity::warning);
    ws = valid_workspace();
    ws.charter.inclusive = InclusiveWriting::doublets_and_epicene;
    ws.charter.preferred_words.push_back({"habitants", "habitant·es", ""});
    CHECK(issue(validate_charter(ws), "median_point_refused"));
    ws.charter.inclusive = InclusiveWriting::median_point_allowed;
    CHECK_FALSE(issue(validate_charter(ws), "median_point_refused"));
    ws = valid_workspace();
    ws.charter.preferred_words.push_back({"citoyens", "administrés", ""});
    CHECK(issue(validate_charter(ws), "preferred_is_forbidden"));
}

TEST_CASE("moderation: PHAROS for illegal content only; duplicates; no action") {
    Workspace ws = valid_workspace();
    ws.charter.moderation.rules.push_back({ModerationCategory::advertising, {ModerationAction::report_pharos}});
    auto issues = validate_charter(ws);
    CHECK(issue(issues, "pharos_not_illegal"));
    CHECK(issue(issues, "moderation_duplicate"));
    ws = valid_workspace();
    ws.charter.moderation.rules[0].actions.clear();
    CHECK(issue(validate_charter(ws), "moderation_no_action")->pointer == "/charter/moderation/rules/0/actions");
    ws = valid_workspace();
    for (auto& r : ws.charter.moderation.rules)
        std::erase(r.actions, ModerationAction::report_pharos);
    CHECK(issue(validate_charter(ws), "hate_without_pharos")->severity == check::Severity::warning);
}

TEST_CASE("every issue message is a full sentence without leftover placeholder") {
    Workspace ws = valid_workspace();
    ws.charter.message_types[0].target_share = 2;
    ws.charter.message_types[1].name.clear();
    ws.charter.rhythm[0] = {"fb", 9, 3, 1};
    ws.charter.business_hours = {{0}, {600}, {500}, -1};
    ws.charter.emoji = EmojiPolicy::none;
    ws.charter.signature = "\xF0\x9F\x98\x80!";
    ws.charter.exclamation = ExclamationPolicy::avoid;
    ws.charter.forbidden_words.push_back({"", "", ""});
    ws.people.clear();
    for (Lang lang : {Lang::fr, Lang::en}) {
        const auto issues = validate_charter(ws, lang);
        CHECK(issues.size() >= 8);
        for (const CharterIssue& i : issues) {
            CAPTURE(i.code);
            CHECK(i.message.find('{') == std::string::npos);
            CHECK(i.message.find("strategy.") == std::string::npos);
            CHECK(i.pointer.rfind("/charter", 0) == 0);
        }
    }
}

TEST_CASE("the public moderation text names the categories, the law of 1881 and PHAROS") {
    Workspace ws = valid_workspace();
    const std::string text = moderation_public_text(ws.charter, ws);
    CHECK(text.rfind("Charte de modération des comptes de Ville de Test", 0) == 0);
    CHECK(text.find("sur Facebook et Instagram") != std::string::npos);
    CHECK(text.find("du lundi au vendredi, de 8 h 30 à 17 h 30") != std::string::npos);
    CHECK(text.find("modérés après leur publication") != std::string::npos);
    CHECK(text.find("diffamatoires") != std::string::npos);
    CHECK(text.find("propagande électorale") != std::string::npos);
    CHECK(text.find("loi du 29 juillet 1881") != std::string::npos);
    CHECK(text.find("PHAROS") != std::string::npos);
    CHECK(text.find("internet-signalement.gouv.fr") != std::string::npos);
    // Categories follow the rules: without an advertising rule, no sentence on advertising.
    std::erase_if(ws.charter.moderation.rules, [](const ModerationRule& r) { return r.category == ModerationCategory::advertising; });
    CHECK(moderation_public_text(ws.charter, ws).find("publicité") == std::string::npos);
}

TEST_CASE("objectives: standard list bound to KPI ids, kinds guessed from titles, validation") {
    REQUIRE(standard_objectives().size() == 7);
    for (const char* kpi : {"median_response_hours", "engagement_rate_reach", "engagement_rate_impressions",
                            "community_growth_rate", "response_rate", "posts_per_week"})
        CHECK(find_kpi(kpi));
    for (const StandardObjective& s : standard_objectives()) {
        CAPTURE(s.kind);
        CHECK_FALSE(s.targets.empty());
        for (const Target& t : s.targets) CHECK(find_kpi(t.kpi));
        Objective o = objective_from_standard(s, "o", date::year{2026} / 11 / 29);
        CHECK(o.horizon.has_value());
        CHECK(*o.horizon > date::year_month_day{date::year{2026} / 11 / 29});
        o.kind.clear();
        CHECK(objective_kind(o) == s.kind);  // the standard title is recognised
    }
    Objective custom{"c", "Mieux connaître nos publics", "", {}, std::nullopt, ""};
    CHECK(objective_kind(custom) == "custom");
    Workspace ws;
    ws.objectives = {{"o", "Informer", "", {{"follower_magic", "=", 3, "%", ""}}, std::nullopt, "inform"}};
    const auto issues = validate_objectives(ws);
    CHECK(issue(issues, "unknown_kpi"));
    CHECK(issue(issues, "bad_comparison")->pointer == "/objectives/0/targets/0/comparison");
    CHECK(issue(issues, "no_horizon"));
}

}  // TEST_SUITE
