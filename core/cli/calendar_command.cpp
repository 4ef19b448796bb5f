// parvis calendar holidays YEAR [--zone Z] [--territory T] [--school-calendar FILE]: the public
// holidays of a year (and the school holidays of a zone, from the embedded school calendar or a
// newer file), as a JSON list of {date, name, kind} (plus "end" for periods). A zone without
// dates that year is said on stderr: an empty list alone would read as « no holidays ».
// parvis calendar check WORKSPACE [--from D] [--to D]: the planning and pre-electoral findings of a
// workspace as a JSON list (without --from/--to, three years at most: see default_range); exit 1 when one of them is an error (a sponsored post in the
// pre-electoral period, a post on the eve of the vote), 0 otherwise.
#include <nlohmann/json.hpp>

#include <iostream>

#include "calendar/electoral.h"
#include "calendar/holidays.h"
#include "calendar/planning_checks.h"
#include "calendar/recurrence.h"
#include "calendar/school_holidays.h"
#include "cli/commands.h"
#include "cli/file_io.h"
#include "i18n/catalogue.h"
#include "io/enum_names.h"
#include "io/time_text.h"
#include "io/workspace_json.h"

namespace parvis::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kMaxSchoolCalendarBytes = 4u * 1024u * 1024u;  // a few hundred periods weigh ~50 KB

Error usage_error(const char* reason, const std::string& found) {
    Error e;
    e.code = ErrorCode::usage;
    e.detail = std::string(reason) + ": " + found;
    e.args = {{"reason", reason}, {"found", found}};
    return e;
}

void print(const Json& j) {
    std::cout << j.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

// The days the check covers when --from/--to are not given: from the earliest to the latest
// scheduled post (weeks beyond the planning are not yet planned, not gaps), over the planning's
// last three years at most (as the help says): the check walks every week of its range, and a
// stray old date would otherwise make it walk centuries.
constexpr date::days kDefaultCheckSpan{3 * 366};

calendar::DayRange default_range(const Workspace& w) {
    std::optional<date::sys_days> first, last;
    auto see = [&](date::sys_days d) {
        if (!first || d < *first) first = d;
        if (!last || d > *last) last = d;
    };
    for (const Post& p : w.posts)
        if (p.scheduled_at) see(date::floor<date::days>(*p.scheduled_at));
    if (!first) return {date::year{2000} / 1 / 1, date::year{1999} / 1 / 1};  // empty
    if (*last - *first > kDefaultCheckSpan) first = *last - kDefaultCheckSpan;
    return {Day{*first - date::days{1}}, Day{*last + date::days{1}}};
}

}  // namespace

int run_calendar_holidays(const Arguments& args) {
    calendar::Territory territory = calendar::Territory::metropole;
    if (!args.territory.empty()) {
        const auto t = calendar::territory_from_name(args.territory);
        if (!t) return report("", usage_error("calendar_bad_territory", args.territory), args.lang);
        territory = *t;
    }
    std::optional<calendar::SchoolZone> zone;
    if (!args.zone.empty()) {
        zone = calendar::school_zone_from_name(args.zone);
        if (!zone) return report("", usage_error("calendar_bad_zone", args.zone), args.lang);
    }
    std::optional<calendar::SchoolCalendar> loaded;
    if (!args.school_calendar.empty()) {
        auto text = read_text_file(args.school_calendar, kMaxSchoolCalendarBytes);
        if (!text) return report(args.school_calendar, text.error(), args.lang);
        auto read = calendar::read_school_calendar(*text);
        if (!read) return report(args.school_calendar, read.error(), args.lang);
        loaded = std::move(read.value());
    }
    const calendar::SchoolCalendar& school = loaded ? *loaded : calendar::default_school_calendar();
    const calendar::DayRange year = calendar::year_range(args.year);
    std::vector<calendar::CalendarMark> marks = calendar::holidays_in(year, territory);
    if (zone) {
        std::vector<calendar::CalendarMark> school_marks = calendar::school_holidays_in(year, *zone, school);
        if (school_marks.empty())
            std::cerr << tr("school_calendar.cli_no_dates", args.lang,
                            {{"zone", calendar::school_zone_label(*zone)}, {"year", std::to_string(args.year)}})
                      << '\n';
        for (calendar::CalendarMark& m : school_marks) marks.push_back(std::move(m));
    }
    calendar::sort_marks(marks);
    Json list = Json::array();
    for (const calendar::CalendarMark& m : marks) {
        Json item = {{"date", io::format_day(m.first)}, {"name", m.name}, {"kind", calendar::mark_kind_name(m.kind)}};
        if (m.last != m.first) item["end"] = io::format_day(m.last);
        list.push_back(std::move(item));
    }
    print(list);
    return kExitOk;
}

int run_calendar_check(const Arguments& args) {
    auto text = read_text_file(args.file, kDefaultMaxWorkspaceBytes);
    if (!text) return report(args.file, text.error(), args.lang);
    const auto workspace = read_workspace(*text);
    if (!workspace) return report(args.file, workspace.error(), args.lang);
    calendar::DayRange range = default_range(*workspace);
    if (args.from) range.first = *args.from;
    if (args.to) range.last = *args.to;

    bool has_error = false;
    Json list = Json::array();
    for (const calendar::CalendarFinding& f : calendar::check_calendar(*workspace, range, args.lang)) {
        Json item = {{"rule", f.finding.rule},
                     {"category", f.finding.category},
                     {"severity", check::severity_name(f.finding.severity)},
                     {"message", f.finding.message}};
        if (!f.post_id.empty()) item["post_id"] = f.post_id;
        if (!f.account_id.empty()) item["account_id"] = f.account_id;
        if (f.day) item["day"] = io::format_day(*f.day);
        if (f.finding.end > f.finding.start) {
            item["start"] = f.finding.start;
            item["end"] = f.finding.end;
        }
        if (f.proposed_status) item["proposed_status"] = std::string(io::enum_name(*f.proposed_status));
        has_error = has_error || f.finding.severity == check::Severity::error;
        list.push_back(std::move(item));
    }
    print(list);
    return has_error ? kExitInvalid : kExitOk;
}

}  // namespace parvis::cli
