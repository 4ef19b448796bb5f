// Posts a platform held scheduled, asked about once their time has passed (issue 11; the rule and
// the requests: core/connect/published_there.h). Part of each relève of a Mastodon account or a
// Facebook Page: the relève ends with the last answer, and what it finds is recorded through
// core/edit, each post its own undo step:
//   - out on the platform → « Publié », with its permalink and the time it went out; its counts
//     come back from the next relève like any published post's;
//   - no longer there → the variant is freed (cancelled there: deleted on the platform);
//   - not out yet, or the question failed → asked again at the next relève (a refused token
//     marks the account « Reconnectez le compte », as the rest of the relève does).
#include <memory>
#include <utility>

#include "app.h"
#include "connect/facebook.h"
#include "connect/published_there.h"
#include "connections.h"
#include "connections_internal.h"
#include "edit/publish_edits.h"

namespace parvis::app {

using namespace connections_detail;

namespace {

struct Asked {
    std::string ws_id, key;
    std::size_t waiting = 0;
    connect::Failure failure;
};
using AskedPtr = std::shared_ptr<Asked>;

// One post's answer; the relève's part ends with the last one.
void answered(App& app, const AskedPtr& asked, const connect::Failure& failure = {}) {
    if (!failure.ok() && asked->failure.ok()) asked->failure = failure;
    if (--asked->waiting == 0) sync_answered(app, asked->key, asked->failure);
}

void record(App& app, const edit::Result& result) {
    after_edit(app, result);
    app.doc.end_step();
}

void out_there(App& app, const AskedPtr& asked, const connect::DueThere& due, std::string id, std::string permalink, Instant at) {
    if (asked->ws_id != app.doc_id) return;  // another workspace is open: the next relève asks again
    app.doc.end_step();
    edit::PlatformPublish done{due.account_id, std::move(id), std::move(permalink), false, std::nullopt};
    done.published_at = at;
    record(app, edit::record_platform_publish(app.doc.edit(), actor(app), due.post_id, done));
}

void gone_there(App& app, const AskedPtr& asked, const connect::DueThere& due) {
    if (asked->ws_id != app.doc_id) return;
    app.doc.end_step();
    record(app, edit::record_platform_cancel(app.doc.edit(), actor(app), due.post_id, due.account_id));
}

void ask_facebook(App& app, const AskedPtr& asked, const connect::DueThere& due, const connect::Connection& c) {
    send(app, connect::facebook::post_state_request(c.base, c.token, due.external_id), [asked, due](App& a, const connect::HttpResponse& r) {
        if (const auto state = connect::facebook::read_post_state(r)) {
            if (state->published)
                out_there(a, asked, due, due.external_id, connect::facebook::permalink(due.external_id), state->at.value_or(due.at));
            return answered(a, asked);
        }
        if (connect::facebook::post_gone(r)) {
            gone_there(a, asked, due);
            return answered(a, asked);
        }
        answered(a, asked, answer_failure(r, Network::facebook));
    });
}

void ask_mastodon(App& app, const AskedPtr& asked, const connect::DueThere& due, const connect::Connection& c) {
    send(app, connect::mastodon::scheduled_get_request(c.base, c.token, due.external_id), [asked, due](App& a, const connect::HttpResponse& r) {
        if (r.status >= 200 && r.status < 300) return answered(a, asked);  // still scheduled there: not out yet
        if (r.status != 404) return answered(a, asked, answer_failure(r, Network::mastodon));
        // The instance no longer holds it scheduled: published (a new status), or deleted there.
        mastodon_find_status(a, asked->key, due.at, due.text,
                             [asked, due](App& b, const std::optional<connect::mastodon::StatusHead>& found, const connect::Failure& f) {
                                 if (!f.ok()) return answered(b, asked, f);
                                 if (found) out_there(b, asked, due, found->id, found->url, found->created_at);
                                 else gone_there(b, asked, due);
                                 answered(b, asked);
                             });
    });
}

}  // namespace

void connections_detail::check_published_there(App& app, const NetworkAccount& account) {
    const std::vector<connect::DueThere> due = connect::due_there(app.doc.workspace(), account.id, now_instant());
    const std::string key = link_key(app.doc_id, account.id);
    AccountLink* link = find_link(app, key);
    if (due.empty() || !link) return;
    ++link->sync.in_flight;
    auto asked = std::make_shared<Asked>(Asked{app.doc_id, key, due.size(), {}});
    const connect::Connection c = link->connection;
    for (const connect::DueThere& d : due) {
        if (d.network == Network::facebook) ask_facebook(app, asked, d, c);
        else ask_mastodon(app, asked, d, c);
    }
}

}  // namespace parvis::app
