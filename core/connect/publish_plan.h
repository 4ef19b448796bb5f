// What publishing a post means, account by account: the exact requests sent to the networks that
// Parvis calls itself (Mastodon, Bluesky, Facebook Page), and for the others the network's own
// composer to open with the text copied (X, LinkedIn, Instagram, Threads: their APIs cannot be
// called from a web page). The web app runs the plan; `parvis publish --dry-run` prints it.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "connect/http.h"
#include "model/workspace.h"

namespace parvis::connect {

// A connected account, on this device only (IndexedDB), never in the workspace: the server, the
// token, and who it is on the platform.
struct Connection {
    std::string base;      // https://instance, the PDS, or the Graph API
    std::string token;     // access token (secret)
    std::string user_id;   // Bluesky: the DID; Facebook: the Page id; Mastodon: the acct
    std::string handle;    // for permalinks
};

struct PlannedRequest {
    std::string account_id;
    Network network = Network::mastodon;
    std::string step;  // "resolve_handle", "upload_media", "publish", "schedule"
    HttpRequest request;
};

// A network published by hand with Parvis's help (« Copier et ouvrir »).
struct AssistedStep {
    std::string account_id;
    Network network = Network::x;
    std::string open_url;  // the network's composer, with the text when it accepts one
    std::string text;      // what is copied
};

struct SkippedAccount {
    std::string account_id;
    std::string reason;  // "no_variant", "inactive", "unsupported", "already_published", "outside_window"
};

struct PublishPlan {
    bool circuit_complete = false;  // strategy::can_schedule: otherwise nothing may be sent
    std::vector<PlannedRequest> requests;
    std::vector<AssistedStep> assisted;
    std::vector<SkippedAccount> skipped;
};

struct PlanOptions {
    std::string account_id;  // only this account; empty: every account of the post
    Instant now{};
    // Connections by account id. An account without one is planned with its public address and a
    // masked placeholder token, as the dry run shows it.
    std::map<std::string, Connection> connections;
};

PublishPlan plan_publish(const Workspace& ws, const Post& post, const PlanOptions& options);

// The dry run's JSON: {"circuit_complete", "requests":[{"account_id","network","step","method",
// "url","headers","body"}], "assisted":[…], "skipped":[…]}, every secret masked.
nlohmann::ordered_json plan_to_json(const PublishPlan& plan);

}  // namespace parvis::connect
