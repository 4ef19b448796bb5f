// Planning checks of the calendar against the editorial charter: overloaded days and weeks
// (RhythmRule max_per_day / max_per_week), gaps (min_per_week not met, an account silent), the mix
// of message types against their target shares, posts scheduled when nobody is on duty (outside
// the charter's business hours or on a public holiday), and posts held by crisis mode. Recurring
// posts count once per occurrence. Cancelled, failed and idea posts are not counted.
#pragma once
#include <string_view>
#include <vector>

#include "calendar/calendar_finding.h"
#include "calendar/calendar_marks.h"
#include "i18n/catalogue.h"

namespace parvis::calendar {

struct PlanningOptions {
    double mix_tolerance = 0;  // allowed gap between actual and target share (0: 0.15)
    int mix_min_posts = 0;     // no mix finding below this many posts in the range (0: 10)
};

std::vector<CalendarFinding> check_planning(const Workspace& workspace, DayRange range,
                                            Lang lang = Lang::fr, PlanningOptions options = {});

// Both lists, planning then electoral: what `parvis calendar check` prints.
std::vector<CalendarFinding> check_calendar(const Workspace& workspace, DayRange range,
                                            Lang lang = Lang::fr);

// Crisis mode. A post is urgent when its message type's id or name, or one of its tags, says
// « alerte », « urgence », « urgent » or « crise » (accents and case ignored).
bool is_urgent(const Workspace& workspace, const Post& post);

// Switches crisis mode on: every scheduled or validated non-urgent post not yet published gets
// held = true. Returns the ids of the posts held (the UI keeps them for the release dialog).
// Audit: one « crisis.enter » entry and one « post.hold » per post.
std::vector<std::string> enter_crisis(Workspace& workspace, std::string_view person_id, Instant now,
                                      std::string_view reason = {});

// Switches crisis mode off and releases the held posts whose ids are in `release`; the others
// stay held (the user releases them later, or cancels them). Returns the ids released.
std::vector<std::string> leave_crisis(Workspace& workspace, const std::vector<std::string>& release,
                                      std::string_view person_id, Instant now);

}  // namespace parvis::calendar
