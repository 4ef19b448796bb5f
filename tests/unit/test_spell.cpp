// core/spell: the words a spelling checker looks up, the Hunspell dictionary wrapper and the
// « spelling » findings. The French dictionary comes from Debian's hunspell-fr
// (PARVIS_SPELL_AFF/DIC); the tests that need it skip with a message when it is absent. The
// tokenizer and the error cases run everywhere, on a tiny dictionary written here.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "error.h"
#include "demo/demo_workspace.h"
#include "io/time_text.h"
#include "io/workspace_json.h"
#include "spell/dictionary.h"
#include "spell/local_words.h"
#include "spell/spelling.h"
#include "spell/words.h"

using namespace parvis;
using namespace parvis::spell;

namespace {

// The French dictionary, loaded once for the whole suite (about 0.2 s); nullptr when absent.
const Dictionary* french() {
    static const Result<Dictionary> loaded = Dictionary::load(PARVIS_SPELL_AFF, PARVIS_SPELL_DIC);
    return loaded.ok() ? &loaded.value() : nullptr;
}

#define REQUIRE_FRENCH_DICTIONARY(d)                                                              \
    const Dictionary* d = french();                                                               \
    if (!d) {                                                                                     \
        MESSAGE("Dictionnaire français absent (" PARVIS_SPELL_AFF ") : installez hunspell-fr ; test sauté"); \
        return;                                                                                   \
    }

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    for (const WordSpan& w : words_to_check(text)) out.emplace_back(text.substr(w.start, w.end - w.start));
    return out;
}

std::vector<std::string> flagged(std::string_view text, const Dictionary& d,
                                 const std::vector<std::string>& local = {}) {
    std::vector<std::string> out;
    for (const check::Finding& f : spelling_findings(text, d, local, Lang::fr, {Suggestions::none}))
        out.emplace_back(text.substr(f.start, f.end - f.start));
    return out;
}

