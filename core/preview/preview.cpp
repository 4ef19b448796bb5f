// Index
// [SECTION] The networks' feeds
// [SECTION] Wrapping
// [SECTION] The fold
// [SECTION] Link card and image crop
// [SECTION] The whole preview
#include "preview/preview.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "parvis_assert.h"
#include "text/grapheme.h"
#include "text/links.h"

namespace parvis::preview {

//-----------------------------------------------------------------------------
// [SECTION] The networks' feeds
//-----------------------------------------------------------------------------

namespace {

// Sources, in the order of the table. Only Instagram publishes its fold (« only the first three
// lines of a caption will be displayed… we recommend a caption of 125 characters or fewer ») and
// its feed ratios; everything else was observed on the desktop web feed, French interface, in
// 2026: a column width read from the page, the fold where the label appeared on long posts, the
// crop of single images. Observed values are approximate and change with the networks' designs.
constexpr std::string_view kObserved = "observed";
constexpr std::string_view kInstagramHelp =
    "Instagram Help Center: first three lines of a caption, 125 characters; feed ratios 1.91:1 to 4:5";

constexpr double k4by5 = 4.0 / 5.0;
constexpr double k191 = 1.91;

// In the Network enum's order (model/workspace.h); the static_asserts below check it.
constexpr std::array<NetworkPreview, 12> kNetworkPreviews = {{
    // Facebook: the post's card is 500 px wide, its text 468 px in 15 px type; long posts fold
    // after about 480 characters or 7 lines, with « … Voir plus »; feed images between 4:5 and
    // 1.91:1 (observed, as in Meta's feed specifications for ads).
    {.network = Network::facebook, .column_px = 468, .font_px = 15, .fold_lines = 7, .fold_chars = 480,
     .fold_label = "… Voir plus", .link_card = true, .crop_min_ratio = k4by5, .crop_max_ratio = k191,
     .official = false, .source = kObserved},
    // Instagram: 470 px posts, captions in 14 px, « … plus » (the label observed in French).
    {.network = Network::instagram, .column_px = 438, .font_px = 14, .fold_lines = 3, .fold_chars = 125,
     .fold_label = "… plus", .link_card = false, .crop_min_ratio = k4by5, .crop_max_ratio = k191,
     .official = true, .source = kInstagramHelp},
    // X: a 598 px timeline, text 506 px in 15 px type; a post of 280 never folds; links become a
    // card; single images of usual shapes show whole since 2021, no crop measured.
    {.network = Network::x, .column_px = 506, .font_px = 15, .fold_lines = 0, .fold_chars = 0,
     .fold_label = "", .link_card = true, .official = false, .source = kObserved},
    // LinkedIn: text 523 px in 14 px type, folds after 3 lines (about 210 characters) with
    // « …plus »; images between 4:5 and 1.91:1.
    {.network = Network::linkedin, .column_px = 523, .font_px = 14, .fold_lines = 3, .fold_chars = 210,
     .fold_label = "…plus", .link_card = true, .crop_min_ratio = k4by5, .crop_max_ratio = k191,
     .official = false, .source = kObserved},
    // Mastodon's web app: 15 px text in a column about 520 px wide, no fold (500 characters),
    // preview cards for links.
    {.network = Network::mastodon, .column_px = 520, .font_px = 15, .fold_lines = 0, .fold_chars = 0,
     .fold_label = "", .link_card = true, .official = false, .source = kObserved},
    // Bluesky: 15 px text about 530 px wide, no fold (300 characters), link cards.
    {.network = Network::bluesky, .column_px = 530, .font_px = 15, .fold_lines = 0, .fold_chars = 0,
     .fold_label = "", .link_card = true, .official = false, .source = kObserved},
    // Threads: 15 px text about 540 px wide, no fold seen on the desktop web, link cards.
    {.network = Network::threads, .column_px = 540, .font_px = 15, .fold_lines = 0, .fold_chars = 0,
     .fold_label = "", .link_card = true, .official = false, .source = kObserved},
    // Video and image networks: the text is a caption on or under the media, not a feed column.
    {.network = Network::youtube, .official = false, .source = kObserved},
    {.network = Network::tiktok, .official = false, .source = kObserved},
    {.network = Network::snapchat, .official = false, .source = kObserved},
    {.network = Network::pinterest, .official = false, .source = kObserved},
    // WhatsApp channels: a chat bubble, no fold for a short message; links get a card.
    {.network = Network::whatsapp, .column_px = 0, .font_px = 0, .link_card = true, .official = false,
     .source = kObserved},
}};

static_assert(kNetworkPreviews.size() == static_cast<std::size_t>(Network::whatsapp) + 1,
              "a Network value has no preview rules (preview/preview.cpp): add them to kNetworkPreviews");
static_assert(
    [] {
        for (std::size_t i = 0; i < kNetworkPreviews.size(); ++i)
            if (static_cast<std::size_t>(kNetworkPreviews[i].network) != i) return false;
        return true;
    }(),
    "kNetworkPreviews must list the networks in the enum's order (preview/preview.cpp)");
static_assert(
    [] {
        for (const NetworkPreview& n : kNetworkPreviews) {
            if ((n.fold_lines > 0 || n.fold_chars > 0) && n.fold_label.empty()) return false;
            if (n.column_px > 0 && n.font_px <= 0) return false;
            if (n.crop_min_ratio > n.crop_max_ratio) return false;
        }
        return true;
    }(),
    "a network's preview rules are inconsistent: a fold needs its label, a column its font size, "
    "and crop_min_ratio <= crop_max_ratio (preview/preview.cpp)");

}  // namespace

const NetworkPreview& network_preview(Network network) {
    const auto i = static_cast<std::size_t>(network);
    PARVIS_ASSERT(i < kNetworkPreviews.size(), "network_preview: a value outside the Network enum (unchecked cast?)");
    return kNetworkPreviews[i];
}

float column_width(const NetworkPreview& rules, float font_size) {
    if (rules.column_px <= 0 || rules.font_px <= 0 || !(font_size > 0)) return 0;
    return static_cast<float>(rules.column_px) * font_size / static_cast<float>(rules.font_px);
}

//-----------------------------------------------------------------------------
// [SECTION] Wrapping
//-----------------------------------------------------------------------------

namespace {

// Only the ASCII space and the tab break a line: U+00A0 and U+202F (« Mairie : ») are there to
// keep the two sides together.
bool is_break_space(char c) { return c == ' ' || c == '\t'; }

// The longest run of whole grapheme clusters from `begin` (before `end`) that fits `width`; at
// least one cluster, so that a line always moves forward.
std::size_t fit_clusters(std::string_view text, std::size_t begin, std::size_t end, float width, const MeasureText& measure) {
    std::size_t fit = text::next_grapheme_boundary(text.substr(0, end), begin);
    while (fit < end) {
        const std::size_t next = text::next_grapheme_boundary(text.substr(0, end), fit);
        if (measure(text.substr(begin, next - begin)) > width) break;
        fit = next;
    }
    return fit;
}

// Wraps one paragraph [begin, end) (no line feed in it) into `out`; false when max_lines is
// reached before its end.
bool wrap_paragraph(std::string_view text, std::size_t begin, std::size_t end, float width, const MeasureText& measure,
                    std::size_t max_lines, std::vector<Line>& out) {
    std::size_t line_begin = begin, line_end = begin, i = begin;
    bool emitted = false;
    auto emit = [&](std::size_t b, std::size_t e) {
        if (out.size() >= max_lines) return false;
        out.push_back({b, e});
        emitted = true;
        return true;
    };
    while (i < end) {
        std::size_t word = i;
        while (word < end && is_break_space(text[word])) ++word;
        if (word == end) break;  // trailing spaces: nothing more to show
        std::size_t word_end = word;
        while (word_end < end && !is_break_space(text[word_end])) ++word_end;
        if (measure(text.substr(line_begin, word_end - line_begin)) <= width) {
            line_end = word_end;
            i = word_end;
            continue;
        }
        if (line_end > line_begin) {  // the word goes to the next line
            if (!emit(line_begin, line_end)) return false;
            line_begin = line_end = i = word;
            continue;
        }
        // A word wider than the line by itself (a long link): cut between clusters.
        const std::size_t cut = fit_clusters(text, line_begin, word_end, width, measure);
        if (!emit(line_begin, cut)) return false;
        line_begin = line_end = i = cut;
    }
    // The last line; nothing after a long word's last piece, but a blank paragraph is a line.
    return (line_end == line_begin && emitted) || emit(line_begin, line_end);
}

}  // namespace

Wrapped wrap_text(std::string_view text, float width, const MeasureText& measure, std::size_t max_lines) {
    Wrapped out;
    if (!measure || text.empty()) return out;
    std::size_t begin = 0;
    for (;;) {
        std::size_t end = text.find('\n', begin);
        const bool last = end == std::string_view::npos;
        if (last) end = text.size();
        std::size_t content_end = end;
        if (content_end > begin && text[content_end - 1] == '\r') --content_end;  // CR LF
        if (!wrap_paragraph(text, begin, content_end, width, measure, max_lines, out.lines)) {
            out.lines_cut = true;
            return out;
        }
        if (last) break;
        begin = end + 1;
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] The fold
//-----------------------------------------------------------------------------

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The end of the text once the trailing spaces and blank lines are left out: the networks drop
// them, and they must not make a fold of their own.
std::size_t content_end(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0 && is_space_byte(text[end - 1])) --end;
    return end;
}

// The byte where the `n`-th grapheme cluster starts (text.size() when there are fewer).
std::size_t cluster_offset(std::string_view text, std::size_t n) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < n && at < text.size(); ++i) at = text::next_grapheme_boundary(text, at);
    return at;
}

