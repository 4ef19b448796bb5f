// Edits of the figures. See metrics_edits.h.
#include "edit/metrics_edits.h"

#include <string>
#include <utility>

#include "io/time_text.h"

namespace parvis::edit {

void apply_stats_import(Workspace& ws, const Actor& actor, Workspace imported, std::size_t lines) {
    imported.audit = std::move(ws.audit);
    ws = std::move(imported);
    record(ws, actor, AuditAction::import_stats, "", std::to_string(lines));
}

bool apply_manual_snapshot(Workspace& ws, const Actor& actor, const kpi::SnapshotCheck& check, bool replace) {
    if (!kpi::apply_snapshot(ws, check, replace)) return false;
    record(ws, actor, AuditAction::metrics_manual, check.snapshot.account_id, io::format_day(check.snapshot.day));
    return true;
}

bool apply_manual_post_figures(Workspace& ws, const Actor& actor, const kpi::PostFiguresCheck& check, bool replace) {
    if (!kpi::apply_post_figures(ws, check, replace)) return false;
    record(ws, actor, AuditAction::metrics_manual, check.metrics.post_id, io::format_day(check.metrics.day));
    return true;
}

}  // namespace parvis::edit
