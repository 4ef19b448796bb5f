// Posts scheduled on a platform follow the workspace. See remote_schedule.h.
#include "connect/remote_schedule.h"

#include "connect/facebook.h"
#include "connect/mastodon.h"

namespace parvis::connect {
namespace {

const NetworkAccount* account_of(const Workspace& ws, const std::string& id) {
    for (const NetworkAccount& a : ws.accounts)
        if (a.id == id) return &a;
    return nullptr;
}

bool schedulable_on(Network network, Instant at, Instant now) {
    switch (network) {
    case Network::mastodon: return mastodon::schedulable(at, now);
    case Network::facebook: return facebook::schedulable(at, now);
    default: return false;
    }
}

// Calls `f(post, variant, account)` for each variant a platform holds scheduled, still ahead.
template <class F>
void for_each_scheduled_there(const Workspace& ws, Instant now, F f) {
    for (const Post& post : ws.posts)
        for (const PostVariant& v : post.variants) {
            if (!v.remote_at || v.external_id.empty() || *v.remote_at <= now) continue;
            const NetworkAccount* account = account_of(ws, v.account_id);
            if (account && (account->network == Network::mastodon || account->network == Network::facebook))
                f(post, v, *account);
        }
}

RemoteChange change_of(const Post& post, const PostVariant& v, const NetworkAccount& account, RemoteChangeKind kind) {
    return {post.id, v.account_id, account.network, v.external_id, kind, {}, false};
}

}  // namespace

std::vector<RemoteChange> remote_changes(const Workspace& ws, Instant now) {
    std::vector<RemoteChange> out;
    for_each_scheduled_there(ws, now, [&](const Post& post, const PostVariant& v, const NetworkAccount& account) {
        if (post.held || post.status == PostStatus::published) return;
        // Still « programmé » with a time: the platform follows the time. Any other status (sent
        // back to draft or for validation, cancelled), or no time: it must not go out.
        if (post.status == PostStatus::scheduled && post.scheduled_at) {
            if (*post.scheduled_at == *v.remote_at) return;
            RemoteChange c = change_of(post, v, account, RemoteChangeKind::move);
            c.at = *post.scheduled_at;
            c.too_soon = !schedulable_on(account.network, c.at, now);
            out.push_back(std::move(c));
            return;
        }
        out.push_back(change_of(post, v, account, RemoteChangeKind::cancel));
    });
    return out;
}

std::vector<RemoteChange> held_on_platforms(const Workspace& ws, Instant now) {
    std::vector<RemoteChange> out;
    for_each_scheduled_there(ws, now, [&](const Post& post, const PostVariant& v, const NetworkAccount& account) {
        if (post.held) out.push_back(change_of(post, v, account, RemoteChangeKind::cancel));
    });
    return out;
}

std::optional<HttpRequest> remote_change_request(const RemoteChange& change, const Connection& connection) {
    if (change.kind == RemoteChangeKind::move && change.too_soon) return std::nullopt;
    const bool move = change.kind == RemoteChangeKind::move;
    switch (change.network) {
    case Network::mastodon:
        return move ? mastodon::reschedule_request(connection.base, connection.token, change.external_id, change.at)
                    : mastodon::cancel_scheduled_request(connection.base, connection.token, change.external_id);
    case Network::facebook: {
        const std::string_view base = connection.base.empty() ? facebook::kGraph : std::string_view(connection.base);
        return move ? facebook::reschedule_request(base, connection.token, change.external_id, change.at)
                    : facebook::delete_request(base, connection.token, change.external_id);
    }
    default: return std::nullopt;
    }
}

}  // namespace parvis::connect
