// Importing an iCalendar file (typically the town's events agenda) as post ideas: each event
// becomes a post in status « idée », titled by its SUMMARY, its text made of DESCRIPTION,
// LOCATION and URL, scheduled at the event's start.
//
// Start times: DTSTART with a TZID the time-zone table knows (and a few Windows names of the
// same zones, as Outlook writes them), in UTC ("…Z"), floating (read in the workspace's zone) or
// a DATE alone (an all-day event: scheduled at `all_day_time` on that day, workspace zone).
// A local time in a spring-forward gap is read with the offset before the gap and one that
// happens twice is its first occurrence, as RFC 5545 §3.3.5 prescribes.
//
// Import is idempotent: the event's UID is kept on the post (Post::external_uid), and an event
// whose UID is already there — or that is one of this workspace's own exported posts — is counted
// as already present, not added again. A file that cannot be read at all is an Error; an event
// that cannot be used is skipped and listed with its reason, the rest is imported.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "error.h"
#include "model/workspace.h"

namespace parvis::ics {

inline constexpr std::size_t kDefaultMaxIcsBytes = std::size_t{8} * 1024 * 1024;

struct ImportOptions {
    std::size_t max_bytes = 0;        // 0: kDefaultMaxIcsBytes (8 MiB)
    TimeOfDay all_day_time{9 * 60};   // publication time proposed for an all-day event
    Lang lang = Lang::fr;             // of the skip reasons' messages
};

// Why an event was not imported. Codes are stable identifiers (tests and the CLI's JSON).
enum class SkipReason {
    no_start,         // no DTSTART
    bad_start,        // DTSTART that is not a date or date-time
    unknown_zone,     // TZID not in the time-zone table
    cancelled,        // STATUS:CANCELLED
    modified_occurrence,  // RECURRENCE-ID: a change to one occurrence of a series
    duplicate_uid,    // the same UID twice in the file
    control_character,  // NUL, escape… in the summary, description or location (utf8::has_control_character)
};
const char* skip_reason_name(SkipReason reason);

struct SkippedEvent {
    int line = 0;              // line of BEGIN:VEVENT in the file
    std::string uid;
    std::string summary;
    SkipReason reason = SkipReason::no_start;
    std::string message;       // the reason as a sentence, in options.lang
};

struct ImportReport {
    int events = 0;                     // VEVENTs in the file
    int already_present = 0;            // same UID as a post of the workspace
    std::vector<Post> posts;            // the new ideas, ids free in the workspace, not yet added
    std::vector<int> post_lines;        // line of each new post's BEGIN:VEVENT
    std::vector<SkippedEvent> skipped;
    int recurring = 0;                  // events with an RRULE: only their first date is taken
};

// Reads `text` against `workspace` (its zone, its posts' UIDs and ids) without changing it.
// Errors: file_too_large, invalid_utf8 (line and column of the bad byte), invalid_value with
// reason ics_not_calendar (no BEGIN:VCALENDAR), ics_truncated (a component never closed) or
// ics_too_deep (BEGIN/END nested more than 8 levels).
Result<ImportReport> import_calendar(std::string_view text, const Workspace& workspace,
                                     const ImportOptions& options = {});

// Appends the report's posts to the workspace and records one audit entry (action
// "posts.import_ics") when `person_id` or `at` is given.
void apply_import(Workspace& workspace, const ImportReport& report, Instant at = {},
                  const std::string& person_id = {});

}  // namespace parvis::ics
