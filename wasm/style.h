// Fonts and themes: a font atlas rebuilt for the zoom level and the screen's pixel ratio (sharp
// text on HiDPI), the colour themes (light, dark, high contrast: their colours are data in
// core/style/themes.h) applied to ImGui, and the palette of what colours mean.
#pragma once
#include <imgui.h>

#include "style/themes.h"

namespace parvis::app {

struct Fonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;
};

// Rebuilds the atlas for `zoom` × `pixel_ratio`; returns false (and keeps ImGui's default font)
// when the font files are missing. Emoji cost most of the rasterising: the first frame is drawn
// without them (`with_emoji` false, which also leaves out the bold and title fonts: the regular
// one stands in) and the atlas is rebuilt whole right after.
bool build_fonts(Fonts& fonts, float zoom, float pixel_ratio, bool with_emoji);
void apply_theme(style::Theme theme, float zoom);

//-----------------------------------------------------------------------------
// Palette: the colours the screens draw with, by what they mean, for the current theme. Screens
// never write a colour literal: an error is `palette().error` in every screen and in every theme.
// Its values come from core/style/themes.cpp, where a unit test checks their contrast.
// Colours that are data stay data (a campaign's own colour, the networks' colours of
// core/calendar/calendar_layout.h). Layer colours (holiday, school, electoral…) are opaque: the
// screen gives the layer's strength with `u32(colour, alpha)`.
//-----------------------------------------------------------------------------

// A banner or a boxed notice: its background and its text.
struct BannerColours {
    ImVec4 bg, fg;
};

struct Palette {
    // Text on the window's background.
    ImVec4 ok;        // done, valid
    ImVec4 warning;   // to look at before going on
    ImVec4 notice;    // a suggestion, a question to the user
    ImVec4 error;     // refused, invalid, held
    ImVec4 muted;     // secondary information
    ImVec4 accent;    // the selection (outline of the selected day or slot)
    ImVec4 on_accent; // text on accent, badge and drag colours

    // The tone checker's findings (text and underlines), by severity.
    ImVec4 finding_error, finding_warning, finding_info;

    BannerColours info_banner;   // the demo workspace
    BannerColours error_banner;  // a failed action
    BannerColours ok_banner;     // a done action
    BannerColours note_banner;   // « bientôt » notices

    // Calendar: layers of the public calendar (opaque, see above) and marks.
    ImVec4 holiday, school, electoral, journee;
    ImVec4 electoral_text;    // « période électorale » in the side panel
    ImVec4 journee_text;      // a journée's name in the week view's day header
    ImVec4 overloaded;        // band on top of an overloaded day
    ImVec4 alert;             // outline of a post held by the crisis mode
    ImVec4 now_line;          // the current time in the week view
    ImVec4 today_badge;       // behind today's number (text: on_accent)
    ImVec4 today_column;      // the week view's today column
    ImVec4 hour_line;         // half-hour lines of the week view
    ImVec4 chip_selected;     // outline of the selected post
    ImVec4 chip_text_dark, chip_text_light;  // text on a post's data colour (text_on)
    ImVec4 drag_ghost;        // the post being dragged
    ImVec4 drop_target;       // where it would land
    ImVec4 drop_time;         // the time it would get
    ImVec4 occurrence_fill, occurrence_outline;  // occurrences of a recurring post

    // Indicateurs: the public-sector reference line, the heatmap's empty and full ends.
    ImVec4 reference_line;
    ImVec4 heat_low, heat_high;

    // Rédaction's preview: over the part of an image that a network's feed cuts off.
    ImVec4 crop_shade;
};

// The palette of the theme apply_theme() last applied (light before the first call): part of the
// style, like ImGui::GetStyle(), so that any drawing helper reads it without being handed it.
const Palette& palette();

// For draw lists: the colour as is, or with `alpha` (0–255) as a layer's strength.
inline ImU32 u32(const ImVec4& colour) { return ImGui::ColorConvertFloat4ToU32(colour); }
inline ImU32 u32(const ImVec4& colour, int alpha) {
    return ImGui::ColorConvertFloat4ToU32(ImVec4(colour.x, colour.y, colour.z, float(alpha) / 255.0f));
}

}  // namespace parvis::app
