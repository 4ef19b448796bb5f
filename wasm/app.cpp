// The app controller. See app.h.
//
// Index
// [SECTION] Helpers
// [SECTION] Start-up and storage events
// [SECTION] Autosave
// [SECTION] Workspaces
// [SECTION] Import / export
// [SECTION] Intents
#include "app.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <limits>
#include <utility>

#include <nlohmann/json.hpp>

#include "calendar/time_zone.h"
#include "demo/demo_workspace.h"
#include "io/time_text.h"
#include "platform/platform.h"

namespace parvis::app {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------
namespace {

constexpr double kAutosaveDelay = 0.8;     // seconds after the last edit
constexpr double kRetryDelay = 10.0;       // after a failed save
constexpr std::size_t kMaxImportBytes = kDefaultMaxWorkspaceBytes;  // same limit as reading
// A .zip backup holds the images too (media::kMaxImageBytes each): a larger bound for the picker.
constexpr std::size_t kMaxBackupZipBytes = std::size_t{256} * 1024 * 1024;
constexpr const char* kDemoId = "demo-saint-exemple";


std::string new_workspace_id() {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now).count();
    static unsigned counter = 0;
    char buf[48];
    std::snprintf(buf, sizeof buf, "ws-%llx-%x", static_cast<unsigned long long>(ms), ++counter);
    return buf;
}

void notify(App& app, std::string text, bool is_error) {
    app.message = std::move(text);
    app.message_is_error = is_error;
}

std::string storage_error_text(const App& app, const std::string& code) {
    const std::string key = "storage.error." + (code.empty() ? std::string("failed") : code);
    return parvis::tr(key, app.settings.lang);
}

// FNV-1a (32 bits) of a stored text, in hex: tells the kill test which stored state is open.
std::string text_digest(const std::string& text) {
    std::uint32_t h = 0x811c9dc5u;
    for (unsigned char c : text) { h ^= c; h *= 0x01000193u; }
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08x", h);
    return buf;
}

WorkspaceEntry* find_entry(App& app, const std::string& id) {
    auto it = std::find_if(app.workspaces.begin(), app.workspaces.end(), [&](auto& e) { return e.id == id; });
    return it == app.workspaces.end() ? nullptr : &*it;
}

void upsert_entry(App& app, const std::string& id, const std::string& name) {
    if (auto* e = find_entry(app, id)) e->name = name;
    else app.workspaces.push_back({id, name, ""});
}

// Makes `workspace` the open document, stored under its id; the previous one must be saved.
// Another workspace has its own screens' state and its own people: the screens start afresh
// (App::screens), and the current person is asked again (at start) or chosen in the status bar.
// A newer version of the same workspace (saved by another tab) keeps both: the user goes on.
// `generation` is the stored generation the workspace derives from (0: never stored), the base
// of the next save's compare-and-swap.
void open_document(App& app, Workspace workspace, bool needs_save, std::int64_t generation, std::string digest = {}) {
    if (workspace.id != app.doc_id) {
        app.screens_outdated = true;
        app.current_person_id.clear();
        if (!app.person_asked) {  // at start only: a switch of workspace leaves it to the status bar
            app.person_prompt = !workspace.people.empty();
            app.person_asked = true;
        }
    }
    app.doc_id = workspace.id;
    app.doc_generation = generation;
    app.stored_digest = std::move(digest);
    app.reload_if_revision.reset();
    app.doc.replace(std::move(workspace));
    const bool memory_only = app.save_state == SaveState::memory_only;
    if (app.save_state == SaveState::conflict) app.save_error_code.clear();
    app.saved_revision = needs_save ? 0 : app.doc.revision();
    app.save_state = memory_only ? SaveState::memory_only : needs_save ? SaveState::pending : SaveState::saved;
    app.save_now = needs_save && !memory_only;
    app.loading = false;
    app.settings.current_workspace = app.doc_id;
    upsert_entry(app, app.doc_id, app.doc.workspace().profile.name);
    save_settings(app);
    platform::set_title(app.doc.workspace().profile.name + " — Parvis");
}

// `base`: the stored demo's newest generation when a fresh demo replaces an unreadable one.
void open_demo(App& app, std::int64_t base = 0) {
    Workspace demo = demo_workspace(today(app));
    demo.id = kDemoId;
    open_document(app, std::move(demo), /*needs_save=*/app.save_state != SaveState::memory_only, base);
}

// The school calendar the user loaded (Calendrier › « Vacances scolaires… »), kept in the
// device's settings as its file's text, read again at start.
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
}

