// Small widgets shared by the screens: text boxes that report their value to the test hook,
// section titles, the "not built yet" notice. Text boxes edit std::string (UTF-8) directly.
#pragma once
#include <string>
#include <vector>

#include <imgui.h>

#include "app.h"
#include "platform/a11y_notes.h"
#include "style.h"

namespace parvis::app::ui {

// The frame's notes for screen readers and the test hook (platform/a11y_notes.h), owned by the
// controller: like ImGui's current context, the widgets below write to the notes of the frame
// being drawn, set by draw() for its length. Outside a frame (a native benchmark), nothing is noted.
class FrameNotesScope {
public:
    explicit FrameNotesScope(platform::FrameNotes& notes);
    ~FrameNotesScope();
    FrameNotesScope(const FrameNotesScope&) = delete;
    FrameNotesScope& operator=(const FrameNotesScope&) = delete;
private:
    platform::FrameNotes* previous_;
};
// The widget just drawn (ImGui's last item) has this role and state: a sidebar entry is a link to
// a page, and the current one when `state`.
void mark_last_item(platform::A11yRole role, bool state);

// Catalogue labels of the model's vocabulary.
const char* network_label(const App& app, Network network);
const char* status_label(const App& app, PostStatus status);
// A symbol per status, shown before a post's title where its status would otherwise be told by
// colour or place alone (a calendar chip, Rédaction's list): a circle that fills up along the
// circuit (idea ○ … scheduled ●), a square once published, a triangle for a failure, an empty
// square for a cancellation. All in the regular font's geometric shapes (style.cpp).
const char* status_symbol(PostStatus status);
// « Mastodon @ville », the network and handle of an account (its id when unknown).
std::string account_label(const App& app, const std::string& id);
// What the last relève of a connected account brought (connections.h SyncState), or why it
// failed: « Relevé le 6 déc. 2026 à 14:32 : 2 nouveaux messages, chiffres de 3 publications ».
// Empty before the first.
std::string sync_text(const App& app, const AccountLink& link);

// One-line and multi-line text boxes; return true when the text was edited this frame.
bool text_field(const char* label, std::string& value, ImGuiInputTextFlags flags = 0);
bool text_area(const char* label, std::string& value, const ImVec2& size, ImGuiInputTextFlags flags = 0);
// A secret typed by the user (an app password): drawn as dots, and the test hook sees as many « * »
// as characters, never the secret.
bool password_field(const char* label, std::string& value, ImGuiInputTextFlags flags = 0);

// A radio button, mirrored for screen readers as a radio with its checked state (ImGui's own
// hooks cannot tell a radio from a button). True when pressed.
bool radio(const char* label, bool active);

// Puts the next item on the same line when `width` more fits in the window, else on the next
// line: a row of controls wraps instead of running off the edge (a narrow window, a zoom of 200 %).
void same_line_if_fits(float width, float spacing);

// What a screen reader gets instead of a chart, or of a table whose cells are drawn as text: a
// table of values with its caption and column headers (the first cell of a row heads it),
// mirrored at the place of the widget just drawn.
void table_alternative(std::string caption, std::vector<std::string> headers, std::vector<std::vector<std::string>> rows);
// The same for the ImGui table that ImGui::EndTable() just closed (named `id` in the screen).
void table_structure(const char* id, std::string caption, std::vector<std::string> headers,
                     std::vector<std::vector<std::string>> rows);

// The text cells of an ImGui table, drawn and kept as words for table_structure: row() starts a
// row, cell() draws a text cell (muted: greyed, as ImGui::TextDisabled). A cell holding a control
// is ImGui::TableNextColumn() as usual, and has no word (the control is mirrored on its own).
struct TableWords {
    std::vector<std::vector<std::string>> rows;
    void row();
    void cell(std::string text, bool muted = false);
    void word(std::string text);  // the word of a cell the caller drew (a control's name)
};

// The widget just drawn is an entry of a long list: Tab stops on the list once, the arrows go
// through its entries.
void mark_list_entry();

// A text alternative for the widget just drawn, read by screen readers instead of its visible
// label (a calendar chip: its title, day, time and status). Tests still find it by its label.
void describe_last_item(const std::string& text);

// ImGui::BeginCombo, with the closed combo reported to the test hook under its label (Dear ImGui
// 1.86 gives combos no item info, so tests could not find them). Close with ImGui::EndCombo.
// `name`: what screen readers and the tests call a combo whose label is hidden (« ##… »).
bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags = 0, const char* name = nullptr);

// A modal dialog without a title bar, centred when it appears, sized to its content (at `width`
// when given): opened while `wanted` is true. Draw the content and call ImGui::EndPopup() only
// when it returns true. ImGui draws a popup the frame after it opens.
bool begin_dialog(const char* id, bool wanted, float width = 0);
// The button that leaves a dialog without acting (« Annuler », « Fermer »): pressed by a click, or
// by Escape while its modal dialog is the one on top. Escape that ends the typing in a text box
// only ends the typing (the dialog stays, as in a browser's form). Outside a modal dialog, a plain
// button.
bool cancel_button(const char* label);

void screen_title(const Fonts& fonts, const char* text);
void section_title(const Fonts& fonts, const char* text);
// A plain notice that a screen's full feature is still to come.
void coming_notice(const char* text);

}  // namespace parvis::app::ui
