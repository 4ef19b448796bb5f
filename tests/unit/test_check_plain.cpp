// Plain French: the lexicon of assets/lexicon/plain_french.json, matched case- and
// accent-insensitively on word boundaries, each a one-click fix that keeps the case of the first
// letter and follows elisions (« afin d’informer » → « pour informer »).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "check/check.h"
#include "check/lexicon.h"
#include "check_support.h"

using namespace parvis;
using namespace parvis::check;
using parvis::testing::of_rule;
using parvis::testing::spans;

TEST_CASE("lexicons: embedded, parsed, at least 200 plain-French entries in 4 categories") {
    const Lexicons& lex = lexicons();
    CHECK(lex.problems.empty());
    CHECK(lex.plain.size() >= 200);
    std::set<std::string> categories;
    for (const auto& e : lex.plain) categories.insert(e.category);
    CHECK(categories == std::set<std::string>{"formule_creuse", "formule_lourde", "jargon_administratif", "pleonasme"});
    CHECK(lex.tone.size() >= 50);
    CHECK(lex.epicene.size() >= 20);
    CHECK(lex.shorteners.size() >= 10);
    // Every category has its label in both languages.
    for (const std::string& c : categories) {
        CHECK(catalogue_has("check.category." + c, Lang::fr));
        CHECK(catalogue_has("check.category." + c, Lang::en));
    }
}

TEST_CASE("plain_french: the examples of the issue, with their one-click fixes") {
    const std::string text = "Afin de vous accueillir dans le cadre de la fête, nous allons procéder à la fermeture de "
                             "la rue. Au niveau de la mairie, rien ne change.";
    const CheckResult r = check_text(text);
    CHECK(spans(text, r, "plain_french") ==
          std::vector<std::string>{"Afin de", "dans le cadre de", "procéder à la fermeture de", "Au niveau de la"});
    const auto f = of_rule(r, "plain_french");
    CHECK(f[0].suggestions == std::vector<std::string>{"Pour"});  // capital kept
    CHECK(f[0].fix_is_safe);
    CHECK(f[0].severity == Severity::warning);
    CHECK(f[0].category == "langage_clair");
    CHECK(f[2].suggestions[0] == "fermer");
    CHECK(apply_fix(text, f[0]).rfind("Pour vous accueillir", 0) == 0);
    CHECK(f[3].suggestions[0] == "À la");
    CHECK_FALSE(f[3].fix_is_safe);  // « au niveau de » needs a look at the sentence
    CHECK(f[0].message.find("«\u00a0Pour\u00a0»") != std::string::npos);
}

TEST_CASE("plain_french: case and accents do not matter, word boundaries do") {
    const std::string text = "AFIN DE tout savoir, préalablement a la réunion : safin de rien. Le pétitionnaire signe.";
    const CheckResult r = check_text(text);
    CHECK(spans(text, r, "plain_french") ==
          std::vector<std::string>{"AFIN DE", "préalablement a", "pétitionnaire"});
}

TEST_CASE("plain_french: elided forms follow the apostrophe typed") {
    const std::string text = "Afin d’informer les familles, dans le cadre d'une visite, en vue d’une fête.";
    const CheckResult r = check_text(text);
    const auto f = of_rule(r, "plain_french");
    REQUIRE(f.size() == 3);
    CHECK(text.substr(f[0].start, f[0].end - f[0].start) == "Afin d’");
    CHECK(f[0].suggestions[0] == "Pour ");
    CHECK(apply_fix(text, f[0]).rfind("Pour informer les familles", 0) == 0);
    CHECK(f[1].suggestions[0] == "lors d'");  // the replacement elides too
    CHECK(text.substr(f[2].start, f[2].end - f[2].start) == "en vue d’une");  // its own entry
}

TEST_CASE("plain_french: pleonasms, empty phrases and jargon, each in its category") {
    const std::string text = "N’hésitez pas à monter en haut de la tour, l’entrée est totalement gratuite pour les "
                             "administrés.";
    const CheckResult r = check_text(text);
    const auto f = of_rule(r, "plain_french");
    REQUIRE(f.size() == 4);
    CHECK(f[0].message.find("formule creuse") != std::string::npos);
    CHECK(f[0].suggestions == std::vector<std::string>{""});  // delete it
    CHECK_FALSE(f[0].fix_is_safe);
    CHECK(f[1].suggestions[0] == "monter");
    CHECK(f[1].message.find("pléonasme") != std::string::npos);
    CHECK(f[2].suggestions[0] == "gratuite");
    CHECK(text.substr(f[3].start, f[3].end - f[3].start) == "les administrés");
    CHECK(f[3].suggestions[0] == "les habitants");
    CHECK(f[3].message.find("jargon administratif") != std::string::npos);
}

TEST_CASE("plain_french: messages in English on request") {
    const CheckResult r = check_text("Afin de venir.", {.lang = Lang::en});
    REQUIRE(of_rule(r, "plain_french").size() == 1);
    CHECK(of_rule(r, "plain_french")[0].message.find("instead") != std::string::npos);
}