void apply_settings_json(App& app, const nlohmann::json& s) {
    if (!s.is_object()) return;
    if (auto it = s.find("lang"); it != s.end() && it->is_string()) app.settings.lang = lang_from_code(it->get<std::string>());
    // A theme stored is one the person chose; none (null) leaves it to the browser's preferences.
    if (auto it = s.find("theme"); it != s.end() && it->is_string() && style::theme_from_name(it->get<std::string>(), app.settings.theme)) {
        app.settings.theme_chosen = true;
    }
    if (auto it = s.find("zoom"); it != s.end() && it->is_number()) set_zoom(app, it->get<float>());
    if (auto it = s.find("current"); it != s.end() && it->is_string()) app.settings.current_workspace = it->get<std::string>();
    if (auto it = s.find("person"); it != s.end() && it->is_string()) app.settings.last_person_id = it->get<std::string>();
    if (auto it = s.find("school_calendar"); it != s.end()) restore_school_calendar(app, *it);
}

void on_storage_ready(App& app, const platform::Event& e) {
    if (!e.ok) {
        // Private browsing or blocked storage: work in memory, say so, offer export.
        app.save_state = SaveState::memory_only;
        app.save_error_code = e.code;
        notify(app, storage_error_text(app, e.code), true);
        open_demo(app);
        return;
    }
    auto j = nlohmann::json::parse(e.json, nullptr, false);
    if (j.is_object()) {
        apply_settings_json(app, j.value("settings", nlohmann::json::object()));
        for (const auto& w : j.value("workspaces", nlohmann::json::array()))
            if (w.is_object() && w.contains("id") && w["id"].is_string())
                app.workspaces.push_back({w["id"].get<std::string>(), w.value("name", ""), w.value("updated_at", "")});
    }
    platform::storage_request_persist();
    if (app.workspaces.empty()) { open_demo(app); return; }
    std::string target = app.settings.current_workspace;
    if (!find_entry(app, target)) target = app.workspaces.front().id;
    app.load_target = target;
    app.load_fell_back = false;
    app.load_request = platform::storage_load(target);
}

// Reads the newest good generation; when it cannot be read (torn: skipped by storage.js, or
// unreadable here), asks for the one before, and so on: the user is told when an older one opens.
void on_loaded(App& app, const platform::Event& e) {
    if (e.request != app.load_request) return;  // superseded by another switch
    app.load_request = 0;
    if (e.ok && e.found) {
        auto result = read_workspace(e.text);
        if (!result) {
            if (!app.load_fell_back) app.load_error = result.error();  // the newest one's reason
            app.load_fell_back = true;
            app.load_request = platform::storage_load(e.id, e.number);
            return;
        }
        const bool fell_back = app.load_fell_back || e.skipped > 0;
        app.load_fell_back = false;
        // A change made here while reloading another tab's version is not thrown away.
        if (app.reload_if_revision && e.id == app.doc_id && app.doc.revision() != *app.reload_if_revision) {
            app.reload_if_revision.reset();
            app.save_state = SaveState::conflict;
            app.save_error_code = "conflict";
            app.after_save = nullptr;
            notify(app, parvis::tr("storage.conflict", app.settings.lang), true);
            return;
        }
        Workspace ws = std::move(result.value());
        ws.id = e.id;
        open_document(app, std::move(ws), /*needs_save=*/fell_back, e.latest, fell_back ? std::string() : text_digest(e.text));
        if (fell_back) notify(app, parvis::tr("storage.recovered_previous", app.settings.lang), true);
        return;
    }
    // Nothing readable (or the storage failed): keep whatever is open (or the demo at first
    // start) and tell the user why. The stored versions are left as they are (a newer Parvis may
    // read them).
    app.reload_if_revision.reset();
    std::string why = e.ok ? parvis::tr("storage.load_failed", app.settings.lang) : storage_error_text(app, e.code);
    if (e.ok && app.load_fell_back && app.load_error) why = error_message(app.load_error, app.settings.lang) + " " + why;
    app.load_fell_back = false;
    app.load_error = {};
    notify(app, why, true);
    if (!app.loading) return;
    // At start: the stored demo when it is not the unreadable one (a fresh demo would not be its
    // next generation), else a fresh demo.
    if (e.id != kDemoId && find_entry(app, kDemoId)) {
        app.load_target = kDemoId;
        app.load_request = platform::storage_load(kDemoId);
    } else {
        open_demo(app, e.id == kDemoId ? e.latest : 0);
    }
}

