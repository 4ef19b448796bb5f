// parvis demo is written by the engineer who owns core/demo: demo_workspace() is declared in
// core/demo/demo_workspace.h but not defined yet, so the command reports a usage error.
#include <iostream>

#include "cli/commands.h"

namespace parvis::cli {

int run_demo(const Arguments& args) {
    Error e;
    e.code = ErrorCode::usage;
    e.detail = "demo not available in this build";
    return report("", e, args.lang);
}

}  // namespace parvis::cli
