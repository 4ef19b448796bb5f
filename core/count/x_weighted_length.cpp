#include "count/x_weighted_length.h"

#include <cstdint>
#include <cstring>

#include "text/emoji.h"
#include "text/links.h"
#include "text/normalize.h"
#include "text/small_vector.h"
#include "text/unicode_properties.h"
#include "text/utf8.h"

namespace parvis::count {
namespace {

// Code points kept on the stack (4 KiB): a post of any network's usual length fits, a longer text
// goes to the heap.
constexpr std::size_t kInlineCodePoints = 1024;

int weight_of(char32_t c, const XConfig& config) {
    for (const WeightRange& r : config.ranges) {
        if (c >= r.first && c <= r.last) return r.weight;
    }
    return config.default_weight;
}

bool is_invalid_char(char32_t c) { return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF; }

// Only these ASCII characters may start an emoji (keycaps), and only an emoji character may start
// another sequence (a flag's regional indicators are emoji too): the others skip the call.
bool may_start_emoji(char32_t c) {
    return c >= 0x80 ? text::is_emoji(c) : (c >= '0' && c <= '9') || c == '#' || c == '*';
}

// A keycap (« 1️⃣ »: [0-9#*] U+FE0F? U+20E3) starts at `i`: the character after it says. The
// bases are all below 64: one bit each in a mask.
constexpr std::uint64_t kKeycapBases = 0x03FFull << '0' | 1ull << '#' | 1ull << '*';
bool starts_keycap(std::u32string_view cps, std::size_t i) {
    const char32_t c = cps[i];
    return c < 64 && ((kKeycapBases >> c) & 1) != 0 && i + 1 < cps.size() && (cps[i + 1] == 0xFE0F || cps[i + 1] == 0x20E3);
}

// The weight of every ASCII character when the first range that holds any of them holds them all
// (twitter-text's configurations do), else -1: ASCII then takes the general path.
int uniform_ascii_weight(const XConfig& config) {
    for (const WeightRange& r : config.ranges) {
        if (r.first <= 0x7F && r.first <= r.last) return r.first == 0 && r.last >= 0x7F ? r.weight : -1;
    }
    return config.default_weight;
}

}  // namespace

XParse parse_x(std::string_view text, const XConfig& config) {
    XParse result;
    // One decoding pass gives the code points (on the stack for a post of usual length), the
    // text's length in UTF-16 units and whether NFC may change anything. Invalid bytes decode to
    // U+FFFD, as to_nfc would make them.
    text::SmallVector<char32_t, kInlineCodePoints> decoded;
    decoded.reserve_more(text.size());  // never more code points than bytes
    char32_t* out = decoded.data();
    std::size_t count = 0, original_units = 0;
    bool already_nfc = true;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {  // ASCII, most of a French text: eight bytes at a time while it lasts
            std::uint64_t eight = 0;
            while (i + 8 <= text.size() && (std::memcpy(&eight, text.data() + i, 8), (eight & 0x8080808080808080u) == 0)) {
                for (std::size_t k = 0; k < 8; ++k) out[count + k] = static_cast<unsigned char>(text[i + k]);
                count += 8;
                i += 8;
            }
            if (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) out[count++] = static_cast<unsigned char>(text[i++]);
            continue;
        }
        // Two-byte sequences (accented Latin letters, « », NBSP) inline; they are all below U+0800
        // and so one UTF-16 unit, and below U+0300 certainly NFC.
        if (byte >= 0xC2 && byte <= 0xDF && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
            const char32_t c = (char32_t{byte} & 0x1F) << 6 | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
            out[count++] = c;
            if (c >= 0x300 && already_nfc && !text::is_nfc_boundary(c)) already_nfc = false;
            i += 2;
            continue;
        }
        // Three-byte sequences (’ « … € U+202F, CJK) inline too, with the same checks as
        // utf8::decode: no overlong form (E0 A0..BF), no surrogate (ED 80..9F). One UTF-16 unit.
        if (byte >= 0xE0 && byte <= 0xEF && i + 2 < text.size()) {
            const auto second = static_cast<unsigned char>(text[i + 1]), third = static_cast<unsigned char>(text[i + 2]);
            const unsigned char second_min = byte == 0xE0 ? 0xA0 : 0x80, second_max = byte == 0xED ? 0x9F : 0xBF;
            if (second >= second_min && second <= second_max && (third & 0xC0) == 0x80) {
                const char32_t c = (char32_t{byte} & 0x0F) << 12 | (char32_t{second} & 0x3F) << 6 | (third & 0x3F);
                out[count++] = c;
                if (already_nfc && !text::is_nfc_boundary(c)) already_nfc = false;
                i += 3;
                continue;
            }
        }
        const auto d = utf8::decode(text, i);
        out[count++] = d.code_point;
        original_units += utf8::utf16_length(d.code_point) - 1;
        if (already_nfc && !text::is_nfc_boundary(d.code_point)) already_nfc = false;
        i += d.length;
    }
    decoded.resize(count);
    original_units += count;

