// Stratégie: the collectivité's profile (editable), its network accounts and objectives. The
// networks assistant, the charter editor and the validation circuit come with the strategy issue.
#include <imgui.h>

#include "format/format.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

const char* kind_key(CollectivityKind k) {
    switch (k) {
    case CollectivityKind::commune: return "kind.commune";
    case CollectivityKind::epci: return "kind.epci";
    case CollectivityKind::departement: return "kind.departement";
    case CollectivityKind::region: return "kind.region";
    }
    return "kind.commune";
}

void profile_editor(App& app) {
    Profile& p = app.doc.edit().profile;
    bool edited = false;
    ImGui::PushItemWidth(360.0f * app.settings.zoom);
    edited |= text_field(tr(app, "profile.name"), p.name);
    if (ImGui::BeginCombo(tr(app, "profile.kind"), tr(app, kind_key(p.kind)))) {
        for (auto k : {CollectivityKind::commune, CollectivityKind::epci, CollectivityKind::departement, CollectivityKind::region})
            if (ImGui::Selectable(tr(app, kind_key(k)), p.kind == k)) { p.kind = k; edited = true; }
        ImGui::EndCombo();
    }
    long long population = p.population;
    if (ImGui::InputScalar(tr(app, "profile.population"), ImGuiDataType_S64, &population)) {
        p.population = population < 0 ? 0 : population;
        edited = true;
    }
    edited |= text_field(tr(app, "profile.insee"), p.insee_code, ImGuiInputTextFlags_CharsUppercase);
    if (ImGui::BeginCombo(tr(app, "profile.time_zone"), p.time_zone.c_str())) {
        for (const std::string& zone : supported_time_zones())
            if (ImGui::Selectable(zone.c_str(), p.time_zone == zone)) { p.time_zone = zone; edited = true; }
        ImGui::EndCombo();
    }
    edited |= text_field(tr(app, "profile.territory"), p.territory);
    ImGui::PopItemWidth();
    if (edited) mark_edited(app);
}

}  // namespace

void strategy_screen(App& app, const Fonts& fonts) {
    screen_title(fonts, tr(app, "nav.strategy"));
    coming_notice(tr(app, "strategy.coming"));
    section_title(fonts, tr(app, "strategy.profile"));
    profile_editor(app);

    const Workspace& ws = app.doc.workspace();
    section_title(fonts, tr(app, "strategy.accounts"));
    if (ImGui::BeginTable("##accounts", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(app, "strategy.network"));
        ImGui::TableSetupColumn(tr(app, "strategy.handle"));
        ImGui::TableSetupColumn(tr(app, "strategy.active"));
        ImGui::TableHeadersRow();
        for (const NetworkAccount& a : ws.accounts) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(network_label(app, a.network));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(a.handle.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr(app, a.active ? "common.yes" : "common.no"));
        }
        ImGui::EndTable();
    }
    section_title(fonts, tr(app, "strategy.objectives"));
    for (const Objective& o : ws.objectives) {
        ImGui::BulletText("%s", o.title.c_str());
        ImGui::Indent();
        for (const Target& t : o.targets)
            ImGui::TextDisabled("%s %s %s %s", t.kpi.c_str(), t.comparison == "<=" ? "\xE2\x89\xA4" : "\xE2\x89\xA5",
                                format_number(t.value, t.value == static_cast<long long>(t.value) ? 0 : 1, app.settings.lang).c_str(),
                                t.unit.c_str());
        ImGui::Unindent();
    }
}

}  // namespace parvis::app::ui
