// Bluesky in the web app (issue 11): the app-password sign-in, the session kept fresh, « Déconnecter »,
// and « Publier maintenant » as a run of requests on the account's PDS (bsky.social by default).
// core/connect/bluesky.h builds every request and reads every answer; this file only orders them.
//
// A publish runs, each time it is tried:
//   1. getRecord at the job's rkey: a record already there is an earlier attempt whose answer was
//      lost (cut connection, timeout, tab busy): it is the publish, recorded, never created again;
//   2. resolveHandle for each mention (one not resolved stays plain text, as bsky.app leaves it);
//   3. each image's bytes read from the device (read_image, shared with Mastodon), sent with uploadBlob; the alt text goes into the record's embed;
//   4. createRecord with the rkey. A failure may mean the record exists (a resent request got there
//      first): getRecord decides before the failure counts.
// A failed step goes through the publish jobs' one machinery (connections.cpp, job_failed): retry
// with backoff honouring RateLimit-Reset, queued while offline, « Reconnectez le compte ». Before
// that, an access token the PDS calls expired (401, 400 ExpiredToken) is renewed once with the
// refresh token (refreshSession) and the run starts again.
//
// Index
// [SECTION] Helpers
// [SECTION] Signing in and out
// [SECTION] Publishing: preparing the job
// [SECTION] Publishing: the run
#include <functional>
#include <memory>
#include <utility>

#include "app.h"
#include "connect/bluesky.h"
#include "connections.h"
#include "connections_internal.h"
#include "media/media_ref.h"
#include "model/find.h"
#include "platform/platform.h"

