#include "spell/words.h"

#include <algorithm>

#include "text/links.h"
#include "text/normalize.h"
#include "text/unicode_properties.h"
#include "text/utf8.h"

// Index
// [SECTION] Character classes
// [SECTION] Ranges to skip (links, e-mails, mentions)
// [SECTION] Words
// [SECTION] Parts, lookup form, case folding

namespace parvis::spell {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Character classes
//-----------------------------------------------------------------------------

enum class Kind { latin, other_letter, mark, digit, joiner, space, other };

bool is_space(char32_t c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

Kind kind_of(char32_t c) {
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Kind::latin;
        if (c >= '0' && c <= '9') return Kind::digit;
        if (c == '\'' || c == '-') return Kind::joiner;
        return is_space(c) ? Kind::space : Kind::other;
    }
    if (is_space(c)) return Kind::space;
    if (is_apostrophe(c) || is_hyphen(c) || c == 0xB7) return Kind::joiner;  // · of « élu·e·s »
    if (c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c <= 0x2AF && c != 0xD7 && c != 0xF7))
        return Kind::latin;
    if ((c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2C60 && c <= 0x2C7F) || (c >= 0xA720 && c <= 0xA7FF) ||
        (c >= 0xFB00 && c <= 0xFB06))
        return Kind::latin;
    if ((c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
        (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F))
        return Kind::mark;
    // Letters of other scripts (Greek, Cyrillic, Arabic, CJK…): part of a word, which is then not
    // looked up in a French dictionary. Punctuation, symbols and emoji blocks are not letters.
    if ((c >= 0x370 && c < 0x2000 && c != 0x37E && c != 0x387) || (c >= 0x2C00 && c <= 0x2DFF) ||
        (c >= 0x3040 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x10000 && c <= 0x1CFFF) ||
        (c >= 0x20000 && c <= 0x3FFFF))
        return text::combining_class(c) != 0 ? Kind::mark : Kind::other_letter;
    return Kind::other;
}

bool is_word_char(Kind k) { return k == Kind::latin || k == Kind::other_letter || k == Kind::digit || k == Kind::mark; }

// Lower case of the Latin letters French and its neighbours use; c itself when it has none here.
char32_t to_lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 0x20;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return (c % 2 == 0) ? c + 1 : c;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c % 2 == 1) ? c + 1 : c;
    if (c == 0x178) return 0xFF;  // Ÿ
    if (c >= 0x1E00 && c <= 0x1EFF && c != 0x1E9E) return (c % 2 == 0) ? c + 1 : c;
    return c;
}
bool is_upper(char32_t c) { return to_lower(c) != c; }

//-----------------------------------------------------------------------------
// [SECTION] Ranges to skip (links, e-mails, mentions)
//-----------------------------------------------------------------------------

struct Range {
    std::size_t begin, end;
};