void on_removed(App& app, const platform::Event& e) {
    if (e.id == app.deleting_id) app.deleting_id.clear();
    if (!e.ok) { notify(app, storage_error_text(app, e.code), true); return; }
    app.workspaces.erase(std::remove_if(app.workspaces.begin(), app.workspaces.end(), [&](auto& w) { return w.id == e.id; }),
                         app.workspaces.end());
    if (e.id != app.doc_id) return;
    // The open one was deleted: open another, or the demo when none is left.
    if (!app.workspaces.empty()) {
        app.load_target = app.workspaces.front().id;
        app.load_fell_back = false;
        app.load_request = platform::storage_load(app.load_target);
    } else {
        open_demo(app);
    }
}

// Another tab saved the workspace open here. Without local changes, take its version; with
// some, stop saving here so that neither tab silently overwrites the other.
void on_external_save(App& app, const platform::Event& e) {
    if (e.id != app.doc_id || app.loading || app.save_state == SaveState::memory_only) return;
    if (app.doc.revision() == app.saved_revision && app.save_request == 0) {
        app.load_target = e.id;
        app.load_fell_back = false;
        app.reload_if_revision = app.doc.revision();
        app.load_request = platform::storage_load(e.id);
        notify(app, parvis::tr("storage.updated_elsewhere", app.settings.lang), false);
    } else {
        app.save_state = SaveState::conflict;
        app.save_error_code = "conflict";
        app.after_save = nullptr;
        notify(app, parvis::tr("storage.conflict", app.settings.lang), true);
    }
}

// The browser closed the database (a newer Parvis upgrading it in another tab, the site's data
// cleared): nothing more can be stored; the data stays open here, and export is offered.
void on_storage_closed(App& app) {
    if (app.save_state == SaveState::memory_only) return;
    app.save_state = SaveState::error;
    app.save_error_code = "closed";
    app.after_save = nullptr;
    notify(app, storage_error_text(app, "closed"), true);
}

}  // namespace

App& the_app() {
    static App app;
    return app;
}

const char* tr(const App& app, const char* key) { return parvis::tr_c(key, app.settings.lang); }

bool is_demo(const App& app) { return app.doc_id == kDemoId; }

// The spelling dictionary as the browser tests see it: its state, its load time, and a live
// check that it judges words (« ouverte » right, « ouvrte » wrong).
static nlohmann::json dictionary_summary(const App& app) {
    const char* state = app.dictionary ? "loaded" : !app.dictionary_tried ? "pending" : "failed";
    const bool works = app.dictionary && app.dictionary->correct("ouverte") && !app.dictionary->correct("ouvrte");
    return {{"state", state}, {"load_ms", app.dictionary_load_ms}, {"works", works}, {"error", app.dictionary_error}};
}

