// Fonts and themes: a font atlas rebuilt for the zoom level and the screen's pixel ratio (sharp
// text on HiDPI), and the light (office) and dark colour themes.
#pragma once

struct ImFont;

namespace parvis::app {

struct Fonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;
};

// Rebuilds the atlas for `zoom` × `pixel_ratio`; returns false (and keeps ImGui's default font)
// when the font files are missing. Emoji cost most of the rasterising: the first frame is drawn
// without them (`with_emoji` false) and the atlas is rebuilt with them right after.
bool build_fonts(Fonts& fonts, float zoom, float pixel_ratio, bool with_emoji);
void apply_theme(bool dark, float zoom);

}  // namespace parvis::app
