// The app's side of the connectors (issue 11): which accounts of the open workspace are connected
// on this device, the sign-in in progress, and the publishes under way with their retries. Part
// of the controller (App::connections, carried out by connections.cpp): the screens read this and
// push intents (intent.h); only the controller talks to wasm/platform/.
//
// Where secrets live: tokens, OAuth clients and the PKCE verifier of a sign-in in progress are in
// memory here and in the device's own secrets database (platform secret_write, a database apart
// from the workspaces). They never enter the workspace (so never its saves, exports, undo history
// or audit log), the test hook's summary, or any message.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "connect/due_posts.h"
#include "connect/http.h"
#include "connect/mastodon.h"
#include "connect/publish_plan.h"
#include "connect/remote_schedule.h"
#include "connect/unsettled.h"

namespace parvis::platform { struct Event; }

namespace parvis::app {

struct App;

enum class LinkState {
    disconnected,  // « non connecté »
    connecting,    // registering, signing in, exchanging the code
    connected,     // « connecté en tant que @handle »
    error,         // the last attempt failed: `message` says why, in French
    reconnect,     // the platform answered 401: « Reconnectez le compte »
};

// The relève of one account (bringing back mentions and counts): when it last ran, what it found,
// what went wrong. Runs every kSyncEvery seconds while Parvis is open, online and the account
// connected, and at once on « Relever maintenant ».
inline constexpr double kSyncEvery = 300;
struct SyncState {
    int in_flight = 0;                  // requests of this relève still unanswered
    double next = 0;                    // app clock of the next automatic relève (0: at once)
    std::optional<Instant> last_at;     // the last relève that finished
    std::size_t messages = 0, posts = 0;  // what it brought: new messages, posts whose counts changed
    std::string message;                // translated: what went wrong, "" when it went well
    std::string note;                   // translated: what it could not bring, without failing
};

// One account of one workspace, as connected on this device.
struct AccountLink {
    LinkState state = LinkState::disconnected;
    connect::Connection connection;  // base, token (secret), acct, @handle
    std::string redirect_uri;        // of the OAuth client that issued the token (for revoking)
    std::optional<connect::mastodon::InstanceLimits> limits;
    std::string message;             // translated: what went wrong, or what is going on
    SyncState sync;
    std::string refresh_token;       // Bluesky: the session's refreshJwt (secret), for a new access token
};

// Parvis registered on an instance (POST /api/v1/apps), once per instance and redirect URI.
struct OAuthClient {
    std::string base, redirect_uri;
    connect::mastodon::App app;
};

// A sign-in waiting for the platform's code (its redirect back, or the code pasted).
struct PendingSignIn {
    std::string workspace_id, account_id, base, redirect_uri, state, verifier;
    bool out_of_band = false;
};

enum class JobState {
    sending,    // « Envoi… »
    waiting,    // a retry is due at next_try (rate limit, server error, no answer)
    queued,     // no network: sent again when the browser is online
    reconnect,  // 401: the account must be connected again; nothing was published
    failed,     // refused by the platform: `message` says why
    checking,   // a publish the last session left unanswered: is it on the platform? (nothing sent)
    done,       // published or scheduled: `permalink` / the variant's external id
};

// One publish of one post on one account. The request, with its token and its Idempotency-Key,
// is kept as it was first sent: a retry sends the very same request, so the server recognises it
// and never posts twice.
struct PublishJob {
    std::string workspace_id, post_id, account_id;
    bool schedule = false;
    connect::HttpRequest request;  // holds the token: never printed, never stored
    int attempt = 0;
    JobState state = JobState::sending;
    double next_try = 0;           // app clock (seconds)
    std::string message;
    std::string permalink;
    // Bluesky (connections_bluesky.cpp): a publish is a run of requests (handles, images, the
    // record). The record key and creation instant are fixed at the first attempt, so every retry
    // looks for, and creates, the very same record; `run` tells a late answer of an older run.
    Network network = Network::mastodon;
    std::string rkey;
    Instant created_at{};
    std::string text;
    std::vector<Media> images;
    int run = 0;
    // Mastodon and Facebook with images (connections.cpp, connections_facebook.cpp): a run uploads
    // `images` again, then sends `request` with the ids gathered (Mastodon: same Idempotency-Key;
    // Facebook: the Page's posts looked at first on a retry). `processing`: the id the instance still
    // processes, polled again at `next_try` (app clock) while the job is `sending`.
    std::vector<std::string> media_ids;
    std::string processing;
    int polls = 0;
    // Facebook (connections_facebook.cpp): the time the post was asked to be scheduled at; with
    // `created_at` (the first attempt) and `text`, what finds a post whose answer was lost.
    std::optional<Instant> scheduled_for;
    // Kept in the device's database while its outcome is unknown (connections_unsettled.cpp).
    bool journaled = false;
};

// A reply to a citizen's message sent through the account it came from (Messages' « Répondre sur
// Mastodon »). Like a publish, the request is kept as first sent, Idempotency-Key included.
struct ReplyJob {
    std::string workspace_id, message_id, account_id, text;
    bool direct = false;           // a private reply
    Network network = Network::mastodon;
    Instant sent_at{};             // Facebook: the first attempt, to find a reply whose answer was lost
    connect::HttpRequest request;  // holds the token: never printed, never stored
    int attempt = 0;
    JobState state = JobState::sending;
    double next_try = 0;
    std::string message;
    std::string permalink;
};

// A post scheduled on a platform following what was done to it in Parvis (remote_schedule.h):
// the move or cancellation carried there. One per post and account; a newer change replaces it.
struct RemoteJob {
    std::string workspace_id;
    connect::RemoteChange change;
    int attempt = 0;
    JobState state = JobState::sending;
    double next_try = 0;
    std::string message;  // translated: under way, done, or why not
    int run = 0;          // tells a late answer of a replaced change
};

struct Connections {
    bool ready = false;            // the secrets database was read
    std::string unavailable;       // its error code when it cannot open
    std::map<std::string, AccountLink> links;  // by "WORKSPACE|ACCOUNT"
    std::vector<OAuthClient> clients;
    std::optional<PendingSignIn> pending;
    std::string returned_query;    // « ?code=&state= » as the page was opened
    std::map<int, std::function<void(App&, const connect::HttpResponse&)>> waiting;  // by request
    std::vector<PublishJob> jobs;
    std::vector<ReplyJob> replies;
    std::vector<RemoteJob> remote;
    std::optional<std::uint64_t> remote_revision;  // the workspace revision last compared
    // Posts Parvis sends at their time (Bluesky, due_posts.h): looked for every kDueEvery seconds;
    // the missed ones wait for a person's decision (Rédaction's banner).
    double due_next = 0;
    std::vector<connect::DuePost> missed;
    // Publishes the last session left without an answer (connect/unsettled.h), read at start:
    // each is looked for on its platform once its workspace is open and its account connected,
    // before anything is sent again.
    std::vector<connect::Unsettled> unsettled;
    int pending_write = 0;         // the sign-in's secret write, awaited before leaving the page
    std::string leave_to;          // the platform's sign-in page, once the workspace is stored
    double clock = 0;              // the app clock at the last tick
    // The images' bytes asked of the device for an upload (Bluesky, Mastodon), by media_read request.
    std::map<int, std::function<void(App&, const platform::Event&)>> media_waiting;
};

// Lifecycle (app.cpp): reads the page's address and opens the secrets at start; events and the
// per-frame tick carry on the sign-ins, retries and the queue.
void connections_start(App& app);
void connections_event(App& app, platform::Event& event);
void connections_tick(App& app, double now);

// The link of an account of the open workspace (disconnected when none).
const AccountLink& account_link(const App& app, const std::string& account_id);
const PublishJob* publish_job(const App& app, const std::string& post_id, const std::string& account_id);
const PendingSignIn* pending_sign_in(const App& app, const std::string& account_id);

// Carried out from intents (app.cpp, carry_out_intents).
void connect_account(App& app, const std::string& account_id, bool out_of_band);
void submit_sign_in_code(App& app, const std::string& account_id, const std::string& code);
void disconnect_account(App& app, const std::string& account_id);  // after the UI's confirmation
void publish_on_platform(App& app, const std::string& post_id, const std::string& account_id, bool schedule);
void retry_publish(App& app, const std::string& post_id, const std::string& account_id);

// Bringing back (Mastodon; Facebook in connections_facebook.cpp): mentions or comments → Messages,
// counts of the recent posts → Indicateurs, for every connected account of the open workspace (« Relever maintenant »; also automatic, see
// SyncState). The reply to a message brought back, sent on its account.
void sync_accounts(App& app);
bool syncing(const App& app);
void reply_on_platform(App& app, const std::string& message_id, const std::string& text, bool direct);
const ReplyJob* reply_job(const App& app, const std::string& message_id);
// Bluesky (connections_bluesky.cpp): sign-in with the account's handle and an app password
// (createSession on its PDS).
void connect_bluesky(App& app, const std::string& account_id, const std::string& identifier, const std::string& app_password);
// Facebook (connections_facebook.cpp): a Page access token pasted, checked with the Graph API
// (the Page's id and name) before it is kept; the Page id may be left empty (/me is the Page).
void connect_facebook(App& app, const std::string& account_id, const std::string& page_id, const std::string& token);
// The bytes of an image a publish (Bluesky or Mastodon) asked for (true when the event was its own).
bool bluesky_media_bytes(App& app, const platform::Event& event);

// Posts on Bluesky, which cannot schedule, are sent at their time while Parvis is open (from the
// tick); those whose time passed while it was closed are listed here for a decision.
inline constexpr double kDueEvery = 5;
const std::vector<connect::DuePost>& missed_posts(const App& app);

// Posts scheduled on a platform follow the workspace by themselves (from the tick); crisis mode's
// offer cancels there the posts it holds (« Annuler sur les plateformes »).
void cancel_held_on_platforms(App& app);
const RemoteJob* remote_job(const App& app, const std::string& post_id, const std::string& account_id);

// What the test hook shows: states, handles, messages, jobs; never a token.
nlohmann::json connections_summary(const App& app);

}  // namespace parvis::app