nlohmann::json summary(const App& app) {
    static const char* const screens[] = {"strategy", "calendar", "composer", "messages", "kpis", "settings"};
    static const char* const states[] = {"saved", "pending", "saving", "error", "memory_only", "conflict"};
    static_assert(std::size(screens) == static_cast<std::size_t>(Screen::settings) + 1, "screens: one name per Screen");
    static_assert(std::size(states) == static_cast<std::size_t>(SaveState::conflict) + 1, "states: one name per SaveState");
    const Workspace& ws = app.doc.workspace();
    nlohmann::json list = nlohmann::json::array();
    for (const WorkspaceEntry& e : app.workspaces) list.push_back({{"id", e.id}, {"name", e.name}});
    return {
        {"id", app.doc_id},
        {"name", ws.profile.name},
        {"demo", is_demo(app)},
        {"loading", app.loading},
        {"posts", ws.posts.size()},
        {"accounts", ws.accounts.size()},
        {"services", ws.services.size()},
        {"campaigns", ws.campaigns.size()},
        {"people", ws.people.size()},
        {"messages", ws.messages.size()},
        {"revision", app.doc.revision()},
        {"saved_revision", app.saved_revision},
        {"save_state", states[static_cast<int>(app.save_state)]},
        {"save_error", app.save_error_code},
        {"generation", app.doc_generation},
        {"stored_digest", app.stored_digest},
        {"persisted", app.persisted ? nlohmann::json(*app.persisted) : nlohmann::json(nullptr)},
        {"lang", lang_code(app.settings.lang)},
        {"zoom", app.settings.zoom},
        {"theme", style::theme_name(app.settings.theme)},
        {"theme_chosen", app.settings.theme_chosen},
        {"screen", screens[static_cast<int>(app.screen)]},
        {"message", app.message},
        {"import_error", app.import_error},
        {"import_pending", app.import_preview.has_value()},
        {"import_images", app.import_preview ? app.import_preview->media.size() : 0},
        {"media", media_summary(app.media)},
        {"workspaces", std::move(list)},
        {"local_words", ws.local_words},
        {"person", app.current_person_id},
        {"person_prompt", app.person_prompt},
        {"person_asked", app.person_asked},
        {"dictionary", dictionary_summary(app)},
        {"post_metrics", ws.metrics.posts.size()},
        {"undo_steps", app.doc.history().undo_steps()},
        {"redo_steps", app.doc.history().redo_steps()},
        {"undo_step_open", app.doc.history().step_open()},  // edits now still join the last step
        {"connections", connections_summary(app)},
        {"opened_links", platform::opened_links()},  // mailto: hand-offs (Messages), composers (Publier)
    };
}

//-----------------------------------------------------------------------------
// [SECTION] Start-up and storage events
//-----------------------------------------------------------------------------
void start(App& app) {
    app.loading = true;
    platform::storage_open();
    connections_start(app);
}

