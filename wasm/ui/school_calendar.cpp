// Calendrier › « Vacances scolaires… »: which school calendar the views draw (issue 5, item 5:
// school holidays per zone « from a data file in assets/ that the user can update »).
//
// The calendar embedded at build time (assets/calendar/school_holidays.json) covers what could
// be checked when Parvis was built; an académie's dates can be missing (Guadeloupe, Guyane,
// Mayotte) or run out (each arrêté covers a few years). The dialog says which zone the
// collectivité is in and how far its dates go, and lets the user load a newer file in the same
// format, or download the one in use as a template to complete. A loaded file is read by the
// core before anything changes (a bad one is refused with the faulty entry named), and kept in
// the device's settings, like the language: school calendars are national data, not a
// workspace's.
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

#include "calendar/calendar_assets.h"
#include "error.h"
#include "format/format.h"
#include "io/time_text.h"
#include "platform/platform.h"
#include "ui/calendar_view.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

constexpr const char* kPurpose = "school_calendar";    // the file picker's purpose
constexpr std::size_t kMaxBytes = 2u * 1024u * 1024u;  // a few hundred periods weigh ~50 KB

struct Dialog {
    bool open = false;
    bool confirm_reset = false;
    std::string error;  // why the last file was refused, in the current language
};
Dialog g_dialog;

const calendar::SchoolCalendar& in_use(const App& app) {
    return app.school_calendar ? app.school_calendar->calendar : calendar::default_school_calendar();
}

calendar::SchoolZone zone_of(const App& app) { return calendar::school_zone_of(app.doc.workspace().profile); }

// The views draw the marks from a cache rebuilt on a new document revision: a new school
// calendar must rebuild it too.
void redraw_calendar() { cal::state().revision = ~std::uint64_t(0); }

// The days the calendar shows (its month grid or week).
calendar::DayRange shown_range() {
    const cal::State& s = cal::state();
    return {cal::to_day(s.options.first), cal::to_day(s.options.first + date::days{std::max(0, s.options.days - 1)})};
}

void set_loaded(App& app, std::optional<LoadedSchoolCalendar> loaded) {
    app.school_calendar = std::move(loaded);
    save_settings(app);
    redraw_calendar();
}

void coverage(App& app, float width) {
    const Lang lang = app.settings.lang;
    const calendar::SchoolZone zone = zone_of(app);
    ImGui::TextUnformatted(parvis::tr("school_calendar.zone", lang, {{"zone", calendar::school_zone_label(zone)}}).c_str());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (const auto until = calendar::school_calendar_covers_until(zone, in_use(app))) {
        ImGui::TextUnformatted(parvis::tr("school_calendar.covered_until", lang, {{"day", format_day_long(*until, lang)}}).c_str());
        if (*until < today(app))
            ImGui::TextColored(palette().warning, "%s", tr(app, "school_calendar.outdated"));
    } else {
        ImGui::TextColored(palette().error, "%s",
                           parvis::tr("school_calendar.none_for_zone", lang, {{"zone", calendar::school_zone_label(zone)}}).c_str());
    }
    if (app.school_calendar)
        ImGui::TextUnformatted(parvis::tr("school_calendar.in_use_loaded", lang,
                                          {{"file", app.school_calendar->file_name},
                                           {"day", format_day_long(app.school_calendar->loaded_on, lang)},
                                           {"n", std::to_string(app.school_calendar->calendar.periods.size())}})
                                   .c_str());
    else
        ImGui::TextUnformatted(tr(app, "school_calendar.in_use_embedded"));
    if (!in_use(app).source.empty()) ImGui::TextDisabled("%s", in_use(app).source.c_str());
    if (!in_use(app).notes.empty()) ImGui::TextDisabled("%s", in_use(app).notes.c_str());
    ImGui::PopTextWrapPos();
}

void reset_confirmation(App& app) {
    if (!g_dialog.confirm_reset || !app.school_calendar) {
        g_dialog.confirm_reset = false;
        return;
    }
    ImGui::TextUnformatted(parvis::tr("school_calendar.reset_confirm", app.settings.lang, {{"file", app.school_calendar->file_name}}).c_str());
    if (ImGui::Button(tr(app, "school_calendar.reset_yes"))) {
        set_loaded(app, std::nullopt);
        app.message = tr(app, "school_calendar.reset_done");
        g_dialog.confirm_reset = false;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "common.cancel"))) g_dialog.confirm_reset = false;
}

}  // namespace

const calendar::SchoolCalendar& school_calendar_in_use(const App& app) { return in_use(app); }

