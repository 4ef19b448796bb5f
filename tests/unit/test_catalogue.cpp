// The translation catalogue and the error messages built from it.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <map>
#include <regex>
#include <set>
#include <string>

#include "error.h"
#include "i18n/catalogue.h"
#include "test_support.h"

namespace parvis::detail {
const std::vector<std::pair<std::string_view, std::string_view>>& catalogue_sources();
}

using namespace parvis;
using parvis::testing::has_leftover_placeholder;

namespace {

constexpr int kLastCode = static_cast<int>(ErrorCode::usage);

std::set<std::string> placeholders(const std::string& text) {
    static const std::regex placeholder(R"(\{([a-z_]+)\})");
    std::set<std::string> names;
    for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it) {
        names.insert((*it)[1]);
    }
    return names;
}

// Every argument an error producer may give, with plausible values.
const Args kAllArgs = {
    {"found", "publié"},  {"accepted", "idea, draft"}, {"id", "p1"},          {"collection", "posts"},
    {"expected_type", "string"}, {"found_type", "array"}, {"size_mib", "201"}, {"max_mib", "64"},
    {"byte", "0xE9"},     {"token", "x"},              {"max", "64"},         {"path", "a.json"},
    {"supported", "2"},   {"oldest", "1"},             {"opens", "09:00"},    {"closes", "08:00"},
    {"starts", "2026-12-01"}, {"ends", "2026-11-01"},
};

}  // namespace

