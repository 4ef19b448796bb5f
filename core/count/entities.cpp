#include "count/entities.h"

#include "text/unicode_properties.h"

namespace parvis::count {
namespace {

bool is_ascii_word(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Letters, marks and digits of any script, without a general-category table: everything above
// Latin-1's symbols except spaces, punctuation blocks and emoji.
bool is_word(char32_t c) {
    if (c < 0x80) return is_ascii_word(c);
    if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7) return false;
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F)) return false;
    if ((c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
        (c >= 0xFF5B && c <= 0xFF65)) {
        return false;
    }
    if (c == 0xFFFD || c == 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F)) return false;
    return !text::is_extended_pictographic(c) && !(c >= 0x1F1E6 && c <= 0x1F1FF) && !text::is_emoji_modifier(c);
}

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

}  // namespace

bool hashtag_at(std::u32string_view text, std::size_t at, Span& span) {
    if (at >= text.size() || (text[at] != '#' && text[at] != 0xFF03)) return false;
    if (at > 0 && (is_word(text[at - 1]) || text[at - 1] == '&')) return false;
    std::size_t end = at + 1;
    bool has_non_digit = false;
    while (end < text.size() && (is_word(text[end]) || text[end] == 0x200C)) {
        has_non_digit = has_non_digit || !is_ascii_digit(text[end]);
        ++end;
    }
    if (!has_non_digit) return false;
    span = {at, end};
    return true;
}

bool mention_at(std::u32string_view text, std::size_t at, Span& span, std::size_t& local_end) {
    // Mastodon: (?<![=\/[:word:]])@(([a-z0-9_]+)(?:@[[:word:]]+(?:[.-]+[[:word:]]+)*)?)
    if (at >= text.size() || text[at] != '@') return false;
    if (at > 0 && (is_word(text[at - 1]) || text[at - 1] == '=' || text[at - 1] == '/')) return false;
    std::size_t i = at + 1;
    while (i < text.size() && is_ascii_word(text[i])) ++i;
    if (i == at + 1) return false;
    local_end = i;
    span = {at, i};
    if (i + 1 < text.size() && text[i] == '@' && is_word(text[i + 1])) {
        std::size_t j = i + 1;
        while (j < text.size() && is_word(text[j])) ++j;
        std::size_t end = j;
        while (j < text.size() && (text[j] == '.' || text[j] == '-')) {
            std::size_t k = j;
            while (k < text.size() && (text[k] == '.' || text[k] == '-')) ++k;
            std::size_t m = k;
            while (m < text.size() && is_word(text[m])) ++m;
            if (m == k) break;
            end = j = m;
        }
        span.end = end;
    }
    return true;
}

std::size_t count_hashtags(std::u32string_view text) {
    std::size_t count = 0;
    Span span{};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (hashtag_at(text, i, span)) {
            ++count;
            i = span.end - 1;
        }
    }
    return count;
}

}  // namespace parvis::count
