// The themes' colours and the pairs drawn together. See themes.h.
//
// Index
//   [SECTION] Names
//   [SECTION] Light (office)
//   [SECTION] Dark
//   [SECTION] High contrast
//   [SECTION] What is drawn on what
#include "style/themes.h"

#include <iterator>
#include <vector>

#include "parvis_assert.h"

namespace parvis::style {

//-----------------------------------------------------------------------------
// [SECTION] Names
//-----------------------------------------------------------------------------

std::string_view theme_name(Theme theme) {
    const auto i = static_cast<std::size_t>(theme);
    PARVIS_ASSERT(i < kThemeCount, "theme_name: a value outside Theme (cast from an unchecked integer?)");
    return i < kThemeCount ? kThemeNames[i] : std::string_view{};
}

bool theme_from_name(std::string_view name, Theme& out) {
    for (std::size_t i = 0; i < kThemeCount; ++i) {
        if (kThemeNames[i] == name) {
            out = static_cast<Theme>(i);
            return true;
        }
    }
    return false;
}

std::span<const NamedColour> colour_names() {
    static constexpr NamedColour names[] = {
#define PARVIS_NAME(name) {#name, &ThemeColours::name},
        PARVIS_THEME_COLOURS(PARVIS_NAME)
#undef PARVIS_NAME
    };
    return names;
}

std::string_view colour_name(ColourRef colour) {
    for (const NamedColour& n : colour_names())
        if (n.colour == colour) return n.name;
    return "?";
}

namespace {

// Every table below names every colour, in declaration order: Rgba has no default, so a colour
// left out does not compile, and designated initialisers refuse another order.

//-----------------------------------------------------------------------------
// [SECTION] Light (office): white surfaces, a calm blue accent. ImGui's light style with Parvis's
// own surfaces, text and controls. Darkened when the contrast test came (ImGui's or Parvis's
// earlier values below 4.5:1 or 3:1): border (text boxes' edges), check mark, slider and scroll
// bar grabs, the modal title bar (light blue under dark text), the selected post's outline,
// the drop target and time, findings' warnings, journées' names, the drag ghost, the overloaded band.
//-----------------------------------------------------------------------------
constexpr ThemeColours kLight{
    // ImGui
    .text = 0x1a1c21ff,
    .text_disabled = 0x616670ff,
    .window_bg = 0xf7f7faff,
    .child_bg = 0xffffffff,
    .popup_bg = 0xffffffff,
    .border = 0x858b95ff,
    .border_shadow = 0x00000000,
    .frame_bg = 0xffffffff,
    .frame_bg_hovered = 0xedf2fcff,
    .frame_bg_active = 0xe0ebfcff,
    .title_bg = 0xf5f5f5ff,
    .title_bg_active = 0xc4d9f7ff,
    .title_bg_collapsed = 0xffffff82,
    .menu_bar_bg = 0xdbdbdbff,
    .scrollbar_bg = 0xfafafa87,
    .scrollbar_grab = 0x8c8c8cff,
    .scrollbar_grab_hovered = 0x6e6e6eff,
    .scrollbar_grab_active = 0x595959ff,
    .check_mark = 0x2b6cd4ff,
    .slider_grab = 0x2b6cd4ff,
    .slider_grab_active = 0x1f55a8ff,
    .button = 0xdbe8faff,
    .button_hovered = 0xc4d9f7ff,
    .button_active = 0xabc7f0ff,
    .header = 0xdbe8faff,
    .header_hovered = 0xccdef7ff,
    .header_active = 0xb8d1f5ff,
    .separator = 0x6363639e,
    .separator_hovered = 0x2470ccc7,
    .separator_active = 0x2470ccff,
    .resize_grip = 0x5959592b,
    .resize_grip_hovered = 0x4296faab,
    .resize_grip_active = 0x4296faf2,
    .tab = 0xc3cbd5ed,
    .tab_hovered = 0x4296facc,
    .tab_active = 0x98bae1ff,
    .tab_unfocused = 0xebeceefb,
    .tab_unfocused_active = 0xbdd1e9ff,
    .plot_lines = 0x636363ff,
    .plot_lines_hovered = 0xff6e59ff,
    .plot_histogram = 0xe6b300ff,
    .plot_histogram_hovered = 0xff7300ff,
    .table_header_bg = 0xc7defaff,
    .table_border_strong = 0x9191a3ff,
    .table_border_light = 0xadadbdff,
    .table_row_bg = 0x00000000,
    .table_row_bg_alt = 0x4d4d4d17,
    .text_selected_bg = 0x4296fa59,
    .drag_drop_target = 0x4296faf2,
    .nav_highlight = 0x0054ccff,
    .nav_windowing_highlight = 0xb3b3b3b3,
    .nav_windowing_dim_bg = 0x33333333,
    .modal_window_dim_bg = 0x33333359,
    // Palette
    .ok = 0x1a7326ff,
    .warning = 0xa65900ff,
    .notice = 0x8c5900ff,
    .error = 0xb31a1aff,
    .muted = 0x4d4d4dff,
    .accent = 0x286edcff,
    .on_accent = 0xffffffff,
    .finding_error = 0xc71f1fff,
    .finding_warning = 0xa65c00ff,
    .finding_info = 0x3366bfff,
    .info_banner_bg = 0xe0edffff,
    .info_banner_fg = 0x0d2e66ff,
    .error_banner_bg = 0xffe6e0ff,
    .error_banner_fg = 0x730d0dff,
    .ok_banner_bg = 0xe0f7e3ff,
    .ok_banner_fg = 0x0d4d1aff,
    .note_banner_bg = 0xfcf5dbff,
    .note_banner_fg = 0x4d3d0dff,
    .holiday = 0xe65050ff,
    .school = 0x5aaa5aff,
    .electoral = 0x965ac8ff,
    .journee = 0xf0aa28ff,
    .electoral_text = 0x733399ff,
    .journee_text = 0x875700ff,
    .overloaded = 0xd4620aff,
    .alert = 0xc81e1eff,
    .now_line = 0xdc1e1eff,
    .today_badge = 0xc82828ff,
    .today_column = 0xffebb43c,
    .hour_line = 0x8080801e,
    .chip_selected = 0xb87800ff,
    .chip_text_dark = 0x141414ff,
    .chip_text_light = 0xffffffff,
    .drag_ghost = 0x1f4f99e6,
    .drop_target = 0xc76a00ff,
    .drop_time = 0xa65300ff,
    .occurrence_fill = 0x80808028,
    .occurrence_outline = 0x6e6e6ec8,
    .reference_line = 0xb5442fff,
    .heat_low = 0xe6ebf5ff,
    .heat_high = 0x2855f5ff,
    .crop_shade = 0x0000008c,
};

//-----------------------------------------------------------------------------
// [SECTION] Dark: ImGui's dark style; the palette's meanings with lighter, less saturated text,
// brighter layers, dark banners with light text. Changed from ImGui's values when the contrast
// test came: hovered and pressed buttons, headers and tabs a darker blue (white text on ImGui's
// #4296fa is 3:1), the text selection, TextDisabled lighter, borders and scroll bar grabs
// lighter and opaque, the crisis mode's outline.
//-----------------------------------------------------------------------------
constexpr ThemeColours kDark{
    // ImGui
    .text = 0xffffffff,
    .text_disabled = 0xa0a0a0ff,
    .window_bg = 0x0f0f0ff0,
    .child_bg = 0x00000000,
    .popup_bg = 0x141414f0,
    .border = 0x80808cff,
    .border_shadow = 0x00000000,
    .frame_bg = 0x294a7a8a,
    .frame_bg_hovered = 0x4296fa66,
    .frame_bg_active = 0x4296faab,
    .title_bg = 0x0a0a0aff,
    .title_bg_active = 0x294a7aff,
    .title_bg_collapsed = 0x00000082,
    .menu_bar_bg = 0x242424ff,
    .scrollbar_bg = 0x05050587,
    .scrollbar_grab = 0x6b6b6bff,
    .scrollbar_grab_hovered = 0x8a8a8aff,
    .scrollbar_grab_active = 0xa6a6a6ff,
    .check_mark = 0x4296faff,
    .slider_grab = 0x3d85e0ff,
    .slider_grab_active = 0x4296faff,
    .button = 0x4296fa66,
    .button_hovered = 0x2a6bbfff,
    .button_active = 0x1f5aa8ff,
    .header = 0x4296fa4f,
    .header_hovered = 0x2a6bbfcc,
    .header_active = 0x1f5aa8ff,
    .separator = 0x6e6e8080,
    .separator_hovered = 0x1a66bfc7,
    .separator_active = 0x1a66bfff,
    .resize_grip = 0x4296fa33,
    .resize_grip_hovered = 0x4296faab,
    .resize_grip_active = 0x4296faf2,
    .tab = 0x2e5994dc,
    .tab_hovered = 0x2a6bbfcc,
    .tab_active = 0x3369adff,
    .tab_unfocused = 0x111a26f8,
    .tab_unfocused_active = 0x23436cff,
    .plot_lines = 0x9c9c9cff,
    .plot_lines_hovered = 0xff6e59ff,
    .plot_histogram = 0xe6b300ff,
    .plot_histogram_hovered = 0xff9900ff,
    .table_header_bg = 0x303033ff,
    .table_border_strong = 0x4f4f59ff,
    .table_border_light = 0x3b3b40ff,
    .table_row_bg = 0x00000000,
    .table_row_bg_alt = 0xffffff0f,
    .text_selected_bg = 0x2a6bbfb3,
    .drag_drop_target = 0xffff00e6,
    .nav_highlight = 0x73b3ffff,
    .nav_windowing_highlight = 0xffffffb3,
    .nav_windowing_dim_bg = 0xcccccc33,
    .modal_window_dim_bg = 0xcccccc59,
    // Palette
    .ok = 0x73d980ff,
    .warning = 0xffb34dff,
    .notice = 0xf2d173ff,
    .error = 0xff7870ff,
    .muted = 0xa8a8b3ff,
    .accent = 0x5a96ffff,
    .on_accent = 0xffffffff,
    .finding_error = 0xff6b6bff,
    .finding_warning = 0xffa833ff,
    .finding_info = 0x7aadffff,
    .info_banner_bg = 0x1f3357ff,
    .info_banner_fg = 0xd1e3ffff,
    .error_banner_bg = 0x5c1a1aff,
    .error_banner_fg = 0xffdbd6ff,
    .ok_banner_bg = 0x14421fff,
    .ok_banner_fg = 0xccf5d1ff,
    .note_banner_bg = 0x453b1aff,
    .note_banner_fg = 0xffedb8ff,
    .holiday = 0xf06464ff,
    .school = 0x64be64ff,
    .electoral = 0xaf78e6ff,
    .journee = 0xf0aa28ff,
    .electoral_text = 0xc79effff,
    .journee_text = 0xf0be50ff,
    .overloaded = 0xf58c28ff,
    .alert = 0xf04848ff,
    .now_line = 0xff5050ff,
    .today_badge = 0xd72d2dff,
    .today_column = 0xffdc821e,
    .hour_line = 0xa0a0a01e,
    .chip_selected = 0xffc828ff,
    .chip_text_dark = 0x141414ff,
    .chip_text_light = 0xffffffff,
    .drag_ghost = 0x3c6ec8d2,
    .drop_target = 0xffa01eff,
    .drop_time = 0xffb95aff,
    .occurrence_fill = 0xa0a0a028,
    .occurrence_outline = 0xa0a0a0c8,
    .reference_line = 0xf0785fff,
    .heat_low = 0x2d3446ff,
    .heat_high = 0x5a96ffff,
    .crop_shade = 0x0000008c,
};

//-----------------------------------------------------------------------------
// [SECTION] High contrast: white text on black, every control outlined in white, states in dark
// blue behind white text, the focus ring, check marks and selections in yellow, charts in cyan.
// Every text pair reaches 7:1 (WCAG AAA) where the light and dark themes aim at 4.5:1.
//-----------------------------------------------------------------------------
constexpr ThemeColours kHighContrast{
    // ImGui
    .text = 0xffffffff,
    .text_disabled = 0xd4d4d4ff,
    .window_bg = 0x000000ff,
    .child_bg = 0x000000ff,
    .popup_bg = 0x0a0a0aff,
    .border = 0xffffffff,
    .border_shadow = 0x00000000,
    .frame_bg = 0x000000ff,
    .frame_bg_hovered = 0x1c2a4dff,
    .frame_bg_active = 0x00306bff,
    .title_bg = 0x000000ff,
    .title_bg_active = 0x00306bff,
    .title_bg_collapsed = 0x000000ff,
    .menu_bar_bg = 0x141414ff,
    .scrollbar_bg = 0x000000ff,
    .scrollbar_grab = 0xbfbfbfff,
    .scrollbar_grab_hovered = 0xe6e6e6ff,
    .scrollbar_grab_active = 0xffff00ff,
    .check_mark = 0xffff00ff,
    .slider_grab = 0xffff00ff,
    .slider_grab_active = 0xffffffff,
    .button = 0x1a1a1aff,
    .button_hovered = 0x1c2a4dff,
    .button_active = 0x00306bff,
    .header = 0x00306bff,
    .header_hovered = 0x1c2a4dff,
    .header_active = 0x00408fff,
    .separator = 0xbfbfbfff,
    .separator_hovered = 0xffff00ff,
    .separator_active = 0xffff00ff,
    .resize_grip = 0xbfbfbfff,
    .resize_grip_hovered = 0xffff00ff,
    .resize_grip_active = 0xffff00ff,
    .tab = 0x1a1a1aff,
    .tab_hovered = 0x1c2a4dff,
    .tab_active = 0x00306bff,
    .tab_unfocused = 0x1a1a1aff,
    .tab_unfocused_active = 0x00306bff,
    .plot_lines = 0x00e5ffff,
    .plot_lines_hovered = 0xffff00ff,
    .plot_histogram = 0xffd000ff,
    .plot_histogram_hovered = 0xffff00ff,
    .table_header_bg = 0x1a1a1aff,
    .table_border_strong = 0xffffffff,
    .table_border_light = 0xbfbfbfff,
    .table_row_bg = 0x00000000,
    .table_row_bg_alt = 0x141414ff,
    .text_selected_bg = 0x0050b3ff,
    .drag_drop_target = 0xffff00ff,
    .nav_highlight = 0xffff00ff,
    .nav_windowing_highlight = 0xffff00ff,
    .nav_windowing_dim_bg = 0x000000b3,
    .modal_window_dim_bg = 0x000000b3,
    // Palette
    .ok = 0x7dff9aff,
    .warning = 0xffc266ff,
    .notice = 0xffe680ff,
    .error = 0xff9c94ff,
    .muted = 0xd4d4d4ff,
    .accent = 0x00e5ffff,
    .on_accent = 0x000000ff,
    .finding_error = 0xff9c94ff,
    .finding_warning = 0xffc266ff,
    .finding_info = 0x8cc8ffff,
    .info_banner_bg = 0x000000ff,
    .info_banner_fg = 0x8cc8ffff,
    .error_banner_bg = 0x000000ff,
    .error_banner_fg = 0xff9c94ff,
    .ok_banner_bg = 0x000000ff,
    .ok_banner_fg = 0x7dff9aff,
    .note_banner_bg = 0x000000ff,
    .note_banner_fg = 0xffe680ff,
    // Deeper than the dark theme's: white text stays above 7:1 on a day that is both a silence
    // day and a holiday, with a recurring post's occurrence drawn over it.
    .holiday = 0xc03a3aff,
    .school = 0x4dd94dff,
    .electoral = 0x7a4fc0ff,
    .journee = 0xffb000ff,
    .electoral_text = 0xd9b8ffff,
    .journee_text = 0xffd066ff,
    .overloaded = 0xff9933ff,
    .alert = 0xff4d4dff,
    .now_line = 0xff4d4dff,
    .today_badge = 0xffff00ff,
    .today_column = 0xffff0014,
    .hour_line = 0xffffff40,
    .chip_selected = 0xffff00ff,
    .chip_text_dark = 0x000000ff,
    .chip_text_light = 0xffffffff,
    .drag_ghost = 0x00e5ffe6,
    .drop_target = 0xffff00ff,
    .drop_time = 0xffff00ff,
    .occurrence_fill = 0xffffff26,
    .occurrence_outline = 0xffffffff,
    .reference_line = 0xff8c66ff,
    .heat_low = 0x1a1a1aff,
    .heat_high = 0x00e5ffff,
    .crop_shade = 0x0000008c,
};

}  // namespace

const ThemeColours& theme_colours(Theme theme) {
    switch (theme) {
        case Theme::light: return kLight;
        case Theme::dark: return kDark;
        case Theme::high_contrast: return kHighContrast;
    }
    PARVIS_ASSERT(false, "theme_colours: a value outside Theme");
    return kLight;
}

//-----------------------------------------------------------------------------
// [SECTION] What is drawn on what. Read from the screens (wasm/ui/, wasm/platform/a11y_mirror.cpp):
// where a pair is added here, the screen draws that colour on that background. The screens live
// in child windows of the main window, popups and modals above them (the modal's dimming under).
//-----------------------------------------------------------------------------
namespace {

using C = ThemeColours;
using Stack = std::vector<Layer>;

struct Surface {
    std::string_view where;
    Stack layers;
};

// Where text and controls are drawn: the main window (sidebar, top bar), a screen's child window,
// a popup or combo list, a modal over the dimmed screen.
std::vector<Surface> surfaces() {
    return {
        {"window", {{&C::window_bg}}},
        {"child window", {{&C::window_bg}, {&C::child_bg}}},
        {"popup", {{&C::window_bg}, {&C::popup_bg}}},
        {"modal", {{&C::window_bg}, {&C::modal_window_dim_bg}, {&C::popup_bg}}},
    };
}

Stack on(Stack layers, Layer top) {
    layers.push_back(top);
    return layers;
}

std::vector<ContrastPair> build_pairs() {
    std::vector<ContrastPair> pairs;
    // `where` must outlive the list: the surfaces' names are literals.
    const auto add = [&](ColourRef foreground, const Stack& layers, double minimum, std::string_view where) {
        PARVIS_ASSERT(!layers.empty() && layers.size() <= std::size(ContrastPair{}.layers), "contrast pairs: 1 to 6 background layers");
        ContrastPair p{foreground, {}, minimum, where};
        for (std::size_t i = 0; i < layers.size() && i < std::size(p.layers); ++i) p.layers[i] = layers[i];
        pairs.push_back(p);
    };

    // Controls' backgrounds, ImGui's own text on them (buttons, text boxes, combo boxes, selected
    // rows, tabs, table headers, the selection inside a text box).
    const ColourRef controls[] = {
        &C::frame_bg, &C::frame_bg_hovered, &C::frame_bg_active, &C::button, &C::button_hovered,
        &C::button_active, &C::header, &C::header_hovered, &C::header_active, &C::tab, &C::tab_hovered,
        &C::tab_active, &C::tab_unfocused, &C::tab_unfocused_active, &C::table_header_bg, &C::table_row_bg_alt,
    };
    // Text the screens colour by meaning (palette), on the surfaces and on a table's striped row.
    const ColourRef meaning_texts[] = {
        &C::ok, &C::warning, &C::notice, &C::error, &C::muted, &C::accent, &C::electoral_text,
        &C::finding_error, &C::finding_warning, &C::finding_info,
    };
    for (const Surface& s : surfaces()) {
        add(&C::text, s.layers, kTextContrast, s.where);
        add(&C::text_disabled, s.layers, kTextContrast, s.where);  // help texts, not disabled controls
        for (ColourRef bg : controls) add(&C::text, on(s.layers, {bg}), kTextContrast, s.where);
        add(&C::text, on(on(s.layers, {&C::frame_bg_active}), {&C::text_selected_bg}), kTextContrast, s.where);
        add(&C::text_disabled, on(s.layers, {&C::frame_bg}), kTextContrast, s.where);
        add(&C::text_disabled, on(s.layers, {&C::table_row_bg_alt}), kTextContrast, s.where);
        for (ColourRef fg : meaning_texts) add(fg, s.layers, kTextContrast, s.where);
        // An overdue message's deadline in Messages' striped table.
        add(&C::error, on(s.layers, {&C::table_row_bg_alt}), kTextContrast, s.where);

        // Non-text (WCAG 1.4.11): the keyboard focus ring drawn around the control over the
        // surface (a11y_mirror.cpp), the edge of text boxes and buttons, check marks and radio
        // dots, the slider's grab, the scroll bar's grab on its track.
        add(&C::nav_highlight, s.layers, kNonTextContrast, s.where);
        add(&C::border, s.layers, kNonTextContrast, s.where);
        add(&C::check_mark, on(s.layers, {&C::frame_bg}), kNonTextContrast, s.where);
        add(&C::check_mark, on(s.layers, {&C::frame_bg_hovered}), kNonTextContrast, s.where);
        add(&C::slider_grab, on(s.layers, {&C::frame_bg}), kNonTextContrast, s.where);
        add(&C::scrollbar_grab, on(s.layers, {&C::scrollbar_bg}), kNonTextContrast, s.where);
    }
    // A modal's title bar (import dialog, passphrase).
    add(&C::text, {{&C::window_bg}, {&C::title_bg_active}}, kTextContrast, "modal title bar");
    add(&C::text, {{&C::window_bg}, {&C::title_bg}}, kTextContrast, "title bar");

    // Banners and boxed notices (shell.cpp, widgets.cpp coming_notice, missed_posts.cpp).
    add(&C::info_banner_fg, {{&C::window_bg}, {&C::info_banner_bg}}, kTextContrast, "demo banner");
    add(&C::error_banner_fg, {{&C::window_bg}, {&C::error_banner_bg}}, kTextContrast, "error banner");
    add(&C::ok_banner_fg, {{&C::window_bg}, {&C::ok_banner_bg}}, kTextContrast, "done banner");
    add(&C::note_banner_fg, {{&C::window_bg}, {&C::note_banner_bg}}, kTextContrast, "« bientôt » notice");

    // Calendar (calendar_month.cpp, calendar_week.cpp, calendar.cpp). A month cell is FrameBg in
    // the month, WindowBg outside it, under the day's layers at the strengths the screen draws them;
    // the worst day is an electoral silence day that is also a public holiday.
    const Stack screen{{&C::window_bg}, {&C::child_bg}};
    const Stack month_day = on(on(on(screen, {&C::frame_bg}), {&C::electoral, 120}), {&C::holiday, 60});
    const Stack other_month_day = on(on(on(screen, {&C::window_bg}), {&C::electoral, 120}), {&C::holiday, 60});
    // On a plain cell, a day of another month and a holiday's name are dimmed (TextDisabled); on a
    // tinted one they are drawn in Text (calendar_month.cpp): no dimmed text reaches 4.5:1 there.
    add(&C::text, month_day, kTextContrast, "month view: a day's number, a holiday's name");
    add(&C::text, other_month_day, kTextContrast, "month view: a day of another month");
    add(&C::text_disabled, on(screen, {&C::frame_bg}), kTextContrast, "month view: a holiday's name");
    add(&C::text_disabled, on(screen, {&C::window_bg}), kTextContrast, "month view: a day of another month");
    add(&C::on_accent, on(screen, {&C::today_badge}), kTextContrast, "today's number");
    const Stack week_head = on(screen, {&C::holiday, 60});
    add(&C::text, week_head, kTextContrast, "week view: a day's header");
    add(&C::journee_text, screen, kTextContrast, "week view: a journée's name");
    add(&C::journee_text, week_head, kTextContrast, "week view: a journée's name on a holiday");
    add(&C::on_accent, on(screen, {&C::drag_ghost}), kTextContrast, "the post being dragged");
    add(&C::on_accent, on(on(screen, {&C::frame_bg}), {&C::drag_ghost}), kTextContrast, "the post being dragged");
    add(&C::drop_time, screen, kTextContrast, "the time a dropped post would get");
    add(&C::drop_time, on(screen, {&C::frame_bg}), kTextContrast, "the time a dropped post would get");
    add(&C::drop_time, on(screen, {&C::today_column}), kTextContrast, "the time a dropped post would get");
    // Outlines and lines that carry meaning, on the calendar's backgrounds.
    const Stack week_today = on(screen, {&C::today_column});
    for (const Stack& bg : {screen, on(screen, {&C::frame_bg}), week_today}) {
        add(&C::accent, bg, kNonTextContrast, "the selected day or slot");
        add(&C::chip_selected, bg, kNonTextContrast, "the selected post's outline");
        add(&C::alert, bg, kNonTextContrast, "a post held by the crisis mode");
        add(&C::drop_target, bg, kNonTextContrast, "where a dragged post would land");
        add(&C::overloaded, bg, kNonTextContrast, "an overloaded day's band");
        add(&C::occurrence_outline, bg, kNonTextContrast, "a recurring post's occurrences");
    }
    add(&C::now_line, week_today, kNonTextContrast, "week view: the current time");
    // A recurring post's next occurrences (a ghost with its title, in Text: dimmed text under 4.5:1 on the tints) in the week's columns,
    // tinted by the day's layers as calendar_week.cpp draws them (silence day and holiday at once).
    const Stack week_column = on(on(screen, {&C::electoral, 90}), {&C::holiday, 30});
    add(&C::text, on(screen, {&C::occurrence_fill}), kTextContrast, "week view: a recurring post's occurrence");
    add(&C::text, on(week_today, {&C::occurrence_fill}), kTextContrast, "week view: a recurring post's occurrence");
    add(&C::text, on(week_column, {&C::occurrence_fill}), kTextContrast, "week view: a recurring post's occurrence");
    add(&C::text, on(month_day, {&C::occurrence_fill}), kTextContrast, "month view: a recurring post's occurrence");
    add(&C::text, on(on(screen, {&C::frame_bg}), {&C::occurrence_fill}), kTextContrast, "month view: a recurring post's occurrence");

    // Indicateurs (kpis_charts.cpp): the line chart's line and the public-sector reference line.
    // The bars (PlotHistogram) are not listed: each bar's value is written beside it.
    add(&C::plot_lines, screen, kNonTextContrast, "Indicateurs: line chart");
    add(&C::reference_line, screen, kNonTextContrast, "Indicateurs: reference line");
    return pairs;
}

}  // namespace

std::span<const ContrastPair> contrast_pairs() {
    static const std::vector<ContrastPair> pairs = build_pairs();
    return pairs;
}

Rgba pair_background(const ThemeColours& theme, const ContrastPair& pair) {
    Rgba bg = theme.*pair.layers[0].colour;
    bg = bg.with_alpha(255);  // the canvas is cleared with it, opaque (main.cpp)
    for (std::size_t i = 1; i < std::size(pair.layers) && pair.layers[i].colour; ++i) {
        const Layer& l = pair.layers[i];
        const Rgba c = theme.*l.colour;
        bg = over(l.alpha >= 0 ? c.with_alpha(static_cast<std::uint8_t>(l.alpha)) : c, bg);
    }
    return bg;
}

double pair_contrast(const ThemeColours& theme, const ContrastPair& pair) {
    return contrast_ratio(theme.*pair.foreground, pair_background(theme, pair));
}

}  // namespace parvis::style
