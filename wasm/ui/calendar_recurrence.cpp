// The side panel's recurrence editor (« tous les mardis : rappel du conseil municipal »): weekly
// or monthly, every N weeks or months, the weekdays, an end date or a number of occurrences, and
// exceptions (days skipped). Every change is one audited edit (« post.recurrence ») that the
// autosave writes. Also the crisis-mode switch and its release dialog.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "calendar/calendar_layout.h"
#include "calendar/planning_checks.h"
#include "calendar/recurrence.h"
#include "connect/remote_schedule.h"
#include "edit/post_edits.h"
#include "format/format.h"
#include "model/find.h"
#include "ui/calendar_view.h"
#include "ui/widgets.h"

namespace parvis::app::ui::cal {

namespace {

// Monthly mode: « le 8 du mois » (day of month) or « le 2e mardi du mois » (nth weekday), both
// proposed from the post's own day so that the first occurrence is the post itself. « Le dernier
// mardi » is offered only when that day is the last such weekday of its month (a 5th weekday can
// only be named « dernier »): a rank the post's day does not have would skip the post itself.
void monthly_choice(App& app, Recurrence& r, Day first) {
    const Lang lang = app.settings.lang;
    const auto w = calendar::month_weekday_of(first);
    const int dom = static_cast<int>(static_cast<unsigned>(first.day()));
    const bool by_weekday = r.month_day <= 0 && r.month_week != 0;
    const std::string day_text = lang == Lang::fr && dom == 1 ? "1er" : std::to_string(dom);
    const std::string by_day = parvis::tr("calview.month_by_day", lang, {{"day", day_text}});
    if (radio(by_day.c_str(), !by_weekday)) { r.month_day = dom; r.month_week = 0; r.month_weekday = 0; }
    const std::string weekday = parvis::tr(("format.weekday." + std::to_string(w.weekday)).c_str(), lang);
    auto nth_button = [&](int nth) {
        const std::string rank = parvis::tr(nth == -1 ? "calview.rank.last" : ("calview.rank." + std::to_string(nth)).c_str(), lang);
        const std::string label = parvis::tr("calview.month_by_nth", lang, {{"rank", rank}, {"weekday", weekday}});
        if (radio(label.c_str(), by_weekday && r.month_week == nth && r.month_weekday == w.weekday)) {
            r.month_day = 0; r.month_week = nth; r.month_weekday = w.weekday;
        }
    };
    if (w.nth >= 1 && w.nth <= 4) nth_button(w.nth);
    if (w.is_last) nth_button(-1);
}

}  // namespace

void recurrence_editor(App& app, State& s, const Fonts& fonts, const std::string& post_id) {
    RecurrenceEdit& form = s.recurrence;
    // The widgets edit a copy of the rule; a change goes to the workspace through core/edit/.
    const Workspace& ws = app.doc.workspace();
    const Post* post = find_post(ws, post_id);
    if (!post || !post->scheduled_at) return;
    const Lang lang = app.settings.lang;
    const std::string& zone = ws.profile.time_zone;
    if (form.post_id != post_id) {
        form = {post_id, post->recurrence && post->recurrence->until ? format_day_numeric(*post->recurrence->until) : "", ""};
    }
    section_title(fonts, tr(app, "calview.recurrence"));
    std::optional<Recurrence> rule = post->recurrence;
    bool repeat = rule.has_value();
    if (ImGui::Checkbox(tr(app, "calview.repeat"), &repeat)) {
        if (repeat) {
            Recurrence r;
            r.weekdays = {static_cast<int>(date::weekday{local_slot(*post->scheduled_at, zone).day}.iso_encoding())};
            rule = r;
        } else {
            rule.reset();
        }
    }
    if (rule) {
        Recurrence& r = *rule;
        if (radio(tr(app, "calview.weekly"), r.frequency == RecurrenceFrequency::weekly)) r.frequency = RecurrenceFrequency::weekly;
        ImGui::SameLine();
        if (radio(tr(app, "calview.monthly"), r.frequency == RecurrenceFrequency::monthly)) r.frequency = RecurrenceFrequency::monthly;
        ImGui::SetNextItemWidth(90.0f * app.settings.zoom);
        int interval = r.interval;
        if (ImGui::InputInt(tr(app, "calview.interval"), &interval)) r.interval = std::clamp(interval, 1, 52);
        if (r.frequency == RecurrenceFrequency::monthly) monthly_choice(app, r, to_day(local_slot(*post->scheduled_at, zone).day));
        if (r.frequency == RecurrenceFrequency::weekly) {
            for (int wd = 1; wd <= 7; ++wd) {
                bool on = std::find(r.weekdays.begin(), r.weekdays.end(), wd) != r.weekdays.end();
                if (wd > 1) ImGui::SameLine();
                if (ImGui::Checkbox(tr(app, ("calview.weekday_short." + std::to_string(wd)).c_str()), &on)) {
                    if (on) r.weekdays.push_back(wd);
                    else r.weekdays.erase(std::remove(r.weekdays.begin(), r.weekdays.end(), wd), r.weekdays.end());
                    std::sort(r.weekdays.begin(), r.weekdays.end());
                }
            }
        }
        ImGui::SetNextItemWidth(90.0f * app.settings.zoom);
        int count = r.count;
        if (ImGui::InputInt(tr(app, "calview.count"), &count)) r.count = std::clamp(count, 0, 1000);
        ImGui::SetNextItemWidth(120.0f * app.settings.zoom);
        if (text_field(tr(app, "calview.until"), form.until_text)) {
            if (form.until_text.empty()) { r.until.reset(); form.until_error.clear(); }
            else if (auto d = parse_day_numeric(form.until_text)) { r.until = *d; form.until_error.clear(); }
            else form.until_error = tr(app, "calview.until_invalid");
        }
        if (!form.until_error.empty()) ImGui::TextColored(palette().error, "%s", form.until_error.c_str());
        // Exceptions: the selected day is skipped, or no longer skipped.
        const Day selected = to_day(s.selected);
        const bool skipped = std::find(r.exceptions.begin(), r.exceptions.end(), selected) != r.exceptions.end();
        const std::string skip_label = parvis::tr(skipped ? "calview.unskip_day" : "calview.skip_day", lang, {{"day", format_day(selected, lang)}});
        if (ImGui::SmallButton(skip_label.c_str())) {
            if (skipped) r.exceptions.erase(std::remove(r.exceptions.begin(), r.exceptions.end(), selected), r.exceptions.end());
            else r.exceptions.push_back(selected);
        }
        for (std::size_t i = 0; i < r.exceptions.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::BulletText("%s", parvis::tr("calview.skipped", lang, {{"day", format_day(r.exceptions[i], lang)}}).c_str());
            ImGui::SameLine();
            if (ImGui::SmallButton("×")) { r.exceptions.erase(r.exceptions.begin() + static_cast<long>(i)); ImGui::PopID(); break; }
            ImGui::PopID();
        }
        ImGui::PushTextWrapPos(0);
        if (calendar::recurrence_is_valid(r)) ImGui::TextDisabled("%s", calendar::describe_recurrence(r, lang).c_str());
        else ImGui::TextColored(palette().error, "%s", tr(app, "calview.recurrence_invalid"));
        ImGui::PopTextWrapPos();
    }
    if (rule != post->recurrence) after_edit(app, edit::set_recurrence(app.doc.edit(), actor(app), post_id, rule));
}

//-----------------------------------------------------------------------------
// Crisis mode: the switch holds every scheduled non-urgent post; switching back asks which held
// posts to release (all by default).
//-----------------------------------------------------------------------------
void crisis_controls(App& app, CrisisRelease& dialog) {
    const Workspace& ws = app.doc.workspace();
    bool active = ws.crisis.active;
    const bool coloured = active;  // pop what was pushed, whatever the click changes
    if (coloured) ImGui::PushStyleColor(ImGuiCol_Text, palette().error);
    if (ImGui::Checkbox(tr(app, "calview.crisis"), &active)) {
        if (active) {
            const auto held = calendar::enter_crisis(app.doc.edit(), app.current_person_id, now_instant());
            mark_edited(app);
            app.message = parvis::tr("calview.crisis_on", app.settings.lang, {{"n", std::to_string(held.size())}});
            app.message_is_error = false;
        } else {
            dialog = {true, {}, {}};
            for (const Post& p : ws.posts)
                if (p.held) { dialog.ids.push_back(p.id); dialog.keep.push_back(1); }
        }
    }
    if (coloured) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "calview.crisis_help"));
    // Held here, yet a platform holding them scheduled would still publish them at their time.
    if (ws.crisis.active) {
        const std::size_t there = connect::held_on_platforms(ws, now_instant()).size();
        if (there > 0) {  // a line of its own: the toolbar is already full
            ImGui::TextColored(palette().error, "%s", parvis::tr("calview.crisis_remote", app.settings.lang, {{"n", std::to_string(there)}}).c_str());
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(app, "calview.crisis_remote_cancel"))) app.intents.push_back(CancelHeldOnPlatforms{});
        }
    }

    if (!begin_dialog("##crisis-release", dialog.open, 560.0f * app.settings.zoom)) return;
    ImGui::TextUnformatted(tr(app, "calview.crisis_release_title"));
    ImGui::Separator();
    ImGui::BeginChild("##held", ImVec2(0, 260.0f * app.settings.zoom), true);
    for (std::size_t i = 0; i < dialog.ids.size(); ++i) {
        const Post* p = nullptr;
        for (const Post& q : ws.posts)
            if (q.id == dialog.ids[i]) p = &q;
        if (!p) continue;
        bool on = dialog.keep[i] != 0;
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Checkbox(p->title.c_str(), &on)) dialog.keep[i] = on ? 1 : 0;
        ImGui::PopID();
        if (p->scheduled_at) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", format_instant_local(*p->scheduled_at, ws.profile.time_zone, app.settings.lang).c_str());
        }
    }
    if (dialog.ids.empty()) ImGui::TextDisabled("%s", tr(app, "calview.crisis_none_held"));
    ImGui::EndChild();
    bool close = false;
    if (ImGui::Button(tr(app, "calview.crisis_release"))) {
        std::vector<std::string> release;
        for (std::size_t i = 0; i < dialog.ids.size(); ++i)
            if (dialog.keep[i]) release.push_back(dialog.ids[i]);
        calendar::leave_crisis(app.doc.edit(), release, app.current_person_id, now_instant());
        mark_edited(app);
        close = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "calview.crisis_stay"))) close = true;
    if (close) {
        dialog.open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace parvis::app::ui::cal
