// Posts on a network that cannot schedule them itself (Bluesky: no server-side scheduling) are
// sent by Parvis at their time, while it is open (issue 11, item 6). One that came due while
// Parvis was closed (or could not send) is « missed »: listed at the next opening for a person to
// decide, never sent late by itself. No I/O: the web app asks this from its tick.
#pragma once
#include <chrono>
#include <string>
#include <vector>

#include "model/workspace.h"

namespace parvis::connect {

// A post sent at most this late counts as sent at its time (a tick, a slow answer, a short cut):
// later than that, it is missed.
inline constexpr std::chrono::minutes kLateGrace{15};

struct DuePost {
    std::string post_id, account_id;
    Instant at{};  // the post's time
    bool operator==(const DuePost&) const = default;
};

struct DuePosts {
    std::vector<DuePost> due;     // their time came less than kLateGrace ago: send now
    std::vector<DuePost> missed;  // later than that: for a person to decide
};

// Variants not yet published on an account of a network Parvis sends to directly but which has
// no scheduling of its own (Bluesky), of posts « programmé » (not held by crisis mode, their
// validation circuit complete, not repeating) whose time has come by `now`. `accounts`: the accounts this device
// sends for (connected); others are left to whoever sends them.
DuePosts due_posts(const Workspace& ws, const std::vector<std::string>& accounts, Instant now);

}  // namespace parvis::connect
