// Edits of the workspace's settings: the collectivité's profile, the strategy (objectives,
// editorial charter, networks assistant), the elections watched, the local spelling words.
//
// The strategy screens edit a draft copy of a part (ui/strategy*.cpp) and hand it over whole:
// `replace_*` keeps the new value only when the workspace still meets the reader's invariants
// (closing before opening, shares above 100 %, a circuit naming no role…), so that autosave never
// stores a file the next start would refuse; otherwise nothing changes and the error says why.
// `field` is the code of what changed (« register », « message_types »…), written as the audit
// detail; a burst of changes of one field is one entry (record_typing).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "model/workspace.h"
#include "spell/local_words.h"

namespace parvis::edit {

Result replace_profile(Workspace& ws, const Actor& actor, const Profile& profile, std::string_view field);
Result replace_objectives(Workspace& ws, const Actor& actor, const std::vector<Objective>& objectives,
                          std::string_view field);
Result replace_charter(Workspace& ws, const Actor& actor, const Charter& charter, std::string_view field);
Result replace_strategy_settings(Workspace& ws, const Actor& actor, const StrategySettings& settings,
                                 std::string_view field);
// A charter template replaces the whole charter: audit « charter.template », detail its id.
Result apply_charter_template(Workspace& ws, const Actor& actor, const Charter& charter, std::string_view template_id);

// Adds a coming election (the caller checked it with calendar::election_problem). Audit
// « election.add », detail « KIND FIRST_ROUND ». Returns its id.
std::string add_election(Workspace& ws, const Actor& actor, Election election);
Result remove_election(Workspace& ws, const Actor& actor, std::string_view election_id);

// The collectivité's own words for the spelling checker (core/spell/local_words.h), audited
// « local_word.add » / « local_word.remove » with the word as detail.
spell::AddLocalWord add_local_word(Workspace& ws, const Actor& actor, std::string_view word);
Result remove_local_word(Workspace& ws, const Actor& actor, std::string_view word);

}  // namespace parvis::edit
