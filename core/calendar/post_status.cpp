// See post_status.h. The transition table is the one place that says which changes are allowed.
#include "calendar/post_status.h"

#include <algorithm>
#include <string>

#include "edit/audit_log.h"
#include "io/enum_names.h"

namespace parvis::calendar {

const char* post_status_label(PostStatus status, Lang lang) {
    const bool fr = lang == Lang::fr;
    switch (status) {
        case PostStatus::idea: return fr ? "idée" : "idea";
        case PostStatus::draft: return fr ? "brouillon" : "draft";
        case PostStatus::to_validate: return fr ? "à valider" : "to validate";
        case PostStatus::validated: return fr ? "validé" : "validated";
        case PostStatus::scheduled: return fr ? "programmé" : "scheduled";
        case PostStatus::published: return fr ? "publié" : "published";
        case PostStatus::failed: return fr ? "échec" : "failed";
        case PostStatus::cancelled: return fr ? "annulé" : "cancelled";
    }
    return "";
}

bool transition_allowed(PostStatus from, PostStatus to, StatusOptions options) {
    using S = PostStatus;
    if (from == to) return false;
    switch (from) {
        case S::idea: return to == S::draft || to == S::cancelled;
        case S::draft:
            return to == S::idea || to == S::to_validate || to == S::cancelled ||
                   (options.no_validation_needed && to == S::validated);
        case S::to_validate:
            // Back to the draft when a validator asks for changes.
            return to == S::draft || to == S::cancelled ||
                   (to == S::validated && options.circuit_complete);
        case S::validated: return to == S::scheduled || to == S::draft || to == S::cancelled;
        case S::scheduled:
            // Unscheduling goes back to « validé »; an edit after validation goes to the draft.
            return to == S::published || to == S::failed || to == S::cancelled || to == S::validated ||
                   to == S::draft;
        case S::failed: return to == S::scheduled || to == S::draft || to == S::cancelled;
        case S::published: return false;  // history: a published post is not un-published
        case S::cancelled: return to == S::draft || to == S::idea;
    }
    return false;
}

std::vector<PostStatus> allowed_transitions(PostStatus from, StatusOptions options) {
    std::vector<PostStatus> out;
    for (int i = 0; i <= static_cast<int>(PostStatus::cancelled); ++i)
        if (transition_allowed(from, static_cast<PostStatus>(i), options))
            out.push_back(static_cast<PostStatus>(i));
    return out;
}

StatusChange change_status(Workspace& workspace, std::string_view post_id, PostStatus to,
                           std::string_view person_id, Instant at, std::string_view comment,
                           StatusOptions options) {
    auto it = std::find_if(workspace.posts.begin(), workspace.posts.end(),
                           [&](const Post& p) { return p.id == post_id; });
    if (it == workspace.posts.end()) return StatusChange::unknown_post;
    if (it->status == to) return StatusChange::unchanged;
    if (!transition_allowed(it->status, to, options)) return StatusChange::not_allowed;
    std::string detail = std::string(io::enum_name(it->status)) + ">" + std::string(io::enum_name(to));
    it->status = to;
    if (to == PostStatus::published) it->published_at = at;
    edit::record(workspace, {std::string(person_id), at}, edit::AuditAction::post_status, post_id, detail, std::string(comment));
    return StatusChange::done;
}

}  // namespace parvis::calendar
