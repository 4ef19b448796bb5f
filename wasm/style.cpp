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

}  // namespace

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
    ImGuiStyle style;
    if (dark) {
        ImGui::StyleColorsDark(&style);
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
