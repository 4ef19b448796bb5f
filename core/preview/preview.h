// « Aperçu » (issue 13 item 4): a variant as its network shows it in the feed. The text wrapped at
// the width of the network's text column, the fold where « … Voir plus » cuts (the lines before it
// are what most people read), the link card (first link → its domain), the crop of an image and
// what the counter counts (core/count/, never counted twice).
//
// Widths come from the caller's text measurement (a callback): the web app passes ImGui's font,
// tests and the CLI a fixed-width one. The network's column is given in CSS pixels at the
// network's font size, and scaled to the caller's font (column_width), so a line holds about as
// many words as it does on the network. It is an approximation — fonts differ — and the screen
// says so.
//
// The figures (kNetworkPreviews in preview.cpp) are the networks' own where they publish them
// (Instagram's Help Center) and otherwise values observed on the desktop web feed in French, marked
// « observed » there and in the app: the networks change them without notice.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "count/count.h"
#include "model/workspace.h"

namespace parvis::preview {

// One network's feed, as a reader sees it.
struct NetworkPreview {
    Network network = Network::facebook;
    int column_px = 0;   // width of the feed's text column in CSS px; 0: no text feed to draw
                         // (video and image networks: the text is a caption on the media)
    int font_px = 0;     // the feed's text size in CSS px
    int fold_lines = 0;  // lines shown before the fold; 0: no fold by lines
    int fold_chars = 0;  // characters (grapheme clusters) shown before the fold; 0: none
    std::string_view fold_label = {};  // as the network writes it for a French reader, ellipsis included
    bool link_card = false;       // a link in the text becomes a card (domain, title, image)
    // The image crop of a single image in the feed, as width / height: an image between the two
    // ratios shows whole, a wider or taller one is cut (centred) to the nearer bound. 0: no crop
    // known (the network shows the image whole as far as observed).
    double crop_min_ratio = 0;  // the tallest shape shown (4:5 = 0.8)
    double crop_max_ratio = 0;  // the widest shape shown (1.91:1)
    bool official = false;      // the figures come from the network's own documentation
    std::string_view source = {};  // where they come from (shown in the app)
};

const NetworkPreview& network_preview(Network network);

// The width of the network's text column in the caller's units, for a caller whose text is
// `font_size` high (the column scaled by font_size / font_px).
float column_width(const NetworkPreview& rules, float font_size);

// The width of a piece of text on one line, in the caller's units.
using MeasureText = std::function<float(std::string_view)>;

// A line: bytes [begin, end) of the text, trailing spaces left out.
struct Line {
    std::size_t begin = 0, end = 0;
    bool operator==(const Line&) const = default;
};

inline constexpr std::size_t kMaxLines = 1000;  // a Facebook post of 63,206 characters fits

struct Wrapped {
    std::vector<Line> lines;
    bool lines_cut = false;  // the text had more than max_lines lines: the rest is not laid out
};

// Breaks `text` into lines no wider than `width`: at spaces (a no-break space never breaks, as in
// « Mairie : »), at each line feed (a blank line stays), and inside a word longer than the line (a
// long link) between grapheme clusters, so that an emoji or an accented letter is never cut. A
// line always holds at least one cluster, whatever the width.
Wrapped wrap_text(std::string_view text, float width, const MeasureText& measure, std::size_t max_lines = kMaxLines);

struct Fold {
    bool folded = false;
    // The lines before the fold; the last one shortened so that the label fits after it on the
    // same line, as the networks draw it. All the lines when nothing is folded.
    std::vector<Line> visible;
    std::size_t visible_end = 0;  // byte where the visible text stops
    std::string_view label;       // the fold label when folded, else empty
};

Fold fold_text(std::string_view text, const Wrapped& wrapped, const NetworkPreview& rules, float width,
               const MeasureText& measure);

struct LinkCard {
    bool shown = false;   // the network draws a card for it
    std::string url;      // the variant's link, else the first link of the text; "" when none
    std::string domain;   // « saint-exemple.fr » (lower case, without « www. »)
};

// The link the card shows: `link` (the variant's own link field) when set, else the text's first.
LinkCard link_card(std::string_view text, std::string_view link, const NetworkPreview& rules);

// The host of a link (« https://www.Mairie.fr/agenda » → « mairie.fr »); "" when there is none.
std::string link_domain(std::string_view url);

struct Crop {
    bool known = false;    // the network's crop is known (else the image shows whole)
    bool cropped = false;  // part of the image is cut
    double x = 0, y = 0, width = 0, height = 0;  // the part shown, in the image's pixels
    double ratio = 0;      // width / height of the part shown
};

// The part of an image of `width` × `height` pixels the feed shows. An empty or absurd size
// (zero, negative, not a number) gives an empty crop that is not cropped.
Crop image_crop(const NetworkPreview& rules, double width, double height);

// The whole preview of a text on one network.
struct Preview {
    const NetworkPreview* rules = nullptr;
    float width = 0;  // the column's width used, in the caller's units
    Wrapped wrapped;
    Fold fold;
    LinkCard card;
    count::CountResult count;  // what the network's counter counts (core/count/)
};

// `counting`: the limit of the account's own server (a Mastodon instance's), else the network's.
Preview preview_text(std::string_view text, std::string_view link, Network network, float font_size,
                     const MeasureText& measure, const count::CountOptions& counting = {});

// The text of a line (a view into `text`).
inline std::string_view line_text(std::string_view text, const Line& line) {
    return text.substr(line.begin, line.end - line.begin);
}

}  // namespace parvis::preview
