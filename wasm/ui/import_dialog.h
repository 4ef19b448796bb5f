// Imports of outside files into the open workspace (issue 5 item 8, issue 7, issue 18): an events
// agenda (.ics) as post ideas, a planning spreadsheet (.csv) as posts, the platforms' statistics
// exports (Meta, X, LinkedIn, Mastodon) as figures, a services directory (.csv) as services. Each goes through one preview dialog: what the file
// is, what would be added, what is skipped and why; nothing changes before « Importer ».
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app.h"
#include "interop/ics_import.h"
#include "interop/planning_import.h"
#include "interop/services_import.h"
#include "kpi/import.h"

namespace parvis::app::ui {

enum class DataImport { agenda, planning, meta, x, linkedin, mastodon, services };

// The preview dialog's state: the file, the user's choices, the preview computed from them.
struct ImportDialogState {
    bool open = false;
    DataImport kind = DataImport::agenda;
    std::string file_name;
    std::string bytes;            // the file as read, kept to recompute the preview
    std::string error;            // translated: why the file cannot be imported at all

    // Planning: the header row and the user's mapping (one field per column).
    std::vector<std::string> headers;
    std::vector<planning::Field> columns;
    std::string mapping_problem;  // translated: e.g. no column is the date; the user chooses one
    std::optional<planning::Preview> planning;

    std::optional<ics::ImportReport> agenda;
    std::optional<services_import::Preview> services;  // a services directory (Stratégie › Services)

    // Statistics: the account the figures go to ("" : the core picks the network's first one),
    // the result (a changed copy of the workspace) and which of its metrics lines are new or changed.
    std::string account_id;
    std::vector<kpi::ColumnMapping> column_mappings;  // the user's choices for unrecognised columns
    std::optional<kpi::ImportResult> stats;
    std::vector<std::size_t> changed_metrics;
};


// Asks for the browser's file picker for this kind of file (a ChooseFile intent).
void choose_data_import(App& app, DataImport kind);
// Reads a file picked for one of the kinds above and opens the preview (or shows why it cannot
// be imported); false when the file was picked for something else.
bool receive_data_import(App& app, ImportDialogState& state, const PickedFile& file);

// « Importer des statistiques… » and its choice of platform (Indicateurs).
void stats_import_button(App& app);
// The preview dialog, drawn every frame with the other dialogs (shell.cpp).
void import_dialog(App& app, ImportDialogState& state);

// For the test hook: window.parvis.snapshot().workspace.import_dialog.
nlohmann::json import_dialog_summary(const App& app, const ImportDialogState& state);

}  // namespace parvis::app::ui
