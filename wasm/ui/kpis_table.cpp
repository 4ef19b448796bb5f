// Indicateurs: the sortable table and the definition marker (kpis_table.h).
#include "ui/kpis_table.h"

#include <imgui.h>

#include <algorithm>

#include "interop/csv.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {

void sortable_table(App& app, const char* id, const std::string& caption, const TableData& data, const std::string& csv_name) {
    const int columns = int(data.headers.size());
    std::vector<std::size_t> order(data.cells.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable(id, columns, flags)) {
        for (int c = 0; c < columns; ++c)
            ImGui::TableSetupColumn(data.headers[std::size_t(c)].c_str(), c == 0 ? ImGuiTableColumnFlags_DefaultSort : 0);
        ImGui::TableHeadersRow();
        if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
            const int col = specs->Specs[0].ColumnIndex;
            const bool asc = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                const auto& ka = data.keys[a][std::size_t(col)];
                const auto& kb = data.keys[b][std::size_t(col)];
                if (ka && kb) return asc ? *ka < *kb : *ka > *kb;
                if (ka || kb) return bool(ka);  // missing values last
                return asc ? data.cells[a][std::size_t(col)] < data.cells[b][std::size_t(col)]
                           : data.cells[a][std::size_t(col)] > data.cells[b][std::size_t(col)];
            });
        }
        TableWords words;
        for (std::size_t i : order) {
            words.row();
            for (const std::string& cell : data.cells[i]) words.cell(cell);
        }
        ImGui::EndTable();
        table_structure(id, caption, data.headers, std::move(words.rows));
    }
    ImGui::PushID(id);
    if (ImGui::SmallButton(tr(app, "kpis.export_csv"))) {
        std::vector<std::vector<std::string>> rows{data.headers};
        for (std::size_t i : order) rows.push_back(data.cells[i]);
        app.intents.push_back(DownloadFile{csv_name + "-" + file_stamp(app) + ".csv", "text/csv", csv::write(rows)});
    }
    ImGui::PopID();
}

// « (?) » with the definition on hover, after the item just drawn.
void definition_marker(const std::string& definition) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
        ImGui::TextUnformatted(definition.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}


}  // namespace parvis::app::ui
