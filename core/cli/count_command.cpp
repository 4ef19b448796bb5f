// parvis count --network NAME [--limit N]: the counter of the composer for scripts. The text is
// read on standard input, whole (a trailing newline is part of it, as in a text field); the
// verdict is one line of JSON; exit 0 when the text fits, 1 when it does not.
#include <nlohmann/json.hpp>

#include <iostream>
#include <iterator>
#include <string>

#include "cli/commands.h"
#include "count/count.h"
#include "io/enum_names.h"

namespace parvis::cli {

int run_count(const Arguments& args) {
    std::cin >> std::noskipws;
    const std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    const Network network = *args.network;
    const count::CountResult r = count::count_text(text, network, {.limit = args.limit});

    nlohmann::ordered_json verdict = {
        {"network", std::string(io::enum_name(network))},
        {"length", r.length},
        {"limit", r.limit},
        {"valid", r.valid},
        {"problem", count::count_problem_name(r.problem)},
        {"graphemes", r.graphemes},
        {"bytes", r.bytes},
        {"links", r.links},
        {"hashtags", r.hashtags},
    };
    if (r.max_bytes > 0) verdict["max_bytes"] = r.max_bytes;
    if (r.max_links > 0) verdict["max_links"] = r.max_links;
    if (r.max_hashtags > 0) verdict["max_hashtags"] = r.max_hashtags;
    verdict["valid_bytes_end"] = r.valid_bytes_end;
    std::cout << verdict.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return r.valid ? kExitOk : kExitInvalid;
}

}  // namespace parvis::cli
