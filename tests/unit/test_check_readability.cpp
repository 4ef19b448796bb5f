// Readability: the French syllable counter, Kandel & Moles and LIX on texts written for the test,
// and the sentence-length findings with their FALC thresholds.
#include <doctest/doctest.h>

#include <string>

#include "check/check.h"
#include "check/readability.h"
#include "check_support.h"

using namespace parvis;
using namespace parvis::check;
using parvis::testing::of_rule;
using parvis::testing::spans;

TEST_CASE("french_syllables: mute e, hiatus, diaeresis, y, qu and gu") {
    CHECK(french_syllables("commune") == 2);      // mute final e
    CHECK(french_syllables("communes") == 2);     // mute -es
    CHECK(french_syllables("le") == 1);           // a lone e is spoken
    CHECK(french_syllables("année") == 2);        // -ée is one vowel group
    CHECK(french_syllables("vidéo") == 3);        // hiatus é-o
    CHECK(french_syllables("aéroport") == 4);     // a-é
    CHECK(french_syllables("poème") == 2);        // o-è, mute e
    CHECK(french_syllables("créée") == 2);        // cré-ée
    CHECK(french_syllables("naïf") == 2);         // diaeresis
    CHECK(french_syllables("Noël") == 2);
    CHECK(french_syllables("quatre") == 1);       // qu, mute e
    CHECK(french_syllables("guerre") == 1);       // gu
    CHECK(french_syllables("aigu") == 2);         // u after g at the end is a vowel
    CHECK(french_syllables("payer") == 2);        // y between vowels
    CHECK(french_syllables("royal") == 2);
    CHECK(french_syllables("yeux") == 1);
    CHECK(french_syllables("peut-être") == 2);    // each part
    CHECK(french_syllables("moment") == 2);       // a noun: -ent spoken
    CHECK(french_syllables("parlent", true) == 1);  // a verb: -ent mute
    CHECK(french_syllables("parlent", false) == 2);
    CHECK(french_syllables("CCAS") == 1);          // no vowel: one unit
    CHECK(french_syllables("") == 0);
}

TEST_CASE("measure_readability: Kandel & Moles and LIX by their formulas") {
    // 2 sentences, 10 words; syllables: Le(1) chat(1) dort(1) Ils(1) parlent(1, verb) de(1)
    // la(1) fête(1) communale(3) demain(2) = 13; long words (> 6 letters): communale, parlent.
    const std::string s = "Le chat dort. Ils parlent de la fête communale demain.";
    const Readability r = measure_readability(s, tokenize(s));
    CHECK(r.words == 10);
    CHECK(r.sentences == 2);
    CHECK(r.syllables == 13);
    CHECK(r.long_words == 2);  // communale, parlent
    CHECK(r.kandel_moles == doctest::Approx(207 - 1.015 * 5 - 73.6 * 1.3));
    CHECK(r.lix == doctest::Approx(5 + 100.0 * 2 / 10));
}

TEST_CASE("sentence_long: over 20 words, or 15 in the FALC profile; runs of long sentences") {
    const std::string sixteen = "Les habitants du quartier pourront découvrir samedi matin le nouveau jardin partagé "
                                "près de la salle des fêtes.";
    const std::string twenty_two = "Le conseil municipal a voté hier soir le budget de la commune pour l’année prochaine "
                                   "avec une hausse des crédits pour les écoles et les routes.";
    const std::string text = sixteen + " " + twenty_two + " " + twenty_two + " Merci.";
    auto r = check_text(text);
    CHECK(spans(text, r, "sentence_long") == std::vector<std::string>{twenty_two, twenty_two});
    auto run = of_rule(r, "sentences_long_run");
    REQUIRE(run.size() == 1);
    CHECK(run[0].start == sixteen.size() + 1);
    CHECK(run[0].end == text.size() - std::string(" Merci.").size());
    CHECK(of_rule(r, "sentence_long")[0].severity == Severity::warning);

    auto falc = check_text(text, {.falc = true});
    CHECK(spans(text, falc, "sentence_long") == std::vector<std::string>{sixteen, twenty_two, twenty_two});
    CHECK(of_rule(falc, "sentences_long_run").size() == 1);
}

TEST_CASE("commas_many: more than 3 commas (2 in FALC)") {
    const std::string text = "Apportez un pique-nique, une gourde, un chapeau, de la crème et un sac.";
    CHECK(of_rule(check_text(text), "commas_many").empty());
    const std::string more = "Apportez un pique-nique, une gourde, un chapeau, de la crème, un sac.";
    CHECK(spans(more, check_text(more), "commas_many") == std::vector<std::string>{more});
    CHECK(of_rule(check_text(text, {.falc = true}), "commas_many").size() == 1);
}

TEST_CASE("readability_low: advisory on a short post, a warning on a longer one") {
    const std::string hard = "L’administration intercommunale réorganise prochainement l’instruction "
                             "réglementaire des autorisations environnementales départementales.";
    auto r = check_text(hard);
    auto f = of_rule(r, "readability_low");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::info);  // fewer than 30 words
    CHECK(f[0].start == 0);
    CHECK(f[0].end == 0);
    CHECK(r.readability.kandel_moles < 50);
    const std::string longer = hard + " " + hard + " " + hard;
    CHECK(of_rule(check_text(longer), "readability_low")[0].severity == Severity::warning);
    const std::string easy = "Le marché a lieu samedi. Venez tôt. Il y a des fruits et du pain.";
    CHECK(of_rule(check_text(easy), "readability_low").empty());
}
