// « Aperçu » (core/preview/): wrapping at a width with a fixed-width measure (one unit per grapheme
// cluster, so widths read as characters), the fold of each network, the link card, the image crop
// and the counter taken from core/count/.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "model/networks.h"
#include "preview/preview.h"
#include "text/grapheme.h"
#include "text/utf8.h"

using namespace parvis;
using preview::Line;

namespace {

const preview::MeasureText kMonospace = [](std::string_view s) { return static_cast<float>(text::count_graphemes(s)); };

std::vector<std::string> lines_of(std::string_view text, const std::vector<Line>& lines) {
    std::vector<std::string> out;
    for (const Line& l : lines) out.emplace_back(preview::line_text(text, l));
    return out;
}

std::vector<std::string> wrap(std::string_view text, float width) {
    return lines_of(text, preview::wrap_text(text, width, kMonospace).lines);
}

// A made-up network for the fold's rules, independent of the table's figures.
preview::NetworkPreview rules(int lines, int chars) {
    return {.network = Network::facebook, .column_px = 10, .font_px = 1, .fold_lines = lines, .fold_chars = chars,
            .fold_label = "… plus"};
}

}  // namespace

TEST_CASE("wrapping: words go to the next line, spaces at the break disappear") {
    CHECK(wrap("La mairie est ouverte le samedi", 12) ==
          std::vector<std::string>{"La mairie", "est ouverte", "le samedi"});
    CHECK(wrap("un deux", 7) == std::vector<std::string>{"un deux"});  // exactly the width
    CHECK(wrap("un deux", 6) == std::vector<std::string>{"un", "deux"});
    CHECK(wrap("fin   ", 10) == std::vector<std::string>{"fin"});
    CHECK(wrap("", 10).empty());
}

TEST_CASE("wrapping: line feeds make lines, blank lines stay, CR LF is one break") {
    CHECK(wrap("Titre\n\nCorps du texte", 40) == std::vector<std::string>{"Titre", "", "Corps du texte"});
    CHECK(wrap("a\r\nb", 40) == std::vector<std::string>{"a", "b"});
    CHECK(wrap("\n", 40) == std::vector<std::string>{"", ""});
}

TEST_CASE("wrapping: a no-break space keeps « Mairie : » together") {
    const std::string text = "Horaires de la Mairie\u00A0: 9 h";  // U+00A0 before the colon
    const auto lines = wrap(text, 22);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "Horaires de la");
    CHECK(lines[1] == "Mairie\u00A0: 9 h");
}

TEST_CASE("wrapping: a long link is cut between characters, and every byte is kept once") {
    const std::string url = "https://www.saint-exemple.fr/actualites/conseil-municipal-du-mois";
    const std::string text = "Voir " + url + " ici";
    const auto wrapped = preview::wrap_text(text, 20, kMonospace);
    const auto lines = lines_of(text, wrapped.lines);
    REQUIRE(lines.size() >= 4);
    CHECK(lines[0] == "Voir");
    CHECK(lines[1] == url.substr(0, 20));
    for (const std::string& l : lines) CHECK(text::count_graphemes(l) <= 20);
    std::string joined;
    for (std::size_t i = 1; i < lines.size(); ++i) joined += lines[i];
    CHECK(joined.find(url) == 0);  // the link's pieces, in order, make the link again
    CHECK(lines.back().find("ici") != std::string::npos);
}

TEST_CASE("wrapping: emoji sequences and decomposed accents are never cut") {
    // A family (ZWJ sequence), a flag and « é » as e + U+0301: one cluster each.
    const std::string family = "👩\u200D👩\u200D👧";
    const std::string text = family + "🇫🇷e\u0301" + family + "🇫🇷e\u0301";
    const auto lines = wrap(text, 2);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == family + "🇫🇷");
    CHECK(lines[1] == "e\u0301" + family);
    CHECK(lines[2] == "🇫🇷e\u0301");
    for (const std::string& l : lines) CHECK(utf8::is_valid(l));
    // Narrower than one cluster: still one cluster a line, never an empty line or a loop.
    CHECK(wrap("🇫🇷🇫🇷", 0.5f) == std::vector<std::string>{"🇫🇷", "🇫🇷"});
}

TEST_CASE("wrapping: invalid bytes and huge texts stay bounded") {
    const std::string bad = "abc\xFF\xFE def \xC3";
    const auto lines = wrap(bad, 3);
    CHECK_FALSE(lines.empty());
    const std::string many(5000, '\n');
    const auto wrapped = preview::wrap_text(many, 10, kMonospace, 100);
    CHECK(wrapped.lines.size() == 100);
    CHECK(wrapped.lines_cut);
}

