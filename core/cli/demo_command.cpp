// parvis demo: the demo workspace (core/demo) as a file, the same the web app opens on first run.
#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "demo/demo_workspace.h"
#include "io/workspace_json.h"

namespace parvis::cli {

int run_demo(const Arguments& args) {
    // Without --today the demo is built around the current date (UTC), like the web app's.
    const Day today = args.today ? *args.today
                                 : Day{date::floor<date::days>(std::chrono::system_clock::now())};
    std::cout << write_workspace(demo_workspace(today));
    return kExitOk;
}

}  // namespace parvis::cli
