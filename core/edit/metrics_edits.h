// Edits of the figures (Indicateurs): statistics imported from a platform's export and figures
// typed by hand, each audited like any other change.
#pragma once
#include <cstddef>

#include "edit/audit_log.h"
#include "kpi/manual_entry.h"
#include "model/workspace.h"

namespace parvis::edit {

// The import's checked copy (kpi::ImportResult::workspace, computed against `ws` as it is now)
// replaces the workspace; the audit log stays the current one, which an import never rolls back,
// plus « metrics.import » with the number of lines imported as detail.
void apply_stats_import(Workspace& ws, const Actor& actor, Workspace imported, std::size_t lines);

// Figures typed by hand (kpi::apply_snapshot / apply_post_figures), audited « metrics.manual »
// with the account (or post) and the day. False when nothing was stored.
bool apply_manual_snapshot(Workspace& ws, const Actor& actor, const kpi::SnapshotCheck& check, bool replace);
bool apply_manual_post_figures(Workspace& ws, const Actor& actor, const kpi::PostFiguresCheck& check, bool replace);

}  // namespace parvis::edit
