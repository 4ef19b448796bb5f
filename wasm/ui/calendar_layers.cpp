// The calendar's background: public holidays of the collectivité's territory, school holidays
// of its zone (académie by département, core/calendar/school_holidays.h), « journées » offered as
// posting opportunities, the pre-electoral period (Code électoral L52-1) with the eve and day of
// each vote (L49), and the later occurrences of recurring posts. Computed with the layout, once
// per change of range or document, never per frame.
#include <imgui.h>

#include <algorithm>

#include "calendar/electoral.h"
#include "calendar/holidays.h"
#include "calendar/journees.h"
#include "calendar/recurrence.h"
#include "calendar/school_holidays.h"
#include "calendar/territory.h"
#include "ui/calendar_view.h"

namespace parvis::app::ui::cal {

namespace {

constexpr std::size_t kMaxOccurrences = 5000;  // drawn ghosts in one range, a safety bound


void add_name(std::string& names, const std::string& name) {
    if (!names.empty()) names += " · ";
    names += name;
}

}  // namespace

void build_layers(App& app, State& s) {
    const Workspace& ws = app.doc.workspace();
    const int days = s.options.days;
    s.marks.assign(static_cast<std::size_t>(std::max(0, days)), DayMarks{});
    s.occurrences.clear();
    if (days <= 0) return;
    const calendar::DayRange range{to_day(s.options.first), to_day(s.options.first + date::days{days - 1})};
    auto index_of = [&](Day d) {
        return static_cast<long>((date::local_days{date::sys_days{d}.time_since_epoch()} - s.options.first).count());
    };
    auto each_day = [&](Day first, Day last, auto&& f) {
        for (long i = std::max(0L, index_of(first)); i <= std::min(static_cast<long>(days) - 1, index_of(last)); ++i)
            f(s.marks[static_cast<std::size_t>(i)]);
    };

    for (const calendar::CalendarMark& m : calendar::holidays_in(range, calendar::territory_of(ws.profile)))
        each_day(m.first, m.last, [&](DayMarks& d) { d.holiday = true; add_name(d.names, m.name); });
    for (const calendar::CalendarMark& m : calendar::school_holidays_in(range, calendar::school_zone_of(ws.profile), school_calendar_in_use(app)))
        each_day(m.first, m.last, [&](DayMarks& d) { d.school = true; add_name(d.names, m.name); });
    for (const calendar::CalendarMark& m : calendar::journees_in(range))
        each_day(m.first, m.first, [&](DayMarks& d) { d.journees.push_back(m.name); });
    for (const calendar::ElectoralPeriodMark& e : calendar::electoral_periods_in(ws, range)) {
        each_day(e.period.first, e.period.last, [&](DayMarks& d) { d.electoral = true; });
        if (e.election)
            for (Day silent : calendar::electoral_silence_days(*e.election))
                each_day(silent, silent, [&](DayMarks& d) { d.silence = true; d.electoral = true; });
    }

    // Later occurrences of recurring posts that pass the filter (the first is the post's chip).
    for (std::uint32_t i = 0; i < ws.posts.size() && s.occurrences.size() < kMaxOccurrences; ++i) {
        const Post& p = ws.posts[i];
        if (!p.recurrence || !p.scheduled_at || !post_matches(ws, p, s.options.filter)) continue;
        for (Instant at : calendar::occurrences_in(p, range, s.options.time_zone, kMaxOccurrences)) {
            if (at == *p.scheduled_at) continue;
            const LocalSlot slot = local_slot(at, s.options.time_zone);
            const auto d = (slot.day - s.options.first).count();
            if (d < 0 || d >= days) continue;
            s.occurrences.push_back({static_cast<std::int32_t>(d), slot.minute, i});
            if (s.occurrences.size() >= kMaxOccurrences) break;
        }
    }
}

std::vector<std::string> post_warnings(const App& app, const Post& post) {
    std::vector<std::string> out;
    for (const calendar::CalendarFinding& f : calendar::check_post_electoral(app.doc.workspace(), post, app.settings.lang))
        out.push_back(f.finding.message);
    return out;
}

}  // namespace parvis::app::ui::cal
