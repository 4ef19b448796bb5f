// The calendar's findings as the planning panel shows them: grouped by kind (the finding's rule)
// in a fixed order, most actionable first; the legal source an electoral finding cites, shown on
// its own line; the days marked as overloaded in the month and week views. Pure functions over
// the list that check_calendar (planning_checks.h) returns, so the UI only draws.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar_finding.h"

namespace parvis::calendar {

struct FindingGroup {
    std::string rule;                  // "planning_overload_day", "electoral_promotion"…
    std::vector<std::size_t> indices;  // in the findings list, in their original order
};

// Groups in this order: overloaded days, overloaded weeks, gaps, nobody on duty, held posts,
// message mix, then the electoral rules (silence, sponsored, promotion, mention, rhythm, new
// format, opposition space), then any other rule in order of first appearance.
std::vector<FindingGroup> group_findings(const std::vector<CalendarFinding>& findings);

// The source a message cites in its last parentheses, « (Code électoral, art. L52-1, al. 2). » →
// « Code électoral, art. L52-1, al. 2 »; "" when the message cites no article (« art. »).
std::string cited_source(std::string_view message);

// The days of the "planning_overload_day" findings, sorted, each once.
std::vector<Day> overloaded_days(const std::vector<CalendarFinding>& findings);

}  // namespace parvis::calendar
