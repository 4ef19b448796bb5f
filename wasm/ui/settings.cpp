// Paramètres: language, theme, zoom, storage state, workspaces and backups.
#include <imgui.h>

#include <cstdio>

#include "format/format.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

std::string g_new_name;

void display_settings(App& app, const Fonts& fonts) {
    section_title(fonts, tr(app, "settings.display"));
    int lang = app.settings.lang == Lang::fr ? 0 : 1;
    ImGui::TextUnformatted(tr(app, "settings.language"));
    ImGui::SameLine();
    bool changed = ImGui::RadioButton("Français", &lang, 0);
    ImGui::SameLine();
    changed |= ImGui::RadioButton("English", &lang, 1);
    if (changed) app.settings.lang = lang == 0 ? Lang::fr : Lang::en;

    int theme = app.settings.theme == Theme::light ? 0 : 1;
    ImGui::TextUnformatted(tr(app, "settings.theme"));
    ImGui::SameLine();
    bool theme_changed = ImGui::RadioButton(tr(app, "settings.theme_light"), &theme, 0);
    ImGui::SameLine();
    theme_changed |= ImGui::RadioButton(tr(app, "settings.theme_dark"), &theme, 1);
    if (theme_changed) {
        app.settings.theme = theme == 0 ? Theme::light : Theme::dark;
        app.fonts_dirty = true;  // re-applies the theme with the fonts
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
    if (changed || theme_changed) save_settings(app);
}

void storage_settings(App& app, const Fonts& fonts) {
    section_title(fonts, tr(app, "settings.storage"));
    if (app.save_state == SaveState::memory_only) ImGui::TextWrapped("%s", tr(app, "storage.memory_only_help"));
    if (app.persisted.has_value())
        ImGui::TextWrapped("%s", tr(app, *app.persisted ? "storage.persistent" : "storage.not_persistent_help"));
    if (ImGui::Button(tr(app, "backup.export"))) export_workspace(app);
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "backup.import"))) choose_import_file(app);
    ImGui::TextDisabled("%s", tr(app, "backup.help"));
}

void workspace_settings(App& app, const Fonts& fonts) {
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
    if (text_field(tr(app, "workspaces.rename"), app.doc.edit().profile.name)) mark_edited(app);
    if (can_store && ImGui::Button(tr(app, "workspaces.duplicate"))) duplicate_workspace(app);
    ImGui::SetNextItemWidth(320.0f * app.settings.zoom);
    text_field(tr(app, "workspaces.new_name"), g_new_name);
    ImGui::SameLine();
    if (can_store && ImGui::Button(tr(app, "workspaces.create"))) {
        create_workspace(app, g_new_name);
        g_new_name.clear();
    }
}

}  // namespace

void settings_screen(App& app, const Fonts& fonts) {
    screen_title(fonts, tr(app, "nav.settings"));
    display_settings(app, fonts);
    storage_settings(app, fonts);
    calendar_interop_settings(app, fonts);
    workspace_settings(app, fonts);
}

}  // namespace parvis::app::ui
