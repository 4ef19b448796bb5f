// The test hook behind window.parvis.snapshot(): what ImGui drew in the last frame, taken from
// ImGui's own item hooks (IMGUI_ENABLE_TEST_ENGINE), plus a summary the app provides. Tests read
// labels and rectangles from it to click and type like a person would.
#pragma once
#include <functional>
#include <string>

#include <imgui.h>
#include <nlohmann/json.hpp>

namespace parvis::platform {

void test_hook_enable(ImGuiContext* context);
void test_hook_end_frame();  // after ImGui::Render(): the frame's items become the snapshot
// Text widgets report their current value (the hooks carry ids and labels, not values).
void test_hook_text_value(ImGuiID id, const std::string& value);
void test_hook_set_summary(std::function<nlohmann::json()> summary);
// The undo history's copies of the workspace as text, for window.parvis.historyText(): the
// token-leak test looks there too.
void test_hook_set_history_text(std::function<std::string()> history_text);

}  // namespace parvis::platform
