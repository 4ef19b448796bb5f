// Edits of the reply templates. See reply_template_edits.h.
#include "edit/reply_template_edits.h"

#include <algorithm>
#include <utility>

#include "text/utf8.h"

namespace parvis::edit {
namespace {

ReplyTemplate* find_template(Workspace& ws, std::string_view id) {
    for (ReplyTemplate& t : ws.reply_templates)
        if (t.id == id) return &t;
    return nullptr;
}

Result bad_title(std::size_t index, std::string_view title) {
    Error e;
    e.code = ErrorCode::invalid_value;
    e.detail = "control_character";
    e.pointer = "/reply_templates/" + std::to_string(index) + "/title";
    e.args = {{"reason", "control_character"}, {"found", std::string(title)}};
    return refused(std::move(e));
}

}  // namespace

std::string new_reply_template_id(const Workspace& ws) {
    for (std::size_t n = ws.reply_templates.size() + 1;; ++n) {
        std::string id = "tpl-" + std::to_string(n);
        if (std::none_of(ws.reply_templates.begin(), ws.reply_templates.end(),
                         [&](const ReplyTemplate& t) { return t.id == id; }))
            return id;
    }
}

AddedTemplate add_reply_template(Workspace& ws, const Actor& actor, std::string_view title, std::string_view text) {
    if (utf8::has_control_character(title)) return {bad_title(ws.reply_templates.size(), title), ""};
    ReplyTemplate t{new_reply_template_id(ws), std::string(title), std::string(text)};
    ws.reply_templates.push_back(t);
    record(ws, actor, AuditAction::reply_template_add, t.id, t.title);
    return {{}, t.id};
}

Result update_reply_template(Workspace& ws, const Actor& actor, const ReplyTemplate& after) {
    ReplyTemplate* t = find_template(ws, after.id);
    if (!t) return not_found();
    if (*t == after) return unchanged();
    if (utf8::has_control_character(after.title))
        return bad_title(static_cast<std::size_t>(t - ws.reply_templates.data()), after.title);
    const ReplyTemplate before = std::exchange(*t, after);
    if (before.title != after.title) record_typing(ws, actor, AuditAction::reply_template_edit, after.id, "title");
    if (before.text != after.text) record_typing(ws, actor, AuditAction::reply_template_edit, after.id, "text");
    return {};
}

Result delete_reply_template(Workspace& ws, const Actor& actor, std::string_view template_id) {
    auto it = std::find_if(ws.reply_templates.begin(), ws.reply_templates.end(),
                           [&](const ReplyTemplate& t) { return t.id == template_id; });
    if (it == ws.reply_templates.end()) return not_found();
    const ReplyTemplate gone = std::move(*it);
    ws.reply_templates.erase(it);
    record(ws, actor, AuditAction::reply_template_delete, gone.id, gone.title);
    return {};
}

}  // namespace parvis::edit
