// Rédaction › « Réglages et date » (issue 13): the post's networks, message type, campaign and
// tags, then its date — typed (« 12/03/2027 18:30 », in the collectivité's zone) or picked in a
// month grid, or taken from the suggested slots (core/calendar/slot_suggestions.h: the KPIs'
// best hours within the charter's hours and rhythm) — with the calendar's own findings for that
// moment (pre-electoral guard, rhythm and hours of the charter), and « Programmer ». A time skipped or repeated by the change of summer
// time is asked about exactly as in the calendar (ui/time_choice.h). The rules are the core's:
// strategy/workflow.h schedules, edit/post_setup_edits.h changes the setup.
//
// Index
// [SECTION] Setup: networks, type, campaign, tags
// [SECTION] Date and time: field, month grid, suggestions, findings, « Programmer »
#include <imgui.h>

#include <algorithm>

#include "calendar/electoral.h"
#include "calendar/planning_checks.h"
#include "edit/post_setup_edits.h"
#include "format/format.h"
#include "io/enum_names.h"
#include "io/time_text.h"
#include "strategy/workflow.h"
#include "ui/composer_internal.h"
#include "ui/widgets.h"

namespace parvis::app::ui::composer {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Setup: networks, type, campaign, tags
//-----------------------------------------------------------------------------

// One checkbox per account: ticked when the post has a text for it. Unticking a network whose
// text is not empty asks first (the text goes with it; undo brings it back).
void networks_line(App& app, ComposerState& s, const Post& post) {
    const Workspace& ws = app.doc.workspace();
    ImGui::TextUnformatted(tr(app, "composer.networks"));
    for (const NetworkAccount& a : ws.accounts) {
        const auto v = std::find_if(post.variants.begin(), post.variants.end(), [&](const PostVariant& pv) { return pv.account_id == a.id; });
        const bool has = v != post.variants.end();
        if (!has && !a.active) continue;
        ImGui::SameLine();
        const std::string label = account_label(app, a.id) + "##net-" + a.id;
        bool on = has;
        if (!ImGui::Checkbox(label.c_str(), &on)) continue;
        if (on) {
            after_edit(app, edit::add_variant(app.doc.edit(), actor(app), post.id, a.id));
        } else if (v->text.empty() && v->media.empty()) {
            after_edit(app, edit::remove_variant(app.doc.edit(), actor(app), post.id, static_cast<std::size_t>(v - post.variants.begin())));
        } else {
            s.remove_account = a.id;
        }
        return;  // `post` may have changed
    }
    const auto v = std::find_if(post.variants.begin(), post.variants.end(), [&](const PostVariant& pv) { return pv.account_id == s.remove_account; });
    if (v == post.variants.end()) {
        s.remove_account.clear();
        return;
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(palette().notice, "%s", trf(app, "composer.remove_network", {{"network", account_label(app, v->account_id)}}).c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr(app, "composer.remove_network_confirm"))) {
        const std::size_t index = static_cast<std::size_t>(v - post.variants.begin());
        s.remove_account.clear();
        after_edit(app, edit::remove_variant(app.doc.edit(), actor(app), post.id, index));
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "common.cancel"))) s.remove_account.clear();
}

void type_and_campaign(App& app, const Post& post) {
    const Workspace& ws = app.doc.workspace();
    const float width = 260.0f * app.settings.zoom;
    const MessageType* type = nullptr;
    for (const MessageType& t : ws.charter.message_types)
        if (t.id == post.message_type_id) type = &t;
    const bool type_open = post.status == PostStatus::idea || post.status == PostStatus::draft;
    ImGui::BeginDisabled(!type_open);
    ImGui::SetNextItemWidth(width);
    if (begin_combo(tr(app, "composer.message_type"), type ? type->name.c_str() : tr(app, "composer.no_type"))) {
        std::string chosen;
        for (const MessageType& t : ws.charter.message_types)
            if (ImGui::Selectable((t.name + "##type-" + t.id).c_str(), type == &t)) chosen = t.id;
        ImGui::EndCombo();
        if (!chosen.empty()) after_edit(app, edit::set_message_type(app.doc.edit(), actor(app), post.id, chosen));
    }
    ImGui::EndDisabled();
    if (!type_open) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(app, "composer.type_locked"));
    }
    const Campaign* campaign = find_campaign(ws, post.campaign_id);
    ImGui::SetNextItemWidth(width);
    if (begin_combo(tr(app, "composer.campaign"), campaign ? campaign->name.c_str() : tr(app, "composer.no_campaign"))) {
        std::optional<std::string> chosen;
        if (ImGui::Selectable(tr(app, "composer.no_campaign"), !campaign)) chosen = "";
        for (const Campaign& c : ws.campaigns)
            if ((!c.archived || &c == campaign) && ImGui::Selectable((c.name + "##campaign-" + c.id).c_str(), &c == campaign)) chosen = c.id;
        ImGui::EndCombo();
        if (chosen) after_edit(app, edit::set_campaign(app.doc.edit(), actor(app), post.id, *chosen));
    }
}

