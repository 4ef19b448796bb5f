// Index
// [SECTION] Hangul (algorithmic, UAX #15 §3.12 of the Unicode Standard)
// [SECTION] Quick check
// [SECTION] Decompose, reorder, compose
#include "text/normalize.h"

#include <algorithm>
#include <vector>

#include "text/unicode_properties.h"
#include "text/unicode_tables.h"
#include "text/utf8.h"

namespace parvis::text {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Hangul
//-----------------------------------------------------------------------------

constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr char32_t kLCount = 19, kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

bool is_hangul_syllable(char32_t c) { return c >= kSBase && c < kSBase + kSCount; }

char32_t compose_pair(char32_t first, char32_t second) {
    if (first >= kLBase && first < kLBase + kLCount && second >= kVBase && second < kVBase + kVCount) {
        return kSBase + ((first - kLBase) * kVCount + (second - kVBase)) * kTCount;
    }
    if (is_hangul_syllable(first) && (first - kSBase) % kTCount == 0 && second > kTBase && second < kTBase + kTCount) {
        return first + (second - kTBase);
    }
    return primary_composite(first, second);
}

void decompose(char32_t c, std::vector<char32_t>& out) {
    if (is_hangul_syllable(c)) {
        const char32_t s = c - kSBase;
        out.push_back(kLBase + s / kNCount);
        out.push_back(kVBase + (s % kNCount) / kTCount);
        if (s % kTCount != 0) out.push_back(kTBase + s % kTCount);
        return;
    }
    char32_t first = 0, second = 0;
    if (!canonical_decomposition(c, first, second)) {
        out.push_back(c);
        return;
    }
    decompose(first, out);
    if (second != 0) decompose(second, out);
}

//-----------------------------------------------------------------------------
// [SECTION] Quick check
// A code point is certainly fine in NFC when it is a starter that never decomposes and never
// composes with what precedes it. Below U+0300 every code point is (precomposed Latin letters are
// primary composites, the combining marks start at U+0300).
//-----------------------------------------------------------------------------

bool certainly_nfc(char32_t c) {
    if (c < 0x300) return true;
    if (c >= 0x1100 && c <= 0x11FF) return false;  // conjoining jamo compose into syllables
    if (combining_class(c) != 0) return false;
    char32_t a = 0, b = 0;
    if (canonical_decomposition(c, a, b)) return false;
    const auto* end = tables::composing_starters + tables::composing_starters_size;
    return !std::binary_search(tables::composing_starters, end, tables::Range{c, c},
                               [](const tables::Range& x, const tables::Range& y) { return x.first < y.first; });
}

}  // namespace

bool is_nfc_quick(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const auto d = utf8::decode(text, i);
        if (d.code_point == utf8::kReplacementCharacter && d.length == 1) return false;  // invalid byte
        if (!certainly_nfc(d.code_point)) return false;
        i += d.length;
    }
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Decompose, reorder, compose
//-----------------------------------------------------------------------------

std::string to_nfc(std::string_view text) {
    if (is_nfc_quick(text)) return std::string(text);

    std::vector<char32_t> buffer;
    buffer.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size();) {
        const auto d = utf8::decode(text, i);
        decompose(d.code_point, buffer);
        i += d.length;
    }

    // Canonical ordering: each run of non-starters sorted by class, stably.
    for (std::size_t i = 0; i < buffer.size();) {
        if (combining_class(buffer[i]) == 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < buffer.size() && combining_class(buffer[j]) != 0) ++j;
        if (j - i > 1) {
            std::stable_sort(buffer.begin() + static_cast<std::ptrdiff_t>(i), buffer.begin() + static_cast<std::ptrdiff_t>(j),
                             [](char32_t a, char32_t b) { return combining_class(a) < combining_class(b); });
        }
        i = j;
    }

    // Canonical composition: a character combines with the last starter unless it is blocked
    // (something of the same or a higher class, or a starter, stands between them).
    std::size_t out = 0;
    if (!buffer.empty()) {
        std::size_t starter = 0;
        int last_class = combining_class(buffer[0]);
        if (last_class != 0) last_class = 256;  // no starter yet: nothing may compose
        out = 1;
        for (std::size_t i = 1; i < buffer.size(); ++i) {
            const char32_t c = buffer[i];
            const int c_class = combining_class(c);
            // Every second character of a canonical composition is U+0300 or above: plain
            // letters skip the table search.
            if (c >= 0x300 && (last_class < c_class || last_class == 0)) {
                if (const char32_t composite = compose_pair(buffer[starter], c)) {
                    buffer[starter] = composite;
                    continue;
                }
            }
            if (c_class == 0) starter = out;
            last_class = c_class;
            buffer[out++] = c;
        }
    }

    std::string result;
    result.reserve(text.size());
    for (std::size_t i = 0; i < out; ++i) utf8::append(result, buffer[i]);
    return result;
}

}  // namespace parvis::text
