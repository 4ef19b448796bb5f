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

void rebuild(App& app, State& s) {
    ListCache& list = s.list;
    const Workspace& ws = app.doc.workspace();
    if (list.revision == app.doc.revision() && list.filter == s.filter) return;
    list.revision = app.doc.revision();
    list.filter = s.filter;
    list.rows.clear();
    for (std::uint32_t i = 0; i < ws.posts.size(); ++i)
        if (post_matches(ws, ws.posts[i], s.filter)) list.rows.push_back(i);
    std::stable_sort(list.rows.begin(), list.rows.end(), [&](std::uint32_t a, std::uint32_t b) {
        const auto& x = ws.posts[a].scheduled_at;
        const auto& y = ws.posts[b].scheduled_at;
        if (x.has_value() != y.has_value()) return x.has_value();
        return x && *x < *y;
    });
    list.dated = static_cast<std::size_t>(std::count_if(list.rows.begin(), list.rows.end(), [&](std::uint32_t i) { return ws.posts[i].scheduled_at.has_value(); }));
    const std::size_t n = list.rows.size();
    list.when.resize(n);
    list.networks.resize(n);
    list.campaign.resize(n);
    for (std::size_t r = 0; r < n; ++r) {
        const Post& p = ws.posts[list.rows[r]];
        list.when[r] = p.scheduled_at ? format_instant_local(*p.scheduled_at, ws.profile.time_zone, app.settings.lang) : "—";
        std::string networks;
        for (const PostVariant& v : p.variants)
            for (const NetworkAccount& a : ws.accounts)
                if (a.id == v.account_id) { networks += networks.empty() ? "" : ", "; networks += network_label(app, a.network); }
        list.networks[r] = std::move(networks);
        list.campaign[r].clear();
        for (const Campaign& c : ws.campaigns)
            if (c.id == p.campaign_id) list.campaign[r] = c.name;
    }
}

}  // namespace

void list_view(App& app, State& s, const Fonts& fonts) {
    rebuild(app, s);
    const ListCache& list = s.list;
    const Workspace& ws = app.doc.workspace();
    const Lang lang = app.settings.lang;
    ImGui::Text("%s : %s", tr(app, "calendar.dated_posts"), format_integer(static_cast<long long>(list.dated), lang).c_str());
    ImGui::SameLine(0, 24);
    ImGui::Text("%s : %s", tr(app, "calendar.ideas"), format_integer(static_cast<long long>(list.rows.size() - list.dated), lang).c_str());
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
    clipper.Begin(static_cast<int>(list.rows.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const std::size_t r = static_cast<std::size_t>(row);
            if (list.rows[r] >= ws.posts.size()) continue;  // the cache is one frame behind a deletion
            const Post& p = ws.posts[list.rows[r]];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(row);
            if (ImGui::Selectable(list.when[r].c_str(), s.selected_post == p.id, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
                s.selected_post = p.id;
                if (p.scheduled_at) s.selected = local_slot(*p.scheduled_at, ws.profile.time_zone).day;
                if (ImGui::IsMouseDoubleClicked(0)) open_in_composer(app, p.id);
            }
            mark_list_entry();
            // Read as the whole row: the entry's own label is only its date.
            describe_last_item(list.when[r] + ", " + status_label(app, p.status) + ", " + p.title + ", " + list.networks[r] +
                               (list.campaign[r].empty() ? "" : ", " + list.campaign[r]));
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(status_label(app, p.status));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(p.title.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(list.networks[r].c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(list.campaign[r].c_str());
        }
    }
    ImGui::EndTable();
    (void)fonts;
}

}  // namespace parvis::app::ui::cal
