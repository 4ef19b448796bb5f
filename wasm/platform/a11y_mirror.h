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
#include <string>
#include <vector>

#include <imgui.h>

namespace parvis::platform {

// What ImGui's hooks cannot tell and the screen can: a sidebar entry is a link to a page (and the
// current one), a radio button is a radio. Applies to the widget just drawn (ImGui's last item).
enum class A11yRole : unsigned char { automatic, page_link, radio, combobox };
void a11y_mark_last_item(A11yRole role, bool state);
// The name a screen reader gives the widget just drawn, instead of its visible label.
void a11y_describe_last_item(const std::string& name);
// A table of values, what a chart says in words (its text alternative): read by a screen reader
// as a table with its caption and column headers; the first cell of each row heads the row.
struct A11yTable {
    std::string caption;
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
};
// Gives the widget just drawn (a chart's InvisibleButton, which has no name of its own) this
// table: it is mirrored as a <table> at the chart's place, not as a control (Tab passes it).
void a11y_table_last_item(A11yTable table);

// The widget just drawn is an entry of a long list (the posts of Rédaction, the messages, the
// calendar's list): Tab stops on the list once, at the first entry it reaches, and its next press
// leaves the list; the arrows go through the entries. So a list of 300 posts is one stop, not 300
// presses of Tab between the button above it and the editor beside it (a listbox's behaviour).
void a11y_mark_list_entry();

// The page's words, in the user's language: the screen's name (the page's one heading), the
// sidebar's name, the name given to a dialog that has none.
void a11y_set_page(const std::string& heading, const std::string& navigation, const std::string& dialog);
// The polite live region: `notice` is the banner's text while it shows (an error, « Importé »…);
// `status` is said again each time `status_seq` changes (« Enregistré » after each save).
void a11y_set_notices(const std::string& notice, const std::string& status, unsigned status_seq);

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
// After test_hook_end_frame(): the finished frame's widgets go to the page when they changed.
void a11y_end_frame();

}  // namespace parvis::platform
