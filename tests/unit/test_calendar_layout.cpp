// The calendar views' layout (days, lanes, colours, legend, filter) and their edits (move keeping
// the local time across a change of offset, drop on a slot, create at a slot) with audit entries.
#include <doctest/doctest.h>

#include "calendar/calendar_layout.h"

using namespace parvis;
using namespace std::chrono_literals;
using namespace date::literals;

namespace {

Instant paris(Day day, std::chrono::minutes time) {  // a wall-clock time in Paris, unique
    const LocalTimeResolution r = from_local(LocalTime{date::local_days{date::sys_days{day}.time_since_epoch()}} + time, "Europe/Paris");
    REQUIRE(r.kind == LocalTimeKind::unique);
    return r.earlier;
}
date::local_days local(Day day) { return date::local_days{date::sys_days{day}.time_since_epoch()}; }

Workspace sample() {
    Workspace ws;
    ws.accounts = {{.id = "fb", .network = Network::facebook}, {.id = "masto", .network = Network::mastodon},
                   {.id = "old", .network = Network::x, .active = false}};
    ws.campaigns = {{.id = "ete", .name = "Été", .color = "#ff8800"}, {.id = "ecole", .name = "Rentrée", .color = "#00aa44"}};
    ws.charter.message_types = {{.id = "info", .name = "Information"}};
    auto post = [&](std::string id, Instant at, std::string campaign, std::string account) {
        Post p;
        p.id = std::move(id);
        p.title = "Publication " + p.id;
        p.scheduled_at = at;
        p.campaign_id = std::move(campaign);
        p.variants.push_back({.account_id = std::move(account), .text = "texte " + p.id});
        ws.posts.push_back(std::move(p));
    };
    post("a", paris(2026_y / 11 / 30, 10h), "ete", "fb");
    post("b", paris(2026_y / 11 / 30, 10h + 15min), "ete", "masto");   // overlaps a
    post("c", paris(2026_y / 11 / 30, 9h), "ecole", "fb");
    post("d", paris(2026_y / 12 / 2, 23h + 30min), "", "masto");        // late evening, local day 2
    post("e", paris(2026_y / 12 / 10, 8h), "ete", "fb");                 // outside the week
    Post idea;
    idea.id = "idee";
    idea.title = "Idée sans date";
    ws.posts.push_back(idea);
    return ws;
}

CalendarLayoutOptions week_of_30_november() {
    CalendarLayoutOptions o;
    o.first = local(2026_y / 11 / 30);
    o.days = 7;
    return o;
}

}  // namespace

TEST_CASE("layout: posts land on their local day and minute, sorted, with lanes for overlaps") {
    const Workspace ws = sample();
    const CalendarLayout l = layout_calendar(ws, week_of_30_november());
    REQUIRE(l.chips.size() == 4);
    REQUIRE(l.day_start.size() == 8);
    CHECK(l.day_start[0] == 0);
    CHECK(l.day_start[1] == 3);  // three posts on Monday 30 November
    CHECK(l.chips[0].post == 2);  // c at 09:00 first
    CHECK(l.chips[0].minute == 9 * 60);
    CHECK(l.chips[0].lanes == 1);
    CHECK(l.chips[1].post == 0);
    CHECK(l.chips[2].post == 1);
    CHECK(l.chips[1].lane == 0);
    CHECK(l.chips[2].lane == 1);  // 10:00 and 10:15 overlap with 30-minute chips
    CHECK(l.chips[1].lanes == 2);
    CHECK(l.chips[2].lanes == 2);
    // 23:30 in Paris is 22:30 UTC: still 2 December locally.
    CHECK(l.chips[3].day == 2);
    CHECK(l.chips[3].minute == 23 * 60 + 30);
    CHECK(l.undated_matching == 1);
}

TEST_CASE("layout: the same instant lands on another day in another zone") {
    Workspace ws = sample();
    CalendarLayoutOptions o = week_of_30_november();
    o.time_zone = "Pacific/Noumea";  // UTC+11: 23:30 Paris (22:30 UTC) is 09:30 on 3 December
    const CalendarLayout l = layout_calendar(ws, o);
    const auto it = std::find_if(l.chips.begin(), l.chips.end(), [](const LayoutChip& c) { return c.post == 3; });
    REQUIRE(it != l.chips.end());
    CHECK(it->day == 3);
    CHECK(it->minute == 9 * 60 + 30);
}

