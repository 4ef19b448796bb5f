// The calendar's interop in Paramètres: the editorial calendar as an iCalendar file (.ics) for
// Outlook, Thunderbird or Google Agenda. Built entirely in the browser by core/interop; the
// file holds titles, texts and networks, never a token. Next to it, the imports the other way:
// an events agenda (.ics) as post ideas and a planning spreadsheet (.csv) as posts, each through
// the preview dialog of import_dialog.cpp.
#include <imgui.h>

#include <cctype>
#include <chrono>

#include "interop/ics_export.h"
#include "ui/import_dialog.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {

void export_calendar_file(App& app) {
    const Workspace& ws = app.doc.workspace();
    const Instant now = now_instant();
    const std::string file = "parvis-" + file_slug(ws) + "-calendrier-" + date::format("%F", date::floor<date::days>(now)) + ".ics";
    app.intents.push_back(DownloadFile{file, "text/calendar", ics::export_calendar(ws, {.stamp = now, .lang = app.settings.lang})});
}

void calendar_interop_settings(App& app, const Fonts& fonts) {
    section_title(fonts, tr(app, "interop.settings.title"));
    if (ImGui::Button(tr(app, "interop.settings.export_ics"))) export_calendar_file(app);
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "imports.agenda_button"))) choose_data_import(app, DataImport::agenda);
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "imports.planning_button"))) choose_data_import(app, DataImport::planning);
    ImGui::TextDisabled("%s", tr(app, "interop.settings.export_ics_help"));
    ImGui::TextDisabled("%s", tr(app, "imports.calendar_help"));
}

}  // namespace parvis::app::ui
