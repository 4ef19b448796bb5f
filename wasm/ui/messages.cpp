// Messages: the inbox as imported (comments, private messages, mentions), with their routing and
// replies. Routing suggestions, reply templates and response times come with the community
// management issue.
#include <imgui.h>

#include "format/format.h"
#include "io/enum_names.h"
#include "model/search.h"
#include "ui/screen_state.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

// « messages.status.<name> » (assets/i18n/messages.json), one key per state of the model.
std::string message_status_key(MessageStatus s) { return "messages.status." + std::string(io::enum_name(s)); }

}  // namespace

void messages_screen(App& app, MessagesState& s, const Fonts& fonts) {
    screen_title(fonts, tr(app, "nav.messages"));
    coming_notice(tr(app, "messages.coming"));
    const Workspace& ws = app.doc.workspace();
    ImGui::SetNextItemWidth(360.0f * app.settings.zoom);
    text_field(tr(app, "messages.search"), s.search);
    if (ws.messages.empty()) { ImGui::TextDisabled("%s", tr(app, "messages.empty")); return; }
    if (ImGui::BeginTable("##inbox", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY)) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr(app, "messages.received"), ImGuiTableColumnFlags_WidthFixed, 240.0f * app.settings.zoom);
        ImGui::TableSetupColumn(tr(app, "messages.author"), ImGuiTableColumnFlags_WidthFixed, 160.0f * app.settings.zoom);
        ImGui::TableSetupColumn(tr(app, "messages.status"), ImGuiTableColumnFlags_WidthFixed, 110.0f * app.settings.zoom);
        ImGui::TableSetupColumn(tr(app, "messages.text"));
        ImGui::TableHeadersRow();
        for (const InboxMessage& m : ws.messages) {
            if (!message_contains(m, s.search)) continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_instant_local(m.received_at, ws.profile.time_zone, app.settings.lang).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(m.author.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr(app, message_status_key(m.status).c_str()));
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", m.text.c_str());
        }
        ImGui::EndTable();
    }
}

}  // namespace parvis::app::ui
