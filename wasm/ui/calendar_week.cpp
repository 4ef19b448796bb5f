// Week view: seven columns, Monday first, 24 hours scrolled to show 7:00–21:00 at first. A chip
// sits at its local time (30 minutes high; overlapping chips share the column in lanes, at most
// four, then « +N »). A chip dragged to another day or hour lands on the slot under its top
// edge, in 15- or 30-minute steps; a double click on an empty slot creates a post there.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "format/format.h"
#include "ui/calendar_view.h"
#include "ui/widgets.h"

namespace parvis::app::ui::cal {

namespace {
constexpr int kMaxLanes = 4;
constexpr int kFirstVisibleHour = 7;   // default view: 7:00 to 21:00
constexpr int kVisibleHours = 14;
}  // namespace

void week_view(App& app, State& s, const Fonts& fonts) {
    const Lang lang = app.settings.lang;
    const float line = ImGui::GetTextLineHeight();
    const float gutter = ImGui::CalcTextSize("00:00").x + 12.0f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float col_w = std::floor((avail.x - gutter - ImGui::GetStyle().ScrollbarSize) / 7.0f);
    const float header = line * 2 + 8.0f;
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 dim_text = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const date::local_days today_day = local_today(app);

    // Day headers: « lun. 30 » and the day's marks (holiday, journée) on a second line.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int d = 0; d < 7; ++d) {
        const date::local_days day = s.options.first + date::days{d};
        const Day ymd{date::sys_days{day.time_since_epoch()}};
        const ImVec2 min(origin.x + gutter + d * col_w, origin.y);
        const ImVec2 max(min.x + col_w, min.y + header);
        const DayMarks* m = d < static_cast<int>(s.marks.size()) ? &s.marks[static_cast<std::size_t>(d)] : nullptr;
        if (m && m->holiday) dl->AddRectFilled(min, max, u32(palette().holiday, 60));
        if (m && m->electoral) dl->AddRectFilled(ImVec2(min.x, max.y - 4), max, u32(palette().electoral, 200));
        if (m && m->school) dl->AddRectFilled(ImVec2(min.x, max.y - 8), ImVec2(max.x, max.y - 4), u32(palette().school, 200));
        if (day_overloaded(s, d)) dl->AddRectFilled(min, ImVec2(max.x, min.y + 4), u32(palette().overloaded));  // overloaded day
        char head[64];
        std::snprintf(head, sizeof head, "%s %u", tr(app, ("calview.weekday_short." + std::to_string(d + 1)).c_str()), unsigned(ymd.day()));
        if (day == today_day) {
            const float w = ImGui::CalcTextSize(head).x;
            dl->AddRectFilled(ImVec2(min.x + 2, min.y + 1), ImVec2(min.x + w + 10, min.y + line + 3), u32(palette().today_badge), 4.0f);
            dl->AddText(ImVec2(min.x + 6, min.y + 2), u32(palette().on_accent), head);
        } else {
            dl->AddText(ImVec2(min.x + 6, min.y + 2), text, head);
        }
        if (m && (!m->names.empty() || !m->journees.empty())) {
            dl->PushClipRect(ImVec2(min.x, min.y), ImVec2(max.x - 2, max.y), true);
            const char* mark = !m->names.empty() ? m->names.c_str() : m->journees.front().c_str();
            // A holiday's name in Text: on the holiday's tint, dimmed text falls under 4.5:1.
            dl->AddText(ImVec2(min.x + 6, min.y + line + 3), m->names.empty() ? u32(palette().journee_text) : text, mark);
            dl->PopClipRect();
        }
        dl->AddLine(ImVec2(min.x, min.y), ImVec2(min.x, max.y), grid);
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + header));

    ImGui::BeginChild("##week-grid", ImVec2(0, 0), false, ImGuiWindowFlags_NoNavInputs);
    const float visible_h = ImGui::GetWindowHeight();
    const float hour_h = std::max(line * 2.2f, std::floor(visible_h / kVisibleHours));
    s.week_hour_height = hour_h;
    if (s.scroll_week_to_morning) {
        ImGui::SetScrollY(kFirstVisibleHour * hour_h);
        s.scroll_week_to_morning = false;
    }
    dl = ImGui::GetWindowDrawList();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float total_h = 24 * hour_h;

    // Hours, columns and background marks.
    for (int h = 0; h < 24; ++h) {
        const float y = top.y + h * hour_h;
        char label[8];
        std::snprintf(label, sizeof label, "%02d:00", h);
        dl->AddText(ImVec2(top.x + 2, y + 1), dim_text, label);
        dl->AddLine(ImVec2(top.x + gutter, y), ImVec2(top.x + gutter + 7 * col_w, y), grid);
        dl->AddLine(ImVec2(top.x + gutter, y + hour_h / 2), ImVec2(top.x + gutter + 7 * col_w, y + hour_h / 2), u32(palette().hour_line));
    }
    s.day_rects.resize(7);
    for (int d = 0; d < 7; ++d) {
        const ImRect r(ImVec2(top.x + gutter + d * col_w, top.y), ImVec2(top.x + gutter + (d + 1) * col_w, top.y + total_h));
        s.day_rects[static_cast<std::size_t>(d)] = r;
        const date::local_days day = s.options.first + date::days{d};
        const DayMarks* m = d < static_cast<int>(s.marks.size()) ? &s.marks[static_cast<std::size_t>(d)] : nullptr;
        if (day == today_day) dl->AddRectFilled(r.Min, r.Max, u32(palette().today_column));
        if (m && m->holiday) dl->AddRectFilled(r.Min, r.Max, u32(palette().holiday, 30));
        if (m && m->electoral) dl->AddRectFilled(r.Min, r.Max, u32(palette().electoral, m->silence ? 90 : 25));
        dl->AddLine(r.Min, ImVec2(r.Min.x, r.Max.y), grid);
        if (day == s.selected && s.selected_post.empty()) {
            const float y = r.Min.y + s.selected_minute / 60.0f * hour_h;
            dl->AddRect(ImVec2(r.Min.x + 1, y), ImVec2(r.Max.x - 1, y + hour_h * s.snap_minutes / 60.0f), u32(palette().accent), 0, 0, 2.0f);
        }
    }
    // The current time, as a red line across today.
    {
        const auto d = (today_day - s.options.first).count();
        if (d >= 0 && d < 7) {
            const ImRect& r = s.day_rects[static_cast<std::size_t>(d)];
            const float y = r.Min.y + local_slot(now_instant(), app.doc.workspace().profile.time_zone).minute / 60.0f * hour_h;
            dl->AddLine(ImVec2(r.Min.x, y), ImVec2(r.Max.x, y), u32(palette().now_line), 2.0f);
            dl->AddCircleFilled(ImVec2(r.Min.x, y), 4.0f, u32(palette().now_line));
        }
    }

    // Chips, culled to the visible part of the grid (the layout holds every post of the week).
    const float chip_h = std::max(line + 2.0f, hour_h / 2.0f - 1.0f);
    const float clip_top = ImGui::GetWindowPos().y, clip_bottom = clip_top + visible_h;
    for (int d = 0; d < 7; ++d) {
        const ImRect& col = s.day_rects[static_cast<std::size_t>(d)];
        for (std::uint32_t i = s.layout.day_start[static_cast<std::size_t>(d)]; i < s.layout.day_start[static_cast<std::size_t>(d) + 1]; ++i) {
            const LayoutChip& c = s.layout.chips[i];
            const float y = col.Min.y + c.minute / 60.0f * hour_h;
            if (y > clip_bottom || y + chip_h < clip_top) continue;
            const int lanes = std::min<int>(c.lanes, kMaxLanes);
            if (c.lane >= kMaxLanes) continue;
            const float lane_w = (col.GetWidth() - 4) / lanes;
            const ImRect r(ImVec2(col.Min.x + 2 + c.lane * lane_w, y), ImVec2(col.Min.x + 2 + (c.lane + 1) * lane_w - 1, y + chip_h));
            if (c.lane == kMaxLanes - 1 && c.lanes > kMaxLanes) {
                char more[40];
                std::snprintf(more, sizeof more, "+%d##lanes-%u", c.lanes - (kMaxLanes - 1), i);
                ImGui::SetCursorScreenPos(r.Min);
                ImGui::Button(more, r.GetSize());
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s", parvis::tr("calview.more_help", lang, {{"n", std::to_string(c.lanes - (kMaxLanes - 1))}}).c_str());
                continue;
            }
            chip(app, s, i, r);
        }
    }
    // Later occurrences of recurring posts, dimmed.
    for (const State::Ghost& g : s.occurrences) {
        if (g.day < 0 || g.day >= 7) continue;
        const ImRect& col = s.day_rects[static_cast<std::size_t>(g.day)];
        const float y = col.Min.y + g.minute / 60.0f * hour_h;
        if (y > clip_bottom || y + chip_h < clip_top) continue;
        const ImRect r(ImVec2(col.Max.x - col.GetWidth() * 0.45f, y), ImVec2(col.Max.x - 2, y + chip_h));
        dl->AddRectFilled(r.Min, r.Max, u32(palette().occurrence_fill), 3.0f);
        dl->AddRect(r.Min, r.Max, u32(palette().occurrence_outline), 3.0f);
        dl->PushClipRect(r.Min, r.Max, true);
        // In Text, not dimmed: the ghost's fill and the day's tints leave dimmed text under 4.5:1.
        dl->AddText(ImVec2(r.Min.x + 3, r.Min.y + 1), text, "↻");
        dl->AddText(ImVec2(r.Min.x + 3 + line, r.Min.y + 1), text, app.doc.workspace().posts[g.post].title.c_str());
        dl->PopClipRect();
    }

    // The columns' buttons: a click selects the slot, a double click creates a post there.
    for (int d = 0; d < 7; ++d) {
        const ImRect& r = s.day_rects[static_cast<std::size_t>(d)];
        ImGui::SetCursorScreenPos(r.Min);
        ImGui::PushID(d);
        hit_area(s.day_label[static_cast<std::size_t>(d)].c_str(), r.GetSize());
        ImGui::PopID();
        if (!ImGui::IsItemHovered()) continue;
        const float m = (ImGui::GetIO().MousePos.y - r.Min.y) / hour_h * 60.0f;
        const int minute = std::clamp(static_cast<int>(m) / s.snap_minutes * s.snap_minutes, 0, 24 * 60 - s.snap_minutes);
        const date::local_days day = s.options.first + date::days{d};
        if (ImGui::IsItemClicked()) {
            s.selected = day;
            s.selected_minute = minute;
            s.selected_post.clear();
            if (second_click(s, static_cast<std::int64_t>(day.time_since_epoch().count()) * 1440 + minute)) request_create(app, s, day, minute);
        }
        if (!s.drag.active && day_overloaded(s, d))
            ImGui::SetTooltip("%s %s\n%s", s.day_label[static_cast<std::size_t>(d)].c_str(), format_time(TimeOfDay{minute}).c_str(), tr(app, "calplan.overloaded_day"));
        else if (!s.drag.active) ImGui::SetTooltip("%s %s", s.day_label[static_cast<std::size_t>(d)].c_str(), format_time(TimeOfDay{minute}).c_str());
    }
    ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + total_h));
    ImGui::Dummy(ImVec2(1, 1));
    ImGui::EndChild();
    (void)fonts;
}

}  // namespace parvis::app::ui::cal
