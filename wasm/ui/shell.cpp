// The shell around every screen: sidebar navigation, status bar (workspace, save state,
// persistent storage), banners (demo, notices, storage errors) and the dialogs.
#include <imgui.h>
#include <imgui_internal.h>  // GetTopMostPopupModal

#include <algorithm>
#include <utility>

#include "ui/composer_internal.h"
#include "ui/import_dialog.h"
#include "ui/screen_state.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

struct NavItem {
    Screen screen;
    const char* key;
};
constexpr NavItem kNav[] = {
    {Screen::strategy, "nav.strategy"}, {Screen::calendar, "nav.calendar"}, {Screen::composer, "nav.composer"},
    {Screen::messages, "nav.messages"}, {Screen::kpis, "nav.kpis"},         {Screen::settings, "nav.settings"},
};
static_assert(std::size(kNav) == static_cast<std::size_t>(Screen::settings) + 1, "kNav: add the new screen's entry");
constexpr bool nav_in_screen_order() {
    for (std::size_t i = 0; i < std::size(kNav); ++i)
        if (static_cast<std::size_t>(kNav[i].screen) != i) return false;
    return true;
}
static_assert(nav_in_screen_order(), "kNav is indexed by Screen (the page heading, Alt+1 … Alt+6)");
// GLFW's key codes, which ImGui's GLFW backend uses as key indices (imgui_impl_glfw.cpp).
constexpr int kKey1 = 49, kKeyF1 = 290;
// The narrowest the screens are laid out on (at a zoom of 100 %): below, they scroll sideways.
constexpr float kMinScreenWidth = 760.0f;

void sidebar(App& app, const Fonts& fonts) {
    // 190 px, or on a narrow window (a zoom of 200 %) what its entries need, so that the screen
    // keeps the room.
    float entries = 0;
    for (const NavItem& item : kNav) entries = std::max(entries, ImGui::CalcTextSize(tr(app, item.key)).x);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float needed = entries + (style.WindowPadding.x + style.ItemSpacing.x) * 2 + 24.0f * app.settings.zoom;
    const float width = std::min(190.0f * app.settings.zoom, std::max(needed, ImGui::GetMainViewport()->Size.x * 0.16f));
    ImGui::BeginChild("##sidebar", ImVec2(width, 0), true);
    screen_title(fonts, "Parvis");
    for (const NavItem& item : kNav) {
        if (ImGui::Selectable(tr(app, item.key), app.screen == item.screen, 0, ImVec2(0, ImGui::GetTextLineHeight() * 1.6f)))
            app.screen = item.screen;
        mark_last_item(platform::A11yRole::page_link, app.screen == item.screen);
    }
    ImGui::EndChild();
}

const char* save_state_key(SaveState s) {
    switch (s) {
    case SaveState::saved: return "save.saved";
    case SaveState::pending: return "save.pending";
    case SaveState::saving: return "save.saving";
    case SaveState::error: return "save.error";
    case SaveState::memory_only: return "save.memory_only";
    case SaveState::conflict: return "save.conflict";
    }
    return "save.saved";
}

// « Annuler » / « Rétablir »: buttons, and Ctrl+Z, Ctrl+Y, Ctrl+Maj+Z while no text box has the
// keyboard focus (in a text box, Ctrl+Z is the box's own undo of its typing). Not while a modal
// dialog is open: it blocks them anyway, and its own « Annuler » (cancel) must be the only one.
void undo_buttons(App& app) {
    if (ImGui::GetTopMostPopupModal()) return;
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && !io.WantTextInput && !ImGui::IsAnyItemActive()) {
        const bool z = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false);
        const bool y = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false);
        if (z && !io.KeyShift) undo(app);
        else if (y || (z && io.KeyShift)) redo(app);
    }
    const struct {
        const char* label;
        const char* help;
        bool enabled;
        void (*action)(App&);
    } buttons[] = {{"undo.undo", "undo.undo_help", app.doc.can_undo(), undo},
                   {"undo.redo", "undo.redo_help", app.doc.can_redo(), redo}};
    for (const auto& b : buttons) {
        same_line_if_fits(ImGui::CalcTextSize(tr(app, b.label)).x + ImGui::GetStyle().FramePadding.x * 2, 12);
        ImGui::BeginDisabled(!b.enabled);
        if (ImGui::SmallButton(tr(app, b.label))) b.action(app);
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(app, b.help));
    }
}

