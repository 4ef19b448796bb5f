// Parvis web app entry point: GLFW window + WebGL2 context (Emscripten's built-in GLFW), Dear
// ImGui, and the frame loop. One frame: browser events → input fix-ups → UI → the screens'
// intents → render → test hook. The only file that knows both the controller (app.h) and the
// screens (ui/): the controller never calls a screen, the screens never call the browser.
//
// Input fix-ups for ImGui 1.86's GLFW backend on the web (see shared TOOLCHAIN notes):
// - characters come from the hidden text field (platform/browser.js), never from GLFW's
//   keypress path, which loses dead keys, AltGr, IME and paste;
// - a key pressed and released between two frames (fast typing, automated tests) would be
//   missed because 1.86 reads key state, not events: such releases wait for the end of the
//   next frame;
// - sizes and mouse positions come in device pixels; ImGui works in CSS pixels;
// - the mouse wheel comes from browser.js in notches (GLFW's has the wrong sign and unit).
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImGuiContext::PlatformImePos (caret position for IME)
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cfloat>
#include <cstdio>
#include <utility>
#include <vector>

#include "app.h"
#include "platform/a11y_mirror.h"
#include "platform/platform.h"
#include "platform/test_hook.h"
#include "style.h"
#include "ui/screens.h"

namespace {

GLFWwindow* g_window = nullptr;
parvis::app::Fonts g_fonts;
float g_pixel_ratio = 0;
bool g_emoji_loaded = false;  // the first frame is drawn without emoji glyphs (faster start)
parvis::app::Theme g_theme_applied = parvis::app::Theme::light;  // the theme ImGui's style has now
std::vector<int> g_deferred_releases;  // keys released in the frame they were pressed
std::vector<int> g_pressed_this_frame;

void key_callback(GLFWwindow* window, int key, int scancode, int action, int mods) {
    // Tab goes to the next widget (the accessibility mirror's order), from a text box too.
    if (key == GLFW_KEY_TAB &&
        parvis::platform::a11y_take_tab(action != GLFW_RELEASE, mods & GLFW_MOD_SHIFT, mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT)))
        return;
    if (action == GLFW_PRESS) g_pressed_this_frame.push_back(key);
    if (action == GLFW_RELEASE) {
        // Once a release waits for the frame, the later ones wait too, in order: Alt let go just
        // after 2 (Alt+2 pressed and released between two frames) is still down when the frame
        // sees 2, as it was.
        bool defer = !g_deferred_releases.empty();
        for (int k : g_pressed_this_frame) defer = defer || k == key;
        if (defer) { g_deferred_releases.push_back(key); return; }
    }
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

const char* get_clipboard(void*) { return parvis::app::the_app().clipboard.c_str(); }
void set_clipboard(void*, const char* text) {
    parvis::app::the_app().clipboard = text;
    parvis::platform::clipboard_write(text);
}

void frame() {
    using namespace parvis;
    app::App& app = app::the_app();
    ImGuiIO& io = ImGui::GetIO();

    app::handle_platform_events(app, glfwGetTime());
    if (!app.typed_text.empty()) {
        io.AddInputCharactersUTF8(app.typed_text.c_str());
        app.typed_text.clear();
    }

    const platform::CanvasMetrics canvas = platform::update_canvas();
    if (canvas.pixel_ratio != g_pixel_ratio) { g_pixel_ratio = canvas.pixel_ratio; app.fonts_dirty = true; }
    app::follow_display_preferences(app);
    const bool first_frame = ImGui::GetFrameCount() == 0;
    if (!first_frame && !g_emoji_loaded) { g_emoji_loaded = true; app.fonts_dirty = true; }
    if (app.fonts_dirty) {
        app.fonts_dirty = false;
        app::build_fonts(g_fonts, app.settings.zoom, g_pixel_ratio, g_emoji_loaded);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        app::apply_theme(app.settings.theme, app.settings.zoom);
        g_theme_applied = app.settings.theme;
    }
    // A theme changed (Paramètres, the stored settings, the browser's preferences): its colours
    // only, the font atlas stays.
    if (app.settings.theme != g_theme_applied) {
        app::apply_theme(app.settings.theme, app.settings.zoom);
        g_theme_applied = app.settings.theme;
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // GLFW reports device pixels; ImGui lays out in CSS pixels and renders at the pixel ratio.
    io.DisplaySize = ImVec2(canvas.css_width, canvas.css_height);
    io.DisplayFramebufferScale = ImVec2(g_pixel_ratio, g_pixel_ratio);
    if (io.MousePos.x != -FLT_MAX) io.MousePos = ImVec2(io.MousePos.x / g_pixel_ratio, io.MousePos.y / g_pixel_ratio);

    platform::a11y_before_frame();
    ImGui::NewFrame();
    // Parvis has no menu bar, and Alt belongs to its shortcuts (Alt+1 … Alt+6). ImGui 1.86 arms
    // its « Alt tap » in NewFrame (pressing Alt, even for Alt+2, then releasing it, toggles to the
    // menu layer); without a menu layer the toggle moves the keyboard focus out of the screen's
    // child window to the main window, where it lands on nothing: the first control that Alt+2
    // had just focused lost the focus on Alt's release. Disarmed every frame, it never fires.
    GImGui->NavWindowingToggleLayer = false;
    platform::FrameNotes notes;
    app::ui::draw(app, g_fonts, notes);
    app::carry_out_intents(app);
    platform::a11y_draw_focus_ring();
    ImGui::Render();

    // The hidden text field follows ImGui's wish for text, placed at the caret for IME.
    const ImVec2 caret = GImGui->PlatformImePos;
    const bool caret_known = caret.x != FLT_MAX;
    platform::set_text_input(io.WantTextInput, caret_known ? caret.x : 0, caret_known ? caret.y : 0);

    glViewport(0, 0, static_cast<int>(canvas.css_width * g_pixel_ratio), static_cast<int>(canvas.css_height * g_pixel_ratio));
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    for (auto& [id, value] : notes.text_values) platform::test_hook_text_value(id, value);
    platform::test_hook_end_frame();
    platform::a11y_end_frame(std::move(notes));

    // Keys pressed and released since the last frame were seen down by this frame; release
    // them now, and start collecting the next frame's presses.
    for (int key : g_deferred_releases) ImGui_ImplGlfw_KeyCallback(g_window, key, 0, GLFW_RELEASE, 0);
    g_deferred_releases.clear();
    g_pressed_this_frame.clear();

    app::autosave(app, glfwGetTime());

    // Draw on while a button or key is held (a drag, a held arrow: ImGui repeats from the time
    // held, not from the browser's repeated events); otherwise pause until the next input, event
    // or due time (platform.h « Frames »).
    bool held = ImGui::IsAnyMouseDown();
    for (bool down : io.KeysDown) held = held || down;
    platform::end_frame(held || app::needs_frames(app), app::next_due_in(app, glfwGetTime()));
}

}  // namespace

// The WebGL context came back after a loss: every GPU object is gone, recreate them.
extern "C" EMSCRIPTEN_KEEPALIVE void parvis_gl_restored() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    parvis::app::the_app().fonts_dirty = true;
}

