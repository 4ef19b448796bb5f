// Edits of posts: the only way the UI and the CLI create, change and move a post (issue 17).
// Each takes the person acting (Actor) and writes its audit entry in codes (audit_log.h); the
// caller then marks the document edited (Result::changed()) so that it is saved and undoable.
// Status changes and approvals go through the validation circuit (core/strategy/circuit.h).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "model/workspace.h"

namespace parvis::edit {

struct NewPost {
    std::string title;              // « Nouvelle publication » when empty is the caller's choice
    std::optional<Instant> at;      // none: not scheduled yet (Rédaction); the calendar gives one
};

// A new draft owned by the actor, with one variant per active account and the charter's first
// message type. Audit « post.create », detail the ISO instant (or empty). Returns its id.
std::string create_post(Workspace& ws, const Actor& actor, const NewPost& post);

// A post id not used in the workspace: "post-N".
std::string new_post_id(const Workspace& ws);

// Texts typed in a box: audit « post.edit » with the field code (title, text@ACCOUNT,
// alt@ACCOUNT#N), one entry per field while the person keeps typing (record_typing).
Result set_post_title(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view title);
Result set_variant_text(Workspace& ws, const Actor& actor, std::string_view post_id, std::size_t variant,
                        std::string_view text);
Result set_alt_text(Workspace& ws, const Actor& actor, std::string_view post_id, std::size_t variant,
                    std::size_t media, std::string_view alt_text);

// Adds an image to every variant of the post (the same picture goes with the post on each
// network; « Retirer » takes it off one). `image` names its file by content (media_ref.h); it must
// have a sha256 and a mime. Audit « post.edit », field « media_add » with the file's name in the
// comment. Refused when the post has no variant. A variant that holds the same file already keeps
// it once.
Result add_image(Workspace& ws, const Actor& actor, std::string_view post_id, const Media& image);
// Takes image `media` off variant `variant`. Audit « post.edit », field « media_remove@ACCOUNT#N ».
Result remove_media(Workspace& ws, const Actor& actor, std::string_view post_id, std::size_t variant, std::size_t media);

// Moves the post to `at`. Audit « post.reschedule », detail « OLD>NEW » (ISO, OLD empty when it
// had no date).
Result reschedule_post(Workspace& ws, const Actor& actor, std::string_view post_id, Instant at);

// Sets or removes (nullopt) the post's repetition. Audit « post.recurrence », detail the
// frequency's name or « none ». Refused for a post without a date (repetition starts there).
Result set_recurrence(Workspace& ws, const Actor& actor, std::string_view post_id,
                      const std::optional<Recurrence>& recurrence);

// Marks the post as evergreen content (put back in the queue after publication). Audit
// « post.evergreen », detail « on » / « off ».
Result set_evergreen(Workspace& ws, const Actor& actor, std::string_view post_id, bool evergreen);

}  // namespace parvis::edit