    // Most text is NFC already: then the decoded code points are used as they are.
    text::SmallVector<char32_t, kInlineCodePoints> normalized;
    if (!already_nfc) text::append_nfc(std::u32string_view(decoded.data(), decoded.size()), normalized);
    const std::u32string_view cps = already_nfc ? std::u32string_view(decoded.data(), decoded.size())
                                                : std::u32string_view(normalized.data(), normalized.size());
    text::SmallVector<text::LinkSpan, 16> links;
    text::find_links(cps, links, {.without_scheme = true});
    result.links = static_cast<int>(links.size());

    long long weighted = 0;
    bool valid = true;
    int valid_display_index = 0;  // UTF-16 index (in the normalised text) of the last unit that fits
    const long long fitting = static_cast<long long>(config.max_weighted_length) * config.scale;
    const int ascii_weight = uniform_ascii_weight(config);
    std::size_t next_link = 0;
    std::size_t link_begin = links.empty() ? cps.size() : links[0].begin;
    std::size_t unit = 0;  // UTF-16 index of cps[i]
    for (std::size_t i = 0; i < cps.size();) {
        const char32_t c = cps[i];
        // The common case first: a run of ASCII characters that start no link and no keycap, each
        // one element of one UTF-16 unit and never invalid, weighed at once.
        if (ascii_weight > 0 && c < 0x80 && i != link_begin) {
            std::size_t j = i;
            while (j < link_begin && cps[j] < 0x80) ++j;
            // A keycap's U+FE0F or U+20E3 is not ASCII: only the run's last character may start one.
            if (j > i && config.emoji_parsing && starts_keycap(cps, j - 1)) --j;
            if (j > i) {
                const long long run = static_cast<long long>(j - i), before = weighted;
                weighted += run * ascii_weight;
                if (valid && weighted <= fitting) {
                    valid_display_index = static_cast<int>(unit + (j - i)) - 1;
                } else if (valid && before < fitting) {  // the run crosses the limit: the part that fits
                    const long long fits = (fitting - before) / ascii_weight;
                    if (fits > 0) valid_display_index = static_cast<int>(unit + static_cast<std::size_t>(fits)) - 1;
                }
                unit += j - i;
                i = j;
                continue;
            }
        }
        std::size_t end = i + 1;
        if (i == link_begin) {
            weighted += static_cast<long long>(config.transformed_url_length) * config.scale;
            end = links[next_link++].end;
            link_begin = next_link < links.size() ? links[next_link].begin : cps.size();
        } else if (const std::size_t emoji = config.emoji_parsing && may_start_emoji(c) ? text::emoji_sequence_length(cps, i) : 0) {
            weighted += config.default_weight;
            end = i + emoji;
        } else {
            weighted += weight_of(c, config);
        }
        for (std::size_t k = i; k < end; ++k) unit += utf8::utf16_length(cps[k]);
        const char32_t last = cps[end - 1];
        // twitter-text tests the last UTF-16 unit of each element: a low surrogate is never invalid.
        if (valid && last < 0x10000 && is_invalid_char(last)) valid = false;
        if (valid && weighted <= fitting) valid_display_index = static_cast<int>(unit) - 1;
        i = end;
    }

    result.weighted_length = static_cast<int>(weighted / config.scale);
    result.valid = valid && result.weighted_length > 0 && result.weighted_length <= config.max_weighted_length;
    result.permillage = static_cast<int>(static_cast<long long>(result.weighted_length) * 1000 / config.max_weighted_length);

    // twitter-text reports positions in the text as given, shifted by the length NFC saved.
    const int offset = static_cast<int>(original_units) - static_cast<int>(unit);
    result.valid_range_end = valid_display_index + offset;
    result.display_range_end = original_units > 0 ? static_cast<int>(original_units) - 1 : 0;

    // The byte just after the UTF-16 unit valid_range_end of the original text (all of it when
    // all of it fits).
    std::size_t units = 0, byte = result.valid_range_end == result.display_range_end ? text.size() : 0;
    while (byte < text.size() && static_cast<int>(units) <= result.valid_range_end) {
        const auto d = utf8::decode(text, byte);
        units += utf8::utf16_length(d.code_point);
        byte += d.length;
    }
    result.valid_bytes_end = (text.empty() || result.weighted_length == 0) ? 0 : byte;
    return result;
}

}  // namespace parvis::count
