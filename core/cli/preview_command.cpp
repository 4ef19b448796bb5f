// parvis preview --network NAME: the « Aperçu » of the composer for scripts (core/preview/). The
// text is read on standard input, whole; the lines are measured in characters (grapheme
// clusters) of half the font's size, the average width of French text in the networks'
// sans-serif fonts, so they hold about as many characters as the feed's lines. The verdict is one
// object of JSON: the lines, what shows before the fold and its label, the link card, the image
// frame, and the network's count (core/count/, as `parvis count` gives it).
#include <nlohmann/json.hpp>

#include <iostream>
#include <iterator>
#include <string>

#include "cli/commands.h"
#include "io/enum_names.h"
#include "preview/preview.h"
#include "text/grapheme.h"

namespace parvis::cli {

namespace {

// One character is half an em: at a font size of 2 units, one unit.
constexpr float kFontSizeInCharacters = 2.0f;

float characters(std::string_view s) { return static_cast<float>(text::count_graphemes(s)); }

}  // namespace

int run_preview(const Arguments& args) {
    std::cin >> std::noskipws;
    const std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    const Network network = *args.network;
    const preview::Preview p = preview::preview_text(text, "", network, kFontSizeInCharacters, characters);
    const preview::NetworkPreview& rules = *p.rules;

    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    for (const preview::Line& l : p.fold.visible) lines.push_back(std::string(preview::line_text(text, l)));
    nlohmann::ordered_json verdict = {
        {"network", std::string(io::enum_name(network))},
        {"width", static_cast<int>(p.width)},  // characters per line; 0: no text feed
        {"lines", std::move(lines)},
        {"line_count", p.wrapped.lines.size()},
        {"folded", p.fold.folded},
        {"fold_label", std::string(p.fold.label)},
        {"visible_end", p.fold.visible_end},
        {"link_card", p.card.shown},
        {"link_domain", p.card.domain},
        {"crop_min_ratio", rules.crop_min_ratio},
        {"crop_max_ratio", rules.crop_max_ratio},
        {"length", p.count.length},
        {"limit", p.count.limit},
        {"valid", p.count.valid},
        {"official", rules.official},
        {"source", std::string(rules.source)},
    };
    std::cout << verdict.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return kExitOk;
}

}  // namespace parvis::cli
