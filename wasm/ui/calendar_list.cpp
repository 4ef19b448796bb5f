// List view: every post that passes the filters (network, campaign, message type, status,
// person, text), dated ones in date order then the ideas without a date. The order is rebuilt
// only when the document or the filter changes; the rows are clipped to the visible ones.
#include <imgui.h>

#include <algorithm>

#include "format/format.h"
#include "ui/calendar_view.h"
#include "ui/widgets.h"

namespace parvis::app::ui::cal {

namespace {
struct ListCache {
    std::uint64_t revision = ~std::uint64_t(0);
    CalendarFilter filter;
    std::vector<std::uint32_t> rows;  // indices in Workspace::posts
    std::vector<std::string> when;    // local date and time, or « — »
    std::vector<std::string> networks;
    std::vector<std::string> campaign;
    std::size_t dated = 0;
} g_list;

void rebuild(App& app) {
    const State& s = state();
    const Workspace& ws = app.doc.workspace();
    if (g_list.revision == app.doc.revision() && g_list.filter == s.filter) return;
    g_list.revision = app.doc.revision();
    g_list.filter = s.filter;
    g_list.rows.clear();
    for (std::uint32_t i = 0; i < ws.posts.size(); ++i)
        if (post_matches(ws, ws.posts[i], s.filter)) g_list.rows.push_back(i);
    std::stable_sort(g_list.rows.begin(), g_list.rows.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto& x = ws.posts[a].scheduled_at;
        const auto& y = ws.posts[b].scheduled_at;
        if (x.has_value() != y.has_value()) return x.has_value();
        return x && *x < *y;
    });
    g_list.dated = static_cast<std::size_t>(std::count_if(g_list.rows.begin(), g_list.rows.end(), [&](std::uint32_t i) { return ws.posts[i].scheduled_at.has_value(); }));
    const std::size_t n = g_list.rows.size();
    g_list.when.resize(n);
    g_list.networks.resize(n);
    g_list.campaign.resize(n);
    for (std::size_t r = 0; r < n; ++r) {
        const Post& p = ws.posts[g_list.rows[r]];
        g_list.when[r] = p.scheduled_at ? format_instant_local(*p.scheduled_at, ws.profile.time_zone, app.settings.lang) : "—";
        std::string networks;
        for (const PostVariant& v : p.variants)
            for (const NetworkAccount& a : ws.accounts)
                if (a.id == v.account_id) { networks += networks.empty() ? "" : ", "; networks += network_label(app, a.network); }
        g_list.networks[r] = std::move(networks);
        g_list.campaign[r].clear();
        for (const Campaign& c : ws.campaigns)
            if (c.id == p.campaign_id) g_list.campaign[r] = c.name;
    }
}

}  // namespace

void list_view(App& app, const Fonts& fonts) {
    State& s = state();
    rebuild(app);
    const Workspace& ws = app.doc.workspace();
    const Lang lang = app.settings.lang;
    ImGui::Text("%s : %s", tr(app, "calendar.dated_posts"), format_integer(static_cast<long long>(g_list.dated), lang).c_str());
    ImGui::SameLine(0, 24);
    ImGui::Text("%s : %s", tr(app, "calendar.ideas"), format_integer(static_cast<long long>(g_list.rows.size() - g_list.dated), lang).c_str());
    const float zoom = app.settings.zoom;
    if (!ImGui::BeginTable("##posts", 5, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(app, "calendar.when"), ImGuiTableColumnFlags_WidthFixed, 200.0f * zoom);
    ImGui::TableSetupColumn(tr(app, "calendar.status"), ImGuiTableColumnFlags_WidthFixed, 100.0f * zoom);
    ImGui::TableSetupColumn(tr(app, "calendar.title"));
    ImGui::TableSetupColumn(tr(app, "calendar.networks"));
    ImGui::TableSetupColumn(tr(app, "calview.filter_campaign"), ImGuiTableColumnFlags_WidthFixed, 160.0f * zoom);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;  // thousands of posts stay smooth: only visible rows are built
    clipper.Begin(static_cast<int>(g_list.rows.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const std::size_t r = static_cast<std::size_t>(row);
            if (g_list.rows[r] >= ws.posts.size()) continue;  // the cache is one frame behind a deletion
            const Post& p = ws.posts[g_list.rows[r]];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(row);
            if (ImGui::Selectable(g_list.when[r].c_str(), s.selected_post == p.id, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
                s.selected_post = p.id;
                if (p.scheduled_at) s.selected = local_slot(*p.scheduled_at, ws.profile.time_zone).day;
                if (ImGui::IsMouseDoubleClicked(0)) open_in_composer(app, p.id);
            }
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(status_label(app, p.status));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p.title.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(g_list.networks[r].c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(g_list.campaign[r].c_str());
        }
    }
    ImGui::EndTable();
    (void)fonts;
}

}  // namespace parvis::app::ui::cal
