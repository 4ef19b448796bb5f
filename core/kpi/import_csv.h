// The CSV exports share one shape: a header row (maybe after a title line), a column per figure
// with a French or an English name, one publication per row. A source describes its columns;
// read_csv_export does the rest. Internal to core/kpi/import_*.cpp.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "interop/csv.h"
#include "kpi/import_rows.h"

namespace parvis::kpi::detail {

enum class Field { id, permalink, text, time, type, impressions, reach, reactions, comments, shares, clicks, saves,
                   video_views, ignored };

struct Column {
    Field field;
    bool french;             // the name is the French export's
    std::string_view name;   // folded (fold_header): lower case, no accents, straight apostrophe
};

struct CsvExport {
    std::vector<ImportedRow> rows;
    bool french = false;
    std::vector<std::string> headers;  // as written
};

// Reads the rows with the one CSV reader (interop/csv.h: separator ';' ',' or tab, UTF-8 with or
// without a byte-order mark, or Windows-1252 as French Excel saves it); skipped rows and unknown
// columns go to `report`. Errors: import_truncated (a quote never closed, with its line and
// column), import_format (no header row with at least a date and one figure), file_too_large.
// `mappings`: the user's (ImportOptions::columns), applied before `columns`.
Result<CsvExport> read_csv_export(std::string_view content, const std::vector<Column>& columns,
                                  std::string_view zone, const std::vector<ColumnMapping>& mappings,
                                  ImportReport& report);
// The same from rows already read (a CSV file's, or a workbook sheet's: kpi/xlsx_rows.h).
// `plain_numbers`: numbers written by a program (a workbook's cells), where '.' is always the
// decimal point and there is no grouping, whatever the language of the headers.
// Error: import_format.
Result<CsvExport> read_table_export(const std::vector<csv::Row>& rows, bool plain_numbers, const std::vector<Column>& columns,
                                    std::string_view zone, const std::vector<ColumnMapping>& mappings,
                                    ImportReport& report);

// The stable id of a field ("impressions", "video_views", "ignore"…) and back.
const char* field_id(Field f);
std::optional<Field> field_from_id(std::string_view id);

Result<ImportResult> import_meta(const Workspace& ws, std::string_view content, const ImportOptions& options);
Result<ImportResult> import_x(const Workspace& ws, std::string_view content, const ImportOptions& options);
Result<ImportResult> import_linkedin(const Workspace& ws, std::string_view content, const ImportOptions& options);
Result<ImportResult> import_mastodon(const Workspace& ws, std::string_view content, const ImportOptions& options);

}  // namespace parvis::kpi::detail
