// Indicateurs: the sortable table with its CSV button, and the « (?) » definition marker, shared
// by the dashboard (kpis.cpp) and its response-time section (kpis_responses.cpp).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app.h"

namespace parvis::app::ui {

// Rows of cells; `keys[row][column]` is each cell's sort key (nullopt sorts last, then by text).
// The CSV button exports what the table shows, in its current order.
struct TableData {
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> cells;
    std::vector<std::vector<std::optional<double>>> keys;
};

// `caption`: what the table is (its section's title), for screen readers, which get the table
// with its headers and rows in the order shown; `csv_name`: the file's name before « -AAAA-MM-JJ.csv ».
void sortable_table(App& app, const char* id, const std::string& caption, const TableData& data, const std::string& csv_name);

// « (?) » with the definition on hover, after the item just drawn.
void definition_marker(const std::string& definition);

}  // namespace parvis::app::ui
