// Undo and redo of the user's edits of the open workspace (issue 5), kept by `Document`.
//
// A step holds only what its edits changed, as it was before them (issue 16): a whole copy per
// step cost ~100 ms and ~120 MB on a 50,000-post workspace. The history keeps one reference copy
// of the workspace (the mirror, taken when the document opens), as it was before the edits not
// yet recorded. Recording compares the workspace with it, part by part, and moves the elements
// that differ into the step:
//   - a value (the profile, the charter, the crisis mode, the strategy settings, the id) is kept
//     whole;
//   - a collection (posts, messages, metrics…) keeps the runs of elements that changed, by
//     position: an edit that keeps the size keeps the changed elements only; one that inserts or
//     erases keeps the run between the unchanged beginning and the unchanged end (a post deleted
//     in the middle: that post; a post added: nothing but its place).
// Undo puts the kept elements back in the workspace and in the mirror, and keeps what they
// replaced as the redo step, and the other way round.
//
// Comparing the whole workspace is exact but not free (~30–35 ms at 50,000 posts,
// tests/bench/history_bench.cpp), so it is done once per step, not per edit:
//   - `before_edit` (screens call `Document::edit()` often every frame without changing
//     anything) costs nothing once the mirror is kept;
//   - `after_edit` (called by `Document::edited()`) when no step is open looks for a change, the
//     cheap places first (sizes, values, the elements the last step changed) and stops at the
//     first one: a change opens a new step, nothing changed makes none. While the step is open
//     (edits less than `group_seconds` apart: typing in a text box is one step) it only notes
//     that the step goes on: each element keeps its value from before the step's first edit,
//     since the mirror still holds it;
//   - `tick` (once a frame) closes the open step after a pause: a frame without an edit, a second
//     or more after the last edit; `end_step` closes it at once (change of screen). Closing
//     records the step's changes (the one full comparison); so do undo and redo first.
// A new step clears the redo side. The depth is limited in steps and in size (`max_items`: the
// elements the steps hold, each value or post or message counting one), so that the browser's
// memory stays bounded: steps that touch a few elements are cheap and many are kept; steps that
// rewrote whole collections are few.
//
// Records about people are never rolled back: the audit log (who approved, who changed what), the
// moderation log (the evidence of each moderation) and the passphrases are not part of the steps
// and stay as they are now when a step is undone or redone, so undoing cannot erase a trace or
// bring back a replaced passphrase. An edit of those records alone makes no step. Changes made
// without the user are not steps either: migrations run while a file is read, and reading
// replaces the document, which starts a new history; the strategy screen's guard, which takes
// back an edit that breaks an invariant at once, falls inside the step of that edit.
#pragma once
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/workspace.h"

namespace parvis {

struct HistoryOptions {
    std::size_t max_steps = 0;     // 0: 100 steps
    double group_seconds = 0;      // 0: 1 s — edits closer than this form one step
    std::size_t max_items = 0;     // 0: 300,000 — elements held by the steps, summed
};

namespace history_detail {

// A value as it was before the step; none when the step did not change it.
template <class T>
struct ValueChange {
    std::optional<T> before;
};

// The elements [at, at + count) of the collection after the step were `before` (any length)
// before it.
template <class T>
struct Run {
    std::size_t at = 0;
    std::size_t count = 0;
    std::vector<T> before;
};

// Runs sorted by `at`, apart from one another (a gap of one element at least).
template <class T>
struct CollectionChange {
    std::vector<Run<T>> runs;
};

// One undo or redo step: the parts of the workspace it changed, as they were. Its members have
// the names of Workspace's, so that one list of parts (history.cpp, each_part) walks both; the
// records (audit, passphrases, moderation_log) have none: never rolled back.
struct Step {
    ValueChange<std::string> id;
    ValueChange<Profile> profile;
    CollectionChange<NetworkAccount> accounts;
    CollectionChange<Objective> objectives;
    ValueChange<Charter> charter;
    CollectionChange<Person> people;
    CollectionChange<Campaign> campaigns;
    CollectionChange<Post> posts;
    struct {
        CollectionChange<AccountSnapshot> snapshots;
        CollectionChange<PostMetrics> posts;
    } metrics;
    CollectionChange<InboxMessage> messages;
    CollectionChange<Service> services;
    CollectionChange<std::string> local_words;
    CollectionChange<Election> elections;
    ValueChange<CrisisMode> crisis;
    ValueChange<StrategySettings> strategy;
    CollectionChange<ReplyTemplate> reply_templates;
    std::size_t items = 0;  // elements held, for `max_items`
};

}  // namespace history_detail

class History {
public:
    explicit History(HistoryOptions options = {});

    // Forgets everything and keeps `current` as the reference for the next edits (a document
    // opens: the copy is paid there, not in the first edit).
    void start(const Workspace& current);
    // The workspace is about to be changed (or merely handed out for a possible change): takes
    // the reference copy if none is kept yet (a History used without `start`).
    void before_edit(const Workspace& current);
    // The workspace was changed at `now` (seconds, the app's clock).
    void after_edit(const Workspace& current, double now);
    // Once a frame: closes the open step when a frame had no edit and the last edit is
    // `group_seconds` old, recording its changes in `current`.
    void tick(const Workspace& current, double now);
    // Closes the open step now (its changes are recorded): the next edit starts a new one.
    void end_step(const Workspace& current);
    // Forgets everything, the reference copy included (the workspace was replaced: undo never
    // crosses workspaces).
    void clear();

    // Takes `current` back to the state before the last step (after the last undone one). False
    // when there is nothing to undo (redo). `current` keeps its audit log, moderation log and
    // passphrases. A change made through Document::edit() but not reported by edited() is first
    // recorded like an edit, so that it is never lost nor mixed up with the step.
    bool undo(Workspace& current);
    bool redo(Workspace& current);

    std::size_t undo_steps() const { return undo_.size(); }
    std::size_t redo_steps() const { return redo_.size(); }
    bool step_open() const { return open_; }
    // When the open step closes if nothing else is edited (the app's clock); none when closed.
    std::optional<double> step_closes_at() const {
        return open_ ? std::optional<double>(last_edit_ + options_.group_seconds) : std::nullopt;
    }
    // Everything the history holds, for checks that something never entered it (the browser
    // tests look for tokens there): the reference copy, then each undo and redo step as a
    // workspace whose collections hold the step's kept elements and whose values are the kept
    // ones (default when not kept). The open step's changes are held once it closes.
    void visit_held(const std::function<void(const Workspace&)>& visit) const;
    // Elements held by the undo and redo steps (what `max_items` bounds), the open step's once
    // it closes.
    std::size_t held_items() const;

private:
    using Step = history_detail::Step;
    // Records the difference between the mirror and `current` (the mirror then equals it) in the
    // open step, or in a new one; false when nothing changed.
    bool record(const Workspace& current);
    // Whether `current` differs from the mirror, looking at the likely places first.
    bool differs(const Workspace& current) const;
    void close(const Workspace& current);
    bool move(std::vector<Step>& from, std::vector<Step>& to, Workspace& current);
    void trim();

    HistoryOptions options_;
    std::vector<Step> undo_;              // oldest first
    std::vector<Step> redo_;              // next to redo last
    std::optional<Workspace> mirror_;     // the current state as of the last edit, records left empty
    bool open_ = false;                   // the last undo step still takes the next edits
    bool pending_ = false;                // the open step has edits not compared yet (implies open_)
    bool edited_since_tick_ = false;      // this frame had an edit: no pause yet
    double last_edit_ = 0;
};

}  // namespace parvis
