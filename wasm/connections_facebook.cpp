// A Facebook Page in the web app (issue 11): the pasted Page access token checked and kept,
// « Publier maintenant » and « Programmer sur Facebook », the scheduled post moved or cancelled
// there, the relève (comments → Messages, reactions/comments/shares → Indicateurs) and the reply
// to a comment. core/connect/facebook.h builds every request and reads every answer; this file
// only orders them.
//
// Never a double post. Graph's /feed takes no idempotency key, so a publish whose answer never
// came (cut connection, timeout, 5xx) may be on the Page all the same. Every retry of a job
// therefore first reads the Page's latest posts (/feed, or /scheduled_posts for a scheduled one)
// and looks for the one this job sent (facebook::find_sent: same message, created since the first
// attempt; same scheduled time). Found: it is the publish, recorded, never sent again. The same
// holds for a reply to a comment (the comment's replies are read first).
//
// Index
// [SECTION] Helpers
// [SECTION] Connecting a Page
// [SECTION] Publishing
// [SECTION] Moving or cancelling a scheduled post
// [SECTION] The relève
// [SECTION] Replies to comments
#include <memory>
#include <utility>

#include "app.h"
#include "connect/bring_back.h"
#include "connect/facebook.h"
#include "connections.h"
#include "connections_internal.h"
#include "edit/inbox_edits.h"
#include "edit/platform_sync_edits.h"
#include "edit/publish_edits.h"
#include "model/find.h"