// A dictionary of a few words, enough for the logic without hunspell-fr.
Dictionary tiny() {
    Result<Dictionary> d = Dictionary::from_memory("SET UTF-8\nTRY esiarntolcdugmphbyfvkw\n",
                                                   "4\nmairie\nouverte\nbonjour\nest\n");
    REQUIRE(d.ok());
    return std::move(d.value());
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_SUITE("spell") {

TEST_CASE("spell words: elisions and hyphens stay in one word, joiners only between letters") {
    CHECK(words_of("l’école qu'il peut-être Saint-Exemple") == Strings{"l’école", "qu'il", "peut-être", "Saint-Exemple"});
    CHECK(words_of("« l’ » et 'guillemets' - tiret -") == Strings{"et", "guillemets", "tiret"});
    CHECK(words_of("élu·e·s, aujourd’hui") == Strings{"élu·e·s", "aujourd’hui"});
}

TEST_CASE("spell words: links, e-mails, mentions, hashtags, numbers, acronyms and brands are skipped") {
    CHECK(words_of("Voir https://www.ville-exemple.fr/agenda et mairie.fr ou www.exemple.com ici") ==
          Strings{"Voir", "et", "ou", "ici"});
    CHECK(words_of("Écrivez à accueil@ville-exemple.fr ou @mairie@mastodon.social merci") ==
          Strings{"Écrivez", "ou", "merci"});
    CHECK(words_of("#FêteDeLaMusique #fête-de-la-musique fin") == Strings{"fin"});
    CHECK(words_of("RDV à 18h30, le 1er mai, 3e étage, 1 234,5 euros") == Strings{"le", "mai", "étage", "euros"});
    CHECK(words_of("Le CCAS et l’UNESCO sur LinkedIn et YouTube") == Strings{"Le", "et", "sur", "et"});
    CHECK(words_of("Слово et λόγος") == Strings{"et"});
    CHECK(words_of("a y à") == Strings{});  // single letters are not looked up
}

TEST_CASE("spell words: invalid UTF-8 ends a word and never crashes") {
    const std::string text = std::string("bon\xFFjour \xC3") + "mairie \xE2\x80" + "est\xF0\x9F";
    CHECK(words_of(text) == Strings{"bon", "jour", "mairie", "est"});
    for (std::size_t cut = 0; cut <= text.size(); ++cut) (void)words_to_check(std::string_view(text).substr(0, cut));
}

TEST_CASE("spell: lookup form and case folding") {
    CHECK(lookup_form("e\xCC\x81" "cole") == "école");  // e + U+0301 → é
    CHECK(lookup_form("l\xCA\xBC" "école") == "l’école");
    CHECK(lookup_form("peut\xE2\x80\x91" "être") == "peut-être");
    CHECK(fold_case("ÉCOLE Œuvre L'ÎLE") == "école œuvre l’île");
    CHECK(is_elision("qu"));
    CHECK(is_elision("jusqu"));
    CHECK_FALSE(is_elision("aujourd"));
}

TEST_CASE("spell dictionary: missing and bad files give a French error, never a crash") {
    Result<Dictionary> missing = Dictionary::load("/nonexistent/fr.aff", "/nonexistent/fr.dic");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::io_cannot_open);
    CHECK(error_message(missing.error()).find("/nonexistent/fr.aff") != std::string::npos);
    CHECK(error_message(missing.error()).find("Impossible de lire") != std::string::npos);

    Result<Dictionary> latin1 = Dictionary::from_memory("SET ISO8859-1\n", "1\nmot\n");
    REQUIRE_FALSE(latin1.ok());
    CHECK(latin1.error().code == ErrorCode::invalid_value);
    CHECK(error_message(latin1.error()).find("UTF-8") != std::string::npos);

    Result<Dictionary> no_count = Dictionary::from_memory("SET UTF-8\n", "mairie\nouverte\n");
    REQUIRE_FALSE(no_count.ok());
    CHECK(error_message(no_count.error()).find("nombre de mots") != std::string::npos);

    Result<Dictionary> empty = Dictionary::from_memory("", "");
    REQUIRE_FALSE(empty.ok());
    CHECK(error_message(empty.error()).find("est vide") != std::string::npos);

    // A .dic given in place of the .aff: refused before Hunspell sees it.
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "parvis-spell-test";
    std::filesystem::create_directories(dir);
    Result<Dictionary> dir_as_file = Dictionary::load(dir.string(), dir.string());
    CHECK_FALSE(dir_as_file.ok());
    std::filesystem::remove_all(dir);
}

TEST_CASE("spell: findings on a tiny in-memory dictionary") {
    const Dictionary d = tiny();
    CHECK(d.correct("mairie"));
    CHECK(d.correct("Mairie"));  // Hunspell accepts the capitalised form of a word
    CHECK_FALSE(d.correct("ouvrte"));
    const std::string text = "Bonjour, la mairie est ouvrte";
    const auto findings = spelling_findings(text, d, {"la"});
    REQUIRE(findings.size() == 1);
    const check::Finding& f = findings[0];
    CHECK(f.rule == "spelling");
    CHECK(f.category == "orthographe");
    CHECK(f.severity == check::Severity::warning);
    CHECK(text.substr(f.start, f.end - f.start) == "ouvrte");
    CHECK_FALSE(f.fix_is_safe);
    CHECK(f.message.find("«\u00a0ouvrte\u00a0»") != std::string::npos);
    CHECK(std::find(f.suggestions.begin(), f.suggestions.end(), "ouverte") != f.suggestions.end());
    CHECK(spelling_findings(text, d, {"la"}, Lang::en)[0].message.find("“ouvrte”") != std::string::npos);
}

TEST_CASE("spell: suggestions on demand, from memory when live") {
    const Dictionary d = tiny();
    const std::string text = "la mairie est ouvrte";
    const auto live = spelling_findings(text, d, {"la"}, Lang::fr, {Suggestions::cached_only});
    REQUIRE(live.size() == 1);
    CHECK(live[0].suggestions.empty());  // never computed on a keystroke
    CHECK(d.cached_suggestions("ouvrte") == nullptr);
    CHECK_FALSE(d.suggest("ouvrte", 1).empty());
    CHECK(d.suggest("ouvrte", 1).size() == 1);
    REQUIRE(d.cached_suggestions("ouvrte") != nullptr);
    const auto after = spelling_findings(text, d, {"la"}, Lang::fr, {Suggestions::cached_only});
    CHECK(after[0].suggestions == Strings{"ouverte"});
    CHECK(spelling_findings(text, d, {"la"}, Lang::fr, {Suggestions::none})[0].suggestions.empty());
}

TEST_CASE("spell French: a well-written sentence gives no finding") {
    REQUIRE_FRENCH_DICTIONARY(d);
    CHECK(flagged("Bonjour à tous, la mairie est ouverte", *d).empty());
    CHECK(flagged("École fermée : l’école rouvrira lundi. Qu’il pleuve ou non, c’est peut-être l’occasion "
                  "d’aller jusqu’à la médiathèque aujourd’hui, n’est-ce pas ? Va-t-il venir ?",
                  *d).empty());
    CHECK(flagged("Les élu·e·s de Saint-Denis vous attendent à 18h30 (CCAS, 2e étage) : "
                  "https://www.ville-exemple.fr/agenda #ConseilMunicipal @mairie",
                  *d).empty());
    CHECK(flagged("L'école et qu'il, avec l'apostrophe droite", *d).empty());
}

TEST_CASE("spell French: a typo is flagged with exact offsets and suggestions") {
    REQUIRE_FRENCH_DICTIONARY(d);
    const std::string text = "La mairie est ouvrte";
    const auto findings = spelling_findings(text, *d, {});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].start == 14);
    CHECK(findings[0].end == 20);
    CHECK(findings[0].rule == "spelling");
    CHECK(findings[0].category == "orthographe");
    CHECK(findings[0].severity == check::Severity::warning);
    CHECK_FALSE(findings[0].fix_is_safe);
    CHECK(findings[0].suggestions.size() <= 5);
    CHECK(std::find(findings[0].suggestions.begin(), findings[0].suggestions.end(), "ouverte") !=
          findings[0].suggestions.end());
    CHECK(spelling_findings(text, *d, {}, Lang::fr, {Suggestions::compute, 2})[0].suggestions.size() <= 2);

    // Multi-byte text before the word: offsets are UTF-8 bytes.
    const std::string accented = "À l’été, la médiathèque est fermée ; la mairie est ouvrte.";
    const auto f2 = spelling_findings(accented, *d, {}, Lang::fr, {Suggestions::none});
    REQUIRE(f2.size() == 1);
    CHECK(f2[0].start == accented.find("ouvrte"));
    CHECK(f2[0].end == accented.find("ouvrte") + 6);
}

