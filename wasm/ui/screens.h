// The screens of the app, one file each. `draw` is the frame's whole UI: the shell (sidebar,
// status bar, banners, dialogs) around the current screen. Each screen is given its own state
// (screen_state.h), held by App; what it wants done elsewhere it pushes as an intent (intent.h).
#pragma once
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "app.h"
#include "style.h"

namespace parvis::platform { struct FrameNotes; }

namespace parvis::app::ui {

namespace cal { struct State; struct ElectionsForm; }
struct ComposerState;
struct MessagesState;
struct KpisState;
struct SettingsState;
struct StrategyState;
struct PersonChooser;
struct FirstRunForm;
struct MissedPostsState;

// The frame: the shell and the current screen. What the screens say of their widgets for screen
// readers and the test hook goes to `notes` (the controller hands it to the platform).
void draw(App& app, const Fonts& fonts, platform::FrameNotes& notes);
// The screens' parts of the test hook's summary (window.parvis.snapshot().workspace).
void add_screen_summaries(const App& app, nlohmann::json& summary);

void strategy_screen(App& app, StrategyState& state, const Fonts& fonts);
void calendar_screen(App& app, cal::State& state, const Fonts& fonts);
void composer_screen(App& app, ComposerState& state, const Fonts& fonts);
void messages_screen(App& app, MessagesState& state, const Fonts& fonts);
void kpis_screen(App& app, KpisState& state, const Fonts& fonts);
void settings_screen(App& app, SettingsState& state, const Fonts& fonts);
// For the test hook: the composer's open post and search text, how many checks it keeps, and the
// open post's status, circuit, date field and history (composer_workflow.cpp).
nlohmann::json composer_summary(const App& app, const ComposerState& state);
nlohmann::json calendar_summary(const App& app, const cal::State& state);
// Messages: the selection, the ids listed, the filters, and each message's desk fields.
nlohmann::json messages_summary(const App& app, const MessagesState& state);
// Posts whose time passed without Parvis sending them (Bluesky, connections.h): a banner under the
// status bar, and the dialog where a person decides, post by post (missed_posts.cpp).
void missed_posts_banner(App& app, MissedPostsState& state);
void missed_posts_dialog(App& app, MissedPostsState& state);
// Paramètres › Comptes (settings_accounts.cpp): each account's connection on this device.
void accounts_settings(App& app, SettingsState& state, const Fonts& fonts);
// Rédaction's « Publier » panel (publish_panel.cpp) for the open post: publish now or schedule on
// the platform, once the validation circuit is complete; the state of each account's publish.
void publish_panel(App& app, ComposerState& s, const std::string& post_id, const Fonts& fonts);
// Paramètres' calendar section (interop.cpp): export of the editorial calendar as .ics, imports of
// an agenda (.ics) and of a planning (.csv).
void calendar_interop_settings(App& app, const Fonts& fonts);
// The coming elections watched by the pre-electoral guard (elections.cpp): the calendar's
// toolbar button « Élections à venir (N)… » and its dialog.
void elections_button(App& app, cal::ElectionsForm& form);
void elections_dialog(App& app, cal::ElectionsForm& form, const Fonts& fonts);
nlohmann::json elections_summary(const App& app, const cal::ElectionsForm& form);  // for the test hook
// The school calendar the views draw (school_calendar.cpp): the embedded one or a file the user
// loaded, kept in the device's settings (by the controller); the calendar key's button
// « Vacances scolaires… » and its dialog (state in cal::State).
const calendar::SchoolCalendar& school_calendar_in_use(const App& app);
void school_calendar_button(App& app, cal::State& state);
void school_calendar_dialog(App& app, cal::State& state, const Fonts& fonts);
// Reads a file picked in the dialog; false when the file was picked for something else.
bool receive_school_calendar(App& app, cal::State& state, const PickedFile& file);
nlohmann::json school_calendar_summary(const App& app, const cal::State& state);  // for the test hook

// The current person, in the status bar, and the start prompt (strategy_people.cpp).
void person_chooser(App& app, PersonChooser& chooser);
float person_chooser_width(const App& app);  // its label and box, for the status bar's wrapping

// « Créer l'espace de ma collectivité » (first_run.cpp): Paramètres' button and its dialog, and the
// list of what a new workspace still lacks, at the top of Stratégie (nothing for the demo).
void first_run_button(App& app, FirstRunForm& form);
void first_run_dialog(App& app, FirstRunForm& form);
void setup_progress(App& app, const Fonts& fonts);
nlohmann::json first_run_summary(const App& app, const FirstRunForm& form);  // for the test hook
// Dialogs (workspaces.cpp): import preview, import error, deletion confirmation.
void workspace_dialogs(App& app);

}  // namespace parvis::app::ui
