// X's weighted length, exactly as twitter-text v3's parseTweet: NFC first; links (bare domains
// included) weigh 23; with emoji parsing an emoji sequence weighs the default weight (2); every
// other code point weighs 1 inside the configured ranges (Latin, general punctuation…) and 2
// elsewhere (CJK, emoji without parsing…). Positions are UTF-16 units of the text as given, like
// twitter-text's, plus the byte offset the composer needs.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace parvis::count {

struct WeightRange {
    char32_t first, last;
    int weight;
};

// twitter-text's configuration (config-v3.json by default: zero-initialised fields keep it).
struct XConfig {
    int max_weighted_length = 280;
    int scale = 100;
    int default_weight = 200;
    int transformed_url_length = 23;
    bool emoji_parsing = true;
    std::vector<WeightRange> ranges = {{0, 4351, 100}, {8192, 8205, 100}, {8208, 8223, 100}, {8242, 8247, 100}};
};

struct XParse {
    int weighted_length = 0;
    bool valid = false;  // not empty, not too long, no U+FFFE, U+FEFF or U+FFFF
    int permillage = 0;
    int display_range_start = 0, display_range_end = 0;  // UTF-16 units, end included
    int valid_range_start = 0, valid_range_end = 0;      // UTF-16 units, end included
    std::size_t valid_bytes_end = 0;  // byte offset where the part that fits ends
    int links = 0;
};

XParse parse_x(std::string_view text, const XConfig& config = {});

}  // namespace parvis::count
