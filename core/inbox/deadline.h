// The reply deadline of a citizen's message (issue 12): the charter's response target
// (Charter::business_hours.response_time_hours) counted in working time only — the charter's
// weekdays between opens and closes, in the collectivité's time zone, without the territory's
// public holidays (Alsace-Moselle's Vendredi saint and 26 décembre, the overseas abolition days).
//
// Working time is core/inbox/working_time.h's (the response-time figures count with it too): real
// elapsed seconds between the UTC instants of each day's opening and closing. The walk is bounded:
// the target is capped at kMaxResponseHours and the walk at kMaxDaysWalked days, so that a damaged
// charter (a target of 10,000 hours, one minute open a week) cannot make the inbox loop.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "calendar/territory.h"
#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::inbox {

// A target above this is counted as this (about six months of a 35-hour week), and says so.
constexpr double kMaxResponseHours = 1000;
// The deadline is looked for in at most this many local days after the message (ten years).
constexpr int kMaxDaysWalked = 3660;

enum class DeadlineStatus {
    ok,
    capped,           // the target was above kMaxResponseHours: `due` counts kMaxResponseHours
    no_working_time,  // no weekday open, opens ≥ closes, or no working day in kMaxDaysWalked days
    unknown_zone,     // the profile's zone is not one of core/calendar/time_zone.h's
};

struct Deadline {
    DeadlineStatus status = DeadlineStatus::no_working_time;
    Instant due{};            // meaningful for ok and capped
    double counted_hours = 0; // the working hours counted (the target, or the cap)
    bool has_due() const { return status == DeadlineStatus::ok || status == DeadlineStatus::capped; }
};

// The instant by which a message received at `received` must be answered. A message received
// outside working time starts counting at the next opening. A target of 0 (or less) gives that
// first working instant; a NaN target counts as 0.
Deadline reply_deadline(Instant received, const BusinessHours& hours, std::string_view zone,
                        calendar::Territory territory);

// The same for a message of `workspace`: its charter, its profile's zone and territory.
Deadline reply_deadline(const InboxMessage& message, const Workspace& workspace);

// A message still waits for an answer: not answered, closed nor hidden.
bool awaits_reply(const InboxMessage& message);

// Overdue: still waiting and `now` past its deadline.
bool is_overdue(const InboxMessage& message, const Deadline& deadline, Instant now);

// The deadline said to the community manager, relative to `now`, in the collectivité's zone:
// « à répondre avant mardi 10 h 30 » (within the coming week), « à répondre avant 10 h 30
// aujourd’hui », « à répondre avant le mardi 15 décembre à 10 h 30 » (further), « en retard depuis
// mardi 10 h 30 », and a capped target adds « (objectif plafonné à 1 000 h ouvrées) ».
std::string deadline_text(const Deadline& deadline, Instant now, std::string_view zone, Lang lang = Lang::fr);

// « 10 h 30 », « 9 h » with no-break spaces (French), "10:30" (English).
std::string french_clock(int hour, int minute, Lang lang = Lang::fr);

}  // namespace parvis::inbox
