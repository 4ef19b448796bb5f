// Charts on ImGui draw lists. Each reserves its rectangle with InvisibleButton (so it has an id
// the test hook sees and hover works), draws, then shows the value under the mouse.
#include "ui/kpis_charts.h"

#include <algorithm>
#include <cmath>

#include "format/format.h"
#include "kpi/figure_text.h"
#include "style.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

ImU32 accent() { return ImGui::GetColorU32(ImGuiCol_PlotLines); }
ImU32 accent_soft() { return ImGui::GetColorU32(ImGuiCol_PlotHistogram); }
ImU32 grid() { return ImGui::GetColorU32(ImGuiCol_Border); }
ImU32 text_col() { return ImGui::GetColorU32(ImGuiCol_Text); }
// A heatmap cell: from the palette's low end (t = 0) to its high end (t = 1).
ImU32 heat_colour(float t) {
    const ImVec4& lo = palette().heat_low;
    const ImVec4& hi = palette().heat_high;
    return u32(ImVec4(lo.x + (hi.x - lo.x) * t, lo.y + (hi.y - lo.y) * t, lo.z + (hi.z - lo.z) * t, 1.0f));
}

const char* weekday_name(int d, Lang lang) {
    static const char* fr[] = {"lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."};
    static const char* en[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return lang == Lang::fr ? fr[d] : en[d];
}

// A series as its table of values: a row per day.
void series_table(const std::vector<kpi::SeriesPoint>& points, const ChartWords& words, Lang lang) {
    std::vector<std::vector<std::string>> rows;
    rows.reserve(points.size());
    for (const kpi::SeriesPoint& p : points) rows.push_back({format_day(p.day, lang), format_integer(std::llround(p.value), lang)});
    table_alternative(words.caption, {words.rows, words.values}, std::move(rows));
}

}  // namespace

int line_chart(const char* id, const std::vector<kpi::SeriesPoint>& points, ImVec2 size, const ChartWords& words, Lang lang) {
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    series_table(points, words, lang);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad_l = ImGui::CalcTextSize("000 000").x + 8, pad_b = ImGui::GetTextLineHeight() + 6;
    const ImVec2 a{p0.x + pad_l, p0.y + 4}, b{p0.x + size.x - 4, p0.y + size.y - pad_b};
    dl->AddRect(a, b, grid());
    if (points.empty()) {
        dl->AddText({a.x + 8, a.y + 8}, text_col(), tr_c("kpi.no_value", lang));
        return 0;
    }
    double lo = points[0].value, hi = lo;
    for (const auto& p : points) lo = std::min(lo, p.value), hi = std::max(hi, p.value);
    if (hi - lo < 1) hi = lo + 1;
    auto x_of = [&](std::size_t i) {
        return points.size() == 1 ? (a.x + b.x) / 2 : a.x + (b.x - a.x) * float(i) / float(points.size() - 1);
    };
    auto y_of = [&](double v) { return b.y - (b.y - a.y) * float((v - lo) / (hi - lo)); };
    dl->AddText({p0.x, a.y}, text_col(), format_integer(std::llround(hi), lang).c_str());
    dl->AddText({p0.x, b.y - ImGui::GetTextLineHeight()}, text_col(), format_integer(std::llround(lo), lang).c_str());
    dl->AddText({a.x, b.y + 3}, text_col(), format_day(points.front().day, lang).c_str());
    const std::string last = format_day(points.back().day, lang);
    dl->AddText({b.x - ImGui::CalcTextSize(last.c_str()).x, b.y + 3}, text_col(), last.c_str());
    for (std::size_t i = 1; i < points.size(); ++i)
        dl->AddLine({x_of(i - 1), y_of(points[i - 1].value)}, {x_of(i), y_of(points[i].value)}, accent(), 2.0f);
    if (points.size() == 1) dl->AddCircleFilled({x_of(0), y_of(points[0].value)}, 3, accent());
    if (hovered) {
        const float mx = ImGui::GetIO().MousePos.x;
        std::size_t best = 0;
        for (std::size_t i = 0; i < points.size(); ++i)
            if (std::abs(x_of(i) - mx) < std::abs(x_of(best) - mx)) best = i;
        dl->AddCircleFilled({x_of(best), y_of(points[best].value)}, 4, accent());
        ImGui::SetTooltip("%s : %s", format_day(points[best].day, lang).c_str(),
                          format_integer(std::llround(points[best].value), lang).c_str());
    }
    return int(points.size());
}

