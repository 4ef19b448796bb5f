// Edits of the team. See team_edits.h.
#include "edit/team_edits.h"

#include <algorithm>
#include <utility>

#include "io/enum_names.h"
#include "model/find.h"
#include "io/workspace_json.h"

namespace parvis::edit {

std::string add_person(Workspace& ws, const Actor& actor, std::string_view name) {
    Person p;
    for (std::size_t n = ws.people.size() + 1;; ++n) {
        p.id = "person-" + std::to_string(actor.at.time_since_epoch().count()) + "-" + std::to_string(n);
        if (std::none_of(ws.people.begin(), ws.people.end(), [&](const Person& q) { return q.id == p.id; })) break;
    }
    p.name = std::string(name);
    p.role = Role::contributor;
    ws.people.push_back(p);
    record(ws, actor, AuditAction::person_add, p.id, p.name);
    return p.id;
}

Result update_person(Workspace& ws, const Actor& actor, const Person& after) {
    Person* person = find_person(ws, after.id);
    if (!person) return not_found();
    if (*person == after) return unchanged();
    const Person before = std::exchange(*person, after);
    if (before.role != after.role) record(ws, actor, AuditAction::person_role, after.id, std::string(io::enum_name(after.role)));
    if (before.name != after.name) record_typing(ws, actor, AuditAction::person_edit, after.id, "name");
    if (before.email != after.email) record_typing(ws, actor, AuditAction::person_edit, after.id, "email");
    if (before.service_id != after.service_id) record(ws, actor, AuditAction::person_edit, after.id, "service");
    return {};
}

Result remove_person(Workspace& ws, const Actor& actor, std::string_view person_id) {
    auto it = std::find_if(ws.people.begin(), ws.people.end(), [&](const Person& p) { return p.id == person_id; });
    if (it == ws.people.end()) return not_found();
    // The reader's invariants say what still refers to the person (a post they own…): check them
    // on the workspace without the person, and put the person back when one breaks.
    const auto at = it - ws.people.begin();
    const Person gone = std::move(*it);
    ws.people.erase(it);
    if (Error e = check_invariants(ws)) {
        ws.people.insert(ws.people.begin() + at, gone);
        return refused(std::move(e));
    }
    std::erase_if(ws.passphrases, [&](const PersonPassphrase& p) { return p.person_id == gone.id; });
    record(ws, actor, AuditAction::person_remove, gone.id, gone.name);
    return {};
}

}  // namespace parvis::edit