// Links as the counters see them, and every run of non-space characters holding « @ » (e-mail
// addresses, remote mentions) or « :// » (links of any scheme). Sorted by begin.
std::vector<Range> ranges_to_skip(std::string_view text) {
    std::vector<Range> skip;
    for (const text::Link& link : text::extract_links(text)) skip.push_back({link.byte_begin, link.byte_end});
    std::size_t chunk = 0;
    bool has_at = false, has_scheme = false;
    for (std::size_t i = 0; i <= text.size();) {
        utf8::Decoded d{' ', 1};
        if (i < text.size()) d = utf8::decode(text, i);
        if (is_space(d.code_point)) {
            if (has_at || has_scheme) skip.push_back({chunk, i});
            has_at = has_scheme = false;
            chunk = i + d.length;
        } else if (d.code_point == '@' || d.code_point == 0xFF20) {
            has_at = true;
        } else if (d.code_point == ':' && text.substr(i, 3) == "://") {
            has_scheme = true;
        }
        i += d.length;
    }
    std::sort(skip.begin(), skip.end(), [](const Range& a, const Range& b) { return a.begin < b.begin; });
    return skip;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Words
//-----------------------------------------------------------------------------

std::vector<WordSpan> words_to_check(std::string_view text) {
    std::vector<WordSpan> words;
    const std::vector<Range> skip = ranges_to_skip(text);
    std::size_t next_skip = 0;
    char32_t before = 0;  // the code point before the current word
    std::size_t i = 0;
    while (i < text.size()) {
        utf8::Decoded d = utf8::decode(text, i);
        Kind k = kind_of(d.code_point);
        if (!(k == Kind::latin || k == Kind::other_letter || k == Kind::digit)) {
            before = d.code_point;
            i += d.length;
            continue;
        }
        // A word: word characters, and joiners between two of them.
        const std::size_t start = i;
        std::size_t end = i;
        std::size_t letters = 0, code_points = 0;
        bool digit = false, foreign = false, skip_case = false;
        // Case per part (between apostrophes and hyphens): all capitals (« CCAS », « l’UNESCO »)
        // or a capital after the first letter (« LinkedIn ») make a word no dictionary judges.
        std::size_t part_letters = 0, part_upper = 0;
        bool inner_upper = false;
        auto close_part = [&] {
            if ((part_letters >= 2 && part_upper == part_letters) || inner_upper) skip_case = true;
            part_letters = part_upper = 0;
            inner_upper = false;
        };
        char32_t last = 0;
        while (i < text.size()) {
            d = utf8::decode(text, i);
            k = kind_of(d.code_point);
            if (k == Kind::joiner) {
                if (i + d.length >= text.size()) break;
                const utf8::Decoded after = utf8::decode(text, i + d.length);
                const Kind ka = kind_of(after.code_point);
                if (!(ka == Kind::latin || ka == Kind::other_letter || ka == Kind::digit)) break;
                if (d.code_point != 0xB7) close_part();
            } else if (!is_word_char(k)) {
                break;
            } else if (k == Kind::digit) {
                digit = true;
            } else if (k == Kind::other_letter) {
                foreign = true;
            } else if (k == Kind::latin) {
                ++letters;
                if (is_upper(d.code_point)) {
                    ++part_upper;
                    if (part_letters >= 1) inner_upper = true;
                }
                ++part_letters;
            }
            last = d.code_point;
            ++code_points;
            i += d.length;
            end = i;
        }
        close_part();
        (void)last;
        while (next_skip < skip.size() && skip[next_skip].end <= start) ++next_skip;
        const bool in_skipped = next_skip < skip.size() && skip[next_skip].begin < end;
        const bool tagged = before == '#' || before == '@' || before == 0xFF03 || before == 0xFF20;
        if (!in_skipped && !tagged && !digit && !foreign && !skip_case && letters >= 2 && code_points <= 64)
            words.push_back({start, end});
        before = last;
    }
    return words;
}

//-----------------------------------------------------------------------------
// [SECTION] Parts, lookup form, case folding
//-----------------------------------------------------------------------------

std::vector<WordPart> split_word(std::string_view text, WordSpan word) {
    std::vector<WordPart> parts;
    WordPart current{{word.start, word.start}, 0};
    for (std::size_t i = word.start; i < word.end && i < text.size();) {
        const utf8::Decoded d = utf8::decode(text, i);
        if (is_apostrophe(d.code_point) || is_hyphen(d.code_point)) {
            current.span.end = i;
            parts.push_back(current);
            current = WordPart{{i + d.length, i + d.length}, d.code_point};
        }
        i += d.length;
    }
    current.span.end = std::min(word.end, text.size());
    parts.push_back(current);
    return parts;
}

std::string lookup_form(std::string_view word) {
    std::string nfc = text::is_nfc_quick(word) ? std::string(word) : text::to_nfc(word);
    std::string out;
    out.reserve(nfc.size());
    for (std::size_t i = 0; i < nfc.size();) {
        const utf8::Decoded d = utf8::decode(nfc, i);
        if (d.code_point == 0x02BC) {
            utf8::append(out, 0x2019);
        } else if (d.code_point == 0x2010 || d.code_point == 0x2011) {
            out += '-';
        } else {
            out.append(nfc, i, d.length);
        }
        i += d.length;
    }
    return out;
}

std::string fold_case(std::string_view word) {
    const std::string form = lookup_form(word);
    std::string out;
    out.reserve(form.size());
    for (std::size_t i = 0; i < form.size();) {
        const utf8::Decoded d = utf8::decode(form, i);
        const char32_t c = d.code_point == '\'' ? char32_t(0x2019) : to_lower(d.code_point);
        if (c == d.code_point) {
            out.append(form, i, d.length);
        } else {
            utf8::append(out, c);
        }
        i += d.length;
    }
    return out;
}

bool is_elision(std::string_view folded_prefix) {
    static constexpr std::string_view kElided[] = {"l", "d", "j", "m", "n", "s", "t", "c",
                                                   "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"};
    return std::find(std::begin(kElided), std::end(kElided), folded_prefix) != std::end(kElided);
}

}  // namespace parvis::spell
