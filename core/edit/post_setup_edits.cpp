// Edits of a post's setup. See post_setup_edits.h.
#include "edit/post_setup_edits.h"

#include <algorithm>

#include "edit/post_edits.h"
#include "model/find.h"

namespace parvis::edit {
namespace {

Result refused_field(const Workspace& ws, const Post& post, const char* field) {
    Error e;
    e.code = ErrorCode::invalid_value;
    e.detail = field;
    e.pointer = "/posts/" + std::to_string(&post - ws.posts.data()) + "/" + field;
    return refused(std::move(e));
}

std::string ascii_lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

}  // namespace

Result add_variant(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view account_id) {
    Post* post = find_post(ws, post_id);
    if (!post || !find_account(ws, account_id)) return not_found();
    if (std::any_of(post->variants.begin(), post->variants.end(), [&](const PostVariant& v) { return v.account_id == account_id; }))
        return unchanged();
    PostVariant added;
    added.account_id = std::string(account_id);
    post->variants.push_back(std::move(added));
    record(ws, actor, AuditAction::post_edit, post_id, variant_field("variant_add", post->variants.back()));
    return {};
}

Result remove_variant(Workspace& ws, const Actor& actor, std::string_view post_id, std::size_t variant) {
    Post* post = find_post(ws, post_id);
    if (!post || variant >= post->variants.size()) return not_found();
    if (post->variants.size() == 1) return refused_field(ws, *post, "variants");
    // A variant a platform holds scheduled would still go out there: cancel it first (by moving
    // the post back to draft, core/connect/remote_schedule.h), then remove the network.
    if (const PostVariant& v = post->variants[variant]; v.remote_at && !v.external_id.empty()) {
        const std::string field = "variants/" + std::to_string(variant) + "/remote_at";
        return refused_field(ws, *post, field.c_str());
    }
    const std::string field = variant_field("variant_remove", post->variants[variant]);
    post->variants.erase(post->variants.begin() + static_cast<std::ptrdiff_t>(variant));
    record(ws, actor, AuditAction::post_edit, post_id, field);
    return {};
}

Result set_message_type(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view type_id) {
    Post* post = find_post(ws, post_id);
    if (!post) return not_found();
    const auto& types = ws.charter.message_types;
    if (std::none_of(types.begin(), types.end(), [&](const MessageType& t) { return t.id == type_id; })) return not_found();
    if (post->message_type_id == type_id) return unchanged();
    if (post->status != PostStatus::idea && post->status != PostStatus::draft) return refused_field(ws, *post, "message_type");
    post->message_type_id = std::string(type_id);
    record(ws, actor, AuditAction::post_edit, post_id, "message_type");
    return {};
}

Result set_campaign(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view campaign_id) {
    Post* post = find_post(ws, post_id);
    if (!post) return not_found();
    if (!campaign_id.empty() && !find_campaign(ws, campaign_id)) return not_found();
    if (post->campaign_id == campaign_id) return unchanged();
    post->campaign_id = std::string(campaign_id);
    record(ws, actor, AuditAction::post_edit, post_id, "campaign");
    return {};
}

std::vector<std::string> tags_from_text(std::string_view text) {
    std::vector<std::string> out;
    std::vector<std::string> seen;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        std::string_view tag = text.substr(start, comma - start);
        while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t' || tag.front() == '#')) tag.remove_prefix(1);
        while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
        if (!tag.empty()) {
            std::string key = ascii_lower(std::string(tag));
            if (std::find(seen.begin(), seen.end(), key) == seen.end()) {
                seen.push_back(std::move(key));
                out.emplace_back(tag);
            }
        }
        start = comma + 1;
    }
    return out;
}

Result set_tags(Workspace& ws, const Actor& actor, std::string_view post_id, std::vector<std::string> tags) {
    Post* post = find_post(ws, post_id);
    if (!post) return not_found();
    if (post->tags == tags) return unchanged();
    post->tags = std::move(tags);
    record_typing(ws, actor, AuditAction::post_edit, post_id, "tags");
    return {};
}

std::string duplicate_post(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view title) {
    const Post* source = find_post(ws, post_id);
    if (!source) return {};
    Post copy;
    copy.id = new_post_id(ws);
    copy.title = std::string(title);
    copy.message_type_id = source->message_type_id;
    copy.campaign_id = source->campaign_id;
    copy.tags = source->tags;
    copy.owner_id = actor.person_id;
    copy.status = PostStatus::draft;
    copy.format = source->format;
    for (const PostVariant& v : source->variants) {
        PostVariant c = v;
        c.external_id.clear();  // not published yet: the platforms' ids belong to the source
        c.permalink.clear();
        copy.variants.push_back(std::move(c));
    }
    record(ws, actor, AuditAction::post_create, copy.id, "copy:" + source->id);
    ws.posts.push_back(std::move(copy));
    return ws.posts.back().id;
}

}  // namespace parvis::edit
