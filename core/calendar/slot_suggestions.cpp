// Suggested moments to schedule a post. See slot_suggestions.h.
#include "calendar/slot_suggestions.h"

#include <algorithm>

#include "calendar/calendar_layout.h"
#include "calendar/holidays.h"
#include "calendar/territory.h"
#include "kpi/kpi.h"

namespace parvis::calendar {
namespace {

Day day_of(date::local_days d) { return Day{date::sys_days{d.time_since_epoch()}}; }

bool counted(const Post& p) {
    return p.scheduled_at && p.status != PostStatus::cancelled && p.status != PostStatus::idea && p.status != PostStatus::failed;
}

// Posts of `account` on the local day `day` and in its ISO week (Monday first), `skip` excluded.
struct Load {
    int day = 0;
    int week = 0;
};
Load load_of(const Workspace& ws, const std::string& account, date::local_days day, const std::string& skip) {
    const date::local_days monday = day - date::days{static_cast<int>(date::weekday{day}.iso_encoding()) - 1};
    Load out;
    for (const Post& p : ws.posts) {
        if (p.id == skip || !counted(p)) continue;
        if (std::none_of(p.variants.begin(), p.variants.end(), [&](const PostVariant& v) { return v.account_id == account; })) continue;
        const date::local_days d = local_slot(*p.scheduled_at, ws.profile.time_zone).day;
        if (d == day) ++out.day;
        if (d >= monday && d < monday + date::days{7}) ++out.week;
    }
    return out;
}

bool within_rhythm(const Workspace& ws, const Post& post, date::local_days day) {
    for (const RhythmRule& r : ws.charter.rhythm) {
        if (r.max_per_day <= 0 && r.max_per_week <= 0) continue;
        for (const PostVariant& v : post.variants) {
            if (!r.account_id.empty() && r.account_id != v.account_id) continue;
            const Load load = load_of(ws, v.account_id, day, post.id);
            if (r.max_per_day > 0 && load.day + 1 > r.max_per_day) return false;
            if (r.max_per_week > 0 && load.week + 1 > r.max_per_week) return false;
        }
    }
    return true;
}

bool within_hours(const BusinessHours& hours, date::local_days day, int minute) {
    const int weekday = static_cast<int>(date::weekday{day}.iso_encoding());
    if (std::find(hours.weekdays.begin(), hours.weekdays.end(), weekday) == hours.weekdays.end()) return false;
    return minute >= hours.opens.minutes && minute <= hours.closes.minutes;
}

}  // namespace

SlotSuggestions suggest_slots(const Workspace& ws, const Post& post, Instant now, SlotOptions options) {
    const std::string& zone = ws.profile.time_zone;
    const date::local_days today = local_slot(now, zone).day;
    kpi::Options k;
    k.period = {day_of(today - date::days{options.history_days}), day_of(today)};
    const kpi::Dashboard board = kpi::compute_dashboard(ws, k);
    const Territory territory = territory_of(ws.profile);
    SlotSuggestions out;
    for (const auto& row : board.heatmap)
        for (const kpi::HeatCell& cell : row) out.statistics = out.statistics || cell.median.has_value();
    if (!out.statistics) return out;

    std::vector<SlotSuggestion> candidates;
    for (int ahead = 1; ahead <= options.days_ahead; ++ahead) {
        const date::local_days day = today + date::days{ahead};
        if (is_holiday(day_of(day), territory) || !within_rhythm(ws, post, day)) continue;
        const int row = static_cast<int>(date::weekday{day}.iso_encoding()) - 1;  // 0 Monday
        for (int hour = 0; hour < 24; ++hour) {
            const kpi::HeatCell& cell = board.heatmap[std::size_t(row)][std::size_t(hour)];
            if (!cell.median || !within_hours(ws.charter.business_hours, day, hour * 60)) continue;
            const LocalTimeResolution r = instant_at(day, hour * 60, zone);
            if (r.kind != LocalTimeKind::unique || r.earlier <= now) continue;  // no summer-time question in a suggestion
            candidates.push_back({r.earlier, *cell.median, cell.publications});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const SlotSuggestion& a, const SlotSuggestion& b) {
        return a.median_rate != b.median_rate ? a.median_rate > b.median_rate : a.at < b.at;
    });
    std::vector<date::local_days> days;
    for (const SlotSuggestion& c : candidates) {
        if (static_cast<int>(out.slots.size()) >= options.count) break;
        const date::local_days d = local_slot(c.at, zone).day;
        if (std::find(days.begin(), days.end(), d) != days.end()) continue;
        days.push_back(d);
        out.slots.push_back(c);
    }
    return out;
}

}  // namespace parvis::calendar
