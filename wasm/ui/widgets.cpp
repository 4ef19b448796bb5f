#include "ui/widgets.h"

#include <imgui_internal.h>  // ImGui::GetItemID()
#include <imgui_stdlib.h>

#include <iterator>
#include <utility>

#include "format/format.h"
#include "io/enum_names.h"

namespace parvis::app::ui {

namespace {
platform::FrameNotes* g_notes = nullptr;  // see FrameNotesScope

// What the screen says of the widget just drawn; null when there is none or no frame is noted.
platform::A11yMark* last_item_mark() {
    const ImGuiID id = ImGui::GetItemID();  // set even when the item is out of view (clipped)
    return g_notes && id != 0 ? &g_notes->marks[id] : nullptr;
}

void note_text_value(std::string value) {
    const ImGuiID id = ImGui::GetItemID();
    if (g_notes && id != 0) g_notes->text_values.emplace_back(id, std::move(value));
}
}  // namespace

FrameNotesScope::FrameNotesScope(platform::FrameNotes& notes) : previous_(std::exchange(g_notes, &notes)) {}
FrameNotesScope::~FrameNotesScope() { g_notes = previous_; }

void mark_last_item(platform::A11yRole role, bool state) {
    if (platform::A11yMark* m = last_item_mark()) {
        m->role = role;
        m->state = state;
    }
}

const char* network_label(const App& app, Network network) {
    static const char* const keys[] = {
        "network.facebook", "network.instagram", "network.x",      "network.linkedin",
        "network.mastodon", "network.bluesky",   "network.threads", "network.youtube",
        "network.tiktok",   "network.snapchat",  "network.pinterest", "network.whatsapp",
    };
    static_assert(std::size(keys) == io::EnumNames<Network>::count, "network_label: add the new network's key");
    const auto i = static_cast<std::size_t>(network);
    return i < std::size(keys) ? tr(app, keys[i]) : "?";
}

const char* status_label(const App& app, PostStatus status) {
    static const char* const keys[] = {
        "status.idea", "status.draft", "status.to_validate", "status.validated",
        "status.scheduled", "status.published", "status.failed", "status.cancelled",
    };
    static_assert(std::size(keys) == io::EnumNames<PostStatus>::count, "status_label: add the new status's key");
    const auto i = static_cast<std::size_t>(status);
    return i < std::size(keys) ? tr(app, keys[i]) : "?";
}

const char* status_symbol(PostStatus status) {
    static const char* const symbols[] = {
        "\u25CB", "\u25D4", "\u25D1", "\u25D5",  // idea ○, draft ◔, to validate ◑, validated ◕
        "\u25CF", "\u25A0", "\u25B2", "\u25A1",  // scheduled ●, published ■, failed ▲, cancelled □
    };
    static_assert(std::size(symbols) == io::EnumNames<PostStatus>::count, "status_symbol: add the new status's symbol");
    const auto i = static_cast<std::size_t>(status);
    return i < std::size(symbols) ? symbols[i] : "?";
}

std::string account_label(const App& app, const std::string& id) {
    for (const NetworkAccount& a : app.doc.workspace().accounts) {
        if (a.id != id) continue;
        std::string label = network_label(app, a.network);
        if (!a.handle.empty()) label += " " + a.handle;
        return label;
    }
    return id;
}

std::string sync_text(const App& app, const AccountLink& link) {
    const SyncState& sync = link.sync;
    if (sync.in_flight > 0) return parvis::tr("connect.sync.running", app.settings.lang);
    if (!sync.last_at) return {};
    const Args args = {{"when", format_instant_local(*sync.last_at, app.doc.workspace().profile.time_zone, app.settings.lang)},
                       {"messages", std::to_string(sync.messages)}, {"posts", std::to_string(sync.posts)},
                       {"detail", sync.message}};
    std::string text = parvis::tr(sync.message.empty() ? "connect.sync.done" : "connect.sync.failed", app.settings.lang, args);
    if (!sync.note.empty()) text += " " + sync.note;
    return text;
}

bool radio(const char* label, bool active) {
    const bool pressed = ImGui::RadioButton(label, active);
    mark_last_item(platform::A11yRole::radio, active);
    return pressed;
}

void describe_last_item(const std::string& text) {
    if (platform::A11yMark* m = last_item_mark()) m->name = text;
}

bool text_field(const char* label, std::string& value, ImGuiInputTextFlags flags) {
    const bool edited = ImGui::InputText(label, &value, flags);
    note_text_value(value);
    return edited;
}

bool password_field(const char* label, std::string& value, ImGuiInputTextFlags flags) {
    const bool edited = ImGui::InputText(label, &value, flags | ImGuiInputTextFlags_Password);
    note_text_value(std::string(value.size(), '*'));
    return edited;
}

bool text_area(const char* label, std::string& value, const ImVec2& size, ImGuiInputTextFlags flags) {
    const bool edited = ImGui::InputTextMultiline(label, &value, size, flags);
    note_text_value(value);
    return edited;
}

bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags, const char* name) {
    const bool open = ImGui::BeginCombo(label, preview, flags);
    // Open, the last item is the popup's window; the combo is clicked only while closed anyway.
    ImGuiContext& g = *ImGui::GetCurrentContext();  // the hook macro expects `g`
    if (!open) IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, name ? name : label, g.LastItemData.StatusFlags);
    mark_last_item(platform::A11yRole::combobox, open);
    return open;
}

