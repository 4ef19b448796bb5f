// The command line of `parvis`: what the user asked for, parsed without side effects.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "error.h"
#include "model/workspace.h"

namespace parvis::cli {

enum class Command { help, validate, migrate, demo, count, kpi, import_data };

struct Arguments {
    Command command = Command::help;
    Lang lang = Lang::fr;          // --lang en, accepted anywhere on the line
    std::string file;              // validate, migrate
    std::string output;            // migrate -o OUT ("" : standard output)
    std::optional<Day> today;      // demo --today YYYY-MM-DD
    std::optional<Network> network;  // count --network NAME
    int limit = 0;                 // count --limit N (0: the network's own)
    std::optional<Day> from, to;   // kpi --from / --to YYYY-MM-DD
    std::string base;              // kpi --base followers|reach|impressions ("" : reach)
    std::string aggregate;         // kpi --aggregate mean|ratio ("" : mean)
    std::string report;            // kpi --report html
    std::string source;            // import meta|x|linkedin|mastodon
    std::string data_file;         // import: the platform's export
    std::string account;           // import --account ID (default: the first of the network)
};

// The language is looked for first, so that even a usage error is reported in the language asked.
Lang find_lang(const std::vector<std::string>& args);

// Parses the arguments after the program name. Errors are ErrorCode::usage with a reason.
Result<Arguments> parse_arguments(const std::vector<std::string>& args);

}  // namespace parvis::cli
