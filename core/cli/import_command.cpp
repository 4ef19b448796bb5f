// parvis import meta|x|linkedin|mastodon WORKSPACE FILE [-o OUT] [--account ID]
// [--column "HEADER=FIELD"]…: imports the statistics of a platform's export (LinkedIn: CSV or
// .xlsx) and prints the report as one line of JSON. Without -o it is
// a preview: nothing is written. On any error nothing is written either.
#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "io/workspace_json.h"
#include "kpi/import.h"

namespace parvis::cli {

int run_import(const Arguments& args) {
    auto text = read_text_file(args.file, kDefaultMaxWorkspaceBytes);
    if (!text) return report(args.file, text.error(), args.lang);
    const auto workspace = read_workspace(*text);
    if (!workspace) return report(args.file, workspace.error(), args.lang);
    auto data = read_text_file(args.input, kDefaultMaxWorkspaceBytes);
    if (!data) return report(args.input, data.error(), args.lang);

    const Day today{date::floor<date::days>(std::chrono::system_clock::now())};
    const auto source = *kpi::import_source_from_name(args.source);
    kpi::ImportOptions options{.account_id = args.account, .today = today, .file_name = args.input};
    for (const std::string& m : args.mappings) {
        // The last "=": a header may hold one, a field id never does.
        const std::size_t equals = m.rfind('=');
        options.columns.push_back({m.substr(0, equals), m.substr(equals + 1)});
    }
    const auto result = kpi::import_export(*workspace, source, *data, options);
    if (!result) return report(args.input, result.error(), args.lang);
    const kpi::ImportReport& r = result->report;

    nlohmann::ordered_json skipped = nlohmann::ordered_json::array();
    for (const kpi::SkippedRow& s : r.skipped) {
        nlohmann::ordered_json item = {{"reason", s.reason},
                                       {"message", tr("kpis.import.skip." + s.reason, args.lang)},
                                       {"detail", s.detail}};
        if (s.line > 0) item["line"] = s.line;
        if (s.index >= 0) item["index"] = s.index;
        skipped.push_back(item);
    }
    nlohmann::ordered_json out = {
        {"source", kpi::import_source_name(r.source)},
        {"network", r.network},
        {"language", r.language},
        {"account", r.account_id},
        {"rows_read", r.rows_read},
        {"imported", r.metrics_added + r.metrics_updated},  // rows whose figures went in
        {"posts_added", r.posts_added},
        {"metrics_added", r.metrics_added},
        {"metrics_updated", r.metrics_updated},
        {"unchanged", r.unchanged},
        {"skipped", skipped},
        {"columns_used", r.columns_used},
        {"unknown_columns", r.unknown_columns},
    };
    // .xlsx: the sheet the rows came from (absent for CSV and JSON, whose report is unchanged).
    if (!r.sheet.empty()) {
        nlohmann::ordered_json with_sheet;
        for (auto& [key, value] : out.items()) {
            with_sheet[key] = value;
            if (key == "account") with_sheet["sheet"] = r.sheet;
        }
        out = std::move(with_sheet);
    }
    nlohmann::ordered_json columns = nlohmann::ordered_json::array();
    for (const kpi::ImportReport::ColumnUse& c : r.columns)
        columns.push_back({{"header", c.header}, {"field", c.field}, {"mapped", c.mapped}});
    out["columns"] = std::move(columns);
    nlohmann::ordered_json unused = nlohmann::ordered_json::array();
    for (const kpi::ImportReport::UnusedMapping& u : r.unused_mappings)
        unused.push_back({{"header", u.mapping.header},
                          {"field", u.mapping.field},
                          {"reason", u.reason},
                          {"message", tr("kpis.import.mapping." + u.reason, args.lang,
                                         {{"header", u.mapping.header}, {"field", u.mapping.field}})}});
    out["unused_mappings"] = std::move(unused);
    out["written"] = !args.output.empty();
    if (!args.output.empty()) {
        if (Error e = write_text_file(args.output, write_workspace(result->workspace))) return report(args.output, e, args.lang);
    }
    std::cout << out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return kExitOk;
}

}  // namespace parvis::cli
