// Undo and redo of the user's edits. See history.h.
//
// Index
// [SECTION] The parts of a workspace
// [SECTION] Recording a change (mirror → current) into a step
// [SECTION] Putting a step back
// [SECTION] History
#include "history.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "parvis_assert.h"

namespace parvis {
namespace {

using history_detail::CollectionChange;
using history_detail::Run;
using history_detail::Step;
using history_detail::ValueChange;

constexpr std::size_t kDefaultMaxSteps = 100;
constexpr double kDefaultGroupSeconds = 1.0;
// Measured (tests/bench/history_bench.cpp): an element held costs ~1.1 KB on the demo's data (a
// post with its variants, a message). The web app has at most 2 GB; with the reference copy
// (~120 MB for 50,000 posts, 5,000 messages and their metrics) and the workspace itself, this
// budget keeps the history under ~450 MB: every step of everyday edits (a few elements each),
// and still a few steps that rewrote a whole 50,000-post collection.
constexpr std::size_t kDefaultMaxItems = 300'000;

//-----------------------------------------------------------------------------
// [SECTION] The parts of a workspace
//-----------------------------------------------------------------------------

// Calls f(w.part...) for every part of the workspace that undo rolls back, on Workspaces and
// Steps alike (a Step has the same member names). The records (audit, passphrases,
// moderation_log) are not parts: never compared, kept or rolled back.
template <class F, class... W>
void each_part(F&& f, W&... w) {
    f(w.id...);
    f(w.profile...);
    f(w.accounts...);
    f(w.objectives...);
    f(w.charter...);
    f(w.people...);
    f(w.campaigns...);
    f(w.posts...);
    f(w.metrics.snapshots...);
    f(w.metrics.posts...);
    f(w.messages...);
    f(w.services...);
    f(w.local_words...);
    f(w.elections...);
    f(w.crisis...);
    f(w.strategy...);
    f(w.reply_templates...);
}

// A member added to Workspace or Metrics stops these bindings from compiling: add it to
// each_part and to Step (or, for a record undo must not roll back, to neither), else undo would
// silently leave it as it is.
[[maybe_unused]] void every_member_is_listed(const Workspace& ws) {
    [[maybe_unused]] const auto& [id, profile, accounts, objectives, charter, people, campaigns, posts, metrics,
                                  messages, services, audit, local_words, elections, crisis, strategy, passphrases,
                                  moderation_log, reply_templates] = ws;
    [[maybe_unused]] const auto& [snapshots, post_metrics] = ws.metrics;
}

template <class T>
std::size_t held(const ValueChange<T>& change) {
    return change.before ? 1 : 0;
}
template <class T>
std::size_t held(const CollectionChange<T>& change) {
    std::size_t n = 0;
    for (const Run<T>& run : change.runs) n += run.before.size();
    return n;
}

// The step itself counts one, so that steps of inserted elements only (which hold none) still
// count against the budget.
std::size_t held(const Step& step) {
    std::size_t n = 1;
    each_part([&n](const auto& part) { n += held(part); }, step);
    return n;
}

//-----------------------------------------------------------------------------
// [SECTION] Recording a change (mirror → current) into a step
//-----------------------------------------------------------------------------

// Where two versions of a collection differ: `mirror_count` elements at `mirror_at` became
// `current_count` elements at `current_at`.
struct Span {
    std::size_t mirror_at, mirror_count, current_at, current_count;
};

// Same size: each run of changed positions (a post edited, two posts swapped). Else one span
// between the longest equal beginning and the longest equal end: an insertion or an erasure
// anywhere costs the elements inserted or erased, never the whole collection. Element by
// element with operator==, so that no difference is ever missed.
template <class T>
std::vector<Span> differences(const std::vector<T>& mirror, const std::vector<T>& current) {
    std::vector<Span> spans;
    const std::size_t m = mirror.size(), c = current.size();
    if (m == c) {
        for (std::size_t i = 0; i < m; ++i) {
            if (mirror[i] == current[i]) continue;
            std::size_t end = i + 1;
            while (end < m && !(mirror[end] == current[end])) ++end;
            spans.push_back({i, end - i, i, end - i});
            i = end;  // equal, or the end
        }
        return spans;
    }
    const std::size_t shorter = std::min(m, c);
    std::size_t begin = 0;
    while (begin < shorter && mirror[begin] == current[begin]) ++begin;
    std::size_t end = 0;
    while (end < shorter - begin && mirror[m - 1 - end] == current[c - 1 - end]) ++end;
    spans.push_back({begin, m - begin - end, begin, c - begin - end});
    return spans;
}

// A value: kept as it was before the step's first change of it.
template <class T>
bool record_part(T& mirror, const T& current, ValueChange<T>& change, std::size_t& added) {
    if (mirror == current) return false;
    if (!change.before) {
        change.before = std::move(mirror);
        ++added;
    }
    mirror = current;
    return true;
}

// A collection. The step's runs (positions in the mirror, which is the state after the step's
// earlier edits) and the new spans (mirror → current) that overlap or touch are merged into one
// run, whose `before` is taken from the step's runs where they have one (the value before the
// step's first edit) and from the mirror elsewhere (not changed by the step until now). Typing
// in one post: the post is kept at the first keystroke, and later keystrokes keep nothing more.
template <class T>
bool record_part(std::vector<T>& mirror, const std::vector<T>& current, CollectionChange<T>& change,
                 std::size_t& added) {
    const std::vector<Span> spans = differences(mirror, current);
    if (spans.empty()) return false;
    std::vector<Run<T>>& runs = change.runs;
    std::vector<Run<T>> merged;
    std::ptrdiff_t shift = 0;  // growth of the collection by the spans before the current group
    std::size_t i = 0, j = 0;
    while (i < runs.size() || j < spans.size()) {
        const bool run_first = j == spans.size() || (i < runs.size() && runs[i].at <= spans[j].mirror_at);
        const std::size_t lo = run_first ? runs[i].at : spans[j].mirror_at;
        std::size_t hi = lo;
        const std::size_t first_run = i;
        std::ptrdiff_t growth = 0;
        for (;;) {
            if (i < runs.size() && runs[i].at <= hi) {
                hi = std::max(hi, runs[i].at + runs[i].count);
                ++i;
            } else if (j < spans.size() && spans[j].mirror_at <= hi) {
                hi = std::max(hi, spans[j].mirror_at + spans[j].mirror_count);
                growth += std::ptrdiff_t(spans[j].current_count) - std::ptrdiff_t(spans[j].mirror_count);
                ++j;
            } else {
                break;
            }
        }
        Run<T> run;
        run.at = std::size_t(std::ptrdiff_t(lo) + shift);
        run.count = std::size_t(std::ptrdiff_t(hi - lo) + growth);
        std::size_t pos = lo;
        auto keep_mirror_to = [&](std::size_t to) {
            run.before.insert(run.before.end(), mirror.begin() + std::ptrdiff_t(pos), mirror.begin() + std::ptrdiff_t(to));
            added += to - pos;
        };
        for (std::size_t k = first_run; k < i; ++k) {
            keep_mirror_to(runs[k].at);
            std::move(runs[k].before.begin(), runs[k].before.end(), std::back_inserter(run.before));
            pos = runs[k].at + runs[k].count;
        }
        keep_mirror_to(hi);
        shift += growth;
        merged.push_back(std::move(run));
    }
    runs = std::move(merged);

    // The mirror takes the change: the changed elements only, or one splice.
    if (mirror.size() == current.size()) {
        for (const Span& s : spans) {
            std::copy_n(current.begin() + std::ptrdiff_t(s.current_at), s.current_count,
                        mirror.begin() + std::ptrdiff_t(s.mirror_at));
        }
    } else {
        PARVIS_ASSERT(spans.size() == 1, "differences() gives one span when the size changed");
        const Span& s = spans.front();
        const auto at = mirror.erase(mirror.begin() + std::ptrdiff_t(s.mirror_at),
                                     mirror.begin() + std::ptrdiff_t(s.mirror_at + s.mirror_count));
        mirror.insert(at, current.begin() + std::ptrdiff_t(s.current_at),
                      current.begin() + std::ptrdiff_t(s.current_at + s.current_count));
    }
    return true;
}

// The cheap looks of `differs`: a value whole, a collection's size; then the first elements of
// each run of a step (positions after it, which are the mirror's while no edit is recorded).
template <class T>
bool quickly_differs(const T& mirror, const T& current) {
    return !(mirror == current);
}
template <class T>
bool quickly_differs(const std::vector<T>& mirror, const std::vector<T>& current) {
    return mirror.size() != current.size();
}
template <class T>
bool differs_where(const T&, const T&, const ValueChange<T>&) {
    return false;
}
template <class T>
bool differs_where(const std::vector<T>& mirror, const std::vector<T>& current, const CollectionChange<T>& change) {
    constexpr std::size_t kLooks = 8;  // a whole rewritten collection is not worth looking at twice
    for (const Run<T>& run : change.runs) {
        for (std::size_t k = run.at; k < run.at + std::min(run.count, kLooks) && k < mirror.size() && k < current.size(); ++k) {
            if (!(mirror[k] == current[k])) return true;
        }
    }
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Putting a step back
//-----------------------------------------------------------------------------

// The step's runs lie inside the collection it is put back into, in order: always true while
// the mirror follows the workspace (undo records an unreported change first); checked anyway,
// since a wrong position would read outside the collection.
template <class T>
bool fits(const ValueChange<T>&, const T&) {
    return true;
}
template <class T>
bool fits(const CollectionChange<T>& change, const std::vector<T>& v) {
    std::size_t pos = 0;
    for (const Run<T>& run : change.runs) {
        if (run.at < pos || run.count > v.size() || run.at > v.size() - run.count) return false;
        pos = run.at + run.count;
    }
    return true;
}

// Replaces each run of `v` by its `before` elements; returns the runs that take it back.
template <class T>
std::vector<Run<T>> put_back(std::vector<T>& v, std::vector<Run<T>> runs) {
    std::vector<Run<T>> back;
    back.reserve(runs.size());
    const bool same_size =
        std::all_of(runs.begin(), runs.end(), [](const Run<T>& r) { return r.before.size() == r.count; });
    if (same_size) {  // in place: nothing else moves
        for (Run<T>& r : runs) {
            Run<T> b{r.at, r.count, {}};
            b.before.reserve(r.count);
            for (std::size_t k = 0; k < r.count; ++k) {
                b.before.push_back(std::move(v[r.at + k]));
                v[r.at + k] = std::move(r.before[k]);
            }
            back.push_back(std::move(b));
        }
        return back;
    }
    // Sizes change, a few runs (an insertion, an erasure): in place, from the last run, so that
    // a post added at the end or taken from it moves nothing else and allocates nothing.
    constexpr std::size_t kInPlaceRuns = 4;
    if (runs.size() <= kInPlaceRuns) {
        back.resize(runs.size());
        std::ptrdiff_t shift = 0;  // growth by the runs before, for the positions of `back`
        for (std::size_t k = 0; k < runs.size(); ++k) {
            back[k].at = std::size_t(std::ptrdiff_t(runs[k].at) + shift);
            back[k].count = runs[k].before.size();
            shift += std::ptrdiff_t(runs[k].before.size()) - std::ptrdiff_t(runs[k].count);
        }
        for (std::size_t k = runs.size(); k-- > 0;) {
            Run<T>& r = runs[k];
            const auto first = v.begin() + std::ptrdiff_t(r.at);
            back[k].before.assign(std::make_move_iterator(first), std::make_move_iterator(first + std::ptrdiff_t(r.count)));
            const auto at = v.erase(first, first + std::ptrdiff_t(r.count));
            v.insert(at, std::make_move_iterator(r.before.begin()), std::make_move_iterator(r.before.end()));
        }
        return back;
    }
    // Many runs: one pass that moves every element once.
    std::vector<T> out;
    std::size_t size = v.size();
    for (const Run<T>& r : runs) size = size - r.count + r.before.size();
    out.reserve(size);
    std::size_t pos = 0;
    for (Run<T>& r : runs) {
        std::move(v.begin() + std::ptrdiff_t(pos), v.begin() + std::ptrdiff_t(r.at), std::back_inserter(out));
        Run<T> b{out.size(), r.before.size(), {}};
        b.before.assign(std::make_move_iterator(v.begin() + std::ptrdiff_t(r.at)),
                        std::make_move_iterator(v.begin() + std::ptrdiff_t(r.at + r.count)));
        std::move(r.before.begin(), r.before.end(), std::back_inserter(out));
        back.push_back(std::move(b));
        pos = r.at + r.count;
    }
    std::move(v.begin() + std::ptrdiff_t(pos), v.end(), std::back_inserter(out));
    v = std::move(out);
    return back;
}

template <class T>
void put_back_part(T& current, T& mirror, ValueChange<T>& change, ValueChange<T>& back) {
    if (!change.before) return;
    mirror = *change.before;
    back.before = std::move(current);
    current = std::move(*change.before);
}

template <class T>
void put_back_part(std::vector<T>& current, std::vector<T>& mirror, CollectionChange<T>& change,
                   CollectionChange<T>& back) {
    if (change.runs.empty()) return;
    put_back(mirror, change.runs);  // a copy: the mirror and the workspace each keep theirs
    back.runs = put_back(current, std::move(change.runs));
}

// What a step holds, as a workspace (visit_held).
template <class T>
void hold(T& into, const ValueChange<T>& change) {
    if (change.before) into = *change.before;
}
template <class T>
void hold(std::vector<T>& into, const CollectionChange<T>& change) {
    for (const Run<T>& run : change.runs) into.insert(into.end(), run.before.begin(), run.before.end());
}

// The mirror's copy of a part. A collection gets room to grow: a post added to a 50,000-post
// workspace would otherwise reallocate the mirror's array when the step closes, a stall of tens
// of milliseconds in that frame (pages touched anew), for ~6 MB of room at 50,000 posts.
template <class T>
void keep_copy(T& mirror, const T& part) {
    mirror = part;
}
template <class T>
void keep_copy(std::vector<T>& mirror, const std::vector<T>& part) {
    mirror.reserve(part.size() + part.size() / 8 + 8);
    mirror.assign(part.begin(), part.end());
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] History
//-----------------------------------------------------------------------------

History::History(HistoryOptions options) : options_(options) {
    if (options_.max_steps == 0) options_.max_steps = kDefaultMaxSteps;
    if (options_.group_seconds <= 0) options_.group_seconds = kDefaultGroupSeconds;
    if (options_.max_items == 0) options_.max_items = kDefaultMaxItems;
}

void History::start(const Workspace& current) {
    clear();
    mirror_.emplace();
    each_part([](auto& mirror, const auto& part) { keep_copy(mirror, part); }, *mirror_, current);
}

void History::before_edit(const Workspace& current) {
    if (!mirror_) start(current);
}

void History::after_edit(const Workspace& current, double now) {
    edited_since_tick_ = true;
    // No reference taken before the change (edited() without edit()): nothing to return to.
    if (!mirror_) return;
    if (open_) {  // the same step goes on: compared when it closes
        PARVIS_ASSERT(!undo_.empty(), "an open step is the newest undo step: set open_ only after pushing one");
        pending_ = true;
        last_edit_ = now;
        return;
    }
    // A widget that reports an edit which changed nothing makes no step; nor does a change of
    // the records alone (an audit entry written when a text box is left), which are no part.
    if (!differs(current)) return;
    undo_.emplace_back();
    undo_.back().items = 1;
    redo_.clear();
    open_ = true;
    pending_ = true;
    last_edit_ = now;
    trim();
}

bool History::differs(const Workspace& current) const {
    bool found = false;
    // Sizes and values: an insertion, an erasure, the profile or the charter show at once.
    each_part([&found](const auto& mirror, const auto& part) { found = found || quickly_differs(mirror, part); },
              *mirror_, current);
    // Where the newest step changed things: after a pause, one types on in the same post.
    if (!found && !undo_.empty()) {
        each_part([&found](const auto& mirror, const auto& part, const auto& change) {
            found = found || differs_where(mirror, part, change);
        }, *mirror_, current, undo_.back());
    }
    // Everything, up to the first difference.
    if (!found) each_part([&found](const auto& mirror, const auto& part) { found = found || !(mirror == part); }, *mirror_, current);
    return found;
}

bool History::record(const Workspace& current) {
    PARVIS_ASSERT(!open_ || !undo_.empty(), "an open step is the newest undo step: set open_ only after pushing one");
    if (open_ && undo_.empty()) open_ = false;
    pending_ = false;
    Step fresh;
    Step& step = open_ ? undo_.back() : fresh;
    bool changed = false;
    std::size_t added = 0;
    each_part([&](auto& mirror, const auto& part, auto& change) { changed |= record_part(mirror, part, change, added); },
              *mirror_, current, step);
    if (!changed) return false;
    step.items += added;
    if (!open_) {
        step.items += 1;
        undo_.push_back(std::move(fresh));
        redo_.clear();
        open_ = true;
    }
    trim();
    return true;
}

// A pause is a whole frame without an edit, a second or more after the last one: on a slow
// machine, where frames may come a second apart, typing on without stopping stays one step.
void History::tick(const Workspace& current, double now) {
    if (std::exchange(edited_since_tick_, false)) return;
    if (open_ && now - last_edit_ >= options_.group_seconds) close(current);
}

void History::end_step(const Workspace& current) { close(current); }

void History::close(const Workspace& current) {
    if (pending_ && mirror_) record(current);
    pending_ = false;
    open_ = false;
}

void History::clear() {
    undo_.clear();
    redo_.clear();
    mirror_.reset();
    open_ = false;
    pending_ = false;
}

bool History::undo(Workspace& current) {
    // The open step's edits, and a change never reported by edited() (history.h).
    if (mirror_) record(current);
    return move(undo_, redo_, current);
}

bool History::redo(Workspace& current) {
    if (mirror_) record(current);  // a new step: the redo side is gone, and redo says so
    return move(redo_, undo_, current);
}

// Puts the newest step of `from` back into `current` and the mirror; what it replaced becomes
// the newest step of `to`. The records are no part of a step: `current` keeps them.
bool History::move(std::vector<Step>& from, std::vector<Step>& to, Workspace& current) {
    if (from.empty() || !mirror_) return false;
    Step& step = from.back();
    bool fit = true;
    each_part([&fit](const auto& change, const auto& part) { fit = fit && fits(change, part); }, step, current);
    PARVIS_ASSERT(fit, "a step's positions lie outside the workspace: the mirror no longer follows it (a change made "
                       "through Document::edit() without Document::edited()?)");
    if (!fit) return false;
    Step back;
    each_part([](auto& part, auto& mirror, auto& change, auto& undo) { put_back_part(part, mirror, change, undo); },
              current, *mirror_, step, back);
    back.items = held(back);
    from.pop_back();
    to.push_back(std::move(back));
    open_ = false;
    trim();
    return true;
}

void History::visit_held(const std::function<void(const Workspace&)>& visit) const {
    if (mirror_) visit(*mirror_);
    for (const std::vector<Step>* steps : {&undo_, &redo_}) {
        for (const Step& step : *steps) {
            Workspace held_by_step;
            each_part([](auto& into, const auto& change) { hold(into, change); }, held_by_step, step);
            visit(held_by_step);
        }
    }
}

std::size_t History::held_items() const {
    std::size_t total = 0;
    for (const Step& step : undo_) total += step.items;
    for (const Step& step : redo_) total += step.items;
    return total;
}

// Drops the oldest steps beyond the depth or the size budget; the newest step always stays.
void History::trim() {
    PARVIS_ASSERT(options_.max_steps >= 1, "max_steps 0 would drop the step just made: the constructor turns 0 into the default");
    std::size_t drop = undo_.size() > options_.max_steps ? undo_.size() - options_.max_steps : 0;
    std::size_t total = held_items();
    for (std::size_t k = 0; k < drop; ++k) total -= undo_[k].items;
    while (undo_.size() - drop > 1 && total > options_.max_items) total -= undo_[drop++].items;
    undo_.erase(undo_.begin(), undo_.begin() + std::ptrdiff_t(drop));
}

}  // namespace parvis
