// CamelCase suggestions for lower-case hashtags (core/check/hashtag_split.h) and spelling in
// check_text: the logic on a tiny dictionary written here (runs everywhere), then Debian's
// hunspell-fr (PARVIS_SPELL_AFF/DIC), whose tests skip with a message when it is absent.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "check/check.h"
#include "check/hashtag_split.h"
#include "check_support.h"
#include "spell/dictionary.h"

using namespace parvis;
using namespace parvis::check;
using parvis::testing::dump;
using parvis::testing::of_rule;

namespace {

// Words for the splitter, with decoys: « con » and « seil » must lose to « conseil », and
// « bain » + a lone « s » to « bains ».
spell::Dictionary tiny() {
    Result<spell::Dictionary> d = spell::Dictionary::from_memory(
        "SET UTF-8\nTRY esiarntolcdugmphbyfvkw\n",
        "14\nconseil\ncon\nseil\nmunicipal\nfête\nde\nla\nmusique\nles\nbains\nbain\nsaint\nexemple\nnoël\n");
    REQUIRE(d.ok());
    return std::move(d.value());
}

const spell::Dictionary* french() {
    static const Result<spell::Dictionary> loaded = spell::Dictionary::load(PARVIS_SPELL_AFF, PARVIS_SPELL_DIC);
    return loaded.ok() ? &loaded.value() : nullptr;
}

#define REQUIRE_FRENCH_DICTIONARY(d)                                                              \
    const spell::Dictionary* d = french();                                                        \
    if (!d) {                                                                                     \
        MESSAGE("Dictionnaire français absent (" PARVIS_SPELL_AFF ") : installez hunspell-fr ; test sauté"); \
        return;                                                                                   \
    }

std::string repeat(std::string_view word, int times) {
    std::string s;
    for (int i = 0; i < times; ++i) s += word;
    return s;
}

}  // namespace

TEST_SUITE("hashtag split") {

TEST_CASE("hashtag split: known words, the fewest winning, accents and digits kept") {
    const spell::Dictionary d = tiny();
    CHECK(camel_case_split("#conseilmunicipal", d) == "#ConseilMunicipal");
    CHECK(camel_case_split("#fêtedelamusique", d) == "#FêteDeLaMusique");
    CHECK(camel_case_split("#lesbains", d) == "#LesBains");
    CHECK(camel_case_split("#noëlàsaintexemple", d) == "#NoëlÀSaintExemple");  // « à »: a one-letter word
    CHECK(camel_case_split("#conseilmunicipal2027", d) == "#ConseilMunicipal2027");
    CHECK(camel_case_split("#2027_conseilmunicipal", d) == "#2027_ConseilMunicipal");
}

TEST_CASE("hashtag split: nothing when a part is unknown, the tag has capitals or other characters") {
    const spell::Dictionary d = tiny();
    CHECK(camel_case_split("#conseilmunicipaux", d).empty());  // « municipaux » is not in the tiny list
    CHECK(camel_case_split("#conseilsmunicipal", d).empty());  // nor « conseils », and « s » is no word
    CHECK(camel_case_split("#ConseilMunicipal", d).empty());
    CHECK(camel_case_split("#conseil-municipal", d).empty());
    CHECK(camel_case_split("#2027", d).empty());
    CHECK(camel_case_split("conseilmunicipal", d).empty());  // not a hashtag
    CHECK(camel_case_split("#", d).empty());
    CHECK(camel_case_split("#conseil\xFFmunicipal", d).empty());  // an invalid byte
}

TEST_CASE("hashtag split: bounded, a tag of more than kMaxSplitLetters letters is left alone") {
    const spell::Dictionary d = tiny();
    static_assert(kMaxSplitLetters == 40);
    CHECK(camel_case_split("#" + repeat("conseil", 5), d) == "#" + repeat("Conseil", 5));  // 35 letters
    CHECK(camel_case_split("#" + repeat("conseil", 6), d).empty());                           // 42 letters
    // The worst case, 40 letters that never cut, stays well under a millisecond per look-up.
    const auto start = std::chrono::steady_clock::now();
    CHECK(camel_case_split("#" + repeat("q", 40), d).empty());
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(500));
}