void screen_title(const Fonts& fonts, const char* text) {
    if (fonts.title) ImGui::PushFont(fonts.title);
    ImGui::TextUnformatted(text);
    if (fonts.title) ImGui::PopFont();
    ImGui::Separator();
}

void section_title(const Fonts& fonts, const char* text) {
    ImGui::Spacing();
    if (fonts.bold) ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(text);
    if (fonts.bold) ImGui::PopFont();
}

void coming_notice(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().note_banner.bg);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().note_banner.fg);
    const float h = ImGui::GetTextLineHeightWithSpacing() * 2.2f;
    ImGui::BeginChild("##coming", ImVec2(0, h), true);
    ImGui::TextWrapped("%s", text);
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

bool begin_dialog(const char* id, bool wanted, float width) {
    if (wanted && !ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (width > 0) ImGui::SetNextWindowSize(ImVec2(width, 0));
    return ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize);
}

void same_line_if_fits(float width, float spacing) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + spacing + width <= right) ImGui::SameLine(0, spacing);
}

void TableWords::row() {
    ImGui::TableNextRow();
    rows.emplace_back();
}

void TableWords::cell(std::string text, bool muted) {
    ImGui::TableNextColumn();
    if (muted) ImGui::TextDisabled("%s", text.c_str());
    else ImGui::TextUnformatted(text.c_str());
    word(std::move(text));
}

void TableWords::word(std::string text) {
    if (!rows.empty()) rows.back().push_back(std::move(text));
}

void mark_list_entry() {
    if (platform::A11yMark* m = last_item_mark()) m->list_entry = true;
}

void table_alternative(std::string caption, std::vector<std::string> headers, std::vector<std::vector<std::string>> rows) {
    if (platform::A11yMark* m = last_item_mark())
        m->table = platform::A11yTable{std::move(caption), std::move(headers), std::move(rows)};
}

void table_structure(const char* id, std::string caption, std::vector<std::string> headers,
                     std::vector<std::vector<std::string>> rows) {
    // EndTable leaves its outer rectangle as the last item, without an id: one is given here,
    // without layout and out of the arrows' reach, for the mirror to place the table.
    const ImRect rect = GImGui->LastItemData.Rect;
    ImGui::PushID(id);
    const ImGuiID table_id = ImGui::GetID("##a11y-table");
    ImGui::PopID();
    ImGui::ItemAdd(rect, table_id, nullptr, ImGuiItemFlags_NoNav);
    table_alternative(std::move(caption), std::move(headers), std::move(rows));
}

bool cancel_button(const char* label) {
    const bool clicked = ImGui::Button(label);
    const ImGuiContext& g = *GImGui;
    const ImGuiWindow* root = g.CurrentWindow ? g.CurrentWindow->RootWindow : nullptr;
    const bool on_top = root && (root->Flags & ImGuiWindowFlags_Modal) && ImGui::GetTopMostPopupModal() == root;
    // An item active in the previous frame (a text box being typed in) takes this Escape.
    const bool escape = on_top && g.ActiveId == 0 && g.ActiveIdPreviousFrame == 0 &&
                        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
    return clicked || escape;
}

}  // namespace parvis::app::ui
