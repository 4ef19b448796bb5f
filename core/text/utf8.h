// UTF-8 well-formedness, checked on raw bytes before any parser sees them, so that a file with
// broken bytes is refused with the position of the first bad byte instead of a parser's guess.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace parvis::utf8 {

inline constexpr std::size_t kAllValid = std::string_view::npos;

// Offset of the first byte (the lead byte of a bad sequence) that is not well-formed UTF-8 as
// RFC 3629 defines it: overlong forms, UTF-16 surrogates (U+D800..U+DFFF), code points above
// U+10FFFF, stray continuation bytes and truncated sequences are all refused. kAllValid when the
// whole input is well formed.
std::size_t find_invalid(std::string_view bytes);

inline bool is_valid(std::string_view bytes) { return find_invalid(bytes) == kAllValid; }

// Number of code points of well-formed UTF-8 (every byte that is not a continuation byte).
std::size_t count_code_points(std::string_view bytes);

// True when the text holds a C0 control character other than tab, line feed and carriage return
// (NUL, escape, bell…) or DEL: never typed in a title or a post, they come from a damaged or
// hostile file, and readers refuse them rather than carry them into the planning and the exports.
constexpr bool has_control_character(std::string_view text) {
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F) return true;
    }
    return false;
}

// The longest prefix of at most `max_bytes` bytes that does not cut a UTF-8 sequence in two.
constexpr std::string_view prefix(std::string_view bytes, std::size_t max_bytes) {
    if (bytes.size() <= max_bytes) return bytes;
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(bytes[cut]) & 0xC0) == 0x80) --cut;  // a continuation byte
    return bytes.substr(0, cut);
}

// [SECTION] Lenient decoding, for text typed or pasted by users (counters, tone checks): it never
// fails, because a counter must answer on every keystroke whatever the bytes.
inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct Decoded {
    char32_t code_point;  // U+FFFD for a byte that does not start a well-formed sequence
    unsigned length;      // bytes consumed: 1..4, always at least 1
};

// The code point at `offset` (< bytes.size()). Each byte of an ill-formed sequence decodes to
// U+FFFD on its own (length 1), as the WHATWG decoder does for most inputs.
Decoded decode(std::string_view bytes, std::size_t offset);

// Appends the UTF-8 form of a code point (a surrogate or a value above U+10FFFF becomes U+FFFD).
void append(std::string& out, char32_t code_point);

// The same into `out` (room for 4 bytes), without allocating; returns the bytes written.
unsigned encode(char32_t code_point, char* out);

// UTF-16 code units of a code point (1 or 2): the unit in which JavaScript, and so twitter-text
// and the web app's text fields, measure positions.
inline unsigned utf16_length(char32_t code_point) { return code_point >= 0x10000 ? 2 : 1; }

}  // namespace parvis::utf8
