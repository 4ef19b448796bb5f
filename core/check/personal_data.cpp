#include "check/personal_data.h"

#include <algorithm>
#include <cctype>

#include "check/fold.h"
#include "check/tokenize.h"

namespace parvis::check {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool alnum(char c) { return digit(c) || upper(c) || (c >= 'a' && c <= 'z'); }

// Length of the no-break space (U+00A0) or narrow no-break space (U+202F) at i, 0 if none.
std::size_t nbsp_at(std::string_view s, std::size_t i) {
    if (s.compare(i, 2, "\u00A0") == 0) return 2;
    if (s.compare(i, 3, "\u202F") == 0) return 3;
    return 0;
}

// A number, code or plate starts at i: not glued to a letter or digit before it (a no-break space
// before it is a separator, the other non-ASCII bytes are letters).
bool starts_word(std::string_view s, std::size_t i) {
    if (i == 0) return true;
    if (i >= 2 && s.compare(i - 2, 2, "\u00A0") == 0) return true;
    if (i >= 3 && s.compare(i - 3, 3, "\u202F") == 0) return true;
    const unsigned char c = static_cast<unsigned char>(s[i - 1]);
    return !(alnum(char(c)) || c >= 0x80);
}
bool ends_word(std::string_view s, std::size_t end) {
    return end >= s.size() || !(alnum(s[end]) || static_cast<unsigned char>(s[end]) >= 0x80) || nbsp_at(s, end) > 0;
}

// A separator inside a number: space, dot, dash, no-break spaces. Its length, 0 if none.
std::size_t separator_at(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    if (s[i] == ' ' || s[i] == '.' || s[i] == '-') return 1;
    return nbsp_at(s, i);
}

// A group of digits continues the number across a separator at `end` (after) or before `start`:
// the run is longer than what was matched, so it is some other number (an order, a reference).
bool digits_continue_after(std::string_view s, std::size_t end) {
    const std::size_t n = separator_at(s, end);
    return n > 0 && end + n < s.size() && digit(s[end + n]);
}
bool digits_continue_before(std::string_view s, std::size_t start) {
    for (std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{3}})
        if (start > n && separator_at(s, start - n) == n && digit(s[start - n - 1])) return true;
    return false;
}

