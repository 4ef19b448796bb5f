#include "count/x_weighted_length.h"

#include "text/emoji.h"
#include "text/links.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace parvis::count {
namespace {

int weight_of(char32_t c, const XConfig& config) {
    for (const WeightRange& r : config.ranges) {
        if (c >= r.first && c <= r.last) return r.weight;
    }
    return config.default_weight;
}

bool is_invalid_char(char32_t c) { return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF; }

// Only these ASCII characters may start an emoji (keycaps): the others skip the call.
bool may_start_emoji(char32_t c) { return c >= 0x80 || (c >= '0' && c <= '9') || c == '#' || c == '*'; }

}  // namespace

XParse parse_x(std::string_view text, const XConfig& config) {
    XParse result;
    // Most text is NFC already (and then well-formed UTF-8): no copy, and positions need no shift.
    const bool already_nfc = text::is_nfc_quick(text);
    const std::string normalized = already_nfc ? std::string() : text::to_nfc(text);
    const std::u32string cps = text::decode_utf8(already_nfc ? text : std::string_view(normalized));
    std::vector<text::LinkSpan> links;
    text::find_links(cps, links, {.without_scheme = true});
    result.links = static_cast<int>(links.size());

    long long weighted = 0;
    bool valid = true;
    int valid_display_index = 0;  // UTF-16 index (in the normalised text) of the last unit that fits
    std::size_t next_link = 0;
    std::size_t unit = 0;  // UTF-16 index of cps[i]
    for (std::size_t i = 0; i < cps.size();) {
        std::size_t end = i + 1;
        if (next_link < links.size() && links[next_link].begin == i) {
            weighted += static_cast<long long>(config.transformed_url_length) * config.scale;
            end = links[next_link++].end;
        } else if (const std::size_t emoji = config.emoji_parsing && may_start_emoji(cps[i]) ? text::emoji_sequence_length(cps, i) : 0) {
            weighted += config.default_weight;
            end = i + emoji;
        } else {
            weighted += weight_of(cps[i], config);
        }
        for (std::size_t k = i; k < end; ++k) unit += utf8::utf16_length(cps[k]);
        const char32_t last = cps[end - 1];
        // twitter-text tests the last UTF-16 unit of each element: a low surrogate is never invalid.
        if (valid && last < 0x10000 && is_invalid_char(last)) valid = false;
        if (valid && weighted <= static_cast<long long>(config.max_weighted_length) * config.scale) {
            valid_display_index = static_cast<int>(unit) - 1;
        }
        i = end;
    }

    result.weighted_length = static_cast<int>(weighted / config.scale);
    result.valid = valid && result.weighted_length > 0 && result.weighted_length <= config.max_weighted_length;
    result.permillage = static_cast<int>(static_cast<long long>(result.weighted_length) * 1000 / config.max_weighted_length);

    // twitter-text reports positions in the text as given, shifted by the length NFC saved.
    std::size_t original_units = unit;
    if (!already_nfc) {
        original_units = 0;
        for (std::size_t i = 0; i < text.size();) {
            const auto d = utf8::decode(text, i);
            original_units += utf8::utf16_length(d.code_point);
            i += d.length;
        }
    }
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
