// Paramètres: language, theme, zoom, storage state, workspaces and backups, the accounts
// connected on this device (settings_accounts.cpp), the local names of the spelling checker.
#include <imgui.h>

#include <cstdio>
#include <utility>

#include "edit/workspace_edits.h"
#include "format/format.h"
#include "spell/local_words.h"
#include "ui/screen_state.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

void display_settings(App& app, const Fonts& fonts) {
    section_title(fonts, tr(app, "settings.display"));
    bool changed = false;  // stored on the device at the end (save_settings)
    ImGui::TextUnformatted(tr(app, "settings.language"));
    constexpr std::pair<Lang, const char*> kLangs[] = {{Lang::fr, "Français"}, {Lang::en, "English"}};
    for (const auto& [lang, name] : kLangs) {
        ImGui::SameLine();
        if (radio(name, app.settings.lang == lang)) {
            app.settings.lang = lang;
            changed = true;
        }
    }

    // Until one is pressed, the theme follows the browser's preferences (follow_display_preferences);
    // the frame applies the one chosen (main.cpp).
    ImGui::TextUnformatted(tr(app, "settings.theme"));
    constexpr std::pair<Theme, const char*> kThemes[] = {
        {Theme::light, "settings.theme_light"}, {Theme::dark, "settings.theme_dark"}, {Theme::high_contrast, "settings.theme_high_contrast"}};
    for (const auto& [theme, key] : kThemes) {
        ImGui::SameLine();
        if (radio(tr(app, key), app.settings.theme == theme)) {
            app.settings.theme = theme;
            app.settings.theme_chosen = true;
            changed = true;
        }
    }

    ImGui::TextUnformatted(tr(app, "settings.zoom"));
    ImGui::SameLine();
    float zoom = app.settings.zoom;
    if (ImGui::Button("\xE2\x88\x92##zoom-out")) zoom -= 0.1f;  // U+2212 minus sign
    ImGui::SameLine();
    ImGui::Text("%s %%", format_number(app.settings.zoom * 100.0f, 0, app.settings.lang).c_str());
    ImGui::SameLine();
    if (ImGui::Button("+##zoom-in")) zoom += 0.1f;
    if (zoom != app.settings.zoom) {
        set_zoom(app, zoom);
        changed = true;
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(app, "settings.zoom_help"));
    if (changed) save_settings(app);
}

void storage_settings(App& app, const Fonts& fonts) {
    section_title(fonts, tr(app, "settings.storage"));
    if (app.save_state == SaveState::memory_only) ImGui::TextWrapped("%s", tr(app, "storage.memory_only_help"));
    if (app.persisted.has_value())
        ImGui::TextWrapped("%s", tr(app, *app.persisted ? "storage.persistent" : "storage.not_persistent_help"));
    if (ImGui::Button(tr(app, "backup.export"))) export_workspace(app);
    ImGui::SameLine();
    // The .zip holds the images too (media.h); the JSON alone stays for tools and older copies.
    ImGui::BeginDisabled(exporting_backup(app));
    if (ImGui::Button(tr(app, exporting_backup(app) ? "backup.export_zip_running" : "backup.export_zip"))) export_backup_zip(app);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "backup.import"))) choose_import_file(app);
    ImGui::TextDisabled("%s", tr(app, "backup.help"));
}

