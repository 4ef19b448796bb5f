// The register rule (« tu » or « vous », core/check/rules_register.cpp) on generated texts: posts
// written in one register × the ways a form of the other one slips in (a pronoun, an imperative at
// the start of a sentence or of a clause, a hyphenated form, a negated imperative…) × where it
// slips in; and sentences that look like the other register but are not, which must never be
// flagged (« je viens », a quoted title, a noun at the start of a sentence, an inverted question).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/check.h"
#include "check/lexicon.h"
#include "check_support.h"

using namespace parvis;
using namespace parvis::check;
using parvis::testing::dump;
using parvis::testing::spans;

namespace {

using Strings = std::vector<std::string>;

// A sentence carrying exactly one form of a register: the sentence and the form's text.
struct Slip {
    const char* name;
    std::string sentence;
    std::string form;
};

// Posts written in « vous » (each with at least one form of it, so that one « tu » form is the
// minority), and in « tu ».
const Strings kVousPosts = {
    "La fête du quartier revient samedi. Vous êtes invités dès 14\u202Fh au parc des Tilleuls.",
    "La médiathèque vous accueille pendant les vacances. Les ateliers sont gratuits.",
    "Inscrivez-vous avant vendredi. Le nombre de places est limité.",
};
const Strings kTuPosts = {
    "La fête du quartier revient samedi. Tu es invité dès 14\u202Fh au parc des Tilleuls.",
    "La médiathèque t’accueille pendant les vacances. Les ateliers sont gratuits.",
    "Inscris-toi avant vendredi. Le nombre de places est limité.",
};

// The ways a « tu » form slips into a « vous » post.
const std::vector<Slip> kTuSlips = {
    {"imperative at the start of a sentence", "Viens avec la famille\u202F!", "Viens"},
    {"imperative after an emoji bullet", "📍 Rejoins le parc à pied.", "Rejoins"},
    {"imperative after a comma", "Pour le programme, découvre le site de la mairie.", "découvre"},
    {"imperative after a colon", "Un conseil\u00A0: apporte un pique-nique.", "apporte"},
    {"imperative in capitals", "PRENDS UN PARAPLUIE.", "PRENDS"},
    {"imperative with its object", "Rejoins-nous au marché.", "Rejoins-nous"},
    {"hyphenated -toi", "Pour venir, rends-toi au parc.", "rends-toi"},
    {"inverted question with tu", "Peux-tu venir samedi\u202F?", "Peux-tu"},
    {"negated imperative, listed", "N’hésite pas à venir.", "hésite"},
    {"negated imperative, by rule", "Ne rate pas le feu d’artifice.", "rate"},
    {"negated imperative with an object", "Ne le manque pas.", "manque"},
    {"pronoun", "Nous t’attendons au parc.", "t’"},
    {"possessive", "Amène la famille et ton chien.", "ton"},
};

// The ways a « vous » form slips into a « tu » post.
const std::vector<Slip> kVousSlips = {
    {"imperative", "Venez nombreux\u202F!", "Venez"},
    {"hyphenated", "Abonnez-vous à la lettre.", "Abonnez-vous"},
    {"negated imperative, by rule", "Ne jetez rien dans le parc.", "jetez"},
    {"possessive", "Merci pour votre aide.", "votre"},
};

// Sentences with no form of « tu »: each must leave a « vous » post as it is.
const Strings kNotTu = {
    "Je viens, prends le bus et repars à pied.",         // first person: « je » earlier
    "Le spectacle «\u00A0Viens voir\u00A0» commence à 18\u202Fh.",  // a quoted title
    "«\u00A0Viens danser\u00A0» est complet.",            // quoted at the start of the sentence
    "Le groupe Viens Danser joue ce soir.",               // a name inside the sentence
    "Ce soir, Viens Danser joue au parc.",                // … after a comma, with its capital
    "Va-t-il pleuvoir samedi\u202F?",                      // an inverted question
    "N’est-ce pas une belle idée\u202F?",                  // the same after « ne »
    "Note\u00A0: la mairie ferme à 17\u202Fh.",           // nouns at the start of a sentence
    "Vote du budget ce soir.",
    "Partage de la route\u00A0: prudence.",
    "Entre 14\u202Fh et 18\u202Fh, l’accueil est ouvert.",
    "Ne pas jeter sur la voie publique.",                 // an infinitive
    "Ça va mieux, merci.",
    "Aïe, la route est fermée.",
    "Le maire prend la parole et comprend la demande.",
    "Ne manquons pas ce rendez-vous.",                    // « nous »
};

// Sentences with no form of « vous »: each must leave a « tu » post as it is.
const Strings kNotVous = {
    "Le rendez-vous est au parc.",
    "Chez Martinez, la soupe est bonne.",
    "Assez parlé\u00A0: place au jeu\u202F!",
    "Rodez accueille le tournoi.",
};

// Where the slip goes: before the post, after it, or between its sentences.
std::string insert(const std::string& post, const std::string& sentence, int where) {
    if (where == 0) return sentence + " " + post;
    if (where == 1) return post + " " + sentence;
    const std::size_t dot = post.find(". ");
    REQUIRE(dot != std::string::npos);
    return post.substr(0, dot + 2) + sentence + " " + post.substr(dot + 2);
}

Charter charter_with(Register reg) {
    Charter c;
    c.register_ = reg;
    return c;
}

}  // namespace

