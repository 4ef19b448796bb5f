#include "text/emoji.h"

#include "text/unicode_properties.h"

namespace parvis::text {
namespace {

constexpr char32_t kVariationSelector16 = 0xFE0F;
constexpr char32_t kKeycap = 0x20E3;
constexpr char32_t kZwj = 0x200D;

bool is_regional_indicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }
bool is_tag(char32_t c) { return c >= 0xE0020 && c <= 0xE007E; }

// One emoji element (character + presentation or modifier + tags) at `at`: its end, or `at`.
std::size_t element_end(std::u32string_view text, std::size_t at) {
    const std::size_t n = text.size();
    const char32_t c = text[at];
    if (!is_emoji(c)) return at;
    const char32_t next = at + 1 < n ? text[at + 1] : 0;
    std::size_t i = at + 1;
    if (next == kVariationSelector16) {
        ++i;
    } else if (is_emoji_modifier(next) && is_emoji_modifier_base(c)) {
        ++i;
    } else if (!is_emoji_presentation(c)) {
        return at;  // text presentation by default and nothing asks for emoji presentation
    }
    // Tag sequences (the flags of England, Scotland, Wales): tags up to CANCEL TAG.
    std::size_t j = i;
    while (j < n && is_tag(text[j])) ++j;
    if (j > i && j < n && text[j] == 0xE007F) i = j + 1;
    return i;
}

}  // namespace

std::size_t emoji_sequence_length(std::u32string_view text, std::size_t at) {
    const std::size_t n = text.size();
    if (at >= n) return 0;
    const char32_t c = text[at];
    if (c < 0x80) {
        // Keycaps: the only emoji that start with ASCII.
        if (!((c >= '0' && c <= '9') || c == '#' || c == '*')) return 0;
        std::size_t i = at + 1;
        if (i < n && text[i] == kVariationSelector16) ++i;
        return (i < n && text[i] == kKeycap) ? i + 1 - at : 0;
    }
    if (is_regional_indicator(c)) return (at + 1 < n && is_regional_indicator(text[at + 1])) ? 2 : 0;
    std::size_t end = element_end(text, at);
    // A text-default pictograph (👁 ❤ 🏳 ⛹…) starts a ZWJ sequence without U+FE0F too: UTS #51
    // (ED-16) makes any emoji character an element of one, and « 👁‍🗨 » shows as one emoji.
    if (end == at && is_emoji(c) && at + 2 < n && text[at + 1] == kZwj &&
        (element_end(text, at + 2) > at + 2 || (text[at + 2] >= 0x80 && is_emoji(text[at + 2])))) {
        end = at + 1;
    }
    if (end == at) return 0;
    while (end + 1 < n && text[end] == kZwj) {
        std::size_t next = element_end(text, end + 1);
        // After a ZWJ, text-default pictographs (♀ ♂ ⚕ ❤ …) join without U+FE0F.
        if (next == end + 1 && is_emoji(text[end + 1])) next = end + 2;
        if (next == end + 1) break;
        end = next;
    }
    return end - at;
}

}  // namespace parvis::text
