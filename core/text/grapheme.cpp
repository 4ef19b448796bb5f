#include "text/grapheme.h"

#include "text/utf8.h"

namespace parvis::text {
namespace {

using GB = GraphemeBreak;

bool is_control_like(GB p) { return p == GB::control || p == GB::cr || p == GB::lf; }

}  // namespace

bool GraphemeBreaker::feed(char32_t c) {
    const GB current = grapheme_break(c);
    const bool pictographic = is_extended_pictographic(c);
    bool boundary = true;
    if (started_) {
        const GB p = previous_;
        if (p == GB::cr && current == GB::lf) {
            boundary = false;  // GB3
        } else if (is_control_like(p) || is_control_like(current)) {
            boundary = true;  // GB4, GB5
        } else if (p == GB::l && (current == GB::l || current == GB::v || current == GB::lv || current == GB::lvt)) {
            boundary = false;  // GB6
        } else if ((p == GB::lv || p == GB::v) && (current == GB::v || current == GB::t)) {
            boundary = false;  // GB7
        } else if ((p == GB::lvt || p == GB::t) && current == GB::t) {
            boundary = false;  // GB8
        } else if (current == GB::extend || current == GB::zwj || current == GB::spacing_mark || p == GB::prepend) {
            boundary = false;  // GB9, GB9a, GB9b
        } else if (pictographic_zwj_ && pictographic) {
            boundary = false;  // GB11
        } else if (p == GB::regional_indicator && current == GB::regional_indicator && odd_regional_run_) {
            boundary = false;  // GB12, GB13
        }
    }
    pictographic_zwj_ = current == GB::zwj && pictographic_run_;
    pictographic_run_ = pictographic || (current == GB::extend && pictographic_run_);
    odd_regional_run_ = current == GB::regional_indicator && !odd_regional_run_;
    previous_ = current;
    started_ = true;
    return boundary;
}

std::size_t next_grapheme_boundary(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) return text.size();
    GraphemeBreaker breaker;
    std::size_t i = offset;
    while (i < text.size()) {
        const auto d = utf8::decode(text, i);
        if (breaker.feed(d.code_point) && i != offset) return i;
        i += d.length;
    }
    return text.size();
}

std::size_t count_graphemes(std::string_view text) {
    GraphemeBreaker breaker;
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto d = utf8::decode(text, i);
        count += breaker.feed(d.code_point) ? 1 : 0;
        i += d.length;
    }
    return count;
}

}  // namespace parvis::text
