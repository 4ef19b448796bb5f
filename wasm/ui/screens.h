// The screens of the app, one file each. `draw` is the frame's whole UI: the shell (sidebar,
// status bar, banners, dialogs) around the current screen.
#pragma once
#include "app.h"
#include "style.h"

namespace parvis::app::ui {

void draw(App& app, const Fonts& fonts);

void strategy_screen(App& app, const Fonts& fonts);
void calendar_screen(App& app, const Fonts& fonts);
void composer_screen(App& app, const Fonts& fonts);
void messages_screen(App& app, const Fonts& fonts);
void kpis_screen(App& app, const Fonts& fonts);
void settings_screen(App& app, const Fonts& fonts);
// Paramètres' calendar section (interop.cpp): export of the editorial calendar as .ics, imports of
// an agenda (.ics) and of a planning (.csv).
void calendar_interop_settings(App& app, const Fonts& fonts);
// The coming elections watched by the pre-electoral guard (elections.cpp): the calendar's
// toolbar button « Élections à venir (N)… » and its dialog.
void elections_button(App& app);
void elections_dialog(App& app, const Fonts& fonts);
nlohmann::json elections_summary(const App& app);  // for the test hook
// The school calendar the views draw (school_calendar.cpp): the embedded one or a file the user
// loaded, kept in the device's settings; the calendar key's button « Vacances scolaires… » and
// its dialog.
const calendar::SchoolCalendar& school_calendar_in_use(const App& app);
void school_calendar_button(App& app);
void school_calendar_dialog(App& app, const Fonts& fonts);
bool is_school_calendar_file(const platform::Event& event);
void receive_school_calendar(App& app, const platform::Event& event);
nlohmann::json stored_school_calendar(const App& app);                      // for the settings
void restore_school_calendar(App& app, const nlohmann::json& stored);
nlohmann::json school_calendar_summary(const App& app);                     // for the test hook

// The current person, in the status bar (strategy_people.cpp).
void person_chooser(App& app);
const std::string& person_prompt_choice();  // the person selected in the start prompt (test hook)

// Dialogs (workspaces.cpp): import preview, import error, deletion confirmation.
void workspace_dialogs(App& app);

}  // namespace parvis::app::ui
