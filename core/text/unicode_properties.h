// Character properties of the Unicode 15 Character Database that core/text/ needs: grapheme
// cluster breaks (UAX #29), emoji (UTS #51), canonical normalisation data (UAX #15). Lookups are
// binary searches over the generated sorted ranges, with an ASCII fast path: they run on every
// keystroke.
#pragma once
#include <cstdint>

namespace parvis::text {

// Grapheme_Cluster_Break values; the numbers are those cmake/unicode_tables.cmake writes.
enum class GraphemeBreak : std::uint8_t {
    other = 0, cr, lf, control, extend, zwj, regional_indicator, prepend, spacing_mark,
    l, v, t, lv, lvt,
};

GraphemeBreak grapheme_break(char32_t c);
bool is_extended_pictographic(char32_t c);

// emoji-data.txt properties.
bool is_emoji(char32_t c);
bool is_emoji_presentation(char32_t c);
bool is_emoji_modifier(char32_t c);
bool is_emoji_modifier_base(char32_t c);

// Canonical_Combining_Class (0 for starters).
std::uint8_t combining_class(char32_t c);

// The canonical decomposition of c, one level (not recursive), Hangul excluded: false when c has
// none; second is 0 for a singleton.
bool canonical_decomposition(char32_t c, char32_t& first, char32_t& second);

// The primary composite of first + second, Hangul excluded; 0 when there is none.
char32_t primary_composite(char32_t first, char32_t second);

}  // namespace parvis::text
