// Calendrier: month, week and list views of the posts in the collectivité's time zone, coloured
// by campaign or by network, over the French public calendar (calendar_layers.cpp). Posts are
// dragged to another day or slot, created by a double click on an empty slot (or Entrée), and
// the keyboard moves the selected day. The views live in calendar_month/week/list.cpp.
//
// Index
// [SECTION] State, time, colours
// [SECTION] Layout cache
// [SECTION] Edits (move, create, the summer/winter time choice)
// [SECTION] Chips and drag and drop
// [SECTION] Toolbar, filters, legend
// [SECTION] Keyboard
// [SECTION] Side panel
// [SECTION] Screen and test summary
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "edit/post_edits.h"
#include "format/format.h"
#include "model/find.h"
#include "model/networks.h"
#include "io/enum_names.h"
#include "ui/calendar_view.h"
#include "ui/screens.h"
#include "ui/time_choice.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace cal {

//-----------------------------------------------------------------------------
// [SECTION] State, time, colours
//-----------------------------------------------------------------------------
date::local_days local_today(const App& app) { return local_slot(now_instant(), app.doc.workspace().profile.time_zone).day; }

ImU32 rgb(std::uint32_t c, float alpha) {
    return IM_COL32((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff, static_cast<int>(alpha * 255.0f));
}

ImU32 text_on(std::uint32_t c) {
    const float lum = 0.299f * float((c >> 16) & 0xff) + 0.587f * float((c >> 8) & 0xff) + 0.114f * float(c & 0xff);
    return lum > 150.0f ? u32(palette().chip_text_dark) : u32(palette().chip_text_light);
}

namespace {

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}


std::string iso_day(date::local_days d) { return date::format("%F", d); }

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Layout cache
//-----------------------------------------------------------------------------
CalendarLayoutOptions range_options(const App& app, const State& s) {
    CalendarLayoutOptions o;
    o.time_zone = app.doc.workspace().profile.time_zone;
    o.filter = s.filter;
    o.colouring = s.colouring;
    const date::local_days sel = s.selected;
    const date::weekday wd{sel};
    const int from_monday = static_cast<int>(wd.iso_encoding()) - 1;
    if (s.view == View::week) {
        o.first = sel - date::days{from_monday};
        o.days = 7;
    } else {
        const Day d = to_day(sel);
        const date::local_days first_of_month{date::sys_days{d.year() / d.month() / 1}.time_since_epoch()};
        const int lead = static_cast<int>(date::weekday{first_of_month}.iso_encoding()) - 1;
        o.first = first_of_month - date::days{lead};
        o.days = 42;
    }
    return o;
}

void ensure_layout(App& app, State& s) {
    if (!s.selected_set) { s.selected = local_today(app); s.selected_set = true; }
    const CalendarLayoutOptions o = range_options(app, s);
    if (o == s.options && s.revision == app.doc.revision()) return;
    const bool range_changed = o.first != s.options.first || o.days != s.options.days || o.time_zone != s.options.time_zone;
    s.options = o;
    s.revision = app.doc.revision();
    const Workspace& ws = app.doc.workspace();
    s.layout = layout_calendar(ws, o);
    ++s.layout_builds;
    if (range_changed || s.day_label.size() != static_cast<std::size_t>(o.days)) {
        s.day_label.resize(static_cast<std::size_t>(o.days));
        for (int d = 0; d < o.days; ++d)
            s.day_label[static_cast<std::size_t>(d)] = format_day_long(to_day(o.first + date::days{d}), app.settings.lang);
    }
    s.chip_text.resize(s.layout.chips.size());
    s.chip_label.resize(s.layout.chips.size());
    s.chip_a11y.resize(s.layout.chips.size());
    for (std::size_t i = 0; i < s.layout.chips.size(); ++i) {
        const LayoutChip& c = s.layout.chips[i];
        const Post& p = ws.posts[c.post];
        const std::string& title = p.title.empty() ? parvis::tr("composer.new_title", app.settings.lang) : p.title;
        const std::string time = format_time(TimeOfDay{c.minute});
        s.chip_text[i] = std::string(status_symbol(p.status)) + " " + time + " " + title;
        s.chip_label[i] = title + "##chip-" + p.id;
        // Screen readers get the title, day, time and status: what the eye reads from the chip's
        // place in the grid and its colour.
        const auto day = static_cast<std::size_t>(c.day);
        s.chip_a11y[i] = title + ", " + (day < s.day_label.size() ? s.day_label[day] + " " : std::string()) + time + ", " +
                         status_label(app, p.status);
    }
    build_layers(app, s);
}

//-----------------------------------------------------------------------------
// [SECTION] Edits (move, create, the summer/winter time choice)
//-----------------------------------------------------------------------------
namespace {

void apply_move(App& app, const std::string& post_id, Instant at) {
    after_edit(app, edit::reschedule_post(app.doc.edit(), actor(app), post_id, at));
}

void apply_create(App& app, Instant at) {
    const std::string id =
        edit::create_post(app.doc.edit(), actor(app), {.title = parvis::tr("composer.new_title", app.settings.lang), .at = at});
    mark_edited(app);
    open_in_composer(app, id);
}

void resolve(App& app, State& s, PendingTime p) {
    if (p.resolution.kind == LocalTimeKind::unique || p.resolution.kind == LocalTimeKind::unknown_zone) {
        const Instant at = p.resolution.kind == LocalTimeKind::unique
                               ? p.resolution.earlier
                               : Instant{(LocalTime{p.day} + std::chrono::minutes{p.minute}).time_since_epoch()};
        if (p.create) apply_create(app, at);
        else apply_move(app, p.post_id, at);
        return;
    }
    p.open = true;  // the dialog opens itself in the calendar's window (time_choice_dialog)
    s.pending = std::move(p);
}

}  // namespace

void open_in_composer(App& app, const std::string& post_id) { app.intents.push_back(OpenPost{post_id}); }

void request_move(App& app, State& s, std::uint32_t post, date::local_days day, int minute, bool keep_time) {
    const Workspace& ws = app.doc.workspace();
    if (post >= ws.posts.size()) return;
    const Post& p = ws.posts[post];
    PendingTime t;
    t.post = post;
    t.post_id = p.id;
    t.day = day;
    const std::string& zone = ws.profile.time_zone;
    if (keep_time && p.scheduled_at) {
        t.minute = local_slot(*p.scheduled_at, zone).minute;
        t.resolution = same_time_on_day(*p.scheduled_at, day, zone);
    } else {
        t.minute = minute;
        t.resolution = instant_at(day, minute, zone);
    }
    s.selected_post = p.id;
    resolve(app, s, std::move(t));
}

void request_create(App& app, State& s, date::local_days day, int minute) {
    PendingTime t;
    t.create = true;
    t.day = day;
    t.minute = minute;
    t.resolution = instant_at(day, minute, app.doc.workspace().profile.time_zone);
    resolve(app, s, std::move(t));
}

namespace {

// The choice for a time skipped by the change to summer time or repeated by the change to winter
// time (ui/time_choice.h, the same question as Rédaction's « Programmer »).
void time_choice(App& app, State& s) {
    PendingTime& p = s.pending;
    if (const auto at = time_choice_dialog(app, "##calendar-time-choice", p.open, p.day, p.minute, p.resolution)) {
        PendingTime chosen = p;
        chosen.resolution = {LocalTimeKind::unique, *at, {}};
        resolve(app, s, chosen);
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Chips and drag and drop
//-----------------------------------------------------------------------------
bool hit_area(const char* label, const ImVec2& size) {
    const bool pressed = ImGui::InvisibleButton(label, ImVec2(std::max(1.0f, size.x), std::max(1.0f, size.y)));
#ifdef IMGUI_ENABLE_TEST_ENGINE
    ImGuiContext* g = ImGui::GetCurrentContext();
    if (g->TestEngineHookItems) ImGuiTestEngineHook_ItemInfo(g, ImGui::GetItemID(), label, 0);
#endif
    return pressed;
}

bool second_click(State& s, std::int64_t key) {
    const double t = ImGui::GetTime();
    const int f = ImGui::GetFrameCount();
    const bool twice = s.last_click_key == key && (t - s.last_click_time < 0.5 || f - s.last_click_frame <= 3);
    s.last_click_key = twice ? -1 : key;
    s.last_click_time = t;
    s.last_click_frame = f;
    return twice;
}

// The name of a colour of the legend: its campaign, its network, or « sans campagne ».
const char* legend_label(const App& app, const State& s, const LegendEntry& e) {
    return !e.label.empty() ? e.label.c_str()
           : e.network >= 0 ? network_label(app, static_cast<Network>(e.network))
                            : tr(app, s.colouring == CalendarColouring::campaign ? "calview.no_campaign" : "calview.no_network");
}

void chip(App& app, State& s, std::size_t i, const ImRect& r) {
    const LayoutChip& c = s.layout.chips[i];
    const Workspace& ws = app.doc.workspace();
    const Post& p = ws.posts[c.post];
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool selected = s.selected_post == p.id;
    const bool dragged = s.drag.active && s.drag.post == c.post;
    const float alpha = dragged ? 0.35f : (p.status == PostStatus::cancelled ? 0.45f : 1.0f);
    dl->AddRectFilled(r.Min, r.Max, rgb(c.colour, alpha), 3.0f);
    if (p.held) dl->AddRect(r.Min, r.Max, u32(palette().alert), 3.0f, 0, 2.0f);
    if (selected) dl->AddRect(ImVec2(r.Min.x - 1, r.Min.y - 1), ImVec2(r.Max.x + 1, r.Max.y + 1), u32(palette().chip_selected), 3.0f, 0, 2.5f);
    dl->PushClipRect(r.Min, r.Max, true);
    dl->AddText(ImVec2(r.Min.x + 4, r.Min.y + 1), text_on(c.colour), s.chip_text[i].c_str());
    dl->PopClipRect();
    ++s.drawn_chips;

    ImGui::SetCursorScreenPos(r.Min);
    hit_area(s.chip_label[i].c_str(), r.GetSize());
    describe_last_item(s.chip_a11y[i]);
    if (ImGui::IsItemHovered() && !s.drag.active) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(p.title.c_str());
        if (p.scheduled_at) ImGui::TextUnformatted(format_instant_local(*p.scheduled_at, ws.profile.time_zone, app.settings.lang).c_str());
        ImGui::TextDisabled("%s %s", status_symbol(p.status), status_label(app, p.status));
        // What the chip's colour stands for, in words (the legend's entry of that colour).
        for (const LegendEntry& e : s.layout.legend)
            if (e.colour == c.colour) {
                ImGui::TextDisabled("%s", legend_label(app, s, e));
                break;
            }
        ImGui::EndTooltip();
    }
    if (ImGui::IsItemActivated()) {
        s.selected_post = p.id;
        s.selected = s.options.first + date::days{c.day};
        if (second_click(s, -1 - static_cast<std::int64_t>(c.post))) open_in_composer(app, p.id);
    }
    if (ImGui::IsItemActive() && !s.drag.active && ImGui::IsMouseDragging(0, 4.0f)) {
        s.drag.active = true;
        s.drag.post = c.post;
        s.drag.title = s.chip_text[i];
        s.drag.grab = ImVec2(ImGui::GetIO().MouseClickedPos[0].x - r.Min.x, ImGui::GetIO().MouseClickedPos[0].y - r.Min.y);
    }
}

bool drop_target(const State& s, const ImVec2& mouse, float top, int& day, int& minute) {
    for (std::size_t d = 0; d < s.day_rects.size(); ++d) {
        const ImRect& r = s.day_rects[d];
        if (mouse.x < r.Min.x || mouse.x >= r.Max.x || mouse.y < r.Min.y || mouse.y >= r.Max.y) continue;
        day = static_cast<int>(d);
        minute = -1;
        if (s.view == View::week && s.week_hour_height > 0) {
            const float step = static_cast<float>(s.snap_minutes);
            const float m = (top - r.Min.y) / s.week_hour_height * 60.0f;
            minute = static_cast<int>(std::floor(m / step + 0.5f) * step);
            minute = std::clamp(minute, 0, 24 * 60 - s.snap_minutes);
        }
        return true;
    }
    return false;
}

namespace {

void finish_drag(App& app, State& s) {
    if (!s.drag.active) return;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float top = mouse.y - s.drag.grab.y;
    ImDrawList* fg = ImGui::GetForegroundDrawList();
    const float w = s.day_rects.empty() ? 120.0f : s.day_rects[0].GetWidth() - 8.0f;
    const float h = ImGui::GetTextLineHeight() + 4.0f;
    const ImVec2 min(mouse.x - s.drag.grab.x, top);
    fg->AddRectFilled(min, ImVec2(min.x + w, min.y + h), u32(palette().drag_ghost), 3.0f);
    fg->PushClipRect(min, ImVec2(min.x + w, min.y + h), true);
    fg->AddText(ImVec2(min.x + 4, min.y + 2), u32(palette().on_accent), s.drag.title.c_str());
    fg->PopClipRect();
    int day = 0, minute = -1;
    const bool over = drop_target(s, mouse, top, day, minute);
    if (over && s.view == View::week && minute >= 0) {
        const ImRect& r = s.day_rects[static_cast<std::size_t>(day)];
        const float y = r.Min.y + static_cast<float>(minute) / 60.0f * s.week_hour_height;
        fg->AddLine(ImVec2(r.Min.x, y), ImVec2(r.Max.x, y), u32(palette().drop_target), 2.0f);
        fg->AddText(ImVec2(r.Min.x + 2, y - ImGui::GetTextLineHeight() - 1), u32(palette().drop_time), format_time(TimeOfDay{minute}).c_str());
    } else if (over) {
        const ImRect& r = s.day_rects[static_cast<std::size_t>(day)];
        fg->AddRect(r.Min, r.Max, u32(palette().drop_target), 0, 0, 2.0f);
    }
    if (!ImGui::IsMouseDown(0)) {
        s.drag.active = false;
        if (over) request_move(app, s, s.drag.post, s.options.first + date::days{day}, minute, /*keep_time=*/minute < 0);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Toolbar, filters, legend
//-----------------------------------------------------------------------------
void go(State& s, int step) {
    if (s.view == View::week) { s.selected += date::days{7 * step}; return; }
    Day d = to_day(s.selected);
    Day moved = d.year() / d.month() / 1 + date::months{step};
    const unsigned last = unsigned((moved.year() / moved.month() / date::last).day());
    moved = moved.year() / moved.month() / date::day{std::min(unsigned(d.day()), last)};
    s.selected = date::local_days{date::sys_days{moved}.time_since_epoch()};
}

std::string range_title(const App& app, const State& s) {
    const Lang lang = app.settings.lang;
    if (s.view == View::week)
        return parvis::tr("calview.week_of", lang, {{"day", format_day(to_day(s.options.first), lang)}});
    const Day d = to_day(s.selected);
    return capitalised(parvis::tr("format.month_long." + std::to_string(unsigned(d.month())), lang)) + " " + std::to_string(int(d.year()));
}

// The filters' combos carry no side label (the preview says « Toutes les campagnes »…): the
// toolbar stays on one line at 1280 px; the label is the tooltip.
template <class Item, class Label, class Id>
void filter_combo(const char* label, float width, std::string& value, const std::vector<Item>& items, Label name_of, Id id_of, const char* all) {
    const char* preview = all;
    for (const Item& it : items)
        if (id_of(it) == value) preview = name_of(it);
    ImGui::SetNextItemWidth(width);
    ImGui::PushID(label);
    const bool open = begin_combo("##filter", preview, 0, label);
    ImGui::PopID();
    if (!open && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label);
    if (open) {
        if (ImGui::Selectable(all, value.empty())) value.clear();
        for (const Item& it : items)
            if (ImGui::Selectable(name_of(it), id_of(it) == value)) value = id_of(it);
        ImGui::EndCombo();
    }
}

void toolbar(App& app, State& s) {
    const float zoom = app.settings.zoom;
    const View before = s.view;
    if (radio(tr(app, "calview.month"), s.view == View::month)) s.view = View::month;
    ImGui::SameLine();
    if (radio(tr(app, "calview.week"), s.view == View::week)) { s.view = View::week; }
    ImGui::SameLine();
    if (radio(tr(app, "calview.list"), s.view == View::list)) s.view = View::list;
    if (before != s.view && s.view == View::week) s.scroll_week_to_morning = true;
    ImGui::SameLine(0, 24 * zoom);
    if (s.view != View::list) {
        if (ImGui::ArrowButton("##previous", ImGuiDir_Left)) go(s, -1);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "calview.previous"));
        ImGui::SameLine();
        if (ImGui::Button(tr(app, "calview.today"))) { s.selected = local_today(app); s.scroll_week_to_morning = true; }
        ImGui::SameLine();
        if (ImGui::ArrowButton("##next", ImGuiDir_Right)) go(s, 1);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "calview.next"));
        ImGui::SameLine(0, 16 * zoom);
        ImGui::TextUnformatted(range_title(app, s).c_str());
    }
    ImGui::SameLine(0, 24 * zoom);
    crisis_controls(app, s.crisis_release);
    if (s.view == View::week) {
        ImGui::SameLine(0, 24 * zoom);
        ImGui::TextUnformatted(tr(app, "calview.step"));
        ImGui::SameLine();
        if (radio(tr(app, "calview.step_15"), s.snap_minutes == 15)) s.snap_minutes = 15;
        ImGui::SameLine();
        if (radio(tr(app, "calview.step_30"), s.snap_minutes == 30)) s.snap_minutes = 30;
    }

    // Filters, shared by the three views.
    const Workspace& ws = app.doc.workspace();
    ImGui::SetNextItemWidth(150.0f * zoom);
    text_field(tr(app, "calendar.search"), s.filter.text);
    ImGui::SameLine();
    {
        const char* preview = s.filter.network ? network_label(app, *s.filter.network) : tr(app, "calview.all_networks");
        ImGui::SetNextItemWidth(118.0f * zoom);
        const bool open = begin_combo("##filter-network", preview, 0, tr(app, "calview.filter_network"));
        if (!open && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "calview.filter_network"));
        if (open) {
            if (ImGui::Selectable(tr(app, "calview.all_networks"), !s.filter.network)) s.filter.network.reset();
            for (Network n : kAllNetworks) {
                const bool used = std::any_of(ws.accounts.begin(), ws.accounts.end(), [&](const NetworkAccount& a) { return a.network == n; });
                if (used && ImGui::Selectable(network_label(app, n), s.filter.network == n)) s.filter.network = n;
            }
            ImGui::EndCombo();
        }
    }
    ImGui::SameLine();
    filter_combo(tr(app, "calview.filter_campaign"), 118.0f * zoom, s.filter.campaign_id, ws.campaigns,
                 [](const Campaign& c) { return c.name.c_str(); }, [](const Campaign& c) { return c.id; }, tr(app, "calview.all_campaigns"));
    ImGui::SameLine();
    filter_combo(tr(app, "calview.filter_type"), 118.0f * zoom, s.filter.message_type_id, ws.charter.message_types,
                 [](const MessageType& t) { return t.name.c_str(); }, [](const MessageType& t) { return t.id; }, tr(app, "calview.all_types"));
    ImGui::SameLine();
    {
        const char* preview = s.filter.status ? status_label(app, *s.filter.status) : tr(app, "calview.all_statuses");
        ImGui::SetNextItemWidth(118.0f * zoom);
        const bool open = begin_combo("##filter-status", preview, 0, tr(app, "calview.filter_status"));
        if (!open && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "calview.filter_status"));
        if (open) {
            if (ImGui::Selectable(tr(app, "calview.all_statuses"), !s.filter.status)) s.filter.status.reset();
            for (int i = 0; i <= static_cast<int>(PostStatus::cancelled); ++i) {
                const auto st = static_cast<PostStatus>(i);
                if (ImGui::Selectable(status_label(app, st), s.filter.status == st)) s.filter.status = st;
            }
            ImGui::EndCombo();
        }
    }
    ImGui::SameLine();
    filter_combo(tr(app, "calview.filter_person"), 118.0f * zoom, s.filter.owner_id, ws.people,
                 [](const Person& p) { return p.name.c_str(); }, [](const Person& p) { return p.id; }, tr(app, "calview.all_people"));
}

