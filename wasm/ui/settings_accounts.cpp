// Paramètres › Comptes: each account of the workspace and its connection on this device — « Non
// connecté », « Connecté en tant que @handle », an error in French, or « Reconnectez le compte »
// after the platform refused the token. Mastodon accounts connect here (in this tab: the
// instance's sign-in page sends the user back; or with a code to paste), Bluesky accounts with
// their handle and an app password, Facebook Pages with a pasted Page access token (checked with the
// Graph API); all disconnect after a confirmation. The screen only draws
// and pushes intents (intent.h); the controller (connections*.cpp) owns the connections and never
// shows a token to anyone.
#include <imgui.h>

#include "format/format.h"
#include "model/find.h"
#include "ui/screen_state.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

std::string state_text(const App& app, const AccountLink& link, Network network) {
    if (network == Network::facebook && link.state == LinkState::connected)  // a Page has a name, not a handle
        return parvis::tr("connect.ui.facebook.connected", app.settings.lang, {{"page", link.connection.handle}});
    static const char* const keys[] = {"connect.ui.state.disconnected", "connect.ui.state.connecting", "connect.ui.state.connected",
                                       "connect.ui.state.error", "connect.ui.state.reconnect"};
    static_assert(std::size(keys) == static_cast<std::size_t>(LinkState::reconnect) + 1, "keys: one per LinkState");
    return parvis::tr(keys[static_cast<int>(link.state)], app.settings.lang, {{"handle", link.connection.handle}});
}

void mastodon_actions(App& app, SettingsState& s, const NetworkAccount& a, const AccountLink& link) {
    const bool connected = link.state == LinkState::connected || link.state == LinkState::reconnect;
    if (link.state != LinkState::connected && link.state != LinkState::connecting) {
        if (ImGui::SmallButton((std::string(tr(app, "connect.ui.connect")) + "##" + a.id).c_str()))
            app.intents.push_back(ConnectAccount{a.id, false});
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(tr(app, "connect.ui.connect_oob")) + "##" + a.id).c_str()))
            app.intents.push_back(ConnectAccount{a.id, true});
        if (connected) ImGui::SameLine();
    }
    if (connected && ImGui::SmallButton((std::string(tr(app, "connect.ui.disconnect")) + "##" + a.id).c_str()))
        s.disconnect_account_id = a.id;
    if (const PendingSignIn* p = pending_sign_in(app, a.id); p && p->out_of_band) {
        ImGui::SetNextItemWidth(260.0f * app.settings.zoom);
        const bool enter = text_field((std::string(tr(app, "connect.ui.code")) + "##code-" + a.id).c_str(), s.sign_in_code,
                                      ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(tr(app, "connect.ui.submit_code")) + "##" + a.id).c_str()) || enter) {
            app.intents.push_back(SubmitSignInCode{a.id, s.sign_in_code});
            s.sign_in_code.clear();
        }
    }
    if (link.limits && link.state == LinkState::connected)
        ImGui::TextDisabled("%s", parvis::tr("connect.ui.limits", app.settings.lang,
                                             {{"chars", format_number(link.limits->max_characters, 0, app.settings.lang)},
                                              {"media", std::to_string(link.limits->max_media_attachments)},
                                              {"alt", format_number(link.limits->description_limit, 0, app.settings.lang)}})
                                      .c_str());
    if (const std::string sync = sync_text(app, link); !sync.empty()) ImGui::TextDisabled("%s", sync.c_str());
}

// The handle (prefilled from the account) and an app password, never the account's own password:
// Bluesky lets a user create one per app and revoke it alone.
void bluesky_actions(App& app, SettingsState& s, const NetworkAccount& a, const AccountLink& link) {
    const bool connected = link.state == LinkState::connected || link.state == LinkState::reconnect;
    if (link.state != LinkState::connected && link.state != LinkState::connecting) {
        std::string& id = s.bluesky_identifier[a.id];
        if (id.empty()) id = a.handle.rfind('@', 0) == 0 ? a.handle.substr(1) : a.handle;
        std::string& password = s.bluesky_password[a.id];
        ImGui::TextWrapped("%s", tr(app, "connect.ui.bluesky.help"));
        ImGui::SetNextItemWidth(260.0f * app.settings.zoom);
        text_field((std::string(tr(app, "connect.ui.bluesky.identifier")) + "##bsky-id-" + a.id).c_str(), id);
        ImGui::SetNextItemWidth(260.0f * app.settings.zoom);
        const bool enter = password_field((std::string(tr(app, "connect.ui.bluesky.app_password")) + "##bsky-pw-" + a.id).c_str(),
                                          password, ImGuiInputTextFlags_EnterReturnsTrue);
        if (ImGui::SmallButton((std::string(tr(app, "connect.ui.bluesky.sign_in")) + "##bsky-" + a.id).c_str()) || enter) {
            app.intents.push_back(ConnectBluesky{a.id, id, password});
            password.clear();
        }
        if (connected) ImGui::SameLine();
    }
    if (connected && ImGui::SmallButton((std::string(tr(app, "connect.ui.disconnect")) + "##" + a.id).c_str()))
        s.disconnect_account_id = a.id;
    ImGui::TextDisabled("%s", tr(app, "connect.ui.bluesky.no_server_schedule"));
}