namespace parvis::app {

namespace bluesky = connect::bluesky;
using namespace connections_detail;

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------
namespace {

// The session renewed with the refresh token and kept; `then` gets no failure, or why the PDS
// refused (or never answered).
void refresh(App& app, const std::string& key, std::function<void(App&, const connect::Failure&)> then) {
    const AccountLink& link = app.connections.links[key];
    send(app, bluesky::refresh_session_request(link.connection.base, link.refresh_token), [key, then](App& a, const connect::HttpResponse& answer) {
        const auto session = bluesky::read_session(answer);
        if (!session) {
            return then(a, answer_failure(answer, Network::bluesky));
        }
        AccountLink& l = a.connections.links[key];
        l.connection.token = session->access_jwt;
        l.refresh_token = session->refresh_jwt;
        if (!session->handle.empty()) l.connection.handle = "@" + session->handle;
        store_link(a, key);
        then(a, {});
    });
}

}  // namespace

void connections_detail::bluesky_call(App& app, const std::string& key, Build build, Answer then) {
    send(app, build(app.connections.links[key].connection), [key, build, then](App& a, const connect::HttpResponse& r) {
        const AccountLink* l = find_link(a, key);
        if (!l || failure_of(r, Network::bluesky).kind != connect::FailureKind::unauthorized || l->refresh_token.empty()) return then(a, r);
        refresh(a, key, [key, build, then, r](App& b, const connect::Failure& refreshed) {
            if (!refreshed.ok()) return then(b, r);  // the first answer says why
            send(b, build(b.connections.links[key].connection), then);
        });
    });
}

//-----------------------------------------------------------------------------
// [SECTION] Signing in and out
//-----------------------------------------------------------------------------
// createSession with an app password: Bluesky's own sign-in for third-party apps (Paramètres ›
// Confidentialité et sécurité › Mots de passe d'application). The password is sent once and kept
// nowhere; the session's two tokens go to the secrets database.
void connect_bluesky(App& app, const std::string& account_id, const std::string& identifier, const std::string& app_password) {
    const NetworkAccount* account = find_account(app.doc.workspace(), account_id);
    if (!account || account->network != Network::bluesky) return;
    const std::string key = link_key(app.doc_id, account_id);
    AccountLink& l = app.connections.links[key];
    std::string id = trimmed(identifier);
    if (!id.empty() && id.front() == '@') id.erase(0, 1);
    const std::string password = trimmed(app_password);
    if (id.empty() || password.empty()) {
        l.state = LinkState::error;
        l.message = say(app, "connect.ui.bluesky.fields_needed");
        return;
    }
    const std::string base = bluesky::base_url(account->instance);
    l.state = LinkState::connecting;
    l.message = say(app, "connect.ui.bluesky.signing_in");
    send(app, bluesky::create_session_request(base, id, password), [key, base](App& a, const connect::HttpResponse& r) {
        AccountLink& link = a.connections.links[key];
        const auto session = bluesky::read_session(r);
        if (!session) {
            const connect::Failure f = answer_failure(r, Network::bluesky);
            link.state = LinkState::error;
            // 401 here is not an expired token: the identifier or the app password is wrong.
            link.message = f.kind == connect::FailureKind::unauthorized
                               ? say(a, "connect.ui.bluesky.bad_password")
                               : connect::failure_message(f, a.settings.lang);
            return;
        }
        link.state = LinkState::connected;
        link.connection = {base, session->access_jwt, session->did, "@" + session->handle};
        link.refresh_token = session->refresh_jwt;
        link.message.clear();
        store_link(a, key);
        account_reconnected(a, key);
    });
}

// deleteSession presents the refresh token; the link is forgotten here whatever the PDS says.
void connections_detail::bluesky_disconnect(App& app, const AccountLink& link, std::function<void(App&, bool)> forget) {
    send(app, bluesky::delete_session_request(link.connection.base, link.refresh_token),
         [forget = std::move(forget)](App& a, const connect::HttpResponse& r) { forget(a, r.status >= 200 && r.status < 300); });
}

//-----------------------------------------------------------------------------
// [SECTION] Publishing: preparing the job
//-----------------------------------------------------------------------------
// The rkey comes from the post, the account and the first attempt's instant (bluesky::post_rkey).
// A job tried again after « Reconnectez le compte » or a refusal keeps its rkey: should an earlier
// attempt have reached the PDS after all, step 1 finds it.
std::string connections_detail::bluesky_prepare(App& app, const Post& post, const PublishJob* existing, PublishJob& job) {
    const Workspace& ws = app.doc.workspace();
    connect::PlanOptions options;
    options.account_id = job.account_id;
    options.now = now_instant();
    const connect::PublishPlan plan = connect::plan_publish(ws, post, options);
    if (!plan.skipped.empty()) {
        const std::string key = "connect.ui.skipped." + plan.skipped.front().reason;
        return catalogue_has(key, app.settings.lang) ? say(app, key.c_str()) : plan.skipped.front().reason;
    }
    const PostVariant* variant = nullptr;
    for (const PostVariant& v : post.variants)
        if (v.account_id == job.account_id) variant = &v;
    if (!variant) return say(app, "connect.ui.skipped.no_variant");
    job.network = Network::bluesky;
    job.text = variant->text;
    for (const Media& m : variant->media) {
        if (m.kind != MediaKind::image) return say(app, "connect.ui.bluesky.images_only");
        if (m.sha256.empty()) return say(app, "connect.ui.image_not_here", {{"name", m.name}});
        if (m.bytes > bluesky::kMaxImageBytes) return say(app, "connect.ui.bluesky.image_too_large", {{"name", m.name}});
        job.images.push_back(m);
    }
    if (job.images.size() > bluesky::kMaxImages) return say(app, "connect.ui.bluesky.too_many_images");
    if (existing && existing->network == Network::bluesky && !existing->rkey.empty()) {
        job.rkey = existing->rkey;
        job.created_at = existing->created_at;
        job.run = existing->run;
    } else {
        job.created_at = options.now;
        job.rkey = bluesky::post_rkey(post.id, job.account_id, options.now);
    }
    return {};
}

//-----------------------------------------------------------------------------
// [SECTION] Publishing: the run
//-----------------------------------------------------------------------------
namespace {

// One run of one job: what the steps gathered so far. Shared by the answers' callbacks; the job
// itself stays in Connections::jobs and is looked up at each answer (it may be gone, or tried again).
struct Run {
    std::string workspace_id, post_id, account_id;
    int run = 0;
    bluesky::PostOptions options;
    std::vector<std::string> mentions;  // handles to resolve
    std::size_t next_mention = 0, next_image = 0;
    bool refreshed = false;             // the access token was renewed once in this run
};
using RunPtr = std::shared_ptr<Run>;

PublishJob* job_of(App& app, const Run& run) {
    PublishJob* job = find_job(app, run.workspace_id, run.post_id, run.account_id);
    return job && job->run == run.run && job->state == JobState::sending ? job : nullptr;
}

const AccountLink& link_for(App& app, const Run& run) { return link_of(app, run.workspace_id, run.account_id); }

void check_record(App& app, RunPtr run);
void resolve_mentions(App& app, RunPtr run);
void upload_images(App& app, RunPtr run);
void create_record(App& app, RunPtr run);

void fail(App& app, const RunPtr& run, connect::Failure f) {
    if (PublishJob* job = job_of(app, *run)) job_failed(app, *job, f);
}

void refuse(App& app, const RunPtr& run, std::string message) {
    if (PublishJob* job = job_of(app, *run)) {
        job->state = JobState::failed;
        job->message = std::move(message);
    }
}

// A step's failure. An expired access token is renewed once (refreshSession), then the run starts
// again from its check; a refresh refused means the session is over: « Reconnectez le compte ».
void failed_step(App& app, const RunPtr& run, const connect::HttpResponse& r) {
    const connect::Failure f = failure_of(r, Network::bluesky);
    const AccountLink& link = link_for(app, *run);
    if (f.kind != connect::FailureKind::unauthorized || run->refreshed || link.refresh_token.empty()) return fail(app, run, f);
    run->refreshed = true;
    refresh(app, link_key(run->workspace_id, run->account_id), [run, f](App& a, const connect::Failure& refresh) {
        // Refused (expired or revoked refresh token): the account must sign in again. No answer
        // at all: the job waits like any other step without an answer.
        if (!refresh.ok()) return fail(a, run, connect::retryable(refresh.kind) ? refresh : f);
        if (job_of(a, *run)) check_record(a, run);
    });
}

void finish(App& app, const RunPtr& run, const bluesky::Created& created) {
    PublishJob* job = job_of(app, *run);
    if (!job) return;
    std::string handle = link_for(app, *run).connection.handle;
    if (!handle.empty() && handle.front() == '@') handle.erase(0, 1);
    job_published(app, *job, {run->account_id, created.uri, bluesky::permalink(handle, run->options.rkey), false, std::nullopt});
}

// 1. Is the record there already?
void check_record(App& app, RunPtr run) {
    const AccountLink& link = link_for(app, *run);
    send(app, bluesky::get_record_request(link.connection.base, run->options.repo, run->options.rkey),
         [run](App& a, const connect::HttpResponse& r) {
             if (!job_of(a, *run)) return;
             if (const auto held = bluesky::read_record(r)) return finish(a, run, *held);
             if (bluesky::record_absent(r)) return resolve_mentions(a, run);
             failed_step(a, run, r);
         });
}

// 2. The mentions' DIDs, one request each.
void resolve_mentions(App& app, RunPtr run) {
    if (run->next_mention >= run->mentions.size()) return upload_images(app, run);
    const std::string handle = run->mentions[run->next_mention];
    send(app, bluesky::resolve_handle_request(link_for(app, *run).connection.base, handle), [run, handle](App& a, const connect::HttpResponse& r) {
        if (!job_of(a, *run)) return;
        if (const auto did = bluesky::read_did(r)) run->options.dids[handle] = *did;
        else if (r.status != 400) return failed_step(a, run, r);  // 400: no such handle, the mention stays text
        ++run->next_mention;
        resolve_mentions(a, run);
    });
}

// 3. The images: bytes from the device, then uploadBlob.
void upload_images(App& app, RunPtr run) {
    PublishJob* job = job_of(app, *run);
    if (!job) return;
    if (run->next_image >= job->images.size()) return create_record(app, run);
    const Media image = job->images[run->next_image];
    read_image(app, image, [run, image](App& a, const std::string* bytes, const std::string& mime) {
        if (!job_of(a, *run)) return;
        if (!bytes) return refuse(a, run, say(a, "connect.ui.image_not_here", {{"name", image.name}}));
        send(a, bluesky::upload_blob_request(link_for(a, *run).connection.base, link_for(a, *run).connection.token, *bytes, mime),
             [run, image](App& b, const connect::HttpResponse& r) {
                 if (!job_of(b, *run)) return;
                 const auto blob = bluesky::read_blob(r);
                 if (!blob && r.status >= 200 && r.status < 300) return fail(b, run, {connect::FailureKind::unreadable});
                 if (!blob) return failed_step(b, run, r);
                 run->options.images.push_back({*blob, image.alt_text});
                 ++run->next_image;
                 upload_images(b, run);
             });
    });
}

// 4. The record, at the rkey. Any failure but an expired token is checked against the PDS first:
// the record may be there (the reference PDS answers 500 to a createRecord at an rkey it holds,
// e.g. when the browser resent a request whose answer was cut). Not there: the failure counts.
void create_record(App& app, RunPtr run) {
    const AccountLink& link = link_for(app, *run);
    send(app, bluesky::create_post_request(link.connection.base, link.connection.token, run->options),
         [run](App& a, const connect::HttpResponse& r) {
             if (!job_of(a, *run)) return;
             if (const auto created = bluesky::read_created(r)) return finish(a, run, *created);
             if (failure_of(r, Network::bluesky).kind == connect::FailureKind::unauthorized) return failed_step(a, run, r);
             const AccountLink& l = link_for(a, *run);
             send(a, bluesky::get_record_request(l.connection.base, run->options.repo, run->options.rkey),
                  [run, r](App& b, const connect::HttpResponse& check) {
                      if (!job_of(b, *run)) return;
                      if (const auto held = bluesky::read_record(check)) return finish(b, run, *held);
                      failed_step(b, run, r);
                  });
         });
}

}  // namespace

void connections_detail::bluesky_send_job(App& app, PublishJob& job) {
    const AccountLink& link = link_of(app, job.workspace_id, job.account_id);
    if (link.connection.token.empty()) {  // disconnected since (a retry from the queue): nothing sent
        job.state = JobState::failed;
        job.message = say(app, "connect.ui.not_connected");
        return;
    }
    job.state = JobState::sending;
    ++job.run;
    auto run = std::make_shared<Run>();
    run->workspace_id = job.workspace_id;
    run->post_id = job.post_id;
    run->account_id = job.account_id;
    run->run = job.run;
    run->options.repo = link.connection.user_id;  // the DID
    run->options.rkey = job.rkey;
    run->options.created_at = job.created_at;
    run->options.rich = bluesky::rich_text(job.text);
    for (const bluesky::Facet& f : run->options.rich.facets)
        if (f.kind == bluesky::FacetKind::mention) run->mentions.push_back(f.value);
    check_record(app, run);
}

}  // namespace parvis::app
