// Links in a post as twitter-text v3 finds them (its extractUrlsWithIndices, the reference of X's
// counter and of Mastodon's): with a scheme (http, https) or bare domains ending in a known
// top-level domain (the ICANN section of the Public Suffix List, IDNs included), with its rules
// for trailing punctuation, balanced parentheses, t.co slugs and over-long labels.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/small_vector.h"

namespace parvis::text {

struct LinkSpan {
    std::size_t begin = 0, end = 0;  // code point indices in the decoded text, end excluded
    bool has_scheme = false;
};

struct LinkOptions {
    bool without_scheme = true;  // also bare domains (« mairie.fr/agenda »), as X does
};

// Appends the links of `text` (code points, already NFC for X) to `out`, in order. The
// SmallVector form allocates nothing for a post of usual length (the counters' case).
void find_links(std::u32string_view text, std::vector<LinkSpan>& out, LinkOptions options = {});
void find_links(std::u32string_view text, SmallVectorRef<LinkSpan>& out, LinkOptions options = {});

// The same on UTF-8, with positions a caller can use (tests, CLI).
struct Link {
    std::string url;
    std::size_t byte_begin = 0, byte_end = 0;
    std::size_t utf16_begin = 0, utf16_end = 0;  // JavaScript string indices, as twitter-text gives
    bool has_scheme = false;
};
std::vector<Link> extract_links(std::string_view text, LinkOptions options = {});

// Decodes UTF-8 leniently (invalid bytes → U+FFFD) into code points.
std::u32string decode_utf8(std::string_view text);

// True when `label` (lower-case ASCII or Unicode) is a top-level domain of the ICANN list.
bool is_top_level_domain(std::string_view label);

}  // namespace parvis::text
