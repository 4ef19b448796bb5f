// C++ side of the browser glue: declarations of the JS library functions (browser.js,
// storage.js), the event queue they fill, and the exported entry points they call.
#include "platform.h"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <string_view>
#include <type_traits>

extern "C" {
// browser.js
void parvis_browser_init();
void parvis_browser_canvas_metrics(float* out);
void parvis_browser_text_input(int active, float x, float y);
void parvis_browser_clipboard_write(const char* text);
void parvis_browser_download(const char* name, const char* mime, const char* content, int length);
void parvis_browser_pick_file(const char* accept, double max_bytes, const char* purpose);
void parvis_browser_set_title(const char* title);
int parvis_browser_display_preferences();
void parvis_browser_install_hook();
void parvis_a11y_init();
// storage.js
void parvis_storage_open();
void parvis_storage_save(int request, const char* id, const char* name, const char* text, double base);
void parvis_storage_load(int request, const char* id, double before);
void parvis_storage_remove(int request, const char* id);
void parvis_storage_save_settings(const char* json);
void parvis_storage_request_persist();
// media.js
void parvis_media_init();
void parvis_media_store(int request, const char* hash, const char* mime, const char* bytes, int length);
void parvis_media_thumbnail_request(const char* hash);
void parvis_media_read(int request, const char* hash);
// http.js
void parvis_http_send(int request, const char* method, const char* url, const char* headers_json, const char* body,
                      int body_length, int timeout_ms, double max_bytes);
int parvis_http_online();
// secrets.js
void parvis_secrets_open();
void parvis_secrets_write(int request, const char* key, const char* json);
// page.js
char* parvis_page_address();
char* parvis_page_query();
void parvis_page_replace_query(const char* query);
void parvis_page_navigate(const char* url);
void parvis_page_open_link(const char* url);
void parvis_page_open(const char* url);
void parvis_page_random(unsigned char* out, int length);
void parvis_page_watch_online();
}

namespace parvis::platform {
namespace {

std::vector<Event> g_events;
int g_next_request = 1;

// Every event draws the frames that handle it (the loop may be paused: platform.h « Frames »).
void push_event(Event&& e) {
    g_events.push_back(std::move(e));
    wake();
}

EventKind kind_from_name(std::string_view name) {
    static const std::pair<std::string_view, EventKind> table[] = {
        {"storage_ready", EventKind::storage_ready}, {"saved", EventKind::saved},
        {"save_failed", EventKind::save_failed},     {"loaded", EventKind::loaded},
        {"removed", EventKind::removed},             {"persist", EventKind::persist},
        {"text", EventKind::text},                   {"clipboard", EventKind::clipboard},
        {"zoom", EventKind::zoom},
        {"imported_file", EventKind::imported_file}, {"context_restored", EventKind::context_restored},
        {"external_save", EventKind::external_save}, {"http_response", EventKind::http_response},
        {"secrets_ready", EventKind::secrets_ready}, {"secret_saved", EventKind::secret_saved},
        {"online", EventKind::online},               {"storage_closed", EventKind::storage_closed},
        {"media_stored", EventKind::media_stored},   {"media_thumbnail", EventKind::media_thumbnail},
        {"media_bytes", EventKind::media_bytes},
    };
    static_assert(std::size(table) == static_cast<std::size_t>(EventKind::unknown), "table: one name per EventKind but unknown");
    for (const auto& [n, k] : table)
        if (n == name) return k;
    return EventKind::unknown;
}

template <class T>
T member(const nlohmann::json& j, const char* key, T fallback) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return fallback;
    if constexpr (std::is_same_v<T, std::string>) {
        return it->is_string() ? it->template get<std::string>() : fallback;
    } else if constexpr (std::is_same_v<T, bool>) {
        return it->is_boolean() ? it->template get<bool>() : fallback;
    } else {
        return it->is_number() ? it->template get<T>() : fallback;
    }
}

}  // namespace

void init() {
    parvis_browser_init();
    parvis_page_watch_online();
    parvis_media_init();
    parvis_a11y_init();
    parvis_browser_install_hook();
}

std::vector<Event> take_events() {
    std::vector<Event> out;
    out.swap(g_events);
    return out;
}

CanvasMetrics update_canvas() {
    float m[3] = {0, 0, 1};
    parvis_browser_canvas_metrics(m);
    return {m[0], m[1], m[2] > 0 ? m[2] : 1};
}