TEST_CASE("spell French: elisions and hyphens narrow the finding to the wrong part") {
    REQUIRE_FRENCH_DICTIONARY(d);
    CHECK(flagged("l’écolle", *d) == Strings{"écolle"});
    CHECK(flagged("qu'ill vienne", *d) == Strings{"ill"});
    CHECK(flagged("peut-êtr", *d) == Strings{"êtr"});
    CHECK(flagged("aujourd’hu", *d) == Strings{"aujourd’hu"});
    CHECK(flagged("Va-t-ill", *d) == Strings{"ill"});
    // Suggestions keep the writer's apostrophe.
    const std::string text = "aujourd'hu";
    const auto f = spelling_findings(text, *d, {});
    REQUIRE(f.size() == 1);
    CHECK(std::find(f[0].suggestions.begin(), f[0].suggestions.end(), "aujourd'hui") != f[0].suggestions.end());
}

TEST_CASE("spell French: local words are never flagged, whatever their case") {
    REQUIRE_FRENCH_DICTIONARY(d);
    const std::string text = "Rendez-vous rue des Glycinnes, place Kerbrat, chez Mme Nguyenn, à Plouzévédé-sur-Mer.";
    CHECK(flagged(text, *d) == Strings{"Glycinnes", "Kerbrat", "Nguyenn", "Plouzévédé"});
    const Strings local = {"Glycinnes", "place kerbrat", "Mme NGUYENN", "Plouzévédé-sur-Mer"};
    CHECK(flagged(text, *d, local).empty());
    CHECK(flagged("l’avenue des GLYCINNES et d’Plouzévédé", *d, local).empty());
    CHECK(is_local_word("kerbrat", local));
    CHECK_FALSE(is_local_word("Kerbra", local));
}

