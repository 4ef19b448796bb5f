// Publishes whose answer never came (issue 11, « a publish left unknown when the tab closed is
// reconciled at the next opening, before any retry »). While a publish is under way its record
// (connect/unsettled.h: what finds the post, never a token) is kept in the device's secrets
// database; the platform's answer, once recorded in the workspace, erases it. A record still there
// at the next start is a publish whose outcome nobody saw: once its workspace is open and its
// account connected, Parvis asks the platform, and sends nothing:
//   - the platform holds the post → recorded as published (permalink, audit), as if answered;
//   - it does not → « rien n'a été publié », and the publish panel offers « Réessayer ».
// Until then the publish shows « Vérification… » and « Publier maintenant » waits.
//
// Index
// [SECTION] The record
// [SECTION] Mastodon: a status found by its text
// [SECTION] Looking on the platform
// [SECTION] From the tick
#include <algorithm>
#include <limits>

#include "app.h"
#include "connect/bluesky.h"
#include "connect/facebook.h"
#include "connect/json_fields.h"
#include "connect/mastodon.h"
#include "connect/unsettled.h"
#include "connections.h"
#include "connections_internal.h"
#include "model/find.h"
#include "platform/platform.h"

namespace parvis::app {

using namespace connections_detail;

namespace {

std::string record_key(const PublishJob& job) { return connect::unsettled_key(job.workspace_id, job.post_id, job.account_id); }

// A Mastodon job's request body: the text and scheduled time it asked for.
void mastodon_sent(const PublishJob& job, connect::Unsettled& u) {
    const auto body = connect::parse_json(job.request.body);
    if (!body || !body->is_object()) return;
    if (const auto it = body->find("status"); it != body->end() && it->is_string()) u.text = it->get<std::string>();
    if (const auto it = body->find("scheduled_at"); it != body->end() && it->is_string()) u.scheduled_for = connect::platform_instant(it->get<std::string>());
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The record
//-----------------------------------------------------------------------------
// Written before the job's first request leaves (the database queues it first; a kill between
// the two may still lose it: then the next opening finds nothing to check, as before).
void connections_detail::unsettled_begin(PublishJob& job) {
    if (job.journaled) return;
    if (job.created_at == Instant{}) job.created_at = now_instant();  // Mastodon: the first attempt
    connect::Unsettled u{job.workspace_id, job.post_id, job.account_id, job.network, job.schedule, job.created_at, job.text, job.rkey,
                         job.scheduled_for};
    if (job.network == Network::mastodon) mastodon_sent(job, u);
    platform::secret_write(record_key(job), connect::unsettled_json(u));
    job.journaled = true;
}

void connections_detail::unsettled_end(PublishJob& job) {
    if (!job.journaled) return;
    platform::secret_write(record_key(job), "");
    job.journaled = false;
}

void connections_detail::unsettled_loaded(App& app, const std::string& key, const std::string& json) {
    const auto u = connect::read_unsettled(json);
    if (!u || connect::unsettled_key(u->workspace_id, u->post_id, u->account_id) != key) {
        platform::secret_write(key, "");  // unreadable: nothing could find its post
        return;
    }
    app.connections.unsettled.push_back(*u);
}

//-----------------------------------------------------------------------------
// [SECTION] Mastodon: a status found by its text
//-----------------------------------------------------------------------------
// The account's id, its latest statuses, then the source text of each one created since `since`,
// one at a time, until one is `text` (the API gives a status's text only through /source).
namespace {

void mastodon_sources(App& app, const std::string& key, std::string text, std::vector<connect::mastodon::StatusHead> left,
                      StatusFound then) {
    if (left.empty()) return then(app, std::nullopt, {});
    const AccountLink* link = find_link(app, key);
    if (!link) return then(app, std::nullopt, {connect::FailureKind::unauthorized});
    const connect::mastodon::StatusHead head = left.front();
    left.erase(left.begin());
    send(app, connect::mastodon::source_request(link->connection.base, link->connection.token, head.id),
         [key, text, head, left, then](App& a, const connect::HttpResponse& r) {
             const auto source = connect::mastodon::read_source_text(r);
             if (!source) return then(a, std::nullopt, answer_failure(r, Network::mastodon));
             if (*source == text) return then(a, head, {});
             mastodon_sources(a, key, text, left, then);
         });
}

}  // namespace

void connections_detail::mastodon_find_status(App& app, const std::string& key, Instant since, std::string text, StatusFound then) {
    namespace mastodon = connect::mastodon;
    const AccountLink* link = find_link(app, key);
    if (!link) return then(app, std::nullopt, {connect::FailureKind::unauthorized});
    send(app, mastodon::verify_credentials_request(link->connection.base, link->connection.token),
         [key, since, text, then](App& a, const connect::HttpResponse& r) {
             const auto id = mastodon::read_account_id(r);
             const AccountLink* l = find_link(a, key);
             if (!id || !l) return then(a, std::nullopt, answer_failure(r, Network::mastodon));
             send(a, mastodon::own_statuses_request(l->connection.base, l->connection.token, *id),
                  [key, since, text, then](App& b, const connect::HttpResponse& answer) {
                      const auto heads = mastodon::read_status_heads(answer);
                      if (!heads) return then(b, std::nullopt, answer_failure(answer, Network::mastodon));
                      mastodon_sources(b, key, text, mastodon::candidates(*heads, since), then);
                  });
         });
}

//-----------------------------------------------------------------------------
// [SECTION] Looking on the platform
//-----------------------------------------------------------------------------
namespace {

using Tag = JobTag;

PublishJob* looking(App& app, const Tag& t) { return tagged_job(app, t, JobState::checking); }

void not_there(App& app, PublishJob& job) {
    unsettled_end(job);
    job.state = JobState::failed;
    job.message = say(app, "connect.ui.unsettled.not_sent");
}

// The look itself failed (no network, the platform busy or refusing): tried again later, and
// nothing is sent meanwhile. A refused token: the account must be connected again first.
void look_failed(App& app, PublishJob& job, connect::Failure f) {
    if (f.ok()) f = {connect::FailureKind::unreadable};
    ++job.attempt;
    const std::string why = connect::failure_message(f, app.settings.lang);
    job.message = say(app, "connect.ui.unsettled.retry", {{"detail", why}});
    if (f.kind == connect::FailureKind::unauthorized) {
        AccountLink& l = link_of(app, job.workspace_id, job.account_id);
        l.state = LinkState::reconnect;
        l.message = why;
    }
    job.next_try = app.connections.clock + static_cast<double>(connect::retry_delay(f, job.attempt).count());
}

void look_bluesky(App& app, const Tag& t, const connect::Connection& c) {
    namespace bluesky = connect::bluesky;
    PublishJob* job = looking(app, t);
    send(app, bluesky::get_record_request(c.base, c.user_id, job->rkey), [t](App& a, const connect::HttpResponse& r) {
        PublishJob* j = looking(a, t);
        if (!j) return;
        if (const auto held = bluesky::read_record(r)) {
            std::string handle = link_of(a, t.ws, t.account).connection.handle;
            if (!handle.empty() && handle.front() == '@') handle.erase(0, 1);
            return job_published(a, *j, {t.account, held->uri, bluesky::permalink(handle, j->rkey), false, std::nullopt});
        }
        if (bluesky::record_absent(r)) return not_there(a, *j);
        look_failed(a, *j, answer_failure(r, Network::bluesky));
    });
}

void look_facebook(App& app, const Tag& t, const connect::Connection& c) {
    namespace facebook = connect::facebook;
    PublishJob* job = looking(app, t);
    send(app, facebook::recent_posts_request(c.base, c.token, c.user_id, job->scheduled_for.has_value()), [t](App& a, const connect::HttpResponse& r) {
        PublishJob* j = looking(a, t);
        if (!j) return;
        const auto posts = facebook::read_posts(r);
        if (!posts) return look_failed(a, *j, answer_failure(r, Network::facebook));
        const auto id = facebook::find_sent(*posts, j->text, j->created_at, j->scheduled_for);
        if (!id) return not_there(a, *j);
        job_published(a, *j, {t.account, *id, j->scheduled_for ? std::string() : facebook::permalink(*id), j->scheduled_for.has_value(), j->scheduled_for});
    });
}

void look_mastodon(App& app, const Tag& t, const connect::Connection& c) {
    namespace mastodon = connect::mastodon;
    PublishJob* job = looking(app, t);
    if (job->scheduled_for) {
        send(app, mastodon::scheduled_list_request(c.base, c.token), [t](App& a, const connect::HttpResponse& r) {
            PublishJob* j = looking(a, t);
            if (!j) return;
            const auto held = mastodon::read_scheduled_list(r);
            if (!held) return look_failed(a, *j, answer_failure(r, Network::mastodon));
            const auto id = mastodon::find_scheduled(*held, j->text, *j->scheduled_for);
            if (!id) return not_there(a, *j);
            job_published(a, *j, {t.account, *id, std::string(), true, j->scheduled_for});
        });
        return;
    }
    mastodon_find_status(app, link_key(t.ws, t.account), job->created_at, job->text,
                         [t](App& a, const std::optional<mastodon::StatusHead>& found, const connect::Failure& f) {
                             PublishJob* j = looking(a, t);
                             if (!j) return;
                             if (!f.ok()) return look_failed(a, *j, f);
                             if (!found) return not_there(a, *j);
                             job_published(a, *j, {t.account, found->id, found->url, false, std::nullopt});
                         });
}

void look(App& app, PublishJob& job) {
    const AccountLink& link = link_of(app, job.workspace_id, job.account_id);
    job.next_try = std::numeric_limits<double>::infinity();  // one look at a time
    const Tag t{job.workspace_id, job.post_id, job.account_id, ++job.run};
    switch (job.network) {
    case Network::bluesky: return look_bluesky(app, t, link.connection);
    case Network::facebook: return look_facebook(app, t, link.connection);
    default: return look_mastodon(app, t, link.connection);
    }
}

// The record's post is still to be checked: it is there, unpublished, with its variant.
bool still_open(const Workspace& ws, const connect::Unsettled& u) {
    const Post* post = find_post(ws, u.post_id);
    if (!post) return false;
    for (const PostVariant& v : post->variants)
        if (v.account_id == u.account_id) return v.external_id.empty();
    return false;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] From the tick
//-----------------------------------------------------------------------------
void connections_detail::settle_unsettled(App& app, double now) {
    Connections& c = app.connections;
    if (!c.ready || app.loading) return;
    // The open workspace's records become jobs « Vérification… » (a post published or deleted
    // since needs no look: its record goes).
    for (std::size_t i = 0; i < c.unsettled.size();) {
        const connect::Unsettled& u = c.unsettled[i];
        if (u.workspace_id != app.doc_id) { ++i; continue; }
        PublishJob job{u.workspace_id, u.post_id, u.account_id, u.schedule};
        job.journaled = true;
        if (!still_open(app.doc.workspace(), u) || find_job(app, u.workspace_id, u.post_id, u.account_id)) {
            unsettled_end(job);
        } else {
            job.state = JobState::checking;
            job.network = u.network;
            job.created_at = u.first_attempt;
            job.text = u.text;
            job.rkey = u.rkey;
            job.scheduled_for = u.scheduled_for;
            job.message = say(app, "connect.ui.unsettled.checking");
            c.jobs.push_back(std::move(job));
        }
        c.unsettled.erase(c.unsettled.begin() + static_cast<std::ptrdiff_t>(i));
    }
    if (!platform::online()) return;
    for (PublishJob& job : c.jobs)
        if (job.state == JobState::checking && now >= job.next_try && account_link(app, job.account_id).state == LinkState::connected &&
            job.workspace_id == app.doc_id)
            look(app, job);
}

}  // namespace parvis::app
