// « Saisie manuelle » on the Indicateurs screen (see kpis_manual.h). A collapsing section, closed
// by default so the dashboard keeps its place: the account, then an account snapshot (date,
// followers, optional impressions and reach) and the figures of one published post. Every field
// is text checked by core/kpi/manual_entry: an empty field stays missing, never 0. A duplicate
// asks before replacing; an entry with an error saves nothing and keeps what was typed.
#include "ui/kpis_manual.h"

#include <imgui.h>

#include <chrono>
#include <iterator>
#include <optional>

#include "calendar/time_zone.h"
#include "edit/metrics_edits.h"
#include "format/format.h"
#include "kpi/manual_entry.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

using Form = KpisManualForm;  // kpis_manual.h

// The label of a field named by the core's `field` ("followers", "reach"…), for the messages.
const char* field_key(const std::string& field, bool snapshot) {
    if (field == "followers") return "kpis.manual.followers";
    if (field == "date") return "kpis.manual.date";
    if (snapshot && field == "impressions") return "kpis.manual.account_impressions";
    if (snapshot && field == "reach") return "kpis.manual.account_reach";
    if (field == "impressions") return "kpis.manual.impressions";
    if (field == "reach") return "kpis.manual.reach";
    if (field == "reactions") return "kpis.manual.reactions";
    if (field == "comments") return "kpis.manual.comments";
    if (field == "shares") return "kpis.manual.shares";
    if (field == "saves") return "kpis.manual.saves";
    if (field == "clicks") return "kpis.manual.clicks";
    if (field == "video_views") return "kpis.manual.video_views";
    if (field == "post") return "kpis.manual.post";
    return "kpis.manual.account";
}

void show_error(App& app, Form& f, kpi::ManualError error, const std::string& field, bool snapshot) {
    f.error_code = kpi::manual_error_name(error);
    f.message = tr(std::string("kpis.manual.error.") + f.error_code, app.settings.lang,
                   {{"field", tr(app, field_key(field, snapshot))}});
}

void saved_snapshot(App& app, Form& f, const kpi::SnapshotCheck& check, bool replace) {
    if (!edit::apply_manual_snapshot(app.doc.edit(), actor(app), check, replace)) return;
    mark_edited(app);
    f.error_code.clear();
    f.message = tr("kpis.manual.saved_snapshot", app.settings.lang,
                   {{"date", format_day(check.snapshot.day, app.settings.lang)},
                    {"account", account_label(app, check.snapshot.account_id)}});
    // The date stays (several accounts are often read the same day); the figures are cleared.
    f.snapshot.followers.clear();
    f.snapshot.impressions.clear();
    f.snapshot.reach.clear();
}

void saved_post(App& app, Form& f, const kpi::PostFiguresCheck& check, bool replace) {
    if (!edit::apply_manual_post_figures(app.doc.edit(), actor(app), check, replace)) return;
    mark_edited(app);
    f.error_code.clear();
    f.message = tr("kpis.manual.saved_post", app.settings.lang, {{"date", format_day(check.metrics.day, app.settings.lang)}});
    f.post = kpi::PostFiguresEntry{.post_id = f.post.post_id};
}

float field_width() { return ImGui::GetFontSize() * 8; }

void number_field(App& app, const char* key, std::string& value) {
    ImGui::SetNextItemWidth(field_width());
    text_field(tr(app, key), value);
}

