// Bluesky's relève and replies in the web app (issue 11). What a PDS proxies to the AppView
// (app.bsky.*, the network's index of everyone's posts) brings back:
//   - listNotifications: the latest 50 mentions, replies and quotes → Messages (known by the
//     citizen's post's at:// uri, never twice; likes, reposts and follows are left out);
//   - getPosts on the account's posts of the last 30 days (at most 20, bring_back.h): likes,
//     reposts and replies → Indicateurs.
// One request after the other, so that an expired session is renewed once (bluesky_call).
//
// « Répondre sur Bluesky » posts in the citizen's thread. A reply needs the strong refs (uri + cid)
// of the post answered and of its thread's root, which only the AppView gives (getPosts). Its
// record key comes from the message and the first attempt (post_rkey), so each attempt first asks
// the PDS for that record: a reply whose answer was lost is found there, never posted twice.
//
// Index
// [SECTION] The relève
// [SECTION] Replies
#include <string>
#include <utility>
#include <vector>

#include "app.h"
#include "connect/bluesky.h"
#include "connect/bring_back.h"
#include "connections.h"
#include "connections_internal.h"
#include "model/find.h"

namespace parvis::app {

namespace bluesky = connect::bluesky;
using namespace connections_detail;

//-----------------------------------------------------------------------------
// [SECTION] The relève
//-----------------------------------------------------------------------------
void connections_detail::bluesky_sync_account(App& app, const NetworkAccount& account) {
    const std::string key = link_key(app.doc_id, account.id);
    AccountLink* l = find_link(app, key);
    if (!l) return;
    l->sync = SyncState{.next = l->sync.next, .last_at = l->sync.last_at};
    l->sync.in_flight = 1;
    const std::string ws_id = app.doc_id, account_id = account.id;
    const std::vector<std::string> uris = connect::posts_to_count(app.doc.workspace(), account.id, now_instant());
    auto notifications = [](const connect::Connection& c) { return bluesky::notifications_request(c.base, c.token, ""); };
    bluesky_call(app, key, notifications, [ws_id, account_id, key, uris](App& a, const connect::HttpResponse& r) {
        const auto notes = bluesky::read_notifications(r);
        if (!notes) return sync_answered(a, key, answer_failure(r, Network::bluesky));
        sync_record(a, ws_id, account_id, key, connect::received(*notes), {});
        if (uris.empty()) return sync_answered(a, key, {});
        auto posts = [uris](const connect::Connection& c) { return bluesky::get_posts_request(c.base, c.token, uris); };
        bluesky_call(a, key, posts, [ws_id, account_id, key](App& b, const connect::HttpResponse& answer) {
            const auto counts = bluesky::read_post_counts(answer);
            if (!counts) return sync_answered(b, key, answer_failure(answer, Network::bluesky));
            std::vector<edit::ReceivedCounts> got;
            for (const bluesky::PostCounts& c : *counts) got.push_back(connect::received(c));
            sync_record(b, ws_id, account_id, key, {}, got);
            sync_answered(b, key, {});
        });
    });
}

//-----------------------------------------------------------------------------
// [SECTION] Replies
//-----------------------------------------------------------------------------
std::string connections_detail::bluesky_reply_prepare(App& app, const InboxMessage& message, ReplyJob& job) {
    if (message.external_id.rfind("at://", 0) != 0) return say(app, "connect.ui.reply_not_connected");
    if (job.text.find_first_not_of(" \t\r\n") == std::string::npos) return say(app, "connect.ui.reply_impossible");
    job.network = Network::bluesky;
    job.sent_at = now_instant();
    return {};
}

namespace {

struct ReplyRun {
    std::string ws_id, message_id, key, answered;  // answered: the citizen's post (at:// uri)
    bluesky::PostOptions options;
};

ReplyJob* sending(App& app, const ReplyRun& run) {
    ReplyJob* j = find_reply(app, run.ws_id, run.message_id);
    return j && j->state == JobState::sending ? j : nullptr;
}

void replied(App& app, const ReplyRun& run) {
    if (ReplyJob* j = sending(app, run)) {
        std::string handle = link_of(app, run.ws_id, j->account_id).connection.handle;
        if (!handle.empty() && handle.front() == '@') handle.erase(0, 1);
        reply_done(app, *j, bluesky::permalink(handle, run.options.rkey));
    }
}

void create_reply(App& app, ReplyRun run) {
    auto build = [options = run.options](const connect::Connection& c) { return bluesky::create_post_request(c.base, c.token, options); };
    bluesky_call(app, run.key, build, [run](App& a, const connect::HttpResponse& r) {
        ReplyJob* j = sending(a, run);
        if (!j) return;
        if (bluesky::read_created(r)) return replied(a, run);
        reply_failed(a, *j, answer_failure(r, Network::bluesky));  // the next attempt looks for the record first
    });
}

// The refs of the post answered, from the AppView.
void find_thread(App& app, ReplyRun run) {
    auto build = [uri = run.answered](const connect::Connection& c) { return bluesky::get_posts_request(c.base, c.token, {uri}); };
    bluesky_call(app, run.key, build, [run](App& a, const connect::HttpResponse& r) mutable {
        ReplyJob* j = sending(a, run);
        if (!j) return;
        const auto target = bluesky::read_reply_target(r, run.answered);
        if (!target) {
            if (r.status == 200) {  // the AppView does not hold it: deleted by its author, or not indexed
                j->state = JobState::failed;
                j->message = say(a, "connect.ui.bluesky.reply_target_gone");
                return;
            }
            return reply_failed(a, *j, answer_failure(r, Network::bluesky));
        }
        run.options.reply_parent = target->parent;
        run.options.reply_root = target->root;
        create_reply(a, std::move(run));
    });
}

}  // namespace

void connections_detail::bluesky_send_reply(App& app, ReplyJob& job) {
    const InboxMessage* m = find_message(app.doc.workspace(), job.message_id);
    const AccountLink& link = link_of(app, job.workspace_id, job.account_id);
    if (!m || job.workspace_id != app.doc_id || link.connection.token.empty()) {  // gone, or disconnected since
        job.state = JobState::failed;
        job.message = say(app, "connect.ui.not_connected");
        return;
    }
    job.state = JobState::sending;
    ReplyRun run{job.workspace_id, job.message_id, link_key(job.workspace_id, job.account_id), m->external_id, {}};
    run.options.repo = link.connection.user_id;  // the account's DID
    run.options.rkey = bluesky::post_rkey(job.message_id, job.account_id, job.sent_at);
    run.options.created_at = job.sent_at;
    run.options.rich = bluesky::rich_text(job.text);
    // Already there (an earlier attempt's answer was lost)? Then it is the reply.
    auto check = [repo = run.options.repo, rkey = run.options.rkey](const connect::Connection& c) {
        return bluesky::get_record_request(c.base, repo, rkey);
    };
    bluesky_call(app, run.key, check, [run](App& a, const connect::HttpResponse& r) {
        ReplyJob* j = sending(a, run);
        if (!j) return;
        if (bluesky::read_record(r)) return replied(a, run);
        if (bluesky::record_absent(r)) return find_thread(a, run);
        reply_failed(a, *j, answer_failure(r, Network::bluesky));
    });
}

}  // namespace parvis::app
