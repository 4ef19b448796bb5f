// The test hook behind window.parvis.snapshot(): what ImGui drew in the last frame, taken from
// ImGui's own item hooks (IMGUI_ENABLE_TEST_ENGINE), plus a summary the app provides. Tests read
// labels and rectangles from it to click and type like a person would.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include <cstdint>

#include <imgui.h>
#include <imgui_internal.h>  // ImRect
#include <nlohmann/json.hpp>

namespace parvis::platform {

// What holds a widget, for the accessibility mirror (a11y_mirror.h): a popup (a modal dialog, a
// menu or context popup, a combo's list) or a tab bar.
enum class HookGroup : std::uint8_t { none, modal, popup, listbox, tablist };

// One widget of a frame, as ImGui's item hooks reported it.
struct HookItem {
    ImGuiID id = 0;
    ImRect rect;
    bool visible = true;
    std::string label;
    std::string key;  // the hidden part of the label: "handle" for "##handle", "service" for "Eau###service"
    ImGuiItemStatusFlags flags = 0;
    bool has_info = false;
    bool is_text = false;
    std::string value;
    ImGuiID window = 0;   // the ImGui window it was drawn in (for nav focus)
    ImGuiID group = 0;    // its popup or tab bar (0: none)
    HookGroup group_kind = HookGroup::none;
    bool disabled = false;
    bool tab = false, tab_selected = false;  // a tab of a tab bar, the shown one
};
struct HookGroupInfo {
    HookGroup kind = HookGroup::none;
    std::string name;  // the popup's window name without its ## part
};

void test_hook_enable(ImGuiContext* context);
void test_hook_end_frame();  // after ImGui::Render(): the frame's items become the snapshot
// Text widgets report their current value (the hooks carry ids and labels, not values).
void test_hook_text_value(ImGuiID id, const std::string& value);
void test_hook_set_summary(std::function<nlohmann::json()> summary);
// The undo history's copies of the workspace as text, for window.parvis.historyText(): the
// token-leak test looks there too.
void test_hook_set_history_text(std::function<std::string()> history_text);
// The finished frame's widgets, in the order drawn, and its popups and tab bars (by id).
const std::vector<HookItem>& test_hook_items();
const HookGroupInfo* test_hook_group(ImGuiID group);

}  // namespace parvis::platform
