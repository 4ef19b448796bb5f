// The Messages screen's detail pane (issue 12): the selected message, where it came from and its
// deadline, its thread (the post it comments on, what the same author wrote before), its state,
// assignee, service, priority and tags, and the desk's actions — « Transmettre au service » (the
// mailto: of core/inbox/handoff.h, opened by the controller through wasm/platform), « Copier la
// transmission », « Réponse du service reçue », the reply and « Marquer comme répondu », « Clore »,
// « Masquer ». Every change goes through core/edit/inbox_edits.h. Also the « Nouveau message
// reçu » form, for what came by phone, at the desk or by e-mail.
//
// Index
//   [SECTION] Actions
//   [SECTION] Thread
//   [SECTION] Fields
//   [SECTION] Proposed service and tone
//   [SECTION] Moderation
//   [SECTION] Reply
//   [SECTION] Detail pane
//   [SECTION] Modèles de réponse
//   [SECTION] Nouveau message reçu
#include <imgui.h>

#include <algorithm>

#include "check/check.h"
#include "edit/inbox_edits.h"
#include "edit/moderation_edits.h"
#include "edit/reply_template_edits.h"
#include "edit/service_edits.h"
#include "format/format.h"
#include "inbox/deadline.h"
#include "inbox/handoff.h"
#include "inbox/inbox_list.h"
#include "inbox/moderation.h"
#include "inbox/reply_template.h"
#include "inbox/router.h"
#include "io/enum_names.h"
#include "model/find.h"
#include "ui/findings_panel.h"
#include "ui/messages_internal.h"
#include "ui/widgets.h"

