#include "check/readability.h"

#include <algorithm>
#include <string>

#include "check/fold.h"
#include "text/utf8.h"

namespace parvis::check {
namespace {

char32_t lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c == 0x152) return 0x153;
    return c;
}

bool is_vowel(char32_t c) {
    switch (c) {
        case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
        case 0xE0: case 0xE2: case 0xE4: case 0xE9: case 0xE8: case 0xEA: case 0xEB: case 0xEE: case 0xEF:
        case 0xF4: case 0xF6: case 0xF9: case 0xFB: case 0xFC: case 0x153: case 0xE6: case 0xFF:
            return true;
        default:
            return false;
    }
}

bool is_letter_cp(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0x24F && c != 0xF7); }

constexpr char32_t e_acute = 0xE9;

// A vowel that starts a new syllable even after another vowel.
bool hiatus(char32_t prev, char32_t cur) {
    if (cur == 0xEF || cur == 0xEB || cur == 0xFC) return true;  // ï ë ü: diaeresis
    if (cur == e_acute || cur == 0xE8) return true;            // a-é-ro, po-è-me, cré-é
    if (prev == e_acute) return cur != 'e';                     // é-a, é-o, é-u (but « -ée »)
    if (prev == 'o' && cur == 'o') return true;                 // co-opération
    return false;
}

int syllables_of_part(const std::u32string& w, bool verb) {
    const std::size_t n = w.size();
    if (n == 0) return 0;
    std::vector<bool> v(n);
    for (std::size_t i = 0; i < n; ++i) v[i] = is_vowel(w[i]);
    for (std::size_t i = 0; i < n; ++i) {
        if (w[i] == 'u' && i > 0 && w[i - 1] == 'q') v[i] = false;                       // qu
        if (w[i] == 'u' && i > 0 && w[i - 1] == 'g' && i + 1 < n &&
            (w[i + 1] == 'e' || w[i + 1] == 'i' || w[i + 1] == e_acute || w[i + 1] == 0xE8 || w[i + 1] == 0xEA ||
             w[i + 1] == 'y')) {
            v[i] = false;                                                                 // gu
        }
        if (w[i] == 'y' && i + 1 < n && is_vowel(w[i + 1]) && (i == 0 || v[i - 1])) v[i] = false;  // yeux, pa-yer
    }
    int groups = 0;
    std::size_t last_group_start = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!v[i]) continue;
        if (i == 0 || !v[i - 1] || hiatus(w[i - 1], w[i])) {
            ++groups;
            last_group_start = i;
        }
    }
    if (groups == 0) return 0;
    // The mute ending: « -e », « -es », a verb's « -ent », when that « e » is a group of its own.
    std::size_t e_at = n;
    if (w[n - 1] == 'e') {
        e_at = n - 1;
    } else if (n >= 2 && w[n - 2] == 'e' && w[n - 1] == 's') {
        e_at = n - 2;
    } else if (verb && n >= 3 && w[n - 3] == 'e' && w[n - 2] == 'n' && w[n - 1] == 't') {
        e_at = n - 3;
    }
    if (e_at < n && groups > 1 && last_group_start == e_at && e_at > 0 && !v[e_at - 1]) --groups;
    return groups;
}

bool is_plural_subject(std::string_view folded) {
    return folded == "ils" || folded == "elles" || folded == "qui";
}
bool is_clitic(std::string_view folded) {
    static const std::string_view list[] = {"ne", "n'", "se", "s'", "y", "en", "leur", "les", "nous", "vous", "lui",
                                            "me", "m'", "te", "t'", "la", "le", "l'"};
    return std::find(std::begin(list), std::end(list), folded) != std::end(list);
}
bool is_common_verb(std::string_view folded) {
    static const std::string_view list[] = {
        "peuvent", "doivent", "veulent", "viennent", "prennent", "disent", "savent", "ouvrent", "ferment",
        "restent", "participent", "souhaitent", "attendent", "habitent", "commencent", "continuent", "permettent",
        "deviennent", "reprennent", "concernent", "proposent", "accueillent", "arrivent", "partent", "passent",
        "donnent", "trouvent", "pensent", "aiment", "utilisent", "demandent", "travaillent", "vivent", "parlent"};
    return std::find(std::begin(list), std::end(list), folded) != std::end(list);
}

}  // namespace

int french_syllables(std::string_view word, bool verb) {
    std::u32string part;
    int total = 0;
    for (std::size_t i = 0; i <= word.size();) {
        char32_t c = 0;
        unsigned len = 1;
        if (i < word.size()) {
            const utf8::Decoded d = utf8::decode(word, i);
            c = lower(d.code_point);
            len = d.length;
        }
        if (i == word.size() || !is_letter_cp(c)) {
            total += syllables_of_part(part, verb && i == word.size());
            part.clear();
            if (i == word.size()) break;
        } else {
            part.push_back(c);
        }
        i += len;
    }
    return total;
}

Readability measure_readability(std::string_view text, const Tokens& tokens) {
    Readability r;
    std::string previous;  // folded previous word, clitics skipped
    for (const Sentence& s : tokens.sentences) {
        int words = 0;
        previous.clear();
        for (std::size_t k = s.first; k < s.last; ++k) {
            const Token& t = tokens.tokens[k];
            if (t.kind != TokenKind::word) continue;
            const std::string_view w = text.substr(t.start, t.end - t.start);
            const std::string folded = fold(w);
            const bool ent = folded.size() > 3 && folded.compare(folded.size() - 3, 3, "ent") == 0;
            const bool verb = ent && (is_plural_subject(previous) || is_common_verb(folded));
            r.syllables += std::max(t.elided ? 0 : 1, french_syllables(w, verb));
            if (!is_clitic(folded)) previous = folded;
            if (t.elided) continue;
            ++words;
            int letters = 0;
            for (char c : folded) letters += (c >= 'a' && c <= 'z') ? 1 : 0;
            if (letters > 6) ++r.long_words;
        }
        if (words > 0) {
            r.words += words;
            ++r.sentences;
        }
    }
    if (r.words > 0 && r.sentences > 0) {
        const double asl = static_cast<double>(r.words) / r.sentences;
        const double asw = static_cast<double>(r.syllables) / r.words;
        r.kandel_moles = 207.0 - 1.015 * asl - 73.6 * asw;
        r.lix = asl + 100.0 * r.long_words / r.words;
    }
    return r;
}

}  // namespace parvis::check
