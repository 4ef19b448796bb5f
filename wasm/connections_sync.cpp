// The app's side of bringing back (issue 11): the relève of each connected Mastodon account
// (mentions → Messages, counts of recent posts → Indicateurs), what every network's relève
// shares, and the replies sent on the account a message came from. See connections.h; the links
// and the job machinery are connections.cpp's.
#include <memory>
#include <utility>

#include "app.h"
#include "connect/bring_back.h"
#include "connections.h"
#include "connections_internal.h"
#include "edit/inbox_edits.h"
#include "edit/platform_sync_edits.h"
#include "model/find.h"

namespace parvis::app {

namespace mastodon = connect::mastodon;
using connections_detail::answer_failure;
using connections_detail::failure_of;
using connections_detail::link_of;
using connections_detail::reply_failed;
using connections_detail::send;
using connections_detail::sync_answered;

// A relève asks for the mentions since the account's cursor, and for the counts of its posts of
// the last 30 days (bring_back.h); the answers go into the workspace through core/edit, each as
// its own undo step. An answer for a workspace no longer open is dropped: the next relève brings
// it again (nothing is lost, since nothing is held twice).
namespace {

struct CountsGathered {
    std::vector<edit::ReceivedCounts> counts;
    std::size_t waiting = 0;
    connect::Failure failure;
};

}  // namespace

AccountLink* connections_detail::find_link(App& app, const std::string& key) {
    const auto it = app.connections.links.find(key);
    return it == app.connections.links.end() ? nullptr : &it->second;
}

// Workspace changes from a relève: one undo step each, never merged with typing.
void connections_detail::sync_record(App& app, const std::string& ws_id, const std::string& account_id, const std::string& key,
                                     const std::vector<edit::ReceivedMessage>& messages, const std::vector<edit::ReceivedCounts>& counts,
                                     std::string_view cursor) {
    if (ws_id != app.doc_id) return;  // another workspace is open: the next relève brings it again
    if (!messages.empty() || !cursor.empty()) {
        app.doc.end_step();
        const auto got = edit::receive_platform_messages(app.doc.edit(), actor(app), account_id, messages, cursor);
        after_edit(app, got.result);
        app.doc.end_step();
        if (AccountLink* l = find_link(app, key)) l->sync.messages = got.added;
    }
    if (!counts.empty()) {
        app.doc.end_step();
        const auto got = edit::record_platform_counts(app.doc.edit(), actor(app), account_id, counts, today(app));
        after_edit(app, got.result);
        app.doc.end_step();
        if (AccountLink* l = find_link(app, key)) l->sync.posts = got.posts;
    }
}

// One request of the relève answered (or failed): the relève ends with its last answer.
void connections_detail::sync_answered(App& app, const std::string& key, const connect::Failure& failure) {
    AccountLink* l = find_link(app, key);
    if (!l) return;
    if (!failure.ok() && l->sync.message.empty()) {
        l->sync.message = connect::failure_message(failure, app.settings.lang);
        if (failure.kind == connect::FailureKind::unauthorized) {
            l->state = LinkState::reconnect;
            l->message = l->sync.message;
        }
    }
    if (l->sync.in_flight > 0 && --l->sync.in_flight == 0) {
        l->sync.last_at = now_instant();
        l->sync.next = app.connections.clock + kSyncEvery;
    }
}

namespace connections_detail {

void sync_account(App& app, const NetworkAccount& account) {
    const std::string key = link_key(app.doc_id, account.id);
    AccountLink* l = find_link(app, key);
    if (!l || l->state != LinkState::connected || l->sync.in_flight > 0) return;
    if (account.network == Network::facebook) return facebook_sync_account(app, account);
    if (account.network == Network::bluesky) return bluesky_sync_account(app, account);
    if (account.network != Network::mastodon) return;
    l->sync = SyncState{.next = l->sync.next, .last_at = l->sync.last_at};
    const std::string ws_id = app.doc_id, account_id = account.id;
    const connect::Connection c = l->connection;
    const std::vector<std::string> ids = connect::posts_to_count(app.doc.workspace(), account.id, now_instant());
    l->sync.in_flight = ids.empty() ? 1 : 2;

    send(app, mastodon::mentions_request(c.base, c.token, account.messages_cursor), [ws_id, account_id, key](App& a, const connect::HttpResponse& r) {
        const auto mentions = mastodon::read_mentions(r);
        if (!mentions) return sync_answered(a, key, answer_failure(r, Network::mastodon));
        if (!mentions->empty()) sync_record(a, ws_id, account_id, key, connect::received(*mentions), {}, mentions->back().notification_id);
        sync_answered(a, key, {});
    });
    check_published_there(app, account);
    if (ids.empty()) return;
    auto gathered = std::make_shared<CountsGathered>();
    gathered->waiting = ids.size();
    for (const std::string& id : ids) {
        send(app, mastodon::status_get_request(c.base, c.token, id), [ws_id, account_id, key, gathered](App& a, const connect::HttpResponse& r) {
            if (const auto counts = mastodon::read_status_counts(r)) gathered->counts.push_back(connect::received(*counts));
            else if (gathered->failure.ok() && r.status != 404) gathered->failure = answer_failure(r, Network::mastodon);  // 404: deleted there
            if (--gathered->waiting > 0) return;
            sync_record(a, ws_id, account_id, key, {}, gathered->counts);
            sync_answered(a, key, gathered->failure);
        });
    }
}

ReplyJob* find_reply(App& app, const std::string& workspace_id, const std::string& message_id) {
    for (ReplyJob& j : app.connections.replies)
        if (j.workspace_id == workspace_id && j.message_id == message_id) return &j;
    return nullptr;
}

void reply_done(App& app, ReplyJob& job, std::string permalink) {
    job.state = JobState::done;
    job.permalink = std::move(permalink);
    job.message.clear();
    if (job.workspace_id != app.doc_id) return;
    after_edit(app, edit::reply_to_message(app.doc.edit(), actor(app), job.message_id, job.text));
    app.doc.end_step();
}

void send_reply(App& app, ReplyJob& job) {
    if (job.network == Network::facebook) return facebook_send_reply(app, job);
    if (job.network == Network::bluesky) return bluesky_send_reply(app, job);
    job.state = JobState::sending;
    send(app, job.request, [ws_id = job.workspace_id, message_id = job.message_id](App& a, const connect::HttpResponse& r) {
        ReplyJob* j = find_reply(a, ws_id, message_id);
        if (!j) return;
        const connect::Failure f = failure_of(r, Network::mastodon);
        if (f.ok()) {
            const auto published = mastodon::read_published(r);
            if (!published) {
                j->state = JobState::failed;
                j->message = connect::failure_message({connect::FailureKind::unreadable}, a.settings.lang);
                return;
            }
            return reply_done(a, *j, published->url);
        }
        reply_failed(a, *j, f);
    });
}

}  // namespace connections_detail

using connections_detail::find_reply;
using connections_detail::send_reply;
using connections_detail::sync_account;

void sync_accounts(App& app) {
    for (const NetworkAccount& a : app.doc.workspace().accounts) sync_account(app, a);
}

bool syncing(const App& app) {
    for (const NetworkAccount& a : app.doc.workspace().accounts)
        if (account_link(app, a.id).sync.in_flight > 0) return true;
    return false;
}

const ReplyJob* reply_job(const App& app, const std::string& message_id) {
    for (const ReplyJob& j : app.connections.replies)
        if (j.workspace_id == app.doc_id && j.message_id == message_id) return &j;
    return nullptr;
}

// The reply goes out on the account the message came from; a retry (same text) sends the very
// same request, so Mastodon recognises its Idempotency-Key and never answers twice.
void reply_on_platform(App& app, const std::string& message_id, const std::string& text, bool direct) {
    const InboxMessage* m = find_message(app.doc.workspace(), message_id);
    if (!m) return;
    const NetworkAccount* account = find_account(app.doc.workspace(), m->account_id);
    ReplyJob* existing = find_reply(app, app.doc_id, message_id);
    if (existing && (existing->state == JobState::sending || existing->state == JobState::done)) return;
    if (existing && existing->text == text && existing->direct == direct && (existing->state == JobState::waiting || existing->state == JobState::queued)) {
        send_reply(app, *existing);  // « Réessayer maintenant »: the same request, now
        return;
    }
    ReplyJob job{app.doc_id, message_id, m->account_id, text};
    job.direct = direct;
    const AccountLink& link = account_link(app, m->account_id);
    std::optional<connect::HttpRequest> request;
    if (account && account->network == Network::facebook && link.state == LinkState::connected) {
        // Facebook: the comment answered as the Page (connections_facebook.cpp).
        job.message = connections_detail::facebook_reply_prepare(app, *m, job);
        if (job.message.empty()) request = job.request;
    } else if (account && account->network == Network::bluesky && link.state == LinkState::connected) {
        // Bluesky: a post in the citizen's thread, built once the AppView gives its refs
        // (connections_bluesky_sync.cpp); `request` only says there is something to send.
        job.message = connections_detail::bluesky_reply_prepare(app, *m, job);
        if (job.message.empty()) request = connect::HttpRequest{};
    } else if (!account || (account->network != Network::mastodon && account->network != Network::facebook &&
                            account->network != Network::bluesky))
        job.message = parvis::tr("connect.ui.reply_not_connected", app.settings.lang);
    else if (link.state != LinkState::connected) job.message = parvis::tr("connect.ui.not_connected", app.settings.lang);
    else if (!(request = connect::mastodon_reply_request(*m, text, link.connection, direct))) job.message = parvis::tr("connect.ui.reply_impossible", app.settings.lang);
    if (request) job.request = *request;
    else job.state = JobState::failed;
    ReplyJob& kept = existing ? (*existing = std::move(job)) : app.connections.replies.emplace_back(std::move(job));
    if (request) send_reply(app, kept);
}

}  // namespace parvis::app
