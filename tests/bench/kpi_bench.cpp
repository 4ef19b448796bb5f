// Benchmark of the dashboard (issue 7, « Speed »): 10 accounts × 5 years of daily snapshots and
// 50,000 published posts with metrics, every dashboard figure recomputed (compute_dashboard:
// index, both periods, every account, breakdowns, heatmap, community line, targets).
// Prints the median of N runs for a one-month period and for the whole five years, after an edit
// (the index is rebuilt) and after a selector change (the dashboard keeps the index).
// Target: under 20 ms natively. Run: ./build/native/tests/parvis_kpi_bench [runs]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "kpi/kpi.h"

using namespace parvis;

namespace {

// A small deterministic generator, so that every run measures the same workspace.
struct Lcg {
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    std::uint32_t next() {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::uint32_t>(state >> 33);
    }
    std::int64_t below(std::int64_t n) { return static_cast<std::int64_t>(next() % static_cast<std::uint32_t>(n)); }
};

Workspace make_workspace(Day first, int days) {
    Lcg rng;
    Workspace ws;
    ws.id = "bench";
    ws.profile.name = "Banc d’essai";
    for (int a = 0; a < 10; ++a) {
        ws.accounts.push_back({.id = "acc-" + std::to_string(a), .network = static_cast<Network>(a % 7)});
    }
    ws.charter.message_types = {{.id = "t0", .name = "Vie municipale"}, {.id = "t1", .name = "Alerte"},
                                {.id = "t2", .name = "Agenda"}};
    for (int k = 0; k < 20; ++k) ws.campaigns.push_back({.id = "c" + std::to_string(k), .name = "Campagne"});
    ws.objectives.push_back({.id = "o", .title = "Engager",
                             .targets = {{.kpi = "engagement_rate_reach", .value = 3, .unit = "%"},
                                         {.kpi = "median_response_hours", .comparison = "<=", .value = 4, .unit = "h"},
                                         {.kpi = "community_growth_rate", .value = 1, .unit = "%", .network_id = "acc-1"}}});
    const date::sys_days start{first};
    for (int a = 0; a < 10; ++a) {
        std::int64_t followers = 1000 + 500 * a;
        for (int i = 0; i < days; ++i) {
            followers += rng.below(5);
            AccountSnapshot s{.account_id = ws.accounts[std::size_t(a)].id, .day = Day{start + date::days{i}},
                              .followers = followers};
            if (a % 5 != 4) {
                s.reach = followers / 10 + rng.below(100);
                s.impressions = *s.reach * 2;
            }
            ws.metrics.snapshots.push_back(s);
        }
    }
    for (int p = 0; p < 50000; ++p) {
        Post post;
        post.id = "p" + std::to_string(p);
        post.status = PostStatus::published;
        post.message_type_id = "t" + std::to_string(p % 3);
        if (p % 4 == 0) post.campaign_id = "c" + std::to_string(p % 20);
        const auto at = std::chrono::time_point_cast<std::chrono::seconds>(start + date::days{rng.below(days)}) +
                        std::chrono::seconds{rng.below(86400)};
        post.published_at = at;
        const std::string account = ws.accounts[std::size_t(p % 10)].id;
        PostVariant v{.account_id = account, .text = "Texte"};
        if (p % 3 == 0) v.media.push_back({.kind = MediaKind::image});
        if (p % 7 == 0) v.media.push_back({.kind = MediaKind::video});
        post.variants.push_back(v);
        ws.posts.push_back(post);
        PostMetrics m{.post_id = post.id, .account_id = account, .day = Day{start + date::days{days}}};
        const std::int64_t reach = 100 + rng.below(5000);
        if (p % 10 != 4) {
            m.reach = reach;
            m.impressions = reach + rng.below(3000);
        }
        m.reactions = rng.below(200);
        m.comments = rng.below(30);
        m.shares = rng.below(40);
        if (p % 2) m.clicks = rng.below(100);
        ws.metrics.posts.push_back(m);
    }
    for (int i = 0; i < 5000; ++i) {
        InboxMessage msg{.id = "m" + std::to_string(i), .account_id = ws.accounts[std::size_t(i % 10)].id};
        msg.received_at = std::chrono::time_point_cast<std::chrono::seconds>(start + date::days{rng.below(days)}) +
                          std::chrono::seconds{rng.below(86400)};
        if (i % 8) msg.replied_at = msg.received_at + std::chrono::seconds{600 + rng.below(3 * 86400)};
        ws.messages.push_back(msg);
    }
    return ws;
}

// Median wall-clock time, and median CPU time of the process (on a loaded machine the wall clock
// also counts the time other processes held the CPU).
// With `index`, only the figures are recomputed (a selector changed); without, the index is built
// too (the workspace changed).
double median_ms(const Workspace& ws, const kpi::Index* index, const kpi::Options& options, int runs, double& checksum,
                 double& cpu_ms) {
    std::vector<double> times, cpu;
    for (int r = 0; r < runs; ++r) {
        const std::clock_t c0 = std::clock();
        const auto t0 = std::chrono::steady_clock::now();
        const kpi::Dashboard db = index ? kpi::compute_dashboard(ws, *index, options) : kpi::compute_dashboard(ws, options);
        const auto t1 = std::chrono::steady_clock::now();
        const std::clock_t c1 = std::clock();
        times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        cpu.push_back(1000.0 * double(c1 - c0) / CLOCKS_PER_SEC);
        checksum += db.all.engagement_rate.value_or(0) + db.all.publications + double(db.community.size());
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    cpu_ms = cpu[cpu.size() / 2];
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = std::max(7, argc > 1 ? std::atoi(argv[1]) : 9);
    const Day first = date::year{2021} / 1 / 1;
    const int days = 5 * 365;
    const Workspace ws = make_workspace(first, days);
    const Day last{date::sys_days{first} + date::days{days - 1}};
    double checksum = 0;
    const std::shared_ptr<const kpi::Index> index = kpi::build_index(ws);
    std::printf("kpi bench: %zu snapshots, %zu posts, %zu messages, %d runs\n", ws.metrics.snapshots.size(),
                ws.posts.size(), ws.messages.size(), runs);
    const kpi::Options month{.period = kpi::month_of(last)};
    const kpi::Options all{.period = {first, last}, .aggregation = kpi::Aggregation::ratio_of_sums};
    for (const auto& [what, options] : {std::pair{"one month + previous month", month},
                                        std::pair{"five years + previous five years", all}}) {
        double cpu_edit = 0, cpu_selector = 0;
        const double edit = median_ms(ws, nullptr, options, runs, checksum, cpu_edit);
        const double selector = median_ms(ws, index.get(), options, runs, checksum, cpu_selector);
        std::printf("dashboard, %s: after an edit (index + figures) median %.2f ms (CPU %.2f ms); "
                    "after a selector change (figures) median %.2f ms (CPU %.2f ms)\n",
                    what, edit, cpu_edit, selector, cpu_selector);
    }
    std::printf("(checksum %.3f)\n", checksum);
    return 0;
}
