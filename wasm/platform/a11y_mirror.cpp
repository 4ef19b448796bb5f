// The accessibility mirror, C++ side: the frame's widgets as one compact text for
// platform/a11y_mirror.js, and the page's requests (focus, activate) applied to ImGui. See
// a11y_mirror.h.
#include "a11y_mirror.h"

#include <emscripten.h>
#include <imgui_internal.h>

#include <cmath>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "test_hook.h"

extern "C" {
// platform/a11y_mirror.js: `text` (or null when the widgets are unchanged), ImGui's keyboard focus
// (0 when not shown), and the C++ time spent building the text, for the cost figures.
void parvis_a11y_update(const char* text, int length, unsigned nav_id, double cpp_ms);
}

namespace parvis::platform {
namespace {

// The record format: fields separated by U+001F, records by U+001E (neither can appear in a
// label: they are removed from the strings).
constexpr char kField = '\x1f', kRecord = '\x1e';

struct Mark {
    A11yRole role = A11yRole::automatic;
    bool state = false;
    std::string name;  // a11y_describe_last_item: read instead of the label
};

struct Request {
    ImGuiID id = 0;
    bool activate = false;
    int tab = 0;  // +1 Tab, -1 Shift+Tab (id unused)
};

struct MirrorState {
    std::unordered_map<ImGuiID, Mark> marks, last_marks;  // this frame's, the finished frame's
    std::string heading, navigation, dialog, notice, status;
    unsigned status_seq = 0;
    std::string text, sent;  // this frame's list, the last one sent
    std::vector<Request> requests;
    bool tab_taken = false;  // the last Tab press was taken: its release is too
} g_mirror;

void append_clean(std::string& out, std::string_view s, std::size_t max_bytes = 400) {
    std::size_t n = 0;
    for (char c : s) {
        if (n++ >= max_bytes) break;
        const auto u = static_cast<unsigned char>(c);
        out.push_back(u < 0x20 ? ' ' : c);  // separators, line breaks and tabs of a text area
    }
}

void field(std::string& out, std::string_view s) {
    out.push_back(kField);
    append_clean(out, s);
}

void number(std::string& out, long long v) {
    out.push_back(kField);
    out += std::to_string(v);
}

// One letter per role, read by a11y_mirror.js.
char role_of(const HookItem& item, const Mark* mark) {
    if (mark) {
        switch (mark->role) {
        case A11yRole::page_link: return 'l';
        case A11yRole::radio: return 'r';
        case A11yRole::combobox: return 'o';
        case A11yRole::automatic: break;
        }
    }
    if (item.is_text) return 'x';
    if (item.tab) return 't';
    if (item.flags & ImGuiItemStatusFlags_Checkable) return 'c';
    if (item.flags & ImGuiItemStatusFlags_Openable) return 'e';
    if (item.group_kind == HookGroup::listbox) return 'p';
    return 'b';
}

bool state_of(const HookItem& item, const Mark* mark) {
    if (mark && mark->role != A11yRole::automatic) return mark->state;
    if (item.tab) return item.tab_selected;
    if (item.flags & ImGuiItemStatusFlags_Checkable) return (item.flags & ImGuiItemStatusFlags_Checked) != 0;
    if (item.flags & ImGuiItemStatusFlags_Openable) return (item.flags & ImGuiItemStatusFlags_Opened) != 0;
    return false;
}

// The widgets a person reaches in the page: drawn, visible and named (unnamed ones are not mirrored).
std::string_view name_of(const HookItem& item) {
    if ((!item.has_info && !item.is_text) || !item.visible) return {};
    return !item.label.empty() ? std::string_view(item.label) : item.is_text ? std::string_view(item.key) : std::string_view();
}

void build_text() {
    std::string& out = g_mirror.text;
    out.clear();
    out += 'H';
    field(out, g_mirror.heading);
    field(out, g_mirror.navigation);
    field(out, g_mirror.dialog);
    field(out, g_mirror.notice);
    field(out, g_mirror.status);
    number(out, g_mirror.status_seq);
    ImGuiID last_group = 0;
    for (const HookItem& item : test_hook_items()) {
        const std::string_view name = name_of(item);
        if (name.empty()) continue;  // an unnamed widget (a splitter, a drag handle) would be noise
        if (item.group != 0 && item.group != last_group) {
            const HookGroupInfo* group = test_hook_group(item.group);
            out += kRecord;
            out += 'G';
            number(out, static_cast<long long>(item.group));
            field(out, item.group_kind == HookGroup::modal ? "m" : item.group_kind == HookGroup::listbox ? "l"
                       : item.group_kind == HookGroup::tablist                                    ? "t" : "p");
            field(out, group ? std::string_view(group->name) : std::string_view());
        }
        last_group = item.group;
        auto mark_it = g_mirror.last_marks.find(item.id);
        const Mark* mark = mark_it == g_mirror.last_marks.end() ? nullptr : &mark_it->second;
        out += kRecord;
        out += role_of(item, mark);
        number(out, static_cast<long long>(item.id));
        number(out, static_cast<long long>(item.group));
        number(out, (state_of(item, mark) ? 1 : 0) | (item.disabled ? 2 : 0));
        number(out, std::lround(item.rect.Min.x));
        number(out, std::lround(item.rect.Min.y));
        number(out, std::lround(item.rect.GetWidth()));
        number(out, std::lround(item.rect.GetHeight()));
        field(out, mark && !mark->name.empty() ? std::string_view(mark->name) : name);
        if (item.is_text) field(out, item.value);
    }
}

const HookItem* find_item(ImGuiID id) {
    for (const HookItem& item : test_hook_items())
        if (item.id == id) return &item;
    return nullptr;
}

// The widget Tab (+1) or Shift+Tab (-1) goes to from ImGui's focus: within the open popup when
// there is one (a modal dialog keeps the focus), else among the widgets outside popups.
ImGuiID tab_target(int dir) {
    const ImGuiContext& g = *GImGui;
    const ImGuiID scope = g.OpenPopupStack.Size > 0 && g.OpenPopupStack.back().Window ? g.OpenPopupStack.back().Window->ID : 0;
    std::vector<ImGuiID> order;
    for (const HookItem& item : test_hook_items()) {
        const bool in_popup = item.group_kind == HookGroup::modal || item.group_kind == HookGroup::popup ||
                              item.group_kind == HookGroup::listbox;
        if (name_of(item).empty() || item.disabled) continue;
        if (scope ? item.group != scope : in_popup) continue;
        order.push_back(item.id);
    }
    if (order.empty()) return 0;
    const auto n = static_cast<long>(order.size());
    long at = -1;
    for (long i = 0; i < n; ++i)
        if (order[i] == g.NavId) at = i;
    if (at < 0) return dir > 0 ? order.front() : order.back();
    return order[static_cast<std::size_t>(((at + dir) % n + n) % n)];
}

}  // namespace

bool a11y_take_tab(bool press, bool shift, bool ctrl_or_alt) {
    if (!press) return std::exchange(g_mirror.tab_taken, false);
    g_mirror.tab_taken = !ctrl_or_alt && GImGui->ActiveId == 0;
    if (g_mirror.tab_taken) g_mirror.requests.push_back({.tab = shift ? -1 : 1});
    return g_mirror.tab_taken;
}

void a11y_mark_last_item(A11yRole role, bool state) {
    const ImGuiID id = ImGui::GetItemID();
    if (id == 0) return;
    Mark& m = g_mirror.marks[id];
    m.role = role;
    m.state = state;
}

void a11y_describe_last_item(const std::string& name) {
    const ImGuiID id = ImGui::GetItemID();
    if (id != 0) g_mirror.marks[id].name = name;
}

void a11y_set_page(const std::string& heading, const std::string& navigation, const std::string& dialog) {
    g_mirror.heading = heading;
    g_mirror.navigation = navigation;
    g_mirror.dialog = dialog;
}

void a11y_set_notices(const std::string& notice, const std::string& status, unsigned status_seq) {
    g_mirror.notice = notice;
    g_mirror.status = status;
    g_mirror.status_seq = status_seq;
}

void a11y_before_frame() {
    ImGuiContext& g = *GImGui;
    for (Request r : std::exchange(g_mirror.requests, {})) {
        if (r.tab != 0) r.id = tab_target(r.tab);
        const HookItem* item = r.id ? find_item(r.id) : nullptr;
        if (!item) continue;  // gone since (a dialog closed)
        ImGuiWindow* window = ImGui::FindWindowByID(item->window);
        if (!window) continue;
        // The page's focus becomes ImGui's navigation focus, shown: arrows and Tab go on from it.
        ImGui::FocusWindow(window);
        ImGui::SetFocusID(r.id, window);
        window->NavRectRel[g.NavLayer] = ImGui::WindowRectAbsToRel(window, item->rect);
        g.NavDisableHighlight = false;
        g.NavDisableMouseHover = true;
        if (r.activate) {
            g.NavInputSource = ImGuiInputSource_Keyboard;  // a text box starts editing, as with Enter
            ImGui::ActivateItem(r.id);
        }
    }
}

void a11y_draw_focus_ring() {
    const ImGuiContext& g = *GImGui;
    if (g.NavId == 0 || g.NavDisableHighlight || !g.NavWindow || g.NavWindowingTarget) return;
    ImGuiWindow* window = g.NavWindow;
    const ImRect r = ImGui::WindowRectRelToAbs(window, window->NavRectRel[g.NavLayer]);
    if (r.GetWidth() <= 0 || r.GetHeight() <= 0) return;
    // Two rings, dark outside light or the reverse: seen on any background (WCAG 2.4.11/1.4.11).
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec4 ring = style.Colors[ImGuiCol_NavHighlight];
    const ImVec4 text = style.Colors[ImGuiCol_Text];
    const float pad = 3.0f, rounding = style.FrameRounding + pad;
    const auto ring_at = [&](float d, ImU32 colour, float radius, float thickness) {
        draw->AddRect(ImVec2(r.Min.x - d, r.Min.y - d), ImVec2(r.Max.x + d, r.Max.y + d), colour, radius, 0, thickness);
    };
    ring_at(pad + 2.5f, ImGui::GetColorU32(text), rounding + 2, 2.0f);
    ring_at(pad, ImGui::GetColorU32(ring), rounding, 3.0f);
}

void a11y_end_frame() {
    const double start = emscripten_get_now();
    g_mirror.last_marks.swap(g_mirror.marks);
    g_mirror.marks.clear();
    build_text();
    g_mirror.last_marks.clear();
    const ImGuiContext& g = *GImGui;
    const unsigned nav = (g.NavDisableHighlight || g.ActiveId != 0) ? 0u : static_cast<unsigned>(g.NavId);
    const bool changed = g_mirror.text != g_mirror.sent;
    if (changed) g_mirror.sent = g_mirror.text;
    const double cpp_ms = emscripten_get_now() - start;
    parvis_a11y_update(changed ? g_mirror.sent.data() : nullptr, static_cast<int>(g_mirror.sent.size()), nav, cpp_ms);
}

}  // namespace parvis::platform

// The page asks: a mirrored element got the focus (activate 0) or was pressed (activate 1).
// Applied before the next frame's ImGui::NewFrame().
extern "C" EMSCRIPTEN_KEEPALIVE void parvis_a11y_request(unsigned id, int activate) {
    parvis::platform::g_mirror.requests.push_back({static_cast<ImGuiID>(id), activate != 0});
}
