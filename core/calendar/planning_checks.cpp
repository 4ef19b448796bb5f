// See planning_checks.h.
//
// Index
// [SECTION] Occurrences of the range
// [SECTION] Planning checks
// [SECTION] Crisis mode
#include "calendar/planning_checks.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "calendar/electoral.h"
#include "calendar/fold_text.h"
#include "calendar/holidays.h"
#include "calendar/recurrence.h"
#include "calendar/time_zone.h"
#include "edit/audit_log.h"
#include "format/format.h"

namespace parvis::calendar {
namespace {

using date::days;
using date::sys_days;

//-----------------------------------------------------------------------------
// [SECTION] Occurrences of the range
//-----------------------------------------------------------------------------

bool counts_in_planning(PostStatus status) {
    return status == PostStatus::draft || status == PostStatus::to_validate ||
           status == PostStatus::validated || status == PostStatus::scheduled ||
           status == PostStatus::published;
}

struct Occurrence {
    const Post* post;
    Instant at;
    sys_days day;               // local day
    std::chrono::minutes time;  // local time of day
};

std::vector<Occurrence> occurrences(const Workspace& workspace, DayRange range) {
    std::vector<Occurrence> out;
    std::string zone = workspace.profile.time_zone;
    if (!is_known_time_zone(zone)) zone = "Europe/Paris";
    for (const Post& post : workspace.posts) {
        if (!counts_in_planning(post.status) || post.held) continue;
        for (Instant at : occurrences_in(post, range, zone)) {
            const LocalTime local = *to_local(at, zone);
            const auto day = date::floor<days>(local);
            out.push_back({&post, at, sys_days{day.time_since_epoch()},
                           date::floor<std::chrono::minutes>(local - day)});
        }
    }
    return out;
}

check::Finding make_finding(const char* rule, check::Severity severity, std::string message) {
    check::Finding f;
    f.rule = rule;
    f.category = "planning";
    f.severity = severity;
    f.message = std::move(message);
    return f;
}

std::string account_name(const Workspace& workspace, const std::string& id) {
    for (const NetworkAccount& a : workspace.accounts)
        if (a.id == id) return a.handle.empty() ? a.id : a.handle;
    return id;
}

sys_days monday_of(sys_days d) { return d - days{date::weekday{d}.iso_encoding() - 1}; }

// « 1 publication », « 3 publications » (French: singular up to 1).
std::string posts_text(int n, Lang lang) {
    return tr(n > 1 ? "calendar.planning.posts" : "calendar.planning.post", lang, {{"n", std::to_string(n)}});
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Planning checks
//-----------------------------------------------------------------------------

std::vector<CalendarFinding> check_planning(const Workspace& workspace, DayRange range, Lang lang,
                                            PlanningOptions options) {
    std::vector<CalendarFinding> out;
    if (!range.first.ok() || !range.last.ok() || range.last < range.first) return out;
    const double tolerance = options.mix_tolerance > 0 ? options.mix_tolerance : 0.15;
    const int mix_min = options.mix_min_posts > 0 ? options.mix_min_posts : 10;
    const std::vector<Occurrence> all = occurrences(workspace, range);

    // Per account and day, per account and week.
    std::map<std::pair<std::string, sys_days>, int> per_day, per_week;
    for (const Occurrence& o : all)
        for (const PostVariant& v : o.post->variants) {
            ++per_day[{v.account_id, o.day}];
            ++per_week[{v.account_id, monday_of(o.day)}];
        }

    for (const RhythmRule& rule : workspace.charter.rhythm) {
        const std::string name = account_name(workspace, rule.account_id);
        if (rule.max_per_day > 0) {
            for (const auto& [key, count] : per_day) {
                if (key.first != rule.account_id || count <= rule.max_per_day) continue;
                out.push_back({make_finding("planning_overload_day", check::Severity::warning,
                                            tr("calendar.planning.overload_day", lang,
                                               {{"account", name},
                                                {"day", format_day_long(Day{key.second}, lang)},
                                                {"posts", posts_text(count, lang)},
                                                {"max", std::to_string(rule.max_per_day)}})),
                               "", rule.account_id, Day{key.second}, std::nullopt});
            }
        }
        // Weeks: only whole ISO weeks inside the range, so a range cut mid-week is not judged on
        // half a week.
        for (sys_days week = monday_of(sys_days{range.first}); week <= sys_days{range.last}; week += days{7}) {
            if (week < sys_days{range.first} || week + days{6} > sys_days{range.last}) continue;
            const auto it = per_week.find({rule.account_id, week});
            const int count = it == per_week.end() ? 0 : it->second;
            if (rule.max_per_week > 0 && count > rule.max_per_week) {
                out.push_back({make_finding("planning_overload_week", check::Severity::warning,
                                            tr("calendar.planning.overload_week", lang,
                                               {{"account", name},
                                                {"week", format_day_long(Day{week}, lang)},
                                                {"posts", posts_text(count, lang)},
                                                {"max", std::to_string(rule.max_per_week)}})),
                               "", rule.account_id, Day{week}, std::nullopt});
            }
            if (rule.min_per_week > 0 && count < rule.min_per_week) {
                out.push_back({make_finding("planning_gap", check::Severity::warning,
                                            tr(count == 0 ? "calendar.planning.gap_empty" : "calendar.planning.gap", lang,
                                               {{"account", name},
                                                {"week", format_day_long(Day{week}, lang)},
                                                {"posts", posts_text(count, lang)},
                                                {"min", std::to_string(rule.min_per_week)}})),
                               "", rule.account_id, Day{week}, std::nullopt});
            }
        }
    }

    // Mix by message type: shares of the posts (occurrences) of the range.
    if (static_cast<int>(all.size()) >= mix_min) {
        std::map<std::string, int> by_type;
        for (const Occurrence& o : all) ++by_type[o.post->message_type_id];
        for (const MessageType& type : workspace.charter.message_types) {
            if (type.target_share <= 0) continue;
            const double share = by_type[type.id] / static_cast<double>(all.size());
            if (std::fabs(share - type.target_share) <= tolerance) continue;
            out.push_back({make_finding("planning_mix", check::Severity::info,
                                        tr("calendar.planning.mix", lang,
                                           {{"type", type.name},
                                            {"share", format_percent(share, 0, lang)},
                                            {"target", format_percent(type.target_share, 0, lang)}})),
                           "", "", std::nullopt, std::nullopt});
        }
    }

    // Nobody on duty: outside the charter's business hours, or a public holiday.
    const BusinessHours& hours = workspace.charter.business_hours;
    const Territory territory = territory_of(workspace.profile);
    for (const Occurrence& o : all) {
        if (o.post->status == PostStatus::published) continue;  // done; nothing to move
        const int wd = static_cast<int>(date::weekday{o.day}.iso_encoding());
        const bool open_day = std::find(hours.weekdays.begin(), hours.weekdays.end(), wd) != hours.weekdays.end();
        const bool open_time = o.time.count() >= hours.opens.minutes && o.time.count() < hours.closes.minutes;
        const bool holiday = is_holiday(Day{o.day}, territory);
        if (open_day && open_time && !holiday) continue;
        out.push_back({make_finding("planning_off_duty", check::Severity::warning,
                                    tr(holiday ? "calendar.planning.off_duty_holiday" : "calendar.planning.off_duty", lang,
                                       {{"title", o.post->title},
                                        {"day", format_day_long(Day{o.day}, lang)},
                                        {"time", format_time(TimeOfDay{static_cast<int>(o.time.count())})},
                                        {"opens", format_time(hours.opens)},
                                        {"closes", format_time(hours.closes)}})),
                       o.post->id, "", Day{o.day}, std::nullopt});
    }

    // Posts held by crisis mode in the range.
    std::string zone = is_known_time_zone(workspace.profile.time_zone) ? workspace.profile.time_zone : "Europe/Paris";
    for (const Post& post : workspace.posts) {
        if (!post.held) continue;
        const std::vector<Instant> at = occurrences_in(post, range, zone, 1);
        if (at.empty()) continue;
        const sys_days day{date::floor<days>(*to_local(at.front(), zone)).time_since_epoch()};
        out.push_back({make_finding("planning_held", check::Severity::info,
                                    tr("calendar.planning.held", lang, {{"title", post.title}})),
                       post.id, "", Day{day}, std::nullopt});
    }
    return out;
}

std::vector<CalendarFinding> check_calendar(const Workspace& workspace, DayRange range, Lang lang) {
    std::vector<CalendarFinding> out = check_planning(workspace, range, lang);
    for (CalendarFinding& f : check_electoral(workspace, range, lang)) out.push_back(std::move(f));
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Crisis mode
//-----------------------------------------------------------------------------

bool is_urgent(const Workspace& workspace, const Post& post) {
    static const char* kWords[] = {"alerte", "alertes", "urgence", "urgences", "urgent", "urgente", "crise"};
    auto says_urgent = [](std::string_view text) {
        const std::string folded = " " + fold(text) + " ";
        for (const char* w : kWords)
            if (folded.find(std::string(" ") + w + " ") != std::string::npos) return true;
        return false;
    };
    for (const std::string& tag : post.tags)
        if (says_urgent(tag)) return true;
    for (const MessageType& type : workspace.charter.message_types)
        if (type.id == post.message_type_id) return says_urgent(type.id) || says_urgent(type.name);
    return false;
}

std::vector<std::string> enter_crisis(Workspace& workspace, std::string_view person_id, Instant now,
                                      std::string_view reason) {
    std::vector<std::string> held;
    workspace.crisis.active = true;
    workspace.crisis.since = now;
    workspace.crisis.reason = std::string(reason);
    const edit::Actor actor{std::string(person_id), now};
    edit::record(workspace, actor, edit::AuditAction::crisis_enter, "", "", std::string(reason));
    for (Post& post : workspace.posts) {
        const bool pending = post.status == PostStatus::scheduled || post.status == PostStatus::validated;
        if (!pending || post.held || is_urgent(workspace, post)) continue;
        post.held = true;
        held.push_back(post.id);
        edit::record(workspace, actor, edit::AuditAction::post_hold, post.id, "crisis");
    }
    return held;
}

std::vector<std::string> leave_crisis(Workspace& workspace, const std::vector<std::string>& release,
                                      std::string_view person_id, Instant now) {
    std::vector<std::string> released;
    workspace.crisis.active = false;
    const edit::Actor actor{std::string(person_id), now};
    edit::record(workspace, actor, edit::AuditAction::crisis_leave);
    for (Post& post : workspace.posts) {
        if (!post.held || std::find(release.begin(), release.end(), post.id) == release.end()) continue;
        post.held = false;
        released.push_back(post.id);
        edit::record(workspace, actor, edit::AuditAction::post_release, post.id, "crisis");
    }
    return released;
}

}  // namespace parvis::calendar
