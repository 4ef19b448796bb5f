// Schema migrations: the v1 fixture becomes exactly the expected v2, newer schemas are refused.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "io/json_types.h"
#include "io/migrations.h"
#include "io/workspace_json.h"
#include "test_support.h"

using namespace parvis;
using parvis::testing::fixture;
using parvis::testing::text_at;

namespace {

// Compared as plain (unordered) JSON: member order is not part of the format.
nlohmann::json as_json(const std::string& text) { return nlohmann::json::parse(text); }

std::string v1_with_post(const std::string& post) {
    return R"({"format": "parvis-workspace", "schema_version": 1, "id": "w", "profile": {"name": "X"},
  "accounts": [{"id": "fb", "network": "facebook"}],
  "posts": [)" + post + "]}";
}

}  // namespace

TEST_SUITE("migrations") {

TEST_CASE("the table covers every version step, in order") {
    const auto steps = io::migration_steps();
    REQUIRE(steps.size() == static_cast<std::size_t>(kSchemaVersion - io::kOldestSchemaVersion));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        CHECK(steps[i].from == io::kOldestSchemaVersion + static_cast<int>(i));
        CHECK(static_cast<bool>(steps[i].apply));
    }
}

TEST_CASE("schema 1 → 2: the fixture becomes the expected file") {
    const std::string v1 = fixture("schema-v1/workspace.json");
    const std::string expected = fixture("schema-v1/expected-v2.json");
    const auto migrated = migrate_workspace_text(v1);
    REQUIRE(migrated.ok());
    // Migration goes on to the current schema; from 2 on, this file (no approval in its log)
    // changes only by its version number.
    auto expected_now = as_json(expected);
    expected_now["schema_version"] = kSchemaVersion;
    CHECK(as_json(*migrated) == expected_now);

    // Reading the v1 file gives the same workspace as reading the expected v2 file.
    const auto from_v1 = read_workspace(v1);
    const auto from_v2 = read_workspace(expected);
    REQUIRE(from_v1.ok());
    REQUIRE(from_v2.ok());
    CHECK(*from_v1 == *from_v2);
    CHECK(from_v1->profile.time_zone == "Europe/Paris");
    REQUIRE(from_v1->posts.size() == 3);
    CHECK(from_v1->posts[0].variants.size() == 2);
    CHECK(from_v1->posts[0].variants[1].account_id == "masto");
    CHECK(from_v1->posts[0].variants[1].text.find("place de l’Église 🎄") != std::string::npos);
    CHECK(from_v1->posts[1].variants.at(0).account_id.empty());  // text kept, no account yet
    CHECK(from_v1->audit.empty());

    // And it round-trips as a current file.
    const auto again = read_workspace(write_workspace(*from_v1));
    REQUIRE(again.ok());
    CHECK(*again == *from_v1);
}

TEST_CASE("migrating a current file changes nothing") {
    const std::string v2 = fixture("valid/workspace.json");
    const auto migrated = migrate_workspace_text(v2);
    REQUIRE(migrated.ok());
    CHECK(as_json(*migrated) == as_json(v2));
}

TEST_CASE("schema 1 details: empty posts, both time zone keys, no text") {
    auto read = [](const std::string& text) {
        auto r = read_workspace(text);
        INFO((r ? std::string() : error_message(r.error())));
        REQUIRE(r.ok());
        return *r;
    };
    CHECK(read(v1_with_post(R"({"id": "p", "status": "idea"})")).posts[0].variants.empty());
    CHECK(read(v1_with_post(R"({"id": "p", "status": "idea", "networks": []})")).posts[0].variants.empty());
    CHECK(read(v1_with_post(R"({"id": "p", "status": "idea", "networks": ["fb"]})")).posts[0].variants.at(0).text.empty());
    const Workspace both = read(R"({"format": "parvis-workspace", "schema_version": 1, "id": "w",
        "profile": {"name": "X", "timezone": "Europe/Paris", "time_zone": "Pacific/Noumea"}})");
    CHECK(both.profile.time_zone == "Pacific/Noumea");
}

TEST_CASE("schema 1 errors point into the old text") {
    const std::string text = v1_with_post(R"({"id": "p", "status": "idea", "networks": "fb"})");
    const auto r = read_workspace(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::wrong_type);
    CHECK(r.error().pointer == "/posts/0/networks");
    CHECK(text_at(text, r.error().line, r.error().column).substr(0, 4) == "\"fb\"");

    const auto bad_account = read_workspace(v1_with_post(R"({"id": "p", "status": "idea", "networks": ["fb", 3]})"));
    REQUIRE_FALSE(bad_account.ok());
    CHECK(bad_account.error().pointer == "/posts/0/networks/1");

    // A network that names no account becomes a dangling variant account, found after migration.
    const auto dangling = read_workspace(v1_with_post(R"({"id": "p", "status": "idea", "networks": ["tiktok"]})"));
    REQUIRE_FALSE(dangling.ok());
    CHECK(dangling.error().code == ErrorCode::dangling_reference);
    CHECK(dangling.error().pointer == "/posts/0/variants/0/account_id");
    CHECK(dangling.error().line > 0);
}

TEST_CASE("a newer schema is refused, by reading and by migrating") {
    const std::string v3 = fixture("schema-v4/workspace.json");
    const auto r = read_workspace(v3);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::schema_too_new);
    CHECK(r.error().pointer == "/schema_version");
    CHECK(r.error().line == 3);
    const auto m = migrate_workspace_text(v3);
    REQUIRE_FALSE(m.ok());
    CHECK(m.error().code == ErrorCode::schema_too_new);
}

}  // TEST_SUITE
