// .xlsx workbooks: ZIP, inflate, relationships, shared strings, styles, sheets.
#include "fuzz_support.h"
#include "kpi/xlsx_rows.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace parvis;
    const auto book = kpi::read_xlsx(fuzz::bytes(data, size));
    if (!book) (void)error_message(book.error());
    return 0;
}
