// Stratégie › Services: the services directory citizens are redirected to (the inbox's routing
// relies on it). Each service edits a copy handed to core/edit/ (service_edits.h); deleting asks
// first. A directory exported from a spreadsheet comes in with `parvis services import`
// (core/interop/services_import.h); the help line says so.
#include <imgui.h>

#include <utility>

#include "edit/service_edits.h"
#include "ui/import_dialog.h"
#include "ui/screens.h"
#include "ui/strategy_internal.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

// The list typed for `key`, made from `words` the first time.
std::string& typed_words(StrategyState& s, const std::string& key, const std::vector<std::string>& words) {
    for (auto& [k, text] : s.words_typed)
        if (k == key) return text;
    s.words_typed.emplace_back(key, edit::join_words(words));
    return s.words_typed.back().second;
}

void service_editor(App& app, StrategyState& s, Service service) {
    bool changed = false;
    ImGui::PushItemWidth(420.0f * app.settings.zoom);
    changed |= text_field(tr(app, "services.name"), service.name);
    changed |= text_field(tr(app, "services.email"), service.email);
    changed |= text_field(tr(app, "services.phone"), service.phone);
    changed |= text_field(tr(app, "services.url"), service.url);
    if (text_field(tr(app, "services.topics"), typed_words(s, service.id + "#topics", service.topics))) {
        service.topics = edit::split_words(typed_words(s, service.id + "#topics", {}));
        changed = true;
    }
    if (text_field(tr(app, "services.keywords"), typed_words(s, service.id + "#keywords", service.keywords))) {
        service.keywords = edit::split_words(typed_words(s, service.id + "#keywords", {}));
        changed = true;
    }
    changed |= text_field(tr(app, "services.contact"), service.contact);
    changed |= text_field(tr(app, "services.hours"), service.hours);
    ImGui::PopItemWidth();
    if (changed) after_edit(app, edit::update_service(app.doc.edit(), actor(app), service));
    if (ImGui::SmallButton(tr(app, "services.delete"))) s.delete_service_id = service.id;
}

void delete_dialog(App& app, StrategyState& s) {
    const Service* gone = nullptr;
    for (const Service& x : app.doc.workspace().services)
        if (x.id == s.delete_service_id) gone = &x;
    if (!gone) s.delete_service_id.clear();
    if (!begin_dialog("##delete_service", gone != nullptr, 480.0f * app.settings.zoom)) return;
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(trf(app, "services.delete.question", {{"name", gone->name}}).c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr(app, "services.delete.confirm"))) {
        after_edit(app, edit::delete_service(app.doc.edit(), actor(app), s.delete_service_id));
        s.delete_service_id.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (cancel_button(tr(app, "common.cancel"))) {
        s.delete_service_id.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

void services_tab(App& app, const Fonts& fonts) {
    StrategyState& s = app.screens->strategy;
    section_title(fonts, tr(app, "services.title"));
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(app, "services.help"));
    ImGui::PopTextWrapPos();
    // Above the list, which grows with the import: French Excel exports (« ; », Windows-1252) as
    // other directories, through the import preview (import_dialog.cpp).
    if (ImGui::Button(tr(app, "services.import"))) choose_data_import(app, DataImport::services);
    const Workspace& ws = app.doc.workspace();
    if (ws.services.empty()) ImGui::TextUnformatted(tr(app, "services.none"));
    for (const Service& service : ws.services) {
        ImGui::PushID(service.id.c_str());
        const std::string header = (service.name.empty() ? std::string(tr(app, "services.unnamed")) : service.name) + "###service";
        if (ImGui::CollapsingHeader(header.c_str())) service_editor(app, s, service);
        ImGui::PopID();
    }
    if (ImGui::Button(tr(app, "services.add"))) {
        edit::add_service(app.doc.edit(), actor(app), tr(app, "services.new_name"));
        mark_edited(app);
    }
    delete_dialog(app, s);
}

}  // namespace parvis::app::ui
