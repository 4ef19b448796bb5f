// The public-sector reference values of the engagement rate (DESIGN.md, « Domain facts »:
// Hootsuite's engagement benchmarks by industry, « government »): the one place holding the
// figures. The dashboard draws them as reference lines on the chart by format; the HTML report
// draws the same lines and prints them with their source.
#pragma once
#include <array>
#include <string>

#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::kpi {

struct Benchmark {
    Network network = Network::facebook;
    double engagement_rate = 0;  // per post, as a ratio like every rate of core/kpi (0.0154: 1,54 %)
};

inline constexpr std::array<Benchmark, 2> kPublicSectorBenchmarks = {{
    {Network::facebook, 0.0154},
    {Network::instagram, 0.0231},
}};

// « Référence secteur public Facebook : 1,54 % par publication (Hootsuite, administrations) ».
std::string benchmark_label(const Benchmark& benchmark, Lang lang = Lang::fr);
// The source and how to read it: what the reference measures, and why to compare with care.
std::string benchmark_source(Lang lang = Lang::fr);

}  // namespace parvis::kpi
