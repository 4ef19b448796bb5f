// UTF-8 well-formedness, checked on raw bytes before any parser sees them, so that a file with
// broken bytes is refused with the position of the first bad byte instead of a parser's guess.
#pragma once
#include <cstddef>
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

}  // namespace parvis::utf8
