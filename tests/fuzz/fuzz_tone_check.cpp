// The text checker (plain language, readability, typography, tone, personal data) on arbitrary
// bytes, as a public reply: every rule runs. Each finding's fix is applied too.
#include "check/check.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace parvis;
    const auto text = fuzz::bytes(data, size);
    check::CheckOptions options;
    options.is_reply = true;
    options.networks = {Network::x, Network::mastodon, Network::bluesky};
    const check::CheckResult r = check::check_text(text, options);
    for (const check::Finding& f : r.findings) (void)check::apply_fix(text, f);
    return 0;
}
