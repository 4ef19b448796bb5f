// Byte offsets to the line and column a person sees in an editor. Used only on error paths.
#pragma once
#include <cstddef>
#include <string_view>

namespace parvis::io {

struct TextPosition {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in code points (an « é » is one column, not two bytes)
};

// Position of the byte at `offset` (clamped to the end of the text, which is where a truncated
// file's error is). Lines end at '\n'; a '\r' before it counts as an ordinary character.
TextPosition position_at(std::string_view text, std::size_t offset);

}  // namespace parvis::io
