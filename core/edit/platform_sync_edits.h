// What a connected network brings back (issue 11), written into the workspace: mentions and
// replies become messages of the desk (Messages), and the counts of the posts it published become
// figures (Indicateurs). The web app calls these with what core/connect/bring_back.h read from the
// platform's answers; they do no I/O and know no platform.
//
// Never twice: a message is known by its account and the platform's id of it (external_id), so a
// second relève — or the same answer read again after a cut connection — adds nothing. Counts of
// a day replace that day's counts of the post, and leave the other figures (impressions from an
// export) as they are.
//
// Audit: « messages.receive » (target the account, detail the number added) and « metrics.sync »
// (target the account, detail the number of posts whose figures changed). Outcomes: not_found for
// an unknown account, unchanged when nothing is new.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "model/workspace.h"

namespace parvis::edit {

// At most this many messages are taken from one answer, and each text is cut to kMaxReceivedText
// bytes (at a character boundary): a hostile or broken server cannot swell the workspace.
inline constexpr std::size_t kMaxReceivedMessages = 200;
inline constexpr std::size_t kMaxReceivedText = 10'000;
// A platform id (a Mastodon snowflake, a Bluesky at:// URI) is short: a longer one, or cursor, is
// damage and is not kept.
inline constexpr std::size_t kMaxPlatformId = 512;

struct ReceivedMessage {
    std::string external_id;  // the platform's id (a Mastodon status id, a Bluesky at:// URI)
    std::string in_reply_to;  // the platform id of what it answers, "" for a mention alone
    std::string author;       // « @citoyen@instance », « citoyen.bsky.social »
    std::string text;
    Instant received_at{};
};

struct ReceivedMessages {
    Result result;
    std::size_t added = 0;
};

// Adds the messages not held yet, unread. A reply to one of our posts on that account (a variant
// whose external_id is `in_reply_to`) is a « commentaire » of that post; anything else a
// « mention ». Entries without an external id are skipped. A non-empty `cursor` becomes the
// account's messages_cursor (where the next relève starts); moving only the cursor is a change
// without an audit entry (bookkeeping, not a person's decision).
ReceivedMessages receive_platform_messages(Workspace& ws, const Actor& actor, std::string_view account_id,
                                           const std::vector<ReceivedMessage>& messages, std::string_view cursor = {});

struct ReceivedCounts {
    std::string external_id;  // the published post's id on the platform
    Count replies, reposts, likes;
    Count impressions, reach;  // only where the platform gives them (Facebook's insights); missing: kept as they are
};

struct RecordedCounts {
    Result result;
    std::size_t posts = 0;  // posts whose figures changed
};

// The counts as the platform says them on `day` (the collectivité's today): comments = replies,
// shares = reposts, reactions = likes, in the post's figures of that day for that account;
// impressions and reach too when given (an export's figures of that day stay otherwise).
// Counts of a post Parvis does not know are left out; a negative or too-large count is missing.
RecordedCounts record_platform_counts(Workspace& ws, const Actor& actor, std::string_view account_id,
                                      const std::vector<ReceivedCounts>& counts, Day day);

}  // namespace parvis::edit
