// The French spelling dictionary of the web app: Debian's hunspell-fr, preloaded by Emscripten
// into the virtual file system (wasm/CMakeLists.txt: --preload-file … @/dict/fr.aff, fr.dic).
// Hunspell builds its tables in one go (a few hundred milliseconds in the browser): this is
// done on the third frame, after the first frames have been drawn, never before the app shows.
#include <chrono>
#include <cstdio>

#include "app.h"

namespace parvis::app {

namespace {
constexpr int kFramesBeforeLoading = 3;
constexpr const char* kAffPath = "/dict/fr.aff";
constexpr const char* kDicPath = "/dict/fr.dic";
}  // namespace

void load_dictionary_when_due(App& app) {
    static int frames = 0;
    if (app.dictionary_tried || ++frames < kFramesBeforeLoading) return;
    app.dictionary_tried = true;
    const auto start = std::chrono::steady_clock::now();
    Result<spell::Dictionary> loaded = spell::Dictionary::load(kAffPath, kDicPath);
    app.dictionary_load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (!loaded.ok()) {
        app.dictionary_error = error_message(loaded.error(), app.settings.lang);
        std::printf("Parvis: %s\n", app.dictionary_error.c_str());  // a notice, not a console error: spelling is optional
        return;
    }
    app.dictionary = std::make_unique<spell::Dictionary>(std::move(loaded.value()));
    std::printf("Parvis: dictionnaire français chargé en %.0f ms\n", app.dictionary_load_ms);
}

}  // namespace parvis::app
