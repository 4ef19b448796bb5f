// Workspace JSON (parse, migrations from every older schema, field reading, invariants), then the
// written form read back: what the reader accepts, the writer must write readably.
#include <cstdlib>

#include "fuzz_support.h"
#include "io/workspace_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace parvis;
    const auto text = fuzz::bytes(data, size);
    (void)migrate_workspace_text(text);
    const auto ws = read_workspace(text);
    if (!ws) {
        (void)error_message(ws.error());
        return 0;
    }
    const auto again = read_workspace(write_workspace(*ws));
    if (!again) std::abort();  // a workspace read must write back readably
    return 0;
}
