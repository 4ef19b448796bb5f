// See text_underlines.h.
//
// Where Dear ImGui 1.86 draws the text of InputTextMultiline (imgui_widgets.cpp, InputTextEx): in
// a child window named "<parent>/<label>_<id as %08X>", at the child's position minus its scroll
// plus the frame padding, and, while the box is being edited, minus its horizontal scroll
// (ImGuiInputTextState::ScrollX). Lines break only at '\n' (no word wrap) and are FontSize apart;
// a character advances by its glyph's AdvanceX, which CalcTextSize adds up the same way. So the
// x of byte offset b is the width of its line's text before b.
#include "ui/text_underlines.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace parvis::app::ui {
namespace {

void wavy_line(ImDrawList* dl, float x0, float x1, float y, ImU32 colour) {
    const float step = 2.0f;
    bool up = true;
    for (float x = x0; x < x1; x += step, up = !up)
        dl->AddLine(ImVec2(x, up ? y : y - 1.5f), ImVec2(std::min(x + step, x1), up ? y - 1.5f : y), colour, 1.0f);
}

}  // namespace

void underline_text_area(DrawnUnderlines& drawn_marks, const char* label, const std::string& text, const std::vector<Underline>& marks) {
    if (drawn_marks.frame != ImGui::GetFrameCount()) {
        drawn_marks.marks.clear();
        drawn_marks.frame = ImGui::GetFrameCount();
    }
    if (marks.empty()) return;
    ImGuiContext& g = *GImGui;
    const ImGuiID id = g.LastItemData.ID;
    char name[512];
    std::snprintf(name, sizeof name, "%s/%s_%08X", g.CurrentWindow->Name, label, id);
    ImGuiWindow* child = ImGui::FindWindowByName(name);
    if (!child || !child->WasActive) return;  // not drawn this frame (clipped away)

    ImVec2 origin(child->Pos.x - child->Scroll.x + g.Style.FramePadding.x, child->Pos.y - child->Scroll.y + g.Style.FramePadding.y);
    if (const ImGuiInputTextState* state = ImGui::GetInputTextState(id)) origin.x -= state->ScrollX;
    const float line_height = g.FontSize;

    std::vector<std::size_t> line_starts = {0};
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts.push_back(i + 1);
    auto width = [&](std::size_t from, std::size_t to) {
        return ImGui::CalcTextSize(text.data() + from, text.data() + to).x;
    };

    ImDrawList* dl = child->DrawList;
    dl->PushClipRect(child->InnerClipRect.Min, child->InnerClipRect.Max, false);
    std::string short_label(label);
    if (const auto hash = short_label.find("##"); hash != std::string::npos) short_label.resize(hash);
    for (const Underline& m : marks) {
        const std::size_t start = std::min(m.start, text.size()), end = std::min(m.end, text.size());
        if (start >= end) continue;
        DrawnUnderlines::Mark drawn{short_label, m.rule, start, end, {}};
        for (std::size_t line = 0; line < line_starts.size(); ++line) {
            const std::size_t line_begin = line_starts[line];
            const std::size_t line_end = line + 1 < line_starts.size() ? line_starts[line + 1] - 1 : text.size();
            if (line_end < start || line_begin >= end) continue;
            const std::size_t a = std::max(start, line_begin), b = std::min(end, line_end);
            const float top = origin.y + static_cast<float>(line) * line_height;
            const float x0 = origin.x + width(line_begin, a);
            const float x1 = b > a ? origin.x + width(line_begin, b) : x0 + 4.0f;  // a line break: a short mark
            const ImRect r(ImVec2(std::floor(x0), top), ImVec2(std::ceil(x1), top + line_height));
            if (m.fill) {
                dl->AddRectFilled(r.Min, r.Max, m.colour);
            } else {
                const float y = r.Max.y - 1.0f;
                if (m.wavy) wavy_line(dl, r.Min.x, r.Max.x, y, m.colour);
                else dl->AddLine(ImVec2(r.Min.x, y), ImVec2(r.Max.x, y), m.colour, 1.5f);
            }
            drawn.rects.push_back(r);
        }
        drawn_marks.marks.push_back(std::move(drawn));
    }
    dl->PopClipRect();
}

nlohmann::json underlines_summary(const DrawnUnderlines& drawn) {
    nlohmann::json out = nlohmann::json::array();
    if (drawn.frame != ImGui::GetFrameCount()) return out;  // not drawn in the last frame
    for (const DrawnUnderlines::Mark& d : drawn.marks) {
        nlohmann::json rects = nlohmann::json::array();
        for (const ImRect& r : d.rects) rects.push_back({{"x", r.Min.x}, {"y", r.Min.y}, {"w", r.GetWidth()}, {"h", r.GetHeight()}});
        out.push_back({{"label", d.label}, {"rule", d.rule}, {"start", d.start}, {"end", d.end}, {"rects", std::move(rects)}});
    }
    return out;
}

}  // namespace parvis::app::ui
