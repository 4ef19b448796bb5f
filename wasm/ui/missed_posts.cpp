// Posts Bluesky should have had at their time and did not (Parvis was closed, offline, or the
// send failed past the grace): never sent late by themselves (connect/due_posts.h). A banner says
// how many; its dialog lists them, each with « Publier maintenant » and « Ouvrir dans Rédaction »,
// so that a person decides whether a late post still makes sense.
#include <imgui.h>

#include <string>

#include "connections.h"
#include "format/format.h"
#include "model/find.h"
#include "style.h"
#include "ui/screen_state.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {

void missed_posts_banner(App& app, MissedPostsState& s) {
    const std::size_t n = missed_posts(app).size();
    if (n < s.dismissed) s.dismissed = n;  // some were decided: a new one shows the banner again
    if (n == 0 || n == s.dismissed) return;
    const std::string text = parvis::tr("missed.banner", app.settings.lang, {{"n", std::to_string(n)}});
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().error_banner.bg);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().error_banner.fg);
    const float h = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y * 2 + 4;
    ImGui::BeginChild("##missed-banner", ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor(2);
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "missed.open"))) s.open = true;
    ImGui::EndChild();
}

void missed_posts_dialog(App& app, MissedPostsState& s) {
    if (!begin_dialog("##missed-posts", s.open, 640.0f * app.settings.zoom)) return;
    const Workspace& ws = app.doc.workspace();
    const Lang lang = app.settings.lang;
    ImGui::TextUnformatted(tr(app, "missed.title"));
    ImGui::Separator();
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(tr(app, "missed.why"));
    ImGui::PopTextWrapPos();
    const auto& missed = missed_posts(app);
    if (missed.empty()) ImGui::TextDisabled("%s", tr(app, "missed.none"));
    for (const connect::DuePost& d : missed) {
        const Post* post = find_post(ws, d.post_id);
        if (!post) continue;
        ImGui::PushID((d.post_id + "|" + d.account_id).c_str());
        ImGui::Separator();
        ImGui::TextUnformatted(post->title.c_str());
        ImGui::TextUnformatted(parvis::tr("missed.row", lang, {{"account", account_label(app, d.account_id)},
                                                                {"at", format_instant_local(d.at, ws.profile.time_zone, lang)}}).c_str());
        const PublishJob* job = publish_job(app, d.post_id, d.account_id);
        if (job && !job->message.empty()) ImGui::TextColored(palette().error, "%s", job->message.c_str());
        if (ImGui::Button(tr(app, "missed.publish_now"))) app.intents.push_back(PublishOnPlatform{d.post_id, d.account_id, false});
        ImGui::SameLine();
        if (ImGui::Button(tr(app, "missed.open_post"))) {
            app.intents.push_back(OpenPost{d.post_id});
            s.open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::PopID();
    }
    ImGui::Separator();
    if (ImGui::Button(tr(app, missed.empty() ? "missed.close" : "missed.later"))) {
        s.dismissed = missed.size();
        s.open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace parvis::app::ui
