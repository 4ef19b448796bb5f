// Edits of posts. See post_edits.h.
#include "edit/post_edits.h"

#include <algorithm>
#include <cstdio>

#include "io/enum_names.h"
#include "io/time_text.h"
#include "model/find.h"

namespace parvis::edit {

std::string new_post_id(const Workspace& ws) {
    for (std::size_t n = ws.posts.size() + 1;; ++n) {
        char id[32];
        std::snprintf(id, sizeof id, "post-%zu", n);
        if (std::none_of(ws.posts.begin(), ws.posts.end(), [&](const Post& p) { return p.id == id; })) return id;
    }
}

std::string create_post(Workspace& ws, const Actor& actor, const NewPost& options) {
    Post post;
    post.id = new_post_id(ws);
    post.title = options.title;
    post.status = PostStatus::draft;
    post.scheduled_at = options.at;
    post.owner_id = actor.person_id;
    if (!ws.charter.message_types.empty()) post.message_type_id = ws.charter.message_types.front().id;
    for (const NetworkAccount& a : ws.accounts)
        if (a.active) post.variants.push_back(PostVariant{.account_id = a.id});
    record(ws, actor, AuditAction::post_create, post.id, options.at ? io::format_instant(*options.at) : std::string());
    ws.posts.push_back(std::move(post));
    return ws.posts.back().id;
}

Result set_post_title(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view title) {
    Post* post = find_post(ws, post_id);
    if (!post) return not_found();
    if (post->title == title) return unchanged();
    post->title = std::string(title);
    record_typing(ws, actor, AuditAction::post_edit, post_id, "title");
    return {};
}

Result set_variant_text(Workspace& ws, const Actor& actor, std::string_view post_id, std::size_t variant,
                        std::string_view text) {
    Post* post = find_post(ws, post_id);
    if (!post || variant >= post->variants.size()) return not_found();
    PostVariant& v = post->variants[variant];
    if (v.text == text) return unchanged();
    v.text = std::string(text);
    record_typing(ws, actor, AuditAction::post_edit, post_id, variant_field("text", v));
    return {};
}

Result set_alt_text(Workspace& ws, const Actor& actor, std::string_view post_id, std::size_t variant,
                    std::size_t media, std::string_view alt_text) {
    Post* post = find_post(ws, post_id);
    if (!post || variant >= post->variants.size() || media >= post->variants[variant].media.size()) return not_found();
    PostVariant& v = post->variants[variant];
    if (v.media[media].alt_text == alt_text) return unchanged();
    v.media[media].alt_text = std::string(alt_text);
    record_typing(ws, actor, AuditAction::post_edit, post_id, variant_field("alt", v) + "#" + std::to_string(media));
    return {};
}

Result add_image(Workspace& ws, const Actor& actor, std::string_view post_id, const Media& image) {
    Post* post = find_post(ws, post_id);
    if (!post) return not_found();
    if (post->variants.empty() || image.sha256.empty() || image.mime.empty()) {
        Error e;
        e.code = ErrorCode::invalid_value;
        e.detail = post->variants.empty() ? "variants" : "media";
        e.pointer = "/posts/" + std::to_string(post - ws.posts.data()) + "/variants";
        return refused(std::move(e));
    }
    bool added = false;
    for (PostVariant& v : post->variants) {
        if (std::any_of(v.media.begin(), v.media.end(), [&](const Media& m) { return m.sha256 == image.sha256; })) continue;
        v.media.push_back(image);
        added = true;
    }
    if (!added) return unchanged();
    record(ws, actor, AuditAction::post_edit, post_id, "media_add", image.name);
    return {};
}

Result remove_media(Workspace& ws, const Actor& actor, std::string_view post_id, std::size_t variant, std::size_t media) {
    Post* post = find_post(ws, post_id);
    if (!post || variant >= post->variants.size() || media >= post->variants[variant].media.size()) return not_found();
    PostVariant& v = post->variants[variant];
    const std::string name = v.media[media].name;
    v.media.erase(v.media.begin() + static_cast<std::ptrdiff_t>(media));
    record(ws, actor, AuditAction::post_edit, post_id, variant_field("media_remove", v) + "#" + std::to_string(media), name);
    return {};
}

Result reschedule_post(Workspace& ws, const Actor& actor, std::string_view post_id, Instant at) {
    Post* post = find_post(ws, post_id);
    if (!post) return not_found();
    if (post->scheduled_at == at) return unchanged();
    std::string detail = (post->scheduled_at ? io::format_instant(*post->scheduled_at) : std::string()) + ">" + io::format_instant(at);
    post->scheduled_at = at;
    record(ws, actor, AuditAction::post_reschedule, post_id, std::move(detail));
    return {};
}

Result set_recurrence(Workspace& ws, const Actor& actor, std::string_view post_id, const std::optional<Recurrence>& recurrence) {
    Post* post = find_post(ws, post_id);
    if (!post) return not_found();
    if (post->recurrence == recurrence) return unchanged();
    if (recurrence && !post->scheduled_at) {
        Error e;
        e.code = ErrorCode::invalid_value;
        e.detail = "recurrence";
        e.pointer = "/posts/" + std::to_string(post - ws.posts.data()) + "/scheduled_at";
        return refused(std::move(e));
    }
    post->recurrence = recurrence;
    record(ws, actor, AuditAction::post_recurrence, post_id,
           recurrence ? std::string(io::enum_name(recurrence->frequency)) : std::string("none"));
    return {};
}

Result set_evergreen(Workspace& ws, const Actor& actor, std::string_view post_id, bool evergreen) {
    Post* post = find_post(ws, post_id);
    if (!post) return not_found();
    if (post->evergreen == evergreen) return unchanged();
    post->evergreen = evergreen;
    record(ws, actor, AuditAction::post_evergreen, post_id, evergreen ? "on" : "off");
    return {};
}

}  // namespace parvis::edit
