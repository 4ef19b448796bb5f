// parvis strategy networks WORKSPACE   the networks assistant's ranking, as JSON
// parvis strategy summary WORKSPACE [--format html|md]   the strategy summary on standard output
// parvis strategy setup WORKSPACE      what a new workspace still lacks (the app's « ce qui manque
//                                      encore »), as JSON
// parvis charter validate WORKSPACE    the charter's issues as JSON; exit 1 when one is an error
#include <nlohmann/json.hpp>

#include <cmath>
#include <iostream>
#include <optional>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "io/enum_names.h"
#include "io/workspace_json.h"
#include "strategy/charter_validation.h"
#include "strategy/first_run.h"
#include "strategy/network_scoring.h"
#include "strategy/objectives.h"
#include "strategy/summary.h"

namespace parvis::cli {
namespace {

void print_json(const nlohmann::ordered_json& j) {
    std::cout << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

// Reads the workspace or reports why not (the return value is the exit code then).
std::optional<Workspace> load(const Arguments& args, int& exit_code) {
    auto text = read_text_file(args.file, kDefaultMaxWorkspaceBytes);
    if (!text) {
        exit_code = report(args.file, text.error(), args.lang);
        return std::nullopt;
    }
    auto ws = read_workspace(*text);
    if (!ws) {
        exit_code = report(args.file, ws.error(), args.lang);
        return std::nullopt;
    }
    return std::move(ws.value());
}

double round2(double x) { return std::round(x * 100) / 100; }

}  // namespace

int run_strategy_networks(const Arguments& args) {
    int exit_code = kExitOk;
    const auto ws = load(args, exit_code);
    if (!ws) return exit_code;
    const strategy::ScoringInput input = strategy::scoring_input(*ws);
    const strategy::Ranking r = strategy::rank_networks(input, args.lang);
    nlohmann::ordered_json weights = nlohmann::ordered_json::object();
    for (std::size_t c = 0; c < strategy::kCriterionCount; ++c)
        weights[strategy::criterion_id(static_cast<strategy::Criterion>(c))] = input.weights[c];
    nlohmann::ordered_json networks = nlohmann::ordered_json::array();
    for (const strategy::NetworkScore& s : r.networks) {
        nlohmann::ordered_json contributions = nlohmann::ordered_json::array();
        for (const strategy::Contribution& c : s.contributions)
            contributions.push_back({{"criterion", strategy::criterion_id(c.criterion)},
                                     {"weight", c.weight},
                                     {"fit", round2(c.fit)},
                                     {"points", round2(c.points)}});
        nlohmann::ordered_json n = {
            {"rank", s.rank},
            {"network", std::string(io::enum_name(s.network))},
            {"score", round2(s.score)},
            {"hours_per_week", s.hours_per_week},
            {"recommended", s.recommended},
            {"selected", s.selected},
            {"overridden", s.overridden},
            {"reasons", s.reasons},
            {"contributions", contributions},
        };
        if (s.overridden) n["override_reason"] = s.override_reason;
        networks.push_back(n);
    }
    print_json({{"objectives", input.objective_kinds},
                {"weights", weights},
                {"hours_budget", r.hours_budget},
                {"hours_recommended", r.hours_recommended},
                {"hours_selected", r.hours_selected},
                {"audience_basis", r.audience_basis},
                {"notes", r.notes},
                {"networks", networks}});
    return kExitOk;
}

int run_strategy_summary(const Arguments& args) {
    int exit_code = kExitOk;
    const auto ws = load(args, exit_code);
    if (!ws) return exit_code;
    strategy::SummaryOptions options;
    options.format = args.format == "md" ? strategy::SummaryFormat::markdown : strategy::SummaryFormat::html;
    options.lang = args.lang;
    std::cout << strategy::strategy_summary(*ws, options);
    return kExitOk;
}

int run_charter_validate(const Arguments& args) {
    int exit_code = kExitOk;
    const auto ws = load(args, exit_code);
    if (!ws) return exit_code;
    std::vector<strategy::CharterIssue> issues = strategy::validate_charter(*ws, args.lang);
    for (auto& i : strategy::validate_objectives(*ws, args.lang)) issues.push_back(std::move(i));
    const bool valid = strategy::charter_is_valid(issues);
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const strategy::CharterIssue& i : issues)
        list.push_back({{"code", i.code}, {"severity", check::severity_name(i.severity)}, {"pointer", i.pointer}, {"message", i.message}});
    print_json({{"valid", valid}, {"issues", list}});
    for (const strategy::CharterIssue& i : issues)
        if (i.severity == check::Severity::error)
            std::cerr << tr("cli.diagnostic", args.lang, {{"where", args.file}, {"message", i.message + " [" + i.pointer + "]"}}) << '\n';
    return valid ? kExitOk : kExitInvalid;
}

int run_strategy_setup(const Arguments& args) {
    int exit_code = kExitOk;
    const auto ws = load(args, exit_code);
    if (!ws) return exit_code;
    nlohmann::ordered_json gaps = nlohmann::ordered_json::array();
    for (const strategy::SetupGap& g : strategy::setup_gaps(*ws, args.lang))
        gaps.push_back({{"gap", strategy::kSetupGapNames[static_cast<std::size_t>(g.kind)]},
                        {"count", g.count},
                        {"message", g.message},
                        {"where", g.where}});
    print_json({{"gaps", gaps}});
    return kExitOk;
}

}  // namespace parvis::cli
