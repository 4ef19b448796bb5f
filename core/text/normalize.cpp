// Index
// [SECTION] Hangul (algorithmic, UAX #15 §3.12 of the Unicode Standard)
// [SECTION] Quick check
// [SECTION] Decompose, reorder, compose
#include "text/normalize.h"

#include <algorithm>
#include <array>
#include <cstdint>

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

void decompose(char32_t c, SmallVectorRef<char32_t>& out) {
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

bool certainly_nfc_by_tables(char32_t c) {
    if (c < 0x300) return true;
    if (c >= 0x1100 && c <= 0x11FF) return false;  // conjoining jamo compose into syllables
    if (combining_class(c) != 0) return false;
    char32_t a = 0, b = 0;
    if (canonical_decomposition(c, a, b)) return false;
    const auto* end = tables::composing_starters + tables::composing_starters_size;
    return !std::binary_search(tables::composing_starters, end, tables::Range{c, c},
                               [](const tables::Range& x, const tables::Range& y) { return x.first < y.first; });
}

// The same answer as one bit per code point below U+20000 (16 KiB), marked once from the tables
// themselves: three binary searches per accented or typographic character made the quick check
// the largest cost of counting a post.
class NotBoundaryBits {
public:
    static constexpr char32_t kLimit = 0x20000;

    NotBoundaryBits() {
        mark(0x1100, 0x11FF);
        for (std::size_t i = 0; i < tables::combining_class_size; ++i) {
            mark(tables::combining_class[i].first, tables::combining_class[i].last);
        }
        for (std::size_t i = 0; i < tables::decomposition_size; ++i) {
            mark(tables::decomposition[i].code_point, tables::decomposition[i].code_point);
        }
        for (std::size_t i = 0; i < tables::composing_starters_size; ++i) {
            mark(tables::composing_starters[i].first, tables::composing_starters[i].last);
        }
    }
    bool test(char32_t c) const { return (words_[c >> 6] >> (c & 63)) & 1; }

private:
    void mark(char32_t first, char32_t last) {
        // Below U+0300 everything is a boundary whatever the tables say (see above).
        for (char32_t c = std::max<char32_t>(first, 0x300); c <= last && c < kLimit; ++c) {
            words_[c >> 6] |= std::uint64_t{1} << (c & 63);
        }
    }
    std::array<std::uint64_t, kLimit / 64> words_{};
};

// Decomposes, reorders and recomposes `piece` (which starts at a boundary or at the start of the
// text, and holds no boundary after its first code point), appending the result to `out`.
void append_nfc_piece(std::u32string_view piece, SmallVectorRef<char32_t>& out) {
    const std::size_t base = out.size();
    for (const char32_t c : piece) decompose(c, out);
    const std::size_t size = out.size();

    // Canonical ordering: each run of non-starters sorted by class, stably.
    for (std::size_t i = base; i < size;) {
        if (combining_class(out[i]) == 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < size && combining_class(out[j]) != 0) ++j;
        if (j - i > 1) {
            std::stable_sort(out.begin() + i, out.begin() + j,
                             [](char32_t a, char32_t b) { return combining_class(a) < combining_class(b); });
        }
        i = j;
    }

    // Canonical composition: a character combines with the last starter unless it is blocked
    // (something of the same or a higher class, or a starter, stands between them).
    if (size == base) return;
    std::size_t starter = base;
    int last_class = combining_class(out[base]);
    if (last_class != 0) last_class = 256;  // no starter yet: nothing may compose
    std::size_t kept = base + 1;
    for (std::size_t i = base + 1; i < size; ++i) {
        const char32_t c = out[i];
        const int c_class = combining_class(c);
        // Every second character of a canonical composition is U+0300 or above: plain
        // letters skip the table search.
        if (c >= 0x300 && (last_class < c_class || last_class == 0)) {
            if (const char32_t composite = compose_pair(out[starter], c)) {
                out[starter] = composite;
                continue;
            }
        }
        if (c_class == 0) starter = kept;
        last_class = c_class;
        out[kept++] = c;
    }
    out.resize(kept);
}

}  // namespace

bool is_nfc_boundary(char32_t c) {
    if (c < 0x300) return true;
    if (c < NotBoundaryBits::kLimit) {
        static const NotBoundaryBits not_boundary;
        return !not_boundary.test(c);
    }
    return certainly_nfc_by_tables(c);
}

bool is_nfc_quick(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const auto d = utf8::decode(text, i);
        if (d.code_point == utf8::kReplacementCharacter && d.length == 1) return false;  // invalid byte
        if (!is_nfc_boundary(d.code_point)) return false;
        i += d.length;
    }
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Decompose, reorder, compose
// Piece by piece: a boundary code point neither changes nor lets what follows it reach what
// precedes it, so each piece from one boundary to the next is normalised alone.
//-----------------------------------------------------------------------------

void append_nfc(std::u32string_view text, SmallVectorRef<char32_t>& out) {
    const auto boundary = [](char32_t c) { return c < 0x300 || is_nfc_boundary(c); };
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        // A run of boundaries is copied whole, but for its last one when a non-boundary follows:
        // that one starts the piece to normalise (only the text's start may begin without one).
        std::size_t j = i;
        while (j < n && boundary(text[j])) ++j;
        const std::size_t piece = j < n && j > i ? j - 1 : j;
        out.append(text.data() + i, text.data() + piece);
        if (j == n) break;
        std::size_t k = j + 1;
        while (k < n && !boundary(text[k])) ++k;
        append_nfc_piece(text.substr(piece, k - piece), out);
        i = k;
    }
}

std::string to_nfc(std::string_view text) {
    if (is_nfc_quick(text)) return std::string(text);

    SmallVector<char32_t, 256> decoded, normalized;
    for (std::size_t i = 0; i < text.size();) {
        const auto d = utf8::decode(text, i);
        decoded.push_back(d.code_point);
        i += d.length;
    }
    append_nfc(std::u32string_view(decoded.data(), decoded.size()), normalized);

    std::string result;
    result.reserve(text.size());
    for (const char32_t c : normalized) utf8::append(result, c);
    return result;
}

}  // namespace parvis::text
