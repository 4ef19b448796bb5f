// Messages: the community manager's desk (issue 12). One list across the accounts and the messages
// entered by hand, filtered (state, network, service, assignee, overdue, text ignoring case and
// accents) and sorted by reply deadline (core/inbox/inbox_list.h); the selected message in a detail
// pane (messages_detail.cpp) with its thread and the actions, which go through core/edit/
// inbox_edits.h (audited, undoable, saved).
//
// Index
//   [SECTION] Labels
//   [SECTION] Filters
//   [SECTION] List
//   [SECTION] Bulk actions
//   [SECTION] Keyboard triage
//   [SECTION] Screen and test hook
#include <imgui.h>

#include <algorithm>

#include <date/date.h>
#include <nlohmann/json.hpp>

#include "format/format.h"
#include "edit/inbox_edits.h"
#include "inbox/inbox_list.h"
#include "inbox/moderation_export.h"
#include "io/enum_names.h"
#include "io/time_text.h"
#include "model/find.h"
#include "text/utf8.h"
#include "ui/messages_internal.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace messages {

//-----------------------------------------------------------------------------
// [SECTION] Labels
//-----------------------------------------------------------------------------
namespace {
template <class E>
const char* enum_text(const App& app, const char* prefix, E value) {
    // tr() returns a pointer into the catalogue, which outlives the key built here.
    const std::string key = std::string(prefix) + std::string(io::enum_name(value));
    return tr(app, key.c_str());
}
}  // namespace

const char* status_text(const App& app, MessageStatus status) { return enum_text(app, "messages.status.", status); }
const char* channel_text(const App& app, MessageChannel channel) { return enum_text(app, "messages.channel.", channel); }
const char* priority_text(const App& app, MessagePriority priority) { return enum_text(app, "messages.priority.", priority); }

std::string person_name(const App& app, const std::string& id) {
    if (id.empty()) return tr(app, "messages.nobody");
    const Person* p = find_person(app.doc.workspace(), id);
    return p ? p->name : id;
}

std::string service_name(const App& app, const std::string& id) {
    if (id.empty()) return tr(app, "messages.no_service");
    const Service* s = find_service(app.doc.workspace(), id);
    return s ? s->name : id;
}

