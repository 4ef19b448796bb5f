// parvis publish WORKSPACE --post ID [--account ID] [--at INSTANT] --dry-run
// Prints, as JSON, the requests each account of the post would receive (core/connect/
// publish_plan.h), every secret masked and each body as parsed JSON. The CLI holds no token, so it
// never sends anything: without --dry-run it refuses (the tokens live in the browser). --at plans
// as at that instant (default: now), which decides between publishing now and scheduling.
#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "connect/publish_plan.h"
#include "model/find.h"

namespace parvis::cli {

int run_publish(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    const Workspace& ws = *loaded.workspace;
    const Post* post = find_post(ws, args.post);
    if (!post) {
        std::cerr << tr("cli.diagnostic", args.lang,
                        {{"where", args.file}, {"message", tr("cli.edit.not_found", args.lang, {{"id", args.post}})}})
                  << '\n';
        return kExitInvalid;
    }
    if (!args.account.empty() && !find_account(ws, args.account)) {
        std::cerr << tr("cli.diagnostic", args.lang,
                        {{"where", args.file}, {"message", tr("cli.publish.unknown_account", args.lang, {{"id", args.account}})}})
                  << '\n';
        return kExitInvalid;
    }
    connect::PlanOptions options;
    options.account_id = args.account;
    options.now = args.at ? *args.at : now();
    std::cout << connect::plan_to_json(connect::plan_publish(ws, *post, options)).dump(2) << '\n';
    return kExitOk;
}

}  // namespace parvis::cli
