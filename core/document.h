// The open workspace as an editable document: the data, a revision counter bumped by each edit
// (the platform layer saves when it differs from the saved one), and replacement from a text
// that leaves the current data untouched when the text is bad; and the undo history of the
// user's edits (history.h), which a replacement resets: undo never crosses workspaces.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "error.h"
#include "history.h"
#include "io/workspace_json.h"
#include "model/workspace.h"

namespace parvis {

class Document {
public:
    Document() = default;
    explicit Document(Workspace workspace, HistoryOptions history = {})
        : workspace_(std::move(workspace)), history_(history) {
        history_.start(workspace_);
    }

    const Workspace& workspace() const { return workspace_; }
    // Access for an edit: the caller changes the workspace, then calls `edited()`. Calling it
    // without changing anything is fine (screens do every frame): it costs nothing. The history
    // finds what `edited()` changed by comparing with its reference copy, once per undo step
    // (history.h).
    Workspace& edit() {
        history_.before_edit(workspace_);
        return workspace_;
    }
    void edited() {
        ++revision_;
        history_.after_edit(workspace_, now_);
    }

    // The app's clock, once a frame (seconds): edits closer than a second form one undo step.
    void tick(double now) {
        now_ = now;
        history_.tick(workspace_, now);
    }
    // The next edit starts a new undo step (change of screen, an explicit action).
    void end_step() { history_.end_step(workspace_); }

    // Undo / redo one step: the revision moves on (the result is saved like any edit). `record`,
    // if any, is appended to the audit log, which undo never rolls back (history.h).
    bool undo(std::optional<AuditEntry> record = std::nullopt) { return step(&History::undo, std::move(record)); }
    bool redo(std::optional<AuditEntry> record = std::nullopt) { return step(&History::redo, std::move(record)); }
    bool can_undo() const { return history_.undo_steps() > 0; }
    bool can_redo() const { return history_.redo_steps() > 0; }
    const History& history() const { return history_; }

    std::uint64_t revision() const { return revision_; }

    // Replaces the whole workspace by the one in `text`. On any error the document is left
    // exactly as it was and the error is returned.
    Error replace_from_text(std::string_view text, const ReadOptions& options = {}) {
        auto result = read_workspace(text, options);
        if (!result) return result.error();
        replace(std::move(result.value()));
        return {};
    }
    // The history starts again from the new workspace (its reference copy is taken here, while
    // opening, rather than in the first edit's frame).
    void replace(Workspace workspace) {
        workspace_ = std::move(workspace);
        ++revision_;
        history_.start(workspace_);
    }

private:
    bool step(bool (History::*move)(Workspace&), std::optional<AuditEntry> record) {
        if (!(history_.*move)(workspace_)) return false;
        if (record) workspace_.audit.push_back(std::move(*record));
        ++revision_;
        return true;
    }

    Workspace workspace_;
    std::uint64_t revision_ = 0;
    History history_;
    double now_ = 0;
};

}  // namespace parvis
