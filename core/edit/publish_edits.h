// What a platform answered to a publish, written into the workspace (issue 11): the variant's
// platform id and permalink, the post's status, and the audit entry with who and the permalink.
// The web app calls it when Mastodon (or another connector) confirms; the same rules would serve
// the CLI. No token or request ever goes in: only what the platform made public.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "model/workspace.h"

namespace parvis::edit {

struct PlatformPublish {
    std::string account_id;
    std::string external_id;   // the status id, or the scheduled status's id
    std::string permalink;     // the published status's address; empty for a scheduled one
    bool scheduled = false;    // scheduled on the platform (Mastodon's scheduled_at)
    std::optional<Instant> scheduled_at;
    // When the platform published it, if not at the actor's time (a post it held scheduled).
    std::optional<Instant> published_at;
};

// Sets the variant's external_id and permalink; the post becomes « publié » (published_at = the
// actor's time) or « programmé » when its validation circuit is complete (audited « post.status »,
// like strategy::set_status, but whoever acts: the platform holds the post). Audit « post.publish » / « post.schedule_remote »: target the post, detail the
// permalink (or the scheduled id), comment the account id. Not found: no such post or no variant
// for the account. Unchanged: the variant already holds this external id (a replayed answer).
Result record_platform_publish(Workspace& ws, const Actor& actor, std::string_view post_id, const PlatformPublish& done);

// The platform moved the post it holds scheduled (core/connect/remote_schedule.h): the variant's
// remote_at becomes `at`. Audit « post.reschedule_remote »: detail the new instant (ISO 8601),
// comment the account. Not found: no such post, or the account's variant is not scheduled there.
Result record_platform_reschedule(Workspace& ws, const Actor& actor, std::string_view post_id,
                                  std::string_view account_id, Instant at);
// The platform no longer holds the scheduled post (cancelled there, or already gone): the
// variant's external_id and remote_at are cleared, so that it can be scheduled or published
// again. The post's own status is left as the person set it. Audit « post.cancel_remote »:
// detail the platform id that was cancelled, comment the account.
Result record_platform_cancel(Workspace& ws, const Actor& actor, std::string_view post_id, std::string_view account_id);

}  // namespace parvis::edit
