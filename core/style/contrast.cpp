// WCAG 2.1 contrast. See contrast.h.
#include "style/contrast.h"

#include <algorithm>
#include <cmath>

namespace parvis::style {
namespace {

double linear(std::uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::uint8_t blend(std::uint8_t top, std::uint8_t bottom, double alpha) {
    return static_cast<std::uint8_t>(std::lround(top * alpha + bottom * (1.0 - alpha)));
}

}  // namespace

Rgba over(Rgba top, Rgba bottom) {
    const double ta = top.a / 255.0, ba = bottom.a / 255.0;
    const double out_a = ta + ba * (1.0 - ta);
    if (out_a <= 0.0) return Rgba(0, 0, 0, 0);
    // Straight alpha: each channel weighted by how much of it shows.
    const auto channel = [&](std::uint8_t t, std::uint8_t b) {
        return static_cast<std::uint8_t>(std::lround((t * ta + b * ba * (1.0 - ta)) / out_a));
    };
    if (bottom.a == 255) return Rgba(blend(top.r, bottom.r, ta), blend(top.g, bottom.g, ta), blend(top.b, bottom.b, ta), 255);
    return Rgba(channel(top.r, bottom.r), channel(top.g, bottom.g), channel(top.b, bottom.b),
                static_cast<std::uint8_t>(std::lround(out_a * 255.0)));
}

double relative_luminance(Rgba colour) {
    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

double contrast_ratio(Rgba foreground, Rgba background) {
    const Rgba opaque_background = background.with_alpha(255);
    const double a = relative_luminance(over(foreground, opaque_background));
    const double b = relative_luminance(opaque_background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

}  // namespace parvis::style
