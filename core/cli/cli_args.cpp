#include "cli/cli_args.h"

#include <charconv>

#include "io/enum_names.h"
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
            out.networks.push_back(*out.network);
        } else if (a == "--workspace" || a.rfind("--workspace=", 0) == 0) {
            if (Error e = value_of("--workspace", out.workspace)) return e;
            if (out.workspace.empty()) return usage("missing_value", "--workspace");
        } else if (a == "--dictionary" || a.rfind("--dictionary=", 0) == 0) {
            if (Error e = value_of("--dictionary", out.dictionary)) return e;
            if (out.dictionary.empty()) return usage("missing_value", "--dictionary");
        } else if (a == "--reply") {
            out.reply = true;
        } else if (a == "--falc") {
            out.falc = true;
        } else if (a == "--limit" || a.rfind("--limit=", 0) == 0) {
            std::string text;
            if (Error e = value_of("--limit", text)) return e;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out.limit);
            if (ec != std::errc() || end != text.data() + text.size() || out.limit <= 0) return usage("bad_limit", text);
        } else if (a == "--map" || a.rfind("--map=", 0) == 0 || a == "--column" || a.rfind("--column=", 0) == 0) {
            // --column is the statistics import's name for the same HEADER=FIELD option.
            std::string mapping;
            if (Error e = value_of(a.rfind("--map", 0) == 0 ? "--map" : "--column", mapping)) return e;
            const std::size_t equals = mapping.find('=');
            if (equals == std::string::npos || equals == 0 || equals + 1 == mapping.size()) return usage("bad_map", mapping);
            out.mappings.push_back(mapping);
        } else if (a == "--zone" || a.rfind("--zone=", 0) == 0) {
            if (Error e = value_of("--zone", out.zone)) return e;
            if (out.zone.empty()) return usage("missing_value", "--zone");
        } else if (a == "--school-calendar" || a.rfind("--school-calendar=", 0) == 0) {
            if (Error e = value_of("--school-calendar", out.school_calendar)) return e;
            if (out.school_calendar.empty()) return usage("missing_value", "--school-calendar");
        } else if (a == "--territory" || a.rfind("--territory=", 0) == 0) {
            if (Error e = value_of("--territory", out.territory)) return e;
            if (out.territory.empty()) return usage("missing_value", "--territory");
        } else if (a == "--from" || a.rfind("--from=", 0) == 0 || a == "--to" || a.rfind("--to=", 0) == 0) {
            const bool from = a.rfind("--from", 0) == 0;
            std::string text;
            if (Error e = value_of(from ? "--from" : "--to", text)) return e;
            const auto day = io::parse_day(text);
            if (!day) return usage("bad_date", text);
            (from ? out.from : out.to) = day;
        } else if (a == "--base" || a.rfind("--base=", 0) == 0) {
            if (Error e = value_of("--base", out.base)) return e;
            if (out.base != "followers" && out.base != "reach" && out.base != "impressions") return usage("bad_base", out.base);
        } else if (a == "--aggregate" || a.rfind("--aggregate=", 0) == 0) {
            if (Error e = value_of("--aggregate", out.aggregate)) return e;
            if (out.aggregate != "mean" && out.aggregate != "ratio") return usage("bad_aggregate", out.aggregate);
        } else if (a == "--report" || a.rfind("--report=", 0) == 0) {
            if (Error e = value_of("--report", out.report)) return e;
            if (out.report != "html") return usage("bad_report", out.report);
        } else if (a == "--synonyms" || a.rfind("--synonyms=", 0) == 0) {
            if (Error e = value_of("--synonyms", out.synonyms)) return e;
            if (out.synonyms.empty()) return usage("missing_value", "--synonyms");
        } else if (a == "--business-hours") {
            out.business_hours = true;
        } else if (a == "--dry-run") {
            out.dry_run = true;
        } else if (a == "--account" || a.rfind("--account=", 0) == 0) {
            if (Error e = value_of("--account", out.account)) return e;
        } else if (a == "--format" || a.rfind("--format=", 0) == 0) {
            if (Error e = value_of("--format", out.format)) return e;
            if (out.format.empty()) return usage("missing_value", "--format");  // checked per command below
        } else if (a == "--as" || a.rfind("--as=", 0) == 0) {
            if (Error e = value_of("--as", out.person)) return e;
            if (out.person.empty()) return usage("missing_value", "--as");
        } else if (a == "--message" || a.rfind("--message=", 0) == 0) {
            if (Error e = value_of("--message", out.message)) return e;
            if (out.message.empty()) return usage("missing_value", "--message");
        } else if (a == "--post" || a.rfind("--post=", 0) == 0) {
            if (Error e = value_of("--post", out.post)) return e;
            if (out.post.empty()) return usage("missing_value", "--post");
        } else if (a == "--title" || a.rfind("--title=", 0) == 0) {
            if (Error e = value_of("--title", out.title)) return e;
        } else if (a == "--comment" || a.rfind("--comment=", 0) == 0) {
            if (Error e = value_of("--comment", out.comment)) return e;
        } else if (a == "--at" || a.rfind("--at=", 0) == 0) {
            std::string text;
            if (Error e = value_of("--at", text)) return e;
            out.at = io::parse_instant(text);
            if (!out.at) return usage("bad_instant", text);
        } else if (a == "--to-status" || a.rfind("--to-status=", 0) == 0) {
            std::string name;
            if (Error e = value_of("--to-status", name)) return e;
            PostStatus status{};
            if (!io::enum_from_name(name, status)) return usage("bad_status", name);
            out.status = status;
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
    std::size_t first_file = 1;  // "ics import W F": the files come after the subcommand
    const std::string sub = positional.size() > 1 ? positional[1] : std::string();
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
    } else if (name == "preview") {
        out.command = Command::preview;  // the text comes on standard input
        expected_files = 0;
    } else if (name == "ics" && sub == "export") {
        out.command = Command::ics_export;
        first_file = 2;
    } else if (name == "ics" && sub == "import") {
        out.command = Command::ics_import;
        first_file = 2;
        expected_files = 2;
    } else if (name == "csv" && sub == "import") {
        out.command = Command::csv_import;
        first_file = 2;
        expected_files = 2;
    } else if (name == "services" && sub == "import") {
        out.command = Command::services_import;
        first_file = 2;
        expected_files = 2;
    } else if (name == "inbox" && (sub == "route" || sub == "overdue" || sub == "handoff")) {
        out.command = sub == "route" ? Command::inbox_route : sub == "overdue" ? Command::inbox_overdue : Command::inbox_handoff;
        first_file = 2;
    } else if (name == "media" && sub == "check") {
        out.command = Command::media_check;
        first_file = 2;
    } else if (name == "moderation" && (sub == "review" || sub == "log")) {
        out.command = sub == "review" ? Command::moderation_review : Command::moderation_log;
        first_file = 2;
    } else if (name == "ics" || name == "csv" || name == "services" || name == "inbox" || name == "moderation" ||
               name == "media") {
        return usage("unknown_command", sub.empty() ? name : name + " " + sub);
    } else if (name == "calendar") {
        // calendar holidays YEAR | calendar check FILE: the sub-command takes the place of a file.
        if (positional.size() < 2) return usage("calendar_subcommand");
        if (positional[1] == "holidays") {
            out.command = Command::calendar_holidays;
            if (positional.size() < 3) return usage("calendar_bad_year");
            const std::string& text = positional[2];
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out.year);
            if (ec != std::errc() || end != text.data() + text.size() || out.year < 1583 || out.year > 9999)
                return usage("calendar_bad_year", text);
        } else if (positional[1] == "check") {
            out.command = Command::calendar_check;
            if (positional.size() < 3) return usage("missing_file");
            out.file = positional[2];
        } else {
            return usage("calendar_subcommand", positional[1]);
        }
        if (positional.size() > 3) return usage("extra_argument", positional[3]);
        expected_files = 0;
        positional.erase(positional.begin() + 1, positional.end());
    } else if (name == "check") {
        out.command = Command::check;  // the text comes on standard input
        expected_files = 0;
    } else if (name == "kpi" && sub == "responses") {
        out.command = Command::kpi_responses;
        first_file = 2;
    } else if (name == "kpi") {
        out.command = Command::kpi;
    } else if (name == "import") {
        out.command = Command::import_data;
        if (positional.size() < 2) return usage("missing_value", "import");
        out.source = positional[1];
        if (out.source != "meta" && out.source != "x" && out.source != "linkedin" && out.source != "mastodon")
            return usage("bad_source", out.source);
        positional.erase(positional.begin() + 1);
        expected_files = 2;  // the workspace, then the platform's export (Arguments::input)
    } else if (name == "strategy networks") {
        out.command = Command::strategy_networks;
    } else if (name == "strategy summary") {
        out.command = Command::strategy_summary;
    } else if (name == "strategy setup") {
        out.command = Command::strategy_setup;
    } else if (name == "charter validate") {
        out.command = Command::charter_validate;
    } else if (name == "audit") {
        out.command = Command::audit;
    } else if (name == "post") {
        // post create|move|status|approve|refuse|schedule WORKSPACE: the sub-command comes before the file.
        if (sub == "create") out.command = Command::post_create;
        else if (sub == "move") out.command = Command::post_move;
        else if (sub == "status") out.command = Command::post_status;
        else if (sub == "approve") out.command = Command::post_approve;
        else if (sub == "refuse") out.command = Command::post_refuse;
        else if (sub == "schedule") out.command = Command::post_schedule;
        else return usage("unknown_command", sub.empty() ? name : name + " " + sub);
        first_file = 2;
    } else if (name == "publish") {
        out.command = Command::publish;
    } else if (name == "help") {
        out.command = Command::help;
        expected_files = 0;
    } else {
        return usage("unknown_command", name);
    }
    if (positional.size() < first_file + expected_files) return usage("missing_file");
    if (positional.size() > first_file + expected_files)
        return usage("extra_argument", positional[first_file + expected_files]);
    if (expected_files >= 1) out.file = positional[first_file];
    if (expected_files == 2) out.input = positional[first_file + 1];
    // Options that belong to another command are refused rather than silently ignored.
    const bool edits_post = out.command == Command::post_create || out.command == Command::post_move ||
                            out.command == Command::post_status || out.command == Command::post_approve ||
                            out.command == Command::post_refuse || out.command == Command::post_schedule;
    const bool writes = out.command == Command::migrate || out.command == Command::ics_import ||
                        out.command == Command::csv_import || out.command == Command::import_data || edits_post ||
                        out.command == Command::services_import;
    // Who acts: required where the log names someone's decision, accepted wherever a command edits.
    const bool acts = edits_post || out.command == Command::ics_import || out.command == Command::csv_import ||
                      out.command == Command::services_import;
    if (!out.person.empty() && !acts) return usage("unknown_option", "--as");
    if (edits_post && out.person.empty()) return usage("missing_value", "--as");
    if (edits_post && out.command != Command::post_create && out.post.empty()) return usage("missing_value", "--post");
    const bool publish = out.command == Command::publish;
    if (!out.post.empty() && (!edits_post || out.command == Command::post_create) && !publish) return usage("unknown_option", "--post");
    if (publish && out.post.empty()) return usage("missing_value", "--post");
    if (publish && !out.dry_run) return usage("publish_needs_dry_run");
    if (out.dry_run && !publish) return usage("unknown_option", "--dry-run");
    if (!out.title.empty() && out.command != Command::post_create) return usage("unknown_option", "--title");
    if (!out.synonyms.empty() && out.command != Command::inbox_route) return usage("unknown_option", "--synonyms");
    if (!out.message.empty() && out.command != Command::inbox_handoff && out.command != Command::moderation_review)
        return usage("unknown_option", "--message");
    if (out.command == Command::inbox_handoff && out.message.empty()) return usage("missing_value", "--message");
    if (out.at && out.command != Command::post_create && out.command != Command::post_move &&
        out.command != Command::post_schedule && !publish && out.command != Command::inbox_overdue &&
        out.command != Command::inbox_handoff && out.command != Command::moderation_log)
        return usage("unknown_option", "--at");
    if ((out.command == Command::post_move || out.command == Command::post_schedule) && !out.at) return usage("missing_value", "--at");
    if (out.status && out.command != Command::post_status) return usage("unknown_option", "--to-status");
    if (out.command == Command::post_status && !out.status) return usage("missing_value", "--to-status");
    if (!out.comment.empty() && out.command != Command::post_status && out.command != Command::post_approve &&
        out.command != Command::post_refuse)
        return usage("unknown_option", "--comment");
    if (!out.output.empty() && !writes) return usage("unknown_option", "-o");
    if (!out.mappings.empty() && out.command != Command::csv_import && out.command != Command::import_data)
        return usage("unknown_option", "--map");
    // kpi responses shares the period with kpi, nothing else.
    const bool kpi = out.command == Command::kpi || out.command == Command::kpi_responses;
    if (out.command == Command::kpi_responses) {
        if (!out.base.empty()) return usage("unknown_option", "--base");
        if (!out.aggregate.empty()) return usage("unknown_option", "--aggregate");
        if (!out.report.empty()) return usage("unknown_option", "--report");
    }
    if (out.business_hours && out.command != Command::kpi_responses) return usage("unknown_option", "--business-hours");
    if (!out.base.empty() && !kpi) return usage("unknown_option", "--base");
    if (!out.aggregate.empty() && !kpi) return usage("unknown_option", "--aggregate");
    if (!out.report.empty() && !kpi) return usage("unknown_option", "--report");
    if (!out.account.empty() && out.command != Command::import_data && !publish) return usage("unknown_option", "--account");
    if (out.from && out.to && *out.to < *out.from) return usage("bad_date", io::format_day(*out.to));
    if (out.today && out.command != Command::demo) return usage("unknown_option", "--today");
    const bool one_network = out.command == Command::count || out.command == Command::preview;
    if (one_network && !out.network) return usage("missing_value", "--network");
    if (out.network && !one_network && out.command != Command::check) return usage("unknown_option", "--network");
    if (one_network && out.networks.size() > 1) return usage("extra_argument", "--network");
    if (out.command != Command::check) {
        if (!out.workspace.empty()) return usage("unknown_option", "--workspace");
        if (out.reply) return usage("unknown_option", "--reply");
        if (out.falc) return usage("unknown_option", "--falc");
        if (!out.dictionary.empty()) return usage("unknown_option", "--dictionary");
    }
    if (out.limit > 0 && out.command != Command::count) return usage("unknown_option", "--limit");
    if (!out.zone.empty() && out.command != Command::calendar_holidays) return usage("unknown_option", "--zone");
    if (!out.territory.empty() && out.command != Command::calendar_holidays)
        return usage("unknown_option", "--territory");
    if (!out.school_calendar.empty() && out.command != Command::calendar_holidays)
        return usage("unknown_option", "--school-calendar");
    if ((out.from || out.to) && out.command != Command::calendar_check && !kpi)
        return usage("unknown_option", out.from ? "--from" : "--to");
    if (!out.format.empty() && out.command != Command::strategy_summary && out.command != Command::moderation_log)
        return usage("unknown_option", "--format");
    if (out.command == Command::strategy_summary && !out.format.empty() && out.format != "html" && out.format != "md")
        return usage("bad_format", out.format);
    if (out.command == Command::moderation_log && out.format.empty()) return usage("missing_value", "--format");
    if (out.command == Command::moderation_log && out.format != "csv" && out.format != "html")
        return usage("bad_log_format", out.format);
    return out;
}

}  // namespace parvis::cli
