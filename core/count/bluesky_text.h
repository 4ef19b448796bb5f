// The text of a Bluesky post as bsky.app stores it: each link of the draft shortened for display
// (toShortUrl of @atproto/api) and kept whole in a link facet. The counter (count.h) measures this
// text, and the connector (core/connect/bluesky_facets.h) publishes it, so both agree on what 300
// graphemes and 3,000 bytes mean.
//
// toShortUrl: the scheme is dropped, the host kept, and the path (with query and fragment; « / »
// alone dropped) cut to 13 characters + « ... » when longer than 15. A bare domain is a link too,
// published with « https:// ».
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/links.h"

namespace parvis::count {

struct BlueskyLink {
    std::size_t byte_begin = 0, byte_end = 0;  // in BlueskyText::text, end excluded
    std::string uri;                           // the whole link, « https:// » added to a bare domain
};

struct BlueskyText {
    std::string text;                // as published
    std::vector<BlueskyLink> links;  // in order
};

// `cps` is the draft decoded, `links` its links (text::find_links with bare domains).
BlueskyText bluesky_text(std::u32string_view cps, const std::vector<text::LinkSpan>& links);

// The same from UTF-8 (invalid bytes become U+FFFD, as the counter reads them).
BlueskyText bluesky_text(std::string_view draft);

}  // namespace parvis::count