// A Facebook Page: its access token pasted (never shown back), and its id when the token opens
// several Pages' worth of rights; « Connecter » checks it with the Graph API before keeping it.
// Meta has no revocation a web page can call for a pasted Page token: « Déconnecter » forgets it
// here, and the help says where to withdraw it on Facebook.
void facebook_actions(App& app, SettingsState& s, const NetworkAccount& a, const AccountLink& link) {
    const bool connected = link.state == LinkState::connected || link.state == LinkState::reconnect;
    if (link.state != LinkState::connected && link.state != LinkState::connecting) {
        std::string& page_id = s.facebook_page_id[a.id];
        std::string& token = s.facebook_token[a.id];
        ImGui::TextWrapped("%s", tr(app, "connect.ui.facebook.help"));
        ImGui::SetNextItemWidth(260.0f * app.settings.zoom);
        text_field((std::string(tr(app, "connect.ui.facebook.page_id")) + "##fb-page-" + a.id).c_str(), page_id);
        ImGui::SetNextItemWidth(420.0f * app.settings.zoom);
        const bool enter = password_field((std::string(tr(app, "connect.ui.facebook.token")) + "##fb-token-" + a.id).c_str(), token,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
        if (ImGui::SmallButton((std::string(tr(app, "connect.ui.facebook.connect")) + "##fb-" + a.id).c_str()) || enter) {
            app.intents.push_back(ConnectFacebook{a.id, page_id, token});
            token.clear();
        }
        if (connected) ImGui::SameLine();
    }
    if (connected && ImGui::SmallButton((std::string(tr(app, "connect.ui.disconnect")) + "##" + a.id).c_str()))
        s.disconnect_account_id = a.id;
    if (connected) ImGui::TextDisabled("%s", tr(app, "connect.ui.facebook.no_revoke"));
    if (const std::string sync = sync_text(app, link); !sync.empty()) ImGui::TextDisabled("%s", sync.c_str());
}

void disconnect_dialog(App& app, SettingsState& s) {
    if (!begin_dialog("##disconnect-account", !s.disconnect_account_id.empty(), 520.0f * app.settings.zoom)) return;
    const AccountLink& link = account_link(app, s.disconnect_account_id);
    ImGui::TextUnformatted(tr(app, "connect.ui.disconnect_title"));
    ImGui::Separator();
    const NetworkAccount* account = find_account(app.doc.workspace(), s.disconnect_account_id);
    const bool page = account && account->network == Network::facebook;
    ImGui::TextWrapped("%s", parvis::tr(page ? "connect.ui.facebook.disconnect_question" : "connect.ui.disconnect_question", app.settings.lang,
                                        {{"handle", link.connection.handle}}).c_str());
    if (ImGui::Button(tr(app, "connect.ui.disconnect_confirm"))) {
        app.intents.push_back(DisconnectAccount{s.disconnect_account_id});
        s.disconnect_account_id.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (cancel_button(tr(app, "common.cancel"))) {
        s.disconnect_account_id.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

void accounts_settings(App& app, SettingsState& s, const Fonts& fonts) {
    section_title(fonts, tr(app, "connect.ui.accounts_title"));
    ImGui::TextWrapped("%s", tr(app, "connect.ui.accounts_help"));
    const Workspace& ws = app.doc.workspace();
    if (ImGui::BeginTable("##connected-accounts", 2, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(app, "connect.ui.column_account"), ImGuiTableColumnFlags_WidthFixed, 260.0f * app.settings.zoom);
        ImGui::TableSetupColumn(tr(app, "connect.ui.column_state"));
        ImGui::TableHeadersRow();
        for (const NetworkAccount& a : ws.accounts) {
            ImGui::PushID(a.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(account_label(app, a.id).c_str());
            if (!a.instance.empty()) ImGui::TextDisabled("%s", a.instance.c_str());
            ImGui::TableNextColumn();
            if (a.network == Network::mastodon || a.network == Network::bluesky || a.network == Network::facebook) {
                const AccountLink& link = account_link(app, a.id);
                ImGui::TextUnformatted(state_text(app, link, a.network).c_str());
                if (!link.message.empty()) ImGui::TextWrapped("%s", link.message.c_str());
                if (a.network == Network::mastodon) mastodon_actions(app, s, a, link);
                else if (a.network == Network::facebook) facebook_actions(app, s, a, link);
                else bluesky_actions(app, s, a, link);
            } else {
                ImGui::TextDisabled("%s", tr(app, "connect.ui.not_direct"));
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    disconnect_dialog(app, s);
}

}  // namespace parvis::app::ui