std::string origin_text(const App& app, const InboxMessage& m) {
    if (received_off_network(m.channel)) return channel_text(app, m.channel);
    return account_label(app, m.account_id) + " · " + channel_text(app, m.channel);
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Filters
//-----------------------------------------------------------------------------
constexpr int kStatusCount = static_cast<int>(io::EnumNames<MessageStatus>::count);
constexpr int kNetworkCount = static_cast<int>(io::EnumNames<Network>::count);

inbox::InboxFilter filter_of(const MessagesState& s) {
    inbox::InboxFilter f;
    if (s.status_filter == 1) f.awaiting_only = true;
    if (s.status_filter >= 2) f.status = static_cast<MessageStatus>(s.status_filter - 2);
    if (s.network_filter == 1) f.off_network = true;
    if (s.network_filter >= 2) f.network = static_cast<Network>(s.network_filter - 2);
    f.service_id = s.service_filter;
    f.assignee_id = s.assignee_filter;
    f.overdue_only = s.overdue_only;
    f.text = s.search;
    return f;
}

const char* status_filter_text(const App& app, int i) {
    if (i == 0) return tr(app, "messages.filter.all");
    if (i == 1) return tr(app, "messages.filter.awaiting");
    return status_text(app, static_cast<MessageStatus>(i - 2));
}

const char* network_filter_text(const App& app, int i) {
    if (i == 0) return tr(app, "messages.filter.all");
    if (i == 1) return tr(app, "messages.filter.off_network");
    return network_label(app, static_cast<Network>(i - 2));
}

// An id filter's choice: « Tous », « Aucun », then each id with its name.
std::string id_filter_text(const App& app, const std::string& value, bool person) {
    if (value.empty()) return tr(app, "messages.filter.all");
    if (value == inbox::kNone) return tr(app, person ? "messages.nobody" : "messages.no_service");
    return person ? person_name(app, value) : service_name(app, value);
}

void id_filter(App& app, const char* label, std::string& value, bool person) {
    const float width = 190.0f * app.settings.zoom;
    ImGui::SetNextItemWidth(width);
    if (!begin_combo(label, id_filter_text(app, value, person).c_str(), ImGuiComboFlags_HeightLargest)) return;
    const Workspace& ws = app.doc.workspace();
    auto option = [&](const std::string& id, const std::string& text) {
        const std::string item = text + "##" + (id.empty() ? std::string("all") : id);
        if (ImGui::Selectable(item.c_str(), value == id)) value = id;
    };
    option("", tr(app, "messages.filter.all"));
    option(inbox::kNone, tr(app, person ? "messages.nobody" : "messages.no_service"));
    if (person)
        for (const Person& p : ws.people) option(p.id, p.name);
    else
        for (const Service& sv : ws.services) option(sv.id, sv.name);
    ImGui::EndCombo();
}

// The moderation log for a legal request: a spreadsheet (CSV) or a page to print (HTML), every
// entry with its evidence (core/inbox/moderation_export.h).
void moderation_log_export(App& app) {
    const Workspace& ws = app.doc.workspace();
    ImGui::BeginDisabled(ws.moderation_log.empty());
    ImGui::TextUnformatted(tr(app, "messages.moderation.export"));
    const std::string name = std::string(tr(app, "messages.moderation.file")) + "-" + file_stamp(app);
    ImGui::SameLine();
    if (ImGui::SmallButton("CSV##moderation-log"))
        app.intents.push_back(DownloadFile{name + ".csv", "text/csv", inbox::moderation_log_csv(ws, app.settings.lang)});
    ImGui::SameLine();
    if (ImGui::SmallButton("HTML##moderation-log"))
        app.intents.push_back(DownloadFile{name + ".html", "text/html", inbox::moderation_log_html(ws, now_instant(), app.settings.lang)});
    ImGui::EndDisabled();
}

void sync_button(App& app);

void filters(App& app, MessagesState& s) {
    const float z = app.settings.zoom;
    ImGui::SetNextItemWidth(280.0f * z);
    text_field(tr(app, "messages.search"), s.search);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(170.0f * z);
    if (begin_combo(tr(app, "messages.filter.status"), status_filter_text(app, s.status_filter), ImGuiComboFlags_HeightLargest)) {
        for (int i = 0; i < kStatusCount + 2; ++i)
            if (ImGui::Selectable(status_filter_text(app, i), s.status_filter == i)) s.status_filter = i;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(150.0f * z);
    if (begin_combo(tr(app, "messages.filter.network"), network_filter_text(app, s.network_filter), ImGuiComboFlags_HeightLargest)) {
        for (int i = 0; i < kNetworkCount + 2; ++i)
            if (ImGui::Selectable(network_filter_text(app, i), s.network_filter == i)) s.network_filter = i;
        ImGui::EndCombo();
    }
    id_filter(app, tr(app, "messages.filter.service"), s.service_filter, false);
    ImGui::SameLine();
    id_filter(app, tr(app, "messages.filter.assignee"), s.assignee_filter, true);
    ImGui::SameLine();
    ImGui::Checkbox(tr(app, "messages.filter.overdue"), &s.overdue_only);
    ImGui::SameLine();
    new_message_button(app, s);
    ImGui::SameLine();
    templates_button(app, s);
    sync_button(app);
}

// « Relever maintenant », with the connected accounts (Paramètres › Comptes): their mentions and
// replies come in on their own every few minutes; this asks at once. What the last relève
// brought is said under the filters (sync_lines).
void sync_button(App& app) {
    bool any = false;
    for (const NetworkAccount& a : app.doc.workspace().accounts)  // the relève is Mastodon's, Bluesky's and Facebook's
        any = any || ((a.network == Network::mastodon || a.network == Network::bluesky || a.network == Network::facebook) &&
                      account_link(app, a.id).state == LinkState::connected);
    if (!any) return;
    ImGui::SameLine();
    const bool busy = syncing(app);
    ImGui::BeginDisabled(busy);
    if (ImGui::Button(tr(app, "messages.sync.now"))) app.intents.push_back(SyncAccounts{});
    ImGui::EndDisabled();
}

// One line per connected account that has been checked: what it brought, or why it failed.
struct SyncLine {
    std::string text;
    bool failed = false;
};
std::vector<SyncLine> sync_lines(const App& app) {
    std::vector<SyncLine> out;
    for (const NetworkAccount& a : app.doc.workspace().accounts) {
        const AccountLink& link = account_link(app, a.id);
        if (link.state != LinkState::connected && link.state != LinkState::reconnect) continue;
        const std::string text = sync_text(app, link);
        if (!text.empty()) out.push_back({account_label(app, a.id) + " — " + text, !link.sync.message.empty()});
    }
    return out;
}

void draw_sync_lines(const App& app) {
    for (const SyncLine& line : sync_lines(app)) {
        if (line.failed) ImGui::TextColored(palette().error, "%s", line.text.c_str());
        else ImGui::TextDisabled("%s", line.text.c_str());
    }
}

//-----------------------------------------------------------------------------
// [SECTION] List
//-----------------------------------------------------------------------------
bool is_checked(const MessagesState& s, const std::string& id) {
    return std::find(s.checked.begin(), s.checked.end(), id) != s.checked.end();
}

void toggle_checked(MessagesState& s, const std::string& id) {
    const auto it = std::find(s.checked.begin(), s.checked.end(), id);
    if (it == s.checked.end()) s.checked.push_back(id); else s.checked.erase(it);
}

// The deadline column: « à répondre avant mardi 10 h 30 », « en retard depuis … », or the state.
std::string deadline_cell(const App& app, const inbox::InboxRow& row, Instant now) {
    const Workspace& ws = app.doc.workspace();
    if (!row.awaiting) return status_text(app, ws.messages[row.index].status);
    return inbox::deadline_text(row.deadline, now, ws.profile.time_zone, app.settings.lang);
}

void message_list(App& app, MessagesState& s, const std::vector<inbox::InboxRow>& rows, Instant now) {
    const Workspace& ws = app.doc.workspace();
    const float z = app.settings.zoom;
    if (rows.empty()) {
        ImGui::TextDisabled("%s", tr(app, ws.messages.empty() ? "messages.empty" : "messages.none_shown"));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY;
    if (!ImGui::BeginTable("##inbox", 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("##tick", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight());
    ImGui::TableSetupColumn(tr(app, "messages.deadline"), ImGuiTableColumnFlags_WidthFixed, 150.0f * z);
    ImGui::TableSetupColumn(tr(app, "messages.author"), ImGuiTableColumnFlags_WidthFixed, 120.0f * z);
    ImGui::TableSetupColumn(tr(app, "messages.text"));
    ImGui::TableHeadersRow();
    const ImVec4 late = palette().error;
    for (const inbox::InboxRow& row : rows) {
        const InboxMessage& m = ws.messages[row.index];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        bool ticked = is_checked(s, m.id);
        if (ImGui::Checkbox(("##tick-" + m.id).c_str(), &ticked)) toggle_checked(s, m.id);
        describe_last_item(trf(app, "messages.tick_a11y", {{"author", m.author.empty() ? std::string("—") : m.author}}));
        ImGui::TableNextColumn();
        // The row is one selectable across the columns, labelled with the author (the id hidden).
        const std::string deadline = deadline_cell(app, row, now);
        if (row.overdue) ImGui::PushStyleColor(ImGuiCol_Text, late);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(deadline.c_str());
        ImGui::PopTextWrapPos();
        if (row.overdue) ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        const std::string label = (m.author.empty() ? std::string("—") : m.author) + "###" + m.id;
        const bool selected = s.selected == m.id;
        if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) s.selected = m.id;
        mark_list_entry();
        const std::string origin = std::string(status_text(app, m.status)) + " · " + origin_text(app, m);
        const std::string_view first_words = utf8::prefix(m.text, 160);
        // Read as the whole row: its label is only the author.
        describe_last_item((m.author.empty() ? std::string("—") : m.author) + ", " + deadline + ", " + origin + ", " +
                           std::string(first_words));
        if (selected && s.scroll_to_selected) { ImGui::SetScrollHereY(0.5f); s.scroll_to_selected = false; }
        ImGui::TableNextColumn();
        // The state and where it came from above the first words of the message.
        if (m.priority != MessagePriority::normal) {
            ImGui::TextColored(late, "%s", m.priority == MessagePriority::urgent ? "!!" : "!");
            ImGui::SameLine();
        }
        ImGui::TextDisabled("%s", origin.c_str());
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(first_words.data(), first_words.data() + first_words.size());
        ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
}

//-----------------------------------------------------------------------------
// [SECTION] Bulk actions
//-----------------------------------------------------------------------------
// The ticked messages that still exist (another tab or an undo may have removed some).
std::vector<std::string> ticked_messages(const App& app, MessagesState& s) {
    const Workspace& ws = app.doc.workspace();
    std::erase_if(s.checked, [&](const std::string& id) { return !find_message(ws, id); });
    return s.checked;
}

// One action on every ticked message, as one undo step; the refused ones are counted and said.
template <class Apply>
void on_ticked(App& app, MessagesState& s, Apply apply) {
    app.doc.end_step();
    int done = 0;
    for (const std::string& id : ticked_messages(app, s))
        if (after_edit(app, apply(id))) ++done;
    app.doc.end_step();
    app.message = trf(app, "messages.bulk.done", {{"count", std::to_string(done)}});
    app.message_is_error = false;
}

// « 3 cochés : M’attribuer · Affecter au service ▾ · Clore · Masquer · Tout décocher », and
// « Tout cocher » for the messages listed.
void bulk_bar(App& app, MessagesState& s) {
    const std::vector<std::string> ticked = ticked_messages(app, s);
    if (ticked.empty()) {
        ImGui::BeginDisabled(s.shown.empty());
        if (ImGui::SmallButton(tr(app, "messages.bulk.tick_all"))) s.checked = s.shown;
        ImGui::EndDisabled();
        return;
    }
    ImGui::TextUnformatted(trf(app, "messages.bulk.count", {{"count", std::to_string(ticked.size())}}).c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(app.current_person_id.empty());
    if (ImGui::SmallButton(tr(app, "messages.bulk.assign_me")))
        on_ticked(app, s, [&](const std::string& id) { return edit::assign_message(app.doc.edit(), actor(app), id, app.current_person_id); });
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(220.0f * app.settings.zoom);
    if (begin_combo(tr(app, "messages.bulk.route"), tr(app, "messages.bulk.route_pick"), ImGuiComboFlags_HeightLargest)) {
        for (const Service& sv : app.doc.workspace().services) {
            if (!ImGui::Selectable((sv.name + "##bulk-" + sv.id).c_str())) continue;
            const std::string service_id = sv.id;  // the edits below may move the services
            on_ticked(app, s, [&](const std::string& id) { return edit::route_message(app.doc.edit(), actor(app), id, service_id); });
            break;
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(app, "messages.bulk.close")))
        on_ticked(app, s, [&](const std::string& id) { return edit::close_message(app.doc.edit(), actor(app), id); });
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(app, "messages.bulk.hide")))
        on_ticked(app, s, [&](const std::string& id) { return edit::hide_message(app.doc.edit(), actor(app), id); });
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(app, "messages.bulk.untick_all"))) s.checked.clear();
}

//-----------------------------------------------------------------------------
// [SECTION] Keyboard triage
//-----------------------------------------------------------------------------
// J or ↓ next, K or ↑ previous, X tick (bulk actions), A « m’attribuer », S the proposed service
// (« Affecter à ce service »), T « Transmettre au service », R reply (the reply box takes the
// keyboard), C « Clore »; only when no text box has the focus and no dialog or combo is open.
void keyboard(App& app, MessagesState& s) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || s.new_open || s.templates_open || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId) || io.KeyCtrl ||
        io.KeyAlt || io.KeySuper)
        return;
    // One step per press (no key repeat): a slow frame must not skip a message.
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); };
    int step = 0;
    if (ImGui::IsKeyPressed('J', false) || pressed(ImGuiKey_DownArrow)) step = 1;
    if (ImGui::IsKeyPressed('K', false) || pressed(ImGuiKey_UpArrow)) step = -1;
    if (step != 0 && !s.shown.empty()) {
        const auto it = std::find(s.shown.begin(), s.shown.end(), s.selected);
        int i = it == s.shown.end() ? (step > 0 ? -1 : static_cast<int>(s.shown.size())) : static_cast<int>(it - s.shown.begin());
        i = std::clamp(i + step, 0, static_cast<int>(s.shown.size()) - 1);
        s.selected = s.shown[static_cast<std::size_t>(i)];
        s.scroll_to_selected = true;
    }
    if (s.selected.empty() || !find_message(app.doc.workspace(), s.selected)) return;
    if (ImGui::IsKeyPressed('X', false)) toggle_checked(s, s.selected);
    if (ImGui::IsKeyPressed('R', false)) s.focus_reply = true;
    if (ImGui::IsKeyPressed('A', false)) assign_to_me(app, s.selected);
    if (ImGui::IsKeyPressed('S', false) && s.routed_for == s.selected && !s.routing.service_id.empty())
        after_edit(app, edit::route_message(app.doc.edit(), actor(app), s.selected, s.routing.service_id));
    if (ImGui::IsKeyPressed('T', false)) forward_by_mail(app, s.selected);
    if (ImGui::IsKeyPressed('C', false)) close(app, s.selected);
}

}  // namespace
}  // namespace messages

