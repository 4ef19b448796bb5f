// Bad input: every kind is refused with its code and a plausible position, quickly, without
// crashing, and the workspace the app already has open stays exactly as it was.
#include <doctest/doctest.h>

#include <chrono>
#include <regex>
#include <string>

#include "io/json_types.h"
#include "io/workspace_json.h"
#include "test_support.h"
#include "workspace_gen.h"

using namespace parvis;
using parvis::testing::fixture;
using parvis::testing::generate_workspace;
using parvis::testing::has_leftover_placeholder;
using parvis::testing::text_at;

namespace {

// What the app does: keep the open workspace, try to load a text, replace only on success.
struct App {
    Workspace open = generate_workspace(77);
    Error load(std::string_view text, const ReadOptions& options = {}) {
        auto r = read_workspace(text, options);
        if (!r) return r.error();
        open = std::move(*r);
        return {};
    }
};

// Loads `text`, expects `code` with a position inside the text and a complete message in both
// languages, and checks the open workspace did not change.
Error expect_refused(std::string_view text, ErrorCode code, const ReadOptions& options = {}) {
    App app;
    const Workspace before = app.open;
    const Error e = app.load(text, options);
    CHECK(e.code == code);
    CHECK(app.open == before);
    for (Lang lang : {Lang::fr, Lang::en}) {
        const std::string message = error_message(e, lang);
        CHECK_FALSE(has_leftover_placeholder(message));
        CHECK_FALSE(std::regex_search(message, std::regex(R"(error\.[a-z])")));  // a key, not a sentence
    }
    return e;
}

ErrorCode code_of(std::string_view text) {
    const auto r = read_workspace(text);
    return r ? ErrorCode::ok : r.error().code;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_SUITE("bad_input") {

TEST_CASE("the bad-input fixtures give their code at their exact place") {
    struct Case {
        const char* file;
        ErrorCode code;
        int line, column;
        const char* pointer;
    };
    const Case cases[] = {
        {"bad/truncated.json", ErrorCode::json_syntax, 31, 46, ""},
        {"bad/wrong-type.json", ErrorCode::wrong_type, 8, 19, "/profile/population"},
        {"bad/invalid-utf8.json", ErrorCode::invalid_utf8, 6, 25, ""},
        {"bad/deep-nesting.json", ErrorCode::json_too_deep, 6, 79, ""},
        {"bad/duplicate-id.json", ErrorCode::duplicate_id, 12, 12, "/posts/1/id"},
        {"bad/dangling-ref.json", ErrorCode::dangling_reference, 14, 22, "/posts/0/campaign_id"},
        {"bad/schema-too-new.json", ErrorCode::schema_too_new, 3, 21, "/schema_version"},
        {"bad/not-a-workspace.json", ErrorCode::not_a_workspace, 1, 1, ""},
        {"bad/unknown-enum.json", ErrorCode::invalid_value, 8, 57, "/posts/1/status"},
        // Hostile files (issue 14): a year outside 1900–2200, a NUL in a title.
        {"bad/year-9999.json", ErrorCode::invalid_value, 55, 23, "/posts/0/scheduled_at"},
        {"bad/control-character.json", ErrorCode::invalid_value, 64, 16, "/posts/1/title"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.file);
        const std::string text = fixture(c.file);
        REQUIRE_FALSE(text.empty());
        const Error e = expect_refused(text, c.code);
        CHECK(e.line == c.line);
        CHECK(e.column == c.column);
        CHECK(e.pointer == c.pointer);
    }
}

TEST_CASE("a file cut anywhere fails cleanly") {
    const std::string text = write_workspace(generate_workspace(5));
    // The last byte is the final newline: without it the text is still complete.
    const std::size_t complete = text.size() - 1;
    std::size_t checked = 0;
    for (std::size_t cut = 0; cut < complete; cut += (cut < 300 || cut + 300 > complete) ? 1 : 37) {
        CAPTURE(cut);
        const std::string_view prefix(text.data(), cut);
        const auto r = read_workspace(prefix);
        REQUIRE_FALSE(r.ok());
        // A cut inside a multi-byte character leaves broken UTF-8; anywhere else, broken JSON.
        CHECK((r.error().code == ErrorCode::json_syntax || r.error().code == ErrorCode::invalid_utf8));
        CHECK(r.error().line >= 1);
        ++checked;
    }
    CHECK(checked > 700);
    CHECK(code_of(std::string_view(text.data(), complete)) == ErrorCode::ok);
}

TEST_CASE("empty and blank texts are syntax errors") {
    CHECK(expect_refused("", ErrorCode::json_syntax).line == 1);
    CHECK(expect_refused(" \n\t ", ErrorCode::json_syntax).line == 2);
    CHECK(expect_refused("{\"format\": \"parvis-workspace\",}", ErrorCode::json_syntax).column == 31);
}

TEST_CASE("wrong types are reported at the value, with the pointer") {
    const std::string base = write_workspace(generate_workspace(11));
    struct Case {
        const char* pointer;
        io::Json value;
    };
    const Case cases[] = {
        {"/profile/population", "many"},
        {"/profile/name", 12},
        {"/accounts", io::Json::object()},
        {"/accounts/1/active", "yes"},
        {"/posts/0/variants", "text"},
        {"/posts/0/tags/0", false},
        {"/charter/business_hours/weekdays/0", 1.5},
        {"/charter/message_types/0/target_share", "50 %"},
        {"/profile", io::Json::array()},
        {"/posts/0/status", nullptr},
    };
    for (const Case& c : cases) {
        CAPTURE(c.pointer);
        io::Json doc = io::Json::parse(base);
        doc[io::Json::json_pointer(c.pointer)] = c.value;
        const std::string text = doc.dump(2);
        const Error e = expect_refused(text, ErrorCode::wrong_type);
        CHECK(e.pointer == c.pointer);
        // The reported position is where the offending value is written.
        CHECK(text_at(text, e.line, e.column).substr(0, 1) == c.value.dump().substr(0, 1));
    }
}

TEST_CASE("an unknown enum name is refused and the accepted names are listed") {
    const Error e = expect_refused(fixture("bad/unknown-enum.json"), ErrorCode::invalid_value);
    const std::string message = error_message(e);
    CHECK(message.find("«\u00a0publié\u00a0»") != std::string::npos);
    CHECK(message.find("to_validate") != std::string::npos);
    // Case and spelling are strict.
    CHECK(code_of(R"({"format": "parvis-workspace", "schema_version": 2, "id": "w", "profile": {"name": "X", "kind": "Commune"}})") ==
          ErrorCode::invalid_value);
    CHECK(code_of(R"({"format": "parvis-workspace", "schema_version": 2, "id": "w", "profile": {"name": "X", "kind": "epci"}})") ==
          ErrorCode::ok);
}

TEST_CASE("invalid UTF-8 of every kind is refused at the first bad byte") {
    struct Case {
        const char* name;
        std::string bytes;
    };
    const Case cases[] = {
        {"lone continuation byte", "\x80"},
        {"Latin-1 é", "\xE9t\xE9"},
        {"overlong slash (C0 AF)", "\xC0\xAF"},
        {"overlong 3 bytes (E0 80 AF)", "\xE0\x80\xAF"},
        {"overlong 4 bytes (F0 80 80 AF)", "\xF0\x80\x80\xAF"},
        {"surrogate U+D800", "\xED\xA0\x80"},
        {"surrogate U+DFFF", "\xED\xBF\xBF"},
        {"above U+10FFFF", "\xF4\x90\x80\x80"},
        {"F5 lead byte", "\xF5\x80\x80\x80"},
        {"FF byte", "\xFF"},
        {"sequence cut by ASCII", "\xE2\x82z"},
        {"sequence cut by the closing quote", "\xC3"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        const std::string text = "{\n  \"format\": \"parvis-workspace\",\n  \"id\": \"aé" + c.bytes + "\"\n}";
        const Error e = expect_refused(text, ErrorCode::invalid_utf8);
        CHECK(e.line == 3);
        CHECK(e.column == 12);  // «   "id": "aé » is 11 characters
    }
    // The extremes of the valid range are accepted.
    for (const char* ok : {"\xF4\x8F\xBF\xBF", "\xED\x9F\xBF", "\xEE\x80\x80", "\xEF\xBF\xBF", "\xF0\x90\x80\x80"}) {
        CAPTURE(ok);
        CHECK(code_of(std::string(R"({"format": "parvis-workspace", "schema_version": 2, "id": ")") + ok +
                      R"(", "profile": {"name": "X"}})") == ErrorCode::ok);
    }
}

TEST_CASE("a 200 MB input is refused before parsing, and survives a raised limit") {
    const std::string head = R"({"format": "parvis-workspace", "schema_version": 2, "id": "w", "profile": {"name": "X", "territory": ")";
    std::string text = head;
    text.append(std::size_t{200} * 1024 * 1024, 'a');
    text += "\"}}";

    auto start = std::chrono::steady_clock::now();
    const Error e = expect_refused(text, ErrorCode::file_too_large);
    CHECK(seconds_since(start) < 5.0);
    CHECK(e.line == 0);
    CHECK(error_message(e).find("201 Mio") != std::string::npos);
    CHECK(error_message(e).find("64 Mio") != std::string::npos);

    const ReadOptions raised{.max_bytes = std::size_t{256} * 1024 * 1024};
    // A huge broken file with the limit raised: the pre-scans go through all 200 MB and the
    // error is found where it is.
    const std::size_t comma = head.find("\"w\",") + 3;
    text[comma] = ' ';  // "id": "w" "profile": a syntax error before the huge string
    const Error syntax = expect_refused(text, ErrorCode::json_syntax, raised);
    CHECK(syntax.line == 1);
    CHECK(syntax.column > static_cast<int>(comma));
    CHECK(syntax.column <= static_cast<int>(comma) + 12);  // at the "profile" that follows
    text[comma] = ',';
    text[text.size() - 200] = '\xFF';
    const Error utf8 = expect_refused(text, ErrorCode::invalid_utf8, raised);
    CHECK(utf8.column == static_cast<int>(text.size()) - 199);
    text[text.size() - 200] = 'a';

    // With the limit raised a valid huge file goes through every stage and loads. nlohmann's
    // lexer reads about 30 MB/s, far slower under the sanitizers: there the value is cut to
    // 20 MB so that the suite stays fast, the path taken being the same.
#if defined(__SANITIZE_ADDRESS__)
    text.erase(head.size(), std::size_t{180} * 1024 * 1024);
#endif
    start = std::chrono::steady_clock::now();
    const auto r = read_workspace(text, raised);
    REQUIRE(r.ok());
    CHECK(r->profile.territory.size() == text.size() - head.size() - 3);
    MESSAGE((text.size() / (1024 * 1024)) << " MiB read with a raised limit in " << seconds_since(start) << " s");
}

TEST_CASE("100,000 levels of nesting are refused fast, without recursion") {
    const std::string arrays(100000, '[');
    auto start = std::chrono::steady_clock::now();
    const Error e = expect_refused(arrays, ErrorCode::json_too_deep);
    CHECK(e.line == 1);
    CHECK(e.column == 65);  // the first bracket beyond 64 levels
    std::string objects;
    for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
    expect_refused(objects, ErrorCode::json_too_deep);
    CHECK(seconds_since(start) < 2.0);

    // Brackets inside strings are text, not nesting.
    CHECK(code_of(std::string(R"({"format": "parvis-workspace", "schema_version": 2, "id": ")") + std::string(1000, '[') +
                  R"(", "profile": {"name": "\"[{"}})") == ErrorCode::ok);

    // With the limit lifted, the parser (which has its own stack) still copes: the deep arrays
    // are then refused as not being a workspace, after a complete parse.
    std::string balanced = arrays + std::string(100000, ']');
    expect_refused(balanced, ErrorCode::not_a_workspace, {.max_depth = 200000});
}

TEST_CASE("schema versions out of range") {
    auto with_version = [](const std::string& version) {
        return R"({"format": "parvis-workspace", "schema_version": )" + version + R"(, "id": "w", "profile": {"name": "X"}})";
    };
    const Error newer = expect_refused(with_version("4"), ErrorCode::schema_too_new);
    CHECK(error_message(newer).find("Mettez Parvis à jour") != std::string::npos);
    CHECK(error_message(newer).find("n’a pas été modifié") != std::string::npos);
    CHECK(error_message(newer, Lang::en).find("not modified") != std::string::npos);
    // Beyond 64 bits the parser makes it a floating-point number, which a version never is.
    expect_refused(with_version("99999999999999999999"), ErrorCode::wrong_type);
    expect_refused(with_version("18446744073709551615"), ErrorCode::schema_too_new);
    expect_refused(with_version("0"), ErrorCode::schema_too_old);
    expect_refused(with_version("-1"), ErrorCode::schema_too_old);
    expect_refused(with_version("\"2\""), ErrorCode::wrong_type);
    expect_refused(with_version("2.0"), ErrorCode::wrong_type);
    expect_refused(R"({"format": "parvis-workspace", "id": "w"})", ErrorCode::missing_field);
}

TEST_CASE("valid JSON that is not a workspace") {
    for (const char* text : {"[]", "{}", "\"x\"", "42", "null", "true", R"({"format": "other"})",
                             R"({"format": 2, "schema_version": 2})", R"({"schema_version": 2})"}) {
        CAPTURE(text);
        const Error e = expect_refused(text, ErrorCode::not_a_workspace);
        CHECK(e.line == 1);
    }
}

}  // TEST_SUITE
