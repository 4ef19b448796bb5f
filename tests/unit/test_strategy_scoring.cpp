// The networks assistant (core/strategy/network_scoring.h): data complete, scores monotone in
// each weight, ties ordered deterministically, budget and user overrides.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "io/enum_names.h"
#include "strategy/network_scoring.h"
#include "strategy/objectives.h"
#include "strategy/strategy_assets.h"

using namespace parvis;
using namespace parvis::strategy;

namespace {

ScoringInput commune(std::int64_t population) {
    ScoringInput in;
    in.profile.name = "Ville";
    in.profile.kind = CollectivityKind::commune;
    in.profile.population = population;
    in.weights = default_weights(in.profile);
    in.hours_per_week = 0;
    return in;
}

const NetworkScore& find(const Ranking& r, Network n) {
    for (const NetworkScore& s : r.networks)
        if (s.network == n) return s;
    FAIL("network missing from the ranking");
    return r.networks.front();
}

int position(const Ranking& r, Network n) { return find(r, n).rank; }

}  // namespace

TEST_SUITE("strategy scoring") {

TEST_CASE("the data covers the 12 networks, every criterion with a note and values in range") {
    REQUIRE(network_data().size() == 12);
    REQUIRE(age_groups().size() == 5);
    double shares = 0;
    for (const AgeGroup& g : age_groups()) shares += g.share;
    CHECK(shares == doctest::Approx(1.0).epsilon(0.01));
    for (const NetworkData& d : network_data()) {
        CAPTURE(io::enum_name(d.network));
        CHECK_FALSE(d.formats.empty());
        for (const std::string& n : d.notes) CHECK_FALSE(n.empty());
        for (double l : d.audience_levels) CHECK((l >= 0 && l <= 5));
        CHECK((d.production_cost >= 1 && d.production_cost <= 5));
        CHECK((d.moderation_load >= 1 && d.moderation_load <= 5));
        CHECK((d.sovereignty >= 1 && d.sovereignty <= 5));
        CHECK(d.hours_per_week > 0);
        CHECK(d.objective_values.size() == 7);
        for (const auto& [kind, v] : d.objective_values) CHECK(find_standard_objective(kind) != nullptr);
    }
}

TEST_CASE("the territory's age structure weighs the audience criterion") {
    // Shares of every territory in the data add up to 1 and name known territories.
    const nlohmann::json& all = strategy_asset("networks.json")["territory_age_groups"];
    REQUIRE(all.is_object());
    for (const auto& [id, shares] : all.items()) {
        if (id == "note") continue;
        const std::string group_file = id;  // clang 14 cannot capture a structured binding
        CAPTURE(group_file);
        double sum = 0;
        for (const AgeGroup& g : age_groups()) sum += shares.value(g.id, -1.0);
        CHECK(sum == doctest::Approx(1.0).epsilon(0.011));
    }

    ScoringInput metropole = commune(12000);
    metropole.profile.insee_code = "35238";
    ScoringInput mayotte = metropole;
    mayotte.profile.insee_code = "97611";  // Mamoudzou
    ScoringInput martinique = metropole;
    martinique.profile.time_zone = "America/Martinique";  // found from the zone when no code

    CHECK(age_shares(metropole.profile).territory.empty());
    CHECK(age_shares(mayotte.profile).territory == "Mayotte");
    CHECK(age_shares(martinique.profile).territory == "Martinique");
    // Alsace-Moselle has its own holidays but the national age structure.
    ScoringInput strasbourg = metropole;
    strasbourg.profile.insee_code = "67482";
    CHECK(age_shares(strasbourg.profile).territory.empty());

    // A young population raises the audience fit of the networks of the young, and lowers that of
    // Facebook, whose users are older; an older one does the reverse.
    auto audience = [](const ScoringInput& in, Network n) {
        return find(rank_networks(in), n).contributions[static_cast<std::size_t>(Criterion::audience)].fit;
    };
    CHECK(audience(mayotte, Network::tiktok) > audience(metropole, Network::tiktok));
    CHECK(audience(mayotte, Network::snapchat) > audience(metropole, Network::snapchat));
    CHECK(audience(mayotte, Network::facebook) < audience(metropole, Network::facebook) + 1e-12);
    CHECK(audience(martinique, Network::tiktok) < audience(metropole, Network::tiktok));
    // The other criteria do not move.
    const auto a = find(rank_networks(metropole), Network::linkedin).contributions;
    const auto b = find(rank_networks(mayotte), Network::linkedin).contributions;
    for (std::size_t c = 1; c < kCriterionCount; ++c) CHECK(a[c].fit == b[c].fit);
    // The ranking says which structure it used.
    CHECK(rank_networks(mayotte).audience_basis.find("Mayotte") != std::string::npos);
    CHECK(rank_networks(metropole).audience_basis.find("nationale") != std::string::npos);
}

TEST_CASE("scores lie in 0..100 and contributions add up to the raw score") {
    const Ranking r = rank_networks(commune(12000));
    REQUIRE(r.networks.size() == 12);
    for (const NetworkScore& s : r.networks) {
        double sum = 0;
        for (const Contribution& c : s.contributions) sum += c.points;
        CHECK(sum == doctest::Approx(s.raw));
        CHECK((s.score >= 0 && s.score <= 100));
        CHECK_FALSE(s.reasons.empty());
    }
    for (std::size_t i = 1; i < r.networks.size(); ++i) CHECK(r.networks[i - 1].raw >= r.networks[i].raw - 1e-9);
}

// Monotonicity, as defined in network_scoring.h: for every criterion c and every pair (A, B) with
// f_c(A) ≥ f_c(B), raising w_c never lowers raw(A) − raw(B), never lowers raw(A), and if A was
// ranked before B it still is.
TEST_CASE("raising a criterion's weight never hurts a network that is better on it") {
    for (std::int64_t population : {800, 12000, 250000}) {
        ScoringInput base = commune(population);
        base.objective_kinds = {"inform", "recruit"};
        for (std::size_t c = 0; c < kCriterionCount; ++c) {
            CAPTURE(criterion_id(static_cast<Criterion>(c)));
            for (double from : {0.0, 1.0, 4.0}) {
                ScoringInput low = base, high = base;
                low.weights[c] = from;
                high.weights[c] = from + 3;
                const Ranking rl = rank_networks(low), rh = rank_networks(high);
                for (const NetworkScore& a : rl.networks) {
                    CHECK(find(rh, a.network).raw >= a.raw - 1e-9);
                    for (const NetworkScore& b : rl.networks) {
                        if (a.contributions[c].fit < b.contributions[c].fit) continue;
                        const double before = a.raw - b.raw;
                        const double after = find(rh, a.network).raw - find(rh, b.network).raw;
                        CHECK(after >= before - 1e-9);
                        if (a.rank < b.rank) CHECK(position(rh, a.network) < position(rh, b.network));
                    }
                }
            }
        }
    }
}

TEST_CASE("with one weight only, the ranking follows that criterion") {
    ScoringInput in = commune(5000);
    in.weights.fill(0);
    in.weights[static_cast<std::size_t>(Criterion::sovereignty)] = 5;
    const Ranking r = rank_networks(in);
    CHECK(r.networks.front().network == Network::mastodon);  // free software, self-hostable
    in.weights.fill(0);
    in.weights[static_cast<std::size_t>(Criterion::local_reach)] = 5;
    CHECK(rank_networks(in).networks.front().network == Network::facebook);
}

TEST_CASE("ties: equal scores are ordered by fewer hours, then by the network order") {
    ScoringInput in = commune(5000);
    in.weights.fill(0);  // every score is 0: a perfect tie
    const Ranking r = rank_networks(in);
    for (std::size_t i = 1; i < r.networks.size(); ++i) {
        const NetworkScore& a = r.networks[i - 1];
        const NetworkScore& b = r.networks[i];
        CHECK(a.score == 0);
        CHECK((a.hours_per_week < b.hours_per_week ||
               (a.hours_per_week == b.hours_per_week && static_cast<int>(a.network) < static_cast<int>(b.network))));
    }
    // Mastodon, Bluesky, Threads and WhatsApp all need 1 h: enum order among them.
    CHECK(r.networks[0].network == Network::mastodon);
    CHECK(r.networks[1].network == Network::bluesky);
    CHECK(r.networks[2].network == Network::threads);
    CHECK(r.networks[3].network == Network::whatsapp);
    // Deterministic: the same input gives the same order.
    const Ranking again = rank_networks(in);
    for (std::size_t i = 0; i < r.networks.size(); ++i) CHECK(r.networks[i].network == again.networks[i].network);
}

TEST_CASE("the weekly hours are a budget for the recommended set") {
    ScoringInput in = commune(12000);
    in.hours_per_week = 5;
    const Ranking r = rank_networks(in);
    double hours = 0;
    for (const NetworkScore& s : r.networks) {
        if (s.recommended) {
            hours += s.hours_per_week;
            CHECK(s.score >= kRecommendThreshold);
        }
    }
    CHECK(hours <= 5);
    CHECK(hours == doctest::Approx(r.hours_recommended));
    CHECK(r.notes.empty());
    // A larger budget never recommends fewer hours.
    in.hours_per_week = 30;
    CHECK(rank_networks(in).hours_recommended >= hours);
    // A network left out for time says so.
    in.hours_per_week = 1;
    const Ranking tight = rank_networks(in);
    bool said = false;
    for (const NetworkScore& s : tight.networks)
        if (!s.recommended && s.score >= kRecommendThreshold)
            said |= s.reasons.front().find("faute de temps") != std::string::npos;
    CHECK(said);
}

TEST_CASE("the user's choices override the recommendation, with the reason shown") {
    ScoringInput in = commune(12000);
    in.hours_per_week = 6;
    const Ranking before = rank_networks(in);
    const NetworkScore& top = before.networks.front();
    REQUIRE(top.recommended);
    in.choices = {{top.network, false, "Compte géré par l’office de tourisme"},
                  {Network::mastodon, true, "Souveraineté des données"}};
    const Ranking after = rank_networks(in);
    CHECK_FALSE(find(after, top.network).selected);
    CHECK(find(after, top.network).overridden);
    CHECK(find(after, top.network).reasons[1].find("office de tourisme") != std::string::npos);
    CHECK(find(after, Network::mastodon).selected);
    // Scores do not move with the choices.
    CHECK(find(after, top.network).score == doctest::Approx(top.score));
}

TEST_CASE("the profile and the objectives change the scores") {
    ScoringInput small = commune(800);
    ScoringInput dept = small;
    dept.profile.kind = CollectivityKind::departement;
    dept.profile.population = 600000;
    dept.weights = default_weights(dept.profile);
    CHECK(default_hours_per_week(small.profile) < default_hours_per_week(dept.profile));
    CHECK(small.weights[static_cast<std::size_t>(Criterion::production)] >
          dept.weights[static_cast<std::size_t>(Criterion::production)]);
    ScoringInput recruit = commune(12000), alert = commune(12000);
    recruit.objective_kinds = {"recruit"};
    alert.objective_kinds = {"alert"};
    CHECK(find(rank_networks(recruit), Network::linkedin).raw > find(rank_networks(alert), Network::linkedin).raw);
    CHECK(find(rank_networks(alert), Network::whatsapp).raw > find(rank_networks(recruit), Network::whatsapp).raw);
}

TEST_CASE("weights stored in the workspace replace the defaults, clamped to 0..10") {
    Workspace ws;
    ws.profile.kind = CollectivityKind::commune;
    ws.profile.population = 12000;
    ws.strategy.weights = {{"sovereignty", 42}, {"audience", -3}, {"unknown", 5}};
    ws.strategy.hours_per_week = 7;
    ws.objectives = {{"o1", "Informer les habitants", "", {}, std::nullopt, ""}};
    const ScoringInput in = scoring_input(ws);
    CHECK(in.weights[static_cast<std::size_t>(Criterion::sovereignty)] == 10);
    CHECK(in.weights[static_cast<std::size_t>(Criterion::audience)] == 0);
    CHECK(in.hours_per_week == 7);
    CHECK(in.objective_kinds == std::vector<std::string>{"inform"});
}

}  // TEST_SUITE
