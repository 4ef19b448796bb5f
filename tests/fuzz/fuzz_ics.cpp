// iCalendar import (content lines, unfolding, escapes, dates, zones, recurrences).
#include "fuzz_support.h"
#include "interop/ics_import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace parvis;
    const auto r = ics::import_calendar(fuzz::bytes(data, size), fuzz::small_workspace());
    if (!r) (void)error_message(r.error());
    return 0;
}
