// Undo and redo of the user's edits of the open workspace (issue 5), kept by `Document`.
//
// A step is a whole copy of the workspace as it was before the step: simple and always right,
// whatever the screen changed. Copies are taken lazily, once per step, never per frame:
//   - `before_edit` (called by `Document::edit()`, which screens call before changing, and often
//     every frame without changing anything) keeps one copy of the current state when no step is
//     open and none is kept yet;
//   - `after_edit` (called by `Document::edited()`) turns that copy into an undo step, unless a
//     step is still open (edits less than `group_seconds` apart: typing in a text box is one
//     step) or nothing really changed;
//   - `tick` (once a frame) closes the open step after a pause: a frame without an edit, a second
//     or more after the last edit; `end_step` closes it at once (change of screen).
// A new step clears the redo side. The depth is limited in steps and in size (`max_items`: posts,
// messages, metrics… summed over the kept copies), so that a big workspace keeps fewer steps
// instead of filling the browser's memory.
//
// Records about people are never rolled back: the audit log (who approved, who changed what), the
// moderation log (the evidence of each moderation) and the passphrases stay as they are now when a step is undone or redone, so undoing cannot erase
// a trace or bring back a replaced passphrase. An edit of those records alone makes no step.
// Changes made without the user are not steps either: migrations run while a file is read, and
// reading replaces the document, which starts a new history; the strategy screen's guard, which
// takes back an edit that breaks an invariant at once, falls inside the step of that edit.
#pragma once
#include <cstddef>
#include <deque>
#include <optional>
#include <vector>

#include "model/workspace.h"

namespace parvis {

struct HistoryOptions {
    std::size_t max_steps = 0;     // 0: 100 steps
    double group_seconds = 0;      // 0: 1 s — edits closer than this form one step
    std::size_t max_items = 0;     // 0: 400,000 — posts, messages, metrics… summed over the steps
};

class History {
public:
    explicit History(HistoryOptions options = {});

    // The workspace is about to be changed (or merely handed out for a possible change).
    void before_edit(const Workspace& current);
    // The workspace was changed at `now` (seconds, the app's clock).
    void after_edit(const Workspace& current, double now);
    // Once a frame: closes the open step when a frame had no edit and the last edit is
    // `group_seconds` old.
    void tick(double now);
    // Closes the open step now: the next edit starts a new one.
    void end_step();
    // Forgets everything (the workspace was replaced: undo never crosses workspaces).
    void clear();

    // Swap `current` with the state before the last step (after the last undone one). False
    // when there is nothing to undo (redo). `current` keeps its audit log, moderation log and passphrases.
    bool undo(Workspace& current);
    bool redo(Workspace& current);

    std::size_t undo_steps() const { return undo_.size(); }
    std::size_t redo_steps() const { return redo_.size(); }
    bool step_open() const { return open_; }
    // When the open step closes if nothing else is edited (the app's clock); none when closed.
    std::optional<double> step_closes_at() const {
        return open_ ? std::optional<double>(last_edit_ + options_.group_seconds) : std::nullopt;
    }
    // The copies kept, for checks that something never entered them (the browser tests look
    // for tokens there).
    const std::deque<Workspace>& undo_copies() const { return undo_; }
    const std::vector<Workspace>& redo_copies() const { return redo_; }

    // What counts against `max_items` for one copy of `ws`.
    static std::size_t items(const Workspace& ws);

private:
    void trim();

    HistoryOptions options_;
    std::deque<Workspace> undo_;          // oldest first
    std::vector<Workspace> redo_;         // next to redo last
    std::optional<Workspace> checkpoint_; // the current state, kept before a possible change
    bool open_ = false;                   // the last undo step still takes the next edits
    bool edited_since_tick_ = false;      // this frame had an edit: no pause yet
    double last_edit_ = 0;
};

}  // namespace parvis