void tags_field(App& app, ComposerState& s, const Post& post) {
    // The text as typed stays while it reads as the post's tags (« rentrée, » mid-typing); taken
    // again from the post when another post opens or the tags changed elsewhere (undo).
    if (s.tags_post != post.id || edit::tags_from_text(s.tags_text) != post.tags) {
        s.tags_post = post.id;
        s.tags_text.clear();
        for (const std::string& t : post.tags) s.tags_text += (s.tags_text.empty() ? "" : ", ") + t;
    }
    ImGui::SetNextItemWidth(420.0f * app.settings.zoom);
    if (text_field(tr(app, "composer.tags"), s.tags_text))
        after_edit(app, edit::set_tags(app.doc.edit(), actor(app), post.id, edit::tags_from_text(s.tags_text)));
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(app, "composer.tags_hint"));
}

//-----------------------------------------------------------------------------
// [SECTION] Date and time: field, month grid, suggestions, findings, « Programmer »
//-----------------------------------------------------------------------------

Day day_of(date::local_days d) { return Day{date::sys_days{d.time_since_epoch()}}; }
date::local_days local_of(Day d) { return date::local_days{date::sys_days{d}.time_since_epoch()}; }

// The instant the typed moment most likely means, for the findings shown before the question is
// asked: the usual reading of a skipped time (02:30 → 03:30), the first of a repeated one.
Instant likely_instant(const LocalTimeResolution& r, const DayAndTime& when) {
    switch (r.kind) {
        case LocalTimeKind::unique:
        case LocalTimeKind::ambiguous: return r.earlier;
        case LocalTimeKind::nonexistent: return r.later;
        case LocalTimeKind::unknown_zone: break;
    }
    return Instant{(date::sys_days{when.day} + std::chrono::minutes{when.time.minutes}).time_since_epoch()};
}

// The calendar's findings (core/calendar: electoral guard, planning checks) for the post as if it
// were scheduled at `at`: only those about this post or its day.
std::vector<std::string> findings_at(const App& app, const Post& post, Instant at, Day day) {
    Workspace copy = app.doc.workspace();
    Post* moved = find_post(copy, post.id);
    if (!moved) return {};
    moved->scheduled_at = at;
    if (moved->status != PostStatus::cancelled && moved->status != PostStatus::published) moved->status = PostStatus::scheduled;
    std::vector<std::string> out;
    for (const calendar::CalendarFinding& f : calendar::check_post_electoral(copy, *moved, app.settings.lang))
        out.push_back(f.finding.message);
    const date::local_days local = local_of(day);
    const date::local_days monday = local - date::days{static_cast<int>(date::weekday{local}.iso_encoding()) - 1};
    const calendar::DayRange week{day_of(monday), day_of(monday + date::days{6})};
    for (const calendar::CalendarFinding& f : calendar::check_planning(copy, week, app.settings.lang)) {
        const bool about_post = f.post_id == post.id;
        const bool about_day = f.post_id.empty() && f.day && *f.day == day;
        if ((about_post || about_day) && std::find(out.begin(), out.end(), f.finding.message) == out.end())
            out.push_back(f.finding.message);
    }
    return out;
}