//-----------------------------------------------------------------------------
// [SECTION] Screen and test hook
//-----------------------------------------------------------------------------
void messages_screen(App& app, MessagesState& s, const Fonts& fonts) {
    using namespace messages;
    screen_title(fonts, tr(app, "nav.messages"));
    coming_notice(tr(app, "messages.platforms"));
    filters(app, s);
    draw_sync_lines(app);
    const Instant now = now_instant();
    const std::vector<inbox::InboxRow> rows = inbox::inbox_rows(app.doc.workspace(), filter_of(s), now);
    s.shown.clear();
    for (const inbox::InboxRow& r : rows) s.shown.push_back(app.doc.workspace().messages[r.index].id);
    keyboard(app, s);
    bulk_bar(app, s);
    ImGui::SameLine(0, 40.0f * app.settings.zoom);
    moderation_log_export(app);
    ImGui::Separator();
    const float list_width = ImGui::GetContentRegionAvail().x * 0.45f;
    ImGui::BeginChild("##message-list", ImVec2(list_width, 0), false);
    message_list(app, s, rows, now);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##message-detail", ImVec2(0, 0), true);
    detail_pane(app, s, fonts);
    ImGui::EndChild();
    new_message_dialog(app, s);
    templates_dialog(app, s);
}

nlohmann::json messages_summary(const App& app, const MessagesState& s) {
    const Workspace& ws = app.doc.workspace();
    nlohmann::json items = nlohmann::json::array();
    auto instant = [](const std::optional<Instant>& at) { return at ? nlohmann::json(io::format_instant(*at)) : nlohmann::json(nullptr); };
    for (const InboxMessage& m : ws.messages)
        items.push_back({{"id", m.id}, {"author", m.author}, {"channel", std::string(io::enum_name(m.channel))},
                         {"status", std::string(io::enum_name(m.status))}, {"assignee_id", m.assignee_id},
                         {"service_id", m.service_id}, {"priority", std::string(io::enum_name(m.priority))}, {"tags", m.tags},
                         {"forwarded_at", instant(m.forwarded_at)}, {"service_answered_at", instant(m.service_answered_at)},
                         {"replied_at", instant(m.replied_at)}, {"reply", m.reply}, {"account_id", m.account_id},
                         {"post_id", m.post_id}, {"external_id", m.external_id}});
    // What the detail pane computed for the selected message: the router's proposal, the incoming
    // tone, the reply checker's rules.
    nlohmann::json reply_rules = nlohmann::json::array();
    if (s.reply_checked)
        for (const check::Finding& f : s.reply_check.findings) reply_rules.push_back(f.rule);
    nlohmann::json synced = nlohmann::json::array();
    for (const messages::SyncLine& line : messages::sync_lines(app)) synced.push_back(line.text);
    const nlohmann::json routing = {{"for", s.routed_for}, {"service_id", s.routing.service_id},
                                    {"confidence", s.routing.confidence}, {"reasons", s.routing.reasons}};
    return {{"selected", s.selected}, {"shown", s.shown}, {"checked", s.checked}, {"search", s.search}, {"status_filter", s.status_filter},
            {"new_open", s.new_open}, {"templates_open", s.templates_open}, {"routing", routing}, {"incoming_tone", s.toned_for.empty() ? -1 : s.incoming_tone},
            {"reply_rules", std::move(reply_rules)}, {"items", std::move(items)}, {"sync_lines", std::move(synced)}};
}

}  // namespace parvis::app::ui
