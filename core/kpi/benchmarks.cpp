// The public-sector reference values. See benchmarks.h.
#include "kpi/benchmarks.h"

#include "io/enum_names.h"
#include "kpi/figure_text.h"

namespace parvis::kpi {

std::string benchmark_label(const Benchmark& benchmark, Lang lang) {
    return tr("kpi.benchmark.line", lang,
              {{"network", tr("network." + std::string(io::enum_name(benchmark.network)), lang)},
               {"rate", format_figure(benchmark.engagement_rate * 100, "%", lang)}});
}

std::string benchmark_source(Lang lang) { return tr("kpi.benchmark.definition", lang); }

}  // namespace parvis::kpi
