// The accessibility mirror, C++ side: the frame's widgets as one compact text for
// platform/a11y_mirror.js, and the page's requests (focus, activate) applied to ImGui. See
// a11y_mirror.h.
#include "a11y_mirror.h"

#include <emscripten.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "platform.h"
#include "text/utf8.h"
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
// Inside a table's field: rows separated by U+001D, cells by U+001C.
constexpr char kRow = '\x1d', kCell = '\x1c';
// A chart of a year day by day is 366 rows: more is not read by anyone, and would weigh on the page.
constexpr std::size_t kMaxTableRows = 400, kMaxCellBytes = 120;

struct Request {
    ImGuiID id = 0;
    bool activate = false;
    int tab = 0;  // +1 Tab, -1 Shift+Tab (id unused)
    int tries = 0;  // Tab: scrolls done so far to bring the next widget into view
};

struct MirrorState {
    FrameNotes notes;  // the finished frame's (kept until the next ends: Tab reads its marks)
    std::string text, sent;  // this frame's list, the last one sent
    std::vector<Request> requests;
    bool tab_taken = false;  // the last Tab press was taken: its release is too
} g_mirror;

void append_clean(std::string& out, std::string_view s, std::size_t max_bytes = 400) {
    for (char c : utf8::prefix(s, max_bytes)) {  // cut before a character, never inside one
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
char role_of(const HookItem& item, const A11yMark* mark) {
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

bool state_of(const HookItem& item, const A11yMark* mark) {
    if (mark && mark->role != A11yRole::automatic) return mark->state;
    if (item.tab) return item.tab_selected;
    if (item.flags & ImGuiItemStatusFlags_Checkable) return (item.flags & ImGuiItemStatusFlags_Checked) != 0;
    if (item.flags & ImGuiItemStatusFlags_Openable) return (item.flags & ImGuiItemStatusFlags_Opened) != 0;
    return false;
}

// What the screen said of a widget in the finished frame (a11y_notes.h), or null.
const A11yMark* mark_of(ImGuiID id) {
    const auto it = g_mirror.notes.marks.find(id);
    return it == g_mirror.notes.marks.end() ? nullptr : &it->second;
}

// The widgets a person reaches in the page: drawn, visible and named (unnamed ones are not
// mirrored). A widget whose label is hidden (« ##tick-… ») is named by its description.
std::string_view name_of(const HookItem& item) {
    if ((!item.has_info && !item.is_text) || !item.visible) return {};
    if (!item.label.empty()) return item.label;
    if (const A11yMark* mark = mark_of(item.id); mark && !mark->name.empty()) return mark->name;
    return item.is_text ? std::string_view(item.key) : std::string_view();
}

// The start of a widget's record: its role letter, id, group, state bits and rectangle.
void record_head(std::string& out, char role, const HookItem& item, int state) {
    out += kRecord;
    out += role;
    number(out, static_cast<long long>(item.id));
    number(out, static_cast<long long>(item.group));
    number(out, state);
    number(out, std::lround(item.rect.Min.x));
    number(out, std::lround(item.rect.Min.y));
    number(out, std::lround(item.rect.GetWidth()));
    number(out, std::lround(item.rect.GetHeight()));
}

// A table: the header row first, then the rows, each cell cleaned of separators.
void table_field(std::string& out, const A11yTable& table) {
    out.push_back(kField);
    auto row = [&](const std::vector<std::string>& cells) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c > 0) out.push_back(kCell);
            append_clean(out, cells[c], kMaxCellBytes);
        }
    };
    row(table.headers);
    for (std::size_t r = 0; r < table.rows.size() && r < kMaxTableRows; ++r) {
        out.push_back(kRow);
        row(table.rows[r]);
    }
}

void build_text() {
    std::string& out = g_mirror.text;
    out.clear();
    out += 'H';
    field(out, g_mirror.notes.heading);
    field(out, g_mirror.notes.navigation);
    field(out, g_mirror.notes.dialog);
    field(out, g_mirror.notes.notice);
    field(out, g_mirror.notes.status);
    number(out, g_mirror.notes.status_seq);
    ImGuiID last_group = 0;
    for (const HookItem& item : test_hook_items()) {
        if (!item.visible) continue;  // out of view: neither a control nor a table in the page
        const A11yMark* mark = mark_of(item.id);
        if (mark && mark->table) {  // a chart, as its table of values
            record_head(out, 'T', item, 0);
            field(out, mark->table->caption);
            table_field(out, *mark->table);
            continue;
        }
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
        record_head(out, role_of(item, mark), item, (state_of(item, mark) ? 1 : 0) | (item.disabled ? 2 : 0));
        field(out, mark && !mark->name.empty() ? std::string_view(mark->name) : name);
        if (item.is_text) field(out, item.value);
    }
}

const HookItem* find_item(ImGuiID id) {
    for (const HookItem& item : test_hook_items())
        if (item.id == id) return &item;
    return nullptr;
}

