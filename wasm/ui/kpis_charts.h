// The charts of the dashboard, drawn with ImGui draw lists: community line, bars (by format),
// day × hour heatmap, sparkline. Each shows the value under the mouse in a tooltip, gives screen
// readers its values as a table (its text alternative), and returns how many marks it drew (for
// the test hook).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "app.h"
#include "kpi/kpi.h"

namespace parvis::app::ui {

struct Bar {
    std::string label;
    std::optional<double> value;  // nullopt: « pas de valeur », no bar
    std::string shown;            // the value as text
};

struct ReferenceLine {
    double value = 0;
    std::string label;  // shown on hover, with its source
};

// What a chart shows, in words: screen readers get the chart as a table of its values, with this
// caption, the rows headed by `rows` (« Jour », « Format ») and the values by `values` (« Abonnés »).
struct ChartWords {
    std::string caption, rows, values;
};

int line_chart(const char* id, const std::vector<kpi::SeriesPoint>& points, ImVec2 size, const ChartWords& words, Lang lang);
int bar_chart(const char* id, const std::vector<Bar>& bars, const std::vector<ReferenceLine>& references, float width,
              const ChartWords& words, Lang lang);
// The heatmap's table has a row per day and a column per hour (`words.values` is unused).
int heatmap_chart(const char* id, const kpi::Heatmap& heat, float width, const ChartWords& words, Lang lang);
int sparkline(const char* id, const std::vector<kpi::SeriesPoint>& points, ImVec2 size, const ChartWords& words, Lang lang);

}  // namespace parvis::app::ui
