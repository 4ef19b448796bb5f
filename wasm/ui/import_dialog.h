// Imports of outside files into the open workspace (issue 5 item 8, issue 7): an events agenda
// (.ics) as post ideas, a planning spreadsheet (.csv) as posts, the platforms' statistics exports
// (Meta, X, LinkedIn, Mastodon) as figures. Each goes through one preview dialog: what the file
// is, what would be added, what is skipped and why; nothing changes before « Importer ».
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "app.h"
#include "platform/platform.h"

namespace parvis::app::ui {

enum class DataImport { agenda, planning, meta, x, linkedin, mastodon };

// Opens the browser's file picker for this kind of file.
void choose_data_import(App& app, DataImport kind);
// The picked file is one of ours (its purpose names a DataImport), not a workspace backup.
bool is_data_import(const platform::Event& event);
// Reads the picked file and opens the preview (or shows why it cannot be imported).
void receive_data_import(App& app, const platform::Event& event);

// « Importer des statistiques… » and its choice of platform (Indicateurs).
void stats_import_button(App& app);
// The preview dialog, drawn every frame with the other dialogs (shell.cpp).
void import_dialog(App& app);

// For the test hook: window.parvis.snapshot().workspace.import_dialog.
nlohmann::json import_dialog_summary(const App& app);

}  // namespace parvis::app::ui
