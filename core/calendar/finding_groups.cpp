// See finding_groups.h.
#include "calendar/finding_groups.h"

#include <algorithm>
#include <array>

namespace parvis::calendar {

namespace {

// What the user can act on first: a day or a week to thin out, a gap to fill, a time to move.
constexpr std::array<std::string_view, 13> kOrder = {
    "planning_overload_day", "planning_overload_week", "planning_gap",        "planning_off_duty",
    "planning_held",         "planning_mix",           "electoral_silence",   "electoral_sponsored",
    "electoral_promotion",   "electoral_mention",      "electoral_rhythm",    "electoral_new_format",
    "opposition_space",
};

std::size_t rank(std::string_view rule) {
    const auto it = std::find(kOrder.begin(), kOrder.end(), rule);
    return static_cast<std::size_t>(it - kOrder.begin());  // unknown rules: kOrder.size()
}

}  // namespace

std::vector<FindingGroup> group_findings(const std::vector<CalendarFinding>& findings) {
    std::vector<FindingGroup> groups;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const std::string& rule = findings[i].finding.rule;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const FindingGroup& g) { return g.rule == rule; });
        if (it == groups.end()) {
            groups.push_back({rule, {}});
            it = groups.end() - 1;
        }
        it->indices.push_back(i);
    }
    // Stable: unknown rules keep their order of first appearance after the known ones.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const FindingGroup& a, const FindingGroup& b) { return rank(a.rule) < rank(b.rule); });
    return groups;
}

std::string cited_source(std::string_view message) {
    const std::size_t open = message.rfind('(');
    if (open == std::string_view::npos) return {};
    const std::size_t close = message.find(')', open);
    if (close == std::string_view::npos) return {};
    const std::string_view inside = message.substr(open + 1, close - open - 1);
    if (inside.find("art. ") == std::string_view::npos) return {};
    return std::string(inside);
}

std::vector<Day> overloaded_days(const std::vector<CalendarFinding>& findings) {
    std::vector<Day> days;
    for (const CalendarFinding& f : findings)
        if (f.finding.rule == "planning_overload_day" && f.day) days.push_back(*f.day);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

}  // namespace parvis::calendar
