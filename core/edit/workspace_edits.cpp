// Edits of the workspace's settings. See workspace_edits.h.
#include "edit/workspace_edits.h"

#include <algorithm>
#include <utility>

#include "io/enum_names.h"
#include "io/time_text.h"
#include "io/workspace_json.h"

namespace parvis::edit {
namespace {

// Puts `value` in place of ws.*member when the workspace still meets the invariants afterwards.
// A workspace that broke one already (never the case for a file the reader accepted) is not
// held against the edit.
template <class T>
Result replace_checked(Workspace& ws, T Workspace::*member, const T& value, const Actor& actor, AuditAction action,
                       std::string_view field) {
    if (ws.*member == value) return unchanged();
    T before = std::exchange(ws.*member, value);
    if (Error e = check_invariants(ws)) {
        std::swap(ws.*member, before);
        if (!check_invariants(ws)) return refused(std::move(e));
        ws.*member = value;
    }
    record_typing(ws, actor, action, "", field);
    return {};
}

}  // namespace

Result replace_profile(Workspace& ws, const Actor& actor, const Profile& profile, std::string_view field) {
    return replace_checked(ws, &Workspace::profile, profile, actor, AuditAction::profile_edit, field);
}

Result replace_objectives(Workspace& ws, const Actor& actor, const std::vector<Objective>& objectives, std::string_view field) {
    return replace_checked(ws, &Workspace::objectives, objectives, actor, AuditAction::objectives_edit, field);
}

Result replace_charter(Workspace& ws, const Actor& actor, const Charter& charter, std::string_view field) {
    return replace_checked(ws, &Workspace::charter, charter, actor, AuditAction::charter_edit, field);
}

Result replace_strategy_settings(Workspace& ws, const Actor& actor, const StrategySettings& settings, std::string_view field) {
    return replace_checked(ws, &Workspace::strategy, settings, actor, AuditAction::strategy_edit, field);
}

Result apply_charter_template(Workspace& ws, const Actor& actor, const Charter& charter, std::string_view template_id) {
    return replace_checked(ws, &Workspace::charter, charter, actor, AuditAction::charter_template, template_id);
}

std::string add_election(Workspace& ws, const Actor& actor, Election election) {
    for (std::size_t n = ws.elections.size() + 1;; ++n) {
        election.id = "election-" + std::to_string(n);
        if (std::none_of(ws.elections.begin(), ws.elections.end(), [&](const Election& e) { return e.id == election.id; })) break;
    }
    record(ws, actor, AuditAction::election_add, election.id,
           std::string(io::enum_name(election.kind)) + " " + io::format_day(election.first_round));
    ws.elections.push_back(std::move(election));
    return ws.elections.back().id;
}

Result remove_election(Workspace& ws, const Actor& actor, std::string_view election_id) {
    auto it = std::find_if(ws.elections.begin(), ws.elections.end(), [&](const Election& e) { return e.id == election_id; });
    if (it == ws.elections.end()) return not_found();
    record(ws, actor, AuditAction::election_delete, it->id, std::string(io::enum_name(it->kind)) + " " + io::format_day(it->first_round));
    ws.elections.erase(it);
    return {};
}

spell::AddLocalWord add_local_word(Workspace& ws, const Actor& actor, std::string_view word) {
    const spell::AddLocalWord result = spell::add_local_word(ws, word);
    if (result == spell::AddLocalWord::added) record(ws, actor, AuditAction::local_word_add, "", std::string(word));
    return result;
}

Result remove_local_word(Workspace& ws, const Actor& actor, std::string_view word) {
    if (!spell::remove_local_word(ws, word)) return not_found();
    record(ws, actor, AuditAction::local_word_remove, "", std::string(word));
    return {};
}

}  // namespace parvis::edit
