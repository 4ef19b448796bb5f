// The web app's state and its controller: the open document, the list of workspaces, settings,
// the save state machine (autosave to IndexedDB) and the pending user decisions (import preview,
// deletion confirmation). Screens in wasm/ui/ read this, call its operations and push intents
// (intent.h); only this controller talks to wasm/platform/. It knows nothing of the screens: no
// ImGui, no wasm/ui/ header (main.cpp, the frame loop, joins the two).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "calendar/school_holidays.h"
#include "connections.h"
#include "document.h"
#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "i18n/catalogue.h"
#include "intent.h"
#include "io/backup_zip.h"
#include "media.h"
#include "spell/dictionary.h"
#include "style/themes.h"

namespace parvis::app {

namespace ui { struct ScreenStates; }  // wasm/ui/screen_state.h: what the screens remember

enum class Screen { strategy, calendar, composer, messages, kpis, settings };
using Theme = style::Theme;  // light, dark, high_contrast (core/style/themes.h)

// Save state as the user sees it.
enum class SaveState {
    saved,      // « Enregistré »
    pending,    // changes not yet written (the autosave timer runs)
    saving,     // « Enregistrement… »
    error,      // « Erreur d'enregistrement » — data kept in memory, export offered
    memory_only,// storage unavailable from the start (private browsing…)
    conflict    // another tab saved this workspace while this one had unsaved changes: this
                // tab stops saving (nothing is overwritten) and offers export
};

struct WorkspaceEntry {
    std::string id;
    std::string name;
    std::string updated_at;  // ISO, from the storage
};

struct Settings {
    Lang lang = Lang::fr;
    Theme theme = Theme::light;
    // False until the person picks a theme in Paramètres: the theme then follows the browser's
    // prefers-color-scheme and prefers-contrast (follow_display_preferences), and is not stored.
    bool theme_chosen = false;
    float zoom = 1.0f;             // 0.75 … 2.0, Ctrl + / Ctrl −
    std::string current_workspace;
    std::string last_person_id;    // the person chosen last on this device, offered first at start
};

// A file chosen for import, validated, waiting for the user's decision.
struct ImportPreview {
    std::string file_name;
    Workspace workspace;
    std::vector<io::BackupMedia> media;  // a .zip backup's images, stored on this device on import
};

// A school calendar loaded by the user (Calendrier › « Vacances scolaires… », ui/school_calendar.cpp),
// kept in the device's settings; without one, the calendar embedded at build time is used.
struct LoadedSchoolCalendar {
    std::string file_name;
    Day loaded_on{};
    std::string json;                  // the file's text, as stored and offered for download
    calendar::SchoolCalendar calendar; // the same, read
};

// The spelling dictionary's two files on their way (wasm/dictionary.cpp).
struct DictionaryFetch {
    int calls = 0;                         // load_dictionary_when_due's, until started
    bool started = false;
    int aff_request = 0, dic_request = 0;  // platform::http_send numbers; 0 once answered
    std::string aff, dic;                  // the files' text as they came
    std::string failure;                   // the first file's failure (translated); empty: none
};

struct App {
    Settings settings;
    std::optional<LoadedSchoolCalendar> school_calendar;
    Screen screen = Screen::calendar;
    Document doc;
    std::string doc_id;            // id under which `doc` is stored (== doc.workspace().id)
    bool loading = true;           // until the first workspace is open
    std::vector<WorkspaceEntry> workspaces;

    SaveState save_state = SaveState::saved;
    std::string save_error_code;   // quota | unavailable | blocked | closed | failed | conflict
    // The stored generation the open document derives from: each save is a compare-and-swap on
    // it (storage.js), so that a newer write by another tab is never overwritten.
    std::int64_t doc_generation = 0;
    std::string stored_digest;     // FNV-1a of the text of that generation (test hook: kill test)
    std::string saving_digest;     // … of the text in flight
    std::uint64_t saved_revision = 0;
    std::uint64_t saving_revision = 0;
    int save_request = 0;          // 0: none in flight
    double last_edit_time = 0;
    double next_retry_time = 0;
    bool save_now = false;         // page hidden, switch, explicit request
    std::function<void(App&)> after_save;  // runs once the open document is safely stored
    std::optional<bool> persisted; // navigator.storage.persist() answer

    int load_request = 0;
    std::string load_target;       // id being loaded
    bool load_fell_back = false;   // the newest generation was torn or unreadable: an older one is read
    Error load_error;              // why the newest generation could not be read
    // Reloading what another tab saved (no local change then): a change made here meanwhile
    // turns the reload into a conflict instead of being replaced.
    std::optional<std::uint64_t> reload_if_revision;
    std::string message;           // last notice for the user (translated text)
    bool message_is_error = false;

    std::optional<ImportPreview> import_preview;
    std::string import_error;      // translated text of a refused import
    std::string confirm_delete_id; // workspace awaiting deletion confirmation
    std::string deleting_id;       // open workspace being deleted: never saved again

    Connections connections;       // accounts connected on this device, sign-ins, publishes (connections.h)
    MediaState media;              // images being added, thumbnails, the backup .zip in progress (media.h)

