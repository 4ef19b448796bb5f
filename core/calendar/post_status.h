// The status workflow of a post: idée → brouillon → à valider → validé → programmé → publié /
// échec / annulé, in one place. Every change goes through change_status, which writes the audit
// log (who, when, from → to, comment). The validation circuit (approvals in order, strategy
// issue) plugs in through StatusOptions::circuit_complete.
#pragma once
#include <string_view>
#include <vector>

#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::calendar {

// French label: « idée », « brouillon », « à valider », « validé », « programmé », « publié »,
// « échec », « annulé » (English with Lang::en).
const char* post_status_label(PostStatus status, Lang lang = Lang::fr);

struct StatusOptions {
    // False when the message type has a validation circuit whose approvals are not all given:
    // « à valider » → « validé » is then refused. The strategy module computes it.
    bool circuit_complete = true;
    // True when the message type has no validation circuit: « brouillon » → « validé » allowed.
    bool no_validation_needed = false;
};

bool transition_allowed(PostStatus from, PostStatus to, StatusOptions options = {});
std::vector<PostStatus> allowed_transitions(PostStatus from, StatusOptions options = {});

enum class StatusChange { done, unknown_post, not_allowed, unchanged };

// Changes the status of the post `post_id` if allowed and appends an AuditEntry {at, person_id,
// "post.status", post_id, "draft>to_validate", comment}. Publishing sets published_at.
StatusChange change_status(Workspace& workspace, std::string_view post_id, PostStatus to,
                           std::string_view person_id, Instant at, std::string_view comment = {},
                           StatusOptions options = {});

}  // namespace parvis::calendar
