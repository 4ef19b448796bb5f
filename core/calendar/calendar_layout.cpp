// The calendar views' layout and edits. See calendar_layout.h.
#include "calendar/calendar_layout.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "format/format.h"
#include "model/find.h"
#include "io/enum_names.h"
#include "model/search.h"
#include "parvis_assert.h"

namespace parvis {
namespace {

using namespace std::chrono_literals;

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Assigns overlap lanes to one day's chips (sorted by minute): chips whose spans overlap,
// directly or through others, form a group that shares the day's width.
void assign_lanes(LayoutChip* begin, LayoutChip* end, int chip_minutes, std::vector<int>& lane_end) {
    LayoutChip* group = begin;
    int group_end = -1;
    lane_end.clear();
    auto close_group = [&](LayoutChip* until) {
        const auto lanes = static_cast<std::uint16_t>(std::max<std::size_t>(1, lane_end.size()));
        for (LayoutChip* c = group; c != until; ++c) c->lanes = lanes;
        lane_end.clear();
    };
    for (LayoutChip* c = begin; c != end; ++c) {
        if (c->minute >= group_end && c != group) {
            close_group(c);
            group = c;
        }
        const int stop = c->minute + chip_minutes;
        std::size_t lane = 0;
        while (lane < lane_end.size() && lane_end[lane] > c->minute) ++lane;
        if (lane == lane_end.size()) lane_end.push_back(stop);
        else lane_end[lane] = stop;
        c->lane = static_cast<std::uint16_t>(std::min<std::size_t>(lane, 0xffff));
        group_end = std::max(group_end, stop);
    }
    close_group(end);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Filter
//-----------------------------------------------------------------------------
bool post_matches(const Workspace& ws, const Post& post, const CalendarFilter& filter) {
    if (!filter.campaign_id.empty() && post.campaign_id != filter.campaign_id) return false;
    if (!filter.message_type_id.empty() && post.message_type_id != filter.message_type_id) return false;
    if (filter.status && post.status != *filter.status) return false;
    if (!filter.owner_id.empty() && post.owner_id != filter.owner_id) return false;
    if (filter.network) {
        const bool on_network = std::any_of(post.variants.begin(), post.variants.end(), [&](const PostVariant& v) {
            const NetworkAccount* a = find_account(ws, v.account_id);
            return a && a->network == *filter.network;
        });
        if (!on_network) return false;
    }
    return post_contains(post, filter.text);
}

//-----------------------------------------------------------------------------
// [SECTION] Layout
//-----------------------------------------------------------------------------
std::uint32_t parse_colour(const std::string& hex) {
    if (hex.size() != 7 || hex[0] != '#') return kNoColour;
    std::uint32_t value = 0;
    for (std::size_t i = 1; i < 7; ++i) {
        const int d = hex_digit(hex[i]);
        if (d < 0) return kNoColour;
        value = value << 4 | static_cast<std::uint32_t>(d);
    }
    return value;
}

std::uint32_t network_colour(Network network) {
    // Close to each platform's own colour, darkened where white text must stay readable.
    static constexpr std::uint32_t colours[] = {
        0x1877f2, 0xc13584, 0x222222, 0x0a66c2, 0x6364ff, 0x0560d8,
        0x444444, 0xcc0000, 0x010101, 0xb5a800, 0xbd081c, 0x128c3e,
    };
    static_assert(std::size(colours) == io::EnumNames<Network>::count, "network_colour: add the new network's colour");
    const auto i = static_cast<std::size_t>(network);
    return i < std::size(colours) ? colours[i] : kNoColour;
}

LocalSlot local_slot(Instant at, const std::string& zone) {
    const std::optional<LocalTime> local = to_local(at, zone);
    const LocalTime wall = local ? *local : LocalTime{at.time_since_epoch()};
    const date::local_days day = date::floor<date::days>(wall);
    const auto minute = std::chrono::duration_cast<std::chrono::minutes>(wall - day).count();
    return {day, static_cast<int>(minute)};
}

CalendarLayout layout_calendar(const Workspace& ws, const CalendarLayoutOptions& options) {
    CalendarLayout out;
    const int days = std::max(0, options.days);
    out.day_start.assign(static_cast<std::size_t>(days) + 1, 0);
    if (days == 0) return out;

    // Coarse UTC bounds (every zone is within ±14 h of UTC); the exact test is on local days.
    const Instant lo{(options.first - date::days{1}).time_since_epoch()};
    const Instant hi{(options.first + date::days{days + 1}).time_since_epoch()};

    // Lookups built once per layout, not per post.
    std::unordered_map<std::string, std::size_t> campaign_index;
    for (std::size_t i = 0; i < ws.campaigns.size(); ++i) campaign_index.emplace(ws.campaigns[i].id, i);
    std::unordered_map<std::string, Network> account_network;
    for (const NetworkAccount& a : ws.accounts) account_network.emplace(a.id, a.network);
    // Legend slots: one per campaign then one per network then "none".
    const std::size_t networks = io::EnumNames<Network>::count;
    const std::size_t none_slot = ws.campaigns.size() + networks;
    std::vector<int> counts(none_slot + 1, 0);

    out.chips.reserve(256);
    for (std::size_t i = 0; i < ws.posts.size(); ++i) {
        const Post& p = ws.posts[i];
        const bool dated = p.scheduled_at.has_value();
        if (dated && (*p.scheduled_at < lo || *p.scheduled_at >= hi)) continue;
        if (!post_matches(ws, p, options.filter)) continue;
        if (!dated) { ++out.undated_matching; continue; }
        const LocalSlot slot = local_slot(*p.scheduled_at, options.time_zone);
        const auto day = (slot.day - options.first).count();
        if (day < 0 || day >= days) continue;

        std::size_t legend_slot = none_slot;
        std::uint32_t colour = kNoColour;
        if (options.colouring == CalendarColouring::campaign) {
            auto it = campaign_index.find(p.campaign_id);
            if (it != campaign_index.end()) {
                legend_slot = it->second;
                colour = parse_colour(ws.campaigns[it->second].color);
            }
        } else if (!p.variants.empty()) {
            auto it = account_network.find(p.variants.front().account_id);
            if (it != account_network.end()) {
                PARVIS_ASSERT(static_cast<std::size_t>(it->second) < networks,
                              "an account's network is outside the Network enum: read it with io::enum_from_name");
                legend_slot = ws.campaigns.size() + static_cast<std::size_t>(it->second);
                colour = network_colour(it->second);
            }
        }
        ++counts[legend_slot];
        out.chips.push_back(LayoutChip{.post = static_cast<std::uint32_t>(i), .day = static_cast<std::int32_t>(day),
                                       .minute = slot.minute, .colour = colour});
    }

    std::sort(out.chips.begin(), out.chips.end(), [](const LayoutChip& a, const LayoutChip& b) {
        if (a.day != b.day) return a.day < b.day;
        if (a.minute != b.minute) return a.minute < b.minute;
        return a.post < b.post;
    });
    std::vector<int> lane_end;
    std::size_t c = 0;
    for (int d = 0; d < days; ++d) {
        out.day_start[static_cast<std::size_t>(d)] = static_cast<std::uint32_t>(c);
        const std::size_t first = c;
        while (c < out.chips.size() && out.chips[c].day == d) ++c;
        assign_lanes(out.chips.data() + first, out.chips.data() + c, std::max(1, options.chip_minutes), lane_end);
    }
    out.day_start[static_cast<std::size_t>(days)] = static_cast<std::uint32_t>(out.chips.size());

    for (std::size_t s = 0; s < counts.size(); ++s) {
        if (counts[s] == 0) continue;
        LegendEntry e{.count = counts[s]};
        if (s < ws.campaigns.size()) {
            e.label = ws.campaigns[s].name;
            e.colour = parse_colour(ws.campaigns[s].color);
        } else if (s < none_slot) {
            const auto n = static_cast<Network>(s - ws.campaigns.size());
            e.network = static_cast<int>(s - ws.campaigns.size());
            e.colour = network_colour(n);
        } else {
            e.colour = kNoColour;  // label "" : no campaign / no network
        }
        out.legend.push_back(std::move(e));
    }
    std::stable_sort(out.legend.begin(), out.legend.end(), [](const LegendEntry& a, const LegendEntry& b) { return a.count > b.count; });
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Edits from the views
//-----------------------------------------------------------------------------
LocalTimeResolution instant_at(date::local_days day, int minute, const std::string& zone) {
    PARVIS_ASSERT(minute >= 0 && minute < 24 * 60, "instant_at: minute is after midnight, 0…1439; a later time belongs to the next day");
    return from_local(LocalTime{day} + std::chrono::minutes{minute}, zone);
}

LocalTimeResolution same_time_on_day(Instant at, date::local_days day, const std::string& zone) {
    const std::optional<LocalTime> local = to_local(at, zone);
    const LocalTime wall = local ? *local : LocalTime{at.time_since_epoch()};
    const auto time_of_day = wall - date::floor<date::days>(wall);
    return from_local(LocalTime{day} + time_of_day, zone);
}

}  // namespace parvis
