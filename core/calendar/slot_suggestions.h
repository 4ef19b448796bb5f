// Suggested moments to schedule a post (Rédaction, issue 13): the best hours of the KPIs' heatmap
// (median engagement rate by local weekday and hour over the last six months, kpi.h) on the
// coming days, kept only where the charter allows a post — within its business hours, not on a
// public holiday, and under its rhythm's maximum per day and per week for each of the post's
// accounts. So a suggestion never raises a planning finding of its own (planning_checks.h).
#pragma once
#include <vector>

#include "model/workspace.h"

namespace parvis::calendar {

struct SlotSuggestion {
    Instant at{};
    double median_rate = 0;  // of the heatmap's cell (engagement rate, 0..1)
    int publications = 0;    // behind that median
};

struct SlotOptions {
    int count = 3;        // at most this many, one per day
    int days_ahead = 14;  // from tomorrow (local day) on
    int history_days = 182;
};

struct SlotSuggestions {
    std::vector<SlotSuggestion> slots;  // best first (higher median, then sooner)
    bool statistics = false;            // the heatmap has a cell with enough publications: when
                                        // false, the app says the statistics are too few; when
                                        // true and `slots` is empty, the charter leaves no room
};

// `post` itself is not counted against the rhythm (it is the one being placed).
SlotSuggestions suggest_slots(const Workspace& ws, const Post& post, Instant now, SlotOptions options = {});

}  // namespace parvis::calendar