// Where Tab (+1) or Shift+Tab (-1) goes from ImGui's focus: within the open popup when there is
// one (a modal dialog keeps the focus), else among the widgets outside popups. Either the next
// named widget, or, when the next one in the page's order lies out of view (scrolled away: ImGui
// hooks it, but tells its name only once it is drawn), that widget, to be scrolled into view
// first. With `reveal` false, widgets out of view are passed over.
struct TabStep {
    ImGuiID target = 0;              // the widget to focus
    const HookItem* hidden = nullptr; // or the widget out of view to scroll to first
};

bool is_list_entry(const HookItem& item) {
    const A11yMark* mark = mark_of(item.id);
    return mark && mark->list_entry;
}

TabStep tab_step(int dir, bool reveal) {
    const ImGuiContext& g = *GImGui;
    const ImGuiID scope = g.OpenPopupStack.Size > 0 && g.OpenPopupStack.back().Window ? g.OpenPopupStack.back().Window->ID : 0;
    std::vector<const HookItem*> order;
    long at = -1;
    for (const HookItem& item : test_hook_items()) {
        const bool in_popup = item.group_kind == HookGroup::modal || item.group_kind == HookGroup::popup ||
                              item.group_kind == HookGroup::listbox;
        if (item.disabled || (scope ? item.group != scope : in_popup)) continue;
        if (item.id == g.NavId) at = static_cast<long>(order.size());  // named or not: it may have scrolled away
        const bool out_of_view = !item.visible && item.window != 0 && !is_list_entry(item);
        if (item.id != g.NavId && name_of(item).empty() && !(reveal && out_of_view)) continue;
        order.push_back(&item);
    }
    const auto n = static_cast<long>(order.size());
    // From an entry of a list, Tab leaves the list: its other entries are passed over.
    const HookItem* from = at >= 0 ? order[static_cast<std::size_t>(at)] : nullptr;
    const ImGuiID list = from && is_list_entry(*from) ? from->window : 0;
    for (long k = 1; k <= n; ++k) {
        const long i = at < 0 ? (dir > 0 ? k - 1 : n - k) : ((at + dir * k) % n + n) % n;
        const HookItem* item = order[static_cast<std::size_t>(i)];
        if (item->id == g.NavId) continue;
        if (list != 0 && item->window == list && is_list_entry(*item)) continue;
        if (!name_of(*item).empty()) return {item->id, nullptr};
        return {0, item};  // out of view (the only unnamed ones kept)
    }
    return {};
}

// A text box is being typed in (ImGui's active item is the text box's).
bool typing() {
    const ImGuiContext& g = *GImGui;
    return g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId;
}

// Tries of one Tab press at scrolling a widget into view before passing over the widgets out of
// view: a widget that stays hidden once scrolled to (a folded section) must not stop Tab.
constexpr int kRevealTries = 3;

}  // namespace

bool a11y_take_tab(bool press, bool shift, bool ctrl_or_alt) {
    if (!press) return std::exchange(g_mirror.tab_taken, false);
    g_mirror.tab_taken = !ctrl_or_alt && (GImGui->ActiveId == 0 || typing());
    if (g_mirror.tab_taken) g_mirror.requests.push_back({.tab = shift ? -1 : 1});
    return g_mirror.tab_taken;
}

void a11y_before_frame() {
    ImGuiContext& g = *GImGui;
    for (Request r : std::exchange(g_mirror.requests, {})) {
        if (r.tab != 0) {
            // Tab in a text box ends the typing, keeping the text (ImGui writes it as it is
            // typed), and goes on like Tab anywhere: ImGui 1.86 would open the next text box
            // for typing, and Tab would then go round the text boxes only.
            if (typing()) ImGui::ClearActiveID();
            const TabStep step = tab_step(r.tab, r.tries < kRevealTries);
            if (step.hidden) {
                // Scrolled into view in this frame, named at its end: the Tab is tried again
                // before the next one.
                if (ImGuiWindow* window = ImGui::FindWindowByID(step.hidden->window)) ImGui::ScrollToRect(window, step.hidden->rect);
                g_mirror.requests.push_back({.tab = r.tab, .tries = r.tries + 1});
                wake();
                continue;
            }
            r.id = step.target;
        }
        const HookItem* item = r.id ? find_item(r.id) : nullptr;
        if (!item) continue;  // gone since (a dialog closed)
        ImGuiWindow* window = ImGui::FindWindowByID(item->window);
        if (!window) continue;
        // The page's focus becomes ImGui's navigation focus, shown: arrows and Tab go on from it.
        ImGui::FocusWindow(window);
        ImGui::SetFocusID(r.id, window);
        window->NavRectRel[g.NavLayer] = ImGui::WindowRectAbsToRel(window, item->rect);
        ImGui::ScrollToRect(window, item->rect);  // a widget half out of view comes in whole
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

void a11y_end_frame(FrameNotes notes) {
    const double start = emscripten_get_now();
    g_mirror.notes = std::move(notes);
    build_text();
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