// Shortens `line` so that its text followed by `label` fits `width`: a word at a time, or a
// cluster at a time inside a single long word. Trailing spaces go too.
void make_room(std::string_view text, Line& line, std::string_view label, float width, const MeasureText& measure) {
    auto fits = [&] {
        std::string shown(line_text(text, line));
        shown += label;
        return measure(shown) <= width;
    };
    while (line.end > line.begin && !fits()) {
        std::size_t space = line.end;
        while (space > line.begin && !is_break_space(text[space - 1])) --space;
        if (space > line.begin) {
            line.end = space;
        } else {  // one word: drop its last cluster
            std::size_t before = line.begin, at = line.begin;
            while (at < line.end) {
                before = at;
                at = text::next_grapheme_boundary(text.substr(0, line.end), at);
            }
            line.end = before;
        }
        while (line.end > line.begin && is_break_space(text[line.end - 1])) --line.end;
    }
}

}  // namespace

Fold fold_text(std::string_view text, const Wrapped& wrapped, const NetworkPreview& rules, float width,
               const MeasureText& measure) {
    Fold out;
    const std::size_t end = content_end(text);
    std::size_t cut = end;
    std::size_t line_count = wrapped.lines.size();
    // Lines past the text's content (trailing blank lines) are not lines the reader sees.
    while (line_count > 0 && wrapped.lines[line_count - 1].begin >= end && line_count > 1) --line_count;
    if (rules.fold_lines > 0 && line_count > static_cast<std::size_t>(rules.fold_lines))
        cut = wrapped.lines[static_cast<std::size_t>(rules.fold_lines) - 1].end;
    if (rules.fold_chars > 0) {
        std::size_t at = cluster_offset(text.substr(0, end), static_cast<std::size_t>(rules.fold_chars));
        if (at < end) {
            // The networks cut between words: back to the last space before the limit, if any.
            std::size_t word = at;
            while (word > 0 && !is_space_byte(text[word - 1])) --word;
            if (word > 0) at = word;
            while (at > 0 && is_space_byte(text[at - 1])) --at;
            cut = std::min(cut, at);
        }
    }
    out.folded = cut < end;
    for (const Line& line : wrapped.lines) {
        if (out.folded && line.begin >= cut && !out.visible.empty()) break;
        if (!out.folded && line.begin >= end && !out.visible.empty()) break;
        out.visible.push_back({line.begin, std::min(line.end, std::max(line.begin, cut))});
    }
    if (out.folded && !out.visible.empty()) {
        out.label = rules.fold_label;
        make_room(text, out.visible.back(), out.label, width, measure);
    }
    out.visible_end = out.visible.empty() ? 0 : out.visible.back().end;
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Link card and image crop
//-----------------------------------------------------------------------------

std::string link_domain(std::string_view url) {
    std::size_t at = url.find("://");
    std::string_view rest = at == std::string_view::npos ? url : url.substr(at + 3);
    rest = rest.substr(0, std::min(rest.size(), rest.find_first_of("/?#")));
    if (const std::size_t user = rest.rfind('@'); user != std::string_view::npos) rest = rest.substr(user + 1);
    if (const std::size_t port = rest.rfind(':'); port != std::string_view::npos) rest = rest.substr(0, port);
    std::string host(rest);
    for (char& c : host)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (host.rfind("www.", 0) == 0) host.erase(0, 4);
    while (!host.empty() && host.back() == '.') host.pop_back();
    return host;
}

LinkCard link_card(std::string_view text, std::string_view link, const NetworkPreview& rules) {
    LinkCard out;
    if (!link.empty()) {
        out.url = std::string(link);
    } else {
        const std::vector<text::Link> links = text::extract_links(text);
        if (!links.empty()) out.url = links.front().url;
    }
    out.domain = link_domain(out.url);
    out.shown = rules.link_card && !out.domain.empty();
    return out;
}

Crop image_crop(const NetworkPreview& rules, double width, double height) {
    Crop out;
    out.known = rules.crop_max_ratio > 0;
    if (!(width > 0) || !(height > 0) || !std::isfinite(width) || !std::isfinite(height)) return out;
    out.width = width;
    out.height = height;
    const double ratio = width / height;
    if (out.known && ratio > rules.crop_max_ratio) {  // too wide: the sides go
        out.width = height * rules.crop_max_ratio;
        out.x = (width - out.width) / 2;
        out.cropped = true;
    } else if (out.known && ratio < rules.crop_min_ratio) {  // too tall: top and bottom go
        out.height = width / rules.crop_min_ratio;
        out.y = (height - out.height) / 2;
        out.cropped = true;
    }
    out.ratio = out.width / out.height;
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] The whole preview
//-----------------------------------------------------------------------------

Preview preview_text(std::string_view text, std::string_view link, Network network, float font_size,
                     const MeasureText& measure, const count::CountOptions& counting) {
    Preview out;
    out.rules = &network_preview(network);
    out.count = count::count_text(text, network, counting);
    out.card = link_card(text, link, *out.rules);
    out.width = column_width(*out.rules, font_size);
    if (out.width <= 0) return out;  // no text column: count and card only
    out.wrapped = wrap_text(text, out.width, measure);
    out.fold = fold_text(text, out.wrapped, *out.rules, out.width, measure);
    return out;
}

}  // namespace parvis::preview
