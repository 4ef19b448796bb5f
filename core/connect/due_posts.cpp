// Posts Parvis sends at their time. See due_posts.h.
#include "connect/due_posts.h"

#include <algorithm>

#include "strategy/circuit.h"

namespace parvis::connect {

DuePosts due_posts(const Workspace& ws, const std::vector<std::string>& accounts, Instant now) {
    DuePosts out;
    const auto sends_for = [&](const std::string& id) { return std::find(accounts.begin(), accounts.end(), id) != accounts.end(); };
    for (const Post& post : ws.posts) {
        if (post.status != PostStatus::scheduled || post.held || !post.scheduled_at || *post.scheduled_at > now) continue;
        // A repeating post's later occurrences have no variant of their own to record a publish
        // in: they are published by hand (Rédaction › Publier), as before.
        if (post.recurrence || !strategy::can_schedule(ws, post)) continue;
        for (const PostVariant& v : post.variants) {
            if (!v.external_id.empty() || !v.permalink.empty() || !sends_for(v.account_id)) continue;
            const auto account = std::find_if(ws.accounts.begin(), ws.accounts.end(), [&](const NetworkAccount& a) { return a.id == v.account_id; });
            if (account == ws.accounts.end() || account->network != Network::bluesky || !account->active) continue;
            DuePost d{post.id, v.account_id, *post.scheduled_at};
            (now - *post.scheduled_at <= kLateGrace ? out.due : out.missed).push_back(std::move(d));
        }
    }
    return out;
}

}  // namespace parvis::connect
