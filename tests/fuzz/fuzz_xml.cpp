// The XML pull scanner of the workbook parts, to the end of the text or its first error.
#include "fuzz_support.h"
#include "io/xml_scan.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace parvis;
    xml::Scanner s(fuzz::bytes(data, size));
    for (xml::Token t = s.next(); t != xml::Token::done && t != xml::Token::error; t = s.next()) {
        if (t == xml::Token::start) (void)s.attribute("r");
    }
    return 0;
}
