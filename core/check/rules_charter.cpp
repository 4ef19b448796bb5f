// The editorial charter's rules (docs/checks.md « Charte éditoriale »): exclamation marks,
// capitals, emoji, hashtags, inclusive writing, forbidden and preferred words, signature, links.
// Without a charter the defaults of model/workspace.h apply, except the rules that need
// the charter's own choices (word lists, signature). The register is in rules_register.cpp.
//
// Index
// [SECTION] Exclamation marks and capitals
// [SECTION] Emoji
// [SECTION] Hashtags
// [SECTION] Inclusive writing
// [SECTION] Word lists, signature, links
#include <algorithm>

#include "check/hashtag_split.h"
#include "check/lexicon.h"
#include "check/rules.h"
#include "text/utf8.h"

namespace parvis::check::detail {
namespace {

const Token* previous_non_space(const Tokens& t, std::size_t k) {
    while (k > 0) {
        --k;
        if (t.tokens[k].kind != TokenKind::space) return &t.tokens[k];
    }
    return nullptr;
}
const Token* next_non_space(const Tokens& t, std::size_t k) {
    for (++k; k < t.tokens.size(); ++k)
        if (t.tokens[k].kind != TokenKind::space) return &t.tokens[k];
    return nullptr;
}
char32_t first_cp(const Context& c, const Token& t) { return utf8::decode(c.text, t.start).code_point; }

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Exclamation marks and capitals
//-----------------------------------------------------------------------------

void check_exclamation(const Context& c) {
    const auto& toks = c.tokens.tokens;
    int exclamations = 0;
    for (std::size_t k = 0; k < toks.size(); ++k) {
        if (toks[k].kind != TokenKind::punct) continue;
        const char ch = c.text[toks[k].start];
        if (ch != '!' && ch != '?') continue;
        // The run of ! and ? starting here.
        std::size_t j = k;
        bool has_question = false;
        int bangs = 0;
        while (j < toks.size() && toks[j].kind == TokenKind::punct && (c.text[toks[j].start] == '!' || c.text[toks[j].start] == '?')) {
            has_question |= c.text[toks[j].start] == '?';
            bangs += c.text[toks[j].start] == '!';
            ++j;
        }
        const std::size_t start = toks[k].start, end = toks[j - 1].end;
        if (j - k >= 2) {
            if (has_question && bangs > 0) {
                c.add("exclamation_interrobang", "charte", Severity::warning, start, end, "check.exclamation_interrobang",
                      {}, {"?"}, false);
            } else {
                const std::string single(1, ch);
                c.add("exclamation_repeated", "charte", Severity::warning, start, end, "check.exclamation_repeated",
                      {{"marks", std::string(c.text.substr(start, end - start))}}, {single}, true);
            }
        }
        if (bangs > 0) {
            ++exclamations;
            if (c.charter.exclamation == ExclamationPolicy::avoid) {
                c.add("exclamation_policy", "charte", Severity::warning, start, end, "check.exclamation_policy");
            } else if (c.charter.exclamation == ExclamationPolicy::sparing && exclamations == 2) {
                c.add("exclamation_density", "charte", Severity::info, start, end, "check.exclamation_density");
            }
        }
        k = j - 1;
    }
}

namespace {

std::string lower_case(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const utf8::Decoded d = utf8::decode(s, i);
        char32_t cp = d.code_point;
        if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) cp += 32;
        if (cp == 0x152) cp = 0x153;
        utf8::append(out, cp);
        i += d.length;
    }
    return out;
}

}  // namespace

void check_capitals(const Context& c) {
    const auto& toks = c.tokens.tokens;
    std::size_t run_start = 0, run_end = 0;
    int run = 0;
    auto close = [&] {
        if (run >= 2) {
            const std::string_view original = c.text.substr(run_start, run_end - run_start);
            c.add("capitals", "charte", Severity::warning, run_start, run_end, "check.capitals", {},
                  {with_case_of(original, lower_case(original))}, false);
        }
        run = 0;
    };
    for (const Token& t : toks) {
        if (t.kind == TokenKind::space) continue;
        if (t.kind == TokenKind::word) {
            const std::string_view w = c.token_text(t);
            if (is_all_caps_word(w)) {
                if (run++ == 0) run_start = t.start;
                run_end = t.end;
                continue;
            }
            // A single capital (« À », « L’ ») neither breaks nor makes a run.
            const std::size_t letters = utf8::count_code_points(w) - (t.elided ? 1 : 0);
            const char32_t cp = first_cp(c, t);
            if (letters == 1 && ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE))) continue;
        }
        if (t.kind == TokenKind::punct && (c.text[t.start] == '-' || c.text[t.start] == '\'')) continue;
        close();
    }
    close();
}

