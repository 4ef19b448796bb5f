#include "io/text_position.h"

#include <climits>

namespace parvis::io {

TextPosition position_at(std::string_view text, std::size_t offset) {
    if (offset > text.size()) offset = text.size();
    std::size_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    }
    std::size_t column = 1;
    for (std::size_t i = line_start; i < offset; ++i) {
        // Continuation bytes belong to the character already counted.
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
    auto clamp = [](std::size_t v) { return v > INT_MAX ? INT_MAX : static_cast<int>(v); };
    return {clamp(line), clamp(column)};
}

}  // namespace parvis::io