TEST_CASE("fold by lines: the first lines show, the label fits on the last one") {
    const std::string text = "un deux trois quatre cinq six sept huit neuf dix";
    const auto r = rules(2, 0);
    const auto wrapped = preview::wrap_text(text, 10, kMonospace);
    CHECK(lines_of(text, wrapped.lines) == std::vector<std::string>{"un deux", "trois", "quatre", "cinq six", "sept huit", "neuf dix"});
    const auto fold = preview::fold_text(text, wrapped, r, 10, kMonospace);
    CHECK(fold.folded);
    CHECK(fold.label == "… plus");
    // « trois… plus » is 11 wide: a single word loses its last letters, as a clamp cuts it.
    CHECK(lines_of(text, fold.visible) == std::vector<std::string>{"un deux", "troi"});
    const auto wide = preview::fold_text(text, preview::wrap_text(text, 14, kMonospace), r, 14, kMonospace);
    CHECK(lines_of(text, wide.visible) == std::vector<std::string>{"un deux trois", "quatre"});  // « quatre… plus » fits 14
    CHECK(text.substr(0, wide.visible_end) == "un deux trois quatre");
}

TEST_CASE("fold by characters: cut between words, before the limit") {
    const std::string text = "Le marché de Noël ouvre samedi sur la place";
    const auto r = rules(0, 20);
    const auto wrapped = preview::wrap_text(text, 100, kMonospace);
    const auto fold = preview::fold_text(text, wrapped, r, 100, kMonospace);
    CHECK(fold.folded);
    REQUIRE(fold.visible.size() == 1);
    CHECK(preview::line_text(text, fold.visible[0]) == "Le marché de Noël");  // 20 clusters end inside « ouvre »
}

TEST_CASE("no fold: short texts, trailing blank lines, networks without a fold") {
    const auto r = rules(3, 125);
    const std::string text = "Court.\n\n\n";
    const auto wrapped = preview::wrap_text(text, 40, kMonospace);
    const auto fold = preview::fold_text(text, wrapped, r, 40, kMonospace);
    CHECK_FALSE(fold.folded);
    CHECK(fold.label.empty());
    CHECK(lines_of(text, fold.visible) == std::vector<std::string>{"Court."});
    const std::string long_text(600, 'a');
    const auto& x = preview::network_preview(Network::x);
    const auto xfold = preview::fold_text(long_text, preview::wrap_text(long_text, 50, kMonospace), x, 50, kMonospace);
    CHECK_FALSE(xfold.folded);
    CHECK(xfold.visible.size() == 12);
}

TEST_CASE("the networks' table: every network, folds with labels, Instagram's official figures") {
    for (Network n : kAllNetworks) CHECK(preview::network_preview(n).network == n);
    const auto& ig = preview::network_preview(Network::instagram);
    CHECK(ig.official);
    CHECK(ig.fold_lines == 3);
    CHECK(ig.fold_chars == 125);
    CHECK_FALSE(ig.link_card);  // links in captions are not clickable
    CHECK(preview::network_preview(Network::facebook).fold_label == "… Voir plus");
    CHECK(preview::network_preview(Network::x).fold_lines == 0);
    CHECK(preview::column_width(preview::network_preview(Network::facebook), 30) == doctest::Approx(936));
    CHECK(preview::column_width(preview::network_preview(Network::tiktok), 15) == 0);
}

TEST_CASE("link card: the variant's link first, else the text's first link, shown as its domain") {
    const auto& fb = preview::network_preview(Network::facebook);
    auto card = preview::link_card("Programme sur saint-exemple.fr/agenda et https://autre.fr", "", fb);
    CHECK(card.shown);
    CHECK(card.domain == "saint-exemple.fr");
    card = preview::link_card("Programme : https://autre.fr", "https://www.Saint-Exemple.fr/conseil", fb);
    CHECK(card.domain == "saint-exemple.fr");
    CHECK(card.url == "https://www.Saint-Exemple.fr/conseil");
    CHECK_FALSE(preview::link_card("Pas de lien ici.", "", fb).shown);
    CHECK_FALSE(preview::link_card("Voir https://saint-exemple.fr", "", preview::network_preview(Network::instagram)).shown);
    CHECK(preview::link_domain("http://user@mairie.fr:8080/a?b#c") == "mairie.fr");
    CHECK(preview::link_domain("") == "");
}

