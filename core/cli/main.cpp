// parvis: the command line of the core, for checking and converting workspace files in scripts
// and CI, and for producing the demo workspace. See `parvis --help`.
#include <string>
#include <vector>

#include "cli/cli_args.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
    using namespace parvis::cli;
    const std::vector<std::string> args(argv + 1, argv + argc);
    const auto parsed = parse_arguments(args);
    if (!parsed) return report("", parsed.error(), find_lang(args));
    switch (parsed->command) {
        case Command::validate: return run_validate(*parsed);
        case Command::migrate: return run_migrate(*parsed);
        case Command::demo: return run_demo(*parsed);
        case Command::count: return run_count(*parsed);
        case Command::preview: return run_preview(*parsed);
        case Command::check: return run_check(*parsed);
        case Command::kpi: return run_kpi(*parsed);
        case Command::kpi_responses: return run_kpi_responses(*parsed);
        case Command::import_data: return run_import(*parsed);
        case Command::strategy_networks: return run_strategy_networks(*parsed);
        case Command::strategy_summary: return run_strategy_summary(*parsed);
        case Command::strategy_setup: return run_strategy_setup(*parsed);
        case Command::charter_validate: return run_charter_validate(*parsed);
        case Command::help: return run_help(*parsed);
        case Command::ics_export: return run_ics_export(*parsed);
        case Command::ics_import: return run_ics_import(*parsed);
        case Command::csv_import: return run_csv_import(*parsed);
        case Command::calendar_holidays: return run_calendar_holidays(*parsed);
        case Command::calendar_check: return run_calendar_check(*parsed);
        case Command::audit: return run_audit(*parsed);
        case Command::post_create:
        case Command::post_move:
        case Command::post_status:
        case Command::post_approve:
        case Command::post_refuse:
        case Command::post_schedule: return run_post_edit(*parsed);
        case Command::publish: return run_publish(*parsed);
        case Command::services_import: return run_services_import(*parsed);
        case Command::inbox_route: return run_inbox_route(*parsed);
        case Command::inbox_overdue: return run_inbox_overdue(*parsed);
        case Command::inbox_handoff: return run_inbox_handoff(*parsed);
        case Command::moderation_review: return run_moderation_review(*parsed);
        case Command::moderation_log: return run_moderation_log(*parsed);
        case Command::media_check: return run_media_check(*parsed);
    }
    return kExitUsage;
}