void legend(App& app, State& s) {
    const float zoom = app.settings.zoom;
    ImGui::TextUnformatted(tr(app, "calview.colour_by"));
    ImGui::SameLine();
    if (radio(tr(app, "calview.by_campaign"), s.colouring == CalendarColouring::campaign)) s.colouring = CalendarColouring::campaign;
    ImGui::SameLine();
    if (radio(tr(app, "calview.by_network"), s.colouring == CalendarColouring::network)) s.colouring = CalendarColouring::network;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float box = ImGui::GetTextLineHeight() * 0.8f;
    for (const LegendEntry& e : s.layout.legend) {
        const char* label = legend_label(app, s, e);
        const float w = box + 6 + ImGui::CalcTextSize(label).x + 18 * zoom;
        ImGui::SameLine(0, 0);
        if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
        else ImGui::SameLine(0, 14 * zoom);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(ImVec2(p.x, p.y + 3), ImVec2(p.x + box, p.y + 3 + box), rgb(e.colour), 2.0f);
        ImGui::Dummy(ImVec2(box + 4, box));
        ImGui::SameLine(0, 2);
        ImGui::Text("%s (%d)", label, e.count);
    }
    // The statuses' symbols (each chip starts with its post's).
    ImGui::TextDisabled("%s", tr(app, "calview.status_key"));
    for (int st = 0; st < static_cast<int>(io::EnumNames<PostStatus>::count); ++st) {
        const auto status = static_cast<PostStatus>(st);
        const std::string entry = std::string(status_symbol(status)) + " " + status_label(app, status);
        same_line_if_fits(ImGui::CalcTextSize(entry.c_str()).x, 12 * zoom);
        ImGui::TextUnformatted(entry.c_str());
    }
    // Background marks' key.
    ImGui::TextDisabled("%s", tr(app, "calview.background_key"));
    ImGui::SameLine();
    const struct { ImU32 colour; const char* key; } keys[] = {
        {u32(palette().holiday, 90), "calview.key_holiday"},
        {u32(palette().school, 70), "calview.key_school"},
        {u32(palette().electoral, 70), "calview.key_electoral"},
        {u32(palette().journee, 120), "calview.key_journee"},
    };
    for (const auto& k : keys) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(ImVec2(p.x, p.y + 3), ImVec2(p.x + box, p.y + 3 + box), k.colour, 2.0f);
        ImGui::Dummy(ImVec2(box + 4, box));
        ImGui::SameLine(0, 2);
        ImGui::TextUnformatted(tr(app, k.key));
        ImGui::SameLine(0, 14 * zoom);
    }
    school_calendar_button(app, s);  // what the school holidays' marks come from
    ImGui::SameLine(0, 8 * zoom);
    elections_button(app, s.elections);  // next to the key of the pre-electoral period they open
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard
//-----------------------------------------------------------------------------
void keyboard(App& app, State& s) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || s.pending.open || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId) || io.KeyCtrl || io.KeyAlt) return;
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
    const date::local_days before = s.selected;
    if (pressed(ImGuiKey_LeftArrow)) s.selected -= date::days{1};
    if (pressed(ImGuiKey_RightArrow)) s.selected += date::days{1};
    if (s.view == View::week) {
        if (pressed(ImGuiKey_UpArrow)) s.selected_minute = std::max(0, s.selected_minute - s.snap_minutes);
        if (pressed(ImGuiKey_DownArrow)) s.selected_minute = std::min(24 * 60 - s.snap_minutes, s.selected_minute + s.snap_minutes);
    } else {
        if (pressed(ImGuiKey_UpArrow)) s.selected -= date::days{7};
        if (pressed(ImGuiKey_DownArrow)) s.selected += date::days{7};
    }
    if (pressed(ImGuiKey_PageUp)) go(s, -1);
    if (pressed(ImGuiKey_PageDown)) go(s, 1);
    if (ImGui::IsKeyPressed('T')) { s.selected = local_today(app); s.scroll_week_to_morning = true; }
    if (s.selected != before) s.selected_post.clear();
    if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter)) {
        if (find_post(app.doc.workspace(), s.selected_post)) open_in_composer(app, s.selected_post);
        else if (s.view != View::list) request_create(app, s, s.selected, s.view == View::week ? s.selected_minute : 10 * 60);
    }
    if (pressed(ImGuiKey_Escape)) s.selected_post.clear();
}

