// Colours as data and their contrast as WCAG 2.1 measures it (relative luminance, 1.4.3 and
// 1.4.11): plain C++, so that the themes (themes.h) can be checked by a unit test and the web
// app's style built from the same values.
#pragma once
#include <cstdint>

namespace parvis::style {

// A colour in sRGB bytes, as ImGui's IM_COL32 takes them. No default constructor on purpose: a
// theme that forgets one of its colours does not compile (themes.cpp). Written 0xRRGGBBAA.
struct Rgba {
    std::uint8_t r, g, b, a;
    constexpr Rgba(std::uint32_t rrggbbaa)  // NOLINT: implicit, so that a table reads `.text = 0x1a1c21ff`
        : r(std::uint8_t(rrggbbaa >> 24)), g(std::uint8_t(rrggbbaa >> 16)), b(std::uint8_t(rrggbbaa >> 8)),
          a(std::uint8_t(rrggbbaa)) {}
    constexpr Rgba(std::uint8_t red, std::uint8_t green, std::uint8_t blue, std::uint8_t alpha = 255)
        : r(red), g(green), b(blue), a(alpha) {}
    constexpr bool operator==(const Rgba&) const = default;
    // The same colour with another alpha: a layer's strength, as the screens draw it.
    constexpr Rgba with_alpha(std::uint8_t alpha) const { return Rgba(r, g, b, alpha); }
};

// `top` drawn over `bottom` (source-over, straight alpha, in sRGB bytes as the GPU blends them):
// opaque when `bottom` is.
Rgba over(Rgba top, Rgba bottom);

// WCAG 2.1 relative luminance of the colour's RGB (alpha ignored): sRGB channels linearised
// (c ≤ 0.04045 ? c/12.92 : ((c+0.055)/1.055)^2.4), weighted 0.2126 R + 0.7152 G + 0.0722 B.
double relative_luminance(Rgba colour);

// (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 to 21. The foreground is composited over the
// background first (text drawn with alpha shows the background through); the background is taken
// as opaque (composite its layers with over() before).
double contrast_ratio(Rgba foreground, Rgba background);

}  // namespace parvis::style
