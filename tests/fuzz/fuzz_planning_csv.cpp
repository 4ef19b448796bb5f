// Planning CSV import (CSV reader, encodings, column guessing, dates, times, networks).
#include "fuzz_support.h"
#include "interop/planning_import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace parvis;
    const auto preview = planning::preview(fuzz::bytes(data, size), fuzz::small_workspace());
    if (!preview) (void)error_message(preview.error());
    return 0;
}
