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
// workspace's (the controller stores and restores it with the settings, app.cpp).
// The dialog's state is the calendar's (cal::State::school_calendar).
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

#include "calendar/calendar_assets.h"
#include "error.h"
#include "format/format.h"
#include "io/time_text.h"
#include "ui/calendar_view.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

constexpr const char* kPurpose = "school_calendar";    // the file picker's purpose
constexpr std::size_t kMaxBytes = 2u * 1024u * 1024u;  // a few hundred periods weigh ~50 KB

const calendar::SchoolCalendar& in_use(const App& app) {
    return app.school_calendar ? app.school_calendar->calendar : calendar::default_school_calendar();
}

calendar::SchoolZone zone_of(const App& app) { return calendar::school_zone_of(app.doc.workspace().profile); }

// The views draw the marks from a cache rebuilt on a new document revision: a new school
// calendar must rebuild it too.
void redraw_calendar(cal::State& s) { s.revision = ~std::uint64_t(0); }

// The days the calendar shows (its month grid or week).
calendar::DayRange shown_range(const cal::State& s) {
    return {cal::to_day(s.options.first), cal::to_day(s.options.first + date::days{std::max(0, s.options.days - 1)})};
}

void set_loaded(App& app, cal::State& s, std::optional<LoadedSchoolCalendar> loaded) {
    app.school_calendar = std::move(loaded);
    save_settings(app);
    redraw_calendar(s);
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

void reset_confirmation(App& app, cal::State& s) {
    cal::SchoolCalendarDialog& dialog = s.school_calendar;
    if (!dialog.confirm_reset || !app.school_calendar) {
        dialog.confirm_reset = false;
        return;
    }
    ImGui::TextUnformatted(parvis::tr("school_calendar.reset_confirm", app.settings.lang, {{"file", app.school_calendar->file_name}}).c_str());
    if (ImGui::Button(tr(app, "school_calendar.reset_yes"))) {
        set_loaded(app, s, std::nullopt);
        app.message = tr(app, "school_calendar.reset_done");
        dialog.confirm_reset = false;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "common.cancel"))) dialog.confirm_reset = false;
}

}  // namespace

const calendar::SchoolCalendar& school_calendar_in_use(const App& app) { return in_use(app); }

void school_calendar_button(App& app, cal::State& s) {
    const calendar::SchoolZone zone = zone_of(app);
    const auto until = calendar::school_calendar_covers_until(zone, in_use(app));
    // Dates missing for what is on screen: the button says so, so the user knows why no
    // holiday shows.
    const bool missing = !until || *until < shown_range(s).last;
    if (ImGui::SmallButton(tr(app, missing ? "school_calendar.button_missing" : "school_calendar.button"))) s.school_calendar = {.open = true};
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "school_calendar.help"));
}

void school_calendar_dialog(App& app, cal::State& s, const Fonts& fonts) {
    cal::SchoolCalendarDialog& dialog = s.school_calendar;
    if (!begin_dialog("##school-calendar", dialog.open)) return;
    const float width = std::min(ImGui::GetMainViewport()->Size.x - 60, 820.0f * app.settings.zoom);
    section_title(fonts, tr(app, "school_calendar.title"));
    coverage(app, width);
    ImGui::Separator();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextDisabled("%s", tr(app, "school_calendar.format_help"));
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr(app, "school_calendar.load"))) app.intents.push_back(ChooseFile{kPurpose, ".json,application/json", kMaxBytes});
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "school_calendar.download"))) {
        const std::string text = app.school_calendar ? app.school_calendar->json : std::string(calendar::calendar_asset("school_holidays.json"));
        app.intents.push_back(DownloadFile{"vacances-scolaires.json", "application/json", text});
    }
    if (app.school_calendar) {
        ImGui::SameLine();
        if (ImGui::Button(tr(app, "school_calendar.reset"))) dialog.confirm_reset = true;
    }
    if (!dialog.error.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextColored(palette().error, "%s", dialog.error.c_str());
        ImGui::PopTextWrapPos();
    }
    reset_confirmation(app, s);
    ImGui::Separator();
    if (cancel_button(tr(app, "school_calendar.close"))) {
        dialog = {};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

bool receive_school_calendar(App& app, cal::State& s, const PickedFile& file) {
    if (file.purpose != kPurpose) return false;
    cal::SchoolCalendarDialog& dialog = s.school_calendar;
    const Lang lang = app.settings.lang;
    dialog.open = true;
    dialog.confirm_reset = false;
    dialog.error.clear();
    if (!file.refused.empty()) {  // refused before reading: too large, or unreadable
        dialog.error = refused_file_message(file, kMaxBytes, lang);
        return true;
    }
    auto read = calendar::read_school_calendar(file.bytes);
    if (!read) {
        dialog.error = parvis::tr("school_calendar.refused", lang, {{"file", file.name}, {"reason", error_message(read.error(), lang)}});
        return true;
    }
    const std::size_t periods = read->periods.size();
    set_loaded(app, s, LoadedSchoolCalendar{file.name, today(app), file.bytes, std::move(read.value())});
    app.message = parvis::tr("school_calendar.loaded", lang, {{"file", file.name}, {"n", std::to_string(periods)}});
    return true;
}

nlohmann::json school_calendar_summary(const App& app, const cal::State& s) {
    const cal::SchoolCalendarDialog& dialog = s.school_calendar;
    const calendar::SchoolZone zone = zone_of(app);
    const auto until = calendar::school_calendar_covers_until(zone, in_use(app));
    // The school holidays the views mark, by name (« Vacances de Noël (zone B) »).
    nlohmann::json shown = nlohmann::json::array();
    for (const calendar::CalendarMark& m : calendar::school_holidays_in(shown_range(s), zone, in_use(app))) shown.push_back(m.name);
    return {{"open", dialog.open},
            {"error", dialog.error},
            {"confirm_reset", dialog.confirm_reset},
            {"zone", calendar::school_zone_id(zone)},
            {"covered_until", until ? nlohmann::json(io::format_day(*until)) : nlohmann::json(nullptr)},
            {"loaded_file", app.school_calendar ? nlohmann::json(app.school_calendar->file_name) : nlohmann::json(nullptr)},
            {"periods", in_use(app).periods.size()},
            {"shown", std::move(shown)}};
}

}  // namespace parvis::app::ui
