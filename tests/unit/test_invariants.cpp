// check_invariants: unique ids, references that resolve, values in range; and the position of
// such errors when they come from a file.
#include <doctest/doctest.h>

#include <functional>

#include "io/workspace_json.h"
#include "test_support.h"
#include "workspace_gen.h"

using namespace parvis;
using parvis::testing::generate_workspace;
using parvis::testing::has_leftover_placeholder;
using parvis::testing::text_at;

namespace {

struct Case {
    const char* name;
    std::function<void(Workspace&)> spoil;
    ErrorCode code;
    std::string pointer;
};

// A workspace where every collection has at least two elements, so every rule can be broken.
Workspace rich_workspace() {
    for (std::uint32_t seed = 1;; ++seed) {
        Workspace w = generate_workspace(seed);
        if (w.posts.size() >= 2 && w.people.size() >= 2 && w.services.size() >= 2 && w.campaigns.size() >= 2 &&
            w.messages.size() >= 2 && w.objectives.size() >= 2 && w.charter.message_types.size() >= 2 &&
            w.metrics.snapshots.size() >= 1 && w.metrics.posts.size() >= 1 && !w.charter.rhythm.empty() &&
            !w.objectives[0].targets.empty()) {
            return w;
        }
    }
}

}  // namespace

TEST_SUITE("invariants") {

TEST_CASE("generated workspaces hold every invariant") {
    for (std::uint32_t seed = 1; seed <= 100; ++seed) {
        CAPTURE(seed);
        const Error e = check_invariants(generate_workspace(seed));
        INFO(error_message(e));
        CHECK_FALSE(e);
    }
}

TEST_CASE("each broken rule gives its code and pointer, in the model and from a file") {
    const std::vector<Case> cases = {
        // Unique ids
        {"duplicate account", [](Workspace& w) { w.accounts[1].id = w.accounts[0].id; }, ErrorCode::duplicate_id, "/accounts/1/id"},
        {"duplicate post", [](Workspace& w) { w.posts[1].id = w.posts[0].id; }, ErrorCode::duplicate_id, "/posts/1/id"},
        {"duplicate person", [](Workspace& w) { w.people[1].id = w.people[0].id; }, ErrorCode::duplicate_id, "/people/1/id"},
        {"duplicate message type", [](Workspace& w) { w.charter.message_types[1].id = w.charter.message_types[0].id; },
         ErrorCode::duplicate_id, "/charter/message_types/1/id"},
        {"duplicate campaign", [](Workspace& w) { w.campaigns[1].id = w.campaigns[0].id; }, ErrorCode::duplicate_id, "/campaigns/1/id"},
        {"duplicate message", [](Workspace& w) { w.messages[1].id = w.messages[0].id; }, ErrorCode::duplicate_id, "/messages/1/id"},
        {"duplicate service", [](Workspace& w) { w.services[1].id = w.services[0].id; }, ErrorCode::duplicate_id, "/services/1/id"},
        {"duplicate objective", [](Workspace& w) { w.objectives[1].id = w.objectives[0].id; }, ErrorCode::duplicate_id, "/objectives/1/id"},
        {"empty id", [](Workspace& w) { w.posts[1].id.clear(); }, ErrorCode::invalid_value, "/posts/1/id"},
        {"empty workspace id", [](Workspace& w) { w.id.clear(); }, ErrorCode::invalid_value, "/id"},
        // References
        {"post → campaign", [](Workspace& w) { w.posts[1].campaign_id = "nulle-part"; }, ErrorCode::dangling_reference, "/posts/1/campaign_id"},
        {"post → message type", [](Workspace& w) { w.posts[0].message_type_id = "?"; }, ErrorCode::dangling_reference, "/posts/0/message_type_id"},
        {"post → owner", [](Workspace& w) { w.posts[0].owner_id = "fantôme"; }, ErrorCode::dangling_reference, "/posts/0/owner_id"},
        {"variant → account", [](Workspace& w) { w.posts[1].variants[0].account_id = "myspace"; }, ErrorCode::dangling_reference,
         "/posts/1/variants/0/account_id"},
        {"message → account", [](Workspace& w) { w.messages[1].account_id = "x"; }, ErrorCode::dangling_reference, "/messages/1/account_id"},
        {"message → no account", [](Workspace& w) {
             w.messages[1].channel = MessageChannel::comment;
             w.messages[1].account_id.clear();
         }, ErrorCode::dangling_reference, "/messages/1/account_id"},
        {"message → post", [](Workspace& w) { w.messages[0].post_id = "x"; }, ErrorCode::dangling_reference, "/messages/0/post_id"},
        {"message → service", [](Workspace& w) { w.messages[0].service_id = "x"; }, ErrorCode::dangling_reference, "/messages/0/service_id"},
        {"message → assignee", [](Workspace& w) { w.messages[1].assignee_id = "parti"; }, ErrorCode::dangling_reference,
         "/messages/1/assignee_id"},
        {"person → service", [](Workspace& w) { w.people[1].service_id = "x"; }, ErrorCode::dangling_reference, "/people/1/service_id"},
        {"snapshot → account", [](Workspace& w) { w.metrics.snapshots[0].account_id = "x"; }, ErrorCode::dangling_reference,
         "/metrics/snapshots/0/account_id"},
        {"post metrics → post", [](Workspace& w) { w.metrics.posts[0].post_id = "x"; }, ErrorCode::dangling_reference, "/metrics/posts/0/post_id"},
        {"post metrics → account", [](Workspace& w) { w.metrics.posts[0].account_id = "x"; }, ErrorCode::dangling_reference,
         "/metrics/posts/0/account_id"},
        {"rhythm → account", [](Workspace& w) { w.charter.rhythm[0].account_id = "x"; }, ErrorCode::dangling_reference, "/charter/rhythm/0/account_id"},
        {"target → account", [](Workspace& w) { w.objectives[0].targets[0].network_id = "x"; }, ErrorCode::dangling_reference,
         "/objectives/0/targets/0/network_id"},
        // Values
        {"negative population", [](Workspace& w) { w.profile.population = -1; }, ErrorCode::invalid_value, "/profile/population"},
        {"share above 1", [](Workspace& w) { w.charter.message_types[0].target_share = 1.5; }, ErrorCode::invalid_value,
         "/charter/message_types/0/target_share"},
        {"negative share", [](Workspace& w) { w.charter.message_types[1].target_share = -0.1; }, ErrorCode::invalid_value,
         "/charter/message_types/1/target_share"},
        {"shares above 100 %", [](Workspace& w) { for (auto& t : w.charter.message_types) t.target_share = 0.6; },
         ErrorCode::invalid_value, "/charter/message_types"},
        {"unsupported time zone", [](Workspace& w) { w.profile.time_zone = "Europe/Brussels"; }, ErrorCode::invalid_value, "/profile/time_zone"},
        {"bad colour", [](Workspace& w) { w.campaigns[1].color = "#12345g"; }, ErrorCode::invalid_value, "/campaigns/1/color"},
        {"colour without #", [](Workspace& w) { w.campaigns[0].color = "2f6db5"; }, ErrorCode::invalid_value, "/campaigns/0/color"},
        {"INSEE too short", [](Workspace& w) { w.profile.insee_code = "3523"; }, ErrorCode::invalid_value, "/profile/insee_code"},
        {"INSEE 2C", [](Workspace& w) { w.profile.insee_code = "2C004"; }, ErrorCode::invalid_value, "/profile/insee_code"},
        {"INSEE letters", [](Workspace& w) { w.profile.insee_code = "35A38"; }, ErrorCode::invalid_value, "/profile/insee_code"},
        {"weekday 0", [](Workspace& w) { w.charter.business_hours.weekdays = {0, 1}; }, ErrorCode::invalid_value,
         "/charter/business_hours/weekdays/0"},
        {"weekday 8", [](Workspace& w) { w.charter.business_hours.weekdays = {1, 8}; }, ErrorCode::invalid_value,
         "/charter/business_hours/weekdays/1"},
        {"weekday twice", [](Workspace& w) { w.charter.business_hours.weekdays = {2, 3, 2}; }, ErrorCode::invalid_value,
         "/charter/business_hours/weekdays/2"},
        {"closes before opens", [](Workspace& w) { w.charter.business_hours.closes = w.charter.business_hours.opens; },
         ErrorCode::invalid_value, "/charter/business_hours/closes"},
        {"comparison", [](Workspace& w) { w.objectives[0].targets[0].comparison = "=>"; }, ErrorCode::invalid_value,
         "/objectives/0/targets/0/comparison"},
        {"campaign ends before it starts", [](Workspace& w) {
             w.campaigns[0].starts = Day{date::year{2026} / 12 / 1};
             w.campaigns[0].ends = Day{date::year{2026} / 11 / 1};
         }, ErrorCode::invalid_value, "/campaigns/0/ends"},
        {"negative reach", [](Workspace& w) { w.metrics.posts[0].reach = -5; }, ErrorCode::invalid_value, "/metrics/posts/0/reach"},
        {"negative rhythm", [](Workspace& w) { w.charter.rhythm[0].min_per_week = -1; }, ErrorCode::invalid_value,
         "/charter/rhythm/0/min_per_week"},
    };
    const Workspace good = rich_workspace();
    for (const Case& c : cases) {
        CAPTURE(c.name);
        Workspace w = good;
        c.spoil(w);
        const Error in_model = check_invariants(w);
        CHECK(in_model.code == c.code);
        CHECK(in_model.pointer == c.pointer);

        // The same workspace as a file: same error, with a position where the value is written.
        const std::string text = write_workspace(w);
        const auto r = read_workspace(text);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == c.code);
        CHECK(r.error().pointer == c.pointer);
        REQUIRE(r.error().line > 1);
        const std::string_view at = text_at(text, r.error().line, r.error().column);
        const char first = at.empty() ? '\0' : at[0];
        CHECK((first == '"' || first == '-' || first == '[' || (first >= '0' && first <= '9')));
        for (Lang lang : {Lang::fr, Lang::en}) CHECK_FALSE(has_leftover_placeholder(error_message(r.error(), lang)));
    }
}

