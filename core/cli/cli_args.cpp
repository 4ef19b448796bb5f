#include "cli/cli_args.h"

#include <charconv>

#include "io/time_text.h"

namespace parvis::cli {
namespace {

Error usage(const char* reason, const std::string& found = {}) {
    Error e;
    e.code = ErrorCode::usage;
    e.detail = found.empty() ? std::string(reason) : std::string(reason) + ": " + found;
    e.args = {{"reason", reason}, {"found", found}};
    return e;
}

// The networks `parvis count` knows, by their JSON names (core/io/enum_names.h).
std::optional<Network> counted_network(const std::string& name) {
    static const std::pair<const char*, Network> names[] = {
        {"x", Network::x}, {"mastodon", Network::mastodon}, {"bluesky", Network::bluesky},
        {"threads", Network::threads}, {"instagram", Network::instagram}, {"linkedin", Network::linkedin},
        {"facebook", Network::facebook},
    };
    for (const auto& [n, network] : names) {
        if (name == n) return network;
    }
    return std::nullopt;
}

}  // namespace

Lang find_lang(const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size()) return lang_from_code(args[i + 1]);
        if (args[i].rfind("--lang=", 0) == 0) return lang_from_code(args[i].substr(7));
    }
    return Lang::fr;
}

Result<Arguments> parse_arguments(const std::vector<std::string>& args) {
    Arguments out;
    std::vector<std::string> positional;
    bool help = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        // An option's value: "--x VALUE" or "--x=VALUE".
        auto value_of = [&](const std::string& name, std::string& value) -> Error {
            if (a.rfind(name + "=", 0) == 0) {
                value = a.substr(name.size() + 1);
                return {};
            }
            if (i + 1 >= args.size()) return usage("missing_value", name);
            value = args[++i];
            return {};
        };
        const bool is_lang = a == "--lang" || a.rfind("--lang=", 0) == 0;
        if (a == "--help" || a == "-h") {
            help = true;
        } else if (is_lang) {
            std::string code;
            if (Error e = value_of("--lang", code)) return e;
            if (code != "fr" && code != "en") return usage("bad_lang", code);
            out.lang = lang_from_code(code);
        } else if (a == "-o" || a == "--output" || a.rfind("--output=", 0) == 0) {
            if (Error e = value_of(a == "-o" ? "-o" : "--output", out.output)) return e;
            if (out.output.empty()) return usage("missing_value", a);
        } else if (a == "--today" || a.rfind("--today=", 0) == 0) {
            std::string text;
            if (Error e = value_of("--today", text)) return e;
            out.today = io::parse_day(text);
            if (!out.today) return usage("bad_date", text);
        } else if (a == "--network" || a.rfind("--network=", 0) == 0) {
            std::string name;
            if (Error e = value_of("--network", name)) return e;
            out.network = counted_network(name);
            if (!out.network) return usage("bad_network", name);
        } else if (a == "--limit" || a.rfind("--limit=", 0) == 0) {
            std::string text;
            if (Error e = value_of("--limit", text)) return e;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out.limit);
            if (ec != std::errc() || end != text.data() + text.size() || out.limit <= 0) return usage("bad_limit", text);
        } else if (a == "--format" || a.rfind("--format=", 0) == 0) {
            if (Error e = value_of("--format", out.format)) return e;
            if (out.format != "html" && out.format != "md") return usage("bad_format", out.format);
        } else if (a.size() > 1 && a[0] == '-') {
            return usage("unknown_option", a);
        } else {
            positional.push_back(a);
        }
    }
    if (help) {
        out.command = Command::help;
        return out;
    }
    if (positional.empty()) return usage("missing_command");

    // Two-word commands (« strategy networks », « charter validate »): the second word is part of
    // the command, not a file.
    std::string name = positional[0];
    if ((name == "strategy" || name == "charter") && positional.size() >= 2) {
        name += " " + positional[1];
        positional.erase(positional.begin());
    }
    std::size_t expected_files = 1;
    if (name == "validate") {
        out.command = Command::validate;
    } else if (name == "migrate") {
        out.command = Command::migrate;
    } else if (name == "demo") {
        out.command = Command::demo;
        expected_files = 0;
    } else if (name == "count") {
        out.command = Command::count;  // the text comes on standard input
        expected_files = 0;
    } else if (name == "strategy networks") {
        out.command = Command::strategy_networks;
    } else if (name == "strategy summary") {
        out.command = Command::strategy_summary;
    } else if (name == "charter validate") {
        out.command = Command::charter_validate;
    } else if (name == "help") {
        out.command = Command::help;
        expected_files = 0;
    } else {
        return usage("unknown_command", name);
    }
    if (positional.size() < 1 + expected_files) return usage("missing_file");
    if (positional.size() > 1 + expected_files) return usage("extra_argument", positional[1 + expected_files]);
    if (expected_files == 1) out.file = positional[1];
    // Options that belong to another command are refused rather than silently ignored.
    if (!out.output.empty() && out.command != Command::migrate) return usage("unknown_option", "-o");
    if (out.today && out.command != Command::demo) return usage("unknown_option", "--today");
    if (out.command == Command::count && !out.network) return usage("missing_value", "--network");
    if (out.network && out.command != Command::count) return usage("unknown_option", "--network");
    if (out.limit > 0 && out.command != Command::count) return usage("unknown_option", "--limit");
    if (!out.format.empty() && out.command != Command::strategy_summary) return usage("unknown_option", "--format");
    return out;
}

}  // namespace parvis::cli
