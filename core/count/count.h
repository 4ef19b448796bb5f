// The length counters of the networks (issue 6), checked on every keystroke of the composer and
// by `parvis count`. The rules, from DESIGN.md « Counting rules »:
//   X          twitter-text v3 weighted length, 280 (see x_weighted_length.h)
//   Mastodon   grapheme clusters, 500 by default (per instance: CountOptions::limit); a link with a
//              scheme counts 23 whatever its length, « @user@instance » counts as « @user »
//   Bluesky    300 grapheme clusters and 3,000 UTF-8 bytes, counted after the app shortens links
//              the way bsky.app does (toShortUrl of @atproto/api): the scheme is dropped, the host
//              kept, and a path (with its query) longer than 15 characters is cut to 13 + « ... »
//   Threads    500 grapheme clusters, at most 5 links
//   Instagram  2,200 grapheme clusters, at most 5 hashtags (links are counted, never clickable)
//   LinkedIn   3,000 grapheme clusters
//   Facebook   63,206 grapheme clusters
// Grapheme clusters are what a reader sees as one character: an emoji with a skin tone or a flag
// counts 1, as the apps' counters show it. Links are found as twitter-text finds them (scheme or
// bare domain with a known top-level domain).
#pragma once
#include <cstddef>
#include <string_view>

#include "model/workspace.h"

namespace parvis::count {

enum class CountProblem {
    none,
    empty,               // nothing to publish
    too_long,            // length > limit
    too_many_bytes,      // Bluesky: more than 3,000 UTF-8 bytes
    too_many_links,      // Threads: more than 5 links
    too_many_hashtags,   // Instagram: more than 5 hashtags
    invalid_characters,  // X: U+FFFE, U+FEFF or U+FFFF
};

// A stable name for JSON and the catalogue ("too_long"…).
const char* count_problem_name(CountProblem problem);

struct CountOptions {
    int limit = 0;  // 0: the network's own limit (Mastodon instances may set another)
};

struct CountResult {
    Network network = Network::x;
    int length = 0;  // in the network's unit: weighted length for X, grapheme clusters elsewhere
    int limit = 0;   // 0 when Parvis knows no limit for the network
    bool valid = false;
    CountProblem problem = CountProblem::none;  // the first rule broken, none when valid
    int graphemes = 0;
    int bytes = 0;       // UTF-8 bytes of the text as published (Bluesky: after link shortening)
    int max_bytes = 0;   // 0: no byte limit
    int links = 0;
    int max_links = 0;   // 0: no limit on links
    int hashtags = 0;
    int max_hashtags = 0;
    // Byte offset in the input where the part that fits the length limit ends (text.size() when
    // all of it fits): the composer marks what lies beyond.
    std::size_t valid_bytes_end = 0;
};

int default_limit(Network network);

CountResult count_text(std::string_view text, Network network, const CountOptions& options = {});

}  // namespace parvis::count
