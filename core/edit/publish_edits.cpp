// Publishing results. See publish_edits.h.
#include "edit/publish_edits.h"

#include <utility>

#include "io/enum_names.h"
#include "io/time_text.h"
#include "model/find.h"
#include "strategy/circuit.h"

namespace parvis::edit {

Result record_platform_publish(Workspace& ws, const Actor& actor, std::string_view post_id, const PlatformPublish& done) {
    Post* post = find_post(ws, post_id);
    if (!post) return not_found();
    PostVariant* variant = nullptr;
    for (PostVariant& v : post->variants)
        if (v.account_id == done.account_id) variant = &v;
    if (!variant) return not_found();
    if (variant->external_id == done.external_id && variant->permalink == done.permalink) return unchanged();
    variant->external_id = done.external_id;
    variant->permalink = done.permalink;
    variant->remote_at = done.scheduled ? done.scheduled_at : std::nullopt;
    const PostStatus target = done.scheduled ? PostStatus::scheduled : PostStatus::published;
    if (!done.scheduled) post->published_at = done.published_at.value_or(actor.at);
    if (done.scheduled && done.scheduled_at) post->scheduled_at = done.scheduled_at;
    const std::string id(post_id);
    // A post already « publié » (another account first) stays so; a scheduled one published now
    // becomes « publié ». Not through strategy::set_status, which wants a person of the team: the
    // platform holds the post whoever sent it (nobody chosen at start is « personne » in the log).
    // The circuit was checked before sending; should it have changed since, the status is left
    // and the variant and the audit still say what the platform holds.
    if (post->status != target && !(post->status == PostStatus::published && done.scheduled) && strategy::can_schedule(ws, *post)) {
        record(ws, actor, AuditAction::post_status, id,
               std::string(io::enum_name(post->status)) + ">" + std::string(io::enum_name(target)));
        post->status = target;
    }
    record(ws, actor, done.scheduled ? AuditAction::post_schedule_remote : AuditAction::post_publish, id,
           done.permalink.empty() ? done.external_id : done.permalink, done.account_id);
    return {};
}

namespace {

// The variant of `account_id` that the platform holds scheduled, or nullptr.
PostVariant* scheduled_there(Workspace& ws, std::string_view post_id, std::string_view account_id) {
    Post* post = find_post(ws, post_id);
    if (!post) return nullptr;
    for (PostVariant& v : post->variants)
        if (v.account_id == account_id && v.remote_at && !v.external_id.empty()) return &v;
    return nullptr;
}

}  // namespace

Result record_platform_reschedule(Workspace& ws, const Actor& actor, std::string_view post_id,
                                  std::string_view account_id, Instant at) {
    PostVariant* variant = scheduled_there(ws, post_id, account_id);
    if (!variant) return not_found();
    if (*variant->remote_at == at) return unchanged();
    variant->remote_at = at;
    record(ws, actor, AuditAction::post_reschedule_remote, post_id, io::format_instant(at), std::string(account_id));
    return {};
}

Result record_platform_cancel(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view account_id) {
    PostVariant* variant = scheduled_there(ws, post_id, account_id);
    if (!variant) return not_found();
    std::string cancelled = std::exchange(variant->external_id, {});
    variant->remote_at.reset();
    record(ws, actor, AuditAction::post_cancel_remote, post_id, std::move(cancelled), std::string(account_id));
    return {};
}

}  // namespace parvis::edit
