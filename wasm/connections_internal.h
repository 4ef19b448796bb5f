// What connections.cpp (the links, the publish jobs' machinery, Mastodon), connections_bluesky.cpp
// (Bluesky's sign-in and its publish runs) and connections_sync.cpp (the relève, the replies)
// share. Private to the three: the screens see connections.h only.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "connect/failure.h"
#include "connect/http.h"
#include "connect/unsettled.h"
#include "connections.h"
#include "edit/platform_sync_edits.h"
#include "edit/publish_edits.h"
#include "i18n/catalogue.h"
#include "text/trim.h"

namespace parvis::app::connections_detail {

// A sentence of the catalogue in the user's language.
std::string say(const App& app, const char* key, const Args& args = {});
// What a person typed or pasted (a handle, a password, a token), without the spaces around it.
inline std::string trimmed(std::string_view s) { return std::string(text::trim(s, text::Spaces::unicode)); }

using Answer = std::function<void(App&, const connect::HttpResponse&)>;

std::string link_key(const std::string& workspace_id, const std::string& account_id);
AccountLink& link_of(App& app, const std::string& workspace_id, const std::string& account_id);
// Writes the link's record (tokens included) to the device's secrets database.
void store_link(App& app, const std::string& key);
// Hands a request to the platform's one HTTP bridge; `then` reads the answer.
void send(App& app, const connect::HttpRequest& request, Answer then);
PublishJob* find_job(App& app, const std::string& workspace_id, const std::string& post_id, const std::string& account_id);
// A publish job as one run of it knew it: an answer meant for an older run, or for a job since
// done, removed or tried again, finds nothing.
struct JobTag {
    std::string ws, post, account;
    int run = 0;
};
PublishJob* tagged_job(App& app, const JobTag& t, JobState state);
// A failed step of a publish: « Reconnectez le compte » on 401, a retry later (backoff honouring
// the platform's waiting headers; queued while offline), or refused with the platform's words.
void job_failed(App& app, PublishJob& job, const connect::Failure& failure);
// The platform holds the post: the job is done and the workspace records it (core/edit).
void job_published(App& app, PublishJob& job, const edit::PlatformPublish& done);
// An image of a post read from the device (platform media_read, IndexedDB) and checked against its
// SHA-256: `then` gets its bytes and MIME type, or nullptr when the device no longer holds it (or
// gives other bytes: never a damaged or other image is sent).
using ImageBytes = std::function<void(App&, const std::string* bytes, const std::string& mime)>;
void read_image(App& app, const Media& image, ImageBytes then);
// The same for the run `t` of a publish job: `then` gets the job, still sending in that run, and
// the bytes; an image the device no longer holds fails the job with its name, nothing sent.
using JobImage = std::function<void(App&, PublishJob&, const std::string& bytes, const std::string& mime)>;
void read_job_image(App& app, const JobTag& t, const Media& image, JobImage then);
// What a platform's answer says went wrong (ok when nothing: a 2xx), read now (the waiting
// headers count from now).
connect::Failure failure_of(const connect::HttpResponse& response, Network network);
// Why an answer is not what was asked: the platform's failure, or « unreadable » for a 2xx that
// says nothing usable.
connect::Failure answer_failure(const connect::HttpResponse& response, Network network);
// The same as job_failed for a reply (connections_sync.cpp).
void reply_failed(App& app, ReplyJob& job, const connect::Failure& failure);
// The relève of one account and a reply's (re)sending, from the tick (connections_sync.cpp).
void sync_account(App& app, const NetworkAccount& account);
void send_reply(App& app, ReplyJob& job);
// Moves and cancellations of posts scheduled on a platform (connections_remote.cpp), from the
// tick; a failure of one is handled like a publish's.
void follow_remote_schedules(App& app, double now);
void remote_failed(App& app, RemoteJob& job, const connect::Failure& failure);
bool job_due(JobState state, double next_try, double now);
// Bluesky's posts sent at their time, the missed ones listed (connections_due.cpp), from the tick.
void send_due_posts(App& app, double now);
// Publishes whose outcome is unknown (connections_unsettled.cpp): the record kept while a job is
// under way (begin before its first request, end once the workspace recorded the answer), the
// records read at start, and their look on the platform from the tick, before anything is resent.
void unsettled_begin(PublishJob& job);
void unsettled_end(PublishJob& job);
void unsettled_loaded(App& app, const std::string& key, const std::string& json);
void settle_unsettled(App& app, double now);
// Mastodon: the account's status created since `since` whose text as sent is `text` (a publish
// whose answer was lost, a status the instance published from a scheduled one): `then` gets it,
// nothing when none is, or why a request failed.
using StatusFound = std::function<void(App&, const std::optional<connect::mastodon::StatusHead>&, const connect::Failure&)>;
void mastodon_find_status(App& app, const std::string& key, Instant since, std::string text, StatusFound then);
// Posts a platform held scheduled, asked about once their time has passed
// (connections_published_there.cpp), from the relève of a Mastodon account or a Facebook Page.
void check_published_there(App& app, const NetworkAccount& account);
// The jobs waiting for this account to be connected again may now be retried.
void account_reconnected(App& app, const std::string& key);

// Bluesky's side, called by connections.cpp.
// Fills the job (rkey, text, images) from the post; empty, or why it cannot be published.
std::string bluesky_prepare(App& app, const Post& post, const PublishJob* existing, PublishJob& job);
void bluesky_send_job(App& app, PublishJob& job);
void bluesky_disconnect(App& app, const AccountLink& link, std::function<void(App&, bool)> forget);

// Facebook's side (connections_facebook.cpp).
std::string facebook_prepare(App& app, const Post& post, const PublishJob* existing, PublishJob& job);
void facebook_send_job(App& app, PublishJob& job);
void facebook_sync_account(App& app, const NetworkAccount& account);
// The reply to a comment brought back from Facebook; empty, or why it cannot be sent.
std::string facebook_reply_prepare(App& app, const InboxMessage& message, ReplyJob& job);
void facebook_send_reply(App& app, ReplyJob& job);
// What every network's relève shares (connections_sync.cpp): the account's link, if any; what
// it brought, recorded in the workspace it was asked for if still open (messages, then counts,
// each its own undo step; a non-empty `cursor` is where the next relève starts) and said in the
// link's sync state; and the end of one of its requests.
AccountLink* find_link(App& app, const std::string& key);
void sync_record(App& app, const std::string& ws_id, const std::string& account_id, const std::string& key,
                 const std::vector<edit::ReceivedMessage>& messages, const std::vector<edit::ReceivedCounts>& counts,
                 std::string_view cursor = {});
void sync_answered(App& app, const std::string& key, const connect::Failure& failure);
ReplyJob* find_reply(App& app, const std::string& workspace_id, const std::string& message_id);
// The platform holds the reply: the job is done and the message « répondu » (core/edit).
void reply_done(App& app, ReplyJob& job, std::string permalink);

// Bluesky's relève and replies (connections_bluesky_sync.cpp).
void bluesky_sync_account(App& app, const NetworkAccount& account);
std::string bluesky_reply_prepare(App& app, const InboxMessage& message, ReplyJob& job);
void bluesky_send_reply(App& app, ReplyJob& job);
// A request on a Bluesky account's PDS: built with the link's current connection, sent, and, if
// the access token has expired, sent once more after refreshSession (the new session kept).
using Build = std::function<connect::HttpRequest(const connect::Connection&)>;
void bluesky_call(App& app, const std::string& key, Build build, Answer then);

}  // namespace parvis::app::connections_detail
