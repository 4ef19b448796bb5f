// Calendrier: the posts in date order, with French dates and local times in the collectivité's
// time zone. Month and week views, drag and drop, recurrence and the public calendar come with
// the calendar issue; this list is already the real data.
#include <imgui.h>

#include <algorithm>
#include <vector>

#include "format/format.h"
#include "model/search.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {
std::string g_search;  // UI state: the list's text filter
}  // namespace

void calendar_screen(App& app, const Fonts& fonts) {
    screen_title(fonts, tr(app, "nav.calendar"));
    coming_notice(tr(app, "calendar.coming"));
    const Workspace& ws = app.doc.workspace();

    ImGui::SetNextItemWidth(360.0f * app.settings.zoom);
    text_field(tr(app, "calendar.search"), g_search);
    std::vector<const Post*> dated;
    std::size_t undated = 0;
    for (const Post& p : ws.posts) {
        if (!post_contains(p, g_search)) continue;
        if (p.scheduled_at) dated.push_back(&p);
        else ++undated;
    }
    std::sort(dated.begin(), dated.end(), [](const Post* a, const Post* b) { return *a->scheduled_at < *b->scheduled_at; });
    ImGui::Text("%s : %s", tr(app, "calendar.dated_posts"), format_integer(static_cast<long long>(dated.size()), app.settings.lang).c_str());
    ImGui::SameLine(0, 24);
    ImGui::Text("%s : %s", tr(app, "calendar.ideas"), format_integer(static_cast<long long>(undated), app.settings.lang).c_str());

    if (ImGui::BeginTable("##posts", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr(app, "calendar.when"), ImGuiTableColumnFlags_WidthFixed, 260.0f * app.settings.zoom);
        ImGui::TableSetupColumn(tr(app, "calendar.status"), ImGuiTableColumnFlags_WidthFixed, 110.0f * app.settings.zoom);
        ImGui::TableSetupColumn(tr(app, "calendar.title"));
        ImGui::TableSetupColumn(tr(app, "calendar.networks"));
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;  // thousands of posts stay smooth: only visible rows are built
        clipper.Begin(static_cast<int>(dated.size()));
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const Post& p = *dated[static_cast<std::size_t>(row)];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(format_instant_local(*p.scheduled_at, ws.profile.time_zone, app.settings.lang).c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(status_label(app, p.status));
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(p.title.c_str());
                ImGui::TableNextColumn();
                std::string networks;
                for (const PostVariant& v : p.variants)
                    for (const NetworkAccount& a : ws.accounts)
                        if (a.id == v.account_id) { networks += networks.empty() ? "" : ", "; networks += network_label(app, a.network); }
                ImGui::TextUnformatted(networks.c_str());
            }
        }
        ImGui::EndTable();
    }
}

}  // namespace parvis::app::ui