void workspace_settings(App& app, SettingsState& s, const Fonts& fonts) {
    section_title(fonts, tr(app, "workspaces.title"));
    const bool can_store = app.save_state != SaveState::memory_only;
    if (ImGui::BeginTable("##workspaces", 2, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(app, "workspaces.name"));
        ImGui::TableSetupColumn(tr(app, "workspaces.actions"), ImGuiTableColumnFlags_WidthFixed, 300.0f * app.settings.zoom);
        ImGui::TableHeadersRow();
        for (const WorkspaceEntry& e : app.workspaces) {
            ImGui::PushID(e.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const bool current = e.id == app.doc_id;
            ImGui::Text("%s%s", e.name.c_str(), current ? tr(app, "workspaces.current_suffix") : "");
            ImGui::TableNextColumn();
            if (!current && can_store && ImGui::SmallButton(tr(app, "workspaces.open"))) switch_workspace(app, e.id);
            if (!current && can_store) ImGui::SameLine();
            if (can_store && ImGui::SmallButton(tr(app, "workspaces.delete"))) app.confirm_delete_id = e.id;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    // Renaming edits the collectivité's name: one name, shown everywhere.
    ImGui::SetNextItemWidth(320.0f * app.settings.zoom);
    if (Profile profile = app.doc.workspace().profile; text_field(tr(app, "workspaces.rename"), profile.name))
        after_edit(app, edit::replace_profile(app.doc.edit(), actor(app), profile, "name"));
    if (can_store && ImGui::Button(tr(app, "workspaces.duplicate"))) duplicate_workspace(app);
    ImGui::SetNextItemWidth(320.0f * app.settings.zoom);
    text_field(tr(app, "workspaces.new_name"), s.new_name);
    ImGui::SameLine();
    if (can_store && ImGui::Button(tr(app, "workspaces.create"))) {
        create_workspace(app, s.new_name);
        s.new_name.clear();
    }
    first_run_button(app, s.first_run);
    first_run_dialog(app, s.first_run);
}

// Names of the territory the French dictionary does not know (streets, places, people): the
// spelling checker never flags them. Removing one asks for confirmation first.
void local_words_settings(App& app, SettingsState& s, const Fonts& fonts) {
    section_title(fonts, tr(app, "spell.local_words.title"));
    ImGui::TextWrapped("%s", tr(app, "spell.local_words.help"));
    if (app.dictionary) ImGui::TextDisabled("%s", tr(app, "spell.dictionary.loaded"));
    else if (!app.dictionary_tried) ImGui::TextDisabled("%s", tr(app, "spell.dictionary.loading"));
    else ImGui::TextWrapped("%s %s", tr(app, "spell.dictionary.unavailable"), app.dictionary_error.c_str());

    const std::vector<std::string>& words = app.doc.workspace().local_words;
    if (words.empty()) {
        ImGui::TextDisabled("%s", tr(app, "spell.local_words.empty"));
    } else if (ImGui::BeginTable("##local_words", 2, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(app, "spell.local_words.column"));
        ImGui::TableSetupColumn(tr(app, "workspaces.actions"), ImGuiTableColumnFlags_WidthFixed, 140.0f * app.settings.zoom);
        ImGui::TableHeadersRow();
        for (const std::string& word : words) {
            ImGui::PushID(word.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(word.c_str());
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr(app, "spell.local_words.remove"))) s.remove_local_word = word;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }

    ImGui::SetNextItemWidth(320.0f * app.settings.zoom);
    const bool enter = text_field(tr(app, "spell.local_words.new"), s.new_local_word, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "spell.local_words.add")) || enter) {
        const std::string entry = s.new_local_word;
        switch (edit::add_local_word(app.doc.edit(), actor(app), entry)) {
            case spell::AddLocalWord::added:
                mark_edited(app);
                s.new_local_word.clear();
                s.local_word_notice.clear();
                break;
            case spell::AddLocalWord::empty: s.local_word_notice.clear(); break;
            case spell::AddLocalWord::duplicate:
                s.local_word_notice = parvis::tr("spell.local_words.duplicate", app.settings.lang, {{"word", entry}});
                break;
            case spell::AddLocalWord::too_long:
                s.local_word_notice = parvis::tr("spell.local_words.too_long", app.settings.lang);
                break;
        }
    }
    if (!s.local_word_notice.empty()) ImGui::TextWrapped("%s", s.local_word_notice.c_str());

    const char* title = tr(app, "spell.local_words.remove_title");
    if (!s.remove_local_word.empty() && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    ImGui::SetNextWindowSize(ImVec2(480.0f * app.settings.zoom, 0));
    if (ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextWrapped("%s", parvis::tr("spell.local_words.remove_question", app.settings.lang,
                                            {{"word", s.remove_local_word}}).c_str());
        if (ImGui::Button(tr(app, "spell.local_words.remove_confirm"))) {
            after_edit(app, edit::remove_local_word(app.doc.edit(), actor(app), s.remove_local_word));
            s.remove_local_word.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (cancel_button(tr(app, "common.cancel"))) {
            s.remove_local_word.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

}  // namespace

void settings_screen(App& app, SettingsState& s, const Fonts& fonts) {
    screen_title(fonts, tr(app, "nav.settings"));
    display_settings(app, fonts);
    storage_settings(app, fonts);
    calendar_interop_settings(app, fonts);
    workspace_settings(app, s, fonts);
    accounts_settings(app, s, fonts);
    local_words_settings(app, s, fonts);
}

}  // namespace parvis::app::ui