//-----------------------------------------------------------------------------
// [SECTION] Side panel
//-----------------------------------------------------------------------------
void side_details(App& app, State& s, const Fonts& fonts) {
    const Workspace& ws = app.doc.workspace();
    const Lang lang = app.settings.lang;
    const Post* post = find_post(ws, s.selected_post);
    if (!post) {
        section_title(fonts, format_day_long(to_day(s.selected), lang).c_str());
        const auto d = (s.selected - s.options.first).count();
        if (d >= 0 && d < static_cast<long>(s.marks.size())) {
            const DayMarks& m = s.marks[static_cast<std::size_t>(d)];
            if (!m.names.empty()) { ImGui::PushTextWrapPos(0); ImGui::TextUnformatted(m.names.c_str()); ImGui::PopTextWrapPos(); }
            if (m.electoral) { ImGui::PushTextWrapPos(0); ImGui::TextColored(palette().electoral_text, "%s", tr(app, m.silence ? "calview.silence_day" : "calview.in_electoral_period")); ImGui::PopTextWrapPos(); }
            for (const std::string& j : m.journees) {
                ImGui::PushTextWrapPos(0);
                ImGui::TextColored(palette().notice, "%s", parvis::tr("calview.suggestion", lang, {{"name", j}}).c_str());
                ImGui::PopTextWrapPos();
            }
        }
        if (ImGui::Button(tr(app, "calview.new_post_here")))
            request_create(app, s, s.selected, s.view == View::week ? s.selected_minute : 10 * 60);
        ImGui::Spacing();
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", tr(app, "calview.keyboard_help"));
        ImGui::PopTextWrapPos();
        return;
    }
    section_title(fonts, post->title.c_str());
    ImGui::TextUnformatted(status_label(app, post->status));
    if (post->scheduled_at) ImGui::TextUnformatted(format_instant_local(*post->scheduled_at, ws.profile.time_zone, lang).c_str());
    for (const Campaign& c : ws.campaigns)
        if (c.id == post->campaign_id) ImGui::Text("%s : %s", tr(app, "calview.filter_campaign"), c.name.c_str());
    std::string networks;
    for (const PostVariant& v : post->variants)
        for (const NetworkAccount& a : ws.accounts)
            if (a.id == v.account_id) { networks += networks.empty() ? "" : ", "; networks += network_label(app, a.network); }
    if (!networks.empty()) { ImGui::PushTextWrapPos(0); ImGui::TextUnformatted(networks.c_str()); ImGui::PopTextWrapPos(); }
    if (post->held) ImGui::TextColored(palette().error, "%s", tr(app, "calview.held"));
    if (ImGui::Button(tr(app, "calview.open_in_composer"))) open_in_composer(app, post->id);
    evergreen_controls(app, s.requeue, post->id);
    for (const std::string& w : post_warnings(app, *post)) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(palette().error, "%s", w.c_str());
        ImGui::PopTextWrapPos();
    }
    recurrence_editor(app, s, fonts, post->id);
}

