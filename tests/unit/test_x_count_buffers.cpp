// X counting past its inline buffers (core/text/small_vector.h): a post's code points, links and
// domain labels live on the stack up to a size, on the heap beyond. Texts longer than each size
// must count exactly as short ones do, piece for piece.
#include <doctest/doctest.h>

#include <string>

#include "count/x_weighted_length.h"
#include "text/links.h"
#include "text/normalize.h"
#include "text/small_vector.h"

using namespace parvis;

namespace {

std::string repeat(const std::string& piece, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += piece;
    return out;
}

}  // namespace

TEST_CASE("SmallVector moves to the heap past its inline capacity and keeps its elements") {
    text::SmallVector<char32_t, 4> v;
    for (char32_t c = 0; c < 100; ++c) v.push_back(c);
    REQUIRE(v.size() == 100);
    for (char32_t c = 0; c < 100; ++c) CHECK(v[c] == c);
    const char32_t more[] = {1000, 1001, 1002};
    v.append(more, more + 3);
    CHECK(v.size() == 103);
    CHECK(v.back() == 1002);
    v.resize(2);
    CHECK(v.size() == 2);
    v.clear();
    CHECK(v.empty());
}

TEST_CASE("X: a text longer than the inline code points counts as its pieces do") {
    // 3,000 code points (over the 1,024 kept on the stack), accents composed and decomposed.
    const std::string composed = repeat("été ", 750), decomposed = repeat("e\u0301te\u0301 ", 750);
    const auto x = count::parse_x(composed);
    CHECK(x.weighted_length == 3000);
    CHECK(x.display_range_end == 2999);
    CHECK(x.valid_range_end == 279);  // 280 fit: 70 pieces of 4
    CHECK(x.valid_bytes_end == 70 * std::string("été ").size());
    const auto d = count::parse_x(decomposed);
    CHECK(d.weighted_length == 3000);
    CHECK(d.display_range_end == 750 * 6 - 1);  // positions in the text as given (NFD: 6 units a piece)
    // twitter-text shifts the end of the part that fits by all that NFC saved (1,500 units).
    CHECK(d.valid_range_end == 279 + 1500);
}

TEST_CASE("X: more links and labels than the inline ones") {
    // 40 links (over the 16 kept on the stack), and a domain of 30 labels (over 16).
    const auto many = count::parse_x(repeat("mairie.fr ", 40));
    CHECK(many.links == 40);
    CHECK(many.weighted_length == 40 * 24);
    const std::string labels = repeat("a.", 30) + "fr";
    CHECK(text::extract_links(labels).size() == 1);
    CHECK(count::parse_x(labels).weighted_length == 23);
}

TEST_CASE("NFC piece by piece: only what surrounds a non-boundary changes") {
    CHECK(text::to_nfc("Caf\u0065\u0301 et cre\u0300me") == "Caf\u00E9 et cr\u00E8me");
    CHECK(text::to_nfc("\u1100\u1161\u11A8 et \uAC00\u11A8") == "\uAC01 et \uAC01");  // jamo, syllable + jamo
    CHECK(text::to_nfc("a\u0316\u0300b") == "\u00E0\u0316b");                         // marks reordered, then composed
    CHECK(text::is_nfc_boundary(U'a'));
    CHECK(text::is_nfc_boundary(U'\u2019'));  // ’
    CHECK(!text::is_nfc_boundary(U'\u0301'));  // combining acute
    CHECK(!text::is_nfc_boundary(U'\u212B'));  // ANGSTROM SIGN decomposes
    CHECK(!text::is_nfc_boundary(U'\u0CD5'));  // a starter that composes with what precedes it
    CHECK(!text::is_nfc_boundary(U'\U0002F800'));  // CJK compatibility ideograph (beyond the bit table)
}
