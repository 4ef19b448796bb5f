// One statistics importer (PARVIS_FUZZ_SOURCE: meta, x, linkedin — CSV or .xlsx — or mastodon):
// the export read and merged into a small workspace, whose invariants must then hold.
#include <cstdlib>

#include "fuzz_support.h"
#include "io/workspace_json.h"
#include "kpi/import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace parvis;
    static const kpi::ImportSource source = *kpi::import_source_from_name(PARVIS_FUZZ_SOURCE);
    kpi::ImportOptions options;
    options.today = date::year{2026} / 4 / 2;
    const auto r = kpi::import_export(fuzz::small_workspace(), source, fuzz::bytes(data, size), options);
    if (!r) {
        (void)error_message(r.error());
        return 0;
    }
    if (check_invariants(r->workspace)) std::abort();  // an import never makes an invalid workspace
    return 0;
}
