// The per-network counters on French posts: accents (composed and decomposed), « » with narrow
// no-break spaces, the apostrophe ’, emoji with skin tones and ZWJ, flags, links, mentions,
// hashtags, and each network's limits.
#include <doctest/doctest.h>

#include <string>

#include "count/count.h"
#include "count/x_weighted_length.h"

using namespace parvis;
using count::CountProblem;
using count::count_text;

TEST_CASE("X: French punctuation weighs as twitter-text says") {
    // ’ (U+2019) and « » (Latin-1) weigh 1; U+202F (narrow no-break space) is outside the
    // weight-1 ranges and weighs 2; decomposed « é » is normalised first and weighs 1.
    CHECK(count::parse_x("L’été").weighted_length == 5);
    CHECK(count::parse_x("e\u0301te\u0301").weighted_length == 3);
    CHECK(count::parse_x("«\u202Foui\u202F»").weighted_length == 9);
    CHECK(count::parse_x("👋🏽").weighted_length == 2);                 // skin tone: one emoji
    CHECK(count::parse_x("👩\u200D💻").weighted_length == 2);           // ZWJ sequence
    CHECK(count::parse_x("🇫🇷").weighted_length == 2);                   // flag
    CHECK(count::parse_x("©").weighted_length == 1);                      // text-style symbol
    CHECK(count::parse_x("Voir mairie-exemple.fr/agenda").weighted_length == 5 + 23);  // bare domain
    CHECK(count::parse_x("Voir https://www.service-public.fr/particuliers/vosdroits/F1234").weighted_length == 28);
    CHECK(count::parse_x("fichier.pdf").weighted_length == 11);          // .pdf is no top-level domain
    CHECK(count::parse_x("").valid == false);
    const std::string long_post(281, 'a');
    const auto x = count::parse_x(long_post);
    CHECK(x.weighted_length == 281);
    CHECK_FALSE(x.valid);
    CHECK(x.valid_bytes_end == 280);
}

TEST_CASE("count_text: X verdicts") {
    auto r = count_text("Conseil municipal ce soir à 19 h\u202F!", Network::x);
    CHECK(r.valid);
    CHECK(r.limit == 280);
    CHECK(r.problem == CountProblem::none);
    r = count_text(std::string(300, 'x'), Network::x);
    CHECK(r.problem == CountProblem::too_long);
    CHECK(r.valid_bytes_end == 280);
    r = count_text("abc\xEF\xBF\xBE", Network::x);  // U+FFFE
    CHECK(r.problem == CountProblem::invalid_characters);
    CHECK(count_text("", Network::x).problem == CountProblem::empty);
}

TEST_CASE("Mastodon: grapheme clusters, links with a scheme 23, remote mentions as local") {
    CHECK(count_text("Bonjour", Network::mastodon).length == 7);
    CHECK(count_text("👨\u200D👩\u200D👧\u200D👦 🇫🇷", Network::mastodon).length == 3);
    CHECK(count_text("https://www.mairie-exemple.fr/actualites/une-tres-longue-adresse", Network::mastodon).length == 23);
    CHECK(count_text("mairie-exemple.fr", Network::mastodon).length == 17);  // no scheme: counted as typed
    CHECK(count_text("Merci @mairie@piaille.fr !", Network::mastodon).length == 15);  // « Merci @mairie ! »
    CHECK(count_text("Merci @mairie !", Network::mastodon).length == 15);
    CHECK(count_text(std::string(501, 'a'), Network::mastodon).problem == CountProblem::too_long);
    const auto custom = count_text(std::string(501, 'a'), Network::mastodon, {.limit = 1000});
    CHECK(custom.valid);
    CHECK(custom.limit == 1000);
}

TEST_CASE("Bluesky: links shortened, 300 graphemes and 3,000 bytes") {
    // host + the first 13 characters of the path + « ... »
    const auto r = count_text("Voir https://www.mairie-exemple.fr/agenda/conseil-municipal", Network::bluesky);
    CHECK(r.length == 5 + 21 + 13 + 3);
    CHECK(r.links == 1);
    CHECK(count_text("https://mairie.fr/", Network::bluesky).length == 9);            // « / » alone dropped
    CHECK(count_text("https://mairie.fr/agenda", Network::bluesky).length == 16);     // short path kept
    CHECK(count_text("mairie.fr/a", Network::bluesky).length == 11);                  // bare domain
    CHECK(count_text(std::string(300, 'a'), Network::bluesky).valid);
    CHECK(count_text(std::string(301, 'a'), Network::bluesky).problem == CountProblem::too_long);
    // 300 family emoji: 300 graphemes but 25 bytes each, far over 3,000 bytes.
    std::string families;
    for (int i = 0; i < 300; ++i) families += "👨\u200D👩\u200D👧\u200D👦";
    const auto f = count_text(families, Network::bluesky);
    CHECK(f.length == 300);
    CHECK(f.bytes == 7500);
    CHECK(f.problem == CountProblem::too_many_bytes);
}

TEST_CASE("Threads, Instagram, LinkedIn, Facebook") {
    std::string links;
    for (int i = 0; i < 6; ++i) links += "https://site" + std::to_string(i) + ".fr ";
    CHECK(count_text(links, Network::threads).links == 6);
    CHECK(count_text(links, Network::threads).problem == CountProblem::too_many_links);
    CHECK(count_text("#Fête #Été #Marché #Vélo #Écoles", Network::instagram).valid);
    const auto six = count_text("#Fête #Été #Marché #Vélo #Écoles #Mairie", Network::instagram);
    CHECK(six.hashtags == 6);
    CHECK(six.problem == CountProblem::too_many_hashtags);
    CHECK(count_text("Pas de #1 ni de C#", Network::instagram).hashtags == 0);  // digits only, inside a word
    CHECK(count_text("", Network::instagram).valid);                           // a caption may be empty
    CHECK(count_text(std::string(2201, 'a'), Network::instagram).problem == CountProblem::too_long);
    CHECK(count_text(std::string(3000, 'a'), Network::linkedin).valid);
    CHECK_FALSE(count_text(std::string(3001, 'a'), Network::linkedin).valid);
    CHECK(count_text(std::string(63206, 'a'), Network::facebook).valid);
    CHECK(count_text(std::string(63207, 'a'), Network::facebook).valid_bytes_end == 63206);
}

TEST_CASE("Counters survive invalid UTF-8") {
    const std::string bad = "\xC3\x28 \xFF\xFE caf\xC3\xA9 \xF0\x9F";
    for (const Network n : {Network::x, Network::mastodon, Network::bluesky, Network::threads, Network::instagram,
                            Network::linkedin, Network::facebook}) {
        const auto r = count_text(bad, n);
        CHECK(r.length > 0);
        CHECK(r.valid_bytes_end <= bad.size());
    }
}
