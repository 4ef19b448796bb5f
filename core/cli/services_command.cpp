// parvis services import WORKSPACE FILE.csv [-o OUT] [--as PERSON]: imports a services directory
// (core/interop/services_import.h) and prints the preview as one line of JSON. Without -o nothing
// is written; on any error nothing is written either. Importing the same file again adds nothing.
#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "interop/services_import.h"

namespace parvis::cli {

int run_services_import(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    auto text = read_text_file(args.input, csv::kDefaultMaxCsvBytes);
    if (!text && text.error().code == ErrorCode::file_too_large) {
        Error e = text.error();
        e.args.emplace_back("reason", "csv");
        return report(args.input, e, args.lang);
    }
    if (!text) return report(args.input, text.error(), args.lang);
    const auto result = services_import::preview(*text, *loaded.workspace, {.lang = args.lang});
    if (!result) return report(args.input, result.error(), args.lang);

    using Json = nlohmann::ordered_json;
    auto names = [](const std::vector<Service>& services) {
        Json out = Json::array();
        for (const Service& s : services) out.push_back({{"id", s.id}, {"name", s.name}});
        return out;
    };
    Json skipped = Json::array();
    for (const services_import::RowNote& n : result->skipped)
        skipped.push_back({{"line", n.line}, {"reason", n.reason}, {"value", n.value}, {"message", n.message}});
    const Json out = {{"separator", std::string(1, result->separator)},
                      {"encoding", csv::encoding_name(result->encoding)},
                      {"rows", result->rows},
                      {"added", result->added.size()},
                      {"updated", result->updated.size()},
                      {"already_present", result->already_present},
                      {"skipped_count", result->skipped.size()},
                      {"written", args.output.empty() ? Json(nullptr) : Json(args.output)},
                      {"services_added", names(result->added)},
                      {"services_updated", names(result->updated)},
                      {"skipped", skipped}};
    std::cout << out.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    services_import::apply_services(*loaded.workspace, *result, {args.person, now()});
    return write_if_asked(args, *loaded.workspace);
}

}  // namespace parvis::cli
