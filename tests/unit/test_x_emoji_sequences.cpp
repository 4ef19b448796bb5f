// X weighted length: emoji ZWJ sequences that start with a text-default pictograph (UTS #51 ED-16:
// any emoji character is an element), and the positions parse_x reports on its fast path (NFC
// text) and its slow one (NFD text, over the limit). The differential test against twitter-text
// (tests/e2e/twitter_text_diff.test.mjs) checks the same on thousands of generated posts.
#include <doctest/doctest.h>

#include <string>

#include "count/x_weighted_length.h"

using parvis::count::parse_x;

TEST_CASE("X: a ZWJ sequence weighs 2 even when it starts without U+FE0F") {
    CHECK(parse_x("\U0001F441\u200D\U0001F5E8").weighted_length == 2);        // 👁‍🗨 (twitter-text: 2)
    CHECK(parse_x("\u2764\u200D\U0001F525").weighted_length == 2);            // ❤‍🔥
    CHECK(parse_x("\U0001F3F3\u200D\u26A7\uFE0F").weighted_length == 2);      // 🏳‍⚧️
    CHECK(parse_x("Bravo \U0001F441\u200D\U0001F5E8 !").weighted_length == 10);
    // A text-style character alone, or followed by a ZWJ and no emoji, stays what it was.
    CHECK(parse_x("\u00A9").weighted_length == 1);                            // ©
    CHECK(parse_x("\u00A9\u200D").weighted_length == 2);                      // © + ZWJ (1 + 1)
    CHECK(parse_x("\u00A9\u200Da").weighted_length == 3);
    CHECK(parse_x("\u2764\u200D1").weighted_length == 4);                     // ❤ 2, ZWJ 1, « 1 » 1
}

TEST_CASE("X: positions on NFC and NFD text, within and over the limit") {
    const auto nfc = parse_x("\u00E9t\u00E9");  // été
    CHECK(nfc.weighted_length == 3);
    CHECK(nfc.display_range_end == 2);
    CHECK(nfc.valid_range_end == 2);
    CHECK(nfc.valid_bytes_end == 5);

    const auto nfd = parse_x("e\u0301te\u0301");  // été decomposed: 5 UTF-16 units, 3 after NFC
    CHECK(nfd.weighted_length == 3);
    CHECK(nfd.display_range_end == 4);
    CHECK(nfd.valid_range_end == 4);
    CHECK(nfd.valid_bytes_end == 7);

    const auto over = parse_x(std::string(300, 'a'));
    CHECK_FALSE(over.valid);
    CHECK(over.weighted_length == 300);
    CHECK(over.valid_range_end == 279);
    CHECK(over.display_range_end == 299);
    CHECK(over.valid_bytes_end == 280);

    const auto refused = parse_x("a\uFEFFb");
    CHECK_FALSE(refused.valid);
    CHECK(refused.valid_range_end == 0);
    CHECK(refused.valid_bytes_end == 1);
}
