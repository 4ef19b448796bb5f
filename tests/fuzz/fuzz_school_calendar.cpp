// A school calendar file (the newer file a user may give to `calendar holidays`).
#include "calendar/school_holidays.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace parvis;
    const auto r = calendar::read_school_calendar(fuzz::bytes(data, size));
    if (!r) (void)error_message(r.error());
    return 0;
}