std::string digits_of(std::string_view s) {
    std::string out;
    for (char c : s)
        if (digit(c)) out += c;
    if (out.starts_with("0033")) out = "0" + out.substr(4);
    else if (s.find('+') != std::string_view::npos && out.starts_with("33")) out = "0" + out.substr(2);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Phone numbers: 0X XX XX XX XX, +33 X XX XX XX XX, 0033 …
//-----------------------------------------------------------------------------

std::size_t phone_at(std::string_view s, std::size_t i) {
    std::size_t j = i;
    int digits = 0;
    if (s.compare(j, 3, "+33") == 0 || s.compare(j, 4, "0033") == 0) {
        j += s[j] == '+' ? 3 : 4;
        digits = 1;  // the leading 0 that +33 replaces
        if (std::size_t n = separator_at(s, j)) j += n;
        if (s.compare(j, 3, "(0)") == 0) j += 3;  // « +33 (0)6 … »
    } else if (!(j + 1 < s.size() && s[j] == '0' && digit(s[j + 1]) && s[j + 1] != '0')) {
        return i;
    }
    std::size_t end = j;
    while (j < s.size() && digits < 10) {
        if (digit(s[j])) {
            ++digits;
            end = ++j;
        } else if (std::size_t n = separator_at(s, j); n > 0 && j > 0 && digit(s[j - 1])) {
            j += n;  // one separator between digits, never two in a row
        } else {
            break;
        }
    }
    if (digits != 10 || !ends_word(s, end) || (end < s.size() && digit(s[end]))) return i;
    if (digits_continue_after(s, end) || digits_continue_before(s, i)) return i;
    return end;
}

//-----------------------------------------------------------------------------
// [SECTION] NIR and IBAN: check digits
//-----------------------------------------------------------------------------

// 15 characters of a NIR at i (single separators allowed between them); its end, or i.
std::size_t nir_at(std::string_view s, std::size_t i, std::string& chars) {
    if (s[i] != '1' && s[i] != '2') return i;
    chars.clear();
    std::size_t j = i, end = i;
    while (j < s.size() && chars.size() < 15) {
        const char c = s[j];
        // Corse: « 2A » / « 2B » in place of the département's two digits (characters 6 and 7).
        const bool corse_letter = chars.size() == 6 && chars[5] == '2' && (c == 'A' || c == 'B');
        if (digit(c) || corse_letter) {
            chars += c;
            end = ++j;
        } else if (std::size_t n = separator_at(s, j); n > 0 && chars.size() > 0 && s[j - 1] != ' ' && s[j - 1] != '.') {
            j += n;
        } else {
            break;
        }
    }
    if (chars.size() != 15 || !ends_word(s, end) || (end < s.size() && digit(s[end]))) return i;
    if (digits_continue_after(s, end) || digits_continue_before(s, i)) return i;
    return nir_key_holds(chars) ? end : i;
}

// An IBAN at i: country letters, two check digits, then letters and digits in groups. The
// longest prefix ending on a group's end whose check holds; i when none.
std::size_t iban_at(std::string_view s, std::size_t i) {
    if (i + 4 > s.size() || !upper(s[i]) || !upper(s[i + 1]) || !digit(s[i + 2]) || !digit(s[i + 3])) return i;
    std::string chars;
    std::vector<std::pair<std::size_t, std::size_t>> group_ends;  // (characters, byte end)
    std::size_t j = i;
    while (j < s.size() && chars.size() < 34) {
        if (digit(s[j]) || upper(s[j])) {
            chars += s[j++];
            if (j >= s.size() || !(digit(s[j]) || upper(s[j]))) group_ends.emplace_back(chars.size(), j);
        } else if (std::size_t n = nbsp_at(s, j); (s[j] == ' ' || n > 0) && j + (n ? n : 1) < s.size() &&
                                                  (digit(s[j + (n ? n : 1)]) || upper(s[j + (n ? n : 1)]))) {
            j += n ? n : 1;
        } else {
            break;
        }
    }
    for (auto it = group_ends.rbegin(); it != group_ends.rend(); ++it) {
        if (it->first < 15) break;
        if (ends_word(s, it->second) && iban_check_holds(std::string_view(chars).substr(0, it->first))) return it->second;
    }
    return i;
}

//-----------------------------------------------------------------------------
// [SECTION] Licence plates (SIV, since 2009): AA-123-AA, AA 123 AA, AA123AA
//-----------------------------------------------------------------------------

bool plate_letter(char c) { return upper(c) && c != 'I' && c != 'O' && c != 'U'; }

std::size_t plate_at(std::string_view s, std::size_t i) {
    if (i + 7 > s.size() || !plate_letter(s[i]) || !plate_letter(s[i + 1])) return i;
    std::size_t j = i + 2;
    const char sep = s[j] == '-' || s[j] == ' ' ? s[j] : '\0';
    if (sep) ++j;
    if (j + 3 > s.size() || !digit(s[j]) || !digit(s[j + 1]) || !digit(s[j + 2])) return i;
    j += 3;
    if (sep) {
        if (j >= s.size() || s[j] != sep) return i;
        ++j;
    }
    if (j + 2 > s.size() || !plate_letter(s[j]) || !plate_letter(s[j + 1])) return i;
    j += 2;
    if (std::string_view(s.data() + i, 3) == "000" || !ends_word(s, j)) return i;
    return j;
}

//-----------------------------------------------------------------------------
// [SECTION] Postal addresses: « 12 rue des Lilas », « 3 bis avenue … »
//-----------------------------------------------------------------------------

bool is_street_word(std::string_view folded) {
    static const std::string_view words[] = {"rue", "avenue", "av", "boulevard", "bd", "chemin", "allee", "impasse",
                                             "place", "route", "quai", "cours", "square", "residence", "lotissement",
                                             "lieu-dit", "passage", "voie", "sentier", "hameau"};
    return std::find(std::begin(words), std::end(words), folded) != std::end(words);
}

void find_addresses(std::string_view text, const Tokens& tokens, std::vector<PersonalData>& out) {
    const auto& toks = tokens.tokens;
    auto token_text = [&](const Token& t) { return text.substr(t.start, t.end - t.start); };
    for (std::size_t k = 0; k < toks.size(); ++k) {
        if (toks[k].kind != TokenKind::number) continue;
        std::size_t j = k + 1;
        auto skip_space = [&] {
            while (j < toks.size() && toks[j].kind == TokenKind::space) ++j;
        };
        skip_space();
        if (j < toks.size() && toks[j].kind == TokenKind::word) {
            const std::string w = fold(token_text(toks[j]));
            if (w == "bis" || w == "ter") {
                ++j;
                skip_space();
            }
        }
        if (j >= toks.size() || toks[j].kind != TokenKind::word || !is_street_word(fold(token_text(toks[j])))) continue;
        // The street's name: up to four more words or elisions on the same line.
        std::size_t end = toks[j].end;
        int words = 0;
        for (std::size_t m = j + 1; m < toks.size() && words < 4; ++m) {
            if (toks[m].kind == TokenKind::space) continue;
            if (toks[m].kind != TokenKind::word) break;
            end = toks[m].end;
            if (!toks[m].elided) ++words;
        }
        out.push_back({PersonalDataKind::address, toks[k].start, end, {}});
        k = j;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Dates of birth: a date right after « né(e) le », « date de naissance »
//-----------------------------------------------------------------------------

// A date at i of folded text: « 12/03/1985 », « 12.03.85 », « 3 mars 1985 », « 1er mars 1985 ».
std::size_t date_at(std::string_view f, std::size_t i) {
    auto number = [&](std::size_t& j, std::size_t min, std::size_t max) {
        std::size_t n = 0;
        while (j < f.size() && digit(f[j]) && n < max) {
            ++j;
            ++n;
        }
        return n >= min && !(j < f.size() && digit(f[j]));
    };
    std::size_t j = i;
    if (!number(j, 1, 2)) return i;
    if (j < f.size() && (f[j] == '/' || f[j] == '.' || f[j] == '-')) {
        const char sep = f[j++];
        if (!number(j, 1, 2) || j >= f.size() || f[j] != sep) return i;
        ++j;
        const std::size_t year = j;
        if (!number(j, 2, 4) || j - year == 3) return i;
        return j;
    }
    if (f.compare(j, 2, "er") == 0) j += 2;
    if (j >= f.size() || f[j] != ' ') return i;
    ++j;
    static const std::string_view months[] = {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
                                              "aout", "septembre", "octobre", "novembre", "decembre"};
    for (std::string_view m : months) {
        if (f.compare(j, m.size(), m) != 0) continue;
        std::size_t k = j + m.size();
        if (k >= f.size() || f[k] != ' ') return i;
        ++k;
        const std::size_t year = k;
        if (!number(k, 4, 4) || k - year != 4) return i;
        return k;
    }
    return i;
}

void find_birth_dates(std::string_view text, std::vector<PersonalData>& out) {
    const FoldedText folded = fold_text(text);
    const std::string_view f = folded.text;
    static const std::string_view cues[] = {"nee le", "ne le", "ne(e) le", "ne-e le", "date de naissance", "ddn",
                                            "nee en date du", "ne en date du"};
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (i > 0 && is_folded_word_byte(static_cast<unsigned char>(f[i - 1]))) continue;
        for (std::string_view cue : cues) {
            if (f.compare(i, cue.size(), cue) != 0) continue;
            std::size_t j = i + cue.size();
            if (j < f.size() && is_folded_word_byte(static_cast<unsigned char>(f[j]))) continue;
            while (j < f.size() && (f[j] == ' ' || f[j] == ':')) ++j;
            const std::size_t end = date_at(f, j);
            if (end == j) continue;
            out.push_back({PersonalDataKind::birth_date, folded.original_begin(i), folded.original_begin(end), {}});
            i = end;
            break;
        }
    }
}

}  // namespace

const char* personal_data_kind_name(PersonalDataKind kind) {
    switch (kind) {
        case PersonalDataKind::phone: return "phone";
        case PersonalDataKind::email: return "email";
        case PersonalDataKind::address: return "address";
        case PersonalDataKind::nir: return "nir";
        case PersonalDataKind::iban: return "iban";
        case PersonalDataKind::plate: return "plate";
        case PersonalDataKind::birth_date: return "birth_date";
    }
    return "phone";
}

bool nir_key_holds(std::string_view nir) {
    if (nir.size() != 15) return false;
    // Corse: 2A counts as 19, 2B as 18 (INSEE), so that the key is computed on digits.
    std::string digits;
    for (std::size_t k = 0; k < 13; ++k) {
        if (k == 6 && (nir[6] == 'A' || nir[6] == 'B')) {
            digits.back() = '1';
            digits += nir[6] == 'A' ? '9' : '8';
            continue;
        }
        if (!digit(nir[k])) return false;
        digits += nir[k];
    }
    if (!digit(nir[13]) || !digit(nir[14])) return false;
    int mod = 0;
    for (char c : digits) mod = (mod * 10 + (c - '0')) % 97;
    const int key = (nir[13] - '0') * 10 + (nir[14] - '0');
    return key == 97 - mod;
}

bool iban_check_holds(std::string_view iban) {
    if (iban.size() < 15 || iban.size() > 34) return false;
    const std::string moved = std::string(iban.substr(4)) + std::string(iban.substr(0, 4));
    int mod = 0;
    for (char c : moved) {
        if (digit(c)) {
            mod = (mod * 10 + (c - '0')) % 97;
        } else if (upper(c)) {
            const int v = c - 'A' + 10;
            mod = (mod * 100 + v) % 97;
        } else {
            return false;
        }
    }
    return mod == 1;
}

std::vector<PersonalData> find_personal_data(std::string_view text, const PersonalDataOptions& options) {
    std::vector<PersonalData> found;
    const Tokens tokens = tokenize(text);
    for (const Token& t : tokens.tokens)
        if (t.kind == TokenKind::email) found.push_back({PersonalDataKind::email, t.start, t.end, {}});
    std::string nir;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!starts_word(text, i)) continue;
        std::size_t end = i;
        PersonalDataKind kind = PersonalDataKind::phone;
        if ((end = phone_at(text, i)) > i) kind = PersonalDataKind::phone;
        else if ((end = nir_at(text, i, nir)) > i) kind = PersonalDataKind::nir;
        else if ((end = iban_at(text, i)) > i) kind = PersonalDataKind::iban;
        else if ((end = plate_at(text, i)) > i) kind = PersonalDataKind::plate;
        if (end > i) {
            found.push_back({kind, i, end, {}});
            i = end - 1;
        }
    }
    find_addresses(text, tokens, found);
    find_birth_dates(text, found);

    // The collectivité's own public contacts are not personal data.
    std::vector<std::string> public_phones, public_emails;
    for (const std::string& c : options.public_contacts) {
        if (c.find('@') != std::string::npos) public_emails.push_back(fold(c));
        else if (std::string d = digits_of(c); d.size() >= 10) public_phones.push_back(d);
    }
    std::erase_if(found, [&](const PersonalData& p) {
        const std::string_view span = text.substr(p.start, p.end - p.start);
        if (p.kind == PersonalDataKind::phone)
            return std::find(public_phones.begin(), public_phones.end(), digits_of(span)) != public_phones.end();
        if (p.kind == PersonalDataKind::email)
            return std::find(public_emails.begin(), public_emails.end(), fold(span)) != public_emails.end();
        return false;
    });

    std::sort(found.begin(), found.end(), [](const PersonalData& a, const PersonalData& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<PersonalData> out;
    for (PersonalData& p : found) {
        if (!out.empty() && p.start < out.back().end) continue;  // inside a longer finding
        p.advice = tr("check.personal_data.advice", options.lang);
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace parvis::check
