// Dialogs that guard the user's data: the preview of an imported file before it replaces
// anything, the refusal of a bad file (with what and where), and the confirmation of a deletion.
#include <imgui.h>

#include "format/format.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

void counted(const App& app, const char* key, std::size_t n) {
    ImGui::BulletText("%s : %s", tr(app, key), format_integer(static_cast<long long>(n), app.settings.lang).c_str());
}

void import_preview_dialog(App& app) {
    const char* title = tr(app, "import.preview_title");
    if (app.import_preview && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    ImGui::SetNextWindowSize(ImVec2(560.0f * app.settings.zoom, 0));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    if (!app.import_preview) { ImGui::CloseCurrentPopup(); ImGui::EndPopup(); return; }
    const Workspace& ws = app.import_preview->workspace;
    ImGui::TextWrapped("%s « %s »", tr(app, "import.file"), app.import_preview->file_name.c_str());
    ImGui::Separator();
    ImGui::Text("%s", ws.profile.name.c_str());
    counted(app, "import.accounts", ws.accounts.size());
    counted(app, "import.posts", ws.posts.size());
    counted(app, "import.messages", ws.messages.size());
    counted(app, "import.people", ws.people.size());
    if (!app.import_preview->media.empty()) counted(app, "import.images", app.import_preview->media.size());
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr(app, "import.replace_warning"));
    const bool can_store = app.save_state != SaveState::memory_only;
    if (ImGui::Button(tr(app, "import.replace_current"))) { apply_import(app, false); ImGui::CloseCurrentPopup(); }
    ImGui::SameLine();
    if (can_store && ImGui::Button(tr(app, "import.as_new"))) { apply_import(app, true); ImGui::CloseCurrentPopup(); }
    ImGui::SameLine();
    if (cancel_button(tr(app, "common.cancel"))) { app.import_preview.reset(); ImGui::CloseCurrentPopup(); }
    ImGui::EndPopup();
}

void import_error_dialog(App& app) {
    const char* title = tr(app, "import.error_title");
    if (!app.import_error.empty() && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    ImGui::SetNextWindowSize(ImVec2(560.0f * app.settings.zoom, 0));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::TextWrapped("%s", app.import_error.c_str());
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr(app, "import.nothing_changed"));
    if (ImGui::Button("OK##import-error")) { app.import_error.clear(); ImGui::CloseCurrentPopup(); }
    ImGui::EndPopup();
}

void delete_dialog(App& app) {
    const char* title = tr(app, "workspaces.delete_title");
    if (!app.confirm_delete_id.empty() && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    ImGui::SetNextWindowSize(ImVec2(520.0f * app.settings.zoom, 0));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    std::string name = app.confirm_delete_id;
    for (const WorkspaceEntry& e : app.workspaces)
        if (e.id == app.confirm_delete_id) name = e.name;
    ImGui::TextWrapped("%s", parvis::tr("workspaces.delete_question", app.settings.lang, {{"name", name}}).c_str());
    if (ImGui::Button(tr(app, "workspaces.delete_confirm"))) {
        delete_workspace(app, app.confirm_delete_id);
        app.confirm_delete_id.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (cancel_button(tr(app, "common.cancel"))) { app.confirm_delete_id.clear(); ImGui::CloseCurrentPopup(); }
    ImGui::EndPopup();
}

}  // namespace

void workspace_dialogs(App& app) {
    import_preview_dialog(app);
    import_error_dialog(app);
    delete_dialog(app);
}

}  // namespace parvis::app::ui
