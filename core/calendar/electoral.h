// The pre-electoral guard. Code électoral L52-1 al. 2: from the first day of the sixth month
// before the month of a general election, no campaign promoting the achievements or management
// of a collectivité on the territory concerned; al. 1: no paid advertising. L49: no propaganda
// from midnight on the eve of the vote. Courts look at continuity (CE 6 May 2015 n°382518): no
// new account, no rise in rhythm, no new format, no mention of the election. For communes of
// 1,000+ inhabitants, CGCT L2121-27-1 requires a space for the opposition in publications on the
// council's achievements and management. The wording list is assets/calendar/electoral_wording.json.
#pragma once
#include <string_view>
#include <vector>

#include "calendar/calendar_finding.h"
#include "calendar/calendar_marks.h"
#include "error.h"
#include "i18n/catalogue.h"

namespace parvis::calendar {

// « élections municipales », "municipal elections"… (catalogue: calendar.election.*)
std::string election_kind_label(ElectionKind kind, Lang lang = Lang::fr);

// Why an election entered by the user cannot be added as it is, in `lang`; empty when it can: the
// first round is missing or already past (`today`), the second round is not after the first, or
// more than four weeks after it (no French election has its rounds further apart).
std::string election_problem(const Election& election, Day today, Lang lang = Lang::fr);

// The period of L52-1: from the first day of the sixth month before the month of the first round
// (municipales of 15 March 2026: 1 September 2025) to the last round, included.
DayRange electoral_period(const Election& election);

// The eve and the day of each round (L49): 2 or 4 days.
std::vector<Day> electoral_silence_days(const Election& election);

// The electoral periods of the workspace's elections that overlap `range`, as marks (kind
// journee is not used: the views draw them with their own colour).
struct ElectoralPeriodMark {
    const Election* election = nullptr;
    DayRange period;
};
std::vector<ElectoralPeriodMark> electoral_periods_in(const Workspace& workspace, DayRange range);

struct ElectoralWording {
    std::vector<std::string> promotion;   // « bilan », « grâce à la municipalité »…
    std::vector<std::string> election;    // « élection », « candidat », « votez »…
    std::vector<std::string> management;  // « conseil municipal », « majorité »… (opposition space)
};
Result<ElectoralWording> read_electoral_wording(std::string_view json_text);
const ElectoralWording& default_electoral_wording();

// True when `text` contains `phrase` as whole words, accents, case and apostrophes ignored
// (« Grâce à la Municipalité » matches « grace a la municipalite »). Exposed for the tests.
bool contains_phrase(std::string_view text, std::string_view phrase);

// Checks of one post against every election whose period holds the post's local day: wording of
// achievements or management, election/candidate mention, sponsored, held on the eve or day of
// the vote, opposition-space reminder. Rhythm and format need the whole calendar: see
// check_electoral.
std::vector<CalendarFinding> check_post_electoral(const Workspace& workspace, const Post& post,
                                                  Lang lang = Lang::fr,
                                                  const ElectoralWording& wording = default_electoral_wording());

// Every check on every post in the electoral periods that overlap `range` (each post checked
// once), plus rhythm (posts per week per account above the average of the six months before the
// period) and new formats (a network, or a media kind, never used in the six months before).
std::vector<CalendarFinding> check_electoral(const Workspace& workspace, DayRange range,
                                             Lang lang = Lang::fr,
                                             const ElectoralWording& wording = default_electoral_wording());

}  // namespace parvis::calendar