TEST_CASE("what the rules allow") {
    Workspace w = rich_workspace();
    for (const char* code : {"35238", "2A004", "2B033", "97105", ""}) {
        w.profile.insee_code = code;
        CHECK_FALSE(check_invariants(w));
    }
    // Outside communes the code is free (an EPCI has a SIREN, a département its number).
    w.profile.kind = CollectivityKind::epci;
    w.profile.insee_code = "243500139";
    CHECK_FALSE(check_invariants(w));
    // Shares summing to exactly 1, with rounding.
    for (auto& t : w.charter.message_types) t.target_share = 1.0 / static_cast<double>(w.charter.message_types.size());
    CHECK_FALSE(check_invariants(w));
    // Optional references may be empty.
    w.posts[0].campaign_id.clear();
    w.posts[0].owner_id.clear();
    w.posts[0].message_type_id.clear();
    w.posts[0].variants[0].account_id.clear();
    CHECK_FALSE(check_invariants(w));
    // A message taken by phone, at the desk or by e-mail belongs to no network account.
    for (MessageChannel off : {MessageChannel::phone, MessageChannel::desk, MessageChannel::email}) {
        w.messages[0].channel = off;
        w.messages[0].account_id.clear();
        CHECK_FALSE(check_invariants(w));
    }
    for (const auto& zone : supported_time_zones()) {
        w.profile.time_zone = zone;
        CHECK_FALSE(check_invariants(w));
    }
    CHECK(supported_time_zones().size() >= 10);
}

TEST_CASE("a duplicate id message names the id and the list") {
    Workspace w = rich_workspace();
    w.posts[1].id = w.posts[0].id;
    const Error e = check_invariants(w);
    CHECK(error_message(e).find("«\u00a0" + w.posts[0].id + "\u00a0»") != std::string::npos);
    CHECK(error_message(e).find("liste des publications") != std::string::npos);
    CHECK(error_message(e, Lang::en).find("list of posts") != std::string::npos);
}

}  // TEST_SUITE
