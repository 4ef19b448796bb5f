// Edits of the network accounts (Stratégie › Profil et comptes): the only way accounts are added,
// changed, deactivated and deleted. These are the accounts the connectors connect. Each takes the
// person acting and writes its audit entry in codes.
//
// Deleting leaves nothing dangling: the texts, figures, messages and rules of the account go with
// it. The UI first asks account_usage() how many there are and says so before the person
// confirms (« Supprimer le compte et ses 12 textes et 40 relevés ? »); to keep them, deactivate
// the account instead.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "model/workspace.h"

namespace parvis::edit {

// A new active account on `network` (no handle yet). Audit « account.add », detail the network's
// name. Returns its id ("acc-mastodon", "acc-mastodon-2"…).
std::string add_account(Workspace& ws, const Actor& actor, Network network);

// Replaces the account whose id is `after.id` by `after` (the id cannot change). Audit
// « account.edit » with the field code (network, handle, url, instance, opened_on: one entry while
// typing), « account.active » with « on » / « off ». Refused when the workspace would break a rule
// (an opening date that is not a day).
Result update_account(Workspace& ws, const Actor& actor, const NetworkAccount& after);

// Deactivates (false) or reactivates the account: its posts, figures and messages stay; new posts
// get no text for it. Audit « account.active », detail « on » / « off ».
Result set_account_active(Workspace& ws, const Actor& actor, std::string_view account_id, bool active);

// What refers to an account, that deleting it removes.
struct AccountUsage {
    std::size_t variants = 0;      // post texts written for it
    std::size_t snapshots = 0;     // account figures (followers, reach) by day
    std::size_t post_metrics = 0;  // posts' figures on it
    std::size_t messages = 0;      // inbox messages received on it
    std::size_t rhythm_rules = 0;  // the charter's rhythm rules for it
    std::size_t targets = 0;       // objectives' targets bound to it
    std::size_t total() const { return variants + snapshots + post_metrics + messages + rhythm_rules + targets; }
    bool operator==(const AccountUsage&) const = default;
};
AccountUsage account_usage(const Workspace& ws, std::string_view account_id);

// Removes the account and everything account_usage() counts (a post keeps its other texts). Audit
// « account.delete », target the id, detail « NETWORK HANDLE » so that the log still says which.
Result delete_account(Workspace& ws, const Actor& actor, std::string_view account_id);

}  // namespace parvis::edit
