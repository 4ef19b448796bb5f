// The tone checker's entry point (issue 6): one call checks a post or a reply as it is typed and
// gives every finding (core/check/finding.h) with the per-network counts and a summary score;
// with a dictionary, the spelling findings of core/spell are among them, counted in the score.
// Rules and thresholds are documented, with their sources, in docs/checks.md.
//
// Fast enough for every keystroke: a 3,000-character post is checked in well under a
// millisecond natively (tests/bench/check_bench.cpp).
#pragma once
#include <string_view>
#include <vector>

#include "check/finding.h"
#include "check/readability.h"
#include "count/count.h"
#include "i18n/catalogue.h"
#include "model/workspace.h"
#include "spell/spelling.h"

namespace parvis::check {

struct CheckOptions {
    std::vector<Network> networks = {};  // counted and checked for these (empty: none counted)
    const Charter* charter = nullptr;  // the workspace's editorial charter; nullptr: defaults
    bool is_reply = false;             // a public reply to a citizen: personal data, tone signal
    const std::vector<Service>* services = nullptr;  // replies: their public phones and e-mails are no personal data
    bool falc = false;                 // « facile à lire et à comprendre »: stricter thresholds
    const std::vector<Media>* media = nullptr;  // images of the post, for their alt texts
    Lang lang = Lang::fr;              // language of the messages
    int mastodon_limit = 0;            // 0: 500
    // The French dictionary (core/spell): spelling findings, and CamelCase suggestions for
    // hashtags (check/hashtag_split.h). nullptr: neither (the other rules do not need it).
    const spell::Dictionary* dictionary = nullptr;
    const std::vector<std::string>* local_words = nullptr;  // the workspace's, never flagged
    spell::Suggestions spelling_suggestions = spell::Suggestions::compute;  // live checking: cached_only
};

struct CheckResult {
    std::vector<Finding> findings;            // sorted by start, then end, then rule
    std::vector<count::CountResult> counts;   // one per CheckOptions::networks, same order
    Readability readability;
    int tone_score = 0;   // 0–100, replies only: negativity/aggressiveness signal
    int score = 100;      // 0–100 summary: 100 minus 15 per error, 5 per warning, 1 per info
};

CheckResult check_text(std::string_view text, const CheckOptions& options = {});

// [start, end) of `text` replaced by the first suggestion of `finding` (for the one-click fix).
std::string apply_fix(std::string_view text, const Finding& finding);

}  // namespace parvis::check
