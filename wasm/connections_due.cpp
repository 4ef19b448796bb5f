// The app's side of sending posts at their time on Bluesky, which has no scheduling of its own
// (issue 11, item 6): while Parvis is open, a post whose time comes is published through the
// same job as « Publier maintenant »; one whose time passed while Parvis was closed, or that
// could not go out within the grace, is listed for a person to decide. Nothing is sent late by
// itself. The rule is core's (connect/due_posts.h).
#include <string>
#include <vector>

#include "app.h"
#include "connect/due_posts.h"
#include "connections.h"
#include "connections_internal.h"
#include "platform/platform.h"

namespace parvis::app {
namespace connections_detail {

void send_due_posts(App& app, double now) {
    Connections& c = app.connections;
    if (!c.ready || app.loading || now < c.due_next) return;
    c.due_next = now + kDueEvery;
    std::vector<std::string> connected;
    for (const NetworkAccount& a : app.doc.workspace().accounts)
        if (account_link(app, a.id).state == LinkState::connected) connected.push_back(a.id);
    const connect::DuePosts found = connect::due_posts(app.doc.workspace(), connected, now_instant());
    // A post already under way, or failed, is not sent again by itself: past the grace it is
    // listed with the missed ones.
    if (platform::online())
        for (const connect::DuePost& d : found.due)
            if (!publish_job(app, d.post_id, d.account_id)) publish_on_platform(app, d.post_id, d.account_id, false);
    c.missed = found.missed;
}

}  // namespace connections_detail

const std::vector<connect::DuePost>& missed_posts(const App& app) { return app.connections.missed; }

}  // namespace parvis::app
