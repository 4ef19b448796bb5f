// Response times of the Messages desk (issue 12, « Chiffres »): how long the municipal services
// take to answer a hand-off, how long each person and each channel take to answer citizens, and
// the backlog day by day. Shown by the Messages desk, printed by `parvis kpi responses`.
//
// Rules:
// - The messages measured are those received in the period (local days of Profile::time_zone,
//   both included, as everywhere in core/kpi/kpi.h).
// - Service: hand-off → the service's answer (forwarded_at → service_answered_at), for every
//   message handed off (forwarded_at set, or in the state « transmis » / « en attente du
//   service »), grouped by service_id. Person: received → reply to the citizen (received_at →
//   replied_at), by assignee_id. Channel: the same, by channel.
// - answered: the end time is known and not before the start; waiting: no end time and the
//   message still waits (for the service: no answer yet and the message neither closed nor
//   hidden; for the citizen: not answered, closed or hidden); unmeasured: answered (or closed) without usable times — an end time before its start,
//   a hand-off without its time, « répondu » without replied_at. Closed or hidden without a
//   reply is neither answered nor waiting: it is not counted in the reply groups.
// - median: the middle value, or the mean of the two middle ones; p90: nearest rank, the smallest
//   duration such that at least 90 % of the answers took at most that (kpi/stats.h).
// - within_target: share of the answered ones given by the charter's deadline — the response
//   target (BusinessHours::response_time_hours) counted in working time from the start
//   (core/inbox/working_time.h: the same rule as the desk's « en retard », whatever the option).
// - business_hours: durations count only the charter's working time (weekdays, opening hours,
//   without the territory's public holidays, real seconds across changes of offset); otherwise
//   wall-clock seconds. A duration ending more than ten years after the period is counted up to
//   there.
// - Backlog: for each day of the period, the messages open at the end of the day (local zone):
//   received before the day ends and not yet answered, closed nor hidden. When a message became
//   answered, closed or hidden is read from the audit log's « message.status » entries (detail
//   « old>new », core/edit/inbox_edits.h) and « message.moderate » « hide… » entries, in time order,
//   and from replied_at; a message with no such entry is open from received_at until replied_at.
//   A message closed or hidden now whose closing time nothing tells (an import, an undo) is left
//   out of the backlog and counted in `backlog_undated` (when received before the period ends). A reopened message counts again from its
//   reopening.
// - Bounds: the period is capped at kMaxResponsePeriodDays days (`period_capped`); the work is
//   O((messages + audit entries) × log(days) + days), whatever the timestamps say.
#pragma once
#include <string>
#include <vector>

#include "kpi/kpi.h"
#include "model/workspace.h"

namespace parvis::kpi {

// Ten years of days: a longer period is cut to its first kMaxResponsePeriodDays days.
constexpr int kMaxResponsePeriodDays = 3660;

struct ResponseTimeOptions {
    Period period;                // days of reception, both included
    bool business_hours = false;  // count working time only (weekdays, hours, no public holidays)
};

struct ResponseGroup {
    std::string key;    // service id, person id, channel name (io/enum_names.h); "" : none
    std::string label;  // service or person name (the id when it is unknown); the channel name
    int answered = 0;
    int waiting = 0;
    int unmeasured = 0;
    Value median_seconds;  // of the answered ones; nullopt when none
    Value p90_seconds;
    Value within_target;   // 0..1; nullopt when none answered or the charter has no working time
};

struct BacklogPoint {
    Day day{};
    int open = 0;  // open at the end of the day
};

enum class ResponseTimesError {
    none,
    unknown_zone,     // the profile's zone is not one of core/calendar/time_zone.h's: no day placed
    no_working_time,  // business_hours asked, but the charter works no hour (no weekday, opens ≥ closes)
};

struct ResponseTimes {
    ResponseTimesError error = ResponseTimesError::none;  // other than none: everything below is empty
    Period period;                 // as computed (its end moved back when capped)
    bool period_capped = false;
    bool business_hours = false;
    double target_hours = 0;       // the charter's target as counted (capped like the deadline's)
    ResponseGroup all_handoffs;    // every service together (key and label "")
    ResponseGroup all_replies;     // every message together
    std::vector<ResponseGroup> by_service;   // by label, then key; the "" group last
    std::vector<ResponseGroup> by_assignee;
    std::vector<ResponseGroup> by_channel;
    std::vector<BacklogPoint> backlog;  // one point per day of the period
    int backlog_undated = 0;
};

// The days from the first to the last message received (local days); the month of `today` when
// there is none. What `parvis kpi responses` measures without --from and --to.
Period messages_period(const Workspace& ws, Day today);

// Pure: the same workspace and options give the same figures.
ResponseTimes compute_response_times(const Workspace& ws, const ResponseTimeOptions& options);

}  // namespace parvis::kpi
