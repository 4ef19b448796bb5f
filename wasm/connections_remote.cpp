// The app's side of posts scheduled on a platform (issue 11, items 2 and 6): whatever changes the
// post in Parvis — the calendar, Rédaction, undo, an import — is carried to the platform holding
// it: moved there, or cancelled there. The rule (what differs) is core's (remote_schedule.h); here
// the requests are sent, retried like publishes, and the answers recorded through core/edit.
#include <algorithm>
#include <string>

#include "app.h"
#include "connect/failure.h"
#include "connect/remote_schedule.h"
#include "connections.h"
#include "connections_internal.h"
#include "edit/publish_edits.h"
#include "io/enum_names.h"
#include "format/format.h"

namespace parvis::app {

using connect::RemoteChange;
using connect::RemoteChangeKind;

namespace {

RemoteJob* find_remote(App& app, const std::string& workspace_id, const std::string& post_id, const std::string& account_id) {
    for (RemoteJob& j : app.connections.remote)
        if (j.workspace_id == workspace_id && j.change.post_id == post_id && j.change.account_id == account_id) return &j;
    return nullptr;
}

std::string say(const App& app, const char* key, const RemoteChange& c) {
    const std::string network = parvis::tr(("network." + std::string(io::enum_name(c.network))).c_str(), app.settings.lang);
    const std::string at = format_instant_local(c.at, app.doc.workspace().profile.time_zone, app.settings.lang);
    return parvis::tr(key, app.settings.lang, {{"network", network}, {"at", at}});
}

void send_remote(App& app, RemoteJob& job);

// The platform answered. Done: recorded (one undo step, audited). 404: the platform no longer
// holds the post (deleted there, or gone): recorded as cancelled there, and a move says so.
void remote_answer(App& app, const std::string& workspace_id, const RemoteChange& change, int run, const connect::HttpResponse& r) {
    RemoteJob* job = find_remote(app, workspace_id, change.post_id, change.account_id);
    if (!job || job->run != run || job->state != JobState::sending) return;  // replaced meanwhile
    const connect::Failure f = connect::read_failure(r, change.network, now_instant());
    const bool gone = f.kind == connect::FailureKind::not_found;
    if (!f.ok() && !gone) return connections_detail::remote_failed(app, *job, f);
    job->state = JobState::done;
    const bool moved = f.ok() && change.kind == RemoteChangeKind::move;
    job->message = say(app, moved ? "connect.remote.moved" : gone && change.kind == RemoteChangeKind::move ? "connect.remote.gone"
                                                                                                          : "connect.remote.cancelled", change);
    if (workspace_id != app.doc_id) return;  // another workspace is open: compared again when it is
    const edit::Actor who = actor(app);
    Workspace& ws = app.doc.edit();
    after_edit(app, moved ? edit::record_platform_reschedule(ws, who, change.post_id, change.account_id, change.at)
                          : edit::record_platform_cancel(ws, who, change.post_id, change.account_id));
    app.doc.end_step();
}

void send_remote(App& app, RemoteJob& job) {
    const AccountLink& link = account_link(app, job.change.account_id);
    if (link.state != LinkState::connected) {
        job.state = JobState::reconnect;
        job.message = say(app, "connect.remote.not_connected", job.change);
        return;
    }
    const auto request = connect::remote_change_request(job.change, link.connection);
    if (!request) {  // a move too close for the platform: never sent, the person decides
        job.state = JobState::failed;
        job.message = say(app, job.change.network == Network::facebook ? "connect.remote.too_soon_facebook" : "connect.remote.too_soon", job.change);
        return;
    }
    job.state = JobState::sending;
    job.message = say(app, job.change.kind == RemoteChangeKind::move ? "connect.remote.moving" : "connect.remote.cancelling", job.change);
    connections_detail::send(app, *request, [ws = job.workspace_id, change = job.change, run = job.run](App& a, const connect::HttpResponse& r) {
        remote_answer(a, ws, change, run, r);
    });
}

// A change to carry: a new job, or the one for this post and account replaced. The same change
// still under way (sending, waiting for a retry, the network or the account) is left to go on; a
// refused one is tried again at the next edit, when the person may have fixed what was refused.
bool under_way(JobState s) { return s == JobState::sending || s == JobState::waiting || s == JobState::queued || s == JobState::reconnect; }

void start(App& app, const RemoteChange& change) {
    RemoteJob* job = find_remote(app, app.doc_id, change.post_id, change.account_id);
    if (job && job->change == change && under_way(job->state)) return;
    if (!job) job = &app.connections.remote.emplace_back();
    const int run = job->run + 1;
    *job = {app.doc_id, change};
    job->run = run;
    send_remote(app, *job);
}

}  // namespace

namespace connections_detail {

// From the tick: the open workspace compared with what the platforms hold whenever it changed;
// the jobs waiting for a retry, the network or the account sent again.
void follow_remote_schedules(App& app, double now) {
    Connections& c = app.connections;
    if (!c.ready || app.loading) return;
    if (c.remote_revision != app.doc.revision()) {
        c.remote_revision = app.doc.revision();
        const Workspace& ws = app.doc.workspace();
        const auto changes = connect::remote_changes(ws, now_instant());
        // A change waiting (for a retry, the network, the account) that the workspace no longer
        // wants — the post moved back meanwhile — is never sent. Crisis mode's cancellations stay
        // while their post is held.
        const auto held = connect::held_on_platforms(ws, now_instant());
        std::erase_if(c.remote, [&](const RemoteJob& j) {
            const auto listed = [&](const std::vector<RemoteChange>& v) { return std::find(v.begin(), v.end(), j.change) != v.end(); };
            return j.workspace_id == app.doc_id && j.state != JobState::sending && under_way(j.state) && !listed(changes) && !listed(held);
        });
        for (const RemoteChange& change : changes) start(app, change);
    }
    for (RemoteJob& job : c.remote) {
        const bool back = job.state == JobState::reconnect && job.workspace_id == app.doc_id &&
                          account_link(app, job.change.account_id).state == LinkState::connected;
        if (back || job_due(job.state, job.next_try, now)) send_remote(app, job);
    }
}

}  // namespace connections_detail

void cancel_held_on_platforms(App& app) {
    for (const RemoteChange& change : connect::held_on_platforms(app.doc.workspace(), now_instant())) start(app, change);
}

const RemoteJob* remote_job(const App& app, const std::string& post_id, const std::string& account_id) {
    for (const RemoteJob& j : app.connections.remote)
        if (j.workspace_id == app.doc_id && j.change.post_id == post_id && j.change.account_id == account_id) return &j;
    return nullptr;
}

}  // namespace parvis::app
