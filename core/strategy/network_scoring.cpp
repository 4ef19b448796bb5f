// Index
// [SECTION] Criteria and data
// [SECTION] Inputs from the workspace
// [SECTION] Fits
// [SECTION] Ranking and recommendation
#include "strategy/network_scoring.h"

#include <algorithm>
#include <cmath>

#include "calendar/territory.h"
#include "format/format.h"
#include "io/enum_names.h"
#include "parvis_assert.h"
#include "strategy/objectives.h"
#include "strategy/strategy_assets.h"

namespace parvis::strategy {

//-----------------------------------------------------------------------------
// [SECTION] Criteria and data
//-----------------------------------------------------------------------------

namespace {
constexpr const char* kCriterionIds[] = {"audience",      "local_reach",     "production",  "live_events",
                                         "institutional", "moderation_load", "sovereignty", "objectives"};
static_assert(std::size(kCriterionIds) == kCriterionCount, "kCriterionIds: one id per Criterion, in its order");
static_assert(
    [] {
        for (std::size_t i = 0; i < kAllNetworks.size(); ++i)
            if (kAllNetworks[i] != static_cast<Network>(i)) return false;
        return kAllNetworks.size() == io::EnumNames<Network>::count;
    }(),
    "kAllNetworks: every Network, in enum order");

double number(const nlohmann::json& j, const char* key) {
    if (!j.is_object() || !j.contains(key) || !j[key].is_number()) return 0;
    return j[key].get<double>();
}
std::string note(const nlohmann::json& j) {
    return j.is_object() && j.contains("note") && j["note"].is_string() ? j["note"].get<std::string>() : std::string();
}
}  // namespace

const char* criterion_id(Criterion c) {
    PARVIS_ASSERT(static_cast<std::size_t>(c) < kCriterionCount, "criterion_id: a value outside Criterion (cast from an unchecked integer?)");
    return kCriterionIds[static_cast<std::size_t>(c)];
}

bool criterion_from_id(std::string_view id, Criterion& out) {
    for (std::size_t i = 0; i < kCriterionCount; ++i)
        if (id == kCriterionIds[i]) {
            out = static_cast<Criterion>(i);
            return true;
        }
    return false;
}

const std::vector<AgeGroup>& age_groups() {
    static const std::vector<AgeGroup> groups = [] {
        std::vector<AgeGroup> out;
        const nlohmann::json& file = strategy_asset("networks.json");
        if (file.contains("age_groups") && file["age_groups"].is_array())
            for (const nlohmann::json& g : file["age_groups"])
                if (g.is_object() && out.size() < 5)
                    out.push_back({g.value("id", std::string()), g.value("label", std::string()), number(g, "share")});
        return out;
    }();
    return groups;
}

AgeShares age_shares(const Profile& profile) {
    AgeShares out;
    const auto& groups = age_groups();
    PARVIS_ASSERT(groups.size() <= out.shares.size(), "networks.json has more age groups than AgeShares::shares holds: enlarge it");
    for (std::size_t g = 0; g < groups.size(); ++g) out.shares[g] = groups[g].share;
    const calendar::Territory territory = calendar::territory_of(profile);
    const nlohmann::json& file = strategy_asset("networks.json");
    if (!file.contains("territory_age_groups") || !file["territory_age_groups"].is_object()) return out;
    const nlohmann::json& all = file["territory_age_groups"];
    const char* id = calendar::territory_id(territory);
    if (!all.contains(id) || !all[id].is_object()) return out;
    for (std::size_t g = 0; g < groups.size(); ++g) out.shares[g] = number(all[id], groups[g].id.c_str());
    out.territory = calendar::territory_label(territory);
    return out;
}

const std::vector<NetworkData>& network_data() {
    static const std::vector<NetworkData> data = [] {
        std::vector<NetworkData> out;
        const nlohmann::json& file = strategy_asset("networks.json");
        if (!file.contains("networks") || !file["networks"].is_object()) return out;
        const nlohmann::json& nets = file["networks"];
        for (Network n : kAllNetworks) {
            const std::string name(io::enum_name(n));
            if (!nets.contains(name)) continue;
            const nlohmann::json& j = nets[name];
            NetworkData d;
            d.network = n;
            if (j.contains("formats") && j["formats"].is_array())
                for (const nlohmann::json& f : j["formats"])
                    if (f.is_string()) d.formats.push_back(f.get<std::string>());
            const nlohmann::json empty = nlohmann::json::object();
            auto part = [&](const char* key) -> const nlohmann::json& { return j.contains(key) ? j[key] : empty; };
            const auto& groups = age_groups();
            PARVIS_ASSERT(groups.size() <= d.audience_levels.size(),
                          "networks.json has more age groups than NetworkData::audience_levels holds: enlarge it");
            const nlohmann::json& audience = part("audience");
            for (std::size_t g = 0; g < groups.size(); ++g)
                if (audience.contains("levels")) d.audience_levels[g] = number(audience["levels"], groups[g].id.c_str());
            d.notes[0] = note(audience);
            d.local_reach = number(part("local_reach"), "value");
            d.notes[1] = note(part("local_reach"));
            d.production_cost = number(part("production"), "cost");
            d.hours_per_week = number(part("production"), "hours_per_week");
            d.notes[2] = note(part("production"));
            d.live_events = number(part("live_events"), "value");
            d.notes[3] = note(part("live_events"));
            d.institutional = number(part("institutional"), "value");
            d.notes[4] = note(part("institutional"));
            if (part("institutional").contains("by_kind"))
                for (std::size_t k = 0; k < 4; ++k) {
                    const std::string kind(io::enum_name(static_cast<CollectivityKind>(k)));
                    const nlohmann::json& by = part("institutional")["by_kind"];
                    if (by.contains(kind) && by[kind].is_number()) d.institutional_by_kind[k] = by[kind].get<double>();
                }
            d.moderation_load = number(part("moderation_load"), "value");
            d.notes[5] = note(part("moderation_load"));
            d.sovereignty = number(part("sovereignty"), "value");
            d.notes[6] = note(part("sovereignty"));
            const nlohmann::json& objectives = part("objectives");
            if (objectives.contains("values") && objectives["values"].is_object())
                for (const auto& [kind, v] : objectives["values"].items())
                    if (v.is_number()) d.objective_values.emplace_back(kind, v.get<double>());
            d.notes[7] = note(objectives);
            out.push_back(std::move(d));
        }
        return out;
    }();
    return data;
}

//-----------------------------------------------------------------------------
// [SECTION] Inputs from the workspace
// Default weights follow the profile: a small commune (one person, a few hours) weighs the
// production cost and the local reach more; a large collectivité, the audience and the
// institutional uses. The user edits them; stored weights win.
//-----------------------------------------------------------------------------

Weights default_weights(const Profile& profile) {
    Weights w{};
    const nlohmann::json& file = strategy_asset("networks.json");
    if (file.contains("criteria") && file["criteria"].is_array())
        for (const nlohmann::json& c : file["criteria"]) {
            Criterion id{};
            if (c.is_object() && criterion_from_id(c.value("id", std::string()), id)) w[static_cast<std::size_t>(id)] = number(c, "default_weight");
        }
    const bool small = profile.kind == CollectivityKind::commune && profile.population > 0 && profile.population < 10000;
    const bool large = profile.kind == CollectivityKind::departement || profile.kind == CollectivityKind::region ||
                       profile.population >= 100000;
    if (small) {
        w[static_cast<std::size_t>(Criterion::production)] += 2;
        w[static_cast<std::size_t>(Criterion::local_reach)] += 1;
    }
    if (large) {
        w[static_cast<std::size_t>(Criterion::audience)] += 1;
        w[static_cast<std::size_t>(Criterion::institutional)] += 1;
    }
    if (profile.kind == CollectivityKind::epci) w[static_cast<std::size_t>(Criterion::institutional)] += 1;
    for (double& x : w) x = std::clamp(x, 0.0, kMaxWeight);
    return w;
}

double default_hours_per_week(const Profile& profile) {
    switch (profile.kind) {
        case CollectivityKind::departement:
        case CollectivityKind::region: return 35;
        case CollectivityKind::epci: return 12;
        case CollectivityKind::commune: break;
    }
    if (profile.population <= 0) return 8;
    if (profile.population < 3500) return 3;
    if (profile.population < 20000) return 8;
    if (profile.population < 100000) return 17;
    return 35;
}

ScoringInput scoring_input(const Workspace& ws) {
    ScoringInput in;
    in.profile = ws.profile;
    for (const Objective& o : ws.objectives) {
        const std::string kind = objective_kind(o);
        if (std::find(in.objective_kinds.begin(), in.objective_kinds.end(), kind) == in.objective_kinds.end())
            in.objective_kinds.push_back(kind);
    }
    in.weights = default_weights(ws.profile);
    for (const CriterionWeight& cw : ws.strategy.weights) {
        Criterion c{};
        if (criterion_from_id(cw.criterion, c) && std::isfinite(cw.weight))
            in.weights[static_cast<std::size_t>(c)] = std::clamp(cw.weight, 0.0, kMaxWeight);
    }
    in.hours_per_week = ws.strategy.hours_per_week > 0 ? ws.strategy.hours_per_week : default_hours_per_week(ws.profile);
    in.choices = ws.strategy.choices;
    return in;
}

//-----------------------------------------------------------------------------
// [SECTION] Fits
//-----------------------------------------------------------------------------

std::array<double, kCriterionCount> network_fits(const NetworkData& d, const ScoringInput& input) {
    auto unit = [](double x) { return std::clamp(x, 0.0, 1.0); };
    std::array<double, kCriterionCount> f{};
    const AgeShares ages = age_shares(input.profile);
    double share_sum = 0, audience = 0;
    for (std::size_t g = 0; g < age_groups().size(); ++g) {
        share_sum += ages.shares[g];
        audience += ages.shares[g] * d.audience_levels[g] / 5;
    }
    f[0] = unit(share_sum > 0 ? audience / share_sum : 0);
    f[1] = unit(d.local_reach / 5);
    f[2] = unit((5 - d.production_cost) / 4);
    f[3] = unit(d.live_events / 5);
    const double by_kind = d.institutional_by_kind[static_cast<std::size_t>(input.profile.kind)];
    f[4] = unit((by_kind >= 0 ? by_kind : d.institutional) / 5);
    f[5] = unit((5 - d.moderation_load) / 4);
    f[6] = unit((5 - d.sovereignty) / 4);
    double sum = 0;
    int n = 0;
    for (const auto& [kind, value] : d.objective_values) {
        const bool chosen = std::find(input.objective_kinds.begin(), input.objective_kinds.end(), kind) != input.objective_kinds.end();
        bool any_known = false;
        for (const std::string& k : input.objective_kinds)
            for (const auto& kv : d.objective_values) any_known |= kv.first == k;
        if (chosen || !any_known) {
            sum += value / 5;
            ++n;
        }
    }
    f[7] = unit(n > 0 ? sum / n : 0);
    return f;
}

//-----------------------------------------------------------------------------
// [SECTION] Ranking and recommendation
//-----------------------------------------------------------------------------

namespace {

std::string hours_text(double h, Lang lang) { return format_number(h, h == std::floor(h) ? 0 : 1, lang); }

void explain(NetworkScore& s, Lang lang) {
    // Strengths: the criteria that bring the most points (fit ≥ 0.6); limits: the weighted
    // criteria where the network is weak (fit ≤ 0.4), the heaviest first.
    std::vector<const Contribution*> strong, weak;
    for (const Contribution& c : s.contributions) {
        if (c.weight <= 0 || c.note.empty()) continue;
        if (c.fit >= 0.6) strong.push_back(&c);
        if (c.fit <= 0.4) weak.push_back(&c);
    }
    std::stable_sort(strong.begin(), strong.end(), [](auto* a, auto* b) { return a->points > b->points; });
    std::stable_sort(weak.begin(), weak.end(), [](auto* a, auto* b) { return a->weight * (1 - a->fit) > b->weight * (1 - b->fit); });
    for (std::size_t i = 0; i < strong.size() && i < 2; ++i)
        s.reasons.push_back(tr("strategy.reason.strength", lang,
                               {{"criterion", tr(std::string("strategy.criterion.") + criterion_id(strong[i]->criterion), lang)},
                                {"note", strong[i]->note}}));
    for (std::size_t i = 0; i < weak.size() && i < 2; ++i)
        s.reasons.push_back(tr("strategy.reason.weakness", lang,
                               {{"criterion", tr(std::string("strategy.criterion.") + criterion_id(weak[i]->criterion), lang)},
                                {"note", weak[i]->note}}));
}

}  // namespace

Ranking rank_networks(const ScoringInput& input, Lang lang) {
    Ranking r;
    r.hours_budget = input.hours_per_week;
    const AgeShares ages = age_shares(input.profile);
    r.audience_basis = ages.territory.empty() ? tr("strategy.reason.ages_national", lang)
                                              : tr("strategy.reason.ages_territory", lang, {{"territory", ages.territory}});
    double weight_sum = 0;
    for (double w : input.weights) weight_sum += std::max(0.0, w);
    for (const NetworkData& d : network_data()) {
        NetworkScore s;
        s.network = d.network;
        s.hours_per_week = d.hours_per_week;
        const auto fits = network_fits(d, input);
        for (std::size_t c = 0; c < kCriterionCount; ++c) {
            const double w = std::max(0.0, input.weights[c]);
            s.contributions[c] = {static_cast<Criterion>(c), w, fits[c], w * fits[c], d.notes[c]};
            s.raw += w * fits[c];
        }
        s.score = weight_sum > 0 ? 100 * s.raw / weight_sum : 0;
        r.networks.push_back(std::move(s));
    }
    auto rounded = [](double x) { return std::round(x * 1e6); };
    std::sort(r.networks.begin(), r.networks.end(), [&](const NetworkScore& a, const NetworkScore& b) {
        if (rounded(a.raw) != rounded(b.raw)) return rounded(a.raw) > rounded(b.raw);
        if (a.hours_per_week != b.hours_per_week) return a.hours_per_week < b.hours_per_week;
        return static_cast<int>(a.network) < static_cast<int>(b.network);
    });

    const bool budget = input.hours_per_week > 0;
    double left = input.hours_per_week;
    for (std::size_t i = 0; i < r.networks.size(); ++i) {
        NetworkScore& s = r.networks[i];
        s.rank = static_cast<int>(i) + 1;
        explain(s, lang);
        const Args args = {{"score", format_number(s.score, 0, lang)},
                           {"hours", hours_text(s.hours_per_week, lang)},
                           {"left", hours_text(std::max(0.0, left), lang)},
                           {"threshold", format_number(kRecommendThreshold, 0, lang)}};
        if (s.score < kRecommendThreshold) {
            s.reasons.insert(s.reasons.begin(), tr("strategy.reason.below_threshold", lang, args));
        } else if (budget && s.hours_per_week > left + 1e-9) {
            s.reasons.insert(s.reasons.begin(), tr("strategy.reason.over_budget", lang, args));
        } else {
            s.recommended = true;
            left -= s.hours_per_week;
            r.hours_recommended += s.hours_per_week;
            s.reasons.insert(s.reasons.begin(), tr("strategy.reason.recommended", lang, args));
        }
        s.selected = s.recommended;
        for (const NetworkChoice& c : input.choices) {
            if (c.network != s.network) continue;
            s.selected = c.selected;
            s.overridden = c.selected != s.recommended;
            s.override_reason = c.reason;
            if (s.overridden)
                s.reasons.insert(s.reasons.begin() + 1,
                                 tr(c.selected ? "strategy.reason.kept_by_user" : "strategy.reason.dropped_by_user", lang,
                                    {{"reason", c.reason.empty() ? tr("strategy.reason.no_reason", lang) : c.reason}}));
        }
        if (s.selected) r.hours_selected += s.hours_per_week;
    }
    if (budget && r.hours_selected > input.hours_per_week + 1e-9)
        r.notes.push_back(tr("strategy.reason.selection_over_budget", lang,
                             {{"hours", hours_text(r.hours_selected, lang)}, {"budget", hours_text(input.hours_per_week, lang)}}));
    return r;
}

}  // namespace parvis::strategy
