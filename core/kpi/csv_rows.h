// A minimal CSV reader for the platforms' exports (RFC 4180 quoting, "," ";" or tab detected from
// the header line, UTF-8 byte-order mark dropped, CRLF or LF). Kept inside core/kpi/ for the
// imports; a generic reader lives in core/interop/ on another branch and may replace it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parvis::kpi {

struct CsvRow {
    int line = 0;  // 1-based line where the row starts
    std::vector<std::string> cells;
};

struct CsvTable {
    char delimiter = ',';
    std::vector<CsvRow> rows;  // every row, the header included
    // Numbers written by a program (a workbook's cells): '.' is always the decimal point and
    // there is no grouping, whatever the language of the headers.
    bool plain_numbers = false;
};

// nullopt when a quoted field is never closed (a truncated file).
std::optional<CsvTable> read_csv(std::string_view text);

// Trimmed of spaces, tabs and no-break spaces at both ends.
std::string trim_cell(std::string_view s);

}  // namespace parvis::kpi
