// The router of the inbox (issue 12): proposes the municipal service (model `Service`) that can
// settle a citizen's message, with a confidence, short French reasons and alternatives.
//
// What it weighs, for each service:
//   - its keywords and topics, and the words of its name, matched on folded text (accents and
//     case ignored, core/check/fold.h) after a light French stemming (plural, -er/-é endings), so
//     « poubelles », « Poubelle » and « poubele » meet; multi-word keywords match as a sequence;
//   - synonyms (assets/inbox/routing.json, extended by the user's own groups): a message word of a
//     group counts for a service that has another word of the group as keyword, at a lower weight;
//   - the tags of the post the message comments on, matched the same way;
//   - past routings: messages of the workspace that already have a service lend it their words.
// A keyword several services share weighs less (divided among them). One spelling slip is
// forgiven on words of six letters or more.
//
// Bounded on hostile input: only the first kMaxRoutedBytes of a message are read, at most
// kMaxRoutedWords words of it are looked at, and past routings are read from at most
// kMaxPastMessages messages; a 1 MB message costs what its first 16 KB cost.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::inbox {

constexpr std::size_t kMaxRoutedBytes = 16 * 1024;
constexpr std::size_t kMaxRoutedWords = 2000;
constexpr std::size_t kMaxPastMessages = 5000;

struct Alternative {
    std::string service_id;
    double confidence = 0;
};

struct Routing {
    std::string service_id;            // "" when nothing points anywhere
    double confidence = 0;             // 0..1
    std::vector<std::string> reasons;  // French (or the requested language), short, best first
    std::vector<Alternative> alternatives;  // up to two, best first
};

// Groups of words or phrases meaning the same thing (« poubelle », « bac », « conteneur »).
using SynonymGroups = std::vector<std::vector<std::string>>;

// The built-in groups of assets/inbox/routing.json.
const SynonymGroups& builtin_synonyms();

// A user's groups from JSON: {"synonyms": [["a", "b"], …]} or a bare array of groups. Nothing for
// anything else; strings beyond 200 bytes and groups beyond 100 words are dropped.
std::optional<SynonymGroups> parse_synonyms(std::string_view json);

struct RouterOptions {
    const SynonymGroups* extra_synonyms = nullptr;  // the user's groups, added to the built-in ones
    bool learn_from_past = true;                    // past routings of the workspace
    Lang lang = Lang::fr;
};

// Built once per workspace (services, past routings), then asked for each message.
class Router {
public:
    explicit Router(const Workspace& workspace, const RouterOptions& options = {});  // keeps no reference
    ~Router();
    Router(const Router&) = delete;
    Router& operator=(const Router&) = delete;

    // `post_tags`: the tags of the commented post (empty when none).
    Routing route(std::string_view text, const std::vector<std::string>& post_tags = {}) const;
    // A message of the workspace: its text and its post's tags. Its own past routing is ignored
    // (a message never votes for itself).
    Routing route(const InboxMessage& message) const;

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace parvis::inbox
