// Index
// [SECTION] Diagnostics
// [SECTION] validate
// [SECTION] migrate
// [SECTION] help
#include "cli/commands.h"

#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/file_io.h"
#include "io/workspace_json.h"

namespace parvis::cli {

//-----------------------------------------------------------------------------
// [SECTION] Diagnostics
//-----------------------------------------------------------------------------

int report(const std::string& file, const Error& error, Lang lang) {
    std::string where = file.empty() ? std::string("parvis") : file;
    if (error.line > 0) where += ":" + std::to_string(error.line) + ":" + std::to_string(error.column);
    std::string message = error_description(error, lang);
    if (!error.pointer.empty()) message += " [" + error.pointer + "]";
    std::cerr << tr("cli.diagnostic", lang, {{"where", where}, {"message", message}}) << '\n';
    switch (error.code) {
        case ErrorCode::usage: return kExitUsage;
        case ErrorCode::io_cannot_open: return kExitIo;
        default: return kExitInvalid;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] validate
// Standard output carries a JSON verdict for scripts; standard error the sentence for people.
//-----------------------------------------------------------------------------

namespace {

nlohmann::ordered_json counts(const Workspace& w) {
    return {
        {"accounts", w.accounts.size()},
        {"objectives", w.objectives.size()},
        {"message_types", w.charter.message_types.size()},
        {"people", w.people.size()},
        {"campaigns", w.campaigns.size()},
        {"posts", w.posts.size()},
        {"snapshots", w.metrics.snapshots.size()},
        {"post_metrics", w.metrics.posts.size()},
        {"messages", w.messages.size()},
        {"services", w.services.size()},
        {"audit", w.audit.size()},
    };
}

void print_json(const nlohmann::ordered_json& j) {
    std::cout << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace

int run_validate(const Arguments& args) {
    Error error;
    auto text = read_text_file(args.file, kDefaultMaxWorkspaceBytes);
    if (!text) {
        error = text.error();
    } else {
        const auto workspace = read_workspace(*text);
        if (workspace) {
            print_json({{"valid", true}, {"schema_version", kSchemaVersion}, {"counts", counts(*workspace)}});
            return kExitOk;
        }
        error = workspace.error();
    }
    nlohmann::ordered_json verdict = {
        {"code", error_code_name(error.code)},
        {"line", error.line},
        {"column", error.column},
        {"pointer", error.pointer},
        {"message", error_message(error, args.lang)},
    };
    print_json({{"valid", false}, {"error", verdict}});
    return report(args.file, error, args.lang);
}

//-----------------------------------------------------------------------------
// [SECTION] migrate
//-----------------------------------------------------------------------------

int run_migrate(const Arguments& args) {
    auto text = read_text_file(args.file, kDefaultMaxWorkspaceBytes);
    if (!text) return report(args.file, text.error(), args.lang);
    auto migrated = migrate_workspace_text(*text);
    if (!migrated) return report(args.file, migrated.error(), args.lang);
    if (args.output.empty()) {
        std::cout << *migrated;
        return kExitOk;
    }
    if (Error e = write_text_file(args.output, *migrated)) return report(args.output, e, args.lang);
    std::cerr << tr("cli.migrated", args.lang, {{"file", args.file}, {"output", args.output},
                                                 {"version", std::to_string(kSchemaVersion)}})
              << '\n';
    return kExitOk;
}

//-----------------------------------------------------------------------------
// [SECTION] help
//-----------------------------------------------------------------------------

int run_help(const Arguments& args) {
    // The general help, then one part per area (each in its own catalogue file).
    std::cout << tr("cli.help", args.lang) << "\n\n" << tr("cli.help.interop", args.lang) << "\n\n"
              << tr("kpi.cli.help", args.lang) << "\n\n" << tr("strategy.cli_help", args.lang) << "\n\n"
              << tr("cli.help.edit", args.lang) << "\n\n" << tr("cli.help.services", args.lang) << "\n\n"
              << tr("cli.help.inbox", args.lang) << "\n\n" << tr("cli.help.moderation", args.lang) << "\n\n"
              << tr("cli.help.media", args.lang) << '\n';
    return kExitOk;
}

}  // namespace parvis::cli
