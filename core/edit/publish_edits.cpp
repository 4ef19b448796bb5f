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
    const PostStatus target = done.scheduled ? PostStatus::scheduled : PostStatus::published;
    if (!done.scheduled) post->published_at = actor.at;
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

PostVariant* scheduled_variant(Post* post, std::string_view account_id) {
    if (!post) return nullptr;
    for (PostVariant& v : post->variants)
        if (v.account_id == account_id && !v.external_id.empty() && v.permalink.empty()) return &v;
    return nullptr;
}

}  // namespace

Result record_platform_reschedule(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view account_id, Instant at) {
    Post* post = find_post(ws, post_id);
    PostVariant* variant = scheduled_variant(post, account_id);
    if (!variant) return not_found();
    record(ws, actor, AuditAction::post_reschedule_remote, std::string(post_id), variant->external_id + ">" + io::format_instant(at),
           std::string(account_id));
    return {};
}

Result record_platform_unschedule(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view account_id) {
    Post* post = find_post(ws, post_id);
    PostVariant* variant = scheduled_variant(post, account_id);
    if (!variant) return not_found();
    const std::string deleted = std::exchange(variant->external_id, {});
    bool held_elsewhere = false;
    for (const PostVariant& v : post->variants) held_elsewhere = held_elsewhere || !v.external_id.empty() || !v.permalink.empty();
    const std::string id(post_id);
    if (post->status == PostStatus::scheduled && !held_elsewhere) {
        const PostStatus back = strategy::circuit_of(ws, *post).empty() ? PostStatus::draft : PostStatus::validated;
        record(ws, actor, AuditAction::post_status, id, std::string(io::enum_name(post->status)) + ">" + std::string(io::enum_name(back)));
        post->status = back;
    }
    record(ws, actor, AuditAction::post_unschedule_remote, id, deleted, std::string(account_id));
    return {};
}

}  // namespace parvis::edit
