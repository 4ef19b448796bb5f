// Fonts and themes. See style.h.
#include "style.h"

#include <imgui.h>

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
// Palettes. Light: the colours the screens used before the palette, unchanged. Dark: the same
// meanings on ImGui's dark background — text lighter and less saturated (contrast ≥ 4.5:1 on
// the window), layers a little brighter, banners dark with light text.
//-----------------------------------------------------------------------------

// A colour given in bytes, as IM_COL32 takes them.
ImVec4 rgb(int r, int g, int b, int a = 255) { return ImVec4(float(r) / 255.0f, float(g) / 255.0f, float(b) / 255.0f, float(a) / 255.0f); }

Palette light_palette() {
    Palette p;
    p.ok = ImVec4(0.10f, 0.45f, 0.15f, 1.0f);
    p.warning = ImVec4(0.65f, 0.35f, 0.0f, 1.0f);
    p.notice = ImVec4(0.55f, 0.35f, 0.0f, 1.0f);
    p.error = ImVec4(0.70f, 0.10f, 0.10f, 1.0f);
    p.muted = ImVec4(0.30f, 0.30f, 0.30f, 1.0f);
    p.accent = rgb(40, 110, 220);
    p.on_accent = rgb(255, 255, 255);
    p.finding_error = ImVec4(0.78f, 0.12f, 0.12f, 1.0f);
    p.finding_warning = ImVec4(0.80f, 0.45f, 0.02f, 1.0f);
    p.finding_info = ImVec4(0.20f, 0.40f, 0.75f, 1.0f);
    p.info_banner = {ImVec4(0.88f, 0.93f, 1.0f, 1.0f), ImVec4(0.05f, 0.18f, 0.40f, 1.0f)};
    p.error_banner = {ImVec4(1.0f, 0.90f, 0.88f, 1.0f), ImVec4(0.45f, 0.05f, 0.05f, 1.0f)};
    p.ok_banner = {ImVec4(0.88f, 0.97f, 0.89f, 1.0f), ImVec4(0.05f, 0.30f, 0.10f, 1.0f)};
    p.note_banner = {ImVec4(0.99f, 0.96f, 0.86f, 1.0f), ImVec4(0.30f, 0.24f, 0.05f, 1.0f)};
    p.holiday = rgb(230, 80, 80);
    p.school = rgb(90, 170, 90);
    p.electoral = rgb(150, 90, 200);
    p.journee = rgb(240, 170, 40);
    p.electoral_text = ImVec4(0.45f, 0.20f, 0.60f, 1.0f);
    p.journee_text = rgb(170, 110, 0);
    p.overloaded = rgb(235, 120, 20);
    p.alert = rgb(200, 30, 30);
    p.now_line = rgb(220, 30, 30);
    p.today_badge = rgb(200, 40, 40);
    p.today_column = rgb(255, 235, 180, 60);
    p.hour_line = rgb(128, 128, 128, 30);
    p.chip_selected = rgb(255, 190, 0);
    p.chip_text_dark = rgb(20, 20, 20);
    p.chip_text_light = rgb(255, 255, 255);
    p.drag_ghost = rgb(40, 90, 170, 200);
    p.drop_target = rgb(255, 150, 0);
    p.drop_time = rgb(200, 100, 0);
    p.occurrence_fill = rgb(128, 128, 128, 40);
    p.occurrence_outline = rgb(110, 110, 110, 200);
    p.reference_line = rgb(181, 68, 47);
    p.heat_low = rgb(230, 235, 245);
    p.heat_high = rgb(40, 85, 245);
    return p;
}

