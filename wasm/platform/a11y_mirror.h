// The accessibility mirror: each frame, the widgets ImGui drew (the item hooks of test_hook.h)
// become real accessible elements in the page, over the canvas at their rectangles
// (platform/a11y_mirror.js), so that a screen reader, a switch device or the browser's
// accessibility tree finds buttons, tabs, checkboxes, text boxes and dialogs by their visible
// names. Activating or focusing a mirrored element presses or focuses the widget in ImGui; the
// keyboard focus of ImGui's navigation moves the page's focus along.
//
// Cost: one call to the page per frame, and only when something changed (the frame's compact list
// is compared with the last one sent); the page patches its elements by difference.
#pragma once
#include "a11y_notes.h"

namespace parvis::platform {

// Tab and Shift+Tab while no widget is held, or while a text box is typed in (the typing ends,
// the text kept): ImGui 1.86 would send the focus back to the window's first widget, or open the
// next text box for typing; here they move it to the next or previous widget,
// in the order of the page (the modal dialog's only, while one is open), scrolling it into view
// when it lies out of view, as a browser does. Called with GLFW's key events: true when the key is
// taken (ImGui must not see it).
bool a11y_take_tab(bool press, bool shift, bool ctrl_or_alt);

// Before ImGui::NewFrame(): the focus and activation the page asked for (a screen reader pressed a
// mirrored button) become ImGui's navigation focus and a queued activation.
void a11y_before_frame();
// After the UI, before ImGui::Render(): a thick two-colour ring around the widget that has
// ImGui's keyboard focus (ImGui's own is thin and one colour).
void a11y_draw_focus_ring();
// After test_hook_end_frame(): the finished frame's widgets, with what the screens said of them,
// go to the page when they changed.
void a11y_end_frame(FrameNotes notes);

}  // namespace parvis::platform
