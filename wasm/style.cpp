// Fonts and themes. See style.h.
#include "style.h"

#include <imgui.h>

#include <iterator>

namespace parvis::app {
namespace {

constexpr float kBaseFontSize = 16.0f;  // CSS pixels at zoom 1

// What the UI font must draw: Latin with everything French needs (œ, ÿ, « », ’, …, –, —, €,
// the narrow no-break space U+202F of French number formatting), arrows and a few signs.
const ImWchar kTextRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1 (é è ê ë à â î ï ô û ù ü ç « » …)
    0x0100, 0x017F,  // Latin Extended-A (œ Œ Ÿ)
    0x2000, 0x206F,  // General Punctuation (’ … – — U+202F)
    0x20AC, 0x20AC,  // €
    0x2190, 0x21FF,  // arrows
    0x2212, 0x2212, 0x2264, 0x2265,  // − ≤ ≥
    0x25A0, 0x25FF,  // geometric shapes (bullets, triangles)
    0xFFFD, 0xFFFD,  // replacement character
    0,
};
// Emoji, drawn in monochrome (stb_truetype cannot draw colour fonts).
const ImWchar kEmojiRanges[] = {
    0x2600, 0x27BF, 0x2B00, 0x2BFF, 0x1F300, 0x1F5FF, 0x1F600, 0x1F64F, 0x1F680, 0x1F6FF, 0x1F900, 0x1F9FF, 0,
};
// Code points that modify or join emoji (variation selectors, ZWJ, zero-width space, skin-tone
// modifiers): drawn as nothing, instead of the « ? » of a missing glyph or a colour swatch next
// to a monochrome emoji. The text itself keeps them.
const ImWchar kZeroWidth[] = {0x200B, 0x200C, 0x200D, 0x2060, 0xFE0E, 0xFE0F, 0x1F3FB, 0x1F3FC, 0x1F3FD, 0x1F3FE, 0x1F3FF};

ImFont* add_font(const char* path, float pixels, bool with_emoji) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    config.OversampleH = 2;
    config.OversampleV = 1;
    ImFont* font = io.Fonts->AddFontFromFileTTF(path, pixels, &config, kTextRanges);
    if (!font) return nullptr;
    if (with_emoji) {
        ImFontConfig merge;
        merge.MergeMode = true;
        merge.OversampleH = 1;
        merge.GlyphOffset.y = pixels * 0.05f;
        io.Fonts->AddFontFromFileTTF("/fonts/emoji.ttf", pixels, &merge, kEmojiRanges);
    }
    for (ImWchar cp : kZeroWidth) io.Fonts->AddCustomRectFontGlyph(font, cp, 1, 1, 0.0f);
    return font;
}

//-----------------------------------------------------------------------------
// Themes: the colours are data in core/style/themes.cpp (checked by tests/unit/test_style_contrast.cpp);
// here they become ImGui's style colours and the Palette.
//-----------------------------------------------------------------------------

ImVec4 vec(style::Rgba c) { return ImVec4(float(c.r) / 255.0f, float(c.g) / 255.0f, float(c.b) / 255.0f, float(c.a) / 255.0f); }

// ImGui's colours in ImGuiCol order, as the core's table lists them first.
constexpr style::ColourRef kImGuiColours[] = {
#define PARVIS_REF(name) &style::ThemeColours::name,
    PARVIS_IMGUI_COLOURS(PARVIS_REF)
#undef PARVIS_REF
};
static_assert(std::size(kImGuiColours) == ImGuiCol_COUNT,
              "core/style/themes.h lists ImGui 1.86's style colours: update PARVIS_IMGUI_COLOURS with ImGui");
static_assert(ImGuiCol_Text == 0 && ImGuiCol_NavHighlight == 49 && ImGuiCol_ModalWindowDimBg == 52,
              "ImGuiCol order changed: reorder PARVIS_IMGUI_COLOURS in core/style/themes.h");