// The mouse wheel in notches, positive up and left (platform/browser.js converts the browser's
// event; GLFW's own path has the wrong sign and unit).
extern "C" EMSCRIPTEN_KEEPALIVE void parvis_wheel(double x, double y) {
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheelH += static_cast<float>(x);
    io.MouseWheel += static_cast<float>(y);
}

// Called by the glue when the page is hidden or closed (no more animation frames after that).
extern "C" EMSCRIPTEN_KEEPALIVE void parvis_save_now() {
    parvis::app::save_now(parvis::app::the_app(), glfwGetTime());
}

// Read by the shell before it reloads into a new version (shell/sw_register.js, « Recharger »):
// 0 when the open workspace is written, 1 while a save is due or under way, 2 when this tab
// cannot write it (storage unavailable, or another tab's save in conflict): a reload would lose it.
extern "C" EMSCRIPTEN_KEEPALIVE int parvis_save_status() {
    using parvis::app::SaveState;
    const parvis::app::App& app = parvis::app::the_app();
    if (app.save_state == SaveState::memory_only || app.save_state == SaveState::conflict) return 2;
    const bool written = app.save_state == SaveState::saved && app.save_request == 0 &&
                         app.doc.revision() == app.saved_revision;
    return written ? 0 : 1;
}

// The app's language, for the shell's own words (the new-version banner): 1 for English.
extern "C" EMSCRIPTEN_KEEPALIVE int parvis_english() {
    return parvis::app::the_app().settings.lang == parvis::Lang::en ? 1 : 0;
}

int main() {
    if (!glfwInit()) {
        std::fprintf(stderr, "glfwInit failed\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // ImGui needs neither depth, stencil nor multisampling; these match the attributes of the
    // context shell/boot.js creates early on this canvas, which GLFW then takes over.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    glfwWindowHint(GLFW_SAMPLES, 0);
    g_window = glfwCreateWindow(1280, 720, "Parvis", nullptr, nullptr);
    if (!g_window) {
        std::fprintf(stderr, "parvis: no WebGL2 context\n");
        EM_ASM({ if (Module['onFatalError']) Module['onFatalError']('webgl2'); });
        return 1;
    }
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is ours; nothing written to the virtual file system
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // A steady caret: a blinking one would need frames all the time a text box has the focus
    // (frames are drawn on demand), and WCAG 2.2.2 asks that blinking can be stopped anyway.
    io.ConfigInputTextCursorBlink = false;
    parvis::platform::test_hook_enable(context);

    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    glfwSetKeyCallback(g_window, key_callback);
    glfwSetCharCallback(g_window, nullptr);  // text comes from the hidden field only
    // After the backend's init, which installs GLFW's clipboard (a string internal to the page).
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;
    ImGui_ImplOpenGL3_Init("#version 300 es");

    parvis::app::App& app = parvis::app::the_app();
    parvis::platform::test_hook_set_summary([&app] {
        nlohmann::json summary = parvis::app::summary(app);
        parvis::app::ui::add_screen_summaries(app, summary);
        return summary;
    });
    parvis::platform::test_hook_set_history_text([&app] {
        std::string text;
        app.doc.history().visit_held([&text](const parvis::Workspace& ws) { text += parvis::write_workspace(ws, -1) + "\n"; });
        return text;
    });
    parvis::platform::init();
    parvis::app::start(app);
    parvis::platform::run_frames(frame);
}
