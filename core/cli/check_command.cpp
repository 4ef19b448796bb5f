// parvis check [--workspace FILE] [--network NAME]... [--reply] [--falc]: the tone checker of
// the composer for scripts. The text is read on standard input, whole; the findings come out as
// one line of JSON (byte offsets into the text as read); exit 0 when no finding is an error,
// 1 otherwise. With --workspace, the workspace's editorial charter is applied.
#include <nlohmann/json.hpp>

#include <cmath>
#include <iostream>
#include <iterator>
#include <string>

#include "check/check.h"
#include "cli/commands.h"
#include "cli/file_io.h"
#include "io/enum_names.h"
#include "io/workspace_json.h"

namespace parvis::cli {

int run_check(const Arguments& args) {
    Workspace workspace;
    if (!args.workspace.empty()) {
        auto text = read_text_file(args.workspace, kDefaultMaxWorkspaceBytes);
        if (!text) return report(args.workspace, text.error(), args.lang);
        auto read = read_workspace(*text);
        if (!read) return report(args.workspace, read.error(), args.lang);
        workspace = std::move(*read);
    }
    std::cin >> std::noskipws;
    const std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    const check::CheckOptions options{.networks = args.networks,
                                      .charter = args.workspace.empty() ? nullptr : &workspace.charter,
                                      .is_reply = args.reply,
                                      .falc = args.falc,
                                      .lang = args.lang};
    const check::CheckResult r = check::check_text(text, options);

    using json = nlohmann::ordered_json;
    json findings = json::array();
    bool has_error = false;
    for (const check::Finding& f : r.findings) {
        has_error |= f.severity == check::Severity::error;
        findings.push_back({{"rule", f.rule},
                            {"category", f.category},
                            {"severity", check::severity_name(f.severity)},
                            {"start", f.start},
                            {"end", f.end},
                            {"message", f.message},
                            {"suggestions", f.suggestions},
                            {"fix_is_safe", f.fix_is_safe}});
    }
    json counts = json::array();
    for (const count::CountResult& c : r.counts) {
        counts.push_back({{"network", std::string(io::enum_name(c.network))},
                          {"length", c.length},
                          {"limit", c.limit},
                          {"valid", c.valid},
                          {"problem", count::count_problem_name(c.problem)}});
    }
    json verdict = {{"score", r.score},
                    {"findings", findings},
                    {"counts", counts},
                    {"readability",
                     {{"words", r.readability.words},
                      {"sentences", r.readability.sentences},
                      {"syllables", r.readability.syllables},
                      {"kandel_moles", std::round(r.readability.kandel_moles * 10) / 10},
                      {"lix", std::round(r.readability.lix * 10) / 10}}}};
    if (args.reply) verdict["tone_score"] = r.tone_score;
    std::cout << verdict.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    return has_error ? kExitInvalid : kExitOk;
}

}  // namespace parvis::cli
