// Extended grapheme clusters (UAX #29, Unicode 15.0 rules GB1–GB999): what a reader sees as one
// character (« é » written e + U+0301, a flag, a family emoji joined by ZWJ). Mastodon and Bluesky
// count these; the composer moves its cursor by them.
#pragma once
#include <cstddef>
#include <string_view>

#include "text/unicode_properties.h"

namespace parvis::text {

// The rules as a state machine fed one code point at a time, so that callers walking decoded text
// (the counters) need no second pass. Start a new one at a known boundary (the start of a text).
class GraphemeBreaker {
public:
    // Feeds c; true when a cluster boundary lies before it (always true for the first one).
    bool feed(char32_t c);

private:
    bool started_ = false;
    GraphemeBreak previous_ = GraphemeBreak::other;
    bool pictographic_run_ = false;  // the text so far ends with ExtPict Extend* (GB11)
    bool pictographic_zwj_ = false;  // … ExtPict Extend* ZWJ
    bool odd_regional_run_ = false;  // an odd number of regional indicators ends the text (GB12/13)
};

// The byte offset of the boundary that ends the cluster starting at `offset` (a boundary);
// text.size() at the end. Invalid bytes are clusters of their own (each is a U+FFFD).
std::size_t next_grapheme_boundary(std::string_view text, std::size_t offset);

std::size_t count_graphemes(std::string_view text);

}  // namespace parvis::text
