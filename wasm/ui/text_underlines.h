// Underlines over a text area's own text: the tone checker's findings, and the part of a text
// beyond a network's limit, drawn where Dear ImGui drew those characters. The browser's
// spellchecker cannot see inside the canvas, so Parvis marks the words itself.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>  // ImRect
#include <nlohmann/json.hpp>

namespace parvis::app::ui {

struct Underline {
    std::size_t start = 0, end = 0;  // UTF-8 byte offsets in the text
    ImU32 colour = 0;
    bool wavy = false;               // spelling, as word processors do
    bool fill = false;               // a tinted background instead of a line (beyond the limit)
    std::string rule;                // for the test hook
};

// What was drawn, for the test hook: per mark its text area (label without the ## part), rule,
// byte span and rectangles (one per line it covers), in screen pixels. Held by the screen that
// draws the text areas (ComposerState, MessagesState); each frame starts it afresh.
struct DrawnUnderlines {
    struct Mark {
        std::string label, rule;
        std::size_t start = 0, end = 0;
        std::vector<ImRect> rects;
    };
    int frame = -1;  // ImGui's frame count when drawn
    std::vector<Mark> marks;
};

// Call right after text_area(label, text, …) with the same label and text: draws into the text
// area's own child window, clipped to it, following its scroll, and records it in `drawn`.
void underline_text_area(DrawnUnderlines& drawn, const char* label, const std::string& text, const std::vector<Underline>& marks);

// The marks drawn in the last frame (none when the screen was not drawn then).
nlohmann::json underlines_summary(const DrawnUnderlines& drawn);

}  // namespace parvis::app::ui