namespace parvis::app {

namespace facebook = connect::facebook;
using namespace connections_detail;

//-----------------------------------------------------------------------------
// [SECTION] Connecting a Page
//-----------------------------------------------------------------------------
// The token is tried on the Page (GET /{page-id}?fields=id,name, or /me): Graph answers the Page's
// name, or code 190 for a token it refuses. Only then is it kept, in the secrets database.
void connect_facebook(App& app, const std::string& account_id, const std::string& page_id, const std::string& token) {
    const NetworkAccount* account = find_account(app.doc.workspace(), account_id);
    if (!account || account->network != Network::facebook) return;
    const std::string key = link_key(app.doc_id, account_id);
    AccountLink& l = app.connections.links[key];
    const std::string pasted = trimmed(token), page = trimmed(page_id);
    if (!app.connections.ready || !app.connections.unavailable.empty()) {
        l.state = LinkState::error;
        l.message = say(app, "connect.ui.secrets_unavailable");
        return;
    }
    if (pasted.empty()) {
        l.state = LinkState::error;
        l.message = say(app, "connect.ui.facebook.token_needed");
        return;
    }
    const std::string base = facebook::graph_base(account->instance);
    l.state = LinkState::connecting;
    l.message = say(app, "connect.ui.facebook.checking");
    send(app, facebook::page_request(base, pasted, page), [key, base, pasted](App& a, const connect::HttpResponse& r) {
        AccountLink& link = a.connections.links[key];
        const auto found = facebook::read_page(r);
        if (!found) {
            const connect::Failure f = answer_failure(r, Network::facebook);
            link.state = LinkState::error;
            // Here an unauthorized answer is the pasted token itself (code 190): say so plainly.
            link.message = f.kind == connect::FailureKind::unauthorized
                               ? say(a, "connect.ui.facebook.token_refused", {{"detail", f.detail}})
                               : connect::failure_message(f, a.settings.lang);
            return;
        }
        link.state = LinkState::connected;
        link.connection = {base, pasted, found->id, found->name.empty() ? found->id : found->name};
        link.message.clear();
        store_link(a, key);
        account_reconnected(a, key);
    });
}

//-----------------------------------------------------------------------------
// [SECTION] Publishing
//-----------------------------------------------------------------------------
// The feed request from the publish plan (the same one `parvis publish --dry-run` prints). A job
// tried again after a refusal or a reconnection keeps its first attempt's instant: should that
// attempt have reached the Page after all, the check before sending finds it.
std::string connections_detail::facebook_prepare(App& app, const Post& post, const PublishJob* existing, PublishJob& job) {
    const AccountLink& link = account_link(app, job.account_id);
    Post copy = post;
    const Instant now = now_instant();
    if (!job.schedule) copy.scheduled_at.reset();
    else if (!copy.scheduled_at || !facebook::schedulable(*copy.scheduled_at, now)) return say(app, "connect.ui.facebook.outside_window");
    connect::PlanOptions options;
    options.account_id = job.account_id;
    options.now = now;
    options.connections[job.account_id] = link.connection;
    const connect::PublishPlan plan = connect::plan_publish(app.doc.workspace(), copy, options);
    if (!plan.skipped.empty()) {
        const std::string key = "connect.ui.skipped." + plan.skipped.front().reason;
        return catalogue_has(key, app.settings.lang) ? say(app, key.c_str()) : plan.skipped.front().reason;
    }
    if (plan.requests.empty()) return say(app, "connect.ui.skipped.no_variant");
    job.images.clear();
    for (const PostVariant& v : post.variants)
        if (v.account_id == job.account_id) {
            for (const Media& m : v.media) {
                if (m.kind != MediaKind::image) return say(app, "connect.ui.facebook.images_only");
                if (m.sha256.empty()) return say(app, "connect.ui.image_not_here", {{"name", m.name}});
                if (m.bytes > facebook::kMaxImageBytes) return say(app, "connect.ui.facebook.image_too_large", {{"name", m.name}});
                job.images.push_back(m);
            }
            job.text = v.text;
        }
    if (job.images.size() > facebook::kMaxImages) return say(app, "connect.ui.facebook.too_many_images");
    job.network = Network::facebook;
    job.request = plan.requests.back().request;  // the feed post; the photos' uploads come before it
    job.scheduled_for = job.schedule ? copy.scheduled_at : std::nullopt;
    const bool same = existing && existing->network == Network::facebook && existing->scheduled_for == job.scheduled_for &&
                      existing->text == job.text && existing->run > 0;
    job.created_at = same ? existing->created_at : now;
    job.run = same ? existing->run : 0;
    return {};
}

namespace {

PublishJob* running(App& app, const JobTag& t) { return tagged_job(app, t, JobState::sending); }

void recorded(App& app, PublishJob& job, const std::string& post_id) {
    job_published(app, job, {job.account_id, post_id, job.scheduled_for ? std::string() : facebook::permalink(post_id),
                             job.scheduled_for.has_value(), job.scheduled_for});
}

// The feed post, once each image is uploaded unpublished (its id kept in the job's media_ids):
// Graph attaches the photos by their ids. A run uploads the images again (unpublished photos
// never attached are not shown on the Page): what decides « one post » is the look at the Page's
// posts before a retry, not the uploads.
void send_feed(App& app, const JobTag& t) {
    PublishJob* job = running(app, t);
    if (!job) return;
    if (job->media_ids.size() < job->images.size()) {
        const Media image = job->images[job->media_ids.size()];
        return read_job_image(app, t, image, [t, image](App& a, PublishJob& j, const std::string& bytes, const std::string& mime) {
            const connect::Connection& c = link_of(a, t.ws, t.account).connection;
            send(a, facebook::photo_request(c.base, c.token, c.user_id, {"source", image.name, mime, bytes}, image.alt_text, j.scheduled_for.has_value()),
                 [t](App& b, const connect::HttpResponse& r) {
                     PublishJob* k = running(b, t);
                     if (!k) return;
                     const auto id = facebook::read_post_id(r);
                     if (!id) return job_failed(b, *k, answer_failure(r, Network::facebook));
                     k->media_ids.push_back(*id);
                     send_feed(b, t);
                 });
        });
    }
    send(app, facebook::with_photos(job->request, job->media_ids), [t](App& a, const connect::HttpResponse& r) {
        PublishJob* j = running(a, t);
        if (!j) return;
        if (const auto id = facebook::read_post_id(r)) return recorded(a, *j, *id);
        job_failed(a, *j, answer_failure(r, Network::facebook));
    });
}

}  // namespace

void connections_detail::facebook_send_job(App& app, PublishJob& job) {
    const AccountLink& link = link_of(app, job.workspace_id, job.account_id);
    if (link.connection.token.empty()) {  // disconnected since (a retry from the queue): nothing sent
        job.state = JobState::failed;
        job.message = say(app, "connect.ui.not_connected");
        return;
    }
    job.state = JobState::sending;
    job.media_ids.clear();
    const JobTag t{job.workspace_id, job.post_id, job.account_id, ++job.run};
    if (job.run == 1) return send_feed(app, t);
    // A retry: is the post on the Page already?
    const connect::Connection& c = link.connection;
    send(app, facebook::recent_posts_request(c.base, c.token, c.user_id, job.scheduled_for.has_value()),
         [t](App& a, const connect::HttpResponse& r) {
             PublishJob* j = running(a, t);
             if (!j) return;
             const auto posts = facebook::read_posts(r);
             if (!posts) return job_failed(a, *j, answer_failure(r, Network::facebook));
             if (const auto id = facebook::find_sent(*posts, j->text, j->created_at, j->scheduled_for)) return recorded(a, *j, *id);
             send_feed(a, t);
         });
}

//-----------------------------------------------------------------------------
// [SECTION] The relève
//-----------------------------------------------------------------------------
// For each of the Page's posts published in the last 30 days (at most 20, bring_back.h), its
// comments (at most 100) and its counts: two requests a post, well within the Page's Business
// Use Case limit. Comments are known by their Graph id: a second relève adds none twice.
namespace {

struct Gathered {
    std::vector<edit::ReceivedMessage> messages;
    std::vector<edit::ReceivedCounts> counts;
    std::size_t waiting = 0;
    connect::Failure failure;
    bool insights_refused = false;  // some post's views and reach were not given
};

void gathered_answer(App& app, const std::shared_ptr<Gathered>& g, const std::string& ws_id, const std::string& account_id,
                     const std::string& key) {
    if (--g->waiting > 0) return;
    if (g->insights_refused)
        if (AccountLink* l = find_link(app, key)) l->sync.note = parvis::tr("connect.sync.no_insights", app.settings.lang);
    sync_record(app, ws_id, account_id, key, g->messages, g->counts);
    sync_answered(app, key, g->failure);
}

// Views and reach come from the post's insights, which need the Page's read_insights: when Graph
// refuses them, or knows neither metric, the counts go in alone and the relève does not fail for
// it (most Pages under 100 likes have no insights at all, Meta says).
void ask_insights(App& app, const std::shared_ptr<Gathered>& g, const connect::Connection& c, const std::string& id,
                  const facebook::PostCounts& counts, const std::string& ws_id, const std::string& account_id,
                  const std::string& key, bool reach_only) {
    send(app, facebook::insights_request(c.base, c.token, id, reach_only),
         [g, c, id, counts, ws_id, account_id, key, reach_only](App& a, const connect::HttpResponse& r) {
             if (!reach_only && facebook::unknown_metric(r)) return ask_insights(a, g, c, id, counts, ws_id, account_id, key, true);
             const auto insights = facebook::read_insights(r);
             if (!insights) g->insights_refused = true;
             g->counts.push_back(connect::received(counts, id, insights));
             gathered_answer(a, g, ws_id, account_id, key);
         });
}

}  // namespace

void connections_detail::facebook_sync_account(App& app, const NetworkAccount& account) {
    const std::string key = link_key(app.doc_id, account.id);
    AccountLink* l = find_link(app, key);
    if (!l) return;
    l->sync = SyncState{.next = l->sync.next, .last_at = l->sync.last_at};
    const std::vector<std::string> ids = connect::posts_to_count(app.doc.workspace(), account.id, now_instant());
    l->sync.in_flight = 1;
    check_published_there(app, account);
    if (ids.empty()) return sync_answered(app, key, {});
    const connect::Connection c = l->connection;
    auto g = std::make_shared<Gathered>();
    g->waiting = ids.size() * 2;
    const std::string ws_id = app.doc_id, account_id = account.id;
    for (const std::string& id : ids) {
        send(app, facebook::comments_request(c.base, c.token, id), [g, id, ws_id, account_id, key](App& a, const connect::HttpResponse& r) {
            if (const auto comments = facebook::read_comments(r)) {
                for (edit::ReceivedMessage& m : connect::received(*comments, id)) g->messages.push_back(std::move(m));
            } else if (g->failure.ok() && r.status != 404) {
                g->failure = answer_failure(r, Network::facebook);
            }
            gathered_answer(a, g, ws_id, account_id, key);
        });
        send(app, facebook::counts_request(c.base, c.token, id), [g, c, id, ws_id, account_id, key](App& a, const connect::HttpResponse& r) {
            const auto counts = facebook::read_counts(r);
            if (!counts) {
                if (g->failure.ok() && r.status != 404) g->failure = answer_failure(r, Network::facebook);  // 404: deleted there
                return gathered_answer(a, g, ws_id, account_id, key);
            }
            ask_insights(a, g, c, id, *counts, ws_id, account_id, key, false);
        });
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Replies to comments
//-----------------------------------------------------------------------------
std::string connections_detail::facebook_reply_prepare(App& app, const InboxMessage& message, ReplyJob& job) {
    if (message.external_id.empty()) return say(app, "connect.ui.reply_not_connected");
    if (trimmed(job.text).empty()) return say(app, "connect.ui.reply_impossible");
    const AccountLink& link = account_link(app, message.account_id);
    job.network = Network::facebook;
    job.sent_at = now_instant();
    job.request = facebook::reply_request(link.connection.base, link.connection.token, message.external_id, job.text);
    return {};
}

namespace {

void reply_answer(App& app, const std::string& ws_id, const std::string& message_id, const std::string& comment_id) {
    ReplyJob* j = find_reply(app, ws_id, message_id);
    if (j && j->state == JobState::sending) reply_done(app, *j, facebook::permalink(comment_id));
}

void send_reply_request(App& app, ReplyJob& job) {
    send(app, job.request, [ws_id = job.workspace_id, message_id = job.message_id](App& a, const connect::HttpResponse& r) {
        ReplyJob* j = find_reply(a, ws_id, message_id);
        if (!j || j->state != JobState::sending) return;
        if (const auto id = facebook::read_post_id(r)) return reply_answer(a, ws_id, message_id, *id);
        reply_failed(a, *j, answer_failure(r, Network::facebook));
    });
}

}  // namespace

// A first attempt is sent at once; a retry first reads the comment's replies for this text.
void connections_detail::facebook_send_reply(App& app, ReplyJob& job) {
    const AccountLink& link = link_of(app, job.workspace_id, job.account_id);
    job.state = JobState::sending;
    if (job.attempt == 0) return send_reply_request(app, job);
    const InboxMessage* m = find_message(app.doc.workspace(), job.message_id);
    if (!m || job.workspace_id != app.doc_id) return send_reply_request(app, job);
    send(app, facebook::comments_request(link.connection.base, link.connection.token, m->external_id),
         [ws_id = job.workspace_id, message_id = job.message_id](App& a, const connect::HttpResponse& r) {
             ReplyJob* j = find_reply(a, ws_id, message_id);
             if (!j || j->state != JobState::sending) return;
             const auto replies = facebook::read_comments(r);
             if (!replies) return reply_failed(a, *j, answer_failure(r, Network::facebook));
             for (const facebook::Comment& c : *replies)
                 if (c.text == j->text && c.at >= j->sent_at - std::chrono::minutes(1)) return reply_answer(a, ws_id, message_id, c.id);
             send_reply_request(a, *j);
         });
}

}  // namespace parvis::app
