// What the screens say of a frame beyond what ImGui's item hooks tell: a role and a state (a
// radio, a combobox, a page link), a name for a widget whose label is hidden, the entries of a
// long list, a chart's values, a text box's value, and the page's words (heading, live region).
//
// Data only. The screens fill it while drawing (ui/widgets.h); the controller (main.cpp) hands it
// to the accessibility mirror and the test hook once the frame is drawn, so that the screens never
// call the platform themselves.
#pragma once
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <imgui.h>

namespace parvis::platform {

// What ImGui's hooks cannot tell: a sidebar entry is a link to a page (and the current one), a
// radio button is a radio.
enum class A11yRole : unsigned char { automatic, page_link, radio, combobox };

// A table of values, what a chart says in words (its text alternative): read by a screen reader
// as a table with its caption and column headers; the first cell of each row heads the row.
struct A11yTable {
    std::string caption;
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> rows;
};

// What a screen said of one widget (ImGui's item id).
struct A11yMark {
    A11yRole role = A11yRole::automatic;
    bool state = false;       // checked, current, open
    std::string name;         // read instead of the visible label (a hidden « ##… » label)
    // An entry of a long list (the posts of Rédaction, the messages, the calendar's list): Tab
    // stops on the list once, and the arrows go through the entries.
    bool list_entry = false;
    // A chart's InvisibleButton or a table's place: mirrored as a <table>, not as a control.
    std::optional<A11yTable> table;
};

struct FrameNotes {
    std::unordered_map<ImGuiID, A11yMark> marks;
    // The text boxes' values as drawn (a password as stars), for the test hook's snapshot.
    std::vector<std::pair<ImGuiID, std::string>> text_values;
    // The page's words in the user's language: the screen's name (the page's one heading), the
    // sidebar's name, the name given to a dialog that has none.
    std::string heading, navigation, dialog;
    // The polite live region: `notice` is the banner's text while it shows (an error,
    // « Importé »…); `status` is said again each time `status_seq` changes (« Enregistré »).
    std::string notice, status;
    unsigned status_seq = 0;
};

}  // namespace parvis::platform
