// Publishing results. See publish_edits.h.
#include "edit/publish_edits.h"

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
    const PostStatus target = done.scheduled ? PostStatus::scheduled : PostStatus::published;
    if (!done.scheduled) post->published_at = actor.at;
    if (done.scheduled && done.scheduled_at) post->scheduled_at = done.scheduled_at;
    const std::string id(post_id);
    // A post already « publié » (another account first) stays so; a scheduled one published now
    // becomes « publié ». The circuit was checked before sending: a refusal here changes nothing
    // of the fact that the platform holds the post, which the variant and the audit keep.
    if (post->status != target && !(post->status == PostStatus::published && done.scheduled))
        (void)strategy::set_status(ws, id, actor.person_id, target, {}, actor.at);
    record(ws, actor, done.scheduled ? AuditAction::post_schedule_remote : AuditAction::post_publish, id,
           done.permalink.empty() ? done.external_id : done.permalink, done.account_id);
    return {};
}

}  // namespace parvis::edit
