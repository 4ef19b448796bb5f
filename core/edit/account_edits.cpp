// Edits of the network accounts. See account_edits.h.
#include "edit/account_edits.h"

#include <algorithm>
#include <utility>

#include "io/enum_names.h"
#include "io/workspace_json.h"
#include "model/find.h"

namespace parvis::edit {

std::string add_account(Workspace& ws, const Actor& actor, Network network) {
    NetworkAccount a;
    a.network = network;
    const std::string base = "acc-" + std::string(io::enum_name(network));
    a.id = base;
    for (int n = 2; find_account(ws, a.id); ++n) a.id = base + "-" + std::to_string(n);
    ws.accounts.push_back(a);
    record(ws, actor, AuditAction::account_add, a.id, std::string(io::enum_name(network)));
    return a.id;
}

Result update_account(Workspace& ws, const Actor& actor, const NetworkAccount& after) {
    NetworkAccount* account = find_account(ws, after.id);
    if (!account) return not_found();
    if (*account == after) return unchanged();
    const NetworkAccount before = std::exchange(*account, after);
    if (Error e = check_invariants(ws)) {
        *find_account(ws, after.id) = before;
        return refused(std::move(e));
    }
    if (before.network != after.network) record(ws, actor, AuditAction::account_edit, after.id, "network");
    if (before.handle != after.handle) record_typing(ws, actor, AuditAction::account_edit, after.id, "handle");
    if (before.url != after.url) record_typing(ws, actor, AuditAction::account_edit, after.id, "url");
    if (before.instance != after.instance) record_typing(ws, actor, AuditAction::account_edit, after.id, "instance");
    if (before.opened_on != after.opened_on) record_typing(ws, actor, AuditAction::account_edit, after.id, "opened_on");
    if (before.active != after.active) record(ws, actor, AuditAction::account_active, after.id, after.active ? "on" : "off");
    return {};
}

Result set_account_active(Workspace& ws, const Actor& actor, std::string_view account_id, bool active) {
    const NetworkAccount* account = find_account(ws, account_id);
    if (!account) return not_found();
    NetworkAccount after = *account;
    after.active = active;
    return update_account(ws, actor, after);
}

namespace {

// Every place an account id is held, visited once for counting and once for removing, so that
// the two never disagree (W: Workspace, const or not).
template <class W, class Visit>
void for_each_use(W& ws, std::string_view id, Visit&& visit) {
    auto of = [&](const auto& item) { return item.account_id == id; };
    for (auto& p : ws.posts) visit(p.variants, of, &AccountUsage::variants);
    visit(ws.metrics.snapshots, of, &AccountUsage::snapshots);
    visit(ws.metrics.posts, of, &AccountUsage::post_metrics);
    visit(ws.messages, of, &AccountUsage::messages);
    visit(ws.charter.rhythm, of, &AccountUsage::rhythm_rules);
    for (auto& o : ws.objectives)
        visit(o.targets, [&](const Target& t) { return t.network_id == id; }, &AccountUsage::targets);
}

}  // namespace

AccountUsage account_usage(const Workspace& ws, std::string_view account_id) {
    AccountUsage usage;
    if (account_id.empty()) return usage;
    for_each_use(ws, account_id, [&](auto& items, auto of, std::size_t AccountUsage::*count) {
        usage.*count += static_cast<std::size_t>(std::count_if(items.begin(), items.end(), of));
    });
    return usage;
}

Result delete_account(Workspace& ws, const Actor& actor, std::string_view account_id) {
    auto it = std::find_if(ws.accounts.begin(), ws.accounts.end(), [&](const NetworkAccount& a) { return a.id == account_id; });
    if (it == ws.accounts.end()) return not_found();
    const NetworkAccount gone = std::move(*it);
    ws.accounts.erase(it);
    for_each_use(ws, gone.id, [](auto& items, auto of, std::size_t AccountUsage::*) { std::erase_if(items, of); });
    std::string detail(io::enum_name(gone.network));
    if (!gone.handle.empty()) detail += " " + gone.handle;
    record(ws, actor, AuditAction::account_delete, gone.id, std::move(detail));
    return {};
}

}  // namespace parvis::edit
