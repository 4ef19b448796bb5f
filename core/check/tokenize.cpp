#include "check/tokenize.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "check/fold.h"
#include "count/entities.h"
#include "text/emoji.h"
#include "text/links.h"
#include "text/unicode_properties.h"
#include "text/utf8.h"

namespace parvis::check {
namespace {

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || (c >= 0x2000 && c <= 0x200A) || c == 0x3000 ||
           c == 0x205F;
}
bool is_newline(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85; }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool is_middle_dot(char32_t c) { return c == 0xB7 || c == 0x2027 || c == 0x22C5 || c == 0x2E31; }

bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7) return false;
    if (c < 0x2000) return true;  // Latin, Greek, Cyrillic… and combining marks
    if (c < 0x2C00) return false;  // punctuation, symbols, arrows
    if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFE00 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF20) || c == 0xFFFD ||
        c == 0xFEFF) {
        return false;
    }
    return !text::is_extended_pictographic(c) && !(c >= 0x1F000 && c <= 0x1FAFF) && !(c >= 0xE0000 && c <= 0xE007F);
}

bool is_email_local(char32_t c) {
    return (c < 0x80 && (std::isalnum(static_cast<int>(c)) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'));
}
bool is_email_domain(char32_t c) { return c < 0x80 && (std::isalnum(static_cast<int>(c)) || c == '.' || c == '-'); }

struct Span {
    std::size_t begin, end;
    TokenKind kind;
};

// E-mail addresses: local@domain.tld, ASCII. Found before links so that « mairie.fr » inside an
// address is not a link of its own.
void find_emails(const std::u32string& cps, std::vector<Span>& out) {
    for (std::size_t at = 1; at + 1 < cps.size(); ++at) {
        if (cps[at] != '@' || !is_email_local(cps[at - 1])) continue;
        std::size_t b = at;
        while (b > 0 && is_email_local(cps[b - 1])) --b;
        if (b > 0 && (is_letter(cps[b - 1]) || is_digit(cps[b - 1]))) continue;
        std::size_t e = at + 1;
        while (e < cps.size() && is_email_domain(cps[e])) ++e;
        while (e > at + 1 && (cps[e - 1] == '.' || cps[e - 1] == '-')) --e;
        std::size_t dot = e;
        for (std::size_t k = at + 1; k < e; ++k)
            if (cps[k] == '.') dot = k;
        if (dot == e || e - dot < 3 || dot == at + 1) continue;
        out.push_back({b, e, TokenKind::email});
        at = e;
    }
}

bool is_elision_prefix(std::string_view folded) {
    static const std::string_view prefixes[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
                                                "puisqu", "quoiqu", "presqu", "quelqu"};
    return std::find(std::begin(prefixes), std::end(prefixes), folded) != std::end(prefixes);
}

bool is_abbreviation(std::string_view folded) {
    static const std::string_view list[] = {"m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "st", "ste",
                                            "cf", "av", "bd", "env", "tel", "no", "ex", "art", "fig", "vol", "hab",
                                            "etc", "p", "pp", "ibid", "resp", "min", "max", "sq", "vs", "apr", "av.-j"};
    return std::find(std::begin(list), std::end(list), folded) != std::end(list);
}

}  // namespace

bool is_all_caps_word(std::string_view word) {
    int upper = 0;
    for (std::size_t i = 0; i < word.size();) {
        const utf8::Decoded d = utf8::decode(word, i);
        const char32_t c = d.code_point;
        i += d.length;
        if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || c == 0x152 || c == 0x178) {
            ++upper;
        } else if ((c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) || c == 0x153) {
            return false;
        } else if (c >= 0x100 && c <= 0x17F) {
            if (c % 2 == 1) return false;
            ++upper;
        }
    }
    return upper >= 2;
}

