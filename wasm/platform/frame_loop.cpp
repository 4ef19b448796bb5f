// Frames drawn on demand (platform.h, « Frames »): Emscripten's main loop, paused when nothing is
// left to draw and resumed by wake(), which the browser side (frames.js) calls on every input and
// timer, and the event queue (platform.cpp) on every event.
#include <emscripten.h>

#include <cmath>

#include "platform.h"

extern "C" {
// frames.js
void parvis_frames_listen();
void parvis_frames_wake_in(double milliseconds);
}

namespace parvis::platform {
namespace {

// After the last wake, frames go on for kSettleFrames before pausing: a popup opened by a click
// is laid out in the next frame and auto-sized windows appear in their second. After a person's
// input, for kSettleMs too: ImGui's own delays run on its clock, so they need frames (a tooltip
// shows after the pointer rests 0.4 s, a double click is two clicks within 0.3 s).
constexpr int kSettleFrames = 4;
constexpr double kSettleMs = 1000.0;

FrameFunction g_frame = nullptr;
int g_frames_left = kSettleFrames;
double g_awake_until = 0.0;  // emscripten_get_now() milliseconds
bool g_paused = false;

void tick() { g_frame(); }

}  // namespace

void run_frames(FrameFunction frame) {
    g_frame = frame;
    parvis_frames_listen();
    emscripten_set_main_loop(tick, 0, true);
    __builtin_unreachable();  // simulate_infinite_loop: main() never goes on
}

void wake() {
    g_frames_left = kSettleFrames;
    if (!g_paused) return;
    g_paused = false;
    emscripten_resume_main_loop();
}

void end_frame(bool busy, double due_in_seconds) {
    if (busy) { g_frames_left = kSettleFrames; return; }
    if (--g_frames_left > 0 || emscripten_get_now() < g_awake_until) return;
    g_paused = true;
    emscripten_pause_main_loop();
    // Nothing due: no timer at all (a pause of hours costs nothing; any input wakes the loop).
    parvis_frames_wake_in(std::isfinite(due_in_seconds) && due_in_seconds >= 0 ? due_in_seconds * 1000.0 : -1.0);
}

void wake_for_input() {
    g_awake_until = emscripten_get_now() + kSettleMs;
    wake();
}

bool frames_paused() { return g_paused; }

}  // namespace parvis::platform

// The browser side's doors: a person's input arrived; a timer fired or a test reads the state.
extern "C" EMSCRIPTEN_KEEPALIVE void parvis_wake_for_input() { parvis::platform::wake_for_input(); }
extern "C" EMSCRIPTEN_KEEPALIVE void parvis_wake() { parvis::platform::wake(); }
extern "C" EMSCRIPTEN_KEEPALIVE int parvis_frames_paused() { return parvis::platform::frames_paused() ? 1 : 0; }
