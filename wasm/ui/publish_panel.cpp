// Rédaction › « Publier »: the open post sent to the platforms Parvis calls itself (Mastodon,
// Bluesky and a connected Facebook Page), or published by hand with Parvis's help on the others
// (« Copier et ouvrir », then the permalink pasted back: core/connect/assisted.h), now or
// scheduled on the server (Mastodon and Facebook: Bluesky has no server-side scheduling), once its
// validation circuit is complete — otherwise the panel says which approval is missing. Each
// account's publish shows its state: sending, waiting for a retry (rate limit, server error, no
// answer: the same request with the same Idempotency-Key on Mastodon, the same record key on
// Bluesky, the Page's posts read first on Facebook, so never a double post), queued while
// offline, « Reconnectez le compte » after a 401 (nothing published, nothing lost), or the
// permalink once published. A post Facebook holds scheduled can be moved or cancelled there.
// Draws and pushes intents only (intent.h); connections*.cpp do the work.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "connect/assisted.h"
#include "connect/facebook.h"
#include "connect/mastodon.h"
#include "edit/publish_edits.h"
#include "format/format.h"
#include "io/enum_names.h"
#include "model/find.h"
#include "strategy/circuit.h"
#include "ui/screen_state.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

void job_state(App& app, const Post& post, const std::string& account_id, const PublishJob& job) {
    const Lang lang = app.settings.lang;
    const std::string retry_label = std::string(tr(app, "connect.ui.retry_now")) + "##retry-" + account_id;
    switch (job.state) {
    case JobState::sending: ImGui::TextUnformatted(tr(app, "connect.ui.job.sending")); break;
    case JobState::waiting: {
        const double left = std::max(0.0, job.next_try - app.connections.clock);
        ImGui::TextWrapped("%s", parvis::tr("connect.ui.job.waiting", lang, {{"seconds", std::to_string(static_cast<int>(std::ceil(left)))}}).c_str());
        if (!job.message.empty()) ImGui::TextWrapped("%s", job.message.c_str());
        if (ImGui::SmallButton(retry_label.c_str())) app.intents.push_back(RetryPublish{post.id, account_id});
        break;
    }
    case JobState::queued:
        ImGui::TextWrapped("%s", tr(app, "connect.ui.job.queued"));
        if (ImGui::SmallButton(retry_label.c_str())) app.intents.push_back(RetryPublish{post.id, account_id});
        break;
    case JobState::reconnect: ImGui::TextWrapped("%s", tr(app, "connect.ui.job.reconnect")); break;
    case JobState::failed:
        ImGui::TextWrapped("%s", job.message.c_str());
        if (ImGui::SmallButton((std::string(tr(app, "connect.ui.retry")) + "##retry-failed-" + account_id).c_str()))
            app.intents.push_back(RetryPublish{post.id, account_id});
        break;
    case JobState::checking: ImGui::TextWrapped("%s", job.message.c_str()); break;  // nothing is sent meanwhile
    case JobState::done: break;  // the variant shows the permalink
    }
}

void direct_row(App& app, const Post& post, const PostVariant& v, const NetworkAccount& account, bool circuit_ok) {
    const Lang lang = app.settings.lang;
    ImGui::PushID(account.id.c_str());
    ImGui::TextUnformatted(account_label(app, account.id).c_str());
    ImGui::Indent();
    const PublishJob* job = publish_job(app, post.id, account.id);
    if (!v.permalink.empty()) {
        ImGui::TextWrapped("%s", parvis::tr("connect.ui.published", lang, {{"permalink", v.permalink}}).c_str());
    } else if (v.remote_at && !v.external_id.empty()) {
        const std::string at = format_instant_local(*v.remote_at, app.doc.workspace().profile.time_zone, lang);
        ImGui::TextWrapped("%s", parvis::tr("connect.remote.scheduled_there", lang, {{"network", network_label(app, account.network)}, {"at", at}}).c_str());
    } else if (!v.external_id.empty()) {
        ImGui::TextWrapped("%s", parvis::tr("connect.ui.scheduled_remote", lang, {{"id", v.external_id}}).c_str());
    } else if (account_link(app, account.id).state != LinkState::connected && !(job && job->state == JobState::reconnect)) {
        ImGui::TextDisabled("%s", tr(app, "connect.ui.not_connected_short"));
    } else if (circuit_ok) {
        const bool busy = job && (job->state == JobState::sending || job->state == JobState::waiting || job->state == JobState::queued ||
                                 job->state == JobState::checking);
        if (!busy && account_link(app, account.id).state == LinkState::connected) {
            if (ImGui::Button(tr(app, "connect.ui.publish_now"))) app.intents.push_back(PublishOnPlatform{post.id, account.id, false});
            const bool facebook = account.network == Network::facebook;
            const Instant now = now_instant();
            const bool can_schedule_remote =
                post.scheduled_at && ((account.network == Network::mastodon && connect::mastodon::schedulable(*post.scheduled_at, now)) ||
                                      (facebook && connect::facebook::schedulable(*post.scheduled_at, now)));
            if (account.network == Network::bluesky) {
                ImGui::TextDisabled("%s", tr(app, "connect.ui.bluesky.no_server_schedule"));
            } else if (can_schedule_remote) {
                ImGui::SameLine();
                if (ImGui::Button(tr(app, facebook ? "connect.ui.facebook.schedule" : "connect.ui.schedule")))
                    app.intents.push_back(PublishOnPlatform{post.id, account.id, true});
            } else {
                ImGui::TextDisabled("%s", tr(app, facebook ? "connect.ui.facebook.schedule_needs_date" : "connect.ui.schedule_needs_date"));
            }
        }
    }
    if (job && v.permalink.empty()) job_state(app, post, account.id, *job);
    if (const RemoteJob* remote = remote_job(app, post.id, account.id)) ImGui::TextWrapped("%s", remote->message.c_str());
    ImGui::Unindent();
    ImGui::PopID();
}

