// Edits of the reply templates (« modèles de réponse », issue 12): the situations the desk
// answers often, with variables filled from the message and the services directory
// (core/inbox/reply_template.h). Each takes the person acting and writes its audit entry:
//   reply_template.add     detail: the title
//   reply_template.edit    detail: the field code (title, text; one entry while typing)
//   reply_template.delete  detail: the title
#pragma once
#include <string>
#include <string_view>

#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "model/workspace.h"

namespace parvis::edit {

struct AddedTemplate {
    Result result;
    std::string id;  // set when done
};

// A new template. Refused (invalid_value at /reply_templates/N/title, reason control_character)
// for a title holding a control character (NUL, escape…: never typed, only pasted from damage).
AddedTemplate add_reply_template(Workspace& ws, const Actor& actor, std::string_view title, std::string_view text);

// Replaces the template whose id is `after.id` (the id cannot change). Same refusal as adding.
Result update_reply_template(Workspace& ws, const Actor& actor, const ReplyTemplate& after);

Result delete_reply_template(Workspace& ws, const Actor& actor, std::string_view template_id);

// A template id not used in the workspace: "tpl-N".
std::string new_reply_template_id(const Workspace& ws);

}  // namespace parvis::edit
