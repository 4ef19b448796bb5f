// Index
// [SECTION] Durations: wall clock or working time, and the charter's deadline
// [SECTION] Groups
// [SECTION] Backlog: when each message was open
// [SECTION] Entry point
#include "kpi/response_times.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

#include "calendar/fold_text.h"
#include "calendar/territory.h"
#include "calendar/time_zone.h"
#include "inbox/deadline.h"
#include "inbox/working_time.h"
#include "io/enum_names.h"
#include "kpi/stats.h"

namespace parvis::kpi {
namespace {

using Seconds = std::int64_t;

//-----------------------------------------------------------------------------
// [SECTION] Durations: wall clock or working time, and the charter's deadline
//-----------------------------------------------------------------------------

struct Clock {
    const inbox::WorkingCalendar& calendar;
    bool business_hours = false;
    Seconds target = 0;  // working seconds
    Instant span_end{};  // the calendar knows no working time after this

    Seconds duration(Instant a, Instant b) const {
        return business_hours ? calendar.seconds_between(a, b) : (b - a).count();
    }
    // Given by the deadline counted from `a`: the rule of inbox::reply_deadline and « en retard ».
    bool within_target(Instant a, Instant b) const {
        const std::optional<Instant> due = calendar.after(a, target);
        return due ? b <= *due : b < span_end;
    }
};

//-----------------------------------------------------------------------------
// [SECTION] Groups
//-----------------------------------------------------------------------------

enum class Outcome { answered, waiting, unmeasured, not_counted };

struct Accumulator {
    int answered = 0, waiting = 0, unmeasured = 0, within = 0;
    std::vector<double> seconds;
};

// Adds one measure: an answer from `start` to `end`, or another outcome.
void add(Accumulator& acc, Outcome outcome, const Clock& clock, Instant start = {}, Instant end = {}) {
    switch (outcome) {
        case Outcome::answered:
            ++acc.answered;
            acc.seconds.push_back(double(clock.duration(start, end)));
            if (!clock.calendar.empty() && clock.within_target(start, end)) ++acc.within;
            break;
        case Outcome::waiting: ++acc.waiting; break;
        case Outcome::unmeasured: ++acc.unmeasured; break;
        case Outcome::not_counted: break;
    }
}

ResponseGroup finish(std::string key, std::string label, Accumulator acc, bool target_known) {
    ResponseGroup g;
    g.key = std::move(key);
    g.label = std::move(label);
    g.answered = acc.answered;
    g.waiting = acc.waiting;
    g.unmeasured = acc.unmeasured;
    if (target_known && acc.answered > 0) g.within_target = double(acc.within) / acc.answered;
    g.p90_seconds = percentile_nearest_rank(acc.seconds, 90);
    g.median_seconds = median(std::move(acc.seconds));
    return g;
}

// Groups keyed by id, labelled by `label_of`, sorted as people read names: folded label (no case,
// no accent), then label, then key; the group without a key last.
template <class LabelOf>
std::vector<ResponseGroup> finish_all(std::map<std::string, Accumulator>& groups, LabelOf label_of, bool target_known) {
    std::vector<ResponseGroup> out;
    out.reserve(groups.size());
    for (auto& [key, acc] : groups) out.push_back(finish(key, label_of(key), std::move(acc), target_known));
    std::vector<std::string> folded(out.size());
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        folded[i] = calendar::fold(out[i].label);
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const ResponseGroup& x = out[a];
        const ResponseGroup& y = out[b];
        if (x.key.empty() != y.key.empty()) return y.key.empty();
        return std::tie(folded[a], x.label, x.key) < std::tie(folded[b], y.label, y.key);
    });
    std::vector<ResponseGroup> sorted;
    sorted.reserve(out.size());
    for (std::size_t i : order) sorted.push_back(std::move(out[i]));
    return sorted;
}

// Names by id (the first one when a damaged file repeats an id); the id itself when unknown.
template <class Items>
std::unordered_map<std::string_view, std::string_view> names_of(const Items& items) {
    std::unordered_map<std::string_view, std::string_view> out;
    for (const auto& item : items) out.emplace(item.id, item.name);
    return out;
}

std::string label_in(const std::unordered_map<std::string_view, std::string_view>& names, const std::string& key) {
    if (key.empty()) return {};
    const auto it = names.find(key);
    return std::string(it == names.end() || it->second.empty() ? std::string_view(key) : it->second);
}

bool settled(MessageStatus s) {
    return s == MessageStatus::answered || s == MessageStatus::closed || s == MessageStatus::hidden;
}

// Received → reply to the citizen.
Outcome reply_outcome(const InboxMessage& m) {
    if (m.replied_at) return *m.replied_at >= m.received_at ? Outcome::answered : Outcome::unmeasured;
    if (inbox::awaits_reply(m)) return Outcome::waiting;
    return m.status == MessageStatus::answered ? Outcome::unmeasured : Outcome::not_counted;
}

bool handed_off(const InboxMessage& m) {
    return m.forwarded_at || m.service_answered_at || m.status == MessageStatus::forwarded ||
           m.status == MessageStatus::waiting_service;
}

