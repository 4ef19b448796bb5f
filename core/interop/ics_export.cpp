// iCalendar export of the editorial calendar. See ics_export.h.
//
// Index
// [SECTION] VTIMEZONE from the zone's rules
// [SECTION] One VEVENT per post
// [SECTION] The calendar
#include "interop/ics_export.h"

#include <algorithm>
#include <chrono>

#include "calendar/time_zone.h"
#include "interop/ics_text.h"
#include "io/enum_names.h"

namespace parvis::ics {
namespace {

using namespace std::chrono_literals;

// Appends one content line, folded.
void put(std::string& out, std::string_view name, std::string_view value) {
    std::string line(name);
    line += ':';
    line += value;
    out += fold_line(line);
}

//-----------------------------------------------------------------------------
// [SECTION] VTIMEZONE from the zone's rules
// The rules are read back from utc_offset() rather than from a second table: the file then
// describes exactly the offsets the rest of Parvis uses, and stays right if time_zone.cpp changes.
//-----------------------------------------------------------------------------

struct Transition {
    Instant at;                // first instant of the new offset
    std::chrono::seconds from;
    std::chrono::seconds to;
};

std::vector<Transition> transitions_in(std::string_view zone, int year) {
    std::vector<Transition> out;
    const date::sys_days first{date::year{year} / date::January / 1};
    const date::sys_days last{date::year{year + 1} / date::January / 1};
    std::chrono::seconds before = *utc_offset(zone, Instant{first});
    for (date::sys_days day = first; day < last; day += date::days{1}) {
        const Instant next{day + date::days{1}};
        const std::chrono::seconds after = *utc_offset(zone, next);
        if (after == before) continue;
        // The change lies in (day, next]: find its first second by bisection.
        Instant low{day}, high = next;  // offset(low) == before, offset(high) != before
        while (high - low > 1s) {
            const Instant middle = low + (high - low) / 2;
            if (*utc_offset(zone, middle) == before) low = middle; else high = middle;
        }
        out.push_back({high, before, *utc_offset(zone, high)});
        before = after;
    }
    return out;
}

const char* weekday_code(date::weekday wd) {
    static const char* codes[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
    return codes[wd.c_encoding()];
}

// One STANDARD or DAYLIGHT sub-component for a yearly change: the rule (month, nth or last
// weekday) is read from the change's local date, and DTSTART is its first occurrence in 1970 so
// that the rule covers every instant a planning can hold.
void put_observance(std::string& out, const Transition& t, bool daylight) {
    const LocalTime wall{(t.at + t.from).time_since_epoch()};  // local time before the change
    const date::local_days local_day = date::floor<date::days>(wall);
    const date::year_month_day ymd{local_day};
    const date::weekday wd{local_day};
    const unsigned dom = static_cast<unsigned>(ymd.day());
    const unsigned month_length = static_cast<unsigned>((ymd.year() / ymd.month() / date::last).day());
    const bool last = dom + 7 > month_length;
    const unsigned nth = (dom - 1) / 7 + 1;

    const date::year_month_day first_1970 =
        last ? date::year_month_day{date::year{1970} / ymd.month() / wd[date::last]}
             : date::year_month_day{date::year{1970} / ymd.month() / wd[nth]};
    const LocalTime start = date::local_days{date::sys_days{first_1970}.time_since_epoch()} + (wall - local_day);

    const char* kind = daylight ? "DAYLIGHT" : "STANDARD";
    put(out, "BEGIN", kind);
    put(out, "DTSTART", format_local(start));
    put(out, "RRULE", "FREQ=YEARLY;BYMONTH=" + std::to_string(static_cast<unsigned>(ymd.month())) +
                          ";BYDAY=" + (last ? std::string("-1") : std::to_string(nth)) + weekday_code(wd));
    put(out, "TZOFFSETFROM", format_offset(t.from));
    put(out, "TZOFFSETTO", format_offset(t.to));
    put(out, "END", kind);
}

}  // namespace

std::string vtimezone(std::string_view zone, int reference_year) {
    if (!is_known_time_zone(zone)) return {};
    std::string out;
    put(out, "BEGIN", "VTIMEZONE");
    put(out, "TZID", escape_text(zone));
    const std::vector<Transition> changes = transitions_in(zone, reference_year);
    if (changes.size() == 2) {
        for (const Transition& t : changes) put_observance(out, t, t.to > t.from);
    } else {
        // No summer time: one offset since 1970.
        const std::string offset =
            format_offset(*utc_offset(zone, Instant{date::sys_days{date::year{reference_year} / 1 / 1}}));
        put(out, "BEGIN", "STANDARD");
        put(out, "DTSTART", "19700101T000000");
        put(out, "TZOFFSETFROM", offset);
        put(out, "TZOFFSETTO", offset);
        put(out, "END", "STANDARD");
    }
    put(out, "END", "VTIMEZONE");
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] One VEVENT per post
//-----------------------------------------------------------------------------

std::string event_uid(const Workspace& workspace, const Post& post) {
    return post.id + "." + workspace.id + "@parvis";
}

std::optional<Instant> event_start(const Post& post) {
    if (post.scheduled_at) return post.scheduled_at;
    return post.published_at;
}

namespace {

template <class T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
    if (id.empty()) return nullptr;
    for (const T& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

// VEVENT STATUS has three values: the workflow's earlier steps are "tentative", a post ready or
// out is "confirmed", a cancelled one "cancelled". A failed post still has to go out: tentative.
const char* event_status(PostStatus status) {
    switch (status) {
        case PostStatus::validated:
        case PostStatus::scheduled:
        case PostStatus::published: return "CONFIRMED";
        case PostStatus::cancelled: return "CANCELLED";
        default: return "TENTATIVE";
    }
}

std::string duration_value(int minutes) {
    if (minutes <= 0) minutes = 15;
    std::string out = "PT";
    if (minutes >= 60) out += std::to_string(minutes / 60) + "H";
    if (minutes % 60 != 0) out += std::to_string(minutes % 60) + "M";
    return out;
}

std::string network_label(const Workspace& w, const std::string& account_id, Lang lang) {
    const NetworkAccount* account = find_by_id(w.accounts, account_id);
    if (!account) return {};
    return tr("network." + std::string(io::enum_name(account->network)), lang);
}

void put_event(std::string& out, const Workspace& w, const Post& post, Instant start,
               const ExportOptions& options, Instant stamp) {
    const Lang lang = options.lang;
    const std::string& zone = w.profile.time_zone;
    put(out, "BEGIN", "VEVENT");
    put(out, "UID", escape_text(event_uid(w, post)));
    put(out, "DTSTAMP", format_utc(stamp));
    // A local time that happens twice (the night summer time ends) names its first occurrence
    // (RFC 5545 §3.3.5): a post at the second one is written in UTC so it keeps its instant.
    const auto local = to_local(start, zone);
    if (local && from_local(*local, zone).earlier == start) {
        put(out, "DTSTART;TZID=" + zone, format_local(*local));
    } else {
        put(out, "DTSTART", format_utc(start));
    }
    put(out, "DURATION", duration_value(options.duration_minutes));

    std::string summary = post.title;
    if (summary.empty() && !post.variants.empty()) {
        const std::string& text = post.variants.front().text;
        summary = text.substr(0, text.find('\n'));
    }
    if (summary.empty()) summary = tr("interop.ics.untitled", lang);
    put(out, "SUMMARY", escape_text(summary));

    // The networks, once each, in the order of the variants.
    std::vector<std::string> networks;
    for (const PostVariant& v : post.variants) {
        const std::string label = network_label(w, v.account_id, lang);
        if (!label.empty() && std::find(networks.begin(), networks.end(), label) == networks.end())
            networks.push_back(label);
    }
    const Campaign* campaign = find_by_id(w.campaigns, post.campaign_id);
    const MessageType* type = find_by_id(w.charter.message_types, post.message_type_id);

    std::string description;
    auto line = [&](const char* key, const std::string& value) {
        if (!value.empty()) description += tr(key, lang, {{"value", value}}) + "\n";
    };
    std::string joined;
    for (const std::string& n : networks) joined += (joined.empty() ? "" : ", ") + n;
    line("interop.ics.networks", joined);
    if (campaign) line("interop.ics.campaign", campaign->name);
    if (type) line("interop.ics.type", type->name);
    line("interop.ics.status", tr("status." + std::string(io::enum_name(post.status)), lang));
    for (const PostVariant& v : post.variants) {
        std::string heading = network_label(w, v.account_id, lang);
        if (const NetworkAccount* account = find_by_id(w.accounts, v.account_id); account && !account->handle.empty())
            heading += " (" + account->handle + ")";
        if (heading.empty()) heading = tr("interop.ics.any_network", lang);
        description += "\n— " + heading + " —\n" + v.text + "\n";
        line("interop.ics.link", v.link);
        line("interop.ics.first_comment", v.first_comment);
    }
    while (!description.empty() && description.back() == '\n') description.pop_back();
    put(out, "DESCRIPTION", escape_text(description));

    std::string categories;
    auto category = [&](const std::string& value) {
        if (value.empty()) return;
        if (!categories.empty()) categories += ',';
        categories += escape_text(value);
    };
    for (const std::string& n : networks) category(n);
    if (campaign) category(campaign->name);
    if (type) category(type->name);
    if (!categories.empty()) put(out, "CATEGORIES", categories);

    put(out, "STATUS", event_status(post.status));
    // A post is not a meeting: it must not mark anyone as busy.
    put(out, "TRANSP", "TRANSPARENT");
    put(out, "END", "VEVENT");
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The calendar
//-----------------------------------------------------------------------------

std::string export_calendar(const Workspace& workspace, const ExportOptions& options) {
    const Instant stamp = options.stamp == Instant{}
                              ? date::floor<std::chrono::seconds>(std::chrono::system_clock::now())
                              : options.stamp;
    const std::string& zone = workspace.profile.time_zone;
    std::string out;
    put(out, "BEGIN", "VCALENDAR");
    put(out, "PRODID", "-//Parvis//Parvis 0.1//FR");
    put(out, "VERSION", "2.0");
    put(out, "CALSCALE", "GREGORIAN");
    put(out, "METHOD", "PUBLISH");
    put(out, "X-WR-CALNAME", escape_text(tr("interop.ics.calendar_name", options.lang,
                                            {{"name", workspace.profile.name}})));
    if (is_known_time_zone(zone)) {
        put(out, "X-WR-TIMEZONE", escape_text(zone));
        const int year = static_cast<int>(date::year_month_day{date::floor<date::days>(stamp)}.year());
        out += vtimezone(zone, year);
    }
    for (const Post& post : workspace.posts) {
        if (const auto start = event_start(post)) put_event(out, workspace, post, *start, options, stamp);
    }
    put(out, "END", "VCALENDAR");
    return out;
}

}  // namespace parvis::ics
