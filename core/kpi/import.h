// Offline imports of the platforms' statistics exports (issue 7, item 3): Meta Business Suite CSV
// (Facebook and Instagram, French or English), X analytics content CSV, LinkedIn page analytics
// CSV or .xlsx workbook, and the Mastodon archive's outbox.json.
//
// Every import:
// - works on a copy: the workspace given is never touched, the caller replaces it with the
//   result only when it wants to (after the preview) and only when there is no error;
// - reports what it read: rows read, publications added, figures updated or unchanged, rows
//   skipped with their reason, columns it did not use;
// - is idempotent: a publication is matched by its platform id, its permalink, or its day and
//   text; importing the same file twice adds nothing and changes nothing;
// - never turns a missing figure into 0.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "error.h"
#include "model/workspace.h"

namespace parvis::kpi {

enum class ImportSource { meta, x, linkedin, mastodon };
const char* import_source_name(ImportSource s);
std::optional<ImportSource> import_source_from_name(std::string_view name);

// A user's choice for one column of a CSV export: the exact header text (spaces around it do not
// count) read as `field`, one of import_field_ids(), or "ignore" to drop the column. It wins over
// the importer's own reading of that header and over another column recognised for the same
// field (that one is then reported unknown).
struct ColumnMapping {
    std::string header;
    std::string field;
};

struct ImportOptions {
    std::string account_id;  // "" : the first account of the export's network
    Day today{};             // day recorded on the metrics lines (the import day)
    // The file's name, when known: a LinkedIn file is read as an .xlsx workbook when its bytes
    // start as a ZIP does, or when its name ends in .xlsx (then a file that is not one is told so).
    std::string file_name;
    std::vector<ColumnMapping> columns;  // the user's column mappings (CSV and .xlsx exports)
};

// The fields a column can be mapped to, in display order, "ignore" last. Labels: catalogue keys
// "kpis.import.field.<id>" (assets/i18n/imports.json).
const std::vector<std::string>& import_field_ids();

struct SkippedRow {
    int line = 0;            // 1-based line in the file (0 for a JSON item: see index)
    int index = -1;          // item index in a JSON list
    std::string reason;      // stable code: "description_row", "no_date", "bad_number", "boost"…
    std::string detail;      // the offending text, quoted
};

struct ImportReport {
    ImportSource source = ImportSource::meta;
    std::string network;     // "facebook", "instagram"… (detected)
    std::string language;    // "fr", "en" or "" (JSON)
    std::string account_id;  // account the figures went to
    std::string sheet;       // .xlsx: the sheet the rows were read from ("" for a CSV or JSON file)
    int rows_read = 0;
    int posts_added = 0;     // publications new to the workspace
    int metrics_added = 0;   // metrics lines added (new publication or first figures)
    int metrics_updated = 0; // figures that changed
    int unchanged = 0;       // rows already in the workspace with the same figures
    std::vector<SkippedRow> skipped;
    std::vector<std::string> columns_used;
    std::vector<std::string> unknown_columns;  // reported, not imported
    // Every non-empty header of the file and the field it was read as: an id of
    // import_field_ids(), "ignore" (known, deliberately not imported) or "" (not imported);
    // `mapped`: the user's mapping decided it.
    struct ColumnUse {
        std::string header;
        std::string field;
        bool mapped = false;
    };
    std::vector<ColumnUse> columns;
    // Mappings that did nothing: header absent from the file (reason "mapping_no_column", and
    // always for a JSON export) or field unknown (reason "mapping_unknown_field"). Messages:
    // "kpis.import.mapping.<reason>".
    struct UnusedMapping {
        ColumnMapping mapping;
        std::string reason;
    };
    std::vector<UnusedMapping> unused_mappings;
};

struct ImportResult {
    Workspace workspace;
    ImportReport report;
};

// Error codes: invalid_value with reason "import_format" (not this kind of export),
// "import_no_account" (no account of that network), "import_truncated" (unclosed quote), and for
// a LinkedIn .xlsx the import_xls / import_xlsx_* reasons of kpi/xlsx_rows.h (damaged, encrypted,
// too large… workbook).
Result<ImportResult> import_export(const Workspace& ws, ImportSource source, std::string_view content,
                                   const ImportOptions& options);

// What an import does to each metrics line, as the preview lists it: one entry per line of
// `after.metrics.posts` (`after`: import_export's workspace for `before`). A line is added when
// `before` has no line for its post and account, changed when one of its figures differs,
// unchanged otherwise: the import day, written on every line the import touches, is no change.
enum class LineChange { added, changed, unchanged };
std::vector<LineChange> metrics_changes(const Workspace& before, const Workspace& after);

}  // namespace parvis::kpi
