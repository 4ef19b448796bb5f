// parvis audit | post …: the edit API of core/edit/ from the command line, so that scripts (and
// tests) change a workspace exactly as the web app does, with the same rules and audit entries.
//   audit WORKSPACE                                   the audit log, one line per entry, in --lang
//   post create WORKSPACE --as PERSON [--title T] [--at INSTANT] -o OUT
//   post move WORKSPACE --post ID --at INSTANT --as PERSON -o OUT
//   post status WORKSPACE --post ID --to-status NAME --as PERSON [--comment TEXT] -o OUT
//   post approve WORKSPACE --post ID --as PERSON [--comment TEXT] -o OUT
//   post refuse WORKSPACE --post ID --as PERSON --comment TEXT -o OUT   (back to draft, strategy/workflow.h)
//   post schedule WORKSPACE --post ID --at INSTANT --as PERSON -o OUT  (date and « programmé »)
// An edit prints {"outcome": "done"|"unchanged", "post": ID} on standard output and writes the
// workspace to OUT; a refused edit writes nothing and exits 1 with the reason on standard error.
#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "edit/audit_log.h"
#include "edit/post_edits.h"
#include "model/find.h"
#include "strategy/circuit.h"
#include "strategy/workflow.h"

namespace parvis::cli {
namespace {

int refuse(const Arguments& args, const std::string& key, const Args& values) {
    std::cerr << tr("cli.diagnostic", args.lang, {{"where", args.file}, {"message", tr(key, args.lang, values)}}) << '\n';
    return kExitInvalid;
}

int done(const Arguments& args, const Workspace& ws, bool changed, const std::string& post) {
    std::cout << nlohmann::ordered_json{{"outcome", changed ? "done" : "unchanged"}, {"post", post}}.dump() << '\n';
    return write_if_asked(args, ws);
}

}  // namespace

int run_audit(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    for (const AuditEntry& e : loaded.workspace->audit) std::cout << edit::describe(e, *loaded.workspace, args.lang) << '\n';
    return kExitOk;
}

int run_post_edit(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    Workspace& ws = *loaded.workspace;
    if (!find_person(ws, args.person)) return refuse(args, "cli.edit.unknown_person", {{"id", args.person}});
    const edit::Actor actor{args.person, now()};
    if (args.command == Command::post_create) {
        const std::string id = edit::create_post(ws, actor, {.title = args.title.empty() ? tr("composer.new_title", args.lang) : args.title,
                                                             .at = args.at});
        return done(args, ws, true, id);
    }
    if (!find_post(ws, args.post)) return refuse(args, "cli.edit.not_found", {{"id", args.post}});
    if (args.command == Command::post_move) {
        const edit::Result r = edit::reschedule_post(ws, actor, args.post, *args.at);
        return done(args, ws, r.changed(), args.post);
    }
    // Status and approvals follow the validation circuit (core/strategy/circuit.h).
    const strategy::CircuitResult r =
        args.command == Command::post_approve  ? strategy::approve(ws, args.post, args.person, args.comment, actor.at, args.lang)
        : args.command == Command::post_refuse ? strategy::refuse(ws, args.post, args.person, args.comment, actor.at, args.lang)
        : args.command == Command::post_schedule
            ? strategy::schedule(ws, args.post, args.person, *args.at, actor.at, args.lang)
            : strategy::set_status(ws, args.post, args.person, *args.status, args.comment, actor.at, args.lang);
    if (!r) return refuse(args, "cli.edit.refused", {{"reason", r.message}});
    return done(args, ws, true, args.post);
}

}  // namespace parvis::cli
