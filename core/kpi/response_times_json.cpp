#include "kpi/response_times_json.h"

#include <cmath>

#include "io/time_text.h"

namespace parvis::kpi {
namespace {

using Json = nlohmann::ordered_json;

// Whole numbers as integers (4 h, 100 %), others to 0.1.
Json number_json(double x) {
    if (std::abs(x) < 1e15 && x == std::floor(x)) return Json(static_cast<std::int64_t>(x));
    return Json(x);
}
Json seconds_json(const Value& v) { return v ? Json(std::llround(*v)) : Json(nullptr); }
Json tenths_json(const Value& v, double scale) { return v ? number_json(std::round(*v * scale * 10) / 10) : Json(nullptr); }

Json group_json(const ResponseGroup& g) {
    return {{"key", g.key},
            {"label", g.label},
            {"answered", g.answered},
            {"waiting", g.waiting},
            {"unmeasured", g.unmeasured},
            {"median_seconds", seconds_json(g.median_seconds)},
            {"median_hours", tenths_json(g.median_seconds, 1.0 / 3600)},
            {"p90_seconds", seconds_json(g.p90_seconds)},
            {"p90_hours", tenths_json(g.p90_seconds, 1.0 / 3600)},
            {"within_target_percent", tenths_json(g.within_target, 100)}};
}

Json groups_json(const std::vector<ResponseGroup>& groups) {
    Json out = Json::array();
    for (const ResponseGroup& g : groups) out.push_back(group_json(g));
    return out;
}

}  // namespace

nlohmann::ordered_json response_times_to_json(const ResponseTimes& r) {
    Json backlog = Json::array();
    for (const BacklogPoint& p : r.backlog) backlog.push_back({{"day", io::format_day(p.day)}, {"open", p.open}});
    return {{"period", {{"from", io::format_day(r.period.from)}, {"to", io::format_day(r.period.to)},
                        {"days", period_days(r.period)}}},
            {"period_capped", r.period_capped},
            {"business_hours", r.business_hours},
            {"target_hours", number_json(r.target_hours)},
            {"all_handoffs", group_json(r.all_handoffs)},
            {"all_replies", group_json(r.all_replies)},
            {"by_service", groups_json(r.by_service)},
            {"by_assignee", groups_json(r.by_assignee)},
            {"by_channel", groups_json(r.by_channel)},
            {"backlog", std::move(backlog)},
            {"backlog_undated", r.backlog_undated}};
}

}  // namespace parvis::kpi
