// Edits of the services directory. See service_edits.h.
#include "edit/service_edits.h"

#include <algorithm>
#include <utility>

#include "model/find.h"
#include "text/trim.h"

namespace parvis::edit {

std::string new_service_id(const Workspace& ws) {
    for (std::size_t n = ws.services.size() + 1;; ++n) {
        std::string id = "service-" + std::to_string(n);
        if (std::none_of(ws.services.begin(), ws.services.end(), [&](const Service& s) { return s.id == id; })) return id;
    }
}

std::string add_service(Workspace& ws, const Actor& actor, std::string_view name) {
    Service s;
    s.id = new_service_id(ws);
    s.name = std::string(name);
    ws.services.push_back(s);
    record(ws, actor, AuditAction::service_add, s.id, s.name);
    return s.id;
}

Result update_service(Workspace& ws, const Actor& actor, const Service& after) {
    Service* service = find_service(ws, after.id);
    if (!service) return not_found();
    if (*service == after) return unchanged();
    const Service before = std::exchange(*service, after);
    auto typed = [&](bool differs, const char* field) {
        if (differs) record_typing(ws, actor, AuditAction::service_edit, after.id, field);
    };
    typed(before.name != after.name, "name");
    typed(before.email != after.email, "email");
    typed(before.phone != after.phone, "phone");
    typed(before.url != after.url, "url");
    typed(before.keywords != after.keywords, "keywords");
    typed(before.topics != after.topics, "topics");
    typed(before.contact != after.contact, "contact");
    typed(before.hours != after.hours, "hours");
    return {};
}

Result delete_service(Workspace& ws, const Actor& actor, std::string_view service_id) {
    auto it = std::find_if(ws.services.begin(), ws.services.end(), [&](const Service& s) { return s.id == service_id; });
    if (it == ws.services.end()) return not_found();
    const Service gone = std::move(*it);
    ws.services.erase(it);
    for (Person& p : ws.people)
        if (p.service_id == gone.id) p.service_id.clear();
    for (InboxMessage& m : ws.messages)
        if (m.service_id == gone.id) m.service_id.clear();
    record(ws, actor, AuditAction::service_delete, gone.id, gone.name);
    return {};
}

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find_first_of(",;", start), text.size());
        const std::string word(text::trim(text.substr(start, end - start), text::Spaces::unicode));
        if (!word.empty() && std::find(out.begin(), out.end(), word) == out.end()) out.push_back(word);
        start = end + 1;
    }
    return out;
}

std::string join_words(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

}  // namespace parvis::edit