void status_bar(App& app, PersonChooser& chooser, const Fonts& fonts) {
    if (fonts.bold) ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(app.doc.workspace().profile.name.c_str());
    if (fonts.bold) ImGui::PopFont();
    ImGui::SameLine(0, 24);
    const bool bad = app.save_state == SaveState::error || app.save_state == SaveState::memory_only ||
                     app.save_state == SaveState::conflict;
    if (bad) ImGui::PushStyleColor(ImGuiCol_Text, palette().error);
    const char* state = tr(app, save_state_key(app.save_state));
    ImGui::TextUnformatted(state);
    if (bad) ImGui::PopStyleColor();
    // The everyday states (saved, pending, saving) take the width of the widest: « Annuler » must
    // not move under the pointer when the autosave finishes right as the user goes to click it.
    if (!bad) {
        float widest = 0;
        for (SaveState s : {SaveState::saved, SaveState::pending, SaveState::saving})
            widest = std::max(widest, ImGui::CalcTextSize(tr(app, save_state_key(s))).x);
        ImGui::SameLine(0, 0);
        ImGui::Dummy(ImVec2(std::max(0.0f, widest - ImGui::CalcTextSize(state).x), 1));
    }
    if (bad) {  // right after the state it answers, before anything the line may push off screen
        ImGui::SameLine(0, 12);
        if (ImGui::SmallButton(tr(app, "backup.export_now"))) export_workspace(app);
    }
    if (app.save_state == SaveState::conflict) {  // the two ways out, neither loses this tab's text
        ImGui::SameLine(0, 12);
        if (ImGui::SmallButton(tr(app, "save.keep_copy"))) keep_conflict_copy(app);
        ImGui::SameLine(0, 12);
        if (ImGui::SmallButton(tr(app, "save.reload_stored"))) reload_after_conflict(app);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "save.reload_stored_help"));
    }
    undo_buttons(app);
    // On a narrow window (a zoom of 200 %), what does not fit goes to the next line.
    same_line_if_fits(person_chooser_width(app), 24);
    person_chooser(app, chooser);
    if (app.persisted.has_value()) {
        const char* persisted = tr(app, *app.persisted ? "storage.persistent" : "storage.not_persistent");
        same_line_if_fits(ImGui::CalcTextSize(persisted).x, 24);
        ImGui::TextDisabled("%s", persisted);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "storage.persistent_help"));
    }
}

void banner(const char* text, const BannerColours& colours, bool* close = nullptr) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colours.bg);
    ImGui::PushStyleColor(ImGuiCol_Text, colours.fg);
    const float wrap = ImGui::GetContentRegionAvail().x - 120.0f;
    const float h = ImGui::CalcTextSize(text, nullptr, false, wrap).y + ImGui::GetStyle().WindowPadding.y * 2 + 4;
    ImGui::BeginChild(ImGui::GetID(text), ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushTextWrapPos(wrap);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    if (close) {
        ImGui::SameLine(ImGui::GetContentRegionMax().x - 100.0f);
        if (ImGui::SmallButton("OK##banner")) *close = false;
    }
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

void banners(App& app) {
    if (is_demo(app))
        banner(tr(app, "demo.banner"), palette().info_banner);
    if (!app.message.empty()) {
        bool open = true;
        if (app.message_is_error)
            banner(app.message.c_str(), palette().error_banner, &open);
        else
            banner(app.message.c_str(), palette().ok_banner, &open);
        if (!open) app.message.clear();
    }
}

// Alt+1 … Alt+6 open the six screens in the sidebar's order, F1 the « Aide clavier » (both free in
// the browsers agents use on Windows; platform/a11y_mirror.js keeps the browser's own F1 help
// away). Not while a modal dialog is open: its buttons are the only way out. True when a shortcut
// opened a screen: its first control then takes the keyboard focus.
bool keyboard_shortcuts(App& app, ScreenStates& s) {
    if (ImGui::GetTopMostPopupModal()) return false;
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsKeyPressed(kKeyF1, false)) s.keyboard_help = true;
    if (!io.KeyAlt || io.KeyCtrl) return false;
    for (std::size_t i = 0; i < std::size(kNav); ++i) {
        if (ImGui::IsKeyPressed(kKey1 + static_cast<int>(i), false)) {
            app.screen = kNav[i].screen;
            return true;
        }
    }
    return false;
}

// Gives ImGui's keyboard focus to the first control of the window being drawn (shown: the ring
// and the page's focus follow), so that Tab and the arrows go on from the top of a screen.
void focus_first_control() {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGui::FocusWindow(window);
    ImGui::NavInitWindow(window, true);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
}

