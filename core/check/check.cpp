// Index
// [SECTION] Shared helpers
// [SECTION] Length findings
// [SECTION] check_text
#include "check/check.h"

#include <algorithm>
#include <iterator>

#include "check/rules.h"
#include "io/enum_names.h"
#include "text/utf8.h"

namespace parvis::check {

//-----------------------------------------------------------------------------
// [SECTION] Shared helpers
//-----------------------------------------------------------------------------

namespace detail {

namespace {
char32_t upper(char32_t c) {
    if (c >= 'a' && c <= 'z') return c - 32;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
    if (c == 0x153) return 0x152;
    return c;
}
bool is_upper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || c == 0x152; }
}  // namespace

std::string with_case_of(std::string_view original, std::string replacement) {
    if (original.empty() || replacement.empty()) return replacement;
    if (!is_upper(utf8::decode(original, 0).code_point)) return replacement;
    const utf8::Decoded first = utf8::decode(replacement, 0);
    std::string out;
    utf8::append(out, upper(first.code_point));
    out.append(replacement, first.length, std::string::npos);
    return out;
}

std::string quote(std::string_view s) { return "«\u202F" + std::string(s) + "\u202F»"; }

}  // namespace detail

std::string apply_fix(std::string_view text, const Finding& finding) {
    std::string out(text);
    if (finding.suggestions.empty() || finding.start > finding.end || finding.end > text.size()) return out;
    out.replace(finding.start, finding.end - finding.start, finding.suggestions.front());
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Length findings
// The counters of core/count/ turned into findings: the part beyond the limit is the span, so the
// composer underlines exactly what does not fit.
//-----------------------------------------------------------------------------

namespace {

void length_findings(const detail::Context& c, const count::CountResult& r) {
    if (r.valid || r.problem == count::CountProblem::empty) return;
    const Args args = {{"network", tr("network." + std::string(io::enum_name(r.network)), c.options.lang)},
                       {"length", std::to_string(r.length)},
                       {"limit", std::to_string(r.limit)},
                       {"over", std::to_string(r.length - r.limit)},
                       {"bytes", std::to_string(r.bytes)},
                       {"max_bytes", std::to_string(r.max_bytes)},
                       {"links", std::to_string(r.links)},
                       {"max_links", std::to_string(r.max_links)},
                       {"hashtags", std::to_string(r.hashtags)},
                       {"max_hashtags", std::to_string(r.max_hashtags)}};
    switch (r.problem) {
        case count::CountProblem::too_long:
            c.add("length_over", "longueur", Severity::error, std::min(r.valid_bytes_end, c.text.size()), c.text.size(),
                  "check.length_over", args);
            break;
        case count::CountProblem::too_many_bytes:
            c.add("length_bytes", "longueur", Severity::error, 0, 0, "check.length_bytes", args);
            break;
        case count::CountProblem::too_many_links:
            c.add("length_links", "longueur", Severity::error, 0, 0, "check.length_links", args);
            break;
        case count::CountProblem::too_many_hashtags:
            c.add("length_hashtags", "longueur", Severity::error, 0, 0, "check.length_hashtags", args);
            break;
        case count::CountProblem::invalid_characters:
            c.add("length_invalid_characters", "longueur", Severity::error, 0, 0, "check.length_invalid_characters", args);
            break;
        default: break;
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] check_text
//-----------------------------------------------------------------------------

CheckResult check_text(std::string_view text, const CheckOptions& options) {
    CheckResult result;
    const Tokens tokens = tokenize(text);
    const FoldedText folded = fold_text(text);
    static const Charter default_charter;
    const detail::Context c{text,
                            tokens,
                            folded,
                            options,
                            options.charter ? *options.charter : default_charter,
                            options.charter != nullptr,
                            result.findings};

    for (Network n : options.networks) {
        count::CountOptions co;
        if (n == Network::mastodon) co.limit = options.mastodon_limit;
        result.counts.push_back(count::count_text(text, n, co));
        length_findings(c, result.counts.back());
    }
    result.readability = measure_readability(text, tokens);
    detail::check_readability(c, result.readability);
    detail::check_plain_french(c);
    detail::check_epicene(c);
    detail::check_register(c);
    detail::check_exclamation(c);
    detail::check_capitals(c);
    detail::check_emoji(c);
    detail::check_hashtags(c);
    detail::check_inclusive(c);
    detail::check_word_rules(c);
    detail::check_signature(c);
    detail::check_links(c);
    detail::check_media(c);
    detail::check_typography(c);
    if (options.is_reply) {
        detail::check_personal_data(c);
        result.tone_score = detail::check_tone(c);
    }
    if (options.dictionary) {
        static const std::vector<std::string> no_local_words;
        std::vector<Finding> spelling = spell::spelling_findings(
            text, *options.dictionary, options.local_words ? *options.local_words : no_local_words, options.lang,
            {.suggestions = options.spelling_suggestions});
        result.findings.insert(result.findings.end(), std::make_move_iterator(spelling.begin()),
                               std::make_move_iterator(spelling.end()));
    }

    std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
        if (a.start != b.start) return a.start < b.start;
        if (a.end != b.end) return a.end < b.end;
        return a.rule < b.rule;
    });
    int score = 100;
    for (const Finding& f : result.findings)
        score -= f.severity == Severity::error ? 15 : f.severity == Severity::warning ? 5 : 1;
    result.score = std::max(0, score);
    return result;
}

}  // namespace parvis::check
