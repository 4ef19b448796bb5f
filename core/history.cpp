// Undo and redo of the user's edits. See history.h.
#include "history.h"

#include <utility>

#include "parvis_assert.h"

namespace parvis {
namespace {

constexpr std::size_t kDefaultMaxSteps = 100;
constexpr double kDefaultGroupSeconds = 1.0;
// Measured (tests/bench/history_bench.cpp): the demo counts ~480 items and a copy holds 0.3 MB;
// the demo grown to 50,000 posts and 5,000 messages counts ~105,000 items and a copy holds
// ~120 MB (~1.1 KB an item). The web app has at most 2 GB: this budget keeps the copies (with
// the one taken before the next change) under ~500 MB — all 100 steps up to ~4,000 items,
// 3 steps for the 50,000-post workspace.
constexpr std::size_t kDefaultMaxItems = 400'000;

// The records about people that undo and redo leave as they are now (see history.h).
void keep_records(Workspace& restored, Workspace& current) {
    restored.audit = std::move(current.audit);
    restored.passphrases = std::move(current.passphrases);
    restored.moderation_log = std::move(current.moderation_log);
}

}  // namespace

History::History(HistoryOptions options) : options_(options) {
    if (options_.max_steps == 0) options_.max_steps = kDefaultMaxSteps;
    if (options_.group_seconds <= 0) options_.group_seconds = kDefaultGroupSeconds;
    if (options_.max_items == 0) options_.max_items = kDefaultMaxItems;
}

std::size_t History::items(const Workspace& ws) {
    return 1 + ws.accounts.size() + ws.objectives.size() + ws.people.size() + ws.campaigns.size() + ws.posts.size() +
           ws.metrics.snapshots.size() + ws.metrics.posts.size() + ws.messages.size() + ws.services.size() +
           ws.audit.size() + ws.local_words.size() + ws.elections.size() + ws.moderation_log.size() +
           ws.reply_templates.size();
}

void History::before_edit(const Workspace& current) {
    if (!open_ && !checkpoint_) checkpoint_ = current;
}

void History::after_edit(const Workspace& current, double now) {
    edited_since_tick_ = true;
    if (open_) {  // the same step goes on: nothing to copy
        PARVIS_ASSERT(!undo_.empty(), "an open step is the newest undo step: set open_ only after pushing one");
        last_edit_ = now;
        return;
    }
    // No copy taken before the change (edited() without edit()): nothing to return to.
    if (!checkpoint_) return;
    // A widget that reports an edit which changed nothing makes no step; nor does a change of
    // the records alone (an audit entry written when a text box is left): undoing it would
    // change nothing, since undo keeps the records.
    checkpoint_->audit = current.audit;
    checkpoint_->passphrases = current.passphrases;
    checkpoint_->moderation_log = current.moderation_log;
    if (*checkpoint_ == current) return;
    undo_.push_back(std::move(*checkpoint_));
    checkpoint_.reset();
    redo_.clear();
    open_ = true;
    last_edit_ = now;
    trim();
}

// A pause is a whole frame without an edit, a second or more after the last one: on a slow
// machine, where frames may come a second apart, typing on without stopping stays one step.
void History::tick(double now) {
    if (std::exchange(edited_since_tick_, false)) return;
    if (open_ && now - last_edit_ >= options_.group_seconds) open_ = false;
}

void History::end_step() { open_ = false; }

void History::clear() {
    undo_.clear();
    redo_.clear();
    checkpoint_.reset();
    open_ = false;
}

bool History::undo(Workspace& current) {
    if (undo_.empty()) return false;
    Workspace restored = std::move(undo_.back());
    undo_.pop_back();
    keep_records(restored, current);
    redo_.push_back(std::exchange(current, std::move(restored)));
    checkpoint_.reset();  // taken again from the restored state before the next change
    open_ = false;
    return true;
}

bool History::redo(Workspace& current) {
    if (redo_.empty()) return false;
    Workspace restored = std::move(redo_.back());
    redo_.pop_back();
    keep_records(restored, current);
    undo_.push_back(std::exchange(current, std::move(restored)));
    checkpoint_.reset();
    open_ = false;
    return true;
}

// Drops the oldest steps beyond the depth or the size budget; the newest step always stays.
void History::trim() {
    PARVIS_ASSERT(options_.max_steps >= 1, "max_steps 0 would drop the step just made: the constructor turns 0 into the default");
    while (undo_.size() > options_.max_steps) undo_.pop_front();
    std::size_t total = 0;
    for (const Workspace& ws : undo_) total += items(ws);
    for (const Workspace& ws : redo_) total += items(ws);
    while (undo_.size() > 1 && total > options_.max_items) {
        total -= items(undo_.front());
        undo_.pop_front();
    }
}

}  // namespace parvis
