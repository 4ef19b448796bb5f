// The calendar views' layout: which posts fall on which local day and minute of the visible
// range, in which lane when they overlap, with which colour — plus the list view's filter and the
// edits a view makes (move a post to another day keeping its local time, to a slot, create one).
//
// Why a plain function: the month and week views show up to thousands of posts; walking the
// workspace, converting instants to local time and sorting every frame would cost milliseconds.
// The UI calls `layout_calendar` only when the document's revision, the range, the filter or the
// colouring changes, and each frame only places the cached chips (see tests/bench/calendar_bench).
//
// Index
// [SECTION] Filter
// [SECTION] Layout
// [SECTION] Edits from the views
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/time_zone.h"
#include "model/workspace.h"

namespace parvis {

//-----------------------------------------------------------------------------
// [SECTION] Filter
//-----------------------------------------------------------------------------

// Every field empty (or unset) lets every post through.
struct CalendarFilter {
    std::optional<Network> network;     // a post with at least one variant on this network
    std::string campaign_id;            // "" all
    std::string message_type_id;        // "" all
    std::optional<PostStatus> status;
    std::string owner_id;               // "" all
    std::string text;                   // model/search.h post_contains
    bool operator==(const CalendarFilter&) const = default;
};

bool post_matches(const Workspace& ws, const Post& post, const CalendarFilter& filter);

//-----------------------------------------------------------------------------
// [SECTION] Layout
//-----------------------------------------------------------------------------

enum class CalendarColouring { campaign, network };

struct CalendarLayoutOptions {
    date::local_days first{};          // first local day shown
    int days = 7;                       // number of days shown (7 for a week, 42 for a month grid)
    std::string time_zone = "Europe/Paris";
    CalendarFilter filter;
    CalendarColouring colouring = CalendarColouring::campaign;
    int chip_minutes = 30;              // a chip's height in the week view, for overlap lanes
    bool operator==(const CalendarLayoutOptions&) const = default;
};

// One post drawn in the range.
struct LayoutChip {
    std::uint32_t post = 0;       // index in Workspace::posts
    std::int32_t day = 0;         // 0 … days-1
    std::int32_t minute = 0;      // local minutes after midnight, 0 … 1439
    std::uint16_t lane = 0;       // overlap column in the week view
    std::uint16_t lanes = 1;      // columns of its group of overlapping chips
    std::uint32_t colour = 0;     // 0xRRGGBB
};

struct LegendEntry {
    std::string label;            // campaign name; "" for a network (the UI names it) or for none
    int network = -1;             // the Network in the network colouring, -1 otherwise
    std::uint32_t colour = 0;
    int count = 0;                // chips of this colour in the range
};

struct CalendarLayout {
    std::vector<LayoutChip> chips;            // by day, then minute, then post index
    std::vector<std::uint32_t> day_start;     // chips of day d: [day_start[d], day_start[d+1])
    std::vector<LegendEntry> legend;          // colours in use, most used first
    int undated_matching = 0;                 // ideas without a date that pass the filter
};

// Colour used when a post has no campaign (or no network): a neutral grey.
constexpr std::uint32_t kNoColour = 0x8a8f98;

// "#2f6db5" → 0x2f6db5; anything malformed gives kNoColour.
std::uint32_t parse_colour(const std::string& hex);
// The fixed colour of each network in the network colouring.
std::uint32_t network_colour(Network network);

CalendarLayout layout_calendar(const Workspace& ws, const CalendarLayoutOptions& options);

// Local day and minute of `at` in `zone` (UTC for an unknown zone).
struct LocalSlot {
    date::local_days day{};
    int minute = 0;
};
LocalSlot local_slot(Instant at, const std::string& zone);

//-----------------------------------------------------------------------------
// [SECTION] Edits from the views
// Where a click or a drop lands in time; the edits themselves are core/edit/post_edits.h.
//-----------------------------------------------------------------------------

// The instant for a wall-clock time on `day` at `minute` in `zone`. In a spring-forward gap or a
// fall-back overlap both candidates come back (time_zone.h): the UI asks the user to choose.
LocalTimeResolution instant_at(date::local_days day, int minute, const std::string& zone);

// The month view's move: same local time of day on `day`. The result may be ambiguous or fall in
// a gap when the target day has a change of offset.
LocalTimeResolution same_time_on_day(Instant at, date::local_days day, const std::string& zone);

}  // namespace parvis
