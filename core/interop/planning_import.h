// Importing a planning spreadsheet (CSV) as posts: one row per post, columns mapped to fields.
//
// The mapping is guessed from the header row (French or English names: « Date », « Heure »,
// « Titre », « Texte », « Réseaux », « Campagne », « Type », « Statut », "time", "networks"…)
// and the user can override it column by column. Dates are French or ISO (31/12/2026, 31/12/26,
// 2026-12-31, also with '.' or '-'), times 18h30, 18h, 18:30 or 18:30:00, both read in the
// workspace's zone; a row without a time is scheduled at `default_time`.
//
// Nothing is added until apply_planning(): the result is a preview (the posts that would be
// created, each with its row) and a report of skipped rows and of warnings, each with its line
// and a French sentence. A row is skipped when its date or time cannot be read; an unknown
// network, campaign, type or status is a warning and the row is still imported.
//
// Import is idempotent: each imported post keeps a key of its row's content (Post::external_uid,
// "csv:" + a hash of its instant, title and text), and a row whose key is already on a post of
// the workspace is counted as already present, not added again; the same row twice in the file
// is skipped the second time.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "error.h"
#include "interop/csv.h"
#include "model/workspace.h"

namespace parvis::planning {

enum class Field { ignore, date, time, title, text, networks, campaign, type, status };
inline constexpr int kFieldCount = 9;

const char* field_name(Field field);                 // "date", "networks"…
std::optional<Field> field_from_name(std::string_view name);  // English or French, any case
std::string accepted_field_names();                  // "ignore, date, time…"

// The field a header names, ignore when none: « Date de publication » → date, « Réseau(x) » →
// networks, "Post text" → text. Accents and case do not matter.
Field guess_field(std::string_view header);

struct Mapping {
    std::vector<Field> columns;  // one per column of the header row
};
Mapping guess_mapping(const std::vector<std::string>& headers);

// A user's choice "column=field", the column named by its header (any case) or its number from 1.
struct Override {
    std::string column;
    std::string field;
};
// Applies overrides to `mapping`. Errors: invalid_value with reason csv_unknown_column or
// csv_unknown_field.
Error apply_overrides(Mapping& mapping, const std::vector<std::string>& headers,
                      const std::vector<Override>& overrides);

// Date and time cells are read by parse_day_numeric and parse_time_of_day (format/format.h).

struct Options {
    csv::ReadOptions csv;
    // The mapping the user chose column by column (the app's combos); used instead of the guess
    // when it has one field per column of the header row. Overrides still apply after it.
    std::vector<Field> columns;
    std::vector<Override> overrides;
    TimeOfDay default_time{9 * 60};
    PostStatus default_status = PostStatus::draft;
    Lang lang = Lang::fr;
};

struct RowNote {
    int line = 0;
    std::string reason;    // stable code: "bad_date", "unknown_network"…
    std::string value;     // the cell concerned
    std::string message;   // the sentence, in options.lang
};

struct Preview {
    std::vector<std::string> headers;
    Mapping mapping;
    char separator = ';';
    csv::Encoding encoding = csv::Encoding::utf8;
    int rows = 0;                     // data rows (header excluded)
    std::vector<Post> posts;          // what would be added, ids free in the workspace
    std::vector<int> post_lines;      // line of each post's row
    std::vector<RowNote> skipped;     // rows not imported
    std::vector<RowNote> warnings;    // rows imported with something left out
    int already_present = 0;          // rows imported before (same key on a post of the workspace)
    // Set (invalid_value, reason csv_no_date_column, at the header row) when no column is the
    // date: nothing can be built, but the headers, the mapping, the separator and the encoding
    // are filled so that the user can choose the date column (the app's combos).
    Error no_date_column;
};

// Reads the CSV, guesses the mapping, applies the overrides, builds the posts. Errors: those of
// csv::read and of apply_overrides. No date column is not an error here: see
// Preview::no_date_column.
Result<Preview> preview(std::string_view bytes, const Workspace& workspace, const Options& options = {});

// Appends the preview's posts and one audit entry ("posts.import_csv") when `at` or `person_id`
// is given.
void apply_planning(Workspace& workspace, const Preview& preview, Instant at = {},
                    const std::string& person_id = {});

}  // namespace parvis::planning
