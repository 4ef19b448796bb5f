#include "check/fold.h"

#include <algorithm>

#include "text/unicode_properties.h"
#include "parvis_assert.h"
#include "text/utf8.h"

namespace parvis::check {

void fold_code_point(char32_t c, std::string& out) {
    if (c < 0x80) {
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
        return;
    }
    switch (c) {
        case 0xA0: case 0x202F: case 0x2009: case 0x2007: case 0x2002: case 0x2003: case 0x2008:
            out.push_back(' ');
            return;
        case 0x2019: case 0x2018: case 0x02BC: case 0x2032: out.push_back('\''); return;
        case 0x2010: case 0x2011: out.push_back('-'); return;
        case 0x0152: case 0x0153: out += "oe"; return;
        case 0xC6: case 0xE6: out += "ae"; return;
        case 0xD8: case 0xF8: out.push_back('o'); return;
        case 0xDF: out += "ss"; return;
        default: break;
    }
    if (c >= 0x0300 && c <= 0x036F) return;  // combining accents (decomposed text)
    // An accented letter: its canonical decomposition down to the base letter (« é » → « e »).
    if (c < 0x2000) {
        char32_t base = c, first = 0, second = 0;
        while (base >= 0x80 && text::canonical_decomposition(base, first, second)) base = first;
        if (base < 0x80) {
            fold_code_point(base, out);
            return;
        }
    }
    utf8::append(out, c);
}

FoldedText fold_text(std::string_view text) {
    FoldedText f;
    f.text.reserve(text.size());
    f.origin.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size();) {
        const utf8::Decoded d = utf8::decode(text, i);
        fold_code_point(d.code_point, f.text);
        f.origin.resize(f.text.size(), static_cast<std::uint32_t>(i));
        i += d.length;
    }
    f.origin.push_back(static_cast<std::uint32_t>(text.size()));
    return f;
}

std::string fold(std::string_view text) { return fold_text(text).text; }

std::string elided_form(std::string_view phrase) {
    static const std::string_view elidable[] = {"de", "que", "le", "la", "se", "ne", "je", "me", "te", "jusque", "lorsque", "puisque"};
    const std::size_t space = phrase.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? phrase : phrase.substr(space + 1);
    if (std::find(std::begin(elidable), std::end(elidable), last) == std::end(elidable)) return {};
    if (space == std::string_view::npos && last.size() <= 3) return {};  // « de » alone: too common
    std::string out(phrase.substr(0, phrase.size() - 1));
    out += '\'';
    return out;
}

namespace {

std::string_view first_key(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && is_folded_word_byte(static_cast<unsigned char>(s[n]))) ++n;
    return s.substr(0, n);
}

// FNV-1a.
std::uint64_t key_hash(std::string_view key) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
    return h;
}

}  // namespace

void PhraseMatcher::add(std::string folded_phrase) {
    PARVIS_ASSERT(fold(folded_phrase) == folded_phrase, "PhraseMatcher::add takes a folded phrase: pass it through fold() first");
    Phrase p{std::move(folded_phrase), {}};
    p.elided = elided_form(p.text);
    by_first_[key_hash(first_key(p.text))].push_back(phrases_.size());
    phrases_.push_back(std::move(p));
}

const std::vector<std::size_t>* PhraseMatcher::candidates(std::string_view key) const {
    const auto it = by_first_.find(key_hash(key));
    return it == by_first_.end() ? nullptr : &it->second;
}

void PhraseMatcher::find(std::string_view s, std::vector<Match>& out) const {
    const auto word = [&](std::size_t i) { return i < s.size() && is_folded_word_byte(static_cast<unsigned char>(s[i])); };
    for (std::size_t i = 0; i < s.size();) {
        if (!word(i) || (i > 0 && word(i - 1))) {
            ++i;
            continue;
        }
        const std::string_view key = first_key(s.substr(i));
        const std::vector<std::size_t>* list = candidates(key);
        Match best{0, 0, 0, false};
        if (list) {
            const std::size_t k = key.size();
            const char after_key = i + k < s.size() ? s[i + k] : '\0';
            for (std::size_t index : *list) {
                const Phrase& p = phrases_[index];
                // Most candidates differ right after the shared first word: skip them cheaply.
                if (p.text.size() > k && p.text[k] != after_key && (p.elided.size() <= k || p.elided[k] != after_key)) {
                    continue;
                }
                if (s.compare(i, p.text.size(), p.text) == 0 && !word(i + p.text.size()) &&
                    p.text.size() > best.end - best.begin) {
                    best = {i, i + p.text.size(), index, false};
                }
                if (!p.elided.empty() && s.compare(i, p.elided.size(), p.elided) == 0 && word(i + p.elided.size()) &&
                    p.elided.size() > best.end - best.begin) {
                    best = {i, i + p.elided.size(), index, true};
                }
            }
        }
        if (best.end > best.begin) {
            out.push_back(best);
            i = best.end;
        } else {
            i += key.size();
        }
    }
}

}  // namespace parvis::check
