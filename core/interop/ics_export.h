// The editorial calendar as an iCalendar file (RFC 5545), for Outlook, Thunderbird or Google
// Calendar: one VEVENT per dated post, in the collectivité's time zone with its VTIMEZONE.
//
// What the file holds: titles, texts of the variants, networks, campaign, message type and
// status — what a colleague needs to see the planning. Never an access token (the workspace
// holds none; see model/workspace.h) and no personal data beyond what the posts already say.
//
// Each post keeps the same UID in every export ("<post id>.<workspace id>@parvis"), so that a
// calendar that subscribes to or re-imports the file updates its events instead of doubling them.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::ics {

struct ExportOptions {
    Instant stamp{};             // DTSTAMP of every event (UTC); the epoch means "now"
    int duration_minutes = 0;    // length of each event; 0: 15 minutes
    Lang lang = Lang::fr;        // labels of the descriptions and the calendar's name
};

// The whole file, CRLF line breaks, folded at 75 octets. A post is exported when it has a
// scheduled_at (or, failing that, a published_at); undated ideas are left out.
std::string export_calendar(const Workspace& workspace, const ExportOptions& options = {});

// The UID of a post's event: stable across exports, unique across workspaces.
std::string event_uid(const Workspace& workspace, const Post& post);

// The instant a post's event starts at: scheduled_at, else published_at; nothing when undated.
std::optional<Instant> event_start(const Post& post);

// The VTIMEZONE component of `zone` (core/calendar/time_zone.h), CRLF lines, folded, built from
// the zone's offsets in `reference_year`: one STANDARD for a zone without summer time, or a
// STANDARD and a DAYLIGHT with a yearly RRULE (e.g. BYMONTH=3;BYDAY=-1SU for Paris). Empty for
// an unknown zone.
std::string vtimezone(std::string_view zone, int reference_year);

}  // namespace parvis::ics