// The selected day's or post's details, then the planning checks of the range under them.
void side_panel(App& app, State& s, const Fonts& fonts) {
    side_details(app, s, fonts);
    planning_panel(app, s, fonts);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Screen and test summary
//-----------------------------------------------------------------------------
float screen_ms_median(const State& s) {
    const std::size_t n = std::min<std::size_t>(s.screen_ms_next, s.screen_ms.size());
    std::vector<float> v(s.screen_ms.begin(), s.screen_ms.begin() + static_cast<long>(n));
    if (v.empty()) return 0;
    std::nth_element(v.begin(), v.begin() + static_cast<long>(n / 2), v.end());
    return v[n / 2];
}

}  // namespace cal

nlohmann::json calendar_summary(const App& app, const cal::State& s) {
    using namespace cal;
    const Workspace& ws = app.doc.workspace();
    static const char* const views[] = {"month", "week", "list"};
    static_assert(std::size(views) == static_cast<std::size_t>(View::list) + 1, "views: one name per View");
    nlohmann::json posts = nlohmann::json::array();
    for (std::size_t i = 0; i < s.layout.chips.size(); ++i) {
        const LayoutChip& c = s.layout.chips[i];
        if (c.post >= ws.posts.size()) continue;
        const Post& p = ws.posts[c.post];
        posts.push_back({{"id", p.id}, {"title", p.title}, {"text", i < s.chip_text.size() ? s.chip_text[i] : ""},
                         {"status", io::enum_name(p.status)}, {"day", iso_day(s.options.first + date::days{c.day})},
                         {"time", format_time(TimeOfDay{c.minute})}, {"recurring", p.recurrence.has_value()},
                         {"warnings", post_warnings(app, p).size()}, {"held", p.held}, {"evergreen", p.evergreen},
                         {"published", p.status == PostStatus::published}});
    }
    nlohmann::json out = {
        {"view", views[static_cast<int>(s.view)]},
        {"selected_day", iso_day(s.selected)},
        {"selected_minute", s.selected_minute},
        {"selected_post", s.selected_post},
        {"first_day", iso_day(s.options.first)},
        {"days", s.options.days},
        {"colouring", s.colouring == CalendarColouring::campaign ? "campaign" : "network"},
        {"chips", s.layout.chips.size()},
        {"drawn_chips", s.drawn_chips},
        {"occurrences", s.occurrences.size()},
        {"layout_builds", s.layout_builds},
        {"time_choice_open", s.pending.open},
        {"screen_ms", screen_ms_median(s)},
        {"dragging", s.drag.active},
        {"posts", std::move(posts)},
    };
    // The later occurrences drawn dimmed, so that tests can check the days a rule gives.
    nlohmann::json ghosts = nlohmann::json::array();
    for (const State::Ghost& g : s.occurrences)
        if (g.post < ws.posts.size())
            ghosts.push_back({{"id", ws.posts[g.post].id}, {"day", iso_day(s.options.first + date::days{g.day})}});
    out["occurrence_days"] = std::move(ghosts);
    add_planning_summary(app, s, out);
    return out;
}

