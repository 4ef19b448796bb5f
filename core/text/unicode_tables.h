// The raw tables of core/text/, generated at build time by cmake/unicode_tables.cmake from the
// Unicode 15 Character Database and the Public Suffix List (never committed). Every array is
// sorted by its first field so that lookups are binary searches; use the functions of
// unicode_properties.h rather than these arrays.
#pragma once
#include <cstddef>
#include <string_view>

namespace parvis::text::tables {

struct Range {
    char32_t first, last;
};

struct ValueRange {
    char32_t first, last;
    unsigned char value;
};

// A canonical decomposition: one or two code points (second == 0 for a singleton).
struct Decomposition {
    char32_t code_point, first, second;
};

// A primary composite: first + second compose to composite (sorted by first, then second).
struct Composition {
    char32_t first, second, composite;
};

extern const ValueRange grapheme_break[];  // value: GraphemeBreak (unicode_properties.h)
extern const std::size_t grapheme_break_size;
extern const Range extended_pictographic[];
extern const std::size_t extended_pictographic_size;
extern const Range emoji[];
extern const std::size_t emoji_size;
extern const Range emoji_presentation[];
extern const std::size_t emoji_presentation_size;
extern const Range emoji_modifier[];
extern const std::size_t emoji_modifier_size;
extern const Range emoji_modifier_base[];
extern const std::size_t emoji_modifier_base_size;

extern const ValueRange combining_class[];  // non-zero classes only
extern const std::size_t combining_class_size;
extern const Decomposition decomposition[];
extern const std::size_t decomposition_size;
extern const Composition composition[];
extern const std::size_t composition_size;
extern const Range composing_starters[];  // starters (class 0) that are the second of a composite
extern const std::size_t composing_starters_size;

// Lower-case top-level domains, UTF-8, sorted bytewise.
extern const std::string_view top_level_domains[];
extern const std::size_t top_level_domains_size;

}  // namespace parvis::text::tables
