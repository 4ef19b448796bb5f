// The only door between Parvis and the browser. Everything here is asynchronous on the browser
// side: requests return at once, results come back as Events drained once per frame. The UI and
// the app never call JavaScript themselves.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace parvis::platform {

//-----------------------------------------------------------------------------
// Events from the browser
//-----------------------------------------------------------------------------
enum class EventKind {
    storage_ready,    // database open (ok) or unavailable (code); workspaces + settings JSON
    saved,            // a save's transaction completed
    save_failed,      // code: quota | unavailable | blocked | failed
    loaded,           // texts: the kept generations of one workspace, newest first
    removed,
    persist,          // granted: persistent storage granted or not
    text,             // characters typed (through the hidden text field)
    clipboard,        // the system clipboard's text, at a paste
    zoom,             // step: +1, -1, 0 (reset)
    imported_file,    // a file chosen in the picker: name + bytes, or code when refused
    context_restored, // the WebGL context came back: recreate GPU objects
    external_save,    // another tab saved workspace `id`
    unknown,
};

struct Event {
    EventKind kind = EventKind::unknown;
    int request = 0;
    bool ok = true;
    std::string code;             // error code from the browser side
    std::string id;               // workspace id
    std::string text;             // typed text, clipboard text, imported bytes
    std::string name;             // imported file name
    std::string purpose;          // imported file: what it was picked for (pick_file), "" for a backup
    std::vector<std::string> texts;
    std::string json;             // the raw event for storage_ready (list and settings)
    std::int64_t number = 0;      // generation, zoom step, size
    bool flag = false;            // persist granted
};

void init();                          // installs listeners, the hidden text field and the test hook
std::vector<Event> take_events();     // events since the last call, in arrival order

//-----------------------------------------------------------------------------
// Display and input
//-----------------------------------------------------------------------------
struct CanvasMetrics {
    float css_width = 0, css_height = 0;  // CSS pixels: ImGui's display size
    float pixel_ratio = 1;                // devicePixelRatio: framebuffer scale
};
// Resizes the canvas backing store to follow the window and returns its metrics.
CanvasMetrics update_canvas();
// Focuses the hidden text field (at x, y in CSS pixels) while a text box is being edited.
void set_text_input(bool active, float x, float y);
void clipboard_write(const std::string& text);
void set_title(const std::string& title);

//-----------------------------------------------------------------------------
// Storage (IndexedDB) — see storage.js for the layout and the durability rules
//-----------------------------------------------------------------------------
void storage_open();
int storage_save(const std::string& id, const std::string& name, const std::string& text);
int storage_load(const std::string& id);
int storage_remove(const std::string& id);
void storage_save_settings(const std::string& json);
void storage_request_persist();

//-----------------------------------------------------------------------------
// Files
//-----------------------------------------------------------------------------
void download(const std::string& file_name, const std::string& mime, const std::string& content);
// Opens the browser's file picker; the file comes back as an imported_file event with `purpose`.
void pick_file(const std::string& accept, std::size_t max_bytes, const std::string& purpose = {});

}  // namespace parvis::platform
