// core/text: lenient UTF-8 decoding, grapheme clusters against the Unicode 15 oracle
// (GraphemeBreakTest.txt, every line), NFC against NormalizationTest.txt (every line, NFC column).
// The oracles come from Debian's unicode-data; a test skips with a message when they are absent.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/grapheme.h"
#include "text/normalize.h"
#include "text/utf8.h"

using namespace parvis;

namespace {

std::string utf8_of(const std::vector<char32_t>& cps) {
    std::string out;
    for (const char32_t c : cps) utf8::append(out, c);
    return out;
}

std::vector<char32_t> hex_code_points(const std::string& field) {
    std::vector<char32_t> out;
    std::istringstream in(field);
    std::string hex;
    while (in >> hex) out.push_back(static_cast<char32_t>(std::stoul(hex, nullptr, 16)));
    return out;
}

}  // namespace

TEST_CASE("utf8::decode never fails: each bad byte is one U+FFFD") {
    const std::string bad = std::string("a\xC3") + "\xFF" + "\xE2\x82" + "b" + "\xED\xA0\x80" + "\xF0\x9F\x98\x80";
    std::vector<char32_t> cps;
    for (std::size_t i = 0; i < bad.size();) {
        const auto d = utf8::decode(bad, i);
        CHECK(d.length >= 1);
        cps.push_back(d.code_point);
        i += d.length;
    }
    const std::vector<char32_t> expected = {'a', 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 'b', 0xFFFD, 0xFFFD, 0xFFFD, 0x1F600};
    CHECK(cps == expected);
    CHECK(text::count_graphemes(bad) == expected.size());
    CHECK(text::to_nfc(bad) == "a\uFFFD\uFFFD\uFFFD\uFFFDb\uFFFD\uFFFD\uFFFD\U0001F600");
    // Truncated at every position: never reads past the end.
    const std::string emoji = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB";
    for (std::size_t n = 0; n <= emoji.size(); ++n) CHECK(text::count_graphemes(emoji.substr(0, n)) <= n);
}

TEST_CASE("grapheme clusters: French text and emoji") {
    CHECK(text::count_graphemes("") == 0);
    CHECK(text::count_graphemes("élu·e·s") == 7);
    CHECK(text::count_graphemes("e\u0301te\u0301") == 3);                      // decomposed accents
    CHECK(text::count_graphemes("«\u202Fbonjour\u202F»") == 11);               // narrow no-break spaces
    CHECK(text::count_graphemes("\U0001F44B\U0001F3FD") == 1);                 // waving hand, skin tone
    CHECK(text::count_graphemes("\U0001F469\u200D\U0001F4BB") == 1);           // woman technologist (ZWJ)
    CHECK(text::count_graphemes("\U0001F1EB\U0001F1F7\U0001F1EA\U0001F1FA") == 2);  // 🇫🇷🇪🇺
    CHECK(text::count_graphemes("\r\n") == 1);
    CHECK(text::next_grapheme_boundary("e\u0301x", 0) == 3);
}

TEST_CASE("GraphemeBreakTest.txt: every line") {
    std::ifstream in(PARVIS_UCD_DIR "/auxiliary/GraphemeBreakTest.txt");
    if (!in) {
        MESSAGE("GraphemeBreakTest.txt absent (Debian package unicode-data): skipped");
        return;
    }
    int lines = 0, passed = 0;
    std::string line;
    while (std::getline(in, line)) {
        const auto hash = line.find('#');
        const std::string rule = line.substr(0, hash);
        if (rule.find_first_not_of(" \t") == std::string::npos) continue;
        ++lines;
        // "÷ 0020 × 0308 ÷": code points with the expected break (÷) or no break (×) before each.
        std::vector<char32_t> cps;
        std::vector<std::size_t> expected_boundaries;  // byte offsets
        std::string bytes;
        std::istringstream tokens(rule);
        std::string token;
        while (tokens >> token) {
            if (token == "\xC3\xB7") {  // ÷
                if (!cps.empty()) expected_boundaries.push_back(bytes.size());
            } else if (token != "\xC3\x97") {  // ×
                const char32_t c = static_cast<char32_t>(std::stoul(token, nullptr, 16));
                cps.push_back(c);
                utf8::append(bytes, c);
            }
        }
        std::vector<std::size_t> boundaries;
        for (std::size_t i = 0; i < bytes.size();) {
            i = text::next_grapheme_boundary(bytes, i);
            boundaries.push_back(i);
        }
        const bool ok = boundaries == expected_boundaries && text::count_graphemes(bytes) == expected_boundaries.size();
        if (ok) ++passed;
        else FAIL_CHECK("GraphemeBreakTest line: " << line);
    }
    MESSAGE("GraphemeBreakTest.txt: " << passed << "/" << lines << " lines pass");
    CHECK(lines > 600);
    CHECK(passed == lines);
}

TEST_CASE("NFC: French text, Hangul, quick check") {
    CHECK(text::to_nfc("e\u0301lu") == "\u00E9lu");
    CHECK(text::to_nfc("A\u030A") == "\u00C5");
    CHECK(text::to_nfc("\u212B") == "\u00C5");  // singleton: ANGSTROM SIGN
    CHECK(text::to_nfc("\u1100\u1161\u11A8") == "\uAC01");
    CHECK(text::to_nfc("a\u0323\u0302") == "\u1EAD");  // reordered then composed
    CHECK(text::is_nfc_quick("L\u2019été «\u202Fà Paris\u202F» : 20\u00A0€"));
    CHECK_FALSE(text::is_nfc_quick("e\u0301"));
}

TEST_CASE("NormalizationTest.txt: NFC column, every line") {
    std::ifstream in(PARVIS_NORMALIZATION_TEST);
    if (!in) {
        MESSAGE("NormalizationTest.txt absent (Debian package unicode-data, bunzip2): skipped");
        return;
    }
    int lines = 0, passed = 0;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line[0] == '@') continue;
        std::vector<std::string> fields;
        std::istringstream row(line);
        std::string field;
        while (std::getline(row, field, ';') && fields.size() < 5) fields.push_back(field);
        if (fields.size() < 5) continue;
        ++lines;
        std::string c[5];
        for (int k = 0; k < 5; ++k) c[k] = utf8_of(hex_code_points(fields[static_cast<std::size_t>(k)]));
        // UAX #15 conformance: c2 == NFC(c1) == NFC(c2) == NFC(c3); c4 == NFC(c4) == NFC(c5).
        const bool ok = text::to_nfc(c[0]) == c[1] && text::to_nfc(c[1]) == c[1] && text::to_nfc(c[2]) == c[1] &&
                        text::to_nfc(c[3]) == c[3] && text::to_nfc(c[4]) == c[3];
        if (ok) ++passed;
        else FAIL_CHECK("NormalizationTest line: " << line);
    }
    MESSAGE("NormalizationTest.txt: " << passed << "/" << lines << " lines pass (NFC)");
    CHECK(lines > 18000);
    CHECK(passed == lines);
}
