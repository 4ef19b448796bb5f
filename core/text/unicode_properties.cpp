#include "text/unicode_properties.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "text/unicode_tables.h"

namespace parvis::text {
namespace {

template <class RangeT>
const RangeT* find_range(const RangeT* table, std::size_t size, char32_t c) {
    const RangeT* end = table + size;
    // The first range whose last code point is >= c; it holds c if it starts at or before c.
    const RangeT* it = std::lower_bound(table, end, c, [](const RangeT& r, char32_t v) { return r.last < v; });
    return (it != end && it->first <= c) ? it : nullptr;
}

bool in(const tables::Range* table, std::size_t size, char32_t c) { return find_range(table, size, c) != nullptr; }

// One bit per code point of the Basic Multilingual Plane (8 KiB), set once from a range table:
// the counters ask "is this an emoji?" of every non-ASCII character of a post, nearly always about
// a letter or a punctuation mark, and a bit test answers faster than a binary search.
class BmpBits {
public:
    BmpBits(const tables::Range* table, std::size_t size) {
        for (std::size_t i = 0; i < size && table[i].first < 0x10000; ++i) {
            for (char32_t c = table[i].first; c <= table[i].last && c < 0x10000; ++c) words_[c >> 6] |= std::uint64_t{1} << (c & 63);
        }
    }
    bool test(char32_t c) const { return (words_[c >> 6] >> (c & 63)) & 1; }

private:
    std::array<std::uint64_t, 0x10000 / 64> words_{};
};

}  // namespace

GraphemeBreak grapheme_break(char32_t c) {
    if (c < 0x7F) {
        // ASCII: only the controls are special (the table says so too; this skips the search).
        if (c == '\r') return GraphemeBreak::cr;
        if (c == '\n') return GraphemeBreak::lf;
        return c < 0x20 ? GraphemeBreak::control : GraphemeBreak::other;
    }
    const auto* r = find_range(tables::grapheme_break, tables::grapheme_break_size, c);
    return r ? static_cast<GraphemeBreak>(r->value) : GraphemeBreak::other;
}

bool is_extended_pictographic(char32_t c) {
    return c >= 0xA9 && in(tables::extended_pictographic, tables::extended_pictographic_size, c);
}
bool is_emoji(char32_t c) {
    if (c < 0x10000) {
        static const BmpBits emoji_bits(tables::emoji, tables::emoji_size);
        return emoji_bits.test(c);
    }
    return in(tables::emoji, tables::emoji_size, c);
}
bool is_emoji_presentation(char32_t c) {
    return c >= 0x231A && in(tables::emoji_presentation, tables::emoji_presentation_size, c);
}
bool is_emoji_modifier(char32_t c) { return c >= 0x1F3FB && c <= 0x1F3FF; }
bool is_emoji_modifier_base(char32_t c) {
    return c >= 0x261D && in(tables::emoji_modifier_base, tables::emoji_modifier_base_size, c);
}

std::uint8_t combining_class(char32_t c) {
    if (c < 0x300) return 0;
    const auto* r = find_range(tables::combining_class, tables::combining_class_size, c);
    return r ? r->value : 0;
}

bool canonical_decomposition(char32_t c, char32_t& first, char32_t& second) {
    if (c < 0xC0) return false;
    const auto* end = tables::decomposition + tables::decomposition_size;
    const auto* it = std::lower_bound(tables::decomposition, end, c,
                                      [](const tables::Decomposition& d, char32_t v) { return d.code_point < v; });
    if (it == end || it->code_point != c) return false;
    first = it->first;
    second = it->second;
    return true;
}

char32_t primary_composite(char32_t first, char32_t second) {
    const auto* end = tables::composition + tables::composition_size;
    const auto less = [](const tables::Composition& a, const tables::Composition& b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    };
    const tables::Composition key{first, second, 0};
    const auto* it = std::lower_bound(tables::composition, end, key, less);
    return (it != end && it->first == first && it->second == second) ? it->composite : 0;
}

}  // namespace parvis::text
