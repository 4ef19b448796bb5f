// Recurring posts (« tous les mardis : rappel du conseil municipal ») and evergreen posts.
// Occurrences keep the first one's wall-clock time in the collectivité's time zone, across
// summer-time changes: 18:00 stays 18:00 in Paris in March and in October. A wall-clock time that
// does not exist on a spring-forward day is pushed forward (02:30 → 03:30); one that happens twice
// on a fall-back day takes the first (summer) instant. See time_zone.h.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "calendar/calendar_marks.h"
#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::calendar {

// The UTC instants of `post` whose local day (in `time_zone`) falls in `range`, in order.
// A post without recurrence gives its scheduled_at if in range; a post without scheduled_at gives
// nothing. Exceptions are skipped. The expansion stops after `max_occurrences` (safety bound for
// a rule without end): 0 means 10,000.
std::vector<Instant> occurrences_in(const Post& post, DayRange range, std::string_view time_zone,
                                    std::size_t max_occurrences = 0);

// True when the rule is usable: interval 1..520, weekdays in 1..7, month_day 0..31, month_week in
// {-1, 0..4} with month_weekday 1..7 when set, count ≥ 0.
bool recurrence_is_valid(const Recurrence& rule);

// One-line summary, French by default: « Toutes les semaines le mardi, 10 fois », « Le 1er lundi
// de chaque mois, jusqu'au 30 juin 2027 », « Le dernier vendredi de chaque mois, 6 fois »; in
// English « Every week on Tuesday, 10 times », « The 2nd Tuesday of every month ».
std::string describe_recurrence(const Recurrence& rule, Lang lang = Lang::fr);

// Where a day stands among the same weekdays of its month, to propose a monthly rule « le 2e
// mardi du mois » from a post's own date: nth 1..5 (5: a fifth weekday, which a rule cannot
// name, only « dernier »), weekday ISO 1..7, is_last when no same weekday follows in the month.
struct MonthWeekdayOf {
    int nth = 0;
    int weekday = 0;
    bool is_last = false;
};
MonthWeekdayOf month_weekday_of(Day day);

struct RequeueOptions {
    int min_days_after = 0;    // days between the publication and the new slot (0: 7)
    int search_days = 0;       // how far to look for a free day (0: 90)
};

// The next free slot for `post` after `after`: a business day of the charter (not a public
// holiday of the collectivité's territory) at least min_days_after later, where none of the
// post's accounts has reached its max_per_day (or, with no maximum, has no post that day), at the
// post's local time of day if within business hours, else one hour after opening. Nothing if no
// such day within search_days.
std::optional<Instant> next_free_slot(const Workspace& workspace, const Post& post, Instant after,
                                      RequeueOptions options = {});

// Evergreen re-queue: a published evergreen post goes back to « programmé » at the next free
// slot after its publication; the change is written to the audit log. False (and nothing
// changed) if the post is unknown, not evergreen, not published or no slot is free.
bool requeue_evergreen(Workspace& workspace, std::string_view post_id, std::string_view person_id,
                       Instant now, RequeueOptions options = {});

// The same, saying why nothing changed (the UI tells the user): an enumerated outcome, tested by
// code, and the new slot when re-queued.
enum class RequeueOutcome { requeued, unknown_post, not_evergreen, not_published, no_free_slot };
struct RequeueResult {
    RequeueOutcome outcome = RequeueOutcome::unknown_post;
    std::optional<Instant> slot;  // set when outcome == requeued
};
RequeueResult requeue_evergreen_explained(Workspace& workspace, std::string_view post_id,
                                          std::string_view person_id, Instant now,
                                          RequeueOptions options = {});

}  // namespace parvis::calendar
