// parvis ics export | ics import | csv import: the calendar's interop for scripts.
//   ics export WORKSPACE                   the iCalendar file on standard output
//   ics import WORKSPACE FILE [-o OUT]     a JSON report of what the agenda gives; with -o, the
//                                          workspace with the new ideas written to OUT
//   csv import WORKSPACE FILE [--map COLUMN=FIELD]… [-o OUT]   the same for a planning table
// The input files are never changed; without -o nothing is written.
#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "interop/ics_export.h"
#include "interop/ics_import.h"
#include "interop/planning_import.h"
#include "io/enum_names.h"
#include "io/time_text.h"
#include "io/workspace_json.h"

namespace parvis::cli {
namespace {

using Json = nlohmann::ordered_json;

void print_json(const Json& j) {
    std::cout << j.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

// The agenda or table, its size refused with the message of its kind.
Result<std::string> load_input(const Arguments& args, std::size_t max_bytes, const char* kind) {
    auto text = read_text_file(args.input, max_bytes);
    if (!text && text.error().code == ErrorCode::file_too_large) {
        Error e = text.error();
        e.args.emplace_back("reason", kind);
        return e;
    }
    return text;
}

Json post_summary(const Post& post, int line) {
    return {{"id", post.id},
            {"line", line},
            {"title", post.title},
            {"scheduled_at", post.scheduled_at ? io::format_instant(*post.scheduled_at) : std::string()},
            {"status", std::string(io::enum_name(post.status))}};
}

}  // namespace

int run_ics_export(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    std::cout << ics::export_calendar(*loaded.workspace, {.stamp = now(), .lang = args.lang});
    return kExitOk;
}

int run_ics_import(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    auto text = load_input(args, ics::kDefaultMaxIcsBytes, "ics");
    if (!text) return report(args.input, text.error(), args.lang);
    const auto result = ics::import_calendar(*text, *loaded.workspace, {.lang = args.lang});
    if (!result) return report(args.input, result.error(), args.lang);

    Json posts = Json::array();
    for (std::size_t i = 0; i < result->posts.size(); ++i) {
        Json p = post_summary(result->posts[i], result->post_lines[i]);
        p["external_uid"] = result->posts[i].external_uid;
        posts.push_back(std::move(p));
    }
    Json skipped = Json::array();
    for (const ics::SkippedEvent& s : result->skipped) {
        skipped.push_back({{"line", s.line}, {"uid", s.uid}, {"summary", s.summary},
                           {"reason", ics::skip_reason_name(s.reason)}, {"message", s.message}});
    }
    print_json({{"events", result->events},
                {"added", result->posts.size()},
                {"already_present", result->already_present},
                {"recurring", result->recurring},
                {"skipped_count", result->skipped.size()},
                {"written", args.output.empty() ? Json(nullptr) : Json(args.output)},
                {"posts", posts},
                {"skipped", skipped}});
    ics::apply_import(*loaded.workspace, *result, now(), args.person);
    return write_if_asked(args, *loaded.workspace);
}

int run_csv_import(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    auto text = load_input(args, csv::kDefaultMaxCsvBytes, "csv");
    if (!text) return report(args.input, text.error(), args.lang);
    planning::Options options;
    options.lang = args.lang;
    for (const std::string& m : args.mappings) {
        const std::size_t equals = m.find('=');
        options.overrides.push_back({m.substr(0, equals), m.substr(equals + 1)});
    }
    const auto result = planning::preview(*text, *loaded.workspace, options);
    if (!result) return report(args.input, result.error(), args.lang);
    if (result->no_date_column) return report(args.input, result->no_date_column, args.lang);

    Json mapping = Json::array();
    for (std::size_t c = 0; c < result->headers.size(); ++c) {
        mapping.push_back({{"column", result->headers[c]},
                           {"field", planning::field_name(result->mapping.columns.at(c))}});
    }
    Json posts = Json::array();
    for (std::size_t i = 0; i < result->posts.size(); ++i) {
        Json p = post_summary(result->posts[i], result->post_lines[i]);
        Json accounts = Json::array();
        for (const PostVariant& v : result->posts[i].variants) accounts.push_back(v.account_id);
        p["accounts"] = std::move(accounts);
        posts.push_back(std::move(p));
    }
    auto notes = [](const std::vector<planning::RowNote>& list) {
        Json out = Json::array();
        for (const planning::RowNote& n : list)
            out.push_back({{"line", n.line}, {"reason", n.reason}, {"value", n.value}, {"message", n.message}});
        return out;
    };
    print_json({{"separator", std::string(1, result->separator)},
                {"encoding", csv::encoding_name(result->encoding)},
                {"rows", result->rows},
                {"added", result->posts.size()},
                {"skipped_count", result->skipped.size()},
                {"already_present", result->already_present},
                {"written", args.output.empty() ? Json(nullptr) : Json(args.output)},
                {"mapping", mapping},
                {"posts", posts},
                {"skipped", notes(result->skipped)},
                {"warnings", notes(result->warnings)}});
    planning::apply_planning(*loaded.workspace, *result, now(), args.person);
    return write_if_asked(args, *loaded.workspace);
}

}  // namespace parvis::cli
