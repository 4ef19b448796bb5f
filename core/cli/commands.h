// The commands of `parvis`. Each returns the process exit code:
//   0 success, 1 invalid input, 2 usage error, 3 input/output error.
#pragma once
#include <string>

#include "cli/cli_args.h"
#include "error.h"

namespace parvis::cli {

enum ExitCode { kExitOk = 0, kExitInvalid = 1, kExitUsage = 2, kExitIo = 3 };

int run_validate(const Arguments& args);
int run_migrate(const Arguments& args);
int run_demo(const Arguments& args);
int run_count(const Arguments& args);
int run_preview(const Arguments& args);
int run_check(const Arguments& args);
int run_kpi(const Arguments& args);
int run_kpi_responses(const Arguments& args);  // kpi_command.cpp
int run_import(const Arguments& args);
int run_strategy_networks(const Arguments& args);
int run_strategy_summary(const Arguments& args);
int run_strategy_setup(const Arguments& args);
int run_charter_validate(const Arguments& args);
int run_help(const Arguments& args);
int run_ics_export(const Arguments& args);   // interop_commands.cpp
int run_ics_import(const Arguments& args);
int run_csv_import(const Arguments& args);
int run_calendar_holidays(const Arguments& args);
int run_calendar_check(const Arguments& args);
int run_audit(const Arguments& args);      // edit_commands.cpp
int run_post_edit(const Arguments& args);  // post create | move | status | approve
int run_publish(const Arguments& args);    // publish_command.cpp
int run_services_import(const Arguments& args);  // services_command.cpp
int run_inbox_route(const Arguments& args);      // inbox_command.cpp
int run_inbox_overdue(const Arguments& args);
int run_inbox_handoff(const Arguments& args);
int run_moderation_review(const Arguments& args);  // moderation_command.cpp
int run_moderation_log(const Arguments& args);
int run_media_check(const Arguments& args);         // media_command.cpp

// « FILE:LINE:COLUMN: erreur : message » on standard error (the compilers' form, which editors
// and CI logs turn into links), and the exit code that goes with the error.
int report(const std::string& file, const Error& error, Lang lang);

}  // namespace parvis::cli