void calendar_screen(App& app, cal::State& s, const Fonts& fonts) {
    using namespace cal;
    const auto started = std::chrono::steady_clock::now();
    screen_title(fonts, tr(app, "nav.calendar"));
    s.drawn_chips = 0;
    toolbar(app, s);
    ensure_layout(app, s);
    legend(app, s);
    keyboard(app, s);
    ensure_layout(app, s);  // the keyboard may have moved the range
    ensure_findings(app, s);

    const float panel = 300.0f * app.settings.zoom;
    ImGui::BeginChild("##calendar-body", ImVec2(-panel - ImGui::GetStyle().ItemSpacing.x, 0), false,
                      ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    s.day_rects.clear();
    switch (s.view) {
    case View::month: month_view(app, s, fonts); break;
    case View::week: week_view(app, s, fonts); break;
    case View::list: list_view(app, s, fonts); break;
    }
    finish_drag(app, s);
    time_choice(app, s);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##calendar-panel", ImVec2(0, 0), true);
    side_panel(app, s, fonts);
    ImGui::EndChild();
    elections_dialog(app, s.elections, fonts);
    school_calendar_dialog(app, s, fonts);
    s.screen_ms[s.screen_ms_next++ % s.screen_ms.size()] =
        std::chrono::duration<float, std::milli>(std::chrono::steady_clock::now() - started).count();
}

}  // namespace parvis::app::ui