void month_grid(App& app, ComposerState& s, const std::optional<DayAndTime>& when) {
    const Lang lang = app.settings.lang;
    const date::year_month_day first{s.grid_month};
    if (ImGui::ArrowButton("##grid-previous", ImGuiDir_Left))
        s.grid_month = Day{date::sys_days{(first.year() / first.month() / 1) - date::months{1}}};
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "composer.previous_month"));
    ImGui::SameLine();
    const std::string title = parvis::tr("format.month_long." + std::to_string(static_cast<unsigned>(first.month())), lang) + " " +
                              std::to_string(static_cast<int>(first.year()));
    ImGui::TextUnformatted(title.c_str());
    ImGui::SameLine();
    if (ImGui::ArrowButton("##grid-next", ImGuiDir_Right))
        s.grid_month = Day{date::sys_days{(first.year() / first.month() / 1) + date::months{1}}};
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "composer.next_month"));
    const date::local_days start = local_of(s.grid_month);
    const int lead = static_cast<int>(date::weekday{start}.iso_encoding()) - 1;
    const unsigned days = static_cast<unsigned>((date::year_month_day_last{first.year() / first.month() / date::last}).day());
    const date::local_days today_local = local_of(today(app));
    const float cell = ImGui::GetFrameHeight() * 1.6f;
    if (!ImGui::BeginTable("##month-grid", 7, ImGuiTableFlags_SizingFixedSame)) return;
    for (int wd = 1; wd <= 7; ++wd) {
        ImGui::TableNextColumn();
        const std::string name = parvis::tr("format.weekday." + std::to_string(wd), lang);
        ImGui::TextDisabled("%.3s", name.c_str());
    }
    for (int i = 0; i < lead; ++i) ImGui::TableNextColumn();
    for (unsigned d = 1; d <= days; ++d) {
        ImGui::TableNextColumn();
        const date::local_days local = start + date::days{static_cast<int>(d) - 1};
        const Day day = day_of(local);
        const bool chosen = when && when->day == day;
        char label[48];
        std::snprintf(label, sizeof label, "%u##grid-%s", d, date::format("%F", local).c_str());
        if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyle().Colors[ImGuiCol_ButtonActive]);
        ImGui::BeginDisabled(local < today_local);  // a post is scheduled for a day to come
        if (ImGui::Button(label, ImVec2(cell, 0))) {
            const TimeOfDay time = when ? when->time : TimeOfDay{10 * 60};
            s.when_text = format_day_and_time({day, time});
        }
        ImGui::EndDisabled();
        if (chosen) ImGui::PopStyleColor();
    }
    ImGui::EndTable();
}

// « Créneaux suggérés » : a click puts the moment in the date field (nothing is scheduled yet).
void suggested_slots(App& app, ComposerState& s, const Post& post) {
    const Workspace& ws = app.doc.workspace();
    const std::string key = post.id + "|" + std::to_string(app.doc.revision()) + "|" + io::format_day(today(app));
    if (s.slots_key != key) {
        s.slots_key = key;
        s.slots = calendar::suggest_slots(ws, post, now_instant());
    }
    ImGui::TextUnformatted(tr(app, "composer.slots"));
    if (s.slots.slots.empty()) {
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", tr(app, s.slots.statistics ? "composer.slots_full" : "composer.slots_none"));
        ImGui::PopTextWrapPos();
        return;
    }
    for (const calendar::SlotSuggestion& slot : s.slots.slots) {
        ImGui::SameLine();
        const std::string label = format_instant_local(slot.at, ws.profile.time_zone, app.settings.lang);
        if (ImGui::SmallButton(label.c_str())) {
            const LocalSlot local = local_slot(slot.at, ws.profile.time_zone);
            s.when_text = format_day_and_time({day_of(local.day), TimeOfDay{local.minute}});
        }
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", trf(app, "composer.slot_why", {{"rate", format_percent(slot.median_rate, 1, app.settings.lang)},
                                                                  {"n", std::to_string(slot.publications)}}).c_str());
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(app, "composer.slots_note"));
    ImGui::PopTextWrapPos();
}

void do_schedule(App& app, ComposerState& s, const std::string& post_id, Instant at) {
    app.doc.end_step();
    const strategy::CircuitResult r =
        strategy::schedule(app.doc.edit(), post_id, app.current_person_id, at, now_instant(), app.settings.lang);
    if (!r) {
        s.workflow_error = r.message;
        return;
    }
    mark_edited(app);
    app.doc.end_step();
    s.workflow_error.clear();
    s.grid_open = false;
}

// Why « Programmer » is not offered now, or "" when it is (or when the workflow panel already
// says why: nobody chosen).
std::string schedule_blocked(const App& app, const Post& post, const std::vector<strategy::WorkflowAction>& actions) {
    if (std::find(actions.begin(), actions.end(), strategy::WorkflowAction::schedule) != actions.end()) return {};
    const Workspace& ws = app.doc.workspace();
    if (!find_person(ws, app.current_person_id)) return {};
    if (const auto next = strategy::next_approver_role(post, ws))
        return trf(app, "composer.schedule_waits",
                   {{"role", parvis::tr("strategy.role." + std::string(io::enum_name(*next)), app.settings.lang)}});
    return trf(app, "composer.schedule_closed", {{"status", status_label(app, post.status)}});
}

