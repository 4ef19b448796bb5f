// The findings that come from the lexicons of assets/lexicon/: plain French (one-click
// replacements), epicene wordings, and the tone signal of replies.
#include <algorithm>

#include "check/lexicon.h"
#include "check/rules.h"
#include "text/utf8.h"

namespace parvis::check::detail {
namespace {

bool is_elidable_word(std::string_view w) {
    return w == "de" || w == "que" || w == "le" || w == "la" || w == "se" || w == "ne" || w == "je" || w == "me" ||
           w == "te" || w == "jusque" || w == "lorsque" || w == "puisque";
}

// The replacement of a phrase matched in its elided form (« afin d’organiser »): the replacement
// elides too when its last word can (« lors d’ »), otherwise it is followed by a space (« pour »).
std::string elide_replacement(const std::string& replacement, std::string_view apostrophe) {
    const std::size_t space = replacement.rfind(' ');
    const std::string last = space == std::string::npos ? replacement : replacement.substr(space + 1);
    if (is_elidable_word(last)) return replacement.substr(0, replacement.size() - 1) + std::string(apostrophe);
    return replacement + " ";
}

// The apostrophe the user typed at the end of [start, end) (’ or ').
std::string_view apostrophe_at_end(std::string_view text, std::size_t end) {
    if (end >= 3 && text.substr(end - 3, 3) == "\u2019") return "\u2019";
    if (end >= 2 && text.substr(end - 2, 2) == "\u02BC") return "\u02BC";
    return "'";
}

}  // namespace

void check_plain_french(const Context& c) {
    const Lexicons& lex = lexicons();
    std::vector<PhraseMatcher::Match> matches;
    lex.plain_matcher.find(c.folded.text, matches);
    for (const PhraseMatcher::Match& m : matches) {
        const PlainFrenchEntry& e = lex.plain[m.index];
        const std::size_t start = c.origin(m.begin), end = c.origin(m.end);
        const std::string_view original = c.text.substr(start, end - start);
        std::string replacement = e.replacement;
        if (m.elided && !e.remove) replacement = elide_replacement(replacement, apostrophe_at_end(c.text, end));
        replacement = with_case_of(original, std::move(replacement));
        const std::string category_key = "check.category." + e.category;
        if (e.remove) {
            c.add("plain_french", "langage_clair", Severity::info, start, end, "check.plain_french_remove",
                  {{"phrase", std::string(original)}, {"category", tr(category_key, c.options.lang)}}, {""}, false);
            continue;
        }
        c.add("plain_french", "langage_clair", e.safe ? Severity::warning : Severity::info, start, end,
              e.safe ? "check.plain_french" : "check.plain_french_advice",
              {{"phrase", std::string(original)}, {"replacement", replacement},
               {"category", tr(category_key, c.options.lang)}},
              {replacement}, e.safe);
    }
}

void check_epicene(const Context& c) {
    if (c.charter.inclusive != InclusiveWriting::doublets_and_epicene) return;
    const Lexicons& lex = lexicons();
    std::vector<PhraseMatcher::Match> matches;
    lex.epicene_matcher.find(c.folded.text, matches);
    for (const PhraseMatcher::Match& m : matches) {
        if (m.elided) continue;
        const std::size_t start = c.origin(m.begin), end = c.origin(m.end);
        const std::string_view original = c.text.substr(start, end - start);
        const std::string replacement = with_case_of(original, lex.epicene[m.index].replacement);
        c.add("inclusive_epicene", "charte", Severity::info, start, end, "check.inclusive_epicene",
              {{"phrase", std::string(original)}, {"replacement", replacement}}, {replacement}, false);
    }
}

int check_tone(const Context& c) {
    const Lexicons& lex = lexicons();
    std::vector<PhraseMatcher::Match> matches;
    lex.tone_matcher.find(c.folded.text, matches);
    int score = 0;
    std::string words;
    for (const PhraseMatcher::Match& m : matches) {
        if (m.elided) continue;
        const ToneEntry& e = lex.tone[m.index];
        const std::size_t start = c.origin(m.begin), end = c.origin(m.end);
        const std::string original(c.text.substr(start, end - start));
        score += e.weight;
        if (!words.empty()) words += ", ";
        words += quote(original);
        c.add("tone_word", "ton", Severity::info, start, end, "check.tone_word",
              {{"phrase", original}, {"kind", tr("check.tone_kind." + e.kind, c.options.lang)}});
    }
    // Shouting adds to the signal: « !! » and words in capitals.
    for (const Finding& f : c.out) {
        if (f.rule == "exclamation_repeated" || f.rule == "capitals") score += 15;
    }
    score = std::min(score, 100);
    if (score >= 20) {
        c.add("tone_signal", "ton", score >= 50 ? Severity::warning : Severity::info, 0, 0, "check.tone_signal",
              {{"score", std::to_string(score)}, {"words", words.empty() ? std::string("—") : words}});
    }
    return score;
}

}  // namespace parvis::check::detail
