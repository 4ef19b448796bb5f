// Writing and reading workspaces: round trips, determinism, the text forms of each type,
// defaults for absent optional fields, strictness of the formats.
#include <doctest/doctest.h>

// Designated initialisers that leave the other members at their defaults are intended.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "io/json_types.h"
#include "io/workspace_json.h"
#include "test_support.h"
#include "workspace_gen.h"

using namespace parvis;
using parvis::testing::fixture;
using parvis::testing::generate_workspace;
using parvis::testing::text_at;

namespace {

const char* kMinimal = R"({"format": "parvis-workspace", "schema_version": 2, "id": "w", "profile": {"name": "X"}})";

// kMinimal with `members` added to the root object.
std::string minimal_with(const std::string& members) {
    std::string s = kMinimal;
    s.pop_back();
    return s + ", " + members + "}";
}

Workspace read_ok(std::string_view text) {
    auto r = read_workspace(text);
    INFO((r ? std::string() : error_message(r.error())));
    REQUIRE(r.ok());
    return *r;
}

}  // namespace

TEST_SUITE("json_io") {

TEST_CASE("generated workspaces survive write → read unchanged, pretty and compact") {
    for (std::uint32_t seed = 1; seed <= 40; ++seed) {
        CAPTURE(seed);
        const Workspace original = generate_workspace(seed);
        REQUIRE_FALSE(check_invariants(original));
        for (int indent : {2, -1}) {
            const std::string text = write_workspace(original, indent);
            const Workspace back = read_ok(text);
            CHECK(back == original);
            // Writing is deterministic, and a read-back workspace writes the same bytes.
            CHECK(write_workspace(original, indent) == text);
            CHECK(write_workspace(back, indent) == text);
        }
    }
}

TEST_CASE("the fixture files round-trip through the model") {
    for (const char* path : {"valid/workspace.json", "schema-v1/workspace.json"}) {
        CAPTURE(path);
        const Workspace w = read_ok(fixture(path));
        CHECK(read_ok(write_workspace(w)) == w);
    }
}

TEST_CASE("the file starts with the format marker and the schema version") {
    const std::string text = write_workspace(generate_workspace(3), -1);
    CHECK(text.rfind(R"({"format":"parvis-workspace","schema_version":3,)", 0) == 0);
}

TEST_CASE("each type has its text form") {
    Workspace w;
    w.id = "w";
    w.profile.name = "Ville d’Exemple";
    NetworkAccount a{.id = "fb", .network = Network::linkedin};
    a.opened_on = Day{date::year{2026} / 11 / 29};
    w.accounts.push_back(a);
    Post p{.id = "p", .status = PostStatus::to_validate};
    p.scheduled_at = date::sys_days{date::year{2026} / 11 / 29} + std::chrono::hours{9};
    w.posts.push_back(p);
    w.charter.business_hours.opens = {8 * 60 + 30};
    const std::string text = write_workspace(w);
    CHECK(text.find(R"("scheduled_at": "2026-11-29T09:00:00Z")") != std::string::npos);
    CHECK(text.find(R"("opened_on": "2026-11-29")") != std::string::npos);
    CHECK(text.find(R"("opens": "08:30")") != std::string::npos);
    CHECK(text.find(R"("status": "to_validate")") != std::string::npos);
    CHECK(text.find(R"("network": "linkedin")") != std::string::npos);
    CHECK(text.find(R"("register": "vous")") != std::string::npos);
    CHECK(text.find("Ville d’Exemple") != std::string::npos);  // UTF-8 as is, not \u escapes
    // Empty optionals are omitted.
    CHECK(text.find("published_at") == std::string::npos);
    CHECK(text.find("horizon") == std::string::npos);
}

TEST_CASE("absent optional fields take the model's defaults") {
    const Workspace w = read_ok(kMinimal);
    Workspace expected;
    expected.id = "w";
    expected.profile.name = "X";
    CHECK(w == expected);
    CHECK(w.charter.business_hours.weekdays == std::vector<int>{1, 2, 3, 4, 5});
}

TEST_CASE("null optional values are empty") {
    const Workspace w = read_ok(minimal_with(
        R"("accounts": [{"id": "a", "network": "x", "opened_on": null, "handle": null}],
           "posts": [{"id": "p", "status": "draft", "published_at": null, "tags": null}])"));
    CHECK_FALSE(w.accounts[0].opened_on.has_value());
    CHECK(w.accounts[0].handle.empty());
    CHECK_FALSE(w.posts[0].published_at.has_value());
}

TEST_CASE("an empty array replaces a default list instead of extending it") {
    const Workspace w = read_ok(minimal_with(R"("charter": {"business_hours": {"weekdays": [6, 7]}})"));
    CHECK(w.charter.business_hours.weekdays == std::vector<int>{6, 7});
}

TEST_CASE("escapes in the text decode to the same strings") {
    const Workspace w = read_ok(
        R"({"format": "parvis-workspace", "schema_version": 2, "id": "w",
            "profile": {"name": "caf\u00e9 \ud83c\udf89 \"q\" \\ \n"}})");
    CHECK(w.profile.name == "café 🎉 \"q\" \\ \n");
}

TEST_CASE("a byte order mark is accepted") {
    CHECK(read_workspace("\xEF\xBB\xBF" + std::string(kMinimal)).ok());
}

TEST_CASE("time formats are strict") {
    const char* bad_instants[] = {"2026-11-29T10:00:00+01:00", "2026-11-29 09:00:00Z", "2026-11-29T09:00Z",
                                  "2026-02-30T09:00:00Z", "2026-11-29T24:00:00Z", "2026-12-31T23:59:60Z",
                                  "2026-11-29T09:00:00z", "", "29/11/2026"};
    for (const char* s : bad_instants) {
        CAPTURE(s);
        const std::string text =
            minimal_with(std::string(R"("audit": [{"at": ")") + s + R"(", "action": "x"}])");
        const auto r = read_workspace(text);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::invalid_value);
        CHECK(r.error().pointer == "/audit/0/at");
        CHECK(text_at(text, r.error().line, r.error().column).substr(0, 1) == "\"");
    }
    const char* bad_days[] = {"2026-11-31", "2026-13-01", "26-11-29", "2026-1-29", "2026/11/29"};
    for (const char* s : bad_days) {
        CAPTURE(s);
        const auto r = read_workspace(
            minimal_with(std::string(R"("accounts": [{"id": "a", "network": "x", "opened_on": ")") + s + "\"}]"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::invalid_value);
        CHECK(r.error().pointer == "/accounts/0/opened_on");
    }
    const char* bad_times[] = {"8:30", "24:00", "08:60", "08h30", "08:30:00"};
    for (const char* s : bad_times) {
        CAPTURE(s);
        const auto r = read_workspace(
            minimal_with(std::string(R"("charter": {"business_hours": {"opens": ")") + s + "\"}}"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::invalid_value);
        CHECK(r.error().pointer == "/charter/business_hours/opens");
    }
    // The extremes that are valid.
    const Workspace w = read_ok(minimal_with(
        R"("audit": [{"at": "2024-02-29T23:59:59Z", "action": "x"}], "charter": {"business_hours": {"opens": "00:00", "closes": "23:59"}})"));
    CHECK(w.audit[0].at == date::sys_days{date::year{2024} / 2 / 29} + std::chrono::seconds{86399});
    CHECK(w.charter.business_hours.closes.minutes == 23 * 60 + 59);
}

TEST_CASE("numbers: integers stay integers, ranges are checked, doubles are exact") {
    auto code_of = [](const std::string& members) {
        const auto r = read_workspace(minimal_with(members));
        return r ? ErrorCode::ok : r.error().code;
    };
    CHECK(code_of(R"("charter": {"max_hashtags": 2.5})") == ErrorCode::wrong_type);
    CHECK(code_of(R"("charter": {"max_hashtags": 10000000000})") == ErrorCode::invalid_value);
    CHECK(code_of(R"("metrics": {"snapshots": [{"account_id": "a", "day": "2026-01-01", "reach": 18446744073709551615}]})") ==
          ErrorCode::invalid_value);
    CHECK(code_of(R"("charter": {"humour": 1})") == ErrorCode::wrong_type);
    CHECK(code_of(R"("charter": {"business_hours": {"response_time_hours": 3}})") == ErrorCode::ok);
    const Workspace w = read_ok(minimal_with(R"("charter": {"message_types": [{"id": "t", "name": "T", "target_share": 0.1}]})"));
    CHECK(w.charter.message_types[0].target_share == 0.1);
}

TEST_CASE("required fields: missing_field with the pointer of the field and the object's position") {
    struct Case {
        const char* members;
        const char* pointer;
    };
    const Case cases[] = {
        {R"("posts": [{"title": "sans id", "status": "draft"}])", "/posts/0/id"},
        {R"("posts": [{"id": "p", "title": "sans statut"}])", "/posts/0/status"},
        {R"("accounts": [{"id": "a"}])", "/accounts/0/network"},
        {R"("messages": [{"id": "m", "account_id": "a"}])", "/messages/0/received_at"},
        {R"("metrics": {"snapshots": [{"account_id": "a"}]})", "/metrics/snapshots/0/day"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.members);
        const std::string text = minimal_with(c.members);
        const auto r = read_workspace(text);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::missing_field);
        CHECK(r.error().pointer == c.pointer);
        // Shown at the object that lacks the field.
        CHECK(text_at(text, r.error().line, r.error().column).substr(0, 1) == "{");
    }
    CHECK(read_workspace(R"({"format": "parvis-workspace", "schema_version": 2, "profile": {"name": "X"}})").error().code ==
          ErrorCode::missing_field);
    CHECK(read_workspace(R"({"format": "parvis-workspace", "schema_version": 2, "id": "w"})").error().pointer ==
          "/profile");
}

}  // TEST_SUITE

#include "demo/demo_workspace.h"
#include "io/time_text.h"

TEST_SUITE("json_io") {

TEST_CASE("the demo workspace is valid and round-trips, for several days") {
    for (const Day today : {Day{date::year{2026} / 11 / 29}, Day{date::year{2027} / 2 / 28}, Day{date::year{2024} / 2 / 29}}) {
        CAPTURE(parvis::io::format_day(today));
        const Workspace demo = demo_workspace(today);
        const Error invariants = check_invariants(demo);
        INFO(error_message(invariants));
        CHECK_FALSE(invariants);
        const std::string text = write_workspace(demo);
        const auto back = read_workspace(text);
        INFO((back ? std::string() : error_message(back.error())));
        REQUIRE(back.ok());
        CHECK(*back == demo);
        CHECK(write_workspace(*back) == text);
    }
}

TEST_CASE("the demo, cut anywhere, fails cleanly") {
    const std::string text = write_workspace(demo_workspace(Day{date::year{2026} / 11 / 29}));
    for (std::size_t cut = 0; cut + 1 < text.size(); cut += 1 + cut / 50) {
        CAPTURE(cut);
        const auto r = read_workspace(std::string_view(text.data(), cut));
        REQUIRE_FALSE(r.ok());
        CHECK((r.error().code == ErrorCode::json_syntax || r.error().code == ErrorCode::invalid_utf8));
        CHECK(r.error().line >= 1);
    }
}

}  // TEST_SUITE

#include <filesystem>
#include <regex>

TEST_SUITE("json_io") {

// The web build may have exceptions disabled: a throw there aborts the module. The core's I/O
// must report errors as values, so its sources must not rely on catching anything.
TEST_CASE("core/io has no try or catch") {
    const std::filesystem::path io_dir = std::filesystem::path(PARVIS_FIXTURES_DIR) / ".." / ".." / "core" / "io";
    REQUIRE(std::filesystem::is_directory(io_dir));
    static const std::regex try_or_catch(R"((^|[^A-Za-z_/])(try\s*\{|catch\s*\())");
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(io_dir)) {
        CAPTURE(entry.path().string());
        const std::string source = parvis::testing::load_file(entry.path().string());
        CHECK_FALSE(std::regex_search(source, try_or_catch));
        ++files;
    }
    CHECK(files >= 10);
}

}  // TEST_SUITE