TEST_CASE("image crop: between 4:5 and 1.91:1 whole, wider or taller cut in the centre") {
    const auto& fb = preview::network_preview(Network::facebook);
    auto c = preview::image_crop(fb, 1200, 1200);
    CHECK(c.known);
    CHECK_FALSE(c.cropped);
    CHECK(c.width == 1200);
    c = preview::image_crop(fb, 4000, 1000);  // 4:1 panorama: the sides go
    CHECK(c.cropped);
    CHECK(c.height == 1000);
    CHECK(c.width == doctest::Approx(1910));
    CHECK(c.x == doctest::Approx(1045));
    c = preview::image_crop(fb, 1080, 1920);  // a phone's portrait: top and bottom go
    CHECK(c.cropped);
    CHECK(c.ratio == doctest::Approx(0.8));
    CHECK(c.y == doctest::Approx((1920 - 1350) / 2.0));
    c = preview::image_crop(preview::network_preview(Network::x), 4000, 1000);  // no crop known
    CHECK_FALSE(c.known);
    CHECK_FALSE(c.cropped);
    CHECK(preview::image_crop(fb, 0, 100).width == 0);
    CHECK(preview::image_crop(fb, -5, 100).width == 0);
    CHECK_FALSE(preview::image_crop(fb, std::numeric_limits<double>::quiet_NaN(), 100).cropped);
    CHECK(preview::image_crop(fb, std::numeric_limits<double>::infinity(), 100).width == 0);
}

TEST_CASE("the whole preview: the counter is core/count's, per network") {
    const std::string text = "Conseil municipal mardi 19 h : https://www.saint-exemple.fr/conseil-municipal/ordre-du-jour";
    const auto x = preview::preview_text(text, "", Network::x, 15, kMonospace);
    CHECK(x.count.length == count::count_text(text, Network::x).length);
    CHECK(x.count.length == 31 + 23);  // the link weighs 23 on X
    CHECK(x.count.limit == 280);
    CHECK(x.card.shown);
    const auto m = preview::preview_text(text, "", Network::mastodon, 15, kMonospace);
    CHECK(m.count.limit == 500);
    CHECK(m.width == doctest::Approx(520));
    CHECK_FALSE(m.fold.folded);
    const auto tiktok = preview::preview_text(text, "", Network::tiktok, 15, kMonospace);
    CHECK(tiktok.width == 0);
    CHECK(tiktok.fold.visible.empty());
    // A long Facebook text folds at about 480 characters, between words, with « … Voir plus ».
    std::string long_text;
    while (text::count_graphemes(long_text) < 700) long_text += "La médiathèque ouvre ses portes le dimanche. ";
    const auto fb = preview::preview_text(long_text, "", Network::facebook, 15, kMonospace);
    CHECK(fb.fold.folded);
    CHECK(fb.fold.label == "… Voir plus");
    CHECK(text::count_graphemes(long_text.substr(0, fb.fold.visible_end)) <= 480);
    CHECK(long_text.compare(0, fb.fold.visible_end, long_text, 0, fb.fold.visible_end) == 0);
}

TEST_CASE("wrapping and folding any text: lines in order, within the width, nothing but spaces lost") {
    // Pieces that stress the breaks: spaces, line feeds, no-break spaces, emoji sequences,
    // decomposed accents, a long link, stray bytes.
    const std::vector<std::string> pieces = {"a", "mot ", " ", "\n", "\u00A0", "👩\u200D💻", "e\u0301", "🇫🇷",
                                             "https://saint-exemple.fr/une/tres/longue/adresse", "\xFF", "\r\n", "\t"};
    std::uint32_t seed = 12345;
    auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 8) % 1000u; };
    for (int round = 0; round < 300; ++round) {
        std::string text;
        const unsigned n = next() % 60;
        for (unsigned i = 0; i < n; ++i) text += pieces[next() % pieces.size()];
        const float width = 1.0f + static_cast<float>(next() % 30);
        const auto wrapped = preview::wrap_text(text, width, kMonospace);
        std::size_t at = 0;
        std::string kept;
        for (const Line& l : wrapped.lines) {
            REQUIRE(l.begin >= at);
            REQUIRE(l.end >= l.begin);
            REQUIRE(l.end <= text.size());
            const std::string_view s = preview::line_text(text, l);
            // Wider than the width only when it is a single cluster.
            if (kMonospace(s) > width) CHECK(text::next_grapheme_boundary(s, 0) == s.size());
            kept += s;
            at = l.end;
        }
        std::string expected;
        for (const char c : text)
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') expected += c;
        std::string kept_clean;
        for (const char c : kept)
            if (c != ' ' && c != '\t' && c != '\r') kept_clean += c;
        CHECK(kept_clean == expected);
        const auto fold = preview::fold_text(text, wrapped, rules(2, 15), width, kMonospace);
        CHECK(fold.visible_end <= text.size());
        CHECK(fold.visible.size() <= std::max<std::size_t>(wrapped.lines.size(), 1));
    }
}
