// Rédaction: write a post and its per-network variants, and take it from idea to publication.
// Every text box is a real web text field (accents, dead keys, IME, paste, copy, undo: see
// platform/browser.js). Each text is checked by the tone checker when it changes (never every
// frame): the findings panel under the box shows the network's counter, the summary score and
// the findings with their one-click fixes.
//
// The editor: title and « Dupliquer », then the status and validation circuit
// (composer_workflow.cpp), then four tabs: « Textes » (here), « Aperçu » (composer_preview.cpp),
// « Réglages et date » (composer_schedule.cpp) and « Historique » (composer_workflow.cpp). composer_internal.h joins
// the files.
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "edit/post_edits.h"
#include "format/format.h"
#include "io/time_text.h"
#include "model/find.h"
#include "model/search.h"
#include "ui/composer_internal.h"
#include "ui/findings_panel.h"
#include "ui/screen_state.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

// The check of the open post's variant `i` (ComposerState::checks): another post's are dropped.
const check::CheckResult& checked(const App& app, ComposerState& s, const Post& post, std::size_t i, const NetworkAccount* account) {
    if (s.checks_post != post.id) {
        s.checks.clear();
        s.checks_post = post.id;
    }
    if (s.checks.size() < post.variants.size()) s.checks.resize(post.variants.size());
    ComposerState::VariantCheck& c = s.checks[i];
    const PostVariant& v = post.variants[i];
    const int limit = mastodon_limit(app, account);
    if (!c.done || c.text != v.text || c.revision != app.doc.revision() || c.spelled != (app.dictionary != nullptr) || c.limit != limit) {
        c.done = true;
        c.limit = limit;
        c.spelled = app.dictionary != nullptr;
        c.text = v.text;
        c.revision = app.doc.revision();
        c.result = collect_findings(app, v, account);
    }
    return c.result;
}

void create_post(App& app, ComposerState& s) {
    s.selected = edit::create_post(app.doc.edit(), actor(app), {.title = parvis::tr("composer.new_title", app.settings.lang)});
    mark_edited(app);
}

void post_list(App& app, ComposerState& s) {
    ImGui::BeginChild("##post-list", ImVec2(300.0f * app.settings.zoom, 0), true);
    if (ImGui::Button(tr(app, "composer.new_post"))) create_post(app, s);
    ImGui::SetNextItemWidth(-1);
    text_field(tr(app, "composer.search"), s.filter);
    const Workspace& ws = app.doc.workspace();
    // Newest first: what is being written now is at the top.
    for (auto it = ws.posts.rbegin(); it != ws.posts.rend(); ++it) {
        const Post& p = *it;
        if (!post_contains(p, s.filter)) continue;
        const std::string label = p.title + "##" + p.id;
        if (ImGui::Selectable(label.c_str(), s.selected == p.id)) s.selected = p.id;
        mark_list_entry();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", status_label(app, p.status));
    }
    ImGui::EndChild();
}

// The boxes edit copies of the texts; a change goes to the workspace through core/edit/ (audited,
// one entry per field while typing).
void texts_tab(App& app, ComposerState& s, const Post& post, const Fonts& fonts) {
    const Workspace& ws = app.doc.workspace();
    const std::string post_id = post.id;
    const float box_height = ImGui::GetTextLineHeight() * 7.0f;
    composer::add_image_bar(app, post);
    for (std::size_t i = 0; i < post.variants.size(); ++i) {
        const PostVariant& v = post.variants[i];
        const NetworkAccount* account = find_account(ws, v.account_id);
        const char* network = account ? network_label(app, account->network) : "?";
        section_title(fonts, network);
        char label[96];
        std::snprintf(label, sizeof label, "%s##variant-%zu", tr(app, "composer.text"), i);
        if (std::string text = v.text; text_area(label, text, ImVec2(-1, box_height)))
            after_edit(app, edit::set_variant_text(app.doc.edit(), actor(app), post_id, i, text));
        const check::CheckResult& result = checked(app, s, post, i, account);
        underline_findings(s.underlines, label, v.text, result);
        composer::variant_images(app, post, i, account);
        // A one-click fix rewrites the text through the same edit as typing, but as an undo step
        // of its own: Ctrl+Z takes back the fix, not the fix with the words typed just before.
        if (std::string fixed = v.text; findings_panel(app, fixed, result, i)) {
            app.doc.end_step();
            after_edit(app, edit::set_variant_text(app.doc.edit(), actor(app), post_id, i, fixed));
            app.doc.end_step();
        }
    }
    if (post.variants.empty()) ImGui::TextDisabled("%s", tr(app, "composer.no_account"));
    publish_panel(app, s, post_id, fonts);
}

void post_editor(App& app, ComposerState& s, const Fonts& fonts) {
    const Post* found = find_post(app.doc.workspace(), s.selected);
    if (!found) {
        ImGui::TextDisabled("%s", tr(app, "composer.pick_post"));
        return;
    }
    const Post& post = *found;
    ImGui::SetNextItemWidth(-260.0f * app.settings.zoom);
    if (std::string title = post.title; text_field(tr(app, "composer.post_title"), title))
        after_edit(app, edit::set_post_title(app.doc.edit(), actor(app), post.id, title));
    ImGui::SameLine();
    if (composer::duplicate_button(app, s, post)) return;  // the posts moved: the copy shows next frame
    composer::workflow_panel(app, s, post);
    if (!ImGui::BeginTabBar("##composer-tabs")) return;
    if (ImGui::BeginTabItem(tr(app, "composer.tab_texts"))) {
        texts_tab(app, s, post, fonts);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem(tr(app, "composer.tab_preview"))) {
        composer::preview_tab(app, s, post);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem(tr(app, "composer.tab_setup"))) {
        composer::schedule_tab(app, s, post, fonts);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem(tr(app, "composer.tab_history"))) {
        composer::history_tab(app, s, post);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace

void composer_screen(App& app, ComposerState& s, const Fonts& fonts) {
    if (!app.open_post_id.empty()) {  // another screen (the calendar) opened a post here
        s.selected = app.open_post_id;
        app.open_post_id.clear();
    }
    screen_title(fonts, tr(app, "nav.composer"));
    post_list(app, s);
    ImGui::SameLine();
    ImGui::BeginChild("##post-editor", ImVec2(0, 0), true);
    post_editor(app, s, fonts);
    ImGui::EndChild();
}

nlohmann::json composer_summary(const App& app, const ComposerState& s) {
    nlohmann::json out = {{"selected_post", s.selected}, {"filter", s.filter}, {"checks", s.checks.size()},
                          {"when_text", s.when_text}, {"time_choice_open", s.time_choice.open},
                          {"moment_findings", s.moment_findings},
                          {"today", io::format_day(today(app))}};  // the app's clock, in the collectivité's zone
    composer::add_workflow_summary(app, s, out);
    composer::add_preview_summary(app, s, out);
    composer::add_media_summary(app, s, out);
    return out;
}

}  // namespace parvis::app::ui
