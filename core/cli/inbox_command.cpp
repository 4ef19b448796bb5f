// parvis inbox route WORKSPACE [--synonyms FILE]: the router's proposal (core/inbox/router.h) for
// every message without a service, as one JSON array
//   [{"message_id", "service_id", "confidence", "reasons": […], "alternatives": [{"service_id", "confidence"}]}]
// parvis inbox overdue WORKSPACE [--at INSTANT]: the messages still waiting for an answer whose
// deadline (core/inbox/deadline.h) is past at INSTANT (now by default), by deadline, as JSON.
// parvis inbox handoff WORKSPACE --message ID [--at INSTANT]: the hand-off of one message to its
// service (core/inbox/handoff.h) as JSON {mailto, to, subject, body, text, reply_suggestion}.
// All three only read: nothing is written.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iostream>

#include "calendar/territory.h"
#include "cli/commands.h"
#include "cli/file_io.h"
#include "inbox/deadline.h"
#include "inbox/handoff.h"
#include "inbox/router.h"
#include "io/enum_names.h"
#include "io/time_text.h"
#include "model/find.h"

namespace parvis::cli {
namespace {

using Json = nlohmann::ordered_json;

// The user's synonyms file: small by nature, refused beyond 1 MB.
constexpr std::size_t kMaxSynonymsBytes = 1024 * 1024;

double rounded(double x) { return std::round(x * 1000) / 1000; }

void print(const Json& out) { std::cout << out.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n'; }

}  // namespace

int run_inbox_route(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    std::optional<inbox::SynonymGroups> extra;
    if (!args.synonyms.empty()) {
        const auto text = read_text_file(args.synonyms, kMaxSynonymsBytes);
        if (!text) return report(args.synonyms, text.error(), args.lang);
        extra = inbox::parse_synonyms(*text);
        if (!extra) {
            std::cerr << tr("cli.diagnostic", args.lang,
                            {{"where", args.synonyms}, {"message", tr("inbox.cli.bad_synonyms", args.lang)}})
                      << '\n';
            return kExitInvalid;
        }
    }
    const inbox::Router router(*loaded.workspace, {.extra_synonyms = extra ? &*extra : nullptr, .lang = args.lang});
    Json out = Json::array();
    for (const InboxMessage& m : loaded.workspace->messages) {
        if (!m.service_id.empty()) continue;
        const inbox::Routing r = router.route(m);
        Json alternatives = Json::array();
        for (const inbox::Alternative& a : r.alternatives)
            alternatives.push_back({{"service_id", a.service_id}, {"confidence", rounded(a.confidence)}});
        out.push_back({{"message_id", m.id},
                       {"service_id", r.service_id.empty() ? Json(nullptr) : Json(r.service_id)},
                       {"confidence", rounded(r.confidence)},
                       {"reasons", r.reasons},
                       {"alternatives", alternatives}});
    }
    print(out);
    return kExitOk;
}

int run_inbox_overdue(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    const Workspace& ws = *loaded.workspace;
    const Instant at = args.at ? *args.at : now();
    struct Late {
        const InboxMessage* message;
        inbox::Deadline deadline;
    };
    std::vector<Late> late;
    for (const InboxMessage& m : ws.messages) {
        const inbox::Deadline d = inbox::reply_deadline(m, ws);
        if (inbox::is_overdue(m, d, at)) late.push_back({&m, d});
    }
    std::stable_sort(late.begin(), late.end(), [](const Late& a, const Late& b) { return a.deadline.due < b.deadline.due; });
    Json out = Json::array();
    for (const Late& l : late) {
        const InboxMessage& m = *l.message;
        out.push_back({{"message_id", m.id},
                       {"status", io::enum_name(m.status)},
                       {"service_id", m.service_id.empty() ? Json(nullptr) : Json(m.service_id)},
                       {"received_at", io::format_instant(m.received_at)},
                       {"deadline", io::format_instant(l.deadline.due)},
                       {"deadline_text", inbox::deadline_text(l.deadline, at, ws.profile.time_zone, args.lang)},
                       {"late_hours", rounded(double((at - l.deadline.due).count()) / 3600.0)},
                       {"capped", l.deadline.status == inbox::DeadlineStatus::capped}});
    }
    print(out);
    return kExitOk;
}

int run_inbox_handoff(const Arguments& args) {
    Loaded loaded = load_workspace(args);
    if (!loaded.workspace) return loaded.exit_code;
    const Workspace& ws = *loaded.workspace;
    const InboxMessage* m = find_message(ws, args.message);
    if (!m) {
        std::cerr << tr("cli.diagnostic", args.lang,
                        {{"where", args.file}, {"message", tr("inbox.cli.unknown_message", args.lang, {{"id", args.message}})}})
                  << '\n';
        return kExitInvalid;
    }
    const inbox::Handoff h = inbox::make_handoff(*m, ws, args.at ? *args.at : now(), args.lang);
    print(Json{{"message_id", m->id},
               {"mailto", h.mailto},
               {"to", h.to},
               {"subject", h.subject},
               {"body", h.body},
               {"text", h.text},
               {"reply_suggestion", inbox::reply_suggestion(*m, ws, args.lang)}});
    return kExitOk;
}

}  // namespace parvis::cli
