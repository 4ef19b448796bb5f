// The dashboard's rules that live in core/kpi so that the screen, the report and the CLI agree:
// period presets, the figure formatter, the public-sector references, the import's line changes.
#include <doctest/doctest.h>

#include "io/time_text.h"
#include "kpi/benchmarks.h"
#include "kpi/figure_text.h"
#include "kpi/import.h"
#include "kpi/period_presets.h"

using namespace parvis;
using namespace parvis::kpi;

namespace {

Day d(const char* text) { return *io::parse_day(text); }

}  // namespace

TEST_CASE("kpi: period presets give their days for a today") {
    const Workspace empty;
    const Day today = d("2026-03-04");
    CHECK(preset_period(PeriodPreset::last_30_days, today, empty) == Period{d("2026-02-03"), today});
    CHECK(preset_period(PeriodPreset::this_month, today, empty) == Period{d("2026-03-01"), d("2026-03-31")});
    CHECK(preset_period(PeriodPreset::last_month, today, empty) == Period{d("2026-02-01"), d("2026-02-28")});
    CHECK(preset_period(PeriodPreset::last_90_days, today, empty) == Period{d("2025-12-05"), today});
    CHECK(preset_period(PeriodPreset::last_12_months, today, empty) == Period{d("2025-03-05"), today});
    CHECK(period_days(preset_period(PeriodPreset::last_12_months, today, empty)) == 365);
    // January: last month is December of the year before.
    CHECK(preset_period(PeriodPreset::last_month, d("2026-01-15"), empty) == Period{d("2025-12-01"), d("2025-12-31")});
    // History: from the first to the last day with figures; this month when there are none.
    CHECK(preset_period(PeriodPreset::history, today, empty) == Period{d("2026-03-01"), d("2026-03-31")});
    Workspace ws;
    ws.metrics.snapshots = {AccountSnapshot{.account_id = "a", .day = d("2025-11-20"), .followers = 100},
                            AccountSnapshot{.account_id = "a", .day = d("2026-02-10"), .followers = 120}};
    CHECK(preset_period(PeriodPreset::history, today, ws) == Period{d("2025-11-20"), d("2026-02-10")});
    // Every preset has a name, hence a label in the catalogue.
    for (PeriodPreset p : kPeriodPresets) {
        const std::string key = std::string("kpis.period.") + period_preset_name(p);
        CHECK_MESSAGE(tr(key) != key, key);
    }
}

TEST_CASE("kpi: one formatter for the dashboard and the report, French first") {
    CHECK(format_figure(2.3149, "%") == "2,31\u202f%");
    CHECK(format_figure(2.3149, "%", Lang::en) == "2.31\u202f%");
    CHECK(format_figure(3.25, "h") == "3,3\u202fh");
    CHECK(format_figure(1.5, "/sem.") == "1,5 / sem.");
    CHECK(format_figure(1.5, "/sem.", Lang::en) == "1.5 / wk");
    CHECK(format_figure(12345, "") == "12\u202f345");
    CHECK(format_figure(12345, "", Lang::en) == "12,345");
    CHECK(format_figure(12.346, "") == "12,35");
    CHECK(format_figure(-0.5, "") == "-0,50");
    CHECK(format_figure(1e16, "") == "10\u202f000\u202f000\u202f000\u202f000\u202f000,00");  // no llround overflow
    CHECK(format_figure(std::nullopt, "%") == "pas de valeur");
    CHECK(format_figure(std::nullopt, "", Lang::en) == tr("kpi.no_value", Lang::en));
}

TEST_CASE("kpi: the public-sector references, one place, labelled with their value and source") {
    REQUIRE(kPublicSectorBenchmarks.size() == 2);
    CHECK(kPublicSectorBenchmarks[0].network == Network::facebook);
    CHECK(kPublicSectorBenchmarks[0].engagement_rate == doctest::Approx(0.0154));
    CHECK(kPublicSectorBenchmarks[1].network == Network::instagram);
    CHECK(kPublicSectorBenchmarks[1].engagement_rate == doctest::Approx(0.0231));
    CHECK(benchmark_label(kPublicSectorBenchmarks[0]) ==
          "Référence secteur public Facebook\u00a0: 1,54\u202f% par publication (Hootsuite, administrations)");
    CHECK(benchmark_label(kPublicSectorBenchmarks[1], Lang::en) ==
          "Public-sector reference Instagram: 2.31\u202f% per post (Hootsuite, government)");
    CHECK(benchmark_source().find("Hootsuite") != std::string::npos);
    CHECK(benchmark_source(Lang::en).find("Hootsuite") != std::string::npos);
}

TEST_CASE("kpi: an import's metrics lines are added, changed or unchanged; the import day is no change") {
    Workspace before;
    const Day old_day = d("2026-03-01"), import_day = d("2026-04-02");
    before.metrics.posts = {PostMetrics{.post_id = "p1", .account_id = "a-fb", .day = old_day, .reach = 100},
                            PostMetrics{.post_id = "p2", .account_id = "a-fb", .day = old_day, .reach = 50},
                            PostMetrics{.post_id = "p1", .account_id = "a-ig", .day = old_day, .reach = 7}};
    Workspace after = before;
    after.metrics.posts[0].day = import_day;   // same figures, re-imported
    after.metrics.posts[1].day = import_day;
    after.metrics.posts[1].reach = 60;         // a figure changed
    after.metrics.posts.push_back(PostMetrics{.post_id = "p3", .account_id = "a-fb", .day = import_day, .reach = 5});
    after.metrics.posts.push_back(PostMetrics{.post_id = "p2", .account_id = "a-ig", .day = import_day, .reach = 1});
    const std::vector<LineChange> changes = metrics_changes(before, after);
    CHECK(changes == std::vector<LineChange>{LineChange::unchanged, LineChange::changed, LineChange::unchanged,
                                             LineChange::added, LineChange::added});
    CHECK(metrics_changes(before, before) == std::vector<LineChange>(3, LineChange::unchanged));
    CHECK(metrics_changes(Workspace{}, before) == std::vector<LineChange>(3, LineChange::added));
}