namespace parvis::app::ui::messages {

//-----------------------------------------------------------------------------
// [SECTION] Actions
//-----------------------------------------------------------------------------
void assign_to_me(App& app, const std::string& message_id) {
    if (app.current_person_id.empty()) {
        app.message = tr(app, "messages.who_are_you");
        app.message_is_error = true;
        return;
    }
    after_edit(app, edit::assign_message(app.doc.edit(), actor(app), message_id, app.current_person_id));
}

// The mailto: goes to the controller (an intent); the forward is recorded only when the message
// has a service (forward_message refuses otherwise, and says why).
void forward_by_mail(App& app, const std::string& message_id) {
    const Workspace& ws = app.doc.workspace();
    const InboxMessage* m = find_message(ws, message_id);
    if (!m) return;
    const edit::Actor who = actor(app);
    inbox::Handoff handoff = inbox::make_handoff(*m, ws, who.at, app.settings.lang);
    if (after_edit(app, edit::forward_message(app.doc.edit(), who, message_id)))
        app.intents.push_back(OpenLink{std::move(handoff.mailto)});
}

void close(App& app, const std::string& message_id) {
    after_edit(app, edit::close_message(app.doc.edit(), actor(app), message_id));
}

namespace {

// Without a mail program, the hand-off is copied and pasted in a webmail: recorded as sent too.
void copy_handoff(App& app, const std::string& message_id) {
    const Workspace& ws = app.doc.workspace();
    const InboxMessage* m = find_message(ws, message_id);
    if (!m) return;
    const edit::Actor who = actor(app);
    const inbox::Handoff handoff = inbox::make_handoff(*m, ws, who.at, app.settings.lang);
    if (after_edit(app, edit::forward_message(app.doc.edit(), who, message_id))) {
        ImGui::SetClipboardText(handoff.text.c_str());
        app.message = tr(app, "messages.handoff_copied");
        app.message_is_error = false;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Thread
//-----------------------------------------------------------------------------
// The post commented on: its title and the text of the variant on the message's account.
void commented_post(App& app, const InboxMessage& m) {
    const Post* post = find_post(app.doc.workspace(), m.post_id);
    if (!post) return;
    ImGui::TextDisabled("%s", tr(app, "messages.thread.post"));
    ImGui::SameLine();
    ImGui::TextUnformatted(post->title.c_str());
    for (const PostVariant& v : post->variants)
        if (v.account_id == m.account_id && !v.text.empty()) {
            ImGui::Indent();
            ImGui::PushTextWrapPos(0);
            ImGui::TextDisabled("%s", v.text.c_str());
            ImGui::PopTextWrapPos();
            ImGui::Unindent();
            break;
        }
    if (ImGui::SmallButton(tr(app, "messages.thread.open_post"))) app.intents.push_back(OpenPost{post->id});
}

void earlier_messages(App& app, const InboxMessage& m) {
    const Workspace& ws = app.doc.workspace();
    const std::vector<const InboxMessage*> earlier = inbox::earlier_from_author(ws, m);
    if (earlier.empty()) return;
    ImGui::TextDisabled("%s", trf(app, "messages.thread.earlier", {{"count", std::to_string(earlier.size())}}).c_str());
    ImGui::Indent();
    for (const InboxMessage* e : earlier) {
        const std::string when = format_instant_local(e->received_at, ws.profile.time_zone, app.settings.lang);
        ImGui::TextDisabled("%s · %s · %s", when.c_str(), origin_text(app, *e).c_str(), status_text(app, e->status));
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(e->text.c_str());
        if (!e->reply.empty()) ImGui::TextDisabled("— %s", e->reply.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::Unindent();
}

//-----------------------------------------------------------------------------
// [SECTION] Fields
//-----------------------------------------------------------------------------
void state_field(App& app, const InboxMessage& m) {
    ImGui::SetNextItemWidth(220.0f * app.settings.zoom);
    if (!begin_combo(tr(app, "messages.field.status"), status_text(app, m.status))) return;
    for (std::size_t i = 0; i < io::EnumNames<MessageStatus>::count; ++i) {
        const auto status = static_cast<MessageStatus>(i);
        if (ImGui::Selectable(status_text(app, status), m.status == status))
            after_edit(app, edit::set_message_status(app.doc.edit(), actor(app), m.id, status));
    }
    ImGui::EndCombo();
}

void assignee_field(App& app, const InboxMessage& m) {
    ImGui::SetNextItemWidth(220.0f * app.settings.zoom);
    if (!begin_combo((std::string(tr(app, "messages.field.assignee")) + "##assignee").c_str(), person_name(app, m.assignee_id).c_str(), ImGuiComboFlags_HeightLargest)) return;
    auto option = [&](const std::string& id, const std::string& name) {
        if (ImGui::Selectable((name + "##" + id).c_str(), m.assignee_id == id))
            after_edit(app, edit::assign_message(app.doc.edit(), actor(app), m.id, id));
    };
    option("", tr(app, "messages.nobody"));
    for (const Person& p : app.doc.workspace().people) option(p.id, p.name);
    ImGui::EndCombo();
}

void service_field(App& app, const InboxMessage& m) {
    ImGui::SetNextItemWidth(320.0f * app.settings.zoom);
    if (!begin_combo((std::string(tr(app, "messages.field.service")) + "##route").c_str(), service_name(app, m.service_id).c_str(), ImGuiComboFlags_HeightLargest)) return;
    auto option = [&](const std::string& id, const std::string& name) {
        if (ImGui::Selectable((name + "##" + id).c_str(), m.service_id == id))
            after_edit(app, edit::route_message(app.doc.edit(), actor(app), m.id, id));
    };
    option("", tr(app, "messages.no_service"));
    for (const Service& sv : app.doc.workspace().services) option(sv.id, sv.name);
    ImGui::EndCombo();
}

void priority_field(App& app, const InboxMessage& m) {
    ImGui::SetNextItemWidth(160.0f * app.settings.zoom);
    if (!begin_combo(tr(app, "messages.field.priority"), priority_text(app, m.priority))) return;
    for (std::size_t i = 0; i < io::EnumNames<MessagePriority>::count; ++i) {
        const auto priority = static_cast<MessagePriority>(i);
        if (ImGui::Selectable(priority_text(app, priority), m.priority == priority))
            after_edit(app, edit::set_message_priority(app.doc.edit(), actor(app), m.id, priority));
    }
    ImGui::EndCombo();
}

// Tags as typed, « a, b ; c », applied when the box is left.
void tags_field(App& app, MessagesState& s, const InboxMessage& m) {
    ImGui::SetNextItemWidth(320.0f * app.settings.zoom);
    text_field(tr(app, "messages.field.tags"), s.tags);
    if (ImGui::IsItemDeactivatedAfterEdit())
        after_edit(app, edit::set_message_tags(app.doc.edit(), actor(app), m.id, edit::split_words(s.tags)));
}

//-----------------------------------------------------------------------------
// [SECTION] Proposed service and tone
//-----------------------------------------------------------------------------
// The router's proposal for a message without a service (core/inbox/router.h): the service and
// its confidence, why, and the alternatives; each is a button that routes the message there.
void proposed_service(App& app, MessagesState& s, const InboxMessage& m) {
    const Workspace& ws = app.doc.workspace();
    if (!m.service_id.empty() || ws.services.empty()) return;
    if (s.routed_for != m.id || s.routed_revision != app.doc.revision()) {
        const inbox::Router router(ws, {.lang = app.settings.lang});
        s.routing = router.route(m);
        s.routed_for = m.id;
        s.routed_revision = app.doc.revision();
    }
    const inbox::Routing r = s.routing;  // a copy: routing the message below recomputes it
    if (r.service_id.empty()) {
        ImGui::TextDisabled("%s", tr(app, "messages.route.none"));
        return;
    }
    const std::string proposed = trf(app, "messages.route.proposed",
                                     {{"service", service_name(app, r.service_id)},
                                      {"confidence", format_percent(r.confidence, 0, app.settings.lang)}});
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(proposed.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr(app, "messages.route.accept")))
        after_edit(app, edit::route_message(app.doc.edit(), actor(app), m.id, r.service_id));
    if (!r.reasons.empty()) {
        std::string why;
        for (const std::string& reason : r.reasons) why += (why.empty() ? "" : " · ") + reason;
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", why.c_str());
        ImGui::PopTextWrapPos();
    }
    if (r.alternatives.empty()) return;
    ImGui::TextDisabled("%s", tr(app, "messages.route.alternatives"));
    for (const inbox::Alternative& a : r.alternatives) {
        ImGui::SameLine();
        const std::string label = service_name(app, a.service_id) + " (" + format_percent(a.confidence, 0, app.settings.lang) + ")##alt";
        if (ImGui::SmallButton(label.c_str()))
            after_edit(app, edit::route_message(app.doc.edit(), actor(app), m.id, a.service_id));
    }
}

// The buffer role's escalation for a hostile thread: alert the person the charter names (an
// e-mail, or a copy without a mail program; recorded in the audit log either way), and the way to
// crisis mode, whose switch is in the Calendar.
void alert_buttons(App& app, const InboxMessage& m, int score) {
    const Workspace& ws = app.doc.workspace();
    const Person* person = find_person(ws, ws.charter.moderation.alert_person_id);
    if (!person) {
        ImGui::TextDisabled("%s", tr(app, "messages.alert.none"));
    } else {
        const std::string name = person->name;  // the edit below may move the workspace's people
        const bool by_mail = ImGui::SmallButton(trf(app, "messages.alert.button", {{"name", name}}).c_str());
        ImGui::SameLine();
        const bool copy = ImGui::SmallButton(tr(app, "messages.alert.copy"));
        if (by_mail || copy) {
            const edit::Actor who = actor(app);
            inbox::Handoff alert = inbox::make_alert(m, ws, score, who.at, app.settings.lang);
            if (after_edit(app, edit::alert_about_message(app.doc.edit(), who, m.id))) {
                if (by_mail) app.intents.push_back(OpenLink{std::move(alert.mailto)});
                else ImGui::SetClipboardText(alert.text.c_str());
                app.message = trf(app, "messages.alert.sent", {{"name", name}});
                app.message_is_error = false;
            }
        }
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(app, "messages.alert.crisis"))) app.screen = Screen::calendar;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "messages.alert.crisis_help"));
}

// The incoming message's aggressiveness (the tone checker's signal in reply mode, 0–100), shown
// next to it; a hostile one gets the buffer role's advice: acknowledge, give facts, go private.
void incoming_tone(App& app, MessagesState& s, const InboxMessage& m) {
    if (s.toned_for != m.id + '\n' + m.text) {
        s.toned_for = m.id + '\n' + m.text;
        check::CheckOptions options;
        options.is_reply = true;
        options.lang = app.settings.lang;
        s.incoming_tone = check::check_text(m.text, options).tone_score;
    }
    const int score = s.incoming_tone;
    const char* key = score >= 50 ? "messages.tone.hostile" : score >= 20 ? "messages.tone.tense" : "messages.tone.calm";
    const std::string text = trf(app, key, {{"score", std::to_string(score)}});
    const Palette& p = palette();
    ImGui::TextColored(score >= 50 ? p.error : score >= 20 ? p.warning : p.muted, "%s", text.c_str());
    if (score < 50) return;
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(app, "messages.tone.advice"));
    ImGui::PopTextWrapPos();
    alert_buttons(app, m, score);
}

//-----------------------------------------------------------------------------
// [SECTION] Moderation
//-----------------------------------------------------------------------------
// PHAROS, the State's platform for reporting illegal content online.
constexpr const char* kPharosUrl = "https://www.internet-signalement.gouv.fr/";

// What the moderation charter says about the message (core/inbox/moderation.h): each finding with
// its rule and the actions the rule suggests, one button each. A decision goes to the moderation
// log with the message's text as evidence (edit::moderate); « Signaler sur PHAROS » also opens
// PHAROS. Nothing found: nothing shown (« Masquer » below stays for anything else).
void moderation_section(App& app, MessagesState& s, const InboxMessage& m, const Fonts& fonts) {
    const Workspace& ws = app.doc.workspace();
    if (s.reviewed_for != m.id || s.reviewed_revision != app.doc.revision()) {
        s.review = inbox::review_message(m, ws, {.lang = app.settings.lang});
        s.reviewed_for = m.id;
        s.reviewed_revision = app.doc.revision();
    }
    const std::vector<inbox::ModerationFinding> review = s.review;  // a decision below reviews again
    const auto logged = std::count_if(ws.moderation_log.begin(), ws.moderation_log.end(),
                                      [&](const ModerationEntry& e) { return e.message_id == m.id; });
    if (review.empty() && logged == 0) return;
    section_title(fonts, tr(app, "messages.moderation.title"));
    for (std::size_t i = 0; i < review.size(); ++i) {
        const inbox::ModerationFinding& f = review[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(palette().warning, "%s", f.article.c_str());
        ImGui::TextDisabled("%s", f.reason.c_str());
        ImGui::PopTextWrapPos();
        for (std::size_t k = 0; k < f.actions.size(); ++k) {
            if (k > 0) ImGui::SameLine();
            const ModerationAction action = f.actions[k];
            const std::string label = inbox::action_label(action, app.settings.lang) + "##mod" + std::to_string(k);
            if (!ImGui::SmallButton(label.c_str())) continue;
            const edit::Moderated done = edit::moderate(app.doc.edit(), actor(app), {.message_id = m.id, .category = f.category, .action = action});
            if (after_edit(app, done.result) && action == ModerationAction::report_pharos)
                app.intents.push_back(OpenLink{kPharosUrl});
        }
        ImGui::PopID();
    }
    if (logged > 0)
        ImGui::TextDisabled("%s", trf(app, "messages.moderation.logged", {{"count", std::to_string(logged)}}).c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] Reply
//-----------------------------------------------------------------------------
// « Modèle de réponse… »: the workspace's saved replies, filled from the message and the services
// directory (core/inbox/reply_template.h); what could not be filled is said, to complete by hand.
void template_choice(App& app, MessagesState& s, const InboxMessage& m) {
    const Workspace& ws = app.doc.workspace();
    if (ws.reply_templates.empty()) return;
    ImGui::SetNextItemWidth(320.0f * app.settings.zoom);
    if (begin_combo(tr(app, "messages.reply.template"), tr(app, "messages.reply.template_pick"), ImGuiComboFlags_HeightLargest)) {
        for (const ReplyTemplate& t : ws.reply_templates) {
            if (!ImGui::Selectable((t.title + "##tpl-" + t.id).c_str())) continue;
            inbox::FilledReply filled = inbox::fill(t, m, ws);
            s.reply = std::move(filled.text);
            s.template_missing = std::move(filled.missing);
        }
        ImGui::EndCombo();
    }
    if (s.template_missing.empty()) return;
    std::string names;
    for (const std::string& v : s.template_missing) names += (names.empty() ? "{" : ", {") + v + "}";
    ImGui::TextColored(palette().warning, "%s", trf(app, "messages.reply.template_missing", {{"names", names}}).c_str());
}

// « Répondre sur Mastodon » (« Répondre sur Facebook » for a comment of the Page, « Répondre sur
// Bluesky »): for a message a connected account brought back, the reply goes out from that
// account, in answer to the citizen's post (connections.h ReplyJob); once the platform has it, the
// message is « répondu ». Shown only where it can work.
void send_on_platform(App& app, MessagesState& s, const InboxMessage& m) {
    const NetworkAccount* account = find_account(app.doc.workspace(), m.account_id);
    if (m.external_id.empty() || !account ||
        (account->network != Network::mastodon && account->network != Network::facebook && account->network != Network::bluesky))
        return;
    const bool facebook = account->network == Network::facebook;  // a comment answered as the Page, in public
    const bool bluesky = account->network == Network::bluesky;    // a post in the citizen's thread, public
    const AccountLink& link = account_link(app, m.account_id);
    const ReplyJob* job = reply_job(app, m.id);
    const bool sending = job && job->state == JobState::sending;
    const bool sent = job && job->state == JobState::done;
    ImGui::BeginDisabled(link.state != LinkState::connected || sending || sent || s.reply.empty());
    const bool retry = job && (job->state == JobState::waiting || job->state == JobState::queued);
    const char* send = retry ? "messages.reply.send_retry" : facebook ? "messages.reply.send_facebook" : bluesky ? "messages.reply.send_bluesky" : "messages.reply.send_mastodon";
    if (ImGui::Button(tr(app, send))) app.intents.push_back(ReplyOnPlatform{m.id, s.reply, !facebook && !bluesky && s.reply_private});
    if (!facebook && !bluesky) {  // only Mastodon has private replies (« direct »)
        ImGui::SameLine();
        ImGui::Checkbox(tr(app, "messages.reply.private"), &s.reply_private);
    }
    ImGui::EndDisabled();
    if (link.state != LinkState::connected) ImGui::TextDisabled("%s", tr(app, "messages.reply.connect_first"));
    if (!job) return;
    if (sending) ImGui::TextDisabled("%s", tr(app, "messages.reply.sending"));
    else if (sent) ImGui::TextDisabled("%s", trf(app, "messages.reply.sent", {{"link", job->permalink}}).c_str());
    else if (!job->message.empty()) ImGui::TextColored(palette().error, "%s", job->message.c_str());
}

// The reply, checked as it is typed by the tone checker in reply mode: personal data (suggest a
// private message or the online procedure), the charter's register, plain French; the services'
// public phones and e-mails are not personal data. A draft until « Marquer comme répondu ».
void reply_box(App& app, MessagesState& s, const InboxMessage& m, const Fonts& fonts) {
    section_title(fonts, tr(app, "messages.reply.title"));
    template_choice(app, s, m);
    const char* label = tr(app, "messages.reply.text");
    if (s.focus_reply) {
        ImGui::SetKeyboardFocusHere();
        s.focus_reply = false;
    }
    text_area(label, s.reply, ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f));
    if (!s.reply_checked || s.checked_reply != s.reply) {
        const Workspace& ws = app.doc.workspace();
        check::CheckOptions options;
        options.is_reply = true;
        options.charter = &ws.charter;
        options.services = &ws.services;
        options.lang = app.settings.lang;
        options.dictionary = app.dictionary.get();
        options.local_words = &ws.local_words;
        options.spelling_suggestions = spell::Suggestions::cached_only;
        s.reply_check = check::check_text(s.reply, options);
        s.checked_reply = s.reply;
        s.reply_checked = true;
    }
    underline_findings(s.underlines, label, s.reply, s.reply_check);
    if (ImGui::Button(tr(app, "messages.reply.suggest"))) {
        const std::string suggestion = inbox::reply_suggestion(m, app.doc.workspace(), app.settings.lang);
        if (suggestion.empty()) {
            app.message = tr(app, "messages.reply.no_suggestion");
            app.message_is_error = false;
        } else {
            s.reply = suggestion;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "messages.reply.copy")) && !s.reply.empty()) ImGui::SetClipboardText(s.reply.c_str());
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "messages.reply.mark")))
        after_edit(app, edit::reply_to_message(app.doc.edit(), actor(app), m.id, s.reply));
    send_on_platform(app, s, m);
    if (!s.reply.empty()) {
        ImGui::PushID("reply-check");
        findings_panel(app, s.reply, s.reply_check, 0);  // a fix changes the draft; checked again next frame
        ImGui::PopID();
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Detail pane
//-----------------------------------------------------------------------------
void detail_pane(App& app, MessagesState& s, const Fonts& fonts) {
    const Workspace& ws = app.doc.workspace();
    const InboxMessage* found = find_message(ws, s.selected);
    if (!found) {
        ImGui::TextDisabled("%s", tr(app, "messages.pick"));
        return;
    }
    // The actions below may change the workspace: keep a copy of what is drawn.
    const InboxMessage m = *found;
    if (s.draft_for != m.id) {
        s.draft_for = m.id;
        s.template_missing.clear();
        s.reply = m.reply;
        s.tags = edit::join_words(m.tags);
        s.reply_private = m.channel == MessageChannel::private_message;  // answered the way it came
    }
    const std::string who = m.author.empty() ? std::string("—") : m.author;
    section_title(fonts, who.c_str());
    const std::string received = format_instant_local(m.received_at, ws.profile.time_zone, app.settings.lang);
    ImGui::TextDisabled("%s · %s", origin_text(app, m).c_str(), received.c_str());
    if (inbox::awaits_reply(m)) {
        const Instant now = now_instant();
        const inbox::Deadline deadline = inbox::reply_deadline(m, ws);
        const std::string text = inbox::deadline_text(deadline, now, ws.profile.time_zone, app.settings.lang);
        if (inbox::is_overdue(m, deadline, now))
            ImGui::TextColored(palette().error, "%s", text.c_str());
        else
            ImGui::TextUnformatted(text.c_str());
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(m.text.c_str());
    ImGui::PopTextWrapPos();
    incoming_tone(app, s, m);
    commented_post(app, m);
    earlier_messages(app, m);
    ImGui::Separator();

    state_field(app, m);
    ImGui::SameLine();
    priority_field(app, m);
    assignee_field(app, m);
    ImGui::SameLine();
    ImGui::BeginDisabled(app.current_person_id.empty() || m.assignee_id == app.current_person_id);
    if (ImGui::Button(tr(app, "messages.assign_me"))) assign_to_me(app, m.id);
    ImGui::EndDisabled();
    service_field(app, m);
    proposed_service(app, s, m);
    tags_field(app, s, m);

    section_title(fonts, tr(app, "messages.forward.title"));
    if (m.forwarded_at)
        ImGui::TextDisabled("%s", trf(app, "messages.forward.sent_at", {{"when", format_instant_local(*m.forwarded_at, ws.profile.time_zone, app.settings.lang)}}).c_str());
    if (m.service_answered_at)
        ImGui::TextDisabled("%s", trf(app, "messages.forward.answered_at", {{"when", format_instant_local(*m.service_answered_at, ws.profile.time_zone, app.settings.lang)}}).c_str());
    ImGui::BeginDisabled(m.service_id.empty());
    if (ImGui::Button(tr(app, "messages.forward.send"))) forward_by_mail(app, m.id);
    ImGui::SameLine();
    if (ImGui::Button(tr(app, "messages.forward.copy"))) copy_handoff(app, m.id);
    ImGui::EndDisabled();
    if (m.service_id.empty()) ImGui::TextDisabled("%s", tr(app, "messages.forward.needs_service"));
    if (m.forwarded_at && !m.service_answered_at) {
        ImGui::SameLine();
        if (ImGui::Button(tr(app, "messages.forward.service_answered")))
            after_edit(app, edit::record_service_answer(app.doc.edit(), actor(app), m.id));
    }

    moderation_section(app, s, m, fonts);
    reply_box(app, s, m, fonts);
    ImGui::Separator();
    ImGui::BeginDisabled(m.status == MessageStatus::closed);
    if (ImGui::Button(tr(app, "messages.close"))) close(app, m.id);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(m.status == MessageStatus::hidden);
    if (ImGui::Button(tr(app, "messages.hide"))) after_edit(app, edit::hide_message(app.doc.edit(), actor(app), m.id));
    ImGui::EndDisabled();
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(app, "messages.keys"));
    ImGui::PopTextWrapPos();
}

//-----------------------------------------------------------------------------
// [SECTION] Modèles de réponse
//-----------------------------------------------------------------------------
namespace {
void take_template_drafts(const App& app, MessagesState& s) { s.template_drafts = app.doc.workspace().reply_templates; }
}  // namespace

void templates_button(App& app, MessagesState& s) {
    if (ImGui::Button(tr(app, "messages.templates.button"))) {
        s.templates_open = true;
        s.template_deleting.clear();
        take_template_drafts(app, s);
    }
}

// Each template's situation and text, edited in place: a change is one edit (audited, undoable)
// when the box is left. The variables the text may hold are listed; deleting asks to confirm.
void templates_dialog(App& app, MessagesState& s) {
    if (!begin_dialog("##reply-templates", s.templates_open, 720.0f * app.settings.zoom)) return;
    ImGui::TextUnformatted(tr(app, "messages.templates.title"));
    ImGui::PushTextWrapPos(0);
    std::string variables;
    for (const std::string& v : inbox::template_variables()) variables += (variables.empty() ? "{" : ", {") + v + "}";
    ImGui::TextDisabled("%s", trf(app, "messages.templates.variables", {{"names", variables}}).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    // Another tab, an undo: drafts follow the workspace unless a box is being typed in.
    if (!ImGui::IsAnyItemActive() && s.template_drafts != app.doc.workspace().reply_templates) take_template_drafts(app, s);
    ImGui::BeginChild("##template-list", ImVec2(0, 420.0f * app.settings.zoom), false);
    for (std::size_t i = 0; i < s.template_drafts.size(); ++i) {
        ReplyTemplate& t = s.template_drafts[i];
        ImGui::PushID(t.id.c_str());
        const bool focus = s.template_focus == t.id;
        if (focus) ImGui::SetScrollHereY(0.0f);
        ImGui::SetNextItemWidth(-220.0f * app.settings.zoom);
        text_field(tr(app, "messages.templates.situation"), t.title);
        const bool title_left = ImGui::IsItemDeactivatedAfterEdit();
        if (focus) {
            ImGui::SetKeyboardFocusHere();
            s.template_focus.clear();
        }
        text_area(tr(app, "messages.templates.text"), t.text, ImVec2(-1, ImGui::GetTextLineHeight() * 4.0f));
        const bool text_left = ImGui::IsItemDeactivatedAfterEdit();
        if (title_left || text_left) after_edit(app, edit::update_reply_template(app.doc.edit(), actor(app), t));
        if (s.template_deleting == t.id) {
            if (ImGui::SmallButton(tr(app, "messages.templates.confirm_delete"))) {
                after_edit(app, edit::delete_reply_template(app.doc.edit(), actor(app), t.id));
                s.template_deleting.clear();
                ImGui::PopID();
                take_template_drafts(app, s);
                break;
            }
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(app, "messages.templates.keep"))) s.template_deleting.clear();
        } else if (ImGui::SmallButton(tr(app, "messages.templates.delete"))) {
            s.template_deleting = t.id;
        }
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::EndChild();
    if (ImGui::Button(tr(app, "messages.templates.add"))) {
        const edit::AddedTemplate added = edit::add_reply_template(app.doc.edit(), actor(app), tr(app, "messages.templates.new_title"), "");
        if (after_edit(app, added.result)) {
            take_template_drafts(app, s);
            s.template_focus = added.id;
        }
    }
    ImGui::SameLine();
    if (cancel_button(tr(app, "messages.templates.close"))) {
        s.templates_open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] Nouveau message reçu
//-----------------------------------------------------------------------------
namespace {
constexpr MessageChannel kManualChannels[] = {MessageChannel::phone, MessageChannel::desk, MessageChannel::email};
}  // namespace

void new_message_button(App& app, MessagesState& s) {
    if (ImGui::Button(tr(app, "messages.new.button"))) {
        s.new_open = true;
        s.new_channel = 0;
        s.new_author.clear();
        s.new_text.clear();
    }
}

void new_message_dialog(App& app, MessagesState& s) {
    if (!begin_dialog("##new-message", s.new_open, 560.0f * app.settings.zoom)) return;
    ImGui::TextUnformatted(tr(app, "messages.new.title"));
    ImGui::Separator();
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine();
        if (radio(channel_text(app, kManualChannels[i]), s.new_channel == i)) s.new_channel = i;
    }
    ImGui::SetNextItemWidth(-160.0f * app.settings.zoom);
    text_field(tr(app, "messages.new.author"), s.new_author);
    text_area(tr(app, "messages.new.text"), s.new_text, ImVec2(-1, ImGui::GetTextLineHeight() * 5.0f));
    ImGui::TextDisabled("%s", tr(app, "messages.new.now"));
    if (ImGui::Button(tr(app, "messages.new.save"))) {
        const edit::Actor who = actor(app);
        const edit::ManualMessage manual{.channel = kManualChannels[std::clamp(s.new_channel, 0, 2)],
                                         .author = s.new_author, .text = s.new_text, .received_at = who.at};
        const edit::AddedMessage added = edit::add_manual_message(app.doc.edit(), who, manual);
        if (after_edit(app, added.result)) {
            s.selected = added.id;
            s.scroll_to_selected = true;
            s.new_open = false;
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::SameLine();
    if (cancel_button(tr(app, "messages.new.cancel"))) {
        s.new_open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace parvis::app::ui::messages