TEST_CASE("layout: colours by campaign or by network, legend most used first") {
    const Workspace ws = sample();
    CalendarLayoutOptions o = week_of_30_november();
    CalendarLayout l = layout_calendar(ws, o);
    CHECK(l.chips[1].colour == 0xff8800);
    CHECK(l.chips[0].colour == 0x00aa44);
    CHECK(l.chips[3].colour == kNoColour);
    REQUIRE(l.legend.size() == 3);
    CHECK(l.legend[0].label == "Été");
    CHECK(l.legend[0].count == 2);

    o.colouring = CalendarColouring::network;
    l = layout_calendar(ws, o);
    CHECK(l.chips[1].colour == network_colour(Network::facebook));
    CHECK(l.chips[2].colour == network_colour(Network::mastodon));
    REQUIRE(l.legend.size() == 2);
    CHECK(l.legend[0].network == static_cast<int>(Network::facebook));
    CHECK(l.legend[0].count == 2);
    CHECK(l.legend[1].network == static_cast<int>(Network::mastodon));
}

TEST_CASE("layout: filters by network, campaign, type, status, person and text") {
    Workspace ws = sample();
    ws.posts[0].status = PostStatus::scheduled;
    ws.posts[0].owner_id = "alice";
    CalendarLayoutOptions o = week_of_30_november();
    auto count = [&] { return layout_calendar(ws, o).chips.size(); };
    o.filter.network = Network::mastodon;
    CHECK(count() == 2);
    o.filter = {};
    o.filter.campaign_id = "ete";
    CHECK(count() == 2);
    o.filter = {};
    o.filter.status = PostStatus::scheduled;
    CHECK(count() == 1);
    o.filter = {};
    o.filter.owner_id = "alice";
    CHECK(count() == 1);
    o.filter = {};
    o.filter.text = "texte b";
    CHECK(count() == 1);
    o.filter = {};
    o.filter.message_type_id = "info";
    CHECK(count() == 0);
}

TEST_CASE("layout: malformed colours and an empty range do not break") {
    CHECK(parse_colour("#2f6db5") == 0x2f6db5);
    CHECK(parse_colour("2f6db5") == kNoColour);
    CHECK(parse_colour("#zzzzzz") == kNoColour);
    Workspace ws = sample();
    ws.campaigns[0].color = "rouge";
    CalendarLayoutOptions o = week_of_30_november();
    CHECK(layout_calendar(ws, o).chips[1].colour == kNoColour);
    o.days = 0;
    CHECK(layout_calendar(ws, o).chips.empty());
    o.days = -3;
    CHECK(layout_calendar(ws, o).day_start.size() == 1);
}

TEST_CASE("layout: 2,000 posts at the same time share lanes without overflow of the counters") {
    Workspace ws = sample();
    for (int i = 0; i < 2000; ++i) {
        Post p;
        p.id = "bulk-" + std::to_string(i);
        p.scheduled_at = paris(2026_y / 12 / 1, 10h);
        ws.posts.push_back(std::move(p));
    }
    const CalendarLayout l = layout_calendar(ws, week_of_30_november());
    CHECK(l.chips.size() == 2004);
    CHECK(l.day_start[2] - l.day_start[1] == 2000);
    CHECK(l.chips[l.day_start[1]].lanes == 2000);
}

TEST_CASE("moving a post to another day keeps its local time across the change to summer time") {
    const Instant friday = paris(2027_y / 3 / 26, 10h);  // UTC+1
    const LocalTimeResolution r = same_time_on_day(friday, local(2027_y / 3 / 29), "Europe/Paris");  // UTC+2
    REQUIRE(r.kind == LocalTimeKind::unique);
    CHECK(r.earlier == paris(2027_y / 3 / 29, 10h));
    CHECK(r.earlier - friday == date::days{3} - 1h);
    // 02:30 moved onto the day of the change does not exist: both readings come back.
    const LocalTimeResolution gap = same_time_on_day(paris(2027_y / 3 / 27, 2h + 30min), local(2027_y / 3 / 28), "Europe/Paris");
    CHECK(gap.kind == LocalTimeKind::nonexistent);
    const LocalTimeResolution twice = instant_at(local(2027_y / 10 / 31), 2 * 60 + 30, "Europe/Paris");
    CHECK(twice.kind == LocalTimeKind::ambiguous);
    CHECK(twice.later - twice.earlier == 1h);
}

