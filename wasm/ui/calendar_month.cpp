// Month view: six weeks of seven days, Monday first. Each day shows its posts as coloured chips
// (as many as fit, then « +N »), its background marks (holiday, school holidays, electoral
// period, journée) and the today marker. A chip dragged onto another day keeps its local time; a
// double click on a day creates a post there at 10:00.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "format/format.h"
#include "ui/calendar_view.h"
#include "ui/widgets.h"

namespace parvis::app::ui::cal {

namespace {
constexpr int kNewPostMinute = 10 * 60;  // a post created on a day without a time: 10:00
}

void month_view(App& app, State& s, const Fonts& fonts) {
    const Lang lang = app.settings.lang;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float line = ImGui::GetTextLineHeight();
    const float header = line + 6.0f;
    const float col_w = std::floor(avail.x / 7.0f);
    const float row_h = std::max(line * 3.2f, std::floor((avail.y - header) / 6.0f));
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 dim_text = ImGui::GetColorU32(ImGuiCol_TextDisabled);

    for (int c = 0; c < 7; ++c) {
        const char* name = tr(app, ("format.weekday." + std::to_string(c + 1)).c_str());
        dl->AddText(ImVec2(origin.x + c * col_w + 6, origin.y + 2), dim_text, name);
    }

    const date::local_days today_day = local_today(app);
    const Day selected_day{date::sys_days{s.selected.time_since_epoch()}};
    const float chip_h = line + 3.0f;
    s.day_rects.resize(42);

    // Backgrounds and day numbers first (draw list only), then chips, then the cells' buttons:
    // ImGui gives the hover to the first item submitted, so chips stay clickable over their cell.
    for (int d = 0; d < 42; ++d) {
        const date::local_days day = s.options.first + date::days{d};
        const Day ymd{date::sys_days{day.time_since_epoch()}};
        const ImVec2 min(origin.x + (d % 7) * col_w, origin.y + header + (d / 7) * row_h);
        const ImRect r(min, ImVec2(min.x + col_w, min.y + row_h));
        s.day_rects[static_cast<std::size_t>(d)] = r;
        const bool in_month = ymd.month() == selected_day.month();
        const DayMarks* m = d < static_cast<int>(s.marks.size()) ? &s.marks[static_cast<std::size_t>(d)] : nullptr;
        dl->AddRectFilled(r.Min, r.Max, in_month ? ImGui::GetColorU32(ImGuiCol_FrameBg) : ImGui::GetColorU32(ImGuiCol_WindowBg));
        if (m && m->electoral) dl->AddRectFilled(r.Min, r.Max, u32(palette().electoral, m->silence ? 120 : 45));
        if (m && m->holiday) dl->AddRectFilled(r.Min, r.Max, u32(palette().holiday, 60));
        if (m && m->school) dl->AddRectFilled(ImVec2(r.Min.x, r.Max.y - 5), r.Max, u32(palette().school, 150));
        // An overloaded day (more posts than the charter's daily maximum): an orange band on top.
        if (day_overloaded(s, d)) dl->AddRectFilled(r.Min, ImVec2(r.Max.x, r.Min.y + 4), u32(palette().overloaded));
        if (m && !m->journees.empty()) dl->AddTriangleFilled(ImVec2(r.Max.x - 12, r.Min.y), ImVec2(r.Max.x, r.Min.y), ImVec2(r.Max.x, r.Min.y + 12), u32(palette().journee, 220));
        dl->AddRect(r.Min, r.Max, grid);
        // Dimmed text (another month's day, a holiday's name) is legible on a plain cell only: on a
        // tinted one it falls under 4.5:1 (core/style/themes.cpp lists both pairs), so it is Text.
        const ImU32 quiet = m && (m->electoral || m->holiday) ? text : dim_text;
        char number[8];
        std::snprintf(number, sizeof number, "%u", unsigned(ymd.day()));
        const ImVec2 np(r.Min.x + 5, r.Min.y + 2);
        if (day == today_day) {
            const float w = ImGui::CalcTextSize(number).x;
            dl->AddCircleFilled(ImVec2(np.x + w / 2, np.y + line / 2), line * 0.62f, u32(palette().today_badge));
            dl->AddText(np, u32(palette().on_accent), number);
        } else {
            dl->AddText(np, in_month ? text : quiet, number);
        }
        if (m && !m->names.empty()) {
            dl->PushClipRect(ImVec2(r.Min.x + 28, r.Min.y), ImVec2(r.Max.x - 12, r.Min.y + line + 2), true);
            dl->AddText(ImVec2(r.Min.x + 30, r.Min.y + 2), quiet, m->names.c_str());
            dl->PopClipRect();
        }
        if (day == s.selected) dl->AddRect(ImVec2(r.Min.x + 1, r.Min.y + 1), ImVec2(r.Max.x - 1, r.Max.y - 1), u32(palette().accent), 0, 0, 2.5f);
    }

    // Chips: as many as fit under the day number; the last line says « +N » when some do not.
    const int fit = std::max(1, static_cast<int>((row_h - line - 6) / (chip_h + 1)));
    for (int d = 0; d < 42; ++d) {
        const ImRect& cell = s.day_rects[static_cast<std::size_t>(d)];
        const std::uint32_t begin = s.layout.day_start[static_cast<std::size_t>(d)];
        const std::uint32_t end = s.layout.day_start[static_cast<std::size_t>(d) + 1];
        const int count = static_cast<int>(end - begin);
        const int shown = count > fit ? fit - 1 : count;
        float y = cell.Min.y + line + 5;
        for (int k = 0; k < shown; ++k) {
            chip(app, s, begin + static_cast<std::uint32_t>(k), ImRect(ImVec2(cell.Min.x + 3, y), ImVec2(cell.Max.x - 3, y + chip_h)));
            y += chip_h + 1;
        }
        if (count > shown) {
            char more[48];
            std::snprintf(more, sizeof more, "+%d##more-%d", count - shown, d);
            ImGui::SetCursorScreenPos(ImVec2(cell.Min.x + 3, y));
            if (ImGui::SmallButton(more)) {
                s.selected = s.options.first + date::days{d};
                s.view = View::week;
                s.scroll_week_to_morning = true;
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", parvis::tr("calview.more_help", lang, {{"n", std::to_string(count - shown)}}).c_str());
        }
    }

    // Recurring posts' later occurrences, outlined, in the space left (informative, not draggable).
    for (const State::Ghost& g : s.occurrences) {
        if (g.day < 0 || g.day >= 42) continue;
        const ImRect& cell = s.day_rects[static_cast<std::size_t>(g.day)];
        const std::uint32_t count = s.layout.day_start[static_cast<std::size_t>(g.day) + 1] - s.layout.day_start[static_cast<std::size_t>(g.day)];
        const float y = cell.Min.y + line + 5 + static_cast<float>(std::min<std::uint32_t>(count, static_cast<std::uint32_t>(fit - 1))) * (chip_h + 1);
        if (y + chip_h > cell.Max.y) continue;
        const ImRect r(ImVec2(cell.Min.x + 3, y), ImVec2(cell.Max.x - 3, y + chip_h));
        dl->AddRect(r.Min, r.Max, u32(palette().occurrence_outline), 3.0f);
        dl->PushClipRect(r.Min, r.Max, true);
        const Post& p = app.doc.workspace().posts[g.post];
        // In Text, not dimmed: on the day's tints dimmed text falls under 4.5:1.
        dl->AddText(ImVec2(r.Min.x + 4, r.Min.y + 1), text, "↻");
        dl->AddText(ImVec2(r.Min.x + 4 + line, r.Min.y + 1), text, p.title.c_str());
        dl->PopClipRect();
    }

    // The cells' buttons: a click selects the day, a double click creates a post there.
    for (int d = 0; d < 42; ++d) {
        const ImRect& r = s.day_rects[static_cast<std::size_t>(d)];
        ImGui::SetCursorScreenPos(r.Min);
        ImGui::PushID(d);
        hit_area(s.day_label[static_cast<std::size_t>(d)].c_str(), r.GetSize());
        ImGui::PopID();
        const date::local_days day = s.options.first + date::days{d};
        if (ImGui::IsItemClicked()) {
            s.selected = day;
            s.selected_post.clear();
            if (second_click(s, static_cast<std::int64_t>(day.time_since_epoch().count()) * 1440)) request_create(app, s, day, kNewPostMinute);
        }
        if (ImGui::IsItemHovered() && !s.drag.active && d < static_cast<int>(s.marks.size())) {
            const DayMarks& m = s.marks[static_cast<std::size_t>(d)];
            if (!m.names.empty() || !m.journees.empty() || m.electoral || day_overloaded(s, d)) {
                ImGui::BeginTooltip();
                if (day_overloaded(s, d)) ImGui::TextColored(palette().warning, "%s", tr(app, "calplan.overloaded_day"));
                if (!m.names.empty()) ImGui::TextUnformatted(m.names.c_str());
                for (const std::string& j : m.journees) ImGui::Text("%s", parvis::tr("calview.suggestion", lang, {{"name", j}}).c_str());
                if (m.electoral) ImGui::TextUnformatted(tr(app, m.silence ? "calview.silence_day" : "calview.in_electoral_period"));
                ImGui::EndTooltip();
            }
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + header + 6 * row_h));
    ImGui::Dummy(ImVec2(1, 1));
    (void)fonts;
}

}  // namespace parvis::app::ui::cal