Tokens tokenize(std::string_view text) {
    Tokens out;
    std::u32string cps;
    std::vector<std::size_t> off;
    cps.reserve(text.size());
    off.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size();) {
        const utf8::Decoded d = utf8::decode(text, i);
        cps.push_back(d.code_point);
        off.push_back(i);
        i += d.length;
    }
    off.push_back(text.size());
    const std::size_t n = cps.size();

    std::vector<Span> specials;
    find_emails(cps, specials);
    {
        std::vector<text::LinkSpan> links;
        text::find_links(cps, links);
        for (const text::LinkSpan& l : links) {
            const bool inside_email = std::any_of(specials.begin(), specials.end(), [&](const Span& s) {
                return s.kind == TokenKind::email && l.begin < s.end && s.begin < l.end;
            });
            if (!inside_email) specials.push_back({l.begin, l.end, TokenKind::url});
        }
        std::sort(specials.begin(), specials.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    }
    std::size_t next_special = 0;

    auto push = [&](TokenKind kind, std::size_t b, std::size_t e, bool elided = false) {
        out.tokens.push_back({kind, off[b], off[e], elided});
    };
    std::string folded_word;
    for (std::size_t i = 0; i < n;) {
        while (next_special < specials.size() && specials[next_special].begin < i) ++next_special;
        if (next_special < specials.size() && specials[next_special].begin == i) {
            const Span& s = specials[next_special++];
            push(s.kind, s.begin, s.end);
            i = s.end;
            continue;
        }
        const char32_t c = cps[i];
        count::Span span{};
        std::size_t local_end = 0;
        if (is_newline(c)) {
            std::size_t e = i + 1;
            if (c == '\r' && e < n && cps[e] == '\n') ++e;
            push(TokenKind::newline, i, e);
            i = e;
        } else if (is_space(c)) {
            std::size_t e = i + 1;
            while (e < n && is_space(cps[e])) ++e;
            push(TokenKind::space, i, e);
            i = e;
        } else if ((c == '#' || c == 0xFF03) && count::hashtag_at(cps, i, span)) {
            push(TokenKind::hashtag, i, span.end);
            i = span.end;
        } else if (c == '@' && count::mention_at(cps, i, span, local_end)) {
            push(TokenKind::mention, i, span.end);
            i = span.end;
        } else if (const std::size_t emoji = text::emoji_sequence_length(cps, i); emoji > 0 && !is_digit(c)) {
            push(TokenKind::emoji, i, i + emoji);
            i += emoji;
        } else if (is_digit(c)) {
            std::size_t e = i;
            while (e < n && is_digit(cps[e])) ++e;
            const std::size_t leading = e - i;
            TokenKind kind = TokenKind::number;
            // Groups of three after a space: « 1 234 567 ».
            while (leading <= 3 && e + 3 < n && is_space(cps[e]) && is_digit(cps[e + 1]) && is_digit(cps[e + 2]) &&
                   is_digit(cps[e + 3]) && (e + 4 == n || !is_digit(cps[e + 4]))) {
                e += 4;
            }
            // Decimals: « 3,5 », « 2.5 », and « 18:30 ».
            if (e + 1 < n && (cps[e] == ',' || cps[e] == '.' || cps[e] == ':') && is_digit(cps[e + 1])) {
                const bool colon = cps[e] == ':';
                std::size_t k = e + 1;
                while (k < n && is_digit(cps[k])) ++k;
                if (!colon || (leading <= 2 && k - e - 1 == 2)) {
                    if (colon) kind = TokenKind::time;
                    e = k;
                }
            }
            // Times: « 18h30 », « 18 h 30 », « 9 h ».
            if (kind == TokenKind::number && leading <= 2 && e == i + leading) {
                std::size_t k = e;
                if (k < n && is_space(cps[k])) ++k;
                if (k < n && (cps[k] == 'h' || cps[k] == 'H') && (k + 1 >= n || !is_letter(cps[k + 1]))) {
                    ++k;
                    std::size_t m = k;
                    if (m + 1 < n && is_space(cps[m]) && is_digit(cps[m + 1])) ++m;
                    if (m + 1 < n && is_digit(cps[m]) && is_digit(cps[m + 1]) && (m + 2 >= n || !is_digit(cps[m + 2]))) {
                        k = m + 2;
                    }
                    kind = TokenKind::time;
                    e = k;
                }
            }
            // Ordinals and units glued to the number: « 1er », « 2e », « 5km ».
            if (kind == TokenKind::number)
                while (e < n && is_letter(cps[e])) ++e;
            push(kind, i, e);
            i = e;
        } else if (is_letter(c)) {
            std::size_t e = i;
            bool elided = false;
            folded_word.clear();
            while (e < n) {
                if (is_letter(cps[e]) || is_digit(cps[e])) {
                    fold_code_point(cps[e], folded_word);
                    ++e;
                } else if ((is_hyphen(cps[e]) || is_middle_dot(cps[e])) && e + 1 < n && is_letter(cps[e + 1])) {
                    folded_word.push_back('-');
                    ++e;
                } else if (is_apostrophe(cps[e]) && e + 1 < n && is_letter(cps[e + 1])) {
                    if (is_elision_prefix(folded_word)) {
                        ++e;
                        elided = true;
                        break;
                    }
                    folded_word.push_back('\'');
                    ++e;
                } else {
                    break;
                }
            }
            push(TokenKind::word, i, e, elided);
            i = e;
        } else {
            push(TokenKind::punct, i, i + 1);
            ++i;
        }
    }

    // [Sentences]
    const auto& toks = out.tokens;
    auto ch = [&](const Token& t) { return utf8::decode(text, t.start).code_point; };
    auto is_terminator = [&](const Token& t) {
        if (t.kind != TokenKind::punct) return false;
        const char32_t c = ch(t);
        return c == '.' || c == '!' || c == '?' || c == 0x2026;
    };
    Sentence current;
    bool open = false;
    auto close = [&](std::size_t last) {
        if (open) {
            current.last = last;
            out.sentences.push_back(current);
        }
        open = false;
        current = Sentence{};
    };
    auto next_word_is_lower_or_end = [&](std::size_t k) -> int {  // 1 lower, 0 upper/other, -1 end
        for (; k < toks.size(); ++k) {
            if (toks[k].kind == TokenKind::space) continue;
            if (toks[k].kind == TokenKind::newline) return -1;
            if (toks[k].kind != TokenKind::word) return 0;
            const char32_t c = ch(toks[k]);
            return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF) ? 1 : 0;
        }
        return -1;
    };
    for (std::size_t k = 0; k < toks.size(); ++k) {
        const Token& t = toks[k];
        if (t.kind == TokenKind::newline) {
            close(k);
            continue;
        }
        if (t.kind == TokenKind::space) continue;
        if (!open) {
            open = true;
            current.first = k;
            current.start = t.start;
        }
        current.end = t.end;
        if ((t.kind == TokenKind::word && !t.elided) || t.kind == TokenKind::number || t.kind == TokenKind::time) {
            ++current.words;
        }
        if (t.kind == TokenKind::punct && text[t.start] == ',') ++current.commas;
        if (!is_terminator(t)) continue;
        if (text[t.start] == '.' && k > 0 && toks[k - 1].kind == TokenKind::word) {
            const std::string prev = fold(text.substr(toks[k - 1].start, toks[k - 1].end - toks[k - 1].start));
            const bool initial = toks[k - 1].end - toks[k - 1].start == 1 && ch(toks[k - 1]) >= 'A' && ch(toks[k - 1]) <= 'Z';
            if (prev == "etc") {
                if (next_word_is_lower_or_end(k + 1) == 1) continue;
            } else if (initial || is_abbreviation(prev)) {
                continue;
            }
        }
        // The run of terminators, closing quotes and brackets that follows belongs here.
        std::size_t j = k + 1;
        while (j < toks.size() && toks[j].kind == TokenKind::punct) {
            const char32_t c = ch(toks[j]);
            if (!(is_terminator(toks[j]) || c == ')' || c == 0xBB || c == '"' || c == 0x201D || c == ']')) break;
            current.end = toks[j].end;
            ++j;
        }
        // « » closed after a narrow space: « … ! »
        k = j - 1;
        close(j);
    }
    close(toks.size());
    return out;
}

}  // namespace parvis::check