TEST_SUITE("catalogue") {

TEST_CASE("every catalogue file parses, every entry has French and English, no key twice") {
    std::map<std::string, std::string> owner;  // key → file
    REQUIRE_FALSE(detail::catalogue_sources().empty());
    for (const auto& [file, content] : detail::catalogue_sources()) {
        const std::string file_name(file);  // clang 14 cannot capture a structured binding
        CAPTURE(file_name);
        const auto doc = nlohmann::json::parse(content, nullptr, false);
        REQUIRE_MESSAGE(doc.is_object(), "assets/i18n/", file_name, " is not a JSON object");
        for (const auto& [key, texts] : doc.items()) {
            const std::string key_name = key;
            CAPTURE(key_name);
            const auto inserted = owner.emplace(key, file_name);
            CHECK_MESSAGE(inserted.second, "key defined in both ", inserted.first->second, " and ", file_name);
            REQUIRE(texts.is_object());
            for (const char* lang : {"fr", "en"}) {
                CAPTURE(lang);
                REQUIRE(texts.contains(lang));
                REQUIRE(texts[lang].is_string());
                CHECK_FALSE(texts[lang].get<std::string>().empty());
            }
        }
    }
    CHECK(catalogue_keys().size() == owner.size());
}

TEST_CASE("every error code has a name and a message in French and English") {
    std::set<std::string> names;
    for (int c = 0; c <= kLastCode; ++c) {
        const auto code = static_cast<ErrorCode>(c);
        const std::string name = error_code_name(code);
        CAPTURE(name);
        CHECK(name != "unknown");
        CHECK(names.insert(name).second);
        CHECK(catalogue_has("error." + name, Lang::fr));
        CHECK(catalogue_has("error." + name, Lang::en));
    }
}

TEST_CASE("French and English texts of a key use the same placeholders") {
    for (const std::string& key : catalogue_keys()) {
        CAPTURE(key);
        CHECK(placeholders(tr(key, Lang::fr)) == placeholders(tr(key, Lang::en)));
    }
}

TEST_CASE("no error message keeps a placeholder, for every code and every situation") {
    for (int c = 0; c <= kLastCode; ++c) {
        const auto code = static_cast<ErrorCode>(c);
        const std::string base = std::string("error.") + error_code_name(code);
        std::vector<std::string> reasons = {""};
        for (const std::string& key : catalogue_keys()) {
            if (key.rfind(base + ".", 0) == 0) reasons.push_back(key.substr(base.size() + 1));
        }
        for (const std::string& reason : reasons) {
            Error e;
            e.code = code;
            e.detail = "détail";
            e.pointer = "/posts/3/status";
            e.line = 12;
            e.column = 5;
            e.args = kAllArgs;
            if (!reason.empty()) e.args.emplace_back("reason", reason);
            for (Lang lang : {Lang::fr, Lang::en}) {
                const std::string message = error_message(e, lang);
                CAPTURE(message);
                CHECK_FALSE(has_leftover_placeholder(message));
                CHECK_FALSE(std::regex_search(message, std::regex(R"(error\.[a-z])")));
            }
        }
    }
}

TEST_CASE("error_message puts the position first") {
    Error e;
    e.code = ErrorCode::missing_field;
    e.detail = "status";
    e.pointer = "/posts/3/status";
    e.line = 12;
    e.column = 5;
    CHECK(error_message(e).rfind("Ligne 12, colonne 5 (/posts/3/status)\u00a0: Le champ obligatoire", 0) == 0);
    CHECK(error_message(e, Lang::en).rfind("Line 12, column 5 (/posts/3/status): The required field", 0) == 0);
    CHECK(error_description(e).rfind("Le champ obligatoire «\u00a0status\u00a0»", 0) == 0);
    e.line = 0;
    CHECK(error_message(e).rfind("/posts/3/status\u00a0: ", 0) == 0);
    e.pointer.clear();
    CHECK(error_message(e) == error_description(e));
}

TEST_CASE("a situation has its own sentence, and the general one is the fallback") {
    Error e;
    e.code = ErrorCode::invalid_value;
    e.detail = "insee";
    e.args = {{"reason", "insee"}, {"found", "2C004"}};
    CHECK(error_description(e).find("INSEE") != std::string::npos);
    e.args = {{"reason", "no_such_reason"}};
    CHECK(error_description(e) == tr("error.invalid_value", Lang::fr, {{"detail", "insee"}}));
}

TEST_CASE("tr: placeholders, missing keys, stable C strings") {
    CHECK(tr("no.such.key") == "no.such.key");
    CHECK(tr("error.json_too_deep", Lang::fr, {{"max", "64"}}).find("plus de 64 niveaux") != std::string::npos);
    // A value is inserted as it is, never expanded again.
    CHECK(tr("error.missing_field", Lang::en, {{"detail", "{detail}"}}).find("“{detail}”") != std::string::npos);
    // An unknown placeholder stays visible.
    CHECK(tr("error.json_too_deep", Lang::en).find("{max}") != std::string::npos);
    const char* a = tr_c("error.ok", Lang::fr);
    CHECK(std::string(a) == "Aucune erreur.");
    CHECK(tr_c("error.ok", Lang::fr) == a);
    const char* missing = tr_c("no.such.key", Lang::en);
    CHECK(std::string(missing) == "no.such.key");
    CHECK(tr_c("no.such.key", Lang::en) == missing);
    CHECK(lang_from_code("en") == Lang::en);
    CHECK(lang_from_code("fr") == Lang::fr);
    CHECK(lang_from_code("de") == Lang::fr);
    CHECK(std::string(lang_code(Lang::en)) == "en");
}

TEST_CASE("French texts of errors and CLI use French typography") {
    static const std::regex ascii_apostrophe(R"([A-Za-z]'[A-Za-z])");
    static const std::regex space_before_colon(" [:;!?]");
    for (const std::string& key : catalogue_keys()) {
        if (key.rfind("error.", 0) != 0 && key.rfind("cli.", 0) != 0 && key.rfind("check.", 0) != 0 &&
            key.rfind("setup.", 0) != 0 && key.rfind("inbox.", 0) != 0)
            continue;
        if (key == "cli.diagnostic") continue;  // the compilers' form, parsed by tools
        CAPTURE(key);
        const std::string fr = tr(key, Lang::fr);
        CHECK_FALSE(std::regex_search(fr, ascii_apostrophe));
        CHECK_FALSE(std::regex_search(fr, space_before_colon));  // must be a no-break space
        CHECK(fr.find("« ") == std::string::npos);
        CHECK(fr.find(" »") == std::string::npos);
    }
}

}  // TEST_SUITE
