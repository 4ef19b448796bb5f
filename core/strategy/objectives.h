// Communication objectives: the standard list (créer du lien, se rapprocher de la population,
// interagir, informer, alerter, recruter, promouvoir le territoire) and the user's own ("custom"),
// each with measurable targets bound to KPI ids the KPI screen computes, and a horizon.
// Data: assets/strategy/objectives.json.
#pragma once
#include <string>
#include <vector>

#include "model/workspace.h"
#include "strategy/charter_validation.h"

namespace parvis::strategy {

struct KpiInfo {
    std::string id;     // "median_response_hours"…
    std::string label;  // French
    std::string unit;
};
// The KPI ids a target may use.
const std::vector<KpiInfo>& kpis();
const KpiInfo* find_kpi(std::string_view id);

struct StandardObjective {
    std::string kind;   // "link", "proximity", "interact", "inform", "alert", "recruit", "promote"
    std::string title;  // « Informer »
    std::string description;
    int horizon_months = 12;
    std::vector<Target> targets;                       // suggested targets
    std::vector<std::string> suggested_message_types;  // names of charter message types
};
const std::vector<StandardObjective>& standard_objectives();
const StandardObjective* find_standard_objective(std::string_view kind);

// The objective's kind: its `kind` when standard or "custom", otherwise guessed from its title
// (« Informer les habitants » → "inform"); "custom" when nothing matches.
std::string objective_kind(const Objective& objective);

// A new objective from the standard one: its title, description, suggested targets, and a
// horizon `horizon_months` after `today` (end of that month).
Objective objective_from_standard(const StandardObjective& standard, const std::string& id, Day today);

// Targets bound to a KPI Parvis does not compute, comparisons other than <= and >=, objectives
// without target or horizon: pointers into /objectives.
std::vector<CharterIssue> validate_objectives(const Workspace& ws, Lang lang = Lang::fr);

}  // namespace parvis::strategy