void date_section(App& app, ComposerState& s, const Post& post) {
    const Workspace& ws = app.doc.workspace();
    const std::string& zone = ws.profile.time_zone;
    if (s.when_post != post.id || s.when_source != post.scheduled_at) {
        s.when_post = post.id;
        s.when_source = post.scheduled_at;
        s.when_text.clear();
        if (post.scheduled_at) {
            const LocalSlot slot = local_slot(*post.scheduled_at, zone);
            s.when_text = format_day_and_time({day_of(slot.day), TimeOfDay{slot.minute}});
        }
        s.findings_key.clear();
    }
    ImGui::SetNextItemWidth(200.0f * app.settings.zoom);
    text_field(tr(app, "composer.when"), s.when_text);
    const std::optional<DayAndTime> when = parse_day_and_time(s.when_text);
    std::optional<LocalTimeResolution> resolution;
    if (when) resolution = instant_at(local_of(when->day), when->time.minutes, zone);
    // « Programmer » right next to the date it acts on, above the lists that may grow under it.
    const std::vector<strategy::WorkflowAction> actions = strategy::workflow_actions(ws, post, app.current_person_id);
    const std::string blocked = schedule_blocked(app, post, actions);
    ImGui::SameLine();
    ImGui::BeginDisabled(!blocked.empty() || !find_person(ws, app.current_person_id));
    const bool go = ImGui::Button(tr(app, "composer.action.schedule"));
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "composer.pick_day"))) {
        s.grid_open = !s.grid_open;
        const Day base = when ? when->day : today(app);
        const date::year_month_day ymd{base};
        s.grid_month = Day{ymd.year() / ymd.month() / 1};
    }
    ImGui::TextDisabled("%s", trf(app, "composer.when_hint", {{"zone", zone}}).c_str());
    if (!blocked.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", blocked.c_str());
        ImGui::PopTextWrapPos();
    }
    if (s.grid_open) month_grid(app, s, when);
    suggested_slots(app, s, post);

    const bool typed = s.when_text.find_first_not_of(" \t") != std::string::npos;
    if (typed && !when) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(palette().error, "%s", tr(app, "composer.when_bad"));
        ImGui::PopTextWrapPos();
    } else if (when) {
        const Instant at = likely_instant(*resolution, *when);
        ImGui::TextUnformatted(trf(app, "composer.when_is", {{"when", format_day_long(when->day, app.settings.lang) + " " +
                                                                          format_time(when->time)}}).c_str());
        const std::string key = post.id + "|" + s.when_text + "|" + std::to_string(app.doc.revision()) + "|" +
                                std::to_string(static_cast<int>(app.settings.lang));
        if (s.findings_key != key) {  // a copy of the workspace per check: only when something changed
            s.findings_key = key;
            s.moment_findings = findings_at(app, post, at, when->day);
        }
        ImGui::TextUnformatted(tr(app, "composer.findings_title"));
        ImGui::PushTextWrapPos(0);
        if (s.moment_findings.empty()) ImGui::TextDisabled("%s", tr(app, "composer.findings_none"));
        for (const std::string& f : s.moment_findings) ImGui::TextColored(palette().error, "%s", f.c_str());
        ImGui::PopTextWrapPos();
    }

    if (go) {
        if (!when) {
            s.workflow_error = tr(app, "composer.when_bad");
        } else if (resolution->kind == LocalTimeKind::nonexistent || resolution->kind == LocalTimeKind::ambiguous) {
            s.time_choice = {true, local_of(when->day), when->time.minutes, *resolution};
        } else {
            do_schedule(app, s, post.id, likely_instant(*resolution, *when));
            return;
        }
    }
    if (const auto at = time_choice_dialog(app, "##composer-time-choice", s.time_choice)) do_schedule(app, s, post.id, *at);
}

}  // namespace

void schedule_tab(App& app, ComposerState& s, const Post& post, const Fonts& fonts) {
    section_title(fonts, tr(app, "composer.schedule_title"));
    date_section(app, s, post);
    if (!find_post(app.doc.workspace(), post.id)) return;
    section_title(fonts, tr(app, "composer.setup"));
    networks_line(app, s, post);
    type_and_campaign(app, post);
    tags_field(app, s, post);
}

}  // namespace parvis::app::ui::composer
