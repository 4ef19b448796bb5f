// The Messages desk's actions. See inbox_edits.h.
#include "edit/inbox_edits.h"

#include <algorithm>

#include "io/enum_names.h"
#include "io/time_text.h"
#include "model/find.h"
#include "text/trim.h"

namespace parvis::edit {
namespace {

Result refused_at(const Workspace& ws, const InboxMessage* m, const char* field, const char* reason) {
    Error e;
    e.code = ErrorCode::invalid_value;
    e.detail = reason;
    const std::size_t index = m ? static_cast<std::size_t>(m - ws.messages.data()) : ws.messages.size();
    e.pointer = "/messages/" + std::to_string(index) + "/" + field;
    e.args = {{"reason", reason}, {"found", ""}};
    return refused(std::move(e));
}

std::string arrow(std::string_view before, std::string_view after) {
    return std::string(before) + ">" + std::string(after);
}

// Changes the state and writes « message.status old>new »; unchanged when it already is.
Result change_status(Workspace& ws, const Actor& actor, InboxMessage& m, MessageStatus status) {
    if (m.status == status) return unchanged();
    record(ws, actor, AuditAction::message_status, m.id,
           arrow(io::enum_name(m.status), io::enum_name(status)));
    m.status = status;
    return {};
}

}  // namespace

Result assign_message(Workspace& ws, const Actor& actor, std::string_view message_id, std::string_view person_id) {
    InboxMessage* m = find_message(ws, message_id);
    if (!m || (!person_id.empty() && !find_person(ws, person_id))) return not_found();
    if (m->assignee_id == person_id) return unchanged();
    record(ws, actor, AuditAction::message_assign, m->id, arrow(m->assignee_id, person_id));
    m->assignee_id = std::string(person_id);
    if (!person_id.empty() && m->status == MessageStatus::unread) change_status(ws, actor, *m, MessageStatus::assigned);
    return {};
}

Result set_message_status(Workspace& ws, const Actor& actor, std::string_view message_id, MessageStatus status) {
    InboxMessage* m = find_message(ws, message_id);
    if (!m) return not_found();
    return change_status(ws, actor, *m, status);
}

Result route_message(Workspace& ws, const Actor& actor, std::string_view message_id, std::string_view service_id) {
    InboxMessage* m = find_message(ws, message_id);
    if (!m || (!service_id.empty() && !find_service(ws, service_id))) return not_found();
    if (m->service_id == service_id) return unchanged();
    record(ws, actor, AuditAction::message_route, m->id, arrow(m->service_id, service_id));
    m->service_id = std::string(service_id);
    return {};
}

Result forward_message(Workspace& ws, const Actor& actor, std::string_view message_id) {
    InboxMessage* m = find_message(ws, message_id);
    if (!m) return not_found();
    if (m->service_id.empty()) return refused_at(ws, m, "service_id", "no_service");
    // Sent again (a reminder to the service): the new instant counts, the state stays.
    if (m->forwarded_at == actor.at && m->status == MessageStatus::forwarded) return unchanged();
    m->forwarded_at = actor.at;
    m->service_answered_at.reset();
    record(ws, actor, AuditAction::message_forward, m->id, io::format_instant(actor.at));
    change_status(ws, actor, *m, MessageStatus::forwarded);
    return {};
}

Result alert_about_message(Workspace& ws, const Actor& actor, std::string_view message_id) {
    InboxMessage* m = find_message(ws, message_id);
    if (!m) return not_found();
    const Person* person = find_person(ws, ws.charter.moderation.alert_person_id);
    if (!person) return refused_at(ws, m, "id", "no_alert_person");
    record(ws, actor, AuditAction::message_alert, m->id, person->id);
    return {};
}

Result record_service_answer(Workspace& ws, const Actor& actor, std::string_view message_id) {
    InboxMessage* m = find_message(ws, message_id);
    if (!m) return not_found();
    if (m->service_answered_at && (!m->forwarded_at || *m->service_answered_at >= *m->forwarded_at)) return unchanged();
    m->service_answered_at = actor.at;
    record(ws, actor, AuditAction::message_service_answer, m->id, io::format_instant(actor.at));
    if (m->assignee_id.empty() && find_person(ws, actor.person_id)) {
        record(ws, actor, AuditAction::message_assign, m->id, arrow("", actor.person_id));
        m->assignee_id = actor.person_id;
    }
    change_status(ws, actor, *m, MessageStatus::assigned);
    return {};
}

Result reply_to_message(Workspace& ws, const Actor& actor, std::string_view message_id, std::string_view reply) {
    InboxMessage* m = find_message(ws, message_id);
    if (!m) return not_found();
    const std::string_view text = text::trim(reply, text::Spaces::unicode);
    if (text.empty()) return refused_at(ws, m, "reply", "empty_reply");
    if (m->reply == text && m->status == MessageStatus::answered) return unchanged();
    m->reply = std::string(text);
    m->replied_at = actor.at;
    record(ws, actor, AuditAction::message_reply, m->id, io::format_instant(actor.at));
    change_status(ws, actor, *m, MessageStatus::answered);
    return {};
}

Result close_message(Workspace& ws, const Actor& actor, std::string_view message_id) {
    return set_message_status(ws, actor, message_id, MessageStatus::closed);
}

Result hide_message(Workspace& ws, const Actor& actor, std::string_view message_id) {
    InboxMessage* m = find_message(ws, message_id);
    if (!m) return not_found();
    if (m->status == MessageStatus::hidden) return unchanged();
    record(ws, actor, AuditAction::message_moderate, m->id, std::string(io::enum_name(ModerationAction::hide)));
    return change_status(ws, actor, *m, MessageStatus::hidden);
}

Result set_message_tags(Workspace& ws, const Actor& actor, std::string_view message_id, std::vector<std::string> tags) {
    InboxMessage* m = find_message(ws, message_id);
    if (!m) return not_found();
    std::vector<std::string> clean;
    for (const std::string& t : tags) {
        std::string tag(text::trim(t, text::Spaces::unicode));
        if (!tag.empty() && std::find(clean.begin(), clean.end(), tag) == clean.end()) clean.push_back(std::move(tag));
    }
    if (clean == m->tags) return unchanged();
    m->tags = std::move(clean);
    std::string detail;
    for (const std::string& t : m->tags) detail += (detail.empty() ? "" : ",") + t;
    record(ws, actor, AuditAction::message_tags, m->id, detail);
    return {};
}

Result set_message_priority(Workspace& ws, const Actor& actor, std::string_view message_id, MessagePriority priority) {
    InboxMessage* m = find_message(ws, message_id);
    if (!m) return not_found();
    if (m->priority == priority) return unchanged();
    record(ws, actor, AuditAction::message_priority, m->id, arrow(io::enum_name(m->priority), io::enum_name(priority)));
    m->priority = priority;
    return {};
}

std::string new_message_id(const Workspace& ws) {
    for (std::size_t n = 1;; ++n) {
        std::string id = "msg-manual-" + std::to_string(n);
        if (!find_message(ws, id)) return id;
    }
}

AddedMessage add_manual_message(Workspace& ws, const Actor& actor, const ManualMessage& in) {
    if (!received_off_network(in.channel)) return {refused_at(ws, nullptr, "channel", "not_off_network"), ""};
    const std::string_view text = text::trim(in.text, text::Spaces::unicode);
    if (text.empty()) return {refused_at(ws, nullptr, "text", "empty_message"), ""};
    InboxMessage m;
    m.id = new_message_id(ws);
    m.channel = in.channel;
    m.author = std::string(text::trim(in.author, text::Spaces::unicode));
    m.text = std::string(text);
    m.received_at = in.received_at;
    ws.messages.push_back(m);
    record(ws, actor, AuditAction::message_add, m.id, std::string(io::enum_name(in.channel)));
    return {{}, m.id};
}

}  // namespace parvis::edit