// X, LinkedIn, Instagram, Threads (and a Facebook Page not connected on this device): why Parvis cannot send it, « Copier et
// ouvrir » (the checked text on the clipboard, the network's composer in a new tab), then the
// address of the published post pasted back marks the variant published (audited with who and
// the permalink, like a publish through an API).
void assisted_row(App& app, ComposerState& s, const Post& post, const PostVariant& v, const NetworkAccount& account, bool circuit_ok) {
    const Lang lang = app.settings.lang;
    ImGui::PushID(account.id.c_str());
    ImGui::TextUnformatted(account_label(app, account.id).c_str());
    ImGui::Indent();
    const std::string network(io::enum_name(account.network));
    if (!v.permalink.empty()) {
        ImGui::TextWrapped("%s", parvis::tr("connect.ui.published", lang, {{"permalink", v.permalink}}).c_str());
    } else {
        ImGui::TextWrapped("%s", parvis::tr("connect.assisted.why." + network, lang).c_str());
        if (circuit_ok) {
            if (ImGui::Button(tr(app, "connect.assisted.copy_open"))) {
                ImGui::SetClipboardText(v.text.c_str());
                app.intents.push_back(OpenLink{connect::composer_url(account.network, v.text, account.url)});
            }
            std::string& pasted = s.permalinks[account.id];
            ImGui::SetNextItemWidth(420.0f * app.settings.zoom);
            const bool enter = text_field(tr(app, "connect.assisted.permalink"), pasted, ImGuiInputTextFlags_EnterReturnsTrue);
            if (ImGui::Button(tr(app, "connect.assisted.mark_published")) || enter) {
                const connect::PermalinkCheck read = connect::read_permalink(account.network, pasted);
                if (!read.error.empty()) {
                    s.permalink_errors[account.id] = "connect.assisted.error." + read.error;
                } else {
                    s.permalink_errors.erase(account.id);
                    app.doc.end_step();
                    after_edit(app, edit::record_platform_publish(app.doc.edit(), actor(app), post.id,
                                                                  {account.id, read.external_id, read.url, false, std::nullopt}));
                    app.doc.end_step();
                    pasted.clear();
                }
            }
            if (const auto e = s.permalink_errors.find(account.id); e != s.permalink_errors.end())
                ImGui::TextColored(palette().error, "%s",
                                   parvis::tr(e->second, lang, {{"network", network_label(app, account.network)}}).c_str());
        }
    }
    ImGui::Unindent();
    ImGui::PopID();
}

}  // namespace

void publish_panel(App& app, ComposerState& s, const std::string& post_id, const Fonts& fonts) {
    const Workspace& ws = app.doc.workspace();
    const Post* post = find_post(ws, post_id);
    if (!post || post->variants.empty()) return;
    section_title(fonts, tr(app, "connect.ui.publish_title"));
    const bool circuit_ok = strategy::can_schedule(ws, *post);
    if (!circuit_ok) {
        const auto role = strategy::next_approver_role(*post, ws);
        const std::string role_text = role ? parvis::tr("strategy.role." + std::string(io::enum_name(*role)), app.settings.lang) : std::string("?");
        ImGui::TextWrapped("%s", parvis::tr("connect.ui.circuit_waits_for", app.settings.lang, {{"role", role_text}}).c_str());
    }
    if (s.assisted_post != post_id) {  // what was pasted belongs to the post it was pasted for
        s.assisted_post = post_id;
        s.permalinks.clear();
        s.permalink_errors.clear();
    }
    for (const PostVariant& v : post->variants) {
        const NetworkAccount* account = find_account(ws, v.account_id);
        if (!account) continue;
        // A Facebook Page goes through the Graph API once connected on this device (or while a
        // publish or a post scheduled there is under way); otherwise it is published by hand.
        const LinkState fb_link = account_link(app, account->id).state;
        const bool facebook_direct = account->network == Network::facebook &&
                                     (fb_link == LinkState::connected || fb_link == LinkState::reconnect ||
                                      publish_job(app, post->id, account->id) || (!v.external_id.empty() && v.permalink.empty()));
        if (account->network == Network::mastodon || account->network == Network::bluesky || facebook_direct)
            direct_row(app, *post, v, *account, circuit_ok);
        else if (connect::assisted_network(account->network)) assisted_row(app, s, *post, v, *account, circuit_ok);
        else ImGui::TextDisabled("%s", parvis::tr("connect.ui.assisted_later", app.settings.lang, {{"network", network_label(app, account->network)}}).c_str());
    }
}

}  // namespace parvis::app::ui
