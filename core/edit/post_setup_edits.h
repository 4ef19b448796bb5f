// Edits of a post's setup in Rédaction (issue 13): its networks (one variant per account), its
// message type, campaign and tags, and « Dupliquer ». Like post_edits.h, each takes the person
// acting and writes its audit entry « post.edit » with a field code (« message_type »,
// « campaign », « tags », « variant_add@ACCOUNT », « variant_remove@ACCOUNT »).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "model/workspace.h"

namespace parvis::edit {

// Adds an empty variant for the account (not_found for an unknown account; unchanged when the
// post already has one for it).
Result add_variant(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view account_id);
// Removes the variant `variant`. Refused for the last one (a post goes out somewhere: cancel it
// instead), pointer « /posts/N/variants »; refused for a variant a platform holds scheduled,
// pointer « /posts/N/variants/M/remote_at » (cancel it there first).
Result remove_variant(Workspace& ws, const Actor& actor, std::string_view post_id, std::size_t variant);

// The type decides the validation circuit: changed only while the post is an idea or a draft
// (refused later, pointer « /posts/N/message_type »: refuse or withdraw it first). An unknown
// type id is not_found.
Result set_message_type(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view type_id);
// "" for no campaign; an unknown campaign id is not_found.
Result set_campaign(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view campaign_id);
// Tags as typed, « rentrée, Écoles , rentrée »: trimmed, a leading # dropped, empty and repeated
// ones (case-insensitive for ASCII letters) dropped, order kept.
std::vector<std::string> tags_from_text(std::string_view text);
Result set_tags(Workspace& ws, const Actor& actor, std::string_view post_id, std::vector<std::string> tags);

// A new draft with the post's title (`title`), type, campaign, tags and texts and images, owned by
// the actor, without date, status history, approvals or the platforms' ids. Audit « post.create »
// with detail « copy:SOURCE_ID ». Returns the new id, "" when the source does not exist.
std::string duplicate_post(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view title);

}  // namespace parvis::edit