void school_calendar_button(App& app) {
    const calendar::SchoolZone zone = zone_of(app);
    const auto until = calendar::school_calendar_covers_until(zone, in_use(app));
    // Dates missing for what is on screen: the button says so, so the user knows why no
    // holiday shows.
    const bool missing = !until || *until < shown_range().last;
    if (ImGui::SmallButton(tr(app, missing ? "school_calendar.button_missing" : "school_calendar.button"))) g_dialog = {.open = true};
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "school_calendar.help"));
}

void school_calendar_dialog(App& app, const Fonts& fonts) {
    if (!begin_dialog("##school-calendar", g_dialog.open)) return;
    const float width = std::min(ImGui::GetMainViewport()->Size.x - 60, 820.0f * app.settings.zoom);
    section_title(fonts, tr(app, "school_calendar.title"));
    coverage(app, width);
    ImGui::Separator();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextDisabled("%s", tr(app, "school_calendar.format_help"));
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr(app, "school_calendar.load"))) platform::pick_file(".json,application/json", kMaxBytes, kPurpose);
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "school_calendar.download"))) {
        const std::string text = app.school_calendar ? app.school_calendar->json : std::string(calendar::calendar_asset("school_holidays.json"));
        download_text("vacances-scolaires.json", "application/json", text);
    }
    if (app.school_calendar) {
        ImGui::SameLine();
        if (ImGui::Button(tr(app, "school_calendar.reset"))) g_dialog.confirm_reset = true;
    }
    if (!g_dialog.error.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextColored(palette().error, "%s", g_dialog.error.c_str());
        ImGui::PopTextWrapPos();
    }
    reset_confirmation(app);
    ImGui::Separator();
    if (ImGui::Button(tr(app, "school_calendar.close"))) {
        g_dialog = {};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

bool is_school_calendar_file(const platform::Event& event) { return event.purpose == kPurpose; }

void receive_school_calendar(App& app, const platform::Event& event) {
    const Lang lang = app.settings.lang;
    g_dialog.open = true;
    g_dialog.confirm_reset = false;
    g_dialog.error.clear();
    if (!event.code.empty()) {  // refused before reading: too large, or unreadable
        g_dialog.error = refused_file_message(event, kMaxBytes, lang);
        return;
    }
    auto read = calendar::read_school_calendar(event.text);
    if (!read) {
        g_dialog.error = parvis::tr("school_calendar.refused", lang, {{"file", event.name}, {"reason", error_message(read.error(), lang)}});
        return;
    }
    const std::size_t periods = read->periods.size();
    set_loaded(app, LoadedSchoolCalendar{event.name, today(app), event.text, std::move(read.value())});
    app.message = parvis::tr("school_calendar.loaded", lang, {{"file", event.name}, {"n", std::to_string(periods)}});
}

nlohmann::json stored_school_calendar(const App& app) {
    if (!app.school_calendar) return nullptr;
    return {{"file", app.school_calendar->file_name}, {"loaded_on", io::format_day(app.school_calendar->loaded_on)}, {"json", app.school_calendar->json}};
}

void restore_school_calendar(App& app, const nlohmann::json& stored) {
    if (!stored.is_object() || !stored.contains("json") || !stored["json"].is_string()) return;
    const std::string json = stored["json"].get<std::string>();
    auto read = calendar::read_school_calendar(json);
    if (!read) {  // changed outside Parvis: keep drawing with the embedded one, and say so
        app.message = parvis::tr("school_calendar.stored_invalid", app.settings.lang, {{"reason", error_message(read.error(), app.settings.lang)}});
        return;
    }
    LoadedSchoolCalendar loaded{stored.value("file", std::string()), {}, json, std::move(read.value())};
    loaded.loaded_on = io::parse_day(stored.value("loaded_on", std::string())).value_or(today(app));
    app.school_calendar = std::move(loaded);
    redraw_calendar();
}

nlohmann::json school_calendar_summary(const App& app) {
    const calendar::SchoolZone zone = zone_of(app);
    const auto until = calendar::school_calendar_covers_until(zone, in_use(app));
    // The school holidays the views mark, by name (« Vacances de Noël (zone B) »).
    nlohmann::json shown = nlohmann::json::array();
    for (const calendar::CalendarMark& m : calendar::school_holidays_in(shown_range(), zone, in_use(app))) shown.push_back(m.name);
    return {{"open", g_dialog.open},
            {"error", g_dialog.error},
            {"confirm_reset", g_dialog.confirm_reset},
            {"zone", calendar::school_zone_id(zone)},
            {"covered_until", until ? nlohmann::json(io::format_day(*until)) : nlohmann::json(nullptr)},
            {"loaded_file", app.school_calendar ? nlohmann::json(app.school_calendar->file_name) : nlohmann::json(nullptr)},
            {"periods", in_use(app).periods.size()},
            {"shown", std::move(shown)}};
}

}  // namespace parvis::app::ui
