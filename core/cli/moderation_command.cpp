// parvis moderation review WORKSPACE [--message ID]: the moderation charter applied to the
// messages received (core/inbox/moderation.h), as one JSON array of the messages that have
// findings: [{"message_id", "findings": [{"category", "rule_index", "article", "reason",
// "actions": ["hide", …]}]}]. With --message, that message alone (its findings may be empty).
// parvis moderation log WORKSPACE --format csv|html [--at INSTANT]: the moderation log
// (core/inbox/moderation_export.h) on standard output, the HTML page dated INSTANT (now by default).
// Both only read: nothing is written.
#include <nlohmann/json.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/file_io.h"
#include "inbox/moderation.h"
#include "inbox/moderation_export.h"
#include "io/enum_names.h"
#include "model/find.h"

namespace parvis::cli {
namespace {

using Json = nlohmann::ordered_json;

Json findings_json(const std::vector<inbox::ModerationFinding>& findings) {
    Json out = Json::array();
    for (const inbox::ModerationFinding& f : findings) {
        Json actions = Json::array();
        for (ModerationAction a : f.actions) actions.push_back(io::enum_name(a));
        out.push_back({{"category", io::enum_name(f.category)},
                       {"rule_index", f.rule_index},
                       {"article", f.article},
                       {"reason", f.reason},
                       {"actions", actions}});
    }
    return out;
}

}  // namespace

int run_moderation_review(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    const Workspace& ws = *loaded.workspace;
    Json out = Json::array();
    for (const InboxMessage& m : ws.messages) {
        if (!args.message.empty() && m.id != args.message) continue;
        const auto findings = inbox::review_message(m, ws, {.lang = args.lang});
        if (findings.empty() && args.message.empty()) continue;
        out.push_back({{"message_id", m.id}, {"findings", findings_json(findings)}});
    }
    if (!args.message.empty() && out.empty()) {
        std::cerr << tr("cli.diagnostic", args.lang,
                        {{"where", args.file}, {"message", tr("inbox.cli.unknown_message", args.lang, {{"id", args.message}})}})
                  << '\n';
        return kExitInvalid;
    }
    std::cout << out.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    return kExitOk;
}

int run_moderation_log(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    const Workspace& ws = *loaded.workspace;
    if (args.format == "csv") {
        std::cout << inbox::moderation_log_csv(ws, args.lang);
    } else {
        std::cout << inbox::moderation_log_html(ws, args.at ? *args.at : now(), args.lang);
    }
    return std::cout.good() ? kExitOk : kExitIo;
}

}  // namespace parvis::cli