// Hand-off → the service's answer.
Outcome handoff_outcome(const InboxMessage& m) {
    if (m.service_answered_at) {
        return m.forwarded_at && *m.service_answered_at >= *m.forwarded_at ? Outcome::answered : Outcome::unmeasured;
    }
    const bool dropped = m.status == MessageStatus::closed || m.status == MessageStatus::hidden;
    return dropped ? Outcome::not_counted : Outcome::waiting;
}

//-----------------------------------------------------------------------------
// [SECTION] Backlog: when each message was open
//-----------------------------------------------------------------------------

// A change of state read from the audit log.
struct Transition {
    Instant at{};
    std::optional<bool> settled_before;  // unknown for a moderation entry
    bool settled_after = false;
};

std::unordered_map<std::size_t, std::vector<Transition>> transitions_by_message(const Workspace& ws) {
    std::unordered_map<std::string_view, std::size_t> index;
    for (std::size_t i = 0; i < ws.messages.size(); ++i) index.emplace(ws.messages[i].id, i);
    std::unordered_map<std::size_t, std::vector<Transition>> out;
    for (const AuditEntry& e : ws.audit) {
        const bool status = e.action == "message.status";
        const bool moderate = e.action == "message.moderate";
        if (!status && !moderate) continue;
        const auto it = index.find(e.target_id);
        if (it == index.end()) continue;
        Transition t{e.at, std::nullopt, true};
        if (status) {
            // « old>new »: status names (io/enum_names.h); anything else is not a transition.
            const std::size_t arrow = e.detail.find('>');
            MessageStatus before{}, after{};
            if (arrow == std::string::npos || !io::enum_from_name(std::string_view(e.detail).substr(arrow + 1), after))
                continue;
            if (io::enum_from_name(std::string_view(e.detail).substr(0, arrow), before)) t.settled_before = settled(before);
            t.settled_after = settled(after);
        } else if (e.detail.rfind("hide", 0) != 0) {
            continue;  // a moderation that only deletes, bans or reports: the state is its own entry
        }
        out[it->second].push_back(t);
    }
    for (auto& [i, list] : out)
        std::stable_sort(list.begin(), list.end(), [](const Transition& a, const Transition& b) { return a.at < b.at; });
    return out;
}

constexpr Instant kNever = Instant::max();

// Counts the days whose end falls in the open interval: open at the end of day d when
// start < end_of_day[d] ≤ until (settled at midnight still counts the day before).
struct BacklogCounter {
    const std::vector<Instant>& day_ends;
    std::vector<int> delta;  // difference array, one more than the days

    void open(Instant start, Instant until) {
        if (until < start) return;
        const auto lo = std::upper_bound(day_ends.begin(), day_ends.end(), start) - day_ends.begin();
        const auto hi = std::upper_bound(day_ends.begin(), day_ends.end(), until) - day_ends.begin();
        if (lo >= hi) return;
        ++delta[std::size_t(lo)];
        --delta[std::size_t(hi)];
    }
};

