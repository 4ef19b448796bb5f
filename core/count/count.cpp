// Index
// [SECTION] Limits and names
// [SECTION] Helpers
// [SECTION] Mastodon: links 23, remote mentions as local
// [SECTION] count_text
#include "count/count.h"

#include <string>
#include <vector>

#include "count/bluesky_text.h"
#include "count/entities.h"
#include "count/x_weighted_length.h"
#include "text/grapheme.h"
#include "text/links.h"
#include "text/utf8.h"

namespace parvis::count {

//-----------------------------------------------------------------------------
// [SECTION] Limits and names
//-----------------------------------------------------------------------------

namespace {

constexpr int kMastodonLinkLength = 23;
constexpr int kBlueskyMaxBytes = 3000;
constexpr int kThreadsMaxLinks = 5;
constexpr int kInstagramMaxHashtags = 5;

}  // namespace

int default_limit(Network network) {
    switch (network) {
        case Network::x: return 280;
        case Network::mastodon: return 500;
        case Network::bluesky: return 300;
        case Network::threads: return 500;
        case Network::instagram: return 2200;
        case Network::linkedin: return 3000;
        case Network::facebook: return 63206;
        default: return 0;
    }
}

const char* count_problem_name(CountProblem problem) {
    switch (problem) {
        case CountProblem::none: return "none";
        case CountProblem::empty: return "empty";
        case CountProblem::too_long: return "too_long";
        case CountProblem::too_many_bytes: return "too_many_bytes";
        case CountProblem::too_many_links: return "too_many_links";
        case CountProblem::too_many_hashtags: return "too_many_hashtags";
        case CountProblem::invalid_characters: return "invalid_characters";
    }
    return "none";
}

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

// Byte offset of the end of the first `limit` grapheme clusters (text.size() if fewer).
std::size_t end_of_graphemes(std::string_view text, int limit) {
    text::GraphemeBreaker breaker;
    int clusters = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto d = utf8::decode(text, i);
        if (breaker.feed(d.code_point) && ++clusters > limit) return i;
        i += d.length;
    }
    return text.size();
}

void append_code_points(std::string& out, std::u32string_view cps, std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end; ++k) utf8::append(out, cps[k]);
}

//-----------------------------------------------------------------------------
// [SECTION] Mastodon
// The server's StatusLengthValidator: links with a scheme become 23 characters, « @user@domain »
// becomes « @user », then grapheme clusters are counted.
//-----------------------------------------------------------------------------

std::string mastodon_countable(std::u32string_view cps, const std::vector<text::LinkSpan>& links) {
    std::string out;
    out.reserve(cps.size());
    std::size_t next_link = 0;
    Span mention{};
    std::size_t local_end = 0;
    for (std::size_t i = 0; i < cps.size();) {
        if (next_link < links.size() && links[next_link].begin == i) {
            out.append(kMastodonLinkLength, 'x');
            i = links[next_link++].end;
        } else if (mention_at(cps, i, mention, local_end)) {
            append_code_points(out, cps, i, local_end);
            i = mention.end;
        } else {
            utf8::append(out, cps[i]);
            ++i;
        }
    }
    return out;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] count_text
//-----------------------------------------------------------------------------

CountResult count_text(std::string_view text, Network network, const CountOptions& options) {
    CountResult r;
    r.network = network;
    r.limit = options.limit > 0 ? options.limit : default_limit(network);
    r.bytes = static_cast<int>(text.size());
    r.graphemes = static_cast<int>(text::count_graphemes(text));

    if (network == Network::x) {
        XConfig config;
        config.max_weighted_length = r.limit;
        const XParse x = parse_x(text, config);
        r.length = x.weighted_length;
        r.links = x.links;
        r.valid_bytes_end = x.valid_bytes_end;
        r.valid = x.valid;
        if (text.empty()) {
            r.problem = CountProblem::empty;
        } else if (r.length > r.limit) {
            r.problem = CountProblem::too_long;
        } else if (!x.valid) {
            r.problem = CountProblem::invalid_characters;
        }
        return r;
    }

    const std::u32string cps = text::decode_utf8(text);
    std::vector<text::LinkSpan> links;
    text::find_links(cps, links, {.without_scheme = network != Network::mastodon});
    r.links = static_cast<int>(links.size());
    r.hashtags = static_cast<int>(count_hashtags(cps));
    r.length = r.graphemes;
    switch (network) {
        case Network::mastodon:
            r.length = static_cast<int>(text::count_graphemes(mastodon_countable(cps, links)));
            break;
        case Network::bluesky: {
            const std::string published = bluesky_text(cps, links).text;  // links shortened as bsky.app does
            r.length = static_cast<int>(text::count_graphemes(published));
            r.bytes = static_cast<int>(published.size());
            r.max_bytes = kBlueskyMaxBytes;
            break;
        }
        case Network::threads: r.max_links = kThreadsMaxLinks; break;
        case Network::instagram: r.max_hashtags = kInstagramMaxHashtags; break;
        default: break;
    }

    // Where the limit falls in the input. Exact when the network counts the text as typed; for
    // Mastodon and Bluesky, whose links count differently, it is the limit-th cluster as typed.
    r.valid_bytes_end = (r.limit > 0 && r.length > r.limit) ? end_of_graphemes(text, r.limit) : text.size();

    if (text.empty() && network != Network::instagram) {
        r.problem = CountProblem::empty;  // an Instagram post is its media: the caption may be empty
    } else if (r.limit > 0 && r.length > r.limit) {
        r.problem = CountProblem::too_long;
    } else if (r.max_bytes > 0 && r.bytes > r.max_bytes) {
        r.problem = CountProblem::too_many_bytes;
    } else if (r.max_links > 0 && r.links > r.max_links) {
        r.problem = CountProblem::too_many_links;
    } else if (r.max_hashtags > 0 && r.hashtags > r.max_hashtags) {
        r.problem = CountProblem::too_many_hashtags;
    }
    r.valid = r.problem == CountProblem::none;
    return r;
}

}  // namespace parvis::count
