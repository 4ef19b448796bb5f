// iCalendar import as post ideas. See ics_import.h.
//
// Index
// [SECTION] Start times
// [SECTION] Components
// [SECTION] Events to posts
// [SECTION] import_calendar, apply_import
#include "interop/ics_import.h"

#include <cstdio>
#include <set>

#include "calendar/time_zone.h"
#include "edit/audit_log.h"
#include "interop/ics_export.h"
#include "interop/ics_text.h"
#include "io/text_position.h"
#include "io/workspace_json.h"
#include "text/trim.h"
#include "text/utf8.h"

namespace parvis::ics {

const char* skip_reason_name(SkipReason reason) {
    switch (reason) {
        case SkipReason::no_start: return "no_start";
        case SkipReason::bad_start: return "bad_start";
        case SkipReason::unknown_zone: return "unknown_zone";
        case SkipReason::cancelled: return "cancelled";
        case SkipReason::modified_occurrence: return "modified_occurrence";
        case SkipReason::duplicate_uid: return "duplicate_uid";
        case SkipReason::control_character: return "control_character";
    }
    return "unknown";
}

namespace {

using namespace std::chrono_literals;

constexpr int kMaxDepth = 8;  // VCALENDAR > VEVENT > VALARM is 3; more is not a calendar

Error file_error(const char* reason, std::string detail, int line = 0) {
    Error e;
    e.code = ErrorCode::invalid_value;
    e.detail = std::move(detail);
    e.line = line;
    e.column = line > 0 ? 1 : 0;
    e.args = {{"reason", reason}};
    return e;
}

//-----------------------------------------------------------------------------
// [SECTION] Start times
//-----------------------------------------------------------------------------

// The zone a TZID names, when the table knows it or a zone with the very same rules.
std::optional<std::string> resolve_zone(std::string_view tzid) {
    if (is_known_time_zone(tzid)) return std::string(tzid);
    // "/freeassociation.sourceforge.net/Tzfile/Europe/Paris" and the like end with the IANA name.
    for (const std::string& zone : known_time_zones()) {
        if (tzid.size() > zone.size() && tzid.substr(tzid.size() - zone.size()) == zone &&
            tzid[tzid.size() - zone.size() - 1] == '/')
            return zone;
    }
    // Outlook's Windows names and the neighbours that follow the same EU rules as Paris.
    static const char* const same_as_paris[] = {
        "Romance Standard Time", "W. Europe Standard Time", "Central Europe Standard Time",
        "Central European Standard Time", "Europe/Brussels", "Europe/Luxembourg", "Europe/Monaco",
        "Europe/Berlin", "Europe/Madrid", "Europe/Rome", "Europe/Zurich", "Europe/Amsterdam",
        "Europe/Andorra", "CET",
    };
    for (const char* name : same_as_paris)
        if (tzid == name) return std::string("Europe/Paris");
    return std::nullopt;
}

// Local time → instant, RFC 5545 §3.3.5: a time in a gap is read with the offset before the gap
// (02:30 becomes 03:30), a time that happens twice is its first occurrence.
Instant resolve_local(LocalTime local, std::string_view zone) {
    const LocalTimeResolution r = from_local(local, zone);
    switch (r.kind) {
        case LocalTimeKind::unique:
        case LocalTimeKind::ambiguous: return r.earlier;
        case LocalTimeKind::nonexistent: return r.later;
        case LocalTimeKind::unknown_zone: break;
    }
    return Instant{local.time_since_epoch()};  // a workspace with an unknown zone: read as UTC
}

struct Start {
    std::optional<Instant> at;
    std::optional<SkipReason> problem;
};

Start read_start(const ContentLine& line, const Workspace& w, const ImportOptions& options) {
    const std::string value_type = line.parameter_value("VALUE");
    const bool date_only = value_type == "DATE" || (value_type.empty() && line.value.size() == 8);
    if (date_only) {
        const auto day = parse_date(line.value);
        if (!day) return {std::nullopt, SkipReason::bad_start};
        const LocalTime local = date::local_days{date::sys_days{*day}.time_since_epoch()} +
                                std::chrono::minutes{options.all_day_time.minutes};
        return {resolve_local(local, w.profile.time_zone), std::nullopt};
    }
    const auto value = parse_date_time(line.value);
    if (!value) return {std::nullopt, SkipReason::bad_start};
    if (value->utc) return {Instant{value->local.time_since_epoch()}, std::nullopt};
    const std::string tzid = line.parameter_value("TZID");
    if (tzid.empty()) return {resolve_local(value->local, w.profile.time_zone), std::nullopt};  // floating
    const auto zone = resolve_zone(tzid);
    if (!zone) return {std::nullopt, SkipReason::unknown_zone};
    return {resolve_local(value->local, *zone), std::nullopt};
}

//-----------------------------------------------------------------------------
// [SECTION] Components
//-----------------------------------------------------------------------------

struct RawEvent {
    int line = 0;
    std::vector<ContentLine> properties;  // the VEVENT's own, not its VALARMs'

