// Indicateurs: the latest community size of each account from the imported snapshots. The
// documented engagement formulas, imports, dashboard and report come with the KPI issue.
#include <imgui.h>

#include "format/format.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {

void kpis_screen(App& app, const Fonts& fonts) {
    screen_title(fonts, tr(app, "nav.kpis"));
    coming_notice(tr(app, "kpis.coming"));
    const Workspace& ws = app.doc.workspace();
    section_title(fonts, tr(app, "kpis.community"));
    if (ImGui::BeginTable("##community", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(app, "strategy.network"));
        ImGui::TableSetupColumn(tr(app, "kpis.followers"));
        ImGui::TableSetupColumn(tr(app, "kpis.as_of"));
        ImGui::TableHeadersRow();
        for (const NetworkAccount& a : ws.accounts) {
            const AccountSnapshot* latest = nullptr;
            for (const AccountSnapshot& s : ws.metrics.snapshots)
                if (s.account_id == a.id && (!latest || latest->day < s.day)) latest = &s;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(network_label(app, a.network));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(latest ? format_integer(latest->followers, app.settings.lang).c_str() : "—");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(latest ? format_day(latest->day, app.settings.lang).c_str() : "—");
        }
        ImGui::EndTable();
    }
}

}  // namespace parvis::app::ui
