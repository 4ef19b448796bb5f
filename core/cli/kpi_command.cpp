// parvis kpi WORKSPACE [--from DATE] [--to DATE] [--base …] [--aggregate …] [--report html]:
// every figure of the dashboard as one line of JSON (core/kpi/kpi_json.h), or the monthly report
// as a standalone HTML page. Without dates the period is the whole history of the workspace.
// parvis kpi responses WORKSPACE [--from DATE] [--to DATE] [--business-hours]: the Messages desk's
// response times by service, person and channel, and the backlog day by day
// (core/kpi/response_times.h), as one line of JSON (core/kpi/response_times_json.h). Without dates
// the period runs from the first to the last message received.
#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "io/workspace_json.h"
#include "kpi/kpi.h"
#include "kpi/kpi_json.h"
#include "kpi/report_html.h"
#include "kpi/response_times.h"
#include "kpi/response_times_json.h"

namespace parvis::cli {

int run_kpi(const Arguments& args) {
    auto text = read_text_file(args.file, kDefaultMaxWorkspaceBytes);
    if (!text) return report(args.file, text.error(), args.lang);
    const auto workspace = read_workspace(*text);
    if (!workspace) return report(args.file, workspace.error(), args.lang);

    const Day today{date::floor<date::days>(std::chrono::system_clock::now())};
    const kpi::Period history = kpi::default_period(*workspace, today);
    kpi::Options options;
    options.period = {args.from.value_or(history.from), args.to.value_or(history.to)};
    if (options.period.to < options.period.from) {
        // Only one bound was given and it lies outside the history: a one-day period.
        if (args.from) options.period.to = options.period.from;
        else options.period.from = options.period.to;
    }
    if (!args.base.empty()) options.base = *kpi::base_from_name(args.base);
    if (!args.aggregate.empty()) options.aggregation = *kpi::aggregation_from_name(args.aggregate);
    const kpi::Dashboard db = kpi::compute_dashboard(*workspace, options);
    if (args.report == "html") {
        std::cout << kpi::report_html(db, *workspace, {.lang = args.lang});
        return kExitOk;
    }
    std::cout << kpi::dashboard_to_json(db, *workspace, args.lang)
                     .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
              << '\n';
    return kExitOk;
}

int run_kpi_responses(const Arguments& args) {
    auto text = read_text_file(args.file, kDefaultMaxWorkspaceBytes);
    if (!text) return report(args.file, text.error(), args.lang);
    const auto workspace = read_workspace(*text);
    if (!workspace) return report(args.file, workspace.error(), args.lang);

    const Day today{date::floor<date::days>(std::chrono::system_clock::now())};
    const kpi::Period messages = kpi::messages_period(*workspace, today);
    kpi::ResponseTimeOptions options{.period = {args.from.value_or(messages.from), args.to.value_or(messages.to)},
                                     .business_hours = args.business_hours};
    if (options.period.to < options.period.from) {
        // Only one bound was given and it lies outside the messages' days: a one-day period.
        if (args.from) options.period.to = options.period.from;
        else options.period.from = options.period.to;
    }
    const kpi::ResponseTimes figures = kpi::compute_response_times(*workspace, options);
    if (figures.error == kpi::ResponseTimesError::no_working_time) {
        // The file reads well but its charter works no hour: nothing to count working time in.
        Error error{ErrorCode::invalid_value, "business_hours", "/charter/business_hours"};
        error.args = {{"reason", "no_working_time"}};
        return report(args.file, error, args.lang);
    }
    if (figures.error == kpi::ResponseTimesError::unknown_zone) {
        Error error{ErrorCode::invalid_value, workspace->profile.time_zone, "/profile/time_zone"};
        return report(args.file, error, args.lang);
    }
    std::cout << kpi::response_times_to_json(figures).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
              << '\n';
    return kExitOk;
}

}  // namespace parvis::cli
