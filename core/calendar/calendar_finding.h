// A finding of the calendar's checks (planning and pre-electoral guard): the shared
// check::Finding (category "planning" or "electoral", the message cites its source) plus what the
// calendar needs to place it: the post, the account and the local day concerned.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "check/finding.h"
#include "model/workspace.h"

namespace parvis::calendar {

struct CalendarFinding {
    check::Finding finding;              // start/end: offsets in the first variant's text (or 0/0)
    std::string post_id;                 // "" for a finding about a day or an account
    std::string account_id;              // "" when not tied to one account
    std::optional<Day> day;              // local day concerned
    std::optional<PostStatus> proposed_status;  // a change the user is asked to confirm
    bool operator==(const CalendarFinding&) const = default;
};

}  // namespace parvis::calendar
