// The one trim (core/text/trim.h): ASCII white space, and the no-break spaces in unicode mode.
#include <doctest/doctest.h>

#include <string>

#include "text/trim.h"

using parvis::text::Spaces;
using parvis::text::trim;

TEST_CASE("trim: ASCII white space at both ends, never inside") {
    CHECK(trim("  Conseil municipal \t\r\n") == "Conseil municipal");
    CHECK(trim("\v\fa b\f\v") == "a b");
    CHECK(trim("a  b") == "a  b");
    CHECK(trim("") == "");
    CHECK(trim(" \t\r\n ") == "");
    CHECK(trim("x") == "x");
    // A view into the text, not a copy.
    const std::string text = "  mot  ";
    CHECK(trim(text).data() == text.data() + 2);
    static_assert(trim("  constexpr ") == "constexpr");
}

TEST_CASE("trim: the no-break spaces are text in ASCII mode, spaces in unicode mode") {
    const std::string nbsp = "\u00A0", narrow = "\u202F", thin = "\u2009";
    const std::string padded = nbsp + " 1\u202F234 " + narrow + thin + "\t";
    CHECK(trim(padded) == padded.substr(0, padded.size() - 1));  // only the tab goes
    CHECK(trim(padded, Spaces::unicode) == "1\u202F234");         // the grouping space stays
    CHECK(trim(nbsp + narrow + thin, Spaces::unicode) == "");
    CHECK(trim(" Saint-Étienne" + nbsp, Spaces::unicode) == "Saint-Étienne");
    // A letter whose UTF-8 ends like a space's (« ¯ » C2 AF, « â » C3 A2) is not cut.
    CHECK(trim("x\u00AF", Spaces::unicode) == "x\u00AF");
    CHECK(trim("\u20AC", Spaces::unicode) == "\u20AC");  // € is E2 82 AC
    // Truncated sequences at the ends are left alone.
    CHECK(trim("\xC2", Spaces::unicode) == "\xC2");
    CHECK(trim("a\xE2\x80", Spaces::unicode) == "a\xE2\x80");
}
