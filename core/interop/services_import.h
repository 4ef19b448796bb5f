// Importing a services directory (CSV) into Workspace::services: one row per service, columns
// found from the header row (French or English names, accents and case ignored: « Nom du
// service », « Courriel », « Téléphone », « Démarche en ligne », « Thèmes », « Mots-clés »,
// « Contact », « Horaires »…). French Excel's `;` and Windows-1252 are read by core/interop/csv.
// Lists (topics, keywords) are separated by ',' or ';' inside the cell (edit::split_words).
//
// Nothing changes until apply_services(): the result is a preview (services to add, services to
// update) and the rows skipped, each with its line and a French sentence.
//
// Import is idempotent: a row names a service by its name (compared without case or accents). A
// service already in the workspace is updated with the row's non-empty cells, or counted as
// already present when they change nothing; importing the same file twice adds nothing the
// second time. A name met twice in the file is skipped the second time.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "edit/audit_log.h"
#include "error.h"
#include "interop/csv.h"
#include "model/workspace.h"

namespace parvis::services_import {

enum class Field { ignore, name, email, phone, url, topics, keywords, contact, hours };

// The field a header names, ignore when none.
Field guess_field(std::string_view header);

struct Options {
    csv::ReadOptions csv;
    Lang lang = Lang::fr;
};

struct RowNote {
    int line = 0;
    std::string reason;   // stable code: "no_name", "repeated_name"
    std::string value;    // the cell concerned
    std::string message;  // the sentence, in options.lang
};

struct Preview {
    std::vector<std::string> headers;
    std::vector<Field> columns;      // one per header
    char separator = ';';
    csv::Encoding encoding = csv::Encoding::utf8;
    int rows = 0;                    // data rows (header excluded)
    std::vector<Service> added;      // new services, ids free in the workspace
    std::vector<Service> updated;    // services of the workspace (same id) as the rows change them
    int already_present = 0;         // rows that change nothing
    std::vector<RowNote> skipped;
};

// Errors: those of csv::read; invalid_value with reason csv_no_name_column (at the header row)
// when no column is the service's name.
Result<Preview> preview(std::string_view bytes, const Workspace& workspace, const Options& options = {});

// Adds and updates the preview's services, with one audit entry « services.import_csv », detail
// « added>updated » counts (« 3>1 »). Nothing when the preview changes nothing.
void apply_services(Workspace& workspace, const Preview& preview, const edit::Actor& actor);

}  // namespace parvis::services_import
