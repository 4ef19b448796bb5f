// The only door between Parvis and the browser. Everything here is asynchronous on the browser
// side: requests return at once, results come back as Events drained once per frame. The UI and
// the app never call JavaScript themselves.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace parvis::platform {

//-----------------------------------------------------------------------------
// Events from the browser
//-----------------------------------------------------------------------------
enum class EventKind {
    storage_ready,    // database open (ok) or unavailable (code); workspaces + settings JSON
    saved,            // a save's transaction completed: number = the generation written
    save_failed,      // code: quota | unavailable | blocked | closed | failed, or conflict (another
                      // tab wrote a newer generation: number = it; nothing was overwritten)
    loaded,           // found: text = one generation (number) of workspace id; latest = the
                      // newest stored, skipped = newer ones torn; !found: none left to read
    removed,
    persist,          // granted: persistent storage granted or not
    text,             // characters typed (through the hidden text field)
    clipboard,        // the system clipboard's text, at a paste
    zoom,             // step: +1, -1, 0 (reset)
    imported_file,    // a file chosen in the picker: name + bytes, or code when refused
    context_restored, // the WebGL context came back: recreate GPU objects
    external_save,    // another tab saved workspace `id`
    http_response,    // an http_send answered: number = status (0: none, see code), headers, text = body
    secrets_ready,    // the device's secrets are read (ok) or unavailable (code); json: {"records":{key: value}}
    secret_saved,     // a secret_write completed (ok) or failed (code); id = its key
    online,           // the browser is online again
    storage_closed,   // the browser closed the database (versionchange, site data cleared)
    media_stored,     // a media_store completed (ok: id = the sha256, width × height as decoded) or
                      // failed (code: undecodable | quota | unavailable | blocked | failed)
    media_thumbnail,  // id = the sha256; ok: text = RGBA pixels of thumb_width × thumb_height, width ×
                      // height the image's own; !ok: code missing (not on this device) | undecodable | …
    media_bytes,      // a media_read answered: id = the sha256, text = the bytes, name = the mime type;
                      // !ok: code missing | …
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
    std::string json;             // the raw event for storage_ready (list and settings) and secrets_ready
    std::vector<std::pair<std::string, std::string>> headers;  // http_response: names in lower case
    std::int64_t number = 0;      // generation, zoom step, size
    std::int64_t latest = 0;      // loaded: the workspace's newest generation
    int skipped = 0;              // loaded: newer generations skipped as torn
    bool found = false;           // loaded: a generation was read
    bool flag = false;            // persist granted
    int width = 0, height = 0;              // media: the image's size in pixels
    int thumb_width = 0, thumb_height = 0;  // media_thumbnail: the thumbnail's
};

void init();                          // installs listeners, the hidden text field and the test hook
std::vector<Event> take_events();     // events since the last call, in arrival order

//-----------------------------------------------------------------------------
// Frames, drawn on demand (frame_loop.cpp, frames.js)
// An open tab that changes nothing draws nothing: agents keep Parvis open all day, often on
// battery. A frame is drawn after an input (keyboard, mouse, wheel, touch, focus, resize, the
// page shown again), an event above (storage, network, a file), a timer the app asked for, a test
// reading the app's state (window.parvis.snapshot and frame), and while the app says it is busy.
// After the last of these, a few frames more let ImGui settle (a popup appears the frame after
// the click that opens it); after an input, a second more (a tooltip shows after a 0.4 s rest).
//-----------------------------------------------------------------------------
using FrameFunction = void (*)();
// Starts the loop on the browser's animation frames. Never returns (Emscripten's main loop).
[[noreturn]] void run_frames(FrameFunction frame);
// Draws the next frames (an event arrived, a timer fired): resumes the loop if it was paused.
void wake();
// The same for a person's input, with frames for a second more (ImGui's hover and click delays).
void wake_for_input();
// The end of a frame: `busy` draws the next one anyway; otherwise, once the settle frames are
// drawn, the loop pauses until an input, an event, or `due_in_seconds` from now (a timer: the
// autosave, a retry, the clock's next minute; a negative or infinite value sets none).
void end_frame(bool busy, double due_in_seconds);
// Whether the loop is paused now (the test snapshot reports it).
bool frames_paused();

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
// The person's display preferences from the browser's media queries, read when asked (a change
// of the system's setting draws a frame, so the frame that reads them sees it).
struct DisplayPreferences {
    bool dark = false;            // prefers-color-scheme: dark
    bool more_contrast = false;   // prefers-contrast: more, or forced-colors: active
    bool reduced_motion = false;  // prefers-reduced-motion: reduce (Parvis draws no animation to stop)
};
DisplayPreferences display_preferences();