//-----------------------------------------------------------------------------
// [SECTION] Emoji
//-----------------------------------------------------------------------------

namespace {

bool is_face(char32_t cp) {
    return (cp >= 0x1F600 && cp <= 0x1F644) || (cp >= 0x1F910 && cp <= 0x1F917) || (cp >= 0x1F920 && cp <= 0x1F92F) ||
           (cp >= 0x1F970 && cp <= 0x1F97A) || cp == 0x1F9D0 || (cp >= 0x1FAE0 && cp <= 0x1FAE8) || cp == 0x263A ||
           cp == 0x2639;
}

}  // namespace

void check_emoji(const Context& c) {
    const auto& toks = c.tokens.tokens;
    int count = 0;
    std::vector<std::size_t> bullets;
    bool line_start = true;
    for (std::size_t k = 0; k < toks.size(); ++k) {
        const Token& t = toks[k];
        if (t.kind == TokenKind::newline) {
            line_start = true;
            continue;
        }
        if (t.kind == TokenKind::space) continue;
        const bool at_line_start = line_start;
        line_start = false;
        if (t.kind != TokenKind::emoji) continue;
        ++count;
        const bool face = is_face(first_cp(c, t));
        if (c.charter.emoji == EmojiPolicy::none) {
            c.add("emoji_policy", "charte", Severity::warning, t.start, t.end,
                  face ? "check.emoji_policy_face" : "check.emoji_policy");
        }
        const Token* before = previous_non_space(c.tokens, k);
        const Token* after = next_non_space(c.tokens, k);
        if (at_line_start) {
            if (after && after->kind == TokenKind::word) bullets.push_back(k);
        } else if (before && after && before->kind == TokenKind::word && after->kind == TokenKind::word) {
            c.add("emoji_mid_sentence", "accessibilite", Severity::info, t.start, t.end, "check.emoji_mid_sentence");
        }
    }
    if (bullets.size() >= 2) {
        for (std::size_t k : bullets) {
            c.add("emoji_bullet", "accessibilite", Severity::info, toks[k].start, toks[k].end, "check.emoji_bullet", {},
                  {"–"}, true);
        }
    }
    const int max = c.charter.emoji == EmojiPolicy::sparing ? 3 : c.charter.emoji == EmojiPolicy::free ? 10 : 0;
    if (max > 0 && count > max) {
        c.add("emoji_count", "charte", Severity::info, 0, 0, "check.emoji_count",
              {{"count", std::to_string(count)}, {"max", std::to_string(max)}});
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Hashtags
//-----------------------------------------------------------------------------

void check_hashtags(const Context& c) {
    const auto& toks = c.tokens.tokens;
    int count = 0;
    const int max = c.charter.max_hashtags;
    for (std::size_t k = 0; k < toks.size(); ++k) {
        const Token& t = toks[k];
        if (t.kind != TokenKind::hashtag) continue;
        ++count;
        const std::string_view tag = c.token_text(t);
        if (max > 0 && count > max) {
            c.add("hashtag_count", "charte", Severity::warning, t.start, t.end, "check.hashtag_count",
                  {{"max", std::to_string(max)}});
        }
        if (c.charter.camel_case_hashtags) {
            int letters = 0;
            bool upper = false;
            for (std::size_t i = 1; i < tag.size();) {
                const utf8::Decoded d = utf8::decode(tag, i);
                const char32_t cp = d.code_point;
                if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE)) upper = true;
                if ((cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF)) ++letters;
                i += d.length;
            }
            if (!upper && letters >= 12) {
                // With the dictionary, the tag cut into words; only the case changes, so the fix is safe.
                const std::string split = c.options.dictionary ? camel_case_split(tag, *c.options.dictionary) : "";
                if (split.empty()) {
                    c.add("hashtag_camel_case", "accessibilite", Severity::info, t.start, t.end,
                          "check.hashtag_camel_case", {{"tag", std::string(tag)}});
                } else {
                    c.add("hashtag_camel_case", "accessibilite", Severity::info, t.start, t.end,
                          "check.hashtag_camel_case_split", {{"tag", std::string(tag)}, {"suggestion", split}}, {split},
                          true);
                }
            }
        }
        // In the middle of a sentence: a word before it and after it in the same sentence.
        const Token* before = previous_non_space(c.tokens, k);
        const Token* after = next_non_space(c.tokens, k);
        if (before && after && before->kind == TokenKind::word && after->kind == TokenKind::word) {
            c.add("hashtag_placement", "accessibilite", Severity::info, t.start, t.end, "check.hashtag_placement");
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Inclusive writing
// Abbreviated forms (« élu·e·s », « élu.e.s », « habitant(e)s ») are found and, unless the charter
// allows the point médian, rewritten as a doublet (« élues et élus ») offered as a suggestion.
//-----------------------------------------------------------------------------

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_feminine_suffix(std::string_view s) {
    static const std::string_view list[] = {"e", "es", "ne", "nes", "le", "les", "te", "tes", "rice", "rices", "euse",
                                            "euses", "ve", "ves", "ère", "ères", "ice", "ices", "sse", "sses"};
    return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

// « élu » + « e » + « s » → « élues et élus ».
std::string doublet(std::string stem, std::string fem, std::string plural) {
    if (plural.empty() && fem.size() > 1 && fem.back() == 's' && fem != "sse") {
        fem.pop_back();
        plural = "s";
    }
    std::string feminine;
    if (fem.rfind("rice", 0) == 0 && ends_with(stem, "teur")) {
        feminine = stem.substr(0, stem.size() - 3) + "rice";
    } else if (fem == "euse" && ends_with(stem, "eur")) {
        feminine = stem.substr(0, stem.size() - 3) + "euse";
    } else if (fem == "ve" && ends_with(stem, "f")) {
        feminine = stem.substr(0, stem.size() - 1) + "ve";
    } else if (fem == "ère" && ends_with(stem, "er")) {
        feminine = stem.substr(0, stem.size() - 2) + "ère";
    } else {
        feminine = stem + fem;
    }
    const std::string masculine = (plural == "x" || ends_with(stem, "s")) ? stem : stem + plural;
    return feminine + (ends_with(stem, "s") ? "" : plural) + " et " + masculine;
}

}  // namespace

void check_inclusive(const Context& c) {
    if (c.charter.inclusive == InclusiveWriting::median_point_allowed) return;
    const auto& toks = c.tokens.tokens;
    const std::string_view text = c.text;
    for (std::size_t k = 0; k < toks.size(); ++k) {
        const Token& t = toks[k];
        if (t.kind != TokenKind::word || t.elided) continue;
        const std::string_view w = c.token_text(t);
        std::vector<std::string> parts;
        std::size_t end = t.end;
        // « élu·e·s »: one token holding middle dots.
        std::size_t from = 0;
        for (std::size_t i = 0; i < w.size();) {
            const utf8::Decoded d = utf8::decode(w, i);
            if (d.code_point == 0xB7 || d.code_point == 0x2027 || d.code_point == 0x22C5 || d.code_point == 0x2E31) {
                parts.emplace_back(w.substr(from, i - from));
                from = i + d.length;
            }
            i += d.length;
        }
        if (!parts.empty()) {
            parts.emplace_back(w.substr(from));
        } else if (end < text.size() && (text[end] == '.' || text[end] == '(')) {
            // « élu.e.s » and « élu(e)s »: the word, then the suffixes in the raw text.
            const bool paren = text[end] == '(';
            std::size_t i = end + 1, j = i;
            while (j < text.size() && ((text[j] >= 'a' && text[j] <= 'z') || static_cast<unsigned char>(text[j]) >= 0x80))
                ++j;
            std::string fem(text.substr(i, j - i));
            if (!is_feminine_suffix(fem)) continue;
            std::string plural;
            if (paren) {
                if (j >= text.size() || text[j] != ')') continue;
                ++j;
                if (j < text.size() && (text[j] == 's' || text[j] == 'x')) plural = text[j++];
            } else if (j + 1 < text.size() && text[j] == '.' && (text[j + 1] == 's' || text[j + 1] == 'x')) {
                plural = text[j + 1];
                j += 2;
            } else if (fem.size() == 1 && fem != "e") {
                continue;
            }
            if (j < text.size() && ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z'))) continue;
            parts = {std::string(w), fem};
            if (!plural.empty()) parts.push_back(plural);
            end = j;
        } else {
            continue;
        }
        if (parts.size() < 2 || parts.size() > 3 || !is_feminine_suffix(parts[1])) continue;
        const std::string suggestion = doublet(parts[0], parts[1], parts.size() == 3 ? parts[2] : std::string());
        c.add("inclusive_abbreviated", "charte", Severity::warning, t.start, end, "check.inclusive_abbreviated",
              {{"word", std::string(text.substr(t.start, end - t.start))}, {"suggestion", suggestion}}, {suggestion},
              false);
        while (k + 1 < toks.size() && toks[k + 1].start < end) ++k;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Word lists, signature, links
//-----------------------------------------------------------------------------

void check_word_rules(const Context& c) {
    for (int pass = 0; pass < 2; ++pass) {
        const std::vector<WordRule>& rules = pass == 0 ? c.charter.forbidden_words : c.charter.preferred_words;
        if (rules.empty()) continue;
        PhraseMatcher matcher;
        std::vector<std::size_t> index;
        for (std::size_t i = 0; i < rules.size(); ++i) {
            std::string f = fold(rules[i].word);
            if (f.empty()) continue;
            matcher.add(std::move(f));
            index.push_back(i);
        }
        std::vector<PhraseMatcher::Match> matches;
        matcher.find(c.folded.text, matches);
        for (const PhraseMatcher::Match& m : matches) {
            if (m.elided) continue;
            const WordRule& rule = rules[index[m.index]];
            const std::size_t start = c.origin(m.begin), end = c.origin(m.end);
            const std::string original(c.text.substr(start, end - start));
            std::vector<std::string> suggestions;
            if (!rule.replacement.empty()) suggestions.push_back(with_case_of(original, rule.replacement));
            const Args args = {{"word", original},
                               {"replacement", rule.replacement},
                               {"reason", rule.reason.empty() ? std::string("—") : rule.reason}};
            if (pass == 0) {
                c.add("forbidden_word", "charte", Severity::error, start, end, "check.forbidden_word", args,
                      std::move(suggestions), false);
            } else {
                c.add("preferred_word", "charte", Severity::warning, start, end,
                      rule.replacement.empty() ? "check.forbidden_word" : "check.preferred_word", args,
                      std::move(suggestions), true);
            }
        }
    }
}

void check_signature(const Context& c) {
    const std::string& signature = c.charter.signature;
    if (!c.has_charter || signature.empty() || c.text.empty()) return;
    if (c.folded.text.find(fold(signature)) != std::string::npos) return;
    const bool newline = c.text.back() == '\n';
    c.add("signature_missing", "charte", Severity::warning, c.text.size(), c.text.size(), "check.signature_missing",
          {{"signature", signature}}, {(newline ? "" : "\n") + signature}, true);
}

void check_links(const Context& c) {
    const auto& shorteners = lexicons().shorteners;
    for (const Token& t : c.tokens.tokens) {
        if (t.kind != TokenKind::url) continue;
        std::string url = fold(c.token_text(t));
        if (const std::size_t scheme = url.find("://"); scheme != std::string::npos) url.erase(0, scheme + 3);
        if (url.rfind("www.", 0) == 0) url.erase(0, 4);
        const std::string host = url.substr(0, url.find_first_of("/?#:"));
        if (std::find(shorteners.begin(), shorteners.end(), host) != shorteners.end()) {
            c.add("link_shortener", "charte", Severity::warning, t.start, t.end, "check.link_shortener",
                  {{"host", host}});
        }
    }
}

}  // namespace parvis::check::detail
