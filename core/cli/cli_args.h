// The command line of `parvis`: what the user asked for, parsed without side effects.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "error.h"
#include "model/workspace.h"

namespace parvis::cli {

enum class Command { help, validate, migrate, demo, count, strategy_networks, strategy_summary, charter_validate };

struct Arguments {
    Command command = Command::help;
    Lang lang = Lang::fr;          // --lang en, accepted anywhere on the line
    std::string file;              // validate, migrate
    std::string output;            // migrate -o OUT ("" : standard output)
    std::optional<Day> today;      // demo --today YYYY-MM-DD
    std::optional<Network> network;  // count --network NAME
    int limit = 0;                 // count --limit N (0: the network's own)
    std::string format;            // strategy summary --format html|md ("" : html)
};

// The language is looked for first, so that even a usage error is reported in the language asked.
Lang find_lang(const std::vector<std::string>& args);

// Parses the arguments after the program name. Errors are ErrorCode::usage with a reason.
Result<Arguments> parse_arguments(const std::vector<std::string>& args);

}  // namespace parvis::cli