//-----------------------------------------------------------------------------
// Storage (IndexedDB) — see storage.js for the layout and the durability rules
//-----------------------------------------------------------------------------
void storage_open();
// Writes the next generation if the stored newest is still `base` (compare-and-swap: another
// tab's newer write is never overwritten, the save fails with code "conflict").
int storage_save(const std::string& id, const std::string& name, const std::string& text, std::int64_t base);
// The newest good generation older than `before` (0: the newest of all).
int storage_load(const std::string& id, std::int64_t before = 0);
int storage_remove(const std::string& id);
void storage_save_settings(const std::string& json);
void storage_request_persist();

//-----------------------------------------------------------------------------
// Files
//-----------------------------------------------------------------------------
// `content` as bytes (text or binary: a .zip backup).
void download(const std::string& file_name, const std::string& mime, const std::string& content);
// Opens the browser's file picker; the file comes back as an imported_file event with `purpose`.
void pick_file(const std::string& accept, std::size_t max_bytes, const std::string& purpose = {});

//-----------------------------------------------------------------------------
// Images (media.js): the bytes of posts' images as Blobs in their own IndexedDB database, named by
// the SHA-256 of their bytes (core/media/media_ref.h); thumbnails decoded by the browser. Images
// dropped onto the page or pasted arrive as imported_file events, purpose "media_drop" /
// "media_paste".
//-----------------------------------------------------------------------------
// Decodes and stores → media_thumbnail, then media_stored with this request number.
int media_store(const std::string& sha256, const std::string& mime, const std::string& bytes);
// The thumbnail of a stored image → media_thumbnail.
void media_thumbnail(const std::string& sha256);
// The bytes of a stored image → media_bytes with this request number.
int media_read(const std::string& sha256);

//-----------------------------------------------------------------------------
// HTTP (http.js): one generic bridge over fetch, for the connectors (core/connect builds the
// requests and reads the answers; nothing here knows a network)
//-----------------------------------------------------------------------------
struct HttpCall {
    std::string method = "GET";
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;                    // bytes as sent: text or binary; empty: no body
    int timeout_ms = 30'000;             // the whole exchange, body included (AbortController)
    std::size_t max_response_bytes = 4 * 1024 * 1024;  // read no further: code "too_large"
};
// Sends at once; the answer comes back as an http_response event with this request number:
// number = the status, or 0 with code "offline" | "network" (refused, cut, CORS) | "timeout";
// code "too_large" when the body passed max_response_bytes (text then empty).
int http_send(const HttpCall& call);
bool online();  // navigator.onLine: false when the browser knows it has no network

//-----------------------------------------------------------------------------
// Secrets (secrets.js): tokens and OAuth clients, per device, in their own IndexedDB database,
// never with the workspaces
//-----------------------------------------------------------------------------
void secrets_open();  // → secrets_ready
// Writes `json` under `key` (an empty json deletes the record) → secret_saved with the number.
int secret_write(const std::string& key, const std::string& json);

//-----------------------------------------------------------------------------
// The page (page.js): its address for OAuth redirects, and randomness
//-----------------------------------------------------------------------------
std::string page_address();                   // origin + path: « http://127.0.0.1:8080/ »
std::string page_query();                     // « ?code=…&state=… » as the page was opened, or ""
void replace_page_query(const std::string& query);  // rewrites the address bar, no reload
void navigate(const std::string& url);        // leaves the page (a platform's sign-in page)
void open_window(const std::string& url);     // a new tab (out-of-band sign-in)
// Follows a link the user asked for, and the page stays: an https address opens in a new tab (a
// network's composer); another scheme (`mailto:` → the mail program) is clicked as a link.
void open_link(const std::string& url);
// The last links given to open_link (at most 8, oldest first), for the test hook's summary.
const std::vector<std::string>& opened_links();
std::string random_bytes(std::size_t count);  // crypto.getRandomValues

}  // namespace parvis::platform