void set_text_input(bool active, float x, float y) { parvis_browser_text_input(active ? 1 : 0, x, y); }
void clipboard_write(const std::string& text) { parvis_browser_clipboard_write(text.c_str()); }
void set_title(const std::string& title) { parvis_browser_set_title(title.c_str()); }

DisplayPreferences display_preferences() {
    const int bits = parvis_browser_display_preferences();
    return {.dark = (bits & 1) != 0, .more_contrast = (bits & 2) != 0, .reduced_motion = (bits & 4) != 0};
}

void storage_open() { parvis_storage_open(); }
int storage_save(const std::string& id, const std::string& name, const std::string& text, std::int64_t base) {
    const int request = g_next_request++;
    parvis_storage_save(request, id.c_str(), name.c_str(), text.c_str(), static_cast<double>(base));
    return request;
}
int storage_load(const std::string& id, std::int64_t before) {
    const int request = g_next_request++;
    parvis_storage_load(request, id.c_str(), static_cast<double>(before));
    return request;
}
int storage_remove(const std::string& id) {
    const int request = g_next_request++;
    parvis_storage_remove(request, id.c_str());
    return request;
}
void storage_save_settings(const std::string& json) { parvis_storage_save_settings(json.c_str()); }
void storage_request_persist() { parvis_storage_request_persist(); }

void download(const std::string& file_name, const std::string& mime, const std::string& content) {
    parvis_browser_download(file_name.c_str(), mime.c_str(), content.data(), static_cast<int>(content.size()));
}

int media_store(const std::string& sha256, const std::string& mime, const std::string& bytes) {
    const int request = g_next_request++;
    parvis_media_store(request, sha256.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
    return request;
}
void media_thumbnail(const std::string& sha256) { parvis_media_thumbnail_request(sha256.c_str()); }
int media_read(const std::string& sha256) {
    const int request = g_next_request++;
    parvis_media_read(request, sha256.c_str());
    return request;
}
void pick_file(const std::string& accept, std::size_t max_bytes, const std::string& purpose) {
    parvis_browser_pick_file(accept.c_str(), static_cast<double>(max_bytes), purpose.c_str());
}

int http_send(const HttpCall& call) {
    const int request = g_next_request++;
    nlohmann::json headers = nlohmann::json::array();
    for (const auto& [name, value] : call.headers) headers.push_back({name, value});
    parvis_http_send(request, call.method.c_str(), call.url.c_str(),
                     headers.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str(), call.body.data(),
                     static_cast<int>(call.body.size()), call.timeout_ms, static_cast<double>(call.max_response_bytes));
    return request;
}
bool online() { return parvis_http_online() != 0; }

void secrets_open() { parvis_secrets_open(); }
int secret_write(const std::string& key, const std::string& json) {
    const int request = g_next_request++;
    parvis_secrets_write(request, key.c_str(), json.empty() ? nullptr : json.c_str());
    return request;
}

namespace {
std::string take_string(char* p) {
    if (!p) return {};
    std::string s(p);
    std::free(p);
    return s;
}
}  // namespace

std::string page_address() { return take_string(parvis_page_address()); }
std::string page_query() { return take_string(parvis_page_query()); }
void replace_page_query(const std::string& query) { parvis_page_replace_query(query.c_str()); }
void navigate(const std::string& url) { parvis_page_navigate(url.c_str()); }
void open_window(const std::string& url) { parvis_page_open(url.c_str()); }
namespace {
std::vector<std::string> g_opened_links;
}  // namespace
void open_link(const std::string& url) {
    if (g_opened_links.size() == 8) g_opened_links.erase(g_opened_links.begin());
    g_opened_links.push_back(url);
    if (url.rfind("https://", 0) == 0) parvis_page_open(url.c_str());
    else parvis_page_open_link(url.c_str());
}
const std::vector<std::string>& opened_links() { return g_opened_links; }
std::string random_bytes(std::size_t count) {
    std::string out(count, '\0');
    parvis_page_random(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count));
    return out;
}

}  // namespace parvis::platform

using parvis::platform::Event;