Palette make_palette(const style::ThemeColours& t) {
    Palette p;
    p.ok = vec(t.ok);
    p.warning = vec(t.warning);
    p.notice = vec(t.notice);
    p.error = vec(t.error);
    p.muted = vec(t.muted);
    p.accent = vec(t.accent);
    p.on_accent = vec(t.on_accent);
    p.finding_error = vec(t.finding_error);
    p.finding_warning = vec(t.finding_warning);
    p.finding_info = vec(t.finding_info);
    p.info_banner = {vec(t.info_banner_bg), vec(t.info_banner_fg)};
    p.error_banner = {vec(t.error_banner_bg), vec(t.error_banner_fg)};
    p.ok_banner = {vec(t.ok_banner_bg), vec(t.ok_banner_fg)};
    p.note_banner = {vec(t.note_banner_bg), vec(t.note_banner_fg)};
    p.holiday = vec(t.holiday);
    p.school = vec(t.school);
    p.electoral = vec(t.electoral);
    p.journee = vec(t.journee);
    p.electoral_text = vec(t.electoral_text);
    p.journee_text = vec(t.journee_text);
    p.overloaded = vec(t.overloaded);
    p.alert = vec(t.alert);
    p.now_line = vec(t.now_line);
    p.today_badge = vec(t.today_badge);
    p.today_column = vec(t.today_column);
    p.hour_line = vec(t.hour_line);
    p.chip_selected = vec(t.chip_selected);
    p.chip_text_dark = vec(t.chip_text_dark);
    p.chip_text_light = vec(t.chip_text_light);
    p.drag_ghost = vec(t.drag_ghost);
    p.drop_target = vec(t.drop_target);
    p.drop_time = vec(t.drop_time);
    p.occurrence_fill = vec(t.occurrence_fill);
    p.occurrence_outline = vec(t.occurrence_outline);
    p.reference_line = vec(t.reference_line);
    p.heat_low = vec(t.heat_low);
    p.heat_high = vec(t.heat_high);
    p.crop_shade = vec(t.crop_shade);
    return p;
}

style::Theme g_theme = style::Theme::light;  // the theme apply_theme() last applied

}  // namespace

const Palette& palette() {
    static const Palette palettes[] = {make_palette(style::theme_colours(style::Theme::light)),
                                       make_palette(style::theme_colours(style::Theme::dark)),
                                       make_palette(style::theme_colours(style::Theme::high_contrast))};
    static_assert(std::size(palettes) == style::kThemeCount, "one palette per theme");
    return palettes[static_cast<std::size_t>(g_theme)];
}

bool build_fonts(Fonts& fonts, float zoom, float pixel_ratio, bool with_emoji) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Rasterise at physical pixels, draw at CSS pixels: crisp on HiDPI screens.
    const float px = kBaseFontSize * zoom * pixel_ratio;
    fonts.regular = add_font("/fonts/ui.ttf", px, with_emoji);
    // Emoji are rasterised once, for the regular font (post texts); bold and titles are labels.
    // The first frame (no emoji) shows « Chargement… » only: the regular font stands in for the
    // other two until the full atlas is built on the next frame (a third of the rasterising).
    fonts.bold = with_emoji ? add_font("/fonts/ui-bold.ttf", px, false) : fonts.regular;
    fonts.title = with_emoji ? add_font("/fonts/ui-bold.ttf", px * 1.35f, false) : fonts.regular;
    io.FontGlobalScale = 1.0f / pixel_ratio;
    if (!fonts.regular || !fonts.bold || !fonts.title) {
        io.Fonts->Clear();
        io.Fonts->AddFontDefault();
        io.FontGlobalScale = 1.0f;
        fonts = {};
        return false;
    }
    io.FontDefault = fonts.regular;
    return io.Fonts->Build();
}

void apply_theme(style::Theme theme, float zoom) {
    g_theme = theme;
    ImGuiStyle imgui_style;
    const style::ThemeColours& colours = style::theme_colours(theme);
    for (int i = 0; i < ImGuiCol_COUNT; ++i) imgui_style.Colors[i] = vec(colours.*kImGuiColours[i]);
    imgui_style.WindowRounding = 4.0f;
    imgui_style.FrameRounding = 4.0f;
    imgui_style.GrabRounding = 4.0f;
    imgui_style.FramePadding = ImVec2(8, 5);
    imgui_style.ItemSpacing = ImVec2(8, 7);
    imgui_style.FrameBorderSize = 1.0f;
    imgui_style.ScaleAllSizes(zoom);
    ImGui::GetStyle() = imgui_style;
}

}  // namespace parvis::app