Palette dark_palette() {
    Palette p;
    p.ok = ImVec4(0.45f, 0.85f, 0.50f, 1.0f);
    p.warning = ImVec4(1.0f, 0.70f, 0.30f, 1.0f);
    p.notice = ImVec4(0.95f, 0.82f, 0.45f, 1.0f);
    p.error = ImVec4(1.0f, 0.47f, 0.44f, 1.0f);
    p.muted = ImVec4(0.66f, 0.66f, 0.70f, 1.0f);
    p.accent = rgb(90, 150, 255);
    p.on_accent = rgb(255, 255, 255);
    p.finding_error = ImVec4(1.0f, 0.42f, 0.42f, 1.0f);
    p.finding_warning = ImVec4(1.0f, 0.66f, 0.20f, 1.0f);
    p.finding_info = ImVec4(0.48f, 0.68f, 1.0f, 1.0f);
    p.info_banner = {ImVec4(0.12f, 0.20f, 0.34f, 1.0f), ImVec4(0.82f, 0.89f, 1.0f, 1.0f)};
    p.error_banner = {ImVec4(0.36f, 0.10f, 0.10f, 1.0f), ImVec4(1.0f, 0.86f, 0.84f, 1.0f)};
    p.ok_banner = {ImVec4(0.08f, 0.26f, 0.12f, 1.0f), ImVec4(0.80f, 0.96f, 0.82f, 1.0f)};
    p.note_banner = {ImVec4(0.27f, 0.23f, 0.10f, 1.0f), ImVec4(1.0f, 0.93f, 0.72f, 1.0f)};
    p.holiday = rgb(240, 100, 100);
    p.school = rgb(100, 190, 100);
    p.electoral = rgb(175, 120, 230);
    p.journee = rgb(240, 170, 40);
    p.electoral_text = ImVec4(0.78f, 0.62f, 1.0f, 1.0f);
    p.journee_text = rgb(240, 190, 80);
    p.overloaded = rgb(245, 140, 40);
    p.alert = rgb(220, 50, 50);
    p.now_line = rgb(255, 80, 80);
    p.today_badge = rgb(215, 45, 45);
    p.today_column = rgb(255, 220, 130, 30);
    p.hour_line = rgb(160, 160, 160, 30);
    p.chip_selected = rgb(255, 200, 40);
    p.chip_text_dark = rgb(20, 20, 20);
    p.chip_text_light = rgb(255, 255, 255);
    p.drag_ghost = rgb(60, 110, 200, 210);
    p.drop_target = rgb(255, 160, 30);
    p.drop_time = rgb(255, 185, 90);
    p.occurrence_fill = rgb(160, 160, 160, 40);
    p.occurrence_outline = rgb(160, 160, 160, 200);
    p.reference_line = rgb(240, 120, 95);
    p.heat_low = rgb(45, 52, 70);
    p.heat_high = rgb(90, 150, 255);
    return p;
}

bool g_dark = false;  // the theme apply_theme() last applied

}  // namespace

const Palette& palette() {
    static const Palette light = light_palette(), dark = dark_palette();
    return g_dark ? dark : light;
}

bool build_fonts(Fonts& fonts, float zoom, float pixel_ratio, bool with_emoji) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Rasterise at physical pixels, draw at CSS pixels: crisp on HiDPI screens.
    const float px = kBaseFontSize * zoom * pixel_ratio;
    fonts.regular = add_font("/fonts/ui.ttf", px, with_emoji);
    // Emoji are rasterised once, for the regular font (post texts); bold and titles are labels.
    fonts.bold = add_font("/fonts/ui-bold.ttf", px, false);
    fonts.title = add_font("/fonts/ui-bold.ttf", px * 1.35f, false);
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

void apply_theme(bool dark, float zoom) {
    g_dark = dark;
    ImGuiStyle style;
    if (dark) {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_NavHighlight] = ImVec4(0.45f, 0.70f, 1.0f, 1.0f);  // ≥ 3:1 on the window (WCAG 1.4.11)
    } else {
        ImGui::StyleColorsLight(&style);
        // Office-like light theme: white surfaces, a calm blue accent, readable contrast (RGAA).
        ImVec4* c = style.Colors;
        c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
        c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1.0f);
        c[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.40f, 0.44f, 1.0f);
        c[ImGuiCol_Border] = ImVec4(0.80f, 0.82f, 0.86f, 1.0f);
        c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.95f, 0.99f, 1.0f);
        c[ImGuiCol_FrameBgActive] = ImVec4(0.88f, 0.92f, 0.99f, 1.0f);
        c[ImGuiCol_Button] = ImVec4(0.86f, 0.91f, 0.98f, 1.0f);
        c[ImGuiCol_ButtonHovered] = ImVec4(0.77f, 0.85f, 0.97f, 1.0f);
        c[ImGuiCol_ButtonActive] = ImVec4(0.67f, 0.78f, 0.94f, 1.0f);
        c[ImGuiCol_Header] = ImVec4(0.86f, 0.91f, 0.98f, 1.0f);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.80f, 0.87f, 0.97f, 1.0f);
        c[ImGuiCol_HeaderActive] = ImVec4(0.72f, 0.82f, 0.96f, 1.0f);
        c[ImGuiCol_TitleBgActive] = ImVec4(0.18f, 0.43f, 0.71f, 1.0f);
        // The keyboard focus ring (platform/a11y_mirror.cpp draws it thick, inside a text-coloured
        // ring): a strong blue, ≥ 3:1 on white and on the window (WCAG 1.4.11); ImGui's light
        // default is the pale hover colour.
        c[ImGuiCol_NavHighlight] = ImVec4(0.0f, 0.33f, 0.80f, 1.0f);
    }
    style.WindowRounding = 4.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 7);
    style.FrameBorderSize = 1.0f;
    style.ScaleAllSizes(zoom);
    ImGui::GetStyle() = style;
}

}  // namespace parvis::app
