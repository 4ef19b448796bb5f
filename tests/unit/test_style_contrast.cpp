// The themes' contrast (core/style): the WCAG 2.1 formula against known values, then every pair of
// colours the screens draw together, in every theme, at AA (4.5:1 for text, 3:1 for the parts of
// controls and charts that carry meaning). A colour lowered below its pair's minimum fails here,
// with the theme, the pair and the ratio.
#include <doctest/doctest.h>

#include <cstdio>
#include <set>
#include <string>

#include "style/themes.h"

using namespace parvis::style;

TEST_CASE("contrast_ratio: WCAG 2.1 known values") {
    CHECK(contrast_ratio(0x000000ff, 0xffffffff) == doctest::Approx(21.0));
    CHECK(contrast_ratio(0xffffffff, 0x000000ff) == doctest::Approx(21.0));  // symmetric
    CHECK(contrast_ratio(0x777777ff, 0xffffffff) == doctest::Approx(4.48).epsilon(0.002));  // the classic just-fail grey
    CHECK(contrast_ratio(0x767676ff, 0xffffffff) == doctest::Approx(4.54).epsilon(0.002));  // … and just-pass
    CHECK(contrast_ratio(0x595959ff, 0xffffffff) == doctest::Approx(7.0).epsilon(0.002));
    CHECK(contrast_ratio(0xff0000ff, 0xffffffff) == doctest::Approx(4.0).epsilon(0.002));
    CHECK(contrast_ratio(0x0000ffff, 0xffffffff) == doctest::Approx(8.59).epsilon(0.002));
    CHECK(contrast_ratio(0x123456ff, 0x123456ff) == doctest::Approx(1.0));
    CHECK(relative_luminance(0xffffffff) == doctest::Approx(1.0));
    CHECK(relative_luminance(0x000000ff) == doctest::Approx(0.0));
    // 0x0a = 10/255 = 0.0392, under the 0.04045 knee: linear part c / 12.92.
    CHECK(relative_luminance(0x0a0a0aff) == doctest::Approx(10.0 / 255.0 / 12.92));
}

TEST_CASE("contrast_ratio: a translucent foreground is composited over its background") {
    // Black at half strength on white is the grey #808080 (127.5 rounds to 128).
    CHECK(over(Rgba(0, 0, 0, 128), 0xffffffff) == Rgba(0x7f7f7fff));
    CHECK(contrast_ratio(Rgba(0, 0, 0, 128), 0xffffffff) == doctest::Approx(contrast_ratio(0x7f7f7fff, 0xffffffff)));
    CHECK(contrast_ratio(Rgba(0, 0, 0, 0), 0xffffffff) == doctest::Approx(1.0));  // invisible
    // Translucent over translucent stays translucent, then over opaque gives the same as in order.
    const Rgba a(200, 0, 0, 100), b(0, 0, 200, 100), ground(255, 255, 255);
    const Rgba ab = over(a, b);
    CHECK(ab.a == 161);
    const Rgba one = over(ab, ground), two = over(a, over(b, ground));
    CHECK(std::abs(int(one.r) - int(two.r)) <= 1);
    CHECK(std::abs(int(one.b) - int(two.b)) <= 1);
}

TEST_CASE("themes: names round-trip, colours have names") {
    for (std::size_t i = 0; i < kThemeCount; ++i) {
        Theme t{};
        REQUIRE(theme_from_name(theme_name(static_cast<Theme>(i)), t));
        CHECK(t == static_cast<Theme>(i));
    }
    Theme t = Theme::dark;
    CHECK_FALSE(theme_from_name("sepia", t));
    CHECK(t == Theme::dark);
    CHECK(theme_name(Theme::high_contrast) == "high_contrast");
    std::set<std::string_view> names;
    for (const NamedColour& n : colour_names()) names.insert(n.name);
    CHECK(names.size() == colour_names().size());
    CHECK(colour_name(&ThemeColours::nav_highlight) == "nav_highlight");
    CHECK(kImGuiColourCount == 53);  // ImGuiCol_COUNT in Dear ImGui 1.86 (wasm/style.cpp asserts it too)
}

namespace {

std::string describe(const ContrastPair& pair) {
    std::string s = std::string(colour_name(pair.foreground)) + " on ";
    for (std::size_t i = 0; i < std::size(pair.layers) && pair.layers[i].colour; ++i) {
        if (i > 0) s += " > ";
        s += colour_name(pair.layers[i].colour);
        if (pair.layers[i].alpha >= 0) s += "@" + std::to_string(pair.layers[i].alpha);
    }
    return s + " (" + std::string(pair.where) + ")";
}

}  // namespace

TEST_CASE("themes: every text and background pair reaches WCAG 2.1 AA in every theme") {
    REQUIRE(contrast_pairs().size() > 100);
    int failures = 0;
    for (std::size_t i = 0; i < kThemeCount; ++i) {
        const Theme theme = static_cast<Theme>(i);
        const ThemeColours& colours = theme_colours(theme);
        for (const ContrastPair& pair : contrast_pairs()) {
            const double ratio = pair_contrast(colours, pair);
            if (ratio + 1e-9 >= pair.minimum) continue;
            ++failures;
            char figures[64];
            std::snprintf(figures, sizeof figures, "%.2f:1, needs %.1f:1", ratio, pair.minimum);
            const std::string message = std::string(theme_name(theme)) + ": " + describe(pair) + " — " + figures;
            FAIL_CHECK(message);
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("themes: the high-contrast theme's text reaches 7:1 (WCAG AAA)") {
    const ThemeColours& colours = theme_colours(Theme::high_contrast);
    for (const ContrastPair& pair : contrast_pairs()) {
        if (pair.minimum < kTextContrast) continue;
        const double ratio = pair_contrast(colours, pair);
        CHECK_MESSAGE(ratio >= 7.0, describe(pair), " — ", ratio);
    }
}

TEST_CASE("themes: the pairs' check fails when a colour is lowered") {
    // The check is not vacuous: the light theme's text greyed to #999 fails on its window.
    ThemeColours greyed = theme_colours(Theme::light);
    greyed.text = 0x999999ff;
    int failing = 0;
    for (const ContrastPair& pair : contrast_pairs())
        if (pair_contrast(greyed, pair) < pair.minimum) ++failing;
    CHECK(failing > 20);
}