    const ContentLine* find(std::string_view name) const {
        for (const ContentLine& p : properties)
            if (p.name == name) return &p;
        return nullptr;
    }
    std::string text(std::string_view name) const {
        const ContentLine* p = find(name);
        return p ? unescape_text(p->value) : std::string();
    }
};

Result<std::vector<RawEvent>> read_events(std::string_view text) {
    const std::vector<ContentLine> lines = parse_content_lines(text);
    std::vector<RawEvent> events;
    struct Open {
        std::string name;
        int line;
    };
    std::vector<Open> stack;
    bool seen_calendar = false;
    for (const ContentLine& line : lines) {
        if (!seen_calendar) {
            if (line.name != "BEGIN" || upper_ascii(line.value) != "VCALENDAR")
                return file_error("ics_not_calendar", "first line is not BEGIN:VCALENDAR", line.line);
            seen_calendar = true;
        }
        if (line.name == "BEGIN") {
            if (stack.empty() && upper_ascii(line.value) != "VCALENDAR")
                return file_error("ics_truncated", "component outside VCALENDAR", line.line);
            if (static_cast<int>(stack.size()) >= kMaxDepth)
                return file_error("ics_too_deep", "more than " + std::to_string(kMaxDepth) + " levels", line.line);
            stack.push_back({upper_ascii(line.value), line.line});
            if (stack.back().name == "VEVENT") events.push_back({line.line, {}});
            continue;
        }
        if (line.name == "END") {
            if (stack.empty() || stack.back().name != upper_ascii(line.value))
                return file_error("ics_truncated", "END:" + line.value + " closes nothing", line.line);
            stack.pop_back();
            continue;
        }
        if (!stack.empty() && stack.back().name == "VEVENT") events.back().properties.push_back(line);
    }
    if (!seen_calendar) return file_error("ics_not_calendar", "no BEGIN:VCALENDAR");
    if (!stack.empty())
        return file_error("ics_truncated", "BEGIN:" + stack.back().name + " never closed", stack.back().line);
    return events;
}

//-----------------------------------------------------------------------------
// [SECTION] Events to posts
//-----------------------------------------------------------------------------

// A UID for an event that has none (RFC 5545 requires one, some exports forget it): the same
// event always gets the same one, so that re-importing stays idempotent.
std::string synthetic_uid(const RawEvent& e) {
    std::uint64_t hash = 1469598103934665603ull;  // FNV-1a
    for (const char* name : {"DTSTART", "SUMMARY", "LOCATION"}) {
        if (const ContentLine* p = e.find(name)) {
            for (char c : p->value) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        }
        hash = (hash ^ 0xFF) * 1099511628211ull;
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return std::string("sans-uid-") + buffer;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] import_calendar, apply_import
//-----------------------------------------------------------------------------

Result<ImportReport> import_calendar(std::string_view text, const Workspace& w, const ImportOptions& options) {
    const std::size_t max_bytes = options.max_bytes ? options.max_bytes : kDefaultMaxIcsBytes;
    if (text.size() > max_bytes) {
        Error e = file_too_large_error(text.size(), max_bytes);
        e.args.emplace_back("reason", "ics");
        return e;
    }
    if (const std::size_t bad = utf8::find_invalid(text); bad != utf8::kAllValid) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[bad]));
        Error e;
        e.code = ErrorCode::invalid_utf8;
        e.detail = std::string("byte ") + byte;
        e.args = {{"byte", byte}};
        const io::TextPosition p = io::position_at(text, bad);
        e.line = p.line;
        e.column = p.column;
        return e;
    }
    auto events = read_events(text);
    if (!events) return events.error();