TEST_SUITE("register") {

TEST_CASE("register lexicon: every list of assets/lexicon/register.json loads") {
    const RegisterWords& r = lexicons().register_words;
    CHECK(lexicons().problems.empty());
    CHECK(r.pronouns_tu.size() >= 5);
    CHECK(r.imperatives_tu.size() >= 30);
    CHECK(r.imperatives_vous.size() >= 30);
    CHECK_FALSE(r.not_register.empty());
}

TEST_CASE("register: the issue's text is flagged without a charter, « Viens » included") {
    const std::string text = "Vous êtes invités… Viens avec ta famille\u202F!";
    // « Viens » and « ta » against « Vous »: the less frequent register is the one flagged.
    const CheckResult r = check_text(text);
    CHECK_MESSAGE(spans(text, r, "register_mixed") == Strings{"Vous"}, dump(r, text));
    const std::string more_vous = text + " Vous pouvez aussi venir avec vos voisins.";
    CHECK((spans(more_vous, check_text(more_vous), "register_mixed") == Strings{"Viens", "ta"}));
    const Charter vous = charter_with(Register::vous);
    CHECK(spans(text, check_text(text, {.charter = &vous}), "register_off_charter") == Strings{"Viens", "ta"});
}

TEST_CASE("register: a « tu » form slipped into a « vous » post is flagged, with or without a charter") {
    const Charter vous = charter_with(Register::vous);
    const Charter tu = charter_with(Register::tu);
    for (const std::string& post : kVousPosts) {
        for (const Slip& slip : kTuSlips) {
            for (int where = 0; where < 3; ++where) {
                const std::string text = insert(post, slip.sentence, where);
                CAPTURE(slip.name);
                CAPTURE(text);
                const CheckResult mixed = check_text(text);
                CHECK_MESSAGE(spans(text, mixed, "register_mixed") == Strings{slip.form}, dump(mixed, text));
                CHECK(spans(text, check_text(text, {.charter = &vous}), "register_off_charter") == Strings{slip.form});
                // Against a « tu » charter the slip is right and the post's « vous » forms are flagged.
                const Strings off_tu = spans(text, check_text(text, {.charter = &tu}), "register_off_charter");
                CHECK_FALSE(off_tu.empty());
                CHECK(std::find(off_tu.begin(), off_tu.end(), slip.form) == off_tu.end());
            }
        }
    }
}

TEST_CASE("register: a « vous » form slipped into a « tu » post is flagged") {
    const Charter tu = charter_with(Register::tu);
    for (const std::string& post : kTuPosts) {
        for (const Slip& slip : kVousSlips) {
            for (int where = 0; where < 3; ++where) {
                const std::string text = insert(post, slip.sentence, where);
                CAPTURE(slip.name);
                CAPTURE(text);
                CHECK(spans(text, check_text(text, {.charter = &tu}), "register_off_charter") == Strings{slip.form});
                // Without a charter: one « vous » form against one « tu » form, a tie: the « tu » one
                // is flagged (a public institution says « vous » by default).
                const CheckResult mixed = check_text(text);
                CHECK_MESSAGE(spans(text, mixed, "register_mixed").size() == 1, dump(mixed, text));
            }
        }
    }
}

TEST_CASE("register: sentences that only look like « tu » or « vous » are never flagged") {
    const Charter vous = charter_with(Register::vous);
    const Charter tu = charter_with(Register::tu);
    for (int where = 0; where < 3; ++where) {
        for (const std::string& post : kVousPosts) {
            for (const std::string& sentence : kNotTu) {
                const std::string text = insert(post, sentence, where);
                CAPTURE(text);
                const CheckResult r = check_text(text);
                CHECK_MESSAGE(spans(text, r, "register_mixed").empty(), dump(r, text));
                CHECK(spans(text, check_text(text, {.charter = &vous}), "register_off_charter").empty());
            }
        }
        for (const std::string& post : kTuPosts) {
            for (const std::string& sentence : kNotVous) {
                const std::string text = insert(post, sentence, where);
                CAPTURE(text);
                CHECK(spans(text, check_text(text), "register_mixed").empty());
                CHECK(spans(text, check_text(text, {.charter = &tu}), "register_off_charter").empty());
            }
        }
    }
}

TEST_CASE("register: a local name is never an imperative (the commune of Viens, Vaucluse)") {
    const std::string text = "Viens accueille le marché des potiers. Vous êtes les bienvenus.";
    CHECK(spans(text, check_text(text), "register_mixed") == Strings{"Viens"});
    const std::vector<std::string> local = {"Viens"};
    CHECK(spans(text, check_text(text, {.local_words = &local}), "register_mixed").empty());
}

}  // TEST_SUITE
