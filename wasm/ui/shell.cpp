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

void sidebar(App& app, const Fonts& fonts) {
    const float width = 190.0f * app.settings.zoom;
    ImGui::BeginChild("##sidebar", ImVec2(width, 0), true);
    screen_title(fonts, "Parvis");
    for (const NavItem& item : kNav) {
        if (ImGui::Selectable(tr(app, item.key), app.screen == item.screen, 0, ImVec2(0, ImGui::GetTextLineHeight() * 1.6f)))
            app.screen = item.screen;
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
        ImGui::SameLine(0, 12);
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
    ImGui::SameLine(0, 24);
    person_chooser(app, chooser);
    if (app.persisted.has_value()) {
        ImGui::SameLine(0, 24);
        ImGui::TextDisabled("%s", tr(app, *app.persisted ? "storage.persistent" : "storage.not_persistent"));
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

void draw(App& app, const Fonts& fonts) {
    ScreenStates& s = frame_screen_states(app);
    receive_picked_files(app, s);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("##parvis", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (app.loading) {
        ImGui::TextUnformatted(tr(app, "app.loading"));
        ImGui::End();
        return;
    }
    sidebar(app, fonts);
    ImGui::SameLine();
    ImGui::BeginGroup();
    status_bar(app, s.person_chooser, fonts);
    banners(app);
    missed_posts_banner(app, s.missed_posts);
    ImGui::BeginChild("##screen", ImVec2(0, 0), false);
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
    ImGui::End();
}

}  // namespace parvis::app::ui