    ImportReport report;
    report.events = static_cast<int>(events->size());

    std::set<std::string> known_uids, taken_ids;
    for (const Post& post : w.posts) {
        if (!post.external_uid.empty()) known_uids.insert(post.external_uid);
        known_uids.insert(event_uid(w, post));
        taken_ids.insert(post.id);
    }
    std::set<std::string> uids_in_file;
    int next_id = 1;
    auto fresh_id = [&] {
        std::string id;
        do id = "ics-" + std::to_string(next_id++);
        while (taken_ids.count(id));
        taken_ids.insert(id);
        return id;
    };

    for (const RawEvent& e : *events) {
        std::string uid(text::trim(e.text("UID")));
        if (uid.empty()) uid = synthetic_uid(e);
        const std::string summary(text::trim(e.text("SUMMARY")));
        auto skip = [&](SkipReason reason) {
            SkippedEvent s{e.line, uid, summary, reason, {}};
            s.message = tr(std::string("interop.ics.skip.") + skip_reason_name(reason), options.lang,
                           {{"line", std::to_string(e.line)}, {"tzid", e.find("DTSTART") ? e.find("DTSTART")->parameter_value("TZID") : ""},
                            {"value", e.find("DTSTART") ? e.find("DTSTART")->value : ""}});
            report.skipped.push_back(std::move(s));
        };
        if (e.find("RECURRENCE-ID")) {
            skip(SkipReason::modified_occurrence);
            continue;
        }
        if (!uids_in_file.insert(uid).second) {
            skip(SkipReason::duplicate_uid);
            continue;
        }
        if (known_uids.count(uid)) {
            ++report.already_present;
            continue;
        }
        if (upper_ascii(std::string(text::trim(e.text("STATUS")))) == "CANCELLED") {
            skip(SkipReason::cancelled);
            continue;
        }
        const ContentLine* dtstart = e.find("DTSTART");
        if (!dtstart) {
            skip(SkipReason::no_start);
            continue;
        }
        const Start start = read_start(*dtstart, w, options);
        if (start.problem) {
            skip(*start.problem);
            continue;
        }
        if (e.find("RRULE")) ++report.recurring;

        Post post;
        post.id = fresh_id();
        post.title = summary.empty() ? tr("interop.ics.untitled_event", options.lang) : summary;
        post.status = PostStatus::idea;
        post.scheduled_at = start.at;
        post.external_uid = uid;
        post.tags = {"agenda"};
        PostVariant variant;
        std::string body(text::trim(e.text("DESCRIPTION")));
        if (const std::string location = std::string(text::trim(e.text("LOCATION"))); !location.empty()) {
            if (!body.empty()) body += "\n\n";
            body += tr("interop.ics.location", options.lang, {{"value", location}});
        }
        variant.link = std::string(text::trim(e.find("URL") ? e.find("URL")->value : std::string()));
        if (!variant.link.empty()) {
            if (!body.empty()) body += "\n";
            body += variant.link;
        }
        if (utf8::has_control_character(post.title) || utf8::has_control_character(body)) {
            skip(SkipReason::control_character);
            continue;
        }
        variant.text = body;
        if (!body.empty() || !variant.link.empty()) post.variants.push_back(std::move(variant));
        report.posts.push_back(std::move(post));
        report.post_lines.push_back(e.line);
    }
    return report;
}

void apply_import(Workspace& workspace, const ImportReport& report, Instant at, const std::string& person_id) {
    for (const Post& post : report.posts) workspace.posts.push_back(post);
    if (at == Instant{} && person_id.empty()) return;
    edit::record(workspace, {person_id, at}, edit::AuditAction::import_ics, "", std::to_string(report.posts.size()) + " / " + std::to_string(report.events));
}

}  // namespace parvis::ics
