// Edits of the team (Stratégie › Personnes et circuit): the only way people are added, changed
// and removed. Each takes the person acting and writes its audit entry in codes.
#pragma once
#include <string>
#include <string_view>

#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "model/workspace.h"

namespace parvis::edit {

// A new person (role « contributeur » until chosen). Audit « person.add », target the new id,
// detail the name (so that the log still says who, once the person is gone).
std::string add_person(Workspace& ws, const Actor& actor, std::string_view name);

// Replaces the person whose id is `after.id` by `after`: a new role is audited « person.role »
// (detail the role's name), other fields « person.edit » (detail « name », « email »…, one entry
// while typing). The id cannot change.
Result update_person(Workspace& ws, const Actor& actor, const Person& after);

// Removes the person and their passphrase. Refused while something still refers to them (a post
// they own…: the reader's invariants), with the error pointing at it. Audit « person.remove »,
// detail the name.
Result remove_person(Workspace& ws, const Actor& actor, std::string_view person_id);

}  // namespace parvis::edit
