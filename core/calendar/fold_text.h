// Accent- and case-insensitive matching for the calendar's French word lists and names: a folded
// copy of a text (lower case, Latin accents removed, œ → oe, apostrophes and punctuation → space)
// that remembers, for each folded byte, the byte of the original it came from, so a match can be
// reported on the user's own text.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parvis::calendar {

struct FoldedText {
    std::string text;                  // folded, ASCII letters/digits and single spaces
    std::vector<std::size_t> origin;   // origin[i]: byte offset in the original of text[i]
    std::vector<std::size_t> origin_end;  // end offset in the original of the character of text[i]
};

FoldedText fold_text(std::string_view text);

// Folded form only (names, ids).
std::string fold(std::string_view text);

}  // namespace parvis::calendar