void handle_platform_events(App& app, double now) {
    load_dictionary_when_due(app);
    // The undo history's clock: a pause of a second, or another screen, ends an undo step.
    static Screen history_screen = app.screen;
    if (app.screen != history_screen) { history_screen = app.screen; app.doc.end_step(); }
    app.doc.tick(now);
    connections_tick(app, now);
    for (platform::Event& e : platform::take_events()) {
        using K = platform::EventKind;
        switch (e.kind) {
        case K::storage_ready: on_storage_ready(app, e); break;
        case K::loaded: on_loaded(app, e); break;
        case K::saved:
            if (e.request != app.save_request) break;
            app.save_request = 0;
            app.saved_revision = app.saving_revision;
            app.doc_generation = e.number;
            app.stored_digest = app.saving_digest;
            if (app.save_state == SaveState::error) app.message.clear();  // the failure is over
            app.save_error_code.clear();
            app.save_state = app.doc.revision() == app.saved_revision ? SaveState::saved : SaveState::pending;
            if (app.save_state == SaveState::saved && app.after_save) {
                auto action = std::move(app.after_save);
                app.after_save = nullptr;
                action(app);
            }
            break;
        case K::save_failed:
            if (e.request != app.save_request) break;
            app.save_request = 0;
            if (e.code == "conflict") {  // another tab wrote a newer version: never overwrite it
                app.save_state = SaveState::conflict;
                app.save_error_code = e.code;
                app.after_save = nullptr;
                notify(app, parvis::tr("storage.conflict", app.settings.lang), true);
                break;
            }
            if (app.save_state == SaveState::conflict) break;
            app.save_state = SaveState::error;
            app.save_error_code = e.code;
            app.next_retry_time = now + kRetryDelay;
            notify(app, storage_error_text(app, e.code), true);
            if (app.after_save) {  // the open workspace is not safe: stay on it
                app.after_save = nullptr;
                notify(app, storage_error_text(app, e.code) + " " + parvis::tr("workspaces.action_cancelled", app.settings.lang), true);
            }
            break;
        case K::removed: on_removed(app, e); break;
        case K::persist: app.persisted = e.flag; break;
        case K::clipboard: app.clipboard = e.text; break;
        case K::zoom:
            set_zoom(app, e.number == 0 ? 1.0f : app.settings.zoom + 0.1f * static_cast<float>(e.number));
            save_settings(app);
            break;
        case K::imported_file: {
            PickedFile file{e.purpose, e.name, std::move(e.text), e.code, e.number};
            if (!file.purpose.empty()) {  // a screen's (agenda, planning, statistics, school calendar)
                app.picked_files.push_back(std::move(file));
                break;
            }
            app.import_error.clear();
            app.import_preview.reset();
            if (!file.refused.empty()) {  // refused before reading: too large, or unreadable
                app.import_error = refused_file_message(file, kMaxBackupZipBytes, app.settings.lang);
                break;
            }
            if (io::looks_like_backup_zip(file.bytes)) {  // the .zip backup: workspace.json and media/
                auto backup = io::read_backup_zip(file.bytes);
                if (!backup) { app.import_error = error_message(backup.error(), app.settings.lang); break; }
                app.import_preview = ImportPreview{file.name, std::move(backup->workspace), std::move(backup->media)};
                break;
            }
            if (file.bytes.size() > kMaxImportBytes) {
                app.import_error = error_message(file_too_large_error(file.bytes.size(), kMaxImportBytes), app.settings.lang);
                break;
            }
            auto result = read_workspace(file.bytes);
            if (!result) { app.import_error = error_message(result.error(), app.settings.lang); break; }
            app.import_preview = ImportPreview{file.name, std::move(result.value()), {}};
            break;
        }
        case K::context_restored: app.fonts_dirty = true; forget_textures(app.media); break;
        case K::media_stored:
        case K::media_thumbnail: media_event(app, e); break;
        case K::media_bytes: if (!bluesky_media_bytes(app, e)) media_event(app, e); break;  // an upload's, or the backup's
        case K::external_save: on_external_save(app, e); break;
        case K::storage_closed: on_storage_closed(app); break;
        case K::text: app.typed_text += e.text; break;
        case K::http_response: if (!dictionary_event(app, e)) connections_event(app, e); break;
        case K::secrets_ready:
        case K::secret_saved:
        case K::online: connections_event(app, e); break;
        case K::unknown: break;
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Autosave
//-----------------------------------------------------------------------------
// The revision moved on (an edit, an undo): the autosave will write it.
static void mark_saving_needed(App& app) {
    app.next_retry_time = 0;  // after a failed save, a new edit retries (after the usual pause)
    if (app.save_state == SaveState::saved || app.save_state == SaveState::saving)
        app.save_state = SaveState::pending;
}

void mark_edited(App& app) {
    app.doc.edited();
    mark_saving_needed(app);
}

edit::Actor actor(const App& app) { return {app.current_person_id, now_instant()}; }

bool after_edit(App& app, const edit::Result& result) {
    if (result.outcome == edit::Outcome::refused) {
        notify(app, parvis::tr("edit.refused", app.settings.lang, {{"reason", error_description(result.error, app.settings.lang)}}), true);
        return false;
    }
    if (result.changed()) mark_edited(app);
    return result.changed();
}

// Undo and redo name the person in the audit log, which they never roll back (core/history.h).
static void undo_or_redo(App& app, bool is_undo) {
    AuditEntry record = edit::make_entry(actor(app), is_undo ? edit::AuditAction::edit_undo : edit::AuditAction::edit_redo);
    if (!(is_undo ? app.doc.undo(std::move(record)) : app.doc.redo(std::move(record)))) return;
    mark_saving_needed(app);
    if (!app.message_is_error || app.message.empty())  // a storage error stays in view
        notify(app, parvis::tr(is_undo ? "undo.undone" : "undo.redone", app.settings.lang), false);
}

void undo(App& app) { undo_or_redo(app, true); }
void redo(App& app) { undo_or_redo(app, false); }

// Writes the document when it changed and the user paused (or the page is being hidden).
// One save in flight at a time; a failure retries later and on the next edit, never drops data.
void autosave(App& app, double now) {
    if (app.loading || app.save_state == SaveState::memory_only || app.save_state == SaveState::conflict ||
        app.doc_id == app.deleting_id || app.load_request != 0)
        return;
    // One save in flight at a time, except when the page is being hidden: then the newest data
    // is written at once (IndexedDB runs the transactions in order; only the last one counts).
    if (app.save_request != 0 && !app.save_now) return;
    if (app.doc.revision() == app.saved_revision) { app.save_now = false; return; }
    static std::uint64_t seen_revision = 0;
    if (app.doc.revision() != seen_revision) { seen_revision = app.doc.revision(); app.last_edit_time = now; }
    const bool quiet = now - app.last_edit_time >= kAutosaveDelay;
    const bool retry_ok = app.save_state != SaveState::error || now >= app.next_retry_time || app.save_now;
    if (!(app.save_now || quiet) || !retry_ok) return;
    app.save_now = false;
    app.saving_revision = app.doc.revision();
    app.save_state = SaveState::saving;
    const std::string& name = app.doc.workspace().profile.name;
    upsert_entry(app, app.doc_id, name);  // a rename shows in the list as it is saved
    const std::string text = write_workspace(app.doc.workspace(), -1);
    app.saving_digest = text_digest(text);
    // The base of the compare-and-swap: the generation the document derives from; with a save
    // still in flight (the page is being hidden), storage.js knows that one is this tab's own.
    app.save_request = platform::storage_save(app.doc_id, name, text, app.doc_generation);
}

void save_now(App& app, double now) {
    app.save_now = true;
    autosave(app, now);
}

bool needs_frames(const App& app) { return app.loading || dictionary_needs_frames(app) || app.fonts_dirty; }

double next_due_in(const App& app, double now) {
    // The clock's next minute: the week view's « now » line, today's date, « en retard » marks.
    const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
    double due = 60.0 - static_cast<double>(std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch).count() % 60000) / 1000.0;
    const auto at = [&](double when) { due = std::min(due, std::max(0.0, when - now)); };
    const bool unsaved = app.doc.revision() != app.saved_revision && app.save_request == 0 &&
                         app.save_state != SaveState::memory_only && app.save_state != SaveState::conflict;
    if (unsaved) at(app.save_state == SaveState::error ? app.next_retry_time : app.last_edit_time + kAutosaveDelay);
    if (const auto closes = app.doc.history().step_closes_at()) at(*closes);
    for (const PublishJob& job : app.connections.jobs)
        if ((job.state == JobState::waiting || job.state == JobState::queued ||
             (job.state == JobState::checking && job.next_try < std::numeric_limits<double>::infinity())) && job.next_try > 0)
            at(job.next_try);
    for (const ReplyJob& job : app.connections.replies)
        if ((job.state == JobState::waiting || job.state == JobState::queued) && job.next_try > 0) at(job.next_try);
    return due;
}

Instant now_instant() { return date::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

Day today(const Workspace& ws) {
    const Instant now = now_instant();
    const LocalTime local = to_local(now, ws.profile.time_zone).value_or(LocalTime{now.time_since_epoch()});
    return Day{date::sys_days{date::floor<date::days>(local).time_since_epoch()}};
}

std::string file_stamp(const App& app) { return date::format("%F", date::sys_days{today(app)}); }

void save_settings(const App& app) {
    nlohmann::json s = {
        {"lang", lang_code(app.settings.lang)},
        {"theme", app.settings.theme_chosen ? nlohmann::json(style::theme_name(app.settings.theme)) : nlohmann::json(nullptr)},
        {"zoom", app.settings.zoom},
        {"current", app.settings.current_workspace},
        {"person", app.settings.last_person_id},
        {"school_calendar", stored_school_calendar(app)},
    };
    platform::storage_save_settings(s.dump());
}

void follow_display_preferences(App& app) {
    if (app.settings.theme_chosen) return;
    const platform::DisplayPreferences prefs = platform::display_preferences();
    const Theme wanted = prefs.more_contrast ? Theme::high_contrast : prefs.dark ? Theme::dark : Theme::light;
    app.settings.theme = wanted;
}

void set_zoom(App& app, float zoom) {
    zoom = std::clamp(zoom, 0.75f, 2.0f);
    if (zoom != app.settings.zoom) { app.settings.zoom = zoom; app.fonts_dirty = true; }
}

//-----------------------------------------------------------------------------
// [SECTION] Workspaces
//-----------------------------------------------------------------------------
// Every switch, creation or import as new first writes the open document and waits for the
// write to complete: a failed save cancels the action and the open data stays where it is.
static void when_saved(App& app, std::function<void(App&)> action) {
    if (app.save_state == SaveState::conflict) {  // leaving would drop this tab's changes
        notify(app, parvis::tr("storage.conflict", app.settings.lang), true);
        return;
    }
    if (app.save_state == SaveState::memory_only || app.doc.revision() == app.saved_revision) {
        action(app);
        return;
    }
    app.after_save = std::move(action);
    app.save_now = true;
}

void create_workspace(App& app, const std::string& name) {
    Workspace ws;
    ws.profile.name = name.empty() ? parvis::tr("workspaces.default_name", app.settings.lang) : name;
    create_workspace(app, std::move(ws));
}

void create_workspace(App& app, Workspace ws, std::string person_id) {
    when_saved(app, [ws = std::move(ws), person_id = std::move(person_id)](App& a) mutable {
        ws.id = new_workspace_id();
        open_document(a, std::move(ws), true, 0);
        a.current_person_id = person_id;
    });
}

void duplicate_workspace(App& app) {
    when_saved(app, [](App& a) {
        Workspace copy = a.doc.workspace();
        copy.id = new_workspace_id();
        copy.profile.name += parvis::tr("workspaces.copy_suffix", a.settings.lang);
        open_document(a, std::move(copy), true, 0);
    });
}

// This tab's version goes to a new workspace, saved at once; the original keeps what the other
// tab stored. Nothing typed here is lost.
void keep_conflict_copy(App& app) {
    if (app.save_state != SaveState::conflict) return;
    Workspace copy = app.doc.workspace();
    copy.id = new_workspace_id();
    copy.profile.name += parvis::tr("workspaces.copy_suffix", app.settings.lang);
    const std::string name = copy.profile.name;
    open_document(app, std::move(copy), true, 0);
    notify(app, parvis::tr("storage.conflict_copy_kept", app.settings.lang, {{"name", name}}), false);
}

// Drops this tab's changes and reads what is stored (the other tab's version).
void reload_after_conflict(App& app) {
    if (app.save_state != SaveState::conflict) return;
    app.load_target = app.doc_id;
    app.load_fell_back = false;
    app.reload_if_revision.reset();
    app.load_request = platform::storage_load(app.doc_id);
}

void switch_workspace(App& app, const std::string& id) {
    if (id == app.doc_id || app.save_state == SaveState::memory_only) return;
    when_saved(app, [id](App& a) {
        a.load_target = id;
        a.load_fell_back = false;
        a.load_request = platform::storage_load(id);
    });
}

// The record disappears from the list when the storage confirms the deletion (on_removed), so
// the list never shows as gone what is still stored, or the reverse.
void delete_workspace(App& app, const std::string& id) {
    if (id == app.doc_id) {
        app.deleting_id = id;  // nothing of the deleted one must be written back
        app.after_save = nullptr;
    }
    platform::storage_remove(id);
}

//-----------------------------------------------------------------------------
// [SECTION] Import / export
//-----------------------------------------------------------------------------
std::string file_slug(const Workspace& ws) {
    std::string slug;
    for (char c : ws.profile.name) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) slug += static_cast<char>(std::tolower(u));
        else if (!slug.empty() && slug.back() != '-') slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug.empty() ? "espace" : slug;
}

void export_workspace(const App& app) {
    const Workspace& ws = app.doc.workspace();
    const std::string file = "parvis-" + file_slug(ws) + "-" + date::format("%F", today(app)) + ".json";
    platform::download(file, "application/json", write_workspace(ws));
}

std::string refused_file_message(const PickedFile& file, std::size_t max_bytes, Lang lang, const char* kind) {
    if (file.refused == "file_too_large") {
        Error err = file_too_large_error(static_cast<std::uintmax_t>(file.size), max_bytes);
        if (kind) err.args.emplace_back("reason", kind);
        return error_message(err, lang);
    }
    Error err{.code = ErrorCode::io_cannot_open, .detail = parvis::tr("import.read_failed", lang)};
    err.args = {{"path", file.name}};
    return error_message(err, lang);
}

void choose_import_file(App& app) {
    app.import_error.clear();
    platform::pick_file(".json,.zip,application/json,application/zip", kMaxBackupZipBytes);
}

void apply_import(App& app, bool as_new_workspace) {
    if (!app.import_preview) return;
    Workspace ws = std::move(app.import_preview->workspace);
    store_imported_media(app, std::move(app.import_preview->media));  // content-named: never overwrites another image
    app.import_preview.reset();
    if (!as_new_workspace) {
        ws.id = app.doc_id;  // replaces the open workspace, under the same id
        app.screens_outdated = true;  // another content: the screens start afresh all the same
        open_document(app, std::move(ws), true, app.doc_generation);
        notify(app, parvis::tr("import.done", app.settings.lang), false);
        return;
    }
    when_saved(app, [ws = std::move(ws)](App& a) mutable {
        if (ws.id.empty() || ws.id == kDemoId || find_entry(a, ws.id)) ws.id = new_workspace_id();
        open_document(a, std::move(ws), true, 0);
        notify(a, parvis::tr("import.done", a.settings.lang), false);
    });
}

//-----------------------------------------------------------------------------
// [SECTION] Intents
//-----------------------------------------------------------------------------
void carry_out_intents(App& app) {
    for (Intent& intent : std::exchange(app.intents, {})) {
        if (auto* open = std::get_if<OpenPost>(&intent)) {
            app.open_post_id = std::move(open->post_id);  // Rédaction selects it as it draws
            app.screen = Screen::composer;
        } else if (auto* download = std::get_if<DownloadFile>(&intent)) {
            platform::download(download->file_name, download->mime, download->content);
        } else if (auto* choose = std::get_if<ChooseFile>(&intent)) {
            platform::pick_file(choose->accept, choose->max_bytes, choose->purpose);
        } else if (auto* connect = std::get_if<ConnectAccount>(&intent)) {
            connect_account(app, connect->account_id, connect->out_of_band);
        } else if (auto* code = std::get_if<SubmitSignInCode>(&intent)) {
            submit_sign_in_code(app, code->account_id, code->code);
        } else if (auto* disconnect = std::get_if<DisconnectAccount>(&intent)) {
            disconnect_account(app, disconnect->account_id);
        } else if (auto* publish = std::get_if<PublishOnPlatform>(&intent)) {
            publish_on_platform(app, publish->post_id, publish->account_id, publish->schedule);
        } else if (auto* retry = std::get_if<RetryPublish>(&intent)) {
            retry_publish(app, retry->post_id, retry->account_id);
        } else if (std::holds_alternative<SyncAccounts>(intent)) {
            sync_accounts(app);
        } else if (std::holds_alternative<CancelHeldOnPlatforms>(intent)) {
            cancel_held_on_platforms(app);
        } else if (auto* reply = std::get_if<ReplyOnPlatform>(&intent)) {
            reply_on_platform(app, reply->message_id, reply->text, reply->direct);
        } else if (auto* link = std::get_if<OpenLink>(&intent)) {
            platform::open_link(link->url);
        } else if (auto* bluesky = std::get_if<ConnectBluesky>(&intent)) {
            connect_bluesky(app, bluesky->account_id, bluesky->identifier, bluesky->app_password);
        } else if (auto* fb = std::get_if<ConnectFacebook>(&intent)) {
            connect_facebook(app, fb->account_id, fb->page_id, fb->token);
        }
    }
}

}  // namespace parvis::app