// Adds when `m` was open; false when its closing time is unknown (left out, counted undated).
bool add_open_intervals(const InboxMessage& m, const std::vector<Transition>* log, BacklogCounter& counter) {
    const bool settled_now = !inbox::awaits_reply(m);
    if (!log || log->empty()) {
        if (!settled_now) counter.open(m.received_at, kNever);
        else if (m.replied_at) counter.open(m.received_at, *m.replied_at);
        else return false;
        return true;
    }
    bool dated = true;
    bool open = true;
    Instant since = m.received_at;
    if (log->front().settled_before.value_or(false)) {
        // Settled before the log says anything (an imported answer): its reply tells when, if any.
        open = false;
        if (m.replied_at && *m.replied_at <= log->front().at) counter.open(m.received_at, *m.replied_at);
        else dated = false;
    }
    for (const Transition& t : *log) {
        const Instant at = std::max(t.at, m.received_at);
        if (open && t.settled_after) {
            counter.open(since, at);
            open = false;
        } else if (!open && !t.settled_after) {
            open = true;
            since = at;
        }
    }
    if (open && !settled_now) {
        counter.open(since, kNever);
    } else if (open) {
        // The log ends open but the message is settled now (an undo writes no status entry).
        if (m.replied_at && *m.replied_at >= since) counter.open(since, *m.replied_at);
        else dated = false;
    } else if (!settled_now) {
        counter.open(std::max(log->back().at, m.received_at), kNever);  // reopened without an entry
    }
    return dated;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------

Period messages_period(const Workspace& ws, Day today) {
    if (ws.messages.empty() || !is_known_time_zone(ws.profile.time_zone)) return month_of(today);
    Instant first = ws.messages.front().received_at, last = first;
    for (const InboxMessage& m : ws.messages) {
        first = std::min(first, m.received_at);
        last = std::max(last, m.received_at);
    }
    auto local_day = [&](Instant at) {
        return Day{date::sys_days{date::floor<date::days>(*to_local(at, ws.profile.time_zone)).time_since_epoch()}};
    };
    return {local_day(first), local_day(last)};
}

ResponseTimes compute_response_times(const Workspace& ws, const ResponseTimeOptions& options) {
    ResponseTimes out;
    out.business_hours = options.business_hours;
    out.period = options.period;
    if (out.period.to < out.period.from) out.period.to = out.period.from;
    if (period_days(out.period) > kMaxResponsePeriodDays) {
        out.period.to = Day{date::sys_days{out.period.from} + date::days{kMaxResponsePeriodDays - 1}};
        out.period_capped = true;
    }
    const std::string& zone = ws.profile.time_zone;
    if (!is_known_time_zone(zone)) {
        out.error = ResponseTimesError::unknown_zone;
        return out;
    }
    const BusinessHours& hours = ws.charter.business_hours;
    if (options.business_hours && !inbox::working_week(hours).usable()) {
        out.error = ResponseTimesError::no_working_time;
        return out;
    }
    double target = hours.response_time_hours;
    if (!(target > 0)) target = 0;
    out.target_hours = std::min(target, inbox::kMaxResponseHours);

    const date::local_days first{date::sys_days{out.period.from}.time_since_epoch()};
    const date::local_days last{date::sys_days{out.period.to}.time_since_epoch()};
    const Instant period_start = inbox::day_start(first, zone);
    const Instant period_end = inbox::day_start(last + date::days{1}, zone);
    auto in_period = [&](const InboxMessage& m) { return m.received_at >= period_start && m.received_at < period_end; };

    // The working calendar spans what is measured: from the day before the period (a hand-off
    // can only follow its message) to the latest answer, at most kMaxDaysWalked days on.
    Instant latest = period_end;
    for (const InboxMessage& m : ws.messages) {
        if (!in_period(m)) continue;
        if (m.replied_at) latest = std::max(latest, *m.replied_at);
        if (m.service_answered_at) latest = std::max(latest, *m.service_answered_at);
    }
    const date::local_days latest_day = date::floor<date::days>(*to_local(latest, zone));
    const date::local_days span_last = std::min(latest_day, last + date::days{inbox::kMaxDaysWalked});
    const inbox::WorkingCalendar calendar(hours, zone, calendar::territory_of(ws.profile), first - date::days{1},
                                          span_last);
    const Clock clock{calendar, options.business_hours, std::llround(out.target_hours * 3600),
                      inbox::day_start(span_last + date::days{1}, zone)};
    const bool target_known = !calendar.empty();

    Accumulator handoffs, replies;
    std::map<std::string, Accumulator> by_service, by_assignee, by_channel;
    for (const InboxMessage& m : ws.messages) {
        if (!in_period(m)) continue;
        const Outcome reply = reply_outcome(m);
        const Instant replied = m.replied_at.value_or(Instant{});
        add(replies, reply, clock, m.received_at, replied);
        add(by_assignee[m.assignee_id], reply, clock, m.received_at, replied);
        add(by_channel[std::string(io::enum_name(m.channel))], reply, clock, m.received_at, replied);
        if (!handed_off(m)) continue;
        const Outcome handoff = handoff_outcome(m);
        const Instant forwarded = m.forwarded_at.value_or(Instant{});
        const Instant answered = m.service_answered_at.value_or(Instant{});
        add(handoffs, handoff, clock, forwarded, answered);
        add(by_service[m.service_id], handoff, clock, forwarded, answered);
    }
    out.all_handoffs = finish("", "", std::move(handoffs), target_known);
    out.all_replies = finish("", "", std::move(replies), target_known);
    const auto services = names_of(ws.services);
    const auto people = names_of(ws.people);
    out.by_service = finish_all(by_service, [&](const std::string& k) { return label_in(services, k); }, target_known);
    out.by_assignee = finish_all(by_assignee, [&](const std::string& k) { return label_in(people, k); }, target_known);
    out.by_channel = finish_all(by_channel, [](const std::string& k) { return k; }, target_known);

    // Backlog: every message counts, whenever it came (one received last year may still be open).
    const int days = period_days(out.period);
    std::vector<Instant> day_ends(static_cast<std::size_t>(days));
    for (int d = 0; d < days; ++d) day_ends[std::size_t(d)] = inbox::day_start(first + date::days{d + 1}, zone);
    BacklogCounter counter{day_ends, std::vector<int>(std::size_t(days) + 1, 0)};
    const auto transitions = transitions_by_message(ws);
    for (std::size_t i = 0; i < ws.messages.size(); ++i) {
        const auto it = transitions.find(i);
        const bool dated = add_open_intervals(ws.messages[i], it == transitions.end() ? nullptr : &it->second, counter);
        if (!dated && ws.messages[i].received_at < period_end) ++out.backlog_undated;
    }
    out.backlog.reserve(std::size_t(days));
    int open = 0;
    for (int d = 0; d < days; ++d) {
        open += counter.delta[std::size_t(d)];
        out.backlog.push_back({Day{date::sys_days{out.period.from} + date::days{d}}, open});
    }
    return out;
}

}  // namespace parvis::kpi
