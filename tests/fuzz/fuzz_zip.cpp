// ZIP archives: central directory, local headers, every entry inflated and checked.
#include "fuzz_support.h"
#include "io/zip_read.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace parvis;
    const zip::Archive archive = zip::Archive::open(fuzz::bytes(data, size));
    if (archive.problem() != zip::Problem::none) return 0;
    for (const zip::Entry& e : archive.entries()) {
        zip::Problem problem = zip::Problem::none;
        (void)archive.read(e.name, problem);
    }
    return 0;
}
