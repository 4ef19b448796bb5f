// Posts scheduled on a platform itself (Mastodon's scheduled statuses, Facebook's
// scheduled_publish_time) follow what the person does in Parvis (issue 11, items 2 and 6): moving
// the post moves it there, cancelling it (or sending it back to draft) cancels it there. The rule
// compares what the workspace wants with what the platform holds (PostVariant::remote_at), so
// every way to change a post — calendar, Rédaction, undo, import — is carried the same way. No
// I/O: the web app sends the requests and records the answers (edit/publish_edits.h).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "connect/http.h"
#include "connect/publish_plan.h"
#include "model/workspace.h"

namespace parvis::connect {

enum class RemoteChangeKind {
    move,    // the platform holds another time than the post's
    cancel,  // the post is no longer to be published there
};

struct RemoteChange {
    std::string post_id, account_id;
    Network network = Network::mastodon;
    std::string external_id;  // the scheduled post's id on the platform
    RemoteChangeKind kind = RemoteChangeKind::move;
    Instant at{};             // move: the post's new time
    // move: the new time is too close for the platform (Mastodon 5 min, Facebook 10 min, or past):
    // not sent; the person is told to publish now or choose a later time.
    bool too_soon = false;
    bool operator==(const RemoteChange&) const = default;
};

// What the platforms hold that the workspace no longer wants. A variant is followed while its
// platform time is ahead of `now` (after it, the platform has published it). A post held by
// crisis mode is left out: crisis mode offers to cancel those (held_on_platforms). A post already
// « publié » elsewhere is left out too. Only networks whose platform scheduling Parvis uses.
std::vector<RemoteChange> remote_changes(const Workspace& ws, Instant now);

// The posts held by crisis mode whose variants a platform will still publish at their time, as
// cancellations to offer.
std::vector<RemoteChange> held_on_platforms(const Workspace& ws, Instant now);

// The request carrying a change to the platform; none for a network whose scheduling Parvis does
// not use, or a move too soon.
std::optional<HttpRequest> remote_change_request(const RemoteChange& change, const Connection& connection);

}  // namespace parvis::connect