TEST_CASE("check_text: the CamelCase finding carries the split as a safe fix with the dictionary, none without") {
    const spell::Dictionary d = tiny();
    const std::string text = "#conseilmunicipal";
    const CheckResult with = check_text(text, {.dictionary = &d});
    const auto f = of_rule(with, "hashtag_camel_case");
    REQUIRE_MESSAGE(f.size() == 1, dump(with, text));
    CHECK(f[0].suggestions == std::vector<std::string>{"#ConseilMunicipal"});
    CHECK(f[0].fix_is_safe);
    CHECK(f[0].message.find("#ConseilMunicipal") != std::string::npos);
    CHECK(apply_fix(text, f[0]) == "#ConseilMunicipal");
    const auto en = of_rule(check_text(text, {.lang = Lang::en, .dictionary = &d}), "hashtag_camel_case");
    REQUIRE(en.size() == 1);
    CHECK(en[0].message.find("capitalise") != std::string::npos);

    const auto without = of_rule(check_text(text), "hashtag_camel_case");
    REQUIRE(without.size() == 1);
    CHECK(without[0].suggestions.empty());
    CHECK_FALSE(without[0].fix_is_safe);
    // A tag the dictionary cannot cut: the finding as before, without a suggestion.
    const auto unknown = of_rule(check_text("#conseilmunicipaux", {.dictionary = &d}), "hashtag_camel_case");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].suggestions.empty());
}

TEST_CASE("hashtag split with hunspell-fr: « #conseilmunicipal » → « #ConseilMunicipal »") {
    REQUIRE_FRENCH_DICTIONARY(d);
    CHECK(camel_case_split("#conseilmunicipal", *d) == "#ConseilMunicipal");
    CHECK(camel_case_split("#fêtedelamusique", *d) == "#FêteDeLaMusique");
    CHECK(camel_case_split("#journéesdupatrimoine", *d) == "#JournéesDuPatrimoine");
    CHECK(camel_case_split("#qsdfghjklmqsdf", *d).empty());
    const std::string text = "Séance publique ce soir à 18\u202Fh. #conseilmunicipal";
    const auto f = of_rule(check_text(text, {.dictionary = d}), "hashtag_camel_case");
    REQUIRE(f.size() == 1);
    CHECK(f[0].suggestions == std::vector<std::string>{"#ConseilMunicipal"});
}

TEST_CASE("check_text with hunspell-fr: « travaus » is a spelling finding with « travaux » suggested") {
    REQUIRE_FRENCH_DICTIONARY(d);
    const std::string text = "Les travaus de la rue des Lilas commencent lundi.";
    const CheckResult r = check_text(text, {.dictionary = d});
    const auto f = of_rule(r, "spelling");
    REQUIRE_MESSAGE(f.size() == 1, dump(r, text));
    CHECK(text.substr(f[0].start, f[0].end - f[0].start) == "travaus");
    CHECK(f[0].category == "orthographe");
    CHECK(std::find(f[0].suggestions.begin(), f[0].suggestions.end(), "travaux") != f[0].suggestions.end());
    CHECK(r.score == 95);  // the spelling warning counts in the score, as every finding does
    // Live checking asks only for suggestions already computed; none flagged without a dictionary.
    const auto cached = of_rule(check_text("Les travaus.", {.dictionary = d, .spelling_suggestions = spell::Suggestions::none}), "spelling");
    REQUIRE(cached.size() == 1);
    CHECK(cached[0].suggestions.empty());
    CHECK(of_rule(check_text(text), "spelling").empty());
    // The workspace's local names are never flagged.
    const std::vector<std::string> local = {"travaus"};
    CHECK(of_rule(check_text(text, {.dictionary = d, .local_words = &local}), "spelling").empty());
}

}  // TEST_SUITE