// Called by the JS glue with one JSON event (see storage.js `emit`).
extern "C" EMSCRIPTEN_KEEPALIVE void parvis_platform_event(const char* json_text) {
    auto j = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) return;
    Event e;
    e.kind = parvis::platform::kind_from_name(parvis::platform::member<std::string>(j, "type", ""));
    e.request = parvis::platform::member<int>(j, "request", 0);
    e.ok = parvis::platform::member<bool>(j, "ok", true);
    e.code = parvis::platform::member<std::string>(j, "code", "");
    e.id = parvis::platform::member<std::string>(j, "id", "");
    e.text = parvis::platform::member<std::string>(j, "text", "");
    e.name = parvis::platform::member<std::string>(j, "name", "");
    e.purpose = parvis::platform::member<std::string>(j, "purpose", "");
    e.number = parvis::platform::member<std::int64_t>(j, "generation", 0);
    if (e.kind == parvis::platform::EventKind::zoom) e.number = parvis::platform::member<std::int64_t>(j, "step", 0);
    if (e.kind == parvis::platform::EventKind::imported_file) e.number = parvis::platform::member<std::int64_t>(j, "size", 0);
    e.flag = parvis::platform::member<bool>(j, "granted", false);
    e.width = parvis::platform::member<int>(j, "width", 0);
    e.height = parvis::platform::member<int>(j, "height", 0);
    e.latest = parvis::platform::member<std::int64_t>(j, "latest", 0);
    e.skipped = parvis::platform::member<int>(j, "skipped", 0);
    e.found = parvis::platform::member<bool>(j, "found", false);
    if (e.kind == parvis::platform::EventKind::storage_ready || e.kind == parvis::platform::EventKind::secrets_ready)
        e.json = json_text;
    parvis::platform::push_event(std::move(e));
}

// Called with the raw bytes of a file chosen in the picker (not converted: invalid UTF-8 stays
// invalid, for the validator to report).
extern "C" EMSCRIPTEN_KEEPALIVE void parvis_imported_file(const char* name, const char* bytes, int length,
                                                         const char* purpose) {
    Event e;
    e.kind = parvis::platform::EventKind::imported_file;
    e.name = name;
    e.purpose = purpose ? purpose : "";
    e.text.assign(bytes, static_cast<std::size_t>(length));
    e.number = length;
    parvis::platform::push_event(std::move(e));
}

// Called by http.js with one answer: the body as raw bytes (binary stays binary), the headers as
// a JSON list of [name, value].
extern "C" EMSCRIPTEN_KEEPALIVE void parvis_http_response(int request, int status, const char* code,
                                                         const char* headers_json, const char* body, int length) {
    Event e;
    e.kind = parvis::platform::EventKind::http_response;
    e.request = request;
    e.number = status;
    e.code = code ? code : "";
    e.ok = status != 0 && e.code.empty();
    e.text.assign(body, static_cast<std::size_t>(length));
    const auto headers = nlohmann::json::parse(headers_json ? headers_json : "[]", nullptr, /*allow_exceptions=*/false);
    if (headers.is_array())
        for (const auto& h : headers)
            if (h.is_array() && h.size() == 2 && h[0].is_string() && h[1].is_string())
                e.headers.emplace_back(h[0].get<std::string>(), h[1].get<std::string>());
    parvis::platform::push_event(std::move(e));
}

// Called by media.js with a decoded thumbnail (RGBA, thumb_width × thumb_height), or why none.
extern "C" EMSCRIPTEN_KEEPALIVE void parvis_media_thumbnail(const char* hash, int ok, const char* code, int width,
                                                           int height, int thumb_width, int thumb_height,
                                                           const char* rgba, int length) {
    Event e;
    e.kind = parvis::platform::EventKind::media_thumbnail;
    e.id = hash ? hash : "";
    e.ok = ok != 0;
    e.code = code ? code : "";
    e.width = width;
    e.height = height;
    e.thumb_width = thumb_width;
    e.thumb_height = thumb_height;
    // Only a buffer of exactly the announced size is a thumbnail.
    if (e.ok && rgba && length > 0 && static_cast<std::int64_t>(length) == std::int64_t{4} * thumb_width * thumb_height)
        e.text.assign(rgba, static_cast<std::size_t>(length));
    else
        e.ok = false;
    parvis::platform::push_event(std::move(e));
}

// Called by media.js with a stored image's bytes (binary), or the code of why none.
extern "C" EMSCRIPTEN_KEEPALIVE void parvis_media_bytes(int request, const char* hash, const char* code, const char* mime,
                                                       const char* bytes, int length) {
    Event e;
    e.kind = parvis::platform::EventKind::media_bytes;
    e.request = request;
    e.id = hash ? hash : "";
    e.code = code ? code : "";
    e.ok = e.code.empty();
    e.name = mime ? mime : "";
    if (e.ok && bytes && length > 0) e.text.assign(bytes, static_cast<std::size_t>(length));
    parvis::platform::push_event(std::move(e));
}