void account_chooser(App& app, Form& f) {
    const Workspace& ws = app.doc.workspace();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    if (begin_combo(tr(app, "kpis.manual.account"), account_label(app, f.account).c_str())) {
        for (const NetworkAccount& a : ws.accounts) {
            ImGui::PushID(a.id.c_str());  // two accounts may show the same name
            if (ImGui::Selectable(account_label(app, a.id).c_str(), f.account == a.id) && f.account != a.id) {
                f.account = a.id;
                f.account_chosen = true;
                f.post.post_id.clear();  // a post of another account
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
}

void snapshot_fields(App& app, Form& f) {
    ImGui::TextDisabled("%s", tr(app, "kpis.manual.snapshot"));
    ImGui::PushID("snapshot");
    ImGui::SetNextItemWidth(field_width());
    text_field(tr(app, "kpis.manual.date"), f.snapshot.date);
    ImGui::SameLine();
    number_field(app, "kpis.manual.followers", f.snapshot.followers);
    ImGui::SameLine();
    number_field(app, "kpis.manual.account_impressions", f.snapshot.impressions);
    ImGui::SameLine();
    number_field(app, "kpis.manual.account_reach", f.snapshot.reach);
    if (ImGui::Button(tr(app, "kpis.manual.add_snapshot"))) {
        f.replace_snapshot.reset();
        f.replace_post.reset();
        f.snapshot.account_id = f.account;
        const kpi::SnapshotCheck check = kpi::check_snapshot(app.doc.workspace(), f.snapshot, today(app));
        if (check.error == kpi::ManualError::duplicate) {
            f.replace_snapshot = check;
            f.error_code = "duplicate";
            f.message = tr("kpis.manual.replace_snapshot", app.settings.lang,
                           {{"account", account_label(app, check.snapshot.account_id)},
                            {"date", format_day(check.snapshot.day, app.settings.lang)}});
        } else if (check.error != kpi::ManualError::none) {
            show_error(app, f, check.error, check.field, true);
        } else {
            saved_snapshot(app, f, check, false);
        }
    }
    ImGui::PopID();
}

std::string post_label(const App& app, const Post& p) {
    std::string text = p.title;
    if (text.empty() && !p.variants.empty()) text = p.variants.front().text;
    if (text.size() > 60) {
        std::size_t cut = 57;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
        text = text.substr(0, cut) + "…";
    }
    for (char& c : text)
        if (c == '\n') c = ' ';
    const Day day{date::floor<date::days>(*p.published_at)};
    return format_day(day, app.settings.lang) + " — " + text;
}

void post_fields(App& app, Form& f) {
    const Workspace& ws = app.doc.workspace();
    ImGui::TextDisabled("%s", tr(app, "kpis.manual.post_figures"));
    ImGui::PushID("post");
    const std::vector<const Post*> posts = kpi::published_posts_of(ws, f.account);
    std::string preview = tr(app, "kpis.manual.choose_post");
    for (const Post* p : posts)
        if (p->id == f.post.post_id) preview = post_label(app, *p);
    if (posts.empty()) {
        ImGui::TextDisabled("%s", tr(app, "kpis.manual.no_post"));
    } else {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 30);
        if (begin_combo(tr(app, "kpis.manual.post"), preview.c_str())) {
            for (const Post* p : posts) {
                ImGui::PushID(p->id.c_str());
                if (ImGui::Selectable(post_label(app, *p).c_str(), p->id == f.post.post_id)) f.post.post_id = p->id;
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
    }
    struct Field {
        const char* key;
        std::string* value;
    };
    const Field fields[] = {{"kpis.manual.impressions", &f.post.impressions}, {"kpis.manual.reach", &f.post.reach},
                            {"kpis.manual.reactions", &f.post.reactions},     {"kpis.manual.comments", &f.post.comments},
                            {"kpis.manual.shares", &f.post.shares},           {"kpis.manual.saves", &f.post.saves},
                            {"kpis.manual.clicks", &f.post.clicks},           {"kpis.manual.video_views", &f.post.video_views}};
    for (std::size_t i = 0; i < std::size(fields); ++i) {
        if (i % 4 != 0) ImGui::SameLine();
        number_field(app, fields[i].key, *fields[i].value);
    }
    if (ImGui::Button(tr(app, "kpis.manual.add_post"))) {
        f.replace_snapshot.reset();
        f.replace_post.reset();
        f.post.account_id = f.account;
        const kpi::PostFiguresCheck check = kpi::check_post_figures(ws, f.post, today(app));
        if (check.error == kpi::ManualError::duplicate) {
            f.replace_post = check;
            f.error_code = "duplicate";
            f.message = tr("kpis.manual.replace_post", app.settings.lang);
        } else if (check.error != kpi::ManualError::none) {
            show_error(app, f, check.error, check.field, false);
        } else {
            saved_post(app, f, check, false);
        }
    }
    ImGui::PopID();
}

// The last outcome: an error in red, a question with its two buttons, or a confirmation.
void outcome(App& app, Form& f) {
    if (f.message.empty()) return;
    const bool asking = f.replace_snapshot || f.replace_post;
    const ImVec4 colour = f.error_code.empty() ? palette().ok : asking ? palette().notice : palette().error;
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", f.message.c_str());
    ImGui::PopStyleColor();
    if (!asking) return;
    ImGui::PushID("replace");
    if (ImGui::Button(tr(app, "kpis.manual.replace"))) {
        if (f.replace_snapshot) saved_snapshot(app, f, *f.replace_snapshot, true);
        if (f.replace_post) saved_post(app, f, *f.replace_post, true);
        f.replace_snapshot.reset();
        f.replace_post.reset();
    }
    ImGui::SameLine();
    if (cancel_button(tr(app, "kpis.manual.cancel"))) {
        f.replace_snapshot.reset();
        f.replace_post.reset();
        f.message.clear();
        f.error_code.clear();
    }
    ImGui::PopID();
}

}  // namespace

void kpis_manual_form(App& app, Form& f, const std::string& selected_account) {
    const Workspace& ws = app.doc.workspace();
    bool known = false;
    for (const NetworkAccount& a : ws.accounts) known = known || a.id == f.account;
    if (!known || !f.account_chosen) {
        const std::string account =
            !selected_account.empty() ? selected_account : ws.accounts.empty() ? "" : ws.accounts.front().id;
        if (account != f.account) f.post.post_id.clear();
        f.account = account;
        f.account_chosen = f.account_chosen && known;
    }
    if (f.snapshot.date.empty()) f.snapshot.date = format_day_numeric(today(app));

    if (!ImGui::CollapsingHeader(tr(app, "kpis.manual.title"))) return;
    ImGui::PushID("manual_entry");
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x);
    ImGui::TextDisabled("%s", tr(app, "kpis.manual.intro"));
    ImGui::PopTextWrapPos();
    account_chooser(app, f);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(app, "kpis.manual.number_hint"));
    snapshot_fields(app, f);
    post_fields(app, f);
    outcome(app, f);
    ImGui::PopID();
    ImGui::Spacing();
}

nlohmann::json kpis_manual_summary(const App& app, const Form& f) {
    return {
        {"account", f.account},
        {"message", f.message},
        {"error", f.error_code},
        {"asking_replace", f.replace_snapshot.has_value() || f.replace_post.has_value()},
        {"snapshots", app.doc.workspace().metrics.snapshots.size()},
        {"post_metrics", app.doc.workspace().metrics.posts.size()},
    };
}

}  // namespace parvis::app::ui