int bar_chart(const char* id, const std::vector<Bar>& bars, const std::vector<ReferenceLine>& references, float width,
              const ChartWords& words, Lang lang) {
    const float row = ImGui::GetTextLineHeight() + 8;
    float label_w = 0;
    for (const Bar& bar : bars) label_w = std::max(label_w, ImGui::CalcTextSize(bar.label.c_str()).x);
    label_w += 10;
    const ImVec2 size{width, row * float(std::max<std::size_t>(bars.size(), 1)) + 4};
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    {
        std::vector<std::vector<std::string>> rows;
        for (const Bar& bar : bars) rows.push_back({bar.label, bar.value ? bar.shown : tr_c("kpi.no_value", lang)});
        for (const ReferenceLine& r : references) rows.push_back({r.label, ""});  // the label holds the value and its source
        table_alternative(words.caption, {words.rows, words.values}, std::move(rows));
    }
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    double hi = 0;
    for (const Bar& bar : bars) hi = std::max(hi, bar.value.value_or(0));
    for (const ReferenceLine& r : references) hi = std::max(hi, r.value);
    if (hi <= 0) hi = 1;
    const float bar_max = width - label_w - ImGui::CalcTextSize("00,00 %").x - 16;
    int drawn = 0;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const float y = p0.y + row * float(i);
        dl->AddText({p0.x, y + 4}, text_col(), bars[i].label.c_str());
        const float x0 = p0.x + label_w;
        if (bars[i].value) {
            const float len = std::max(1.0f, bar_max * float(*bars[i].value / hi));
            dl->AddRectFilled({x0, y + 3}, {x0 + len, y + row - 3}, accent_soft());
            dl->AddText({x0 + len + 6, y + 4}, text_col(), bars[i].shown.c_str());
            ++drawn;
        } else {
            dl->AddText({x0, y + 4}, ImGui::GetColorU32(ImGuiCol_TextDisabled), tr_c("kpi.no_value", lang));
        }
        if (hovered && mouse.y >= y && mouse.y < y + row)
            ImGui::SetTooltip("%s : %s", bars[i].label.c_str(), bars[i].value ? bars[i].shown.c_str() : tr_c("kpi.no_value", lang));
    }
    for (const ReferenceLine& r : references) {
        const float x = p0.x + label_w + bar_max * float(r.value / hi);
        for (float y = p0.y; y < p0.y + size.y; y += 6) dl->AddLine({x, y}, {x, std::min(y + 3, p0.y + size.y)}, u32(palette().reference_line), 1.5f);
        if (hovered && std::abs(mouse.x - x) < 4) ImGui::SetTooltip("%s", r.label.c_str());
    }
    return drawn;
}

int heatmap_chart(const char* id, const kpi::Heatmap& heat, float width, const ChartWords& words, Lang lang) {
    const float label_w = ImGui::CalcTextSize("mer.").x + 8;
    const float cell = std::max(8.0f, (width - label_w) / 24.0f - 2);
    const float row = ImGui::GetTextLineHeight() + 4;
    const ImVec2 size{label_w + 24 * (cell + 2), 7 * row + ImGui::GetTextLineHeight() + 6};
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    {
        std::vector<std::string> headers{words.rows};
        for (int h = 0; h < 24; ++h) headers.push_back(std::to_string(h) + " h");
        std::vector<std::vector<std::string>> rows;
        for (int d = 0; d < 7; ++d) {
            std::vector<std::string> row{weekday_name(d, lang)};
            for (const kpi::HeatCell& c : heat[std::size_t(d)])
                row.push_back(c.median ? kpi::format_figure(kpi::Value(*c.median * 100), "%", lang) : "—");
            rows.push_back(std::move(row));
        }
        table_alternative(words.caption, std::move(headers), std::move(rows));
    }
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    double hi = 0;
    for (const auto& day : heat)
        for (const kpi::HeatCell& c : day) hi = std::max(hi, c.median.value_or(0));
    int drawn = 0;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (int d = 0; d < 7; ++d) {
        const float y = p0.y + row * float(d);
        dl->AddText({p0.x, y + 1}, text_col(), weekday_name(d, lang));
        for (int h = 0; h < 24; ++h) {
            const kpi::HeatCell& c = heat[std::size_t(d)][std::size_t(h)];
            const ImVec2 a{p0.x + label_w + float(h) * (cell + 2), y}, b{a.x + cell, y + row - 2};
            ImU32 fill = ImGui::GetColorU32(ImGuiCol_FrameBg);
            if (c.median && hi > 0) {
                const float t = float(*c.median / hi);
                fill = heat_colour(t);
                ++drawn;
            }
            dl->AddRectFilled(a, b, fill);
            if (hovered && mouse.x >= a.x && mouse.x < b.x + 2 && mouse.y >= a.y && mouse.y < b.y + 2) {
                const std::string v = kpi::format_figure(c.median ? kpi::Value(*c.median * 100) : std::nullopt, "%", lang);
                ImGui::SetTooltip("%s %d h : %s (%d)", weekday_name(d, lang), h, v.c_str(), c.publications);
            }
        }
    }
    for (int h = 0; h < 24; h += 3) {
        const std::string label = std::to_string(h) + " h";
        dl->AddText({p0.x + label_w + float(h) * (cell + 2), p0.y + 7 * row + 2}, text_col(), label.c_str());
    }
    return drawn;
}

int sparkline(const char* id, const std::vector<kpi::SeriesPoint>& points, ImVec2 size, const ChartWords& words, Lang lang) {
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, size);
    series_table(points, words, lang);
    const bool hovered = ImGui::IsItemHovered();
    if (points.size() < 2) return 0;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    double lo = points[0].value, hi = lo;
    for (const auto& p : points) lo = std::min(lo, p.value), hi = std::max(hi, p.value);
    if (hi - lo < 1) hi = lo + 1;
    auto x_of = [&](std::size_t i) { return p0.x + size.x * float(i) / float(points.size() - 1); };
    auto y_of = [&](double v) { return p0.y + size.y - 2 - (size.y - 4) * float((v - lo) / (hi - lo)); };
    for (std::size_t i = 1; i < points.size(); ++i)
        dl->AddLine({x_of(i - 1), y_of(points[i - 1].value)}, {x_of(i), y_of(points[i].value)}, accent(), 1.5f);
    if (hovered) {
        std::size_t best = 0;
        const float mx = ImGui::GetIO().MousePos.x;
        for (std::size_t i = 0; i < points.size(); ++i)
            if (std::abs(x_of(i) - mx) < std::abs(x_of(best) - mx)) best = i;
        ImGui::SetTooltip("%s : %s", format_day(points[best].day, lang).c_str(),
                          format_integer(std::llround(points[best].value), lang).c_str());
    }
    return int(points.size());
}

}  // namespace parvis::app::ui
