// The colour themes of the web app as data: light (office), dark and high contrast. One table per
// theme holds every colour ImGui draws with (its style colours, in ImGuiCol order) and the palette
// of what colours mean (wasm/style.h), so that wasm/style.cpp builds ImGui's style from it and a
// unit test checks, theme by theme, every pair of colours that the screens draw one on the other
// (contrast_pairs(): WCAG 2.1 AA, 4.5:1 for text, 3:1 for the parts of controls and charts that
// carry meaning). Colours that are data (a campaign's colour, the networks' colours) are not here.
#pragma once
#include <cstddef>
#include <span>
#include <string_view>

#include "style/contrast.h"

namespace parvis::style {

//-----------------------------------------------------------------------------
// Themes
//-----------------------------------------------------------------------------
enum class Theme { light, dark, high_contrast };

// Stable names (the device's settings store them): adding a theme means adding its name.
inline constexpr std::string_view kThemeNames[] = {"light", "dark", "high_contrast"};
inline constexpr std::size_t kThemeCount = sizeof(kThemeNames) / sizeof(kThemeNames[0]);
static_assert(kThemeCount == static_cast<std::size_t>(Theme::high_contrast) + 1, "a theme without its name in kThemeNames");

std::string_view theme_name(Theme theme);
// False (and `out` untouched) for a name no theme has.
bool theme_from_name(std::string_view name, Theme& out);

//-----------------------------------------------------------------------------
// The colours of a theme. X(name): ImGui's style colours first, in ImGuiCol order (wasm/style.cpp
// checks the order against ImGui's enum), then the palette.
//-----------------------------------------------------------------------------
#define PARVIS_IMGUI_COLOURS(X)                                                                         \
    X(text) X(text_disabled) X(window_bg) X(child_bg) X(popup_bg) X(border) X(border_shadow)            \
    X(frame_bg) X(frame_bg_hovered) X(frame_bg_active) X(title_bg) X(title_bg_active)                  \
    X(title_bg_collapsed) X(menu_bar_bg) X(scrollbar_bg) X(scrollbar_grab) X(scrollbar_grab_hovered)   \
    X(scrollbar_grab_active) X(check_mark) X(slider_grab) X(slider_grab_active) X(button)              \
    X(button_hovered) X(button_active) X(header) X(header_hovered) X(header_active) X(separator)        \
    X(separator_hovered) X(separator_active) X(resize_grip) X(resize_grip_hovered)                     \
    X(resize_grip_active) X(tab) X(tab_hovered) X(tab_active) X(tab_unfocused) X(tab_unfocused_active) \
    X(plot_lines) X(plot_lines_hovered) X(plot_histogram) X(plot_histogram_hovered)                    \
    X(table_header_bg) X(table_border_strong) X(table_border_light) X(table_row_bg)                    \
    X(table_row_bg_alt) X(text_selected_bg) X(drag_drop_target) X(nav_highlight)                       \
    X(nav_windowing_highlight) X(nav_windowing_dim_bg) X(modal_window_dim_bg)

// The palette (wasm/style.h says where each is drawn).
#define PARVIS_PALETTE_COLOURS(X)                                                                       \
    X(ok) X(warning) X(notice) X(error) X(muted) X(accent) X(on_accent)                                \
    X(finding_error) X(finding_warning) X(finding_info)                                               \
    X(info_banner_bg) X(info_banner_fg) X(error_banner_bg) X(error_banner_fg)                          \
    X(ok_banner_bg) X(ok_banner_fg) X(note_banner_bg) X(note_banner_fg)                                \
    X(holiday) X(school) X(electoral) X(journee) X(electoral_text) X(journee_text) X(overloaded)       \
    X(alert) X(now_line) X(today_badge) X(today_column) X(hour_line) X(chip_selected)                  \
    X(chip_text_dark) X(chip_text_light) X(drag_ghost) X(drop_target) X(drop_time)                     \
    X(occurrence_fill) X(occurrence_outline) X(reference_line) X(heat_low) X(heat_high) X(crop_shade)

#define PARVIS_THEME_COLOURS(X) PARVIS_IMGUI_COLOURS(X) PARVIS_PALETTE_COLOURS(X)

struct ThemeColours {
#define PARVIS_MEMBER(name) Rgba name;
    PARVIS_THEME_COLOURS(PARVIS_MEMBER)
#undef PARVIS_MEMBER
};

const ThemeColours& theme_colours(Theme theme);

// A colour of ThemeColours, with its name (for a test's message).
using ColourRef = Rgba ThemeColours::*;
struct NamedColour {
    std::string_view name;
    ColourRef colour;
};
std::span<const NamedColour> colour_names();
std::string_view colour_name(ColourRef colour);
#define PARVIS_COUNT_ONE(name) +1
inline constexpr std::size_t kImGuiColourCount = 0 PARVIS_IMGUI_COLOURS(PARVIS_COUNT_ONE);
#undef PARVIS_COUNT_ONE

//-----------------------------------------------------------------------------
// What is drawn on what
//-----------------------------------------------------------------------------

// One layer of a background: a colour of the theme, drawn with its own alpha or, for the calendar's
// layers whose strength the screen gives (u32(colour, alpha) in wasm/ui/), with `alpha`.
struct Layer {
    ColourRef colour = nullptr;
    int alpha = -1;  // -1: the colour's own
};

// A foreground drawn on a stack of backgrounds, bottom first (the bottom one is taken as opaque:
// the canvas is cleared with the window's colour). `minimum`: 4.5 for text, 3 for the non-text
// parts that carry meaning (WCAG 1.4.11: focus ring, outlines, chart lines, check marks).
struct ContrastPair {
    ColourRef foreground;
    Layer layers[6];
    double minimum;
    std::string_view where;  // the screen or widget that draws it, for the message of a failure
};

inline constexpr double kTextContrast = 4.5;
inline constexpr double kNonTextContrast = 3.0;

// Every pair the screens draw, the same list for every theme.
std::span<const ContrastPair> contrast_pairs();

// The background of `pair` in `theme`, its layers composited; and the ratio of its foreground on it.
Rgba pair_background(const ThemeColours& theme, const ContrastPair& pair);
double pair_contrast(const ThemeColours& theme, const ContrastPair& pair);

}  // namespace parvis::style
