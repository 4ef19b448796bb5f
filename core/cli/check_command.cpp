// parvis check [--workspace FILE] [--network NAME]... [--reply] [--falc] [--dictionary PATH]:
// the tone checker of the composer for scripts. The text is read on standard input, whole; the
// findings come out as one line of JSON (byte offsets into the text as read); exit 0 when no
// finding is an error, 1 otherwise. With --workspace, the workspace's editorial charter is
// applied and its local names are never spelling mistakes.
//
// Spelling uses Hunspell with a French dictionary, as the web app does: --dictionary PATH
// (PATH.aff and PATH.dic), or else the first found of the build's (PARVIS_SPELL_AFF and the .dic
// beside it, cmake/hunspell.cmake) and Debian's hunspell-fr in /usr/share/hunspell. Without one, a remark on
// standard error says so in French and the other checks still run, with the same exit codes;
// a --dictionary that cannot be loaded is reported as such (exit 3, after the findings).
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#include "check/check.h"
#include "cli/commands.h"
#include "cli/file_io.h"
#include "io/enum_names.h"
#include "io/workspace_json.h"
#include "spell/dictionary.h"

#ifndef PARVIS_SPELL_AFF
#define PARVIS_SPELL_AFF "/usr/share/hunspell/fr_FR.aff"
#endif

namespace parvis::cli {

namespace {

// « fr_FR », « fr_FR.aff » and « fr_FR.dic » all name the dictionary « fr_FR ».
std::string dictionary_base(std::string path) {
    for (const char* ext : {".aff", ".dic"})
        if (path.size() > 4 && path.compare(path.size() - 4, 4, ext) == 0) path.resize(path.size() - 4);
    return path;
}

// The dictionary's files both exist (without a message: looking is not failing).
bool dictionary_exists(const std::string& base) {
    std::error_code ec;
    return std::filesystem::is_regular_file(base + ".aff", ec) && std::filesystem::is_regular_file(base + ".dic", ec);
}

// The file a dictionary error names (the .aff or the .dic), for the diagnostic's « FILE: ».
std::string file_of(const Error& e, const std::string& base) {
    for (const auto& [name, value] : e.args)
        if (name == "path") return value;
    return base + ".aff";
}

struct LoadedDictionary {
    std::optional<spell::Dictionary> dictionary;
    std::string base;      // what was loaded or tried
    bool failed = false;   // --dictionary given and not loaded
};

// The dictionary asked for, or the first found; a remark on standard error when there is none.
LoadedDictionary load_dictionary(const Arguments& args) {
    LoadedDictionary out;
    if (!args.dictionary.empty()) {
        out.base = dictionary_base(args.dictionary);
        Result<spell::Dictionary> d = spell::Dictionary::load(out.base + ".aff", out.base + ".dic");
        if (d) {
            out.dictionary.emplace(std::move(d.value()));
        } else {
            report(file_of(d.error(), out.base), d.error(), args.lang);
            std::cerr << tr("cli.check.spelling_skipped", args.lang) << '\n';
            out.failed = true;
        }
        return out;
    }
    const std::string candidates[] = {dictionary_base(PARVIS_SPELL_AFF), "/usr/share/hunspell/fr_FR",
                                      "/usr/share/hunspell/fr"};
    std::string looked;
    for (const std::string& base : candidates) {
        if (!dictionary_exists(base)) {
            if (looked.find(base + ".aff") == std::string::npos) looked += (looked.empty() ? "" : ", ") + base + ".aff";
            continue;
        }
        out.base = base;
        Result<spell::Dictionary> d = spell::Dictionary::load(base + ".aff", base + ".dic");
        if (d) {
            out.dictionary.emplace(std::move(d.value()));
            return out;
        }
        report(file_of(d.error(), base), d.error(), args.lang);
        std::cerr << tr("cli.check.spelling_skipped", args.lang) << '\n';
        return out;
    }
    out.base.clear();
    std::cerr << tr("cli.check.no_dictionary", args.lang, {{"paths", looked}}) << '\n';
    return out;
}

}  // namespace

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
    const LoadedDictionary loaded = load_dictionary(args);
    const check::CheckOptions options{.networks = args.networks,
                                      .charter = args.workspace.empty() ? nullptr : &workspace.charter,
                                      .is_reply = args.reply,
                                      .falc = args.falc,
                                      .lang = args.lang,
                                      .dictionary = loaded.dictionary ? &*loaded.dictionary : nullptr,
                                      .local_words = &workspace.local_words,
                                      .spelling_suggestions = spell::Suggestions::compute};
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
    // The dictionary used for spelling (its .aff file), or null when spelling was not checked.
    verdict["dictionary"] = loaded.dictionary ? json(loaded.base + ".aff") : json(nullptr);
    std::cout << verdict.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    if (loaded.failed) return kExitIo;
    return has_error ? kExitInvalid : kExitOk;
}

}  // namespace parvis::cli
