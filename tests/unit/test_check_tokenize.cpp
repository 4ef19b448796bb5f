// The French tokenizer of the tone checker: elisions with both apostrophes, abbreviations that
// do not end a sentence, numbers with spaces and decimal commas, times, links, mentions,
// hashtags and emoji as single units.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/fold.h"
#include "check/tokenize.h"

using namespace parvis::check;

namespace {

std::vector<std::string> texts(std::string_view s, const Tokens& t, TokenKind kind) {
    std::vector<std::string> out;
    for (const Token& k : t.tokens)
        if (k.kind == kind) out.emplace_back(s.substr(k.start, k.end - k.start));
    return out;
}

std::vector<std::string> sentences(std::string_view s, const Tokens& t) {
    std::vector<std::string> out;
    for (const Sentence& x : t.sentences) out.emplace_back(s.substr(x.start, x.end - x.start));
    return out;
}

}  // namespace

TEST_CASE("tokenize: elisions with both apostrophes, compound words kept whole") {
    const std::string s = "L’école d'Aujourd’hui qu’on aime, jusqu’à peut-être l'été.";
    const Tokens t = tokenize(s);
    CHECK(texts(s, t, TokenKind::word) ==
          std::vector<std::string>{"L’", "école", "d'", "Aujourd’hui", "qu’", "on", "aime", "jusqu’", "à", "peut-être",
                                   "l'", "été"});
    CHECK(t.tokens[0].elided);
    REQUIRE(t.sentences.size() == 1);
    CHECK(t.sentences[0].words == 7);  // elided words count with the next one
    CHECK(t.sentences[0].commas == 1);
}

TEST_CASE("tokenize: numbers with spaces and commas, ordinals, times") {
    const std::string s = "1 234,5 habitants le 1er mai à 18h30, puis 9 h et 18 h 30 ou 20:15 pour 3 000 €.";
    const Tokens t = tokenize(s);
    CHECK(texts(s, t, TokenKind::number) == std::vector<std::string>{"1 234,5", "1er", "3 000"});
    CHECK(texts(s, t, TokenKind::time) == std::vector<std::string>{"18h30", "9 h", "18 h 30", "20:15"});
    CHECK(texts(s, t, TokenKind::word).front() == "habitants");  // « 18 h » is not « 18 habitants »
}

TEST_CASE("tokenize: links, e-mail, mentions, hashtags and emoji are units") {
    const std::string s = "Voir mairie-exemple.fr/agenda et https://www.service-public.fr ; écrire à "
                          "contact@mairie-exemple.fr ou @VilleExemple #FêteDeLaMusique 🎉👋🏽 🇫🇷";
    const Tokens t = tokenize(s);
    CHECK(texts(s, t, TokenKind::url) == std::vector<std::string>{"mairie-exemple.fr/agenda", "https://www.service-public.fr"});
    CHECK(texts(s, t, TokenKind::email) == std::vector<std::string>{"contact@mairie-exemple.fr"});
    CHECK(texts(s, t, TokenKind::mention) == std::vector<std::string>{"@VilleExemple"});
    CHECK(texts(s, t, TokenKind::hashtag) == std::vector<std::string>{"#FêteDeLaMusique"});
    CHECK(texts(s, t, TokenKind::emoji) == std::vector<std::string>{"🎉", "👋🏽", "🇫🇷"});
}

TEST_CASE("tokenize: sentences and abbreviations") {
    const std::string s = "M. Dupont et Mme. Martin arrivent. Vélos, trottinettes, etc. sont interdits. "
                          "On aime les fleurs, les arbres, etc. Le marché reste ouvert ! Vraiment ?! "
                          "J. Durand signe.\nNouvelle ligne sans point\nFin…";
    const Tokens t = tokenize(s);
    CHECK(sentences(s, t) == std::vector<std::string>{
                                 "M. Dupont et Mme. Martin arrivent.", "Vélos, trottinettes, etc. sont interdits.",
                                 "On aime les fleurs, les arbres, etc.", "Le marché reste ouvert !", "Vraiment ?!",
                                 "J. Durand signe.", "Nouvelle ligne sans point", "Fin…"});
}

TEST_CASE("tokenize: invalid bytes and empty text never break it") {
    CHECK(tokenize("").tokens.empty());
    const std::string bad = "Caf\xC3 \xFF\xFE ok.";
    const Tokens t = tokenize(bad);
    CHECK(!t.tokens.empty());
    CHECK(t.tokens.back().end == bad.size());
}

TEST_CASE("is_all_caps_word") {
    CHECK(is_all_caps_word("CCAS"));
    CHECK(is_all_caps_word("FÊTE"));
    CHECK_FALSE(is_all_caps_word("Fête"));
    CHECK_FALSE(is_all_caps_word("A"));
}

TEST_CASE("fold: case, accents, ligatures, apostrophes and spaces") {
    CHECK(fold("Œuvre À l’ÉTÉ\u202F!") == "oeuvre a l'ete !");
    CHECK(fold("e\u0301te\u0301") == "ete");
    const FoldedText f = fold_text("À bientôt");
    CHECK(f.text == "a bientot");
    CHECK(f.origin[0] == 0);
    CHECK(f.origin[1] == 2);  // « À » is two bytes
    CHECK(f.origin[f.text.size()] == std::string("À bientôt").size());
}

TEST_CASE("PhraseMatcher: word boundaries, longest first, elided forms") {
    PhraseMatcher m;
    m.add("afin de");
    m.add("au niveau de");
    m.add("au niveau de la");
    std::vector<PhraseMatcher::Match> out;
    m.find("afin d'informer, au niveau de la mairie, safin de", out);
    REQUIRE(out.size() == 2);
    CHECK(out[0].begin == 0);
    CHECK(out[0].elided);
    CHECK(out[1].index == 2);
    CHECK(elided_form("dans le cadre de") == "dans le cadre d'");
    CHECK(elided_form("pour") == "");
}
