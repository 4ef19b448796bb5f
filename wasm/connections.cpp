// The app's side of the connectors. See connections.h.
//
// Index
// [SECTION] Helpers: keys, records, HTTP
// [SECTION] Start-up and events
// [SECTION] Signing in (Mastodon: app registration, OAuth 2 + PKCE S256)
// [SECTION] Disconnecting
// [SECTION] Publishing
// [SECTION] Shared with connections_bluesky.cpp and connections_sync.cpp (connections_internal.h)
// [SECTION] Test hook summary
#include "connections.h"
#include "connections_internal.h"

#include <algorithm>
#include <utility>

#include <nlohmann/json.hpp>

#include "app.h"
#include "connect/failure.h"
#include "connect/oauth_return.h"
#include "connect/pkce.h"
#include "edit/publish_edits.h"
#include "media/media_ref.h"
#include "model/find.h"
#include "platform/platform.h"
#include "strategy/circuit.h"

namespace parvis::app {

namespace mastodon = connect::mastodon;
using connections_detail::answer_failure;
using connections_detail::failure_of;
using connections_detail::say;

std::string connections_detail::say(const App& app, const char* key, const Args& args) { return parvis::tr(key, app.settings.lang, args); }

//-----------------------------------------------------------------------------
// [SECTION] Helpers: keys, records, HTTP
//-----------------------------------------------------------------------------
namespace {

std::string link_key(const std::string& workspace_id, const std::string& account_id) {
    return workspace_id + "|" + account_id;
}
std::string account_record_key(const std::string& link) { return "account|" + link; }
std::string client_record_key(const std::string& base, const std::string& redirect) { return "client|" + base + "|" + redirect; }
constexpr const char* kPendingKey = "pending";


AccountLink& link_of(App& app, const std::string& workspace_id, const std::string& account_id) {
    return app.connections.links[link_key(workspace_id, account_id)];
}

nlohmann::json limits_json(const mastodon::InstanceLimits& l) {
    return {{"max_characters", l.max_characters}, {"characters_reserved_per_url", l.characters_reserved_per_url},
            {"max_media_attachments", l.max_media_attachments}, {"image_size_limit", l.image_size_limit},
            {"description_limit", l.description_limit}};
}

mastodon::InstanceLimits limits_from(const nlohmann::json& j) {
    mastodon::InstanceLimits l;
    l.max_characters = j.value("max_characters", l.max_characters);
    l.characters_reserved_per_url = j.value("characters_reserved_per_url", l.characters_reserved_per_url);
    l.max_media_attachments = j.value("max_media_attachments", l.max_media_attachments);
    l.image_size_limit = j.value("image_size_limit", l.image_size_limit);
    l.description_limit = j.value("description_limit", l.description_limit);
    return l;
}

void store_link(App& app, const std::string& key) {
    const auto it = app.connections.links.find(key);
    if (it == app.connections.links.end()) return;
    const AccountLink& l = it->second;
    nlohmann::json record = {{"base", l.connection.base}, {"token", l.connection.token}, {"acct", l.connection.user_id},
                             {"redirect_uri", l.redirect_uri}};
    if (l.limits) record["limits"] = limits_json(*l.limits);
    // Bluesky: acct is the DID; Facebook: the Page id. The handle (or the Page's name) is said apart.
    record["handle"] = l.connection.handle;
    if (!l.refresh_token.empty()) record["refresh"] = l.refresh_token;
    platform::secret_write(account_record_key(key), record.dump());
}

const OAuthClient* find_client(const App& app, const std::string& base, const std::string& redirect) {
    for (const OAuthClient& c : app.connections.clients)
        if (c.base == base && c.redirect_uri == redirect) return &c;
    return nullptr;
}

connect::HttpResponse response_of(const platform::Event& e) {
    connect::HttpResponse r;
    r.status = static_cast<int>(e.number);
    r.timed_out = e.code == "timeout";
    for (const auto& [name, value] : e.headers) r.headers.push_back({name, value});
    if (e.code != "too_large") r.body = e.text;
    return r;
}

// Hands a request the core built to the platform's one HTTP bridge; `then` reads the answer.
void send(App& app, const connect::HttpRequest& request, std::function<void(App&, const connect::HttpResponse&)> then) {
    platform::HttpCall call;
    call.method = request.method;
    call.url = request.url;
    for (const connect::Header& h : request.headers) call.headers.emplace_back(h.name, h.value);
    call.body = request.body;
    call.timeout_ms = request.timeout_ms;
    call.max_response_bytes = connect::kMaxResponseBytes;
    app.connections.waiting[platform::http_send(call)] = std::move(then);
}

// A failed request of a publish or a reply: « Reconnectez le compte » on 401 (the account too), a
// retry later (backoff honouring the platform's waiting headers; queued while offline), or
// refused with the platform's words.
const std::string& account_of(const PublishJob& job) { return job.account_id; }
const std::string& account_of(const ReplyJob& job) { return job.account_id; }
const std::string& account_of(const RemoteJob& job) { return job.change.account_id; }

template <class Job>
void job_failure(App& app, Job& job, const connect::Failure& f) {
    job.message = connect::failure_message(f, app.settings.lang);
    if (f.kind == connect::FailureKind::unauthorized) {
        job.state = JobState::reconnect;
        AccountLink& l = link_of(app, job.workspace_id, account_of(job));
        l.state = LinkState::reconnect;
        l.message = job.message;
    } else if (connect::retryable(f.kind)) {
        ++job.attempt;
        job.next_try = app.connections.clock + static_cast<double>(connect::retry_delay(f, job.attempt).count());
        job.state = f.kind == connect::FailureKind::offline && !platform::online() ? JobState::queued : JobState::waiting;
    } else {
        job.state = JobState::failed;
    }
}

// A waiting job whose time came, or a queued one once the browser is back online.
bool job_due(JobState state, double next_try, double now) {
    return (state == JobState::waiting && now >= next_try) ||
           (state == JobState::queued && platform::online() && (next_try == 0 || now >= next_try));
}

void set_error(App& app, const std::string& key, std::string message) {
    AccountLink& l = app.connections.links[key];
    l.state = LinkState::error;
    l.message = std::move(message);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Start-up and events
//-----------------------------------------------------------------------------
static void finish_sign_in(App& app, const std::string& code);

void connections_start(App& app) {
    Connections& c = app.connections;
    const std::string query = platform::page_query();
    // A platform sent the user back here: keep the answer for when the secrets are read, and take
    // the code out of the address bar at once (a reload or a bookmark must not carry it).
    if (connect::read_oauth_return(query)) {
        c.returned_query = query;
        platform::replace_page_query("");
    }
    platform::secrets_open();
}

// The sign-in waiting for this return: check the state (it proves the answer is for the request
// this device made), then exchange the code.
static void handle_return(App& app) {
    Connections& c = app.connections;
    const auto back = connect::read_oauth_return(std::exchange(c.returned_query, {}));
    if (!back) return;
    if (!c.pending || c.pending->out_of_band || c.pending->state != back->state) {
        app.message = say(app, "connect.ui.state_mismatch");
        app.message_is_error = true;
        return;
    }
    const std::string key = link_key(c.pending->workspace_id, c.pending->account_id);
    if (!back->error.empty()) {
        set_error(app, key, say(app, "connect.ui.denied", {{"detail", back->error_description.empty() ? back->error : back->error_description}}));
        c.pending.reset();
        platform::secret_write(kPendingKey, "");
        return;
    }
    finish_sign_in(app, back->code);
}

static void on_secrets_ready(App& app, const platform::Event& e) {
    Connections& c = app.connections;
    c.ready = true;
    if (!e.ok) {
        c.unavailable = e.code.empty() ? "failed" : e.code;
        return;
    }
    const auto j = nlohmann::json::parse(e.json, nullptr, false);
    const nlohmann::json records = j.is_object() ? j.value("records", nlohmann::json::object()) : nlohmann::json::object();
    if (!records.is_object()) return;
    for (const auto& [key, value] : records.items()) {
        if (!value.is_object()) continue;
        if (key.rfind("client|", 0) == 0) {
            c.clients.push_back({value.value("base", ""), value.value("redirect_uri", ""),
                                 {value.value("client_id", ""), value.value("client_secret", "")}});
        } else if (key.rfind("account|", 0) == 0) {
            AccountLink l;
            l.connection.base = value.value("base", "");
            l.connection.token = value.value("token", "");
            l.connection.user_id = value.value("acct", "");
            l.connection.handle = "@" + l.connection.user_id;
            l.redirect_uri = value.value("redirect_uri", "");
            l.refresh_token = value.value("refresh", "");
            if (value.contains("handle") && value["handle"].is_string()) l.connection.handle = value["handle"].get<std::string>();
            if (value.contains("limits") && value["limits"].is_object()) l.limits = limits_from(value["limits"]);
            l.state = l.connection.token.empty() ? LinkState::disconnected : LinkState::connected;
            c.links[key.substr(std::string("account|").size())] = std::move(l);
        } else if (key.rfind(connect::kUnsettledPrefix, 0) == 0) {
            connections_detail::unsettled_loaded(app, key, value.dump());
        } else if (key == kPendingKey) {
            c.pending = PendingSignIn{value.value("workspace_id", ""), value.value("account_id", ""), value.value("base", ""),
                                      value.value("redirect_uri", ""), value.value("state", ""), value.value("verifier", ""), false};
        }
    }
    handle_return(app);
}

void connections_event(App& app, platform::Event& e) {
    Connections& c = app.connections;
    using K = platform::EventKind;
    switch (e.kind) {
    case K::secrets_ready: on_secrets_ready(app, e); break;
    case K::http_response: {
        const auto it = c.waiting.find(e.request);
        if (it == c.waiting.end()) break;
        auto then = std::move(it->second);
        c.waiting.erase(it);
        then(app, response_of(e));
        break;
    }
    case K::secret_saved:
        if (e.request == c.pending_write) {
            c.pending_write = 0;
            if (!e.ok) {  // the verifier could not be kept: leaving would lose the sign-in
                if (c.pending) set_error(app, link_key(c.pending->workspace_id, c.pending->account_id), say(app, "connect.ui.secrets_unavailable"));
                c.leave_to.clear();
            }
        }
        break;
    case K::online:
        for (PublishJob& job : c.jobs)
            if (job.state == JobState::queued) job.next_try = 0;
        for (ReplyJob& job : c.replies)
            if (job.state == JobState::queued) job.next_try = 0;
        break;
    default: break;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Signing in (Mastodon: app registration, OAuth 2 + PKCE S256)
//-----------------------------------------------------------------------------
const AccountLink& account_link(const App& app, const std::string& account_id) {
    static const AccountLink none;
    const auto it = app.connections.links.find(link_key(app.doc_id, account_id));
    return it == app.connections.links.end() ? none : it->second;
}

const PendingSignIn* pending_sign_in(const App& app, const std::string& account_id) {
    const auto& p = app.connections.pending;
    return p && p->account_id == account_id && p->workspace_id == app.doc_id ? &*p : nullptr;
}

// With the client known: a fresh verifier and state, then the instance's sign-in page (in this
// tab, once the sign-in is safely written; or in a new tab for the out-of-band code).
static void authorize(App& app, const PendingSignIn& base_info) {
    Connections& c = app.connections;
    const OAuthClient* client = find_client(app, base_info.base, base_info.redirect_uri);
    if (!client) return;
    PendingSignIn p = base_info;
    p.verifier = connect::pkce_verifier(platform::random_bytes(32));
    p.state = connect::oauth_state(platform::random_bytes(16));
    const std::string url = mastodon::authorize_url(p.base, client->app, p.redirect_uri, p.state, connect::pkce_challenge(p.verifier));
    AccountLink& l = link_of(app, p.workspace_id, p.account_id);
    l.state = LinkState::connecting;
    c.pending = p;
    if (p.out_of_band) {
        l.message = say(app, "connect.ui.paste_code_help");
        platform::open_window(url);
        return;
    }
    l.message = say(app, "connect.ui.going_to_instance");
    const nlohmann::json record = {{"workspace_id", p.workspace_id}, {"account_id", p.account_id}, {"base", p.base},
                                   {"redirect_uri", p.redirect_uri}, {"state", p.state}, {"verifier", p.verifier}};
    c.pending_write = platform::secret_write(kPendingKey, record.dump());
    c.leave_to = url;
    app.save_now = true;  // the workspace is written before the page is left
}

void connect_account(App& app, const std::string& account_id, bool out_of_band) {
    Connections& c = app.connections;
    const NetworkAccount* account = find_account(app.doc.workspace(), account_id);
    if (!account || account->network != Network::mastodon) return;
    const std::string key = link_key(app.doc_id, account_id);
    if (!c.ready || !c.unavailable.empty()) { set_error(app, key, say(app, "connect.ui.secrets_unavailable")); return; }
    if (account->instance.empty()) { set_error(app, key, say(app, "connect.ui.no_instance")); return; }
    // Leaving the page would lose a workspace that lives in memory only: the pasted code then.
    if (!out_of_band && app.save_state == SaveState::memory_only) { set_error(app, key, say(app, "connect.ui.memory_only")); return; }
    PendingSignIn p;
    p.workspace_id = app.doc_id;
    p.account_id = account_id;
    p.base = mastodon::base_url(account->instance);
    p.redirect_uri = out_of_band ? std::string(mastodon::kOutOfBand) : platform::page_address();
    p.out_of_band = out_of_band;
    AccountLink& l = c.links[key];
    l.state = LinkState::connecting;
    l.message = say(app, "connect.ui.registering");
    if (find_client(app, p.base, p.redirect_uri)) { authorize(app, p); return; }
    send(app, mastodon::register_app(p.base, p.redirect_uri), [p, key](App& a, const connect::HttpResponse& r) {
        const auto client = mastodon::read_app(r);
        if (!client) {
            const connect::Failure f = answer_failure(r, Network::mastodon);
            set_error(a, key, connect::failure_message(f, a.settings.lang));
            return;
        }
        a.connections.clients.push_back({p.base, p.redirect_uri, *client});
        platform::secret_write(client_record_key(p.base, p.redirect_uri),
                               nlohmann::json{{"base", p.base}, {"redirect_uri", p.redirect_uri},
                                              {"client_id", client->client_id}, {"client_secret", client->client_secret}}.dump());
        authorize(a, p);
    });
}

// The instance's limits, for the counter and Paramètres › Comptes.
static void read_limits(App& app, const std::string& key, const std::string& base) {
    send(app, mastodon::instance_request(base), [key](App& a, const connect::HttpResponse& r) {
        const auto limits = mastodon::read_instance(r);
        const auto it = a.connections.links.find(key);
        if (!limits || it == a.connections.links.end()) return;
        it->second.limits = *limits;
        store_link(a, key);
    });
}

// The code (from the redirect or pasted) for a token, then who it is (verify_credentials).
static void finish_sign_in(App& app, const std::string& code) {
    Connections& c = app.connections;
    if (!c.pending) return;
    const PendingSignIn p = *c.pending;
    const std::string key = link_key(p.workspace_id, p.account_id);
    const OAuthClient* client = find_client(app, p.base, p.redirect_uri);
    if (!client) { set_error(app, key, say(app, "connect.ui.state_mismatch")); return; }
    AccountLink& l = c.links[key];
    l.state = LinkState::connecting;
    l.message = say(app, "connect.ui.exchanging");
    send(app, mastodon::token_request(p.base, client->app, p.redirect_uri, code, p.verifier), [p, key](App& a, const connect::HttpResponse& r) {
        const auto token = mastodon::read_token(r);
        if (!token) {
            const connect::Failure f = answer_failure(r, Network::mastodon);
            set_error(a, key, connect::failure_message(f, a.settings.lang));
            return;
        }
        // The sign-in is used: its verifier is forgotten.
        a.connections.pending.reset();
        platform::secret_write(kPendingKey, "");
        const std::string token_value = *token;
        send(a, mastodon::verify_credentials_request(p.base, token_value), [p, key, token_value](App& b, const connect::HttpResponse& v) {
            const auto acct = mastodon::read_acct(v);
            if (!acct) {
                const connect::Failure f = answer_failure(v, Network::mastodon);
                set_error(b, key, connect::failure_message(f, b.settings.lang));
                return;
            }
            AccountLink& link = b.connections.links[key];
            link.state = LinkState::connected;
            link.connection = {p.base, token_value, *acct, "@" + *acct};
            link.redirect_uri = p.redirect_uri;
            link.message.clear();
            store_link(b, key);
            read_limits(b, key, p.base);
            connections_detail::account_reconnected(b, key);
        });
    });
}

void submit_sign_in_code(App& app, const std::string& account_id, const std::string& code) {
    const PendingSignIn* p = pending_sign_in(app, account_id);
    if (!p || !p->out_of_band) return;
    std::string trimmed = code;
    trimmed.erase(0, trimmed.find_first_not_of(" \t\r\n"));
    trimmed.erase(trimmed.find_last_not_of(" \t\r\n") + 1);
    if (trimmed.empty()) return;
    finish_sign_in(app, trimmed);
}

//-----------------------------------------------------------------------------
// [SECTION] Disconnecting
//-----------------------------------------------------------------------------
// Revokes the token at the instance (/oauth/revoke), then forgets it here whatever the answer:
// the user asked for it to be gone from this device. A failed revocation is said.
void disconnect_account(App& app, const std::string& account_id) {
    const std::string key = link_key(app.doc_id, account_id);
    const auto it = app.connections.links.find(key);
    if (it == app.connections.links.end()) return;
    const AccountLink l = it->second;
    auto forget = [key](App& a, bool revoked) {
        a.connections.links.erase(key);
        platform::secret_write(account_record_key(key), "");
        AccountLink& gone = a.connections.links[key];
        gone.message = parvis::tr(revoked ? "connect.ui.disconnected" : "connect.ui.disconnected_not_revoked", a.settings.lang);
    };
    if (!l.refresh_token.empty()) { connections_detail::bluesky_disconnect(app, l, forget); return; }
    // A Page token pasted from Meta's tools has no revocation a web page can call: it is
    // forgotten here, and the UI says where to withdraw it on Facebook.
    if (const NetworkAccount* a = find_account(app.doc.workspace(), account_id); a && a->network == Network::facebook) {
        forget(app, false);
        app.connections.links[key].message = say(app, "connect.ui.facebook.forgotten");
        return;
    }
    const OAuthClient* client = find_client(app, l.connection.base, l.redirect_uri);
    if (!client || l.connection.token.empty()) { forget(app, false); return; }
    send(app, mastodon::revoke_request(l.connection.base, client->app, l.connection.token), [forget](App& a, const connect::HttpResponse& r) {
        forget(a, r.status >= 200 && r.status < 300);
    });
}

//-----------------------------------------------------------------------------
// [SECTION] Publishing
//-----------------------------------------------------------------------------
namespace {

PublishJob* find_job(App& app, const std::string& workspace_id, const std::string& post_id, const std::string& account_id) {
    for (PublishJob& j : app.connections.jobs)
        if (j.workspace_id == workspace_id && j.post_id == post_id && j.account_id == account_id) return &j;
    return nullptr;
}

void send_job(App& app, PublishJob& job);

// What the platform answered to a publish: recorded in the workspace, or retried, or the account
// marked « Reconnectez le compte ». Nothing of the post is changed unless the platform holds it.
void on_publish_answer(App& app, const std::string& ws_id, const std::string& post_id, const std::string& account_id,
                       const connect::HttpResponse& r) {
    PublishJob* job = find_job(app, ws_id, post_id, account_id);
    if (!job) return;
    const connect::Failure f = failure_of(r, Network::mastodon);
    if (f.ok()) {
        const auto published = mastodon::read_published(r);
        if (!published) {
            job->state = JobState::failed;
            job->message = connect::failure_message({connect::FailureKind::unreadable}, app.settings.lang);
            return;
        }
        connections_detail::job_published(app, *job, {account_id, published->id, published->url, published->scheduled, published->scheduled_at});
        return;
    }
    connections_detail::job_failed(app, *job, f);
}

// A Mastodon publish with images, in runs: each image's bytes from the device, POST /api/v2/media
// with its alt text, polled while the instance processes it (202, 206), then the status with the
// media's ids. A retry uploads the images again (orphan media are removed by the instance) but
// sends the status with the same Idempotency-Key: one status whatever happened to the first run.
using RunTag = connections_detail::JobTag;

RunTag tag_of(const PublishJob& job) { return {job.workspace_id, job.post_id, job.account_id, job.run}; }

// The job of this run, still sending: a late answer of an older run, or of a job gone, is dropped.
PublishJob* running(App& app, const RunTag& t) { return connections_detail::tagged_job(app, t, JobState::sending); }

void upload_next(App& app, PublishJob& job);

void media_answer(App& app, const RunTag& t, const connect::HttpResponse& r) {
    PublishJob* job = running(app, t);
    if (!job) return;
    const auto media = mastodon::read_media(r);
    if (!media) {
        const connect::Failure f = answer_failure(r, Network::mastodon);
        return connections_detail::job_failed(app, *job, f);
    }
    if (media->ready) {
        job->media_ids.push_back(media->id);
        job->polls = 0;
        return upload_next(app, *job);
    }
    // Still processing: asked again later from the tick (app clock), a little later each time.
    if (++job->polls > mastodon::kMaxMediaPolls) {
        job->state = JobState::failed;
        job->message = say(app, "connect.ui.mastodon.media_processing", {{"name", job->images[job->media_ids.size()].name}});
        return;
    }
    job->processing = media->id;
    job->next_try = app.connections.clock + std::min(5.0, mastodon::kMediaPollDelay * job->polls);
}

void poll_media(App& app, PublishJob& job) {
    const std::string id = std::exchange(job.processing, {});  // one poll in flight at a time
    const AccountLink& link = link_of(app, job.workspace_id, job.account_id);
    send(app, mastodon::media_poll_request(link.connection.base, link.connection.token, id),
         [t = tag_of(job)](App& a, const connect::HttpResponse& r) { media_answer(a, t, r); });
}

void upload_next(App& app, PublishJob& job) {
    const RunTag t = tag_of(job);
    if (job.media_ids.size() >= job.images.size()) {
        send(app, mastodon::with_media_ids(job.request, job.media_ids), [t](App& a, const connect::HttpResponse& r) {
            if (running(a, t)) on_publish_answer(a, t.ws, t.post, t.account, r);
        });
        return;
    }
    const Media image = job.images[job.media_ids.size()];
    connections_detail::read_job_image(app, t, image, [t, image](App& a, PublishJob&, const std::string& bytes, const std::string& mime) {
        const AccountLink& link = link_of(a, t.ws, t.account);
        send(a, mastodon::media_request(link.connection.base, link.connection.token, {"file", image.name, mime, bytes}, image.alt_text),
             [t](App& b, const connect::HttpResponse& r) { media_answer(b, t, r); });
    });
}

void send_job(App& app, PublishJob& job) {
    connections_detail::unsettled_begin(job);
    if (job.network == Network::bluesky) { connections_detail::bluesky_send_job(app, job); return; }
    if (job.network == Network::facebook) { connections_detail::facebook_send_job(app, job); return; }
    job.state = JobState::sending;
    if (!job.images.empty()) {
        ++job.run;
        job.media_ids.clear();
        job.processing.clear();
        job.polls = 0;
        return upload_next(app, job);
    }
    send(app, job.request, [ws = job.workspace_id, post = job.post_id, account = job.account_id](App& a, const connect::HttpResponse& r) {
        on_publish_answer(a, ws, post, account, r);
    });
}

// Characters as Mastodon counts a description: code points.
std::size_t code_points(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The post's images for this Mastodon account, checked against the instance's limits when the
// sign-in read them (AccountLink::limits; Mastodon's defaults otherwise). Empty, or why not.
std::string mastodon_images(App& app, const Post& post, const AccountLink& link, PublishJob& job) {
    const mastodon::InstanceLimits limits = link.limits.value_or(mastodon::InstanceLimits{});
    for (const PostVariant& v : post.variants) {
        if (v.account_id != job.account_id) continue;
        for (const Media& m : v.media) {
            if (m.kind != MediaKind::image) return say(app, "connect.ui.mastodon.images_only");
            if (m.sha256.empty()) return say(app, "connect.ui.image_not_here", {{"name", m.name}});
            if (limits.image_size_limit > 0 && m.bytes > limits.image_size_limit)
                return say(app, "connect.ui.mastodon.image_too_large", {{"name", m.name}, {"limit", std::to_string(limits.image_size_limit)}});
            if (code_points(m.alt_text) > static_cast<std::size_t>(limits.description_limit))
                return say(app, "connect.ui.mastodon.alt_too_long", {{"name", m.name}, {"limit", std::to_string(limits.description_limit)}});
            job.images.push_back(m);
        }
        break;
    }
    if (limits.max_media_attachments > 0 && job.images.size() > static_cast<std::size_t>(limits.max_media_attachments))
        return say(app, "connect.ui.mastodon.too_many_images", {{"max", std::to_string(limits.max_media_attachments)}});
    return {};
}

std::string skipped_message(const App& app, const std::string& reason) {
    const std::string key = "connect.ui.skipped." + reason;
    return catalogue_has(key, app.settings.lang) ? say(app, key.c_str()) : reason;
}

}  // namespace

const PublishJob* publish_job(const App& app, const std::string& post_id, const std::string& account_id) {
    for (const PublishJob& j : app.connections.jobs)
        if (j.workspace_id == app.doc_id && j.post_id == post_id && j.account_id == account_id) return &j;
    return nullptr;
}

void publish_on_platform(App& app, const std::string& post_id, const std::string& account_id, bool schedule) {
    const Workspace& ws = app.doc.workspace();
    const Post* post = find_post(ws, post_id);
    const NetworkAccount* account = find_account(ws, account_id);
    if (!post || !account ||
        (account->network != Network::mastodon && account->network != Network::bluesky && account->network != Network::facebook))
        return;
    PublishJob* existing = find_job(app, app.doc_id, post_id, account_id);
    if (existing && existing->state != JobState::failed && existing->state != JobState::reconnect && existing->state != JobState::done) return;
    PublishJob job{app.doc_id, post_id, account_id, schedule};
    auto refuse = [&](std::string why) {
        job.state = JobState::failed;
        job.message = std::move(why);
        if (existing) *existing = std::move(job);
        else app.connections.jobs.push_back(std::move(job));
    };
    if (!strategy::can_schedule(ws, *post)) return refuse(say(app, "connect.ui.circuit_incomplete"));
    const AccountLink& link = account_link(app, account_id);
    if (link.state != LinkState::connected) return refuse(say(app, "connect.ui.not_connected"));
    if (account->network == Network::bluesky || account->network == Network::facebook) {  // connections_bluesky.cpp, connections_facebook.cpp
        std::string why = account->network == Network::bluesky ? connections_detail::bluesky_prepare(app, *post, existing, job)
                                                                : connections_detail::facebook_prepare(app, *post, existing, job);
        if (!why.empty()) return refuse(std::move(why));
        if (existing) *existing = std::move(job);
        else app.connections.jobs.push_back(std::move(job));
        return send_job(app, *find_job(app, app.doc_id, post_id, account_id));
    }
    Post copy = *post;
    const Instant now = now_instant();
    if (!schedule) copy.scheduled_at.reset();
    else if (!copy.scheduled_at || !mastodon::schedulable(*copy.scheduled_at, now)) return refuse(say(app, "connect.ui.schedule_too_soon"));
    connect::PlanOptions options;
    options.account_id = account_id;
    options.now = now;
    options.connections[account_id] = link.connection;
    const connect::PublishPlan plan = connect::plan_publish(ws, copy, options);
    if (!plan.skipped.empty()) return refuse(skipped_message(app, plan.skipped.front().reason));
    const connect::PlannedRequest* main_request = nullptr;
    for (const connect::PlannedRequest& p : plan.requests)
        if (p.step == "publish" || p.step == "schedule") main_request = &p;
    if (!main_request) return refuse(skipped_message(app, "no_variant"));
    if (std::string why = mastodon_images(app, copy, link, job); !why.empty()) return refuse(std::move(why));
    job.request = main_request->request;
    if (existing) job.run = existing->run;  // a late answer of the earlier run is told apart
    if (existing) *existing = std::move(job);
    else app.connections.jobs.push_back(std::move(job));
    send_job(app, *find_job(app, app.doc_id, post_id, account_id));
}

// « Réessayer maintenant »: a waiting or queued publish is sent again at once, the same request
// (same Idempotency-Key); a refused or reconnected one is planned again with the current token.
void retry_publish(App& app, const std::string& post_id, const std::string& account_id) {
    PublishJob* job = find_job(app, app.doc_id, post_id, account_id);
    if (!job) return;
    if (job->state == JobState::waiting || job->state == JobState::queued) { send_job(app, *job); return; }
    if (job->state == JobState::failed || job->state == JobState::reconnect)
        publish_on_platform(app, post_id, account_id, job->schedule);
}


void connections_tick(App& app, double now) {
    Connections& c = app.connections;
    c.clock = now;
    // Leave for the instance's sign-in page once the sign-in and the workspace are both written.
    if (!c.leave_to.empty() && c.pending_write == 0 && app.save_request == 0 &&
        (app.doc.revision() == app.saved_revision || app.save_state == SaveState::memory_only)) {
        platform::navigate(std::exchange(c.leave_to, {}));
    }
    for (PublishJob& job : c.jobs) {
        if (job_due(job.state, job.next_try, now)) send_job(app, job);
        else if (job.state == JobState::sending && !job.processing.empty() && now >= job.next_try) poll_media(app, job);
    }
    for (ReplyJob& job : c.replies)
        if (job_due(job.state, job.next_try, now)) connections_detail::send_reply(app, job);
    connections_detail::settle_unsettled(app, now);
    connections_detail::follow_remote_schedules(app, now);
    connections_detail::send_due_posts(app, now);
    // The automatic relève of the open workspace's connected accounts, while online.
    if (c.ready && !app.loading && platform::online())
        for (const NetworkAccount& a : app.doc.workspace().accounts) {
            const AccountLink& l = account_link(app, a.id);
            if (l.state == LinkState::connected && l.sync.in_flight == 0 && now >= l.sync.next) connections_detail::sync_account(app, a);
        }
}

//-----------------------------------------------------------------------------
// [SECTION] Shared with connections_bluesky.cpp and connections_sync.cpp (connections_internal.h)
//-----------------------------------------------------------------------------
namespace connections_detail {

std::string link_key(const std::string& workspace_id, const std::string& account_id) {
    return app::link_key(workspace_id, account_id);
}
AccountLink& link_of(App& app, const std::string& workspace_id, const std::string& account_id) {
    return app::link_of(app, workspace_id, account_id);
}
void store_link(App& app, const std::string& key) { app::store_link(app, key); }
void send(App& app, const connect::HttpRequest& request, Answer then) { app::send(app, request, std::move(then)); }
PublishJob* find_job(App& app, const std::string& workspace_id, const std::string& post_id, const std::string& account_id) {
    return app::find_job(app, workspace_id, post_id, account_id);
}

void job_failed(App& app, PublishJob& job, const connect::Failure& f) {
    job_failure(app, job, f);
    // The platform answered « no » (refused, token refused): nothing was published, and nothing is
    // left to look for at the next start. Without an answer the outcome stays unknown: kept.
    if (job.state == JobState::failed || job.state == JobState::reconnect) unsettled_end(job);
}
void reply_failed(App& app, ReplyJob& job, const connect::Failure& f) { job_failure(app, job, f); }
void remote_failed(App& app, RemoteJob& job, const connect::Failure& f) { job_failure(app, job, f); }
bool job_due(JobState state, double next_try, double now) { return app::job_due(state, next_try, now); }
connect::Failure failure_of(const connect::HttpResponse& r, Network n) { return connect::read_failure(r, n, now_instant()); }

connect::Failure answer_failure(const connect::HttpResponse& r, Network n) {
    const connect::Failure f = failure_of(r, n);
    return f.ok() ? connect::Failure{connect::FailureKind::unreadable} : f;
}

PublishJob* tagged_job(App& app, const JobTag& t, JobState state) {
    PublishJob* job = find_job(app, t.ws, t.post, t.account);
    return job && job->run == t.run && job->state == state ? job : nullptr;
}

void job_published(App& app, PublishJob& job, const edit::PlatformPublish& done) {
    job.state = JobState::done;
    job.permalink = done.permalink;
    job.message.clear();
    // Another workspace is open: the device keeps the publish's record, and the next start of
    // Parvis on that workspace finds the post on the platform and records it (connections_unsettled.cpp).
    if (job.workspace_id != app.doc_id) return;
    after_edit(app, edit::record_platform_publish(app.doc.edit(), actor(app), job.post_id, done));
    app.doc.end_step();
    unsettled_end(job);
}

void read_image(App& app, const Media& image, ImageBytes then) {
    const int request = platform::media_read(image.sha256);
    app.connections.media_waiting[request] = [image, then = std::move(then)](App& a, const platform::Event& e) {
        if (!e.ok || media::sha256_hex(e.text) != image.sha256) return then(a, nullptr, {});
        then(a, &e.text, image.mime.empty() ? e.name : image.mime);
    };
}

void read_job_image(App& app, const JobTag& t, const Media& image, JobImage then) {
    read_image(app, image, [t, image, then = std::move(then)](App& a, const std::string* bytes, const std::string& mime) {
        PublishJob* job = tagged_job(a, t, JobState::sending);
        if (!job) return;
        if (!bytes) {
            job->state = JobState::failed;
            job->message = parvis::tr("connect.ui.image_not_here", a.settings.lang, {{"name", image.name}});
            return;
        }
        then(a, *job, *bytes, mime);
    });
}

// Publishes that waited for this account go on with the new token.
void account_reconnected(App& app, const std::string& key) {
    for (PublishJob& job : app.connections.jobs)
        if (job.state == JobState::reconnect && link_key(job.workspace_id, job.account_id) == key) {
            job.state = JobState::failed;
            job.message = parvis::tr("connect.ui.reconnected_retry", app.settings.lang);
        }
}

}  // namespace connections_detail

bool bluesky_media_bytes(App& app, const platform::Event& e) {
    if (e.kind != platform::EventKind::media_bytes) return false;
    const auto it = app.connections.media_waiting.find(e.request);
    if (it == app.connections.media_waiting.end()) return false;
    auto then = std::move(it->second);
    app.connections.media_waiting.erase(it);
    then(app, e);
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Test hook summary
//-----------------------------------------------------------------------------
nlohmann::json connections_summary(const App& app) {
    static const char* const links[] = {"disconnected", "connecting", "connected", "error", "reconnect"};
    static const char* const jobs[] = {"sending", "waiting", "queued", "reconnect", "failed", "checking", "done"};
    static_assert(std::size(links) == static_cast<std::size_t>(LinkState::reconnect) + 1, "links: one name per LinkState");
    static_assert(std::size(jobs) == static_cast<std::size_t>(JobState::done) + 1, "jobs: one name per JobState");
    nlohmann::json accounts = nlohmann::json::array();
    for (const NetworkAccount& a : app.doc.workspace().accounts) {
        const AccountLink& l = account_link(app, a.id);
        nlohmann::json entry = {{"id", a.id}, {"state", links[static_cast<int>(l.state)]},
                                {"handle", l.connection.handle}, {"message", l.message}};
        if (l.limits) entry["max_characters"] = l.limits->max_characters;
        entry["sync"] = {{"in_flight", l.sync.in_flight}, {"done", l.sync.last_at.has_value()}, {"messages", l.sync.messages},
                         {"posts", l.sync.posts}, {"message", l.sync.message}, {"note", l.sync.note}};
        accounts.push_back(std::move(entry));
    }
    nlohmann::json list = nlohmann::json::array();
    for (const PublishJob& j : app.connections.jobs)
        list.push_back({{"post", j.post_id}, {"account", j.account_id}, {"state", jobs[static_cast<int>(j.state)]},
                        {"attempt", j.attempt}, {"message", j.message}, {"permalink", j.permalink}, {"schedule", j.schedule}});
    nlohmann::json replies = nlohmann::json::array();
    for (const ReplyJob& j : app.connections.replies)
        replies.push_back({{"message", j.message_id}, {"state", jobs[static_cast<int>(j.state)]}, {"attempt", j.attempt},
                           {"error", j.message}, {"permalink", j.permalink}});
    nlohmann::json remote = nlohmann::json::array();
    for (const RemoteJob& j : app.connections.remote)
        if (j.workspace_id == app.doc_id)
            remote.push_back({{"post", j.change.post_id}, {"account", j.change.account_id},
                              {"kind", j.change.kind == connect::RemoteChangeKind::move ? "move" : "cancel"},
                              {"state", jobs[static_cast<int>(j.state)]}, {"message", j.message}});
    nlohmann::json missed = nlohmann::json::array();
    for (const connect::DuePost& d : app.connections.missed) missed.push_back({{"post", d.post_id}, {"account", d.account_id}});
    return {{"ready", app.connections.ready}, {"unavailable", app.connections.unavailable}, {"accounts", std::move(accounts)},
            {"jobs", std::move(list)}, {"replies", std::move(replies)}, {"remote", std::move(remote)}, {"missed", std::move(missed)},
            {"sign_in_pending", app.connections.pending.has_value()}};
}

}  // namespace parvis::app
