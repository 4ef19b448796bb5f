// Edits of the services directory (Stratégie › Services): the municipal services citizens are
// redirected to, which the inbox's routing relies on. Each takes the person acting and writes its
// audit entry in codes. Importing a directory from CSV is core/interop/services_import.h.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "model/workspace.h"

namespace parvis::edit {

// A new service named `name`. Audit « service.add », detail the name. Returns its id.
std::string add_service(Workspace& ws, const Actor& actor, std::string_view name);

// A service id not used in the workspace: "service-N".
std::string new_service_id(const Workspace& ws);

// Replaces the service whose id is `after.id` by `after` (the id cannot change). Audit
// « service.edit » with the field code (name, email, phone, url, keywords, topics, contact,
// hours; one entry while typing).
Result update_service(Workspace& ws, const Actor& actor, const Service& after);

// Removes the service; the people attached to it and the messages routed to it keep no
// reference (they are no longer routed). Audit « service.delete », detail the name.
Result delete_service(Workspace& ws, const Actor& actor, std::string_view service_id);

// Keywords and topics as typed in one box: « fuite, compteur ; eau » → {"fuite", "compteur",
// "eau"} (',' or ';' separate, spaces trimmed, empty and repeated words dropped), and back.
std::vector<std::string> split_words(std::string_view text);
std::string join_words(const std::vector<std::string>& words);

}  // namespace parvis::edit