    std::vector<Intent> intents;   // pushed by the screens during the frame, carried out after it
    std::vector<PickedFile> picked_files;  // chosen for a screen's ChooseFile, for the next frame
    std::string open_post_id;      // a post the controller hands to Rédaction (an OpenPost intent)
    // What the screens remember between frames (selection, filters, forms being typed, open
    // dialogs, caches), one struct per screen. Defined by the screens and made by the frame
    // (ui/screen_state.cpp); held here so that it has one owner. The controller never looks
    // inside: opening another workspace (or replacing this one by an import) only marks it
    // outdated, and the next frame starts the screens afresh, so nothing of one workspace leaks
    // into another. A newer version of the same workspace (another tab saved it) keeps it.
    std::shared_ptr<ui::ScreenStates> screens;
    bool screens_outdated = false;
    std::string typed_text;        // characters typed since the last frame, for ImGui (main.cpp)
    std::string current_person_id; // who uses the app, chosen at start (wasm/ui/strategy_people.cpp):
                                   // named in approvals and audit entries; "" until chosen
    bool person_prompt = false;    // the start prompt « Qui utilise Parvis ? » is open
    bool person_asked = false;     // the start prompt was shown (or not needed: nobody in the team)
    std::string clipboard;         // last text copied or pasted (ImGui reads it on Ctrl+V)
    bool fonts_dirty = true;       // zoom or pixel ratio changed: rebuild the font atlas

    // French spelling (core/spell): Debian's hunspell-fr, served next to the app as dict/fr.aff and
    // dict/fr.dic (precached by the service worker) and fetched once the first frame is drawn, so
    // that the first frame never waits for its 2.6 MB (wasm/dictionary.cpp). Null until then, and
    // for good when the files are missing or bad (dictionary_error says why). The composer checks
    // with `dictionary.get()`.
    std::unique_ptr<spell::Dictionary> dictionary;
    std::string dictionary_error;  // translated text, empty when none
    double dictionary_load_ms = 0; // measured build time (Hunspell's tables), for the test summary
    bool dictionary_tried = false; // loaded or failed for good
    DictionaryFetch dictionary_fetch;
};

App& the_app();

// The clock, one place for every screen: now to the second (audit entries, statuses), and today
// in the collectivité's time zone — just after midnight in Paris, UTC is still on the day before,
// and a figure typed for « today » must not be refused as in the future.
Instant now_instant();
Day today(const Workspace& ws);
inline Day today(const App& app) { return today(app.doc.workspace()); }
// Today as « AAAA-MM-JJ », for the names of downloaded files (« parvis-formats-2026-12-06.csv »).
std::string file_stamp(const App& app);

// Lifecycle (called from main.cpp).
void start(App& app);
void handle_platform_events(App& app, double now);
void autosave(App& app, double now);
void save_now(App& app, double now);  // the page is being hidden: write now, frames may stop
// Frames on demand (platform.h « Frames »): whether the next frame must be drawn whatever
// happens (start-up, fonts to rebuild), and in how many seconds something falls due without any
// input (the autosave, a save or publish retry, the undo step closing, the clock's next minute).
bool needs_frames(const App& app);
double next_due_in(const App& app, double now);

// Operations for the screens. Each one keeps the current data safe: nothing is replaced or
// deleted without the user's confirmation in the UI that calls it.
void mark_edited(App& app);
// Edits of the workspace go through core/edit/ only: `edit::f(app.doc.edit(), actor(app), …)`,
// then `after_edit` with its result, which marks the document edited when it changed and turns a
// refused edit's reason into the notice. Returns Result::changed().
edit::Actor actor(const App& app);
bool after_edit(App& app, const edit::Result& result);
// Undo / redo one step of the user's edits (core/history.h), with a short notice; nothing when
// there is nothing to undo / redo.
void undo(App& app);
void redo(App& app);
void save_settings(const App& app);
// Until the person has chosen a theme, the theme the browser's preferences ask for: high contrast
// for prefers-contrast: more (or forced colours), dark for prefers-color-scheme: dark, light
// otherwise. Called each frame, before the frame applies a changed theme (main.cpp).
void follow_display_preferences(App& app);
void create_workspace(App& app, const std::string& name);
// Stores `ws` as a new workspace under a new id and opens it (the open one is saved first), with
// `person_id` as the current person (the first-run path: whoever typed the team in comes first).
void create_workspace(App& app, Workspace ws, std::string person_id = {});
void duplicate_workspace(App& app);
// After a conflict (SaveState::conflict): keeps this tab's version as a new workspace (the other
// tab's stays under the original), or drops it and reads the stored one.
void keep_conflict_copy(App& app);
void reload_after_conflict(App& app);
void switch_workspace(App& app, const std::string& id);
void delete_workspace(App& app, const std::string& id);  // after confirmation
// The profile's name as a part of a downloaded file's name (« ville-de-saint-exemple »).
std::string file_slug(const Workspace& ws);
void export_workspace(const App& app);  // the JSON alone; the .zip with the images: media.h
void choose_import_file(App& app);
// The French (or English) reason a picked file was refused before it was read: too large for
// `max_bytes` (refused "file_too_large"; `kind`, "ics" or "csv", names what was expected), or
// unreadable.
std::string refused_file_message(const PickedFile& file, std::size_t max_bytes, Lang lang, const char* kind = nullptr);
// Carries out the intents the screens pushed during the frame (called by main.cpp after it).
void carry_out_intents(App& app);
void apply_import(App& app, bool as_new_workspace);
void set_zoom(App& app, float zoom);
bool is_demo(const App& app);
// Fetches the spelling dictionary once the first frame is drawn, and builds it once both files
// came and the workspace is open (called every frame).
void load_dictionary_when_due(App& app);
// An http_response that belongs to the dictionary's fetch: kept, true. Any other: false.
bool dictionary_event(App& app, platform::Event& e);
// Frames are still needed for the dictionary: to start its fetch, or to build it.
bool dictionary_needs_frames(const App& app);
// What the test hook reports about the app (window.parvis.snapshot().workspace); the screens add
// their parts (ui::add_screen_summaries).
nlohmann::json summary(const App& app);
const char* tr(const App& app, const char* key);  // catalogue text in the current language

}  // namespace parvis::app
