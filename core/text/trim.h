// The one trim of the code base: white space removed at both ends of a text, as a view into it
// (no copy; build a std::string from it when the text must outlive its source).
//
// Two sets of spaces, because callers read two kinds of text:
//   - Spaces::ascii: the C locale's white space (space, \t, \n, \v, \f, \r). Enough for file
//     formats (ICS, CSV planning cells, dates typed in a field).
//   - Spaces::unicode: the same plus the no-break spaces a formatted number or a paste from a
//     document carries: U+00A0 NO-BREAK SPACE, U+202F NARROW NO-BREAK SPACE (French thousands
//     separator and the space before « % »), U+2009 THIN SPACE. For the platforms' export cells,
//     figures typed by hand and the local dictionary's words.
// Other Unicode spaces (U+2000–U+200A but thin, U+3000…) are left in place: no caller meets them.
#pragma once
#include <cstddef>
#include <string_view>

namespace parvis::text {

enum class Spaces { ascii, unicode };

namespace detail {

constexpr bool ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// The length in bytes of the no-break or thin space starting at s[i], 0 when there is none.
constexpr std::size_t unicode_space_at(std::string_view s, std::size_t i) {
    const std::string_view rest = s.substr(i);
    if (rest.substr(0, 2) == "\xC2\xA0") return 2;                                    // U+00A0
    if (rest.substr(0, 3) == "\xE2\x80\xAF" || rest.substr(0, 3) == "\xE2\x80\x89") return 3;  // U+202F, U+2009
    return 0;
}

}  // namespace detail

constexpr std::string_view trim(std::string_view s, Spaces spaces = Spaces::ascii) {
    for (bool again = true; again && !s.empty();) {
        again = false;
        if (detail::ascii_space(s.front())) {
            s.remove_prefix(1);
            again = true;
        } else if (spaces == Spaces::unicode) {
            if (const std::size_t n = detail::unicode_space_at(s, 0)) {
                s.remove_prefix(n);
                again = true;
            }
        }
    }
    for (bool again = true; again && !s.empty();) {
        again = false;
        if (detail::ascii_space(s.back())) {
            s.remove_suffix(1);
            again = true;
        } else if (spaces == Spaces::unicode) {
            // A space that ends the text, read back from its last byte (2 or 3 bytes long).
            for (std::size_t n : {std::size_t{2}, std::size_t{3}}) {
                if (s.size() >= n && detail::unicode_space_at(s, s.size() - n) == n) {
                    s.remove_suffix(n);
                    again = true;
                    break;
                }
            }
        }
    }
    return s;
}

}  // namespace parvis::text