// « Aide clavier »: every shortcut, in a dialog that Escape or its button closes.
void keyboard_help(App& app, ScreenStates& s) {
    // Named by its title for the accessibility mirror (the title bar is hidden; the id is fixed).
    const std::string id = std::string(tr(app, "keys.title")) + "###keyboard-help";
    if (!begin_dialog(id.c_str(), s.keyboard_help, 640.0f * app.settings.zoom)) return;
    ImGui::TextUnformatted(tr(app, "keys.title"));
    ImGui::Separator();
    static constexpr const char* kLines[][2] = {
        {"keys.tab", "keys.tab_help"},     {"keys.arrows", "keys.arrows_help"}, {"keys.space", "keys.space_help"},
        {"keys.enter", "keys.enter_help"}, {"keys.escape", "keys.escape_help"}, {"keys.screens", "keys.screens_help"},
        {"keys.undo", "keys.undo_help"},   {"keys.zoom", "keys.zoom_help"},     {"keys.f1", "keys.f1_help"},
    };
    // Key, then what it does, wrapped at the dialog's width (a table would grow the auto-sized
    // dialog instead of wrapping).
    const float column = 200.0f * app.settings.zoom;
    for (const auto& line : kLines) {
        ImGui::TextUnformatted(tr(app, line[0]));
        ImGui::SameLine(column);
        ImGui::TextWrapped("%s", tr(app, line[1]));
    }
    ImGui::Spacing();
    if (cancel_button(tr(app, "keys.close"))) {
        s.keyboard_help = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// The mirror's page words and the polite live region: the banner's notice while it shows, and the
// save state each time it settles (« Enregistré » after a save, or a failure), not its steps.
void accessibility_page(App& app, ScreenStates& s, platform::FrameNotes& notes) {
    // Pending and saving are remembered, not said: the next settled state is then said again
    // (« Enregistré » after each save), which the page does when the count changes.
    const bool settled = app.save_state != SaveState::pending && app.save_state != SaveState::saving;
    if (settled && app.save_state != s.a11y_save_state) ++s.a11y_status_seq;
    s.a11y_save_state = app.save_state;
    notes.heading = tr(app, kNav[static_cast<std::size_t>(app.screen)].key);
    notes.navigation = tr(app, "a11y.navigation");
    notes.dialog = tr(app, "a11y.dialog");
    notes.notice = app.message;
    notes.status = tr(app, save_state_key(app.save_state));
    notes.status_seq = s.a11y_status_seq;
}

// Files picked for a screen (ChooseFile), a frame or more after it asked: each goes to the
// dialog that asked for its purpose, before anything is drawn.
void receive_picked_files(App& app, ScreenStates& s) {
    for (const PickedFile& file : std::exchange(app.picked_files, {})) {
        if (receive_data_import(app, s.import_dialog, file)) continue;  // agenda, planning, statistics
        if (composer::receive_media_file(app, s.composer, file)) continue;  // an image for Rédaction
        receive_school_calendar(app, s.calendar, file);
    }
}

}  // namespace

void draw(App& app, const Fonts& fonts, platform::FrameNotes& notes) {
    const FrameNotesScope noting(notes);
    ScreenStates& s = frame_screen_states(app);
    receive_picked_files(app, s);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("##parvis", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    accessibility_page(app, s, notes);
    if (app.loading) {
        ImGui::TextUnformatted(tr(app, "app.loading"));
        ImGui::End();
        return;
    }
    const bool jumped = keyboard_shortcuts(app, s);
    sidebar(app, fonts);
    ImGui::SameLine();
    ImGui::BeginGroup();
    status_bar(app, s.person_chooser, fonts);
    banners(app);
    missed_posts_banner(app, s.missed_posts);
    // The screens are laid out on at least kMinScreenWidth: narrower (a zoom of 200 %), they
    // scroll sideways rather than cut their right-hand side off.
    // At the usual sizes nothing changes: no sideways scroll bar (a line wider than the screen is
    // clipped, as it always was, rather than a scroll bar taking the bottom row).
    const float min_width = kMinScreenWidth * app.settings.zoom;
    const bool narrow = ImGui::GetContentRegionAvail().x < min_width;
    if (narrow) ImGui::SetNextWindowContentSize(ImVec2(min_width, 0));
    ImGui::BeginChild("##screen", ImVec2(0, 0), false, narrow ? ImGuiWindowFlags_HorizontalScrollbar : 0);
    if (jumped) focus_first_control();
    switch (app.screen) {
    case Screen::strategy: strategy_screen(app, s.strategy, fonts); break;
    case Screen::calendar: calendar_screen(app, s.calendar, fonts); break;
    case Screen::composer: composer_screen(app, s.composer, fonts); break;
    case Screen::messages: messages_screen(app, s.messages, fonts); break;
    case Screen::kpis: kpis_screen(app, s.kpis, fonts); break;
    case Screen::settings: settings_screen(app, s.settings, fonts); break;
    }
    ImGui::EndChild();
    ImGui::EndGroup();
    workspace_dialogs(app);
    import_dialog(app, s.import_dialog);
    missed_posts_dialog(app, s.missed_posts);
    keyboard_help(app, s);
    ImGui::End();
}

}  // namespace parvis::app::ui