TEST_CASE("spell French: decomposed accents are normalised before the lookup") {
    REQUIRE_FRENCH_DICTIONARY(d);
    CHECK(flagged("l\xE2\x80\x99" "e\xCC\x81" "cole est ferme\xCC\x81" "e", *d).empty());
}

TEST_CASE("spell French: invalid UTF-8 and odd input never crash") {
    REQUIRE_FRENCH_DICTIONARY(d);
    const std::string bad = std::string("La mai\xFFrie est ouv\xC3rte \xF0\x9F\x98 ") + std::string(300, 'a') +
                            " \xE2\x80\x99\xE2\x80\x99 --- ’’’ " + std::string(1, '\0') + "fin";
    const auto findings = spelling_findings(bad, *d, {}, Lang::fr, {Suggestions::none});
    for (const check::Finding& f : findings) {
        CHECK(f.start < f.end);
        CHECK(f.end <= bad.size());
    }
    CHECK(spelling_findings("", *d, {}).empty());
    CHECK(d->suggest("").empty());
    CHECK(d->suggest(std::string(500, 'x')).empty());
}

}  // TEST_SUITE

TEST_SUITE("spell") {

TEST_CASE("spell local words: trimmed, unique without case, sorted, removable") {
    Workspace ws;
    CHECK(add_local_word(ws, "  Glycines ") == AddLocalWord::added);
    CHECK(add_local_word(ws, "GLYCINES") == AddLocalWord::duplicate);
    CHECK(add_local_word(ws, "   ") == AddLocalWord::empty);
    CHECK(add_local_word(ws, "\xC2\xA0Kerbrat\xE2\x80\xAF") == AddLocalWord::added);
    CHECK(add_local_word(ws, "Église Saint-Exemple") == AddLocalWord::added);
    CHECK(add_local_word(ws, std::string(300, 'a')) == AddLocalWord::too_long);
    CHECK(add_local_word(ws, "bad\xFF") == AddLocalWord::too_long);
    CHECK(ws.local_words == Strings{"Église Saint-Exemple", "Glycines", "Kerbrat"});
    CHECK(remove_local_word(ws, "glycines"));
    CHECK_FALSE(remove_local_word(ws, "glycines"));
    CHECK(ws.local_words == Strings{"Église Saint-Exemple", "Kerbrat"});
}

TEST_CASE("spell local words: saved with the workspace, absent from old files") {
    Workspace ws = demo_workspace(io::parse_day("2026-11-29").value());
    ws.local_words = {"Glycines", "Kerbrat"};
    const std::string json = write_workspace(ws);
    CHECK(json.find("\"local_words\"") != std::string::npos);
    Result<Workspace> back = read_workspace(json);
    REQUIRE(back.ok());
    CHECK(back->local_words == ws.local_words);
    ws.local_words.clear();
    Result<Workspace> without = read_workspace(write_workspace(ws));
    REQUIRE(without.ok());
    CHECK(without->local_words.empty());
}

}  // TEST_SUITE
