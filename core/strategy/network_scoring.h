// The networks assistant: a score per network for the collectivité's profile, its objectives and
// the criteria weights, with the hours per week as a budget, and a recommended set the user can
// override (Workspace::strategy). Criteria data: assets/strategy/networks.json.
//
// The score. Each criterion c gives each network a fit f_c in [0, 1] (1: best for a collectivité;
// costs, moderation load and data concerns are inverted so that higher is always better):
//   audience       Σ_g share_g × level_g / 5 over the age groups (share: the population's, the
//                  territory's own age structure when networks.json has one — see age_shares)
//   local_reach    value / 5
//   production     (5 − cost) / 4, cost 1..5
//   live_events    value / 5
//   institutional  value / 5 (the value for the profile's kind when the data has one)
//   moderation_load (5 − load) / 4
//   sovereignty    (5 − concern) / 4
//   objectives     mean of value / 5 over the chosen objectives (all standard ones when none)
// raw = Σ_c w_c × f_c with weights w_c in [0, 10]; score = 100 × raw / Σ_c w_c (0 when Σ w = 0).
// Monotonicity, tested: raising w_c never lowers a network's raw score, and never lowers the raw
// score of A minus that of B when f_c(A) ≥ f_c(B) (the derivative is f_c(A) − f_c(B)); as every
// network shares the denominator, A ranked before B stays before B.
//
// Ties: networks are ordered by raw score rounded to 1e-6 (so that float noise is no order),
// then by fewer hours per week (the cheaper presence first), then by the order of the Network
// enum (Facebook, Instagram, X, LinkedIn…). The order is therefore total and reproducible.
//
// The recommended set: in rank order, a network is recommended when its score is at least
// kRecommendThreshold and its hours fit in what is left of the weekly budget (a cheaper network
// further down may still fit). The user's choices (keep or drop, with a reason) override it.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "i18n/catalogue.h"
#include "model/networks.h"
#include "model/workspace.h"

namespace parvis::strategy {

enum class Criterion { audience, local_reach, production, live_events, institutional, moderation_load, sovereignty, objectives };
inline constexpr std::size_t kCriterionCount = static_cast<std::size_t>(Criterion::objectives) + 1;
inline constexpr double kMaxWeight = 10;
inline constexpr double kRecommendThreshold = 50;

const char* criterion_id(Criterion c);  // "audience"…
bool criterion_from_id(std::string_view id, Criterion& out);

using Weights = std::array<double, kCriterionCount>;

// The data of one network as read from networks.json, before any profile or objective.
struct NetworkData {
    Network network = Network::facebook;
    std::vector<std::string> formats;
    std::array<double, 5> audience_levels{};  // per age group of age_groups()
    double local_reach = 0, production_cost = 0, hours_per_week = 0, live_events = 0, institutional = 0,
           moderation_load = 0, sovereignty = 0;
    std::array<double, 4> institutional_by_kind{-1, -1, -1, -1};  // per CollectivityKind, -1: none
    static_assert(static_cast<std::size_t>(CollectivityKind::region) + 1 == 4,
                  "institutional_by_kind: one value per CollectivityKind (and its -1 initialiser)");
    std::vector<std::pair<std::string, double>> objective_values;  // objective kind → 0..5
    std::array<std::string, kCriterionCount> notes;  // the data's note per criterion (French)
};
struct AgeGroup {
    std::string id, label;
    double share = 0;
};
const std::vector<NetworkData>& network_data();  // the 12 networks, in enum order
const std::vector<AgeGroup>& age_groups();

// The age structure the audience criterion weighs with: the profile's territory
// (calendar::territory_of: INSEE code, territory text, time zone) when networks.json's
// « territory_age_groups » has it — Mayotte's population is far younger than the national one,
// Martinique's older — else the national shares of age_groups().
struct AgeShares {
    std::array<double, 5> shares{};  // per age group of age_groups()
    std::string territory;           // French name of the territory; empty: the national shares
};
AgeShares age_shares(const Profile& profile);

// What the scoring depends on, gathered from a workspace (or built by tests).
struct ScoringInput {
    Profile profile;
    std::vector<std::string> objective_kinds;  // "inform", "recruit"… (unknown kinds are ignored)
    Weights weights{};
    double hours_per_week = 0;                 // the budget; 0 or less: no budget constraint
    std::vector<NetworkChoice> choices;
};
Weights default_weights(const Profile& profile);
double default_hours_per_week(const Profile& profile);
ScoringInput scoring_input(const Workspace& ws);

struct Contribution {
    Criterion criterion = Criterion::audience;
    double weight = 0;
    double fit = 0;      // 0..1
    double points = 0;   // weight × fit
    std::string note;    // why this fit (the data's note)
};

struct NetworkScore {
    Network network = Network::facebook;
    int rank = 0;                 // 1 = best
    double score = 0;             // 0..100
    double raw = 0;               // Σ weight × fit
    double hours_per_week = 0;
    std::array<Contribution, kCriterionCount> contributions{};
    bool recommended = false;     // by the assistant
    bool selected = false;        // recommended, or the user's choice when there is one
    bool overridden = false;      // the user's choice differs from the recommendation
    std::string override_reason;
    std::vector<std::string> reasons;  // plain French, strengths first
};

struct Ranking {
    std::vector<NetworkScore> networks;  // best first
    double hours_budget = 0;
    double hours_recommended = 0;
    double hours_selected = 0;
    std::vector<std::string> notes;      // e.g. the selected set exceeds the budget
    std::string audience_basis;          // which age structure the audience criterion used
};

// Fits of one network for a profile and objectives (index: Criterion).
std::array<double, kCriterionCount> network_fits(const NetworkData& data, const ScoringInput& input);

Ranking rank_networks(const ScoringInput& input, Lang lang = Lang::fr);
inline Ranking rank_networks(const Workspace& ws, Lang lang = Lang::fr) { return rank_networks(scoring_input(ws), lang); }

}  // namespace parvis::strategy
