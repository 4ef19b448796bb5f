// The French spelling dictionary of the web app: Debian's hunspell-fr, copied next to the app as
// dict/fr.aff and dict/fr.dic (wasm/CMakeLists.txt) and precached by the service worker.
// Why not in the data package: that package must arrive before the first frame, and the word list
// is 2.6 MB that only the checks need. So the two files are fetched once the first frame is
// drawn, in parallel with the workspace's opening; offline they come from the service worker.
// Hunspell then builds its tables in one go (a few hundred milliseconds in the browser): that is
// done on a frame after the workspace opened, never before the app shows it.
#include <chrono>
#include <cstdio>

#include "app.h"
#include "platform/platform.h"

namespace parvis::app {

namespace {
constexpr const char* kAffUrl = "dict/fr.aff";
constexpr const char* kDicUrl = "dict/fr.dic";
// hunspell-fr's are 0.3 MB and 2.6 MB; a file six times larger is not a dictionary of ours.
constexpr std::size_t kMaxDictionaryBytes = 16 * 1024 * 1024;
constexpr int kFetchTimeoutMs = 120'000;  // a slow line still gets there; offline answers at once

int ask(const char* url) {
    platform::HttpCall call;
    call.url = url;  // relative: the folder the app is served from
    call.timeout_ms = kFetchTimeoutMs;
    call.max_response_bytes = kMaxDictionaryBytes;
    return platform::http_send(call);
}

// Why a file did not come, in the user's language: « HTTP 404 », or the kind of failure.
std::string failure_of(const App& app, const char* url, const platform::Event& e) {
    std::string detail;
    if (e.code == "too_large") detail = tr(app, "spell.dictionary.too_large");
    else if (e.number != 0) detail = "HTTP " + std::to_string(e.number);
    else if (e.code == "timeout") detail = tr(app, "spell.dictionary.timeout");
    else detail = tr(app, "spell.dictionary.network");
    return parvis::tr("spell.dictionary.fetch_failed", app.settings.lang, {{"path", url}, {"detail", detail}});
}

void give_up(App& app, std::string message) {
    app.dictionary_tried = true;
    app.dictionary_error = std::move(message);
    app.dictionary_fetch = {.started = true};  // the texts are no longer needed
    std::printf("Parvis: %s\n", app.dictionary_error.c_str());  // a notice, not a console error: spelling is optional
}
}  // namespace

void load_dictionary_when_due(App& app) {
    DictionaryFetch& f = app.dictionary_fetch;
    if (app.dictionary_tried) return;
    if (!f.started) {
        if (++f.calls < 2) return;  // called before each frame: the second call follows the first frame
        f.started = true;
        f.aff_request = ask(kAffUrl);
        f.dic_request = ask(kDicUrl);
        return;
    }
    if (f.aff_request || f.dic_request || app.loading) return;  // still on their way, or the workspace first
    const auto start = std::chrono::steady_clock::now();
    Result<spell::Dictionary> built = spell::Dictionary::from_memory(f.aff, f.dic);
    app.dictionary_load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!built.ok()) { give_up(app, error_message(built.error(), app.settings.lang)); return; }
    app.dictionary = std::make_unique<spell::Dictionary>(std::move(built.value()));
    app.dictionary_tried = true;
    app.dictionary_fetch = {.started = true};
    std::printf("Parvis: dictionnaire français chargé en %.0f ms\n", app.dictionary_load_ms);
}

bool dictionary_event(App& app, platform::Event& e) {
    DictionaryFetch& f = app.dictionary_fetch;
    const bool aff = e.request != 0 && e.request == f.aff_request;
    const bool dic = e.request != 0 && e.request == f.dic_request;
    if (!aff && !dic) return false;
    (aff ? f.aff_request : f.dic_request) = 0;
    if (app.dictionary_tried) return true;  // the other file already failed
    if (e.number != 200 || !e.code.empty()) {
        give_up(app, failure_of(app, aff ? kAffUrl : kDicUrl, e));
        return true;
    }
    (aff ? f.aff : f.dic) = std::move(e.text);
    return true;
}

bool dictionary_needs_frames(const App& app) {
    const DictionaryFetch& f = app.dictionary_fetch;
    if (app.dictionary_tried) return false;
    return !f.started || (!f.aff_request && !f.dic_request);
}

}  // namespace parvis::app
