// Implements ImGui's test-engine item hooks (declared in imgui_internal.h, compiled in when
// IMGUI_ENABLE_TEST_ENGINE is defined) to record each frame's widgets, and exports
// parvis_snapshot_json() for window.parvis.snapshot().
#include "test_hook.h"

#include <emscripten.h>
#include <imgui_internal.h>

#include <cstdarg>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parvis::platform {
namespace {

using Item = HookItem;

struct HookState {
    std::vector<Item> current, last;
    std::unordered_map<ImGuiID, std::size_t> index;  // id → position in `current`
    std::unordered_map<ImGuiID, HookGroupInfo> groups, last_groups;
    std::uint64_t frame = 0;
    std::function<nlohmann::json()> summary;
    std::function<std::string()> history_text;
    std::string history;   // keeps the returned C string alive
    std::string snapshot;  // keeps the returned C string alive
} g_hook;

Item& item_for(ImGuiID id) {
    auto it = g_hook.index.find(id);
    if (it != g_hook.index.end()) return g_hook.current[it->second];
    g_hook.index[id] = g_hook.current.size();
    g_hook.current.push_back(Item{.id = id});
    return g_hook.current.back();
}

// "Enregistrer##save" shows "Enregistrer"; "###id" hides everything after it as well.
std::string visible_label(const char* label) {
    if (!label) return {};
    std::string s(label);
    auto pos = s.find("##");
    return pos == std::string::npos ? s : s.substr(0, pos);
}

std::string hidden_key(const char* label) {
    if (!label) return {};
    std::string_view s(label);
    const auto pos = s.find("##");
    if (pos == std::string_view::npos) return {};
    s.remove_prefix(pos + 2);
    if (!s.empty() && s.front() == '#') s.remove_prefix(1);
    return std::string(s);
}

const char* kind_of(const Item& item) {
    if (item.is_text) return "text";
    if (item.flags & ImGuiItemStatusFlags_Checkable) return "toggle";
    if (item.flags & ImGuiItemStatusFlags_Openable) return "openable";
    return item.has_info ? "item" : "region";
}

}  // namespace

void test_hook_enable(ImGuiContext* context) { context->TestEngineHookItems = true; }

void test_hook_end_frame() {
    g_hook.last.swap(g_hook.current);
    g_hook.current.clear();
    g_hook.index.clear();
    g_hook.last_groups.swap(g_hook.groups);
    g_hook.groups.clear();
    ++g_hook.frame;
}

void test_hook_text_value(ImGuiID id, const std::string& value) {
    if (id == 0) return;  // not drawn (clipped away)
    Item& item = item_for(id);
    item.is_text = true;
    item.value = value;
}

const std::vector<HookItem>& test_hook_items() { return g_hook.last; }
const HookGroupInfo* test_hook_group(ImGuiID group) {
    auto it = g_hook.last_groups.find(group);
    return it == g_hook.last_groups.end() ? nullptr : &it->second;
}

void test_hook_set_summary(std::function<nlohmann::json()> summary) { g_hook.summary = std::move(summary); }
void test_hook_set_history_text(std::function<std::string()> history_text) { g_hook.history_text = std::move(history_text); }

}  // namespace parvis::platform

using namespace parvis::platform;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    if (id == 0) return;
    Item& item = item_for(id);
    item.rect = bb;
    const ImGuiWindow* window = ctx->CurrentWindow;
    // A window measuring itself (a popup's first frame) lays items out while hidden: clicking
    // there would hit nothing, so such items are not reported visible.
    item.visible = window && window->ClipRect.Overlaps(bb) && !window->SkipItems && !window->Hidden;
    item.disabled = (ctx->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
    if (!window) return;
    item.window = window->ID;
    // A popup (its root window) holds the widget: the mirror puts it in a dialog or a list.
    const ImGuiWindow* root = window->RootWindow;
    if (root && (root->Flags & ImGuiWindowFlags_Popup)) {
        item.group = root->ID;
        const std::string_view name(root->Name);
        item.group_kind = (root->Flags & ImGuiWindowFlags_Modal) ? HookGroup::modal
                          : name.starts_with("##Combo_")          ? HookGroup::listbox
                                                                  : HookGroup::popup;
        auto [it, added] = g_hook.groups.try_emplace(root->ID);
        if (added) it->second = {item.group_kind, visible_label(root->Name)};
    }
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    if (id == 0) return;
    Item& item = item_for(id);
    item.label = visible_label(label);
    item.key = hidden_key(label);
    item.flags = flags;
    item.has_info = true;
    // A tab of a tab bar (TabItemEx reports it while its bar is current).
    if (ImGuiTabBar* bar = ctx->CurrentTabBar; bar && ImGui::TabBarFindTabByID(bar, id)) {
        item.tab = true;
        item.tab_selected = bar->SelectedTabId == id;
        item.group = bar->ID;
        item.group_kind = HookGroup::tablist;
        g_hook.groups.try_emplace(bar->ID, HookGroupInfo{HookGroup::tablist, {}});
    }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

extern "C" EMSCRIPTEN_KEEPALIVE const char* parvis_snapshot_json() {
    nlohmann::json widgets = nlohmann::json::array();
    for (const Item& item : g_hook.last) {
        if (!item.has_info && !item.is_text) continue;  // bare regions (scrollbars, windows) are noise
        nlohmann::json w = {
            {"id", item.id},
            {"label", item.label},
            {"kind", kind_of(item)},
            {"visible", item.visible},
            {"rect", {{"x", item.rect.Min.x}, {"y", item.rect.Min.y},
                      {"w", item.rect.GetWidth()}, {"h", item.rect.GetHeight()}}},
        };
        if (!item.key.empty()) w["key"] = item.key;
        if (item.is_text) w["value"] = item.value;
        if (item.flags & ImGuiItemStatusFlags_Checkable)
            w["checked"] = (item.flags & ImGuiItemStatusFlags_Checked) != 0;
        widgets.push_back(std::move(w));
    }
    // `time` is ImGui's clock (seconds): tests wait on it for ImGui's own delays (double click).
    // `active_id`: the widget holding the keyboard or the mouse (a text box being typed in).
    // `nav_id`: the widget with ImGui's keyboard focus while it is shown (0 when not), the one the
    // accessibility mirror gives the page's focus to.
    const ImGuiContext& g = *GImGui;
    nlohmann::json snap = {{"frame", g_hook.frame}, {"time", ImGui::GetTime()}, {"active_id", ImGui::GetActiveID()},
                           {"nav_id", g.NavDisableHighlight ? 0u : g.NavId},
                           {"widgets", std::move(widgets)}};
    snap["workspace"] = g_hook.summary ? g_hook.summary() : nlohmann::json::object();
    g_hook.snapshot = snap.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return g_hook.snapshot.c_str();
}

// The frame counter alone, for window.parvis.frame(): tests wait on it every animation frame,
// which a whole snapshot would make slow.
extern "C" EMSCRIPTEN_KEEPALIVE double parvis_frame() { return static_cast<double>(g_hook.frame); }

extern "C" EMSCRIPTEN_KEEPALIVE const char* parvis_history_text() {
    g_hook.history = g_hook.history_text ? g_hook.history_text() : std::string();
    return g_hook.history.c_str();
}
