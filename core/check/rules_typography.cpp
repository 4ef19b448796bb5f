// French typography (Lexique des règles typographiques en usage à l'Imprimerie nationale), the
// alt texts of images (RGAA 1.1–1.3), and personal data in a public reply.
//
// Index
// [SECTION] Media
// [SECTION] Typography
// [SECTION] Personal data
#include <algorithm>
#include <cctype>

#include "check/rules.h"
#include "text/trim.h"
#include "text/utf8.h"

namespace parvis::check::detail {

//-----------------------------------------------------------------------------
// [SECTION] Media
//-----------------------------------------------------------------------------

namespace {

bool looks_like_file_name(const std::string& alt) {
    const std::string f = fold(alt);
    static const std::string_view exts[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".svg"};
    for (std::string_view e : exts)
        if (f.size() >= e.size() && f.compare(f.size() - e.size(), e.size(), e) == 0) return true;
    return f.rfind("img_", 0) == 0 || f.rfind("dsc", 0) == 0 || f == "image" || f == "photo";
}

}  // namespace

void check_media(const Context& c) {
    if (!c.options.media) return;
    const std::vector<Media>& media = *c.options.media;
    for (std::size_t i = 0; i < media.size(); ++i) {
        const Media& m = media[i];
        const Args args = {{"n", std::to_string(i + 1)}, {"name", m.name}};
        if (m.kind == MediaKind::image) {
            const std::string alt(text::trim(m.alt_text));
            if (alt.empty()) {
                c.add("alt_text_missing", "accessibilite", Severity::error, 0, 0, "check.alt_text_missing", args);
            } else if (looks_like_file_name(alt) || alt == text::trim(m.name)) {
                c.add("alt_text_file_name", "accessibilite", Severity::warning, 0, 0, "check.alt_text_file_name", args);
            }
        } else if (m.kind == MediaKind::video && !m.subtitles) {
            c.add("video_subtitles", "accessibilite", Severity::warning, 0, 0, "check.video_subtitles", args);
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Typography
// Before « ; », « ! », « ? » and « : » French sets a no-break space (fine insécable, U+202F, for
// the first three; the Imprimerie nationale asks a full no-break space before « : », U+202F is
// accepted too). A plain space may break the line before the sign; no space at all is an
// English habit. Both are offered a one-click fix with U+202F.
//-----------------------------------------------------------------------------

namespace {

bool is_high_punctuation(char c) { return c == ';' || c == ':' || c == '!' || c == '?'; }

}  // namespace

void check_typography(const Context& c) {
    const auto& toks = c.tokens.tokens;
    const std::string_view text = c.text;
    for (std::size_t k = 0; k < toks.size(); ++k) {
        const Token& t = toks[k];
        if (t.kind == TokenKind::punct && text[t.start] == '.' && k + 2 < toks.size() &&
            toks[k + 1].kind == TokenKind::punct && toks[k + 2].kind == TokenKind::punct && text[toks[k + 1].start] == '.' &&
            text[toks[k + 2].start] == '.' && (k + 3 >= toks.size() || toks[k + 3].kind != TokenKind::punct || text[toks[k + 3].start] != '.')) {
            c.add("typo_ellipsis", "typographie", Severity::info, t.start, toks[k + 2].end, "check.typo_ellipsis", {},
                  {"\u2026"}, true);
            k += 2;
            continue;
        }
        if (t.kind != TokenKind::punct || !is_high_punctuation(text[t.start]) || k == 0) continue;
        const Token& before = toks[k - 1];
        // Not prose: « 1;2 », « a:b », smileys « :) », « :-( ».
        if (t.end < text.size()) {
            const char next = text[t.end];
            if (std::isalnum(static_cast<unsigned char>(next)) || next == ')' || next == '(' || next == '-' || next == '/') continue;
        }
        const std::string sign(1, text[t.start]);
        if (before.kind == TokenKind::space) {
            const std::string_view space = text.substr(before.start, before.end - before.start);
            if (space == "\u202F" || space == "\u00A0") continue;
            if (k < 2 || toks[k - 2].kind == TokenKind::newline || toks[k - 2].kind == TokenKind::punct) continue;
            c.add("typo_space_before", "typographie", Severity::info, before.start, t.end, "check.typo_space_breakable",
                  {{"sign", sign}}, {"\u202F" + sign}, true);
        } else if (before.kind == TokenKind::word || before.kind == TokenKind::number || before.kind == TokenKind::time ||
                   before.kind == TokenKind::emoji || before.kind == TokenKind::hashtag ||
                   (before.kind == TokenKind::punct && text.substr(before.start, 2) == "\u00BB")) {
            if (before.kind == TokenKind::url) continue;
            c.add("typo_space_before", "typographie", Severity::info, t.start, t.end, "check.typo_space_missing",
                  {{"sign", sign}}, {"\u202F" + sign}, true);
        }
    }
    // On X, U+202F, « … » and « € » weigh 2 (outside twitter-text's weight-1 ranges).
    if (std::find(c.options.networks.begin(), c.options.networks.end(), Network::x) != c.options.networks.end() &&
        (text.find("\u202F") != std::string_view::npos || text.find("\u2026") != std::string_view::npos ||
         text.find("\u20AC") != std::string_view::npos)) {
        c.add("x_weight_note", "longueur", Severity::info, 0, 0, "check.x_weight_note");
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Personal data
// A public reply must not carry a phone number, an e-mail address or a postal address (the
// citizen's or anyone's): the moderation charters of collectivités ban personal data, and the
// answer belongs in a private message or the contact form.
//-----------------------------------------------------------------------------

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// A French phone number at `i`: 0X XX XX XX XX or +33 X XX XX XX XX, separators space, dot,
// dash, no-break spaces. Returns its end, or i when none.
std::size_t phone_at(std::string_view s, std::size_t i) {
    std::size_t j = i;
    int digits = 0;
    if (s.compare(j, 3, "+33") == 0) {
        j += 3;
        digits = 1;  // the leading 0 that +33 replaces
    } else if (!(j + 1 < s.size() && s[j] == '0' && digit(s[j + 1]) && s[j + 1] != '0')) {
        return i;
    }
    std::size_t end = j;
    while (j < s.size() && digits < 10) {
        if (digit(s[j])) {
            ++digits;
            ++j;
            end = j;
        } else if (s[j] == ' ' || s[j] == '.' || s[j] == '-') {
            ++j;
        } else if (s.compare(j, 2, "\u00A0") == 0) {
            j += 2;
        } else if (s.compare(j, 3, "\u202F") == 0) {
            j += 3;
        } else {
            break;
        }
    }
    if (digits != 10 || (end < s.size() && digit(s[end]))) return i;
    return end;
}

bool is_street_word(std::string_view folded) {
    static const std::string_view words[] = {"rue", "avenue", "av", "boulevard", "bd", "chemin", "allee", "impasse",
                                             "place", "route", "quai", "cours", "square", "residence", "lotissement",
                                             "lieu-dit", "passage", "voie", "sentier", "hameau"};
    return std::find(std::begin(words), std::end(words), folded) != std::end(words);
}

}  // namespace

void check_personal_data(const Context& c) {
    const std::string_view text = c.text;
    const auto& toks = c.tokens.tokens;
    auto add = [&](std::size_t start, std::size_t end, const char* what) {
        c.add("personal_data", "donnees_personnelles", Severity::warning, start, end, "check.personal_data",
              {{"what", tr(std::string("check.personal_data.") + what, c.options.lang)}});
    };
    for (const Token& t : toks)
        if (t.kind == TokenKind::email) add(t.start, t.end, "email");
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((i > 0 && (digit(text[i - 1]) || std::isalpha(static_cast<unsigned char>(text[i - 1])))) ||
            (text[i] != '0' && text[i] != '+')) {
            continue;
        }
        const std::size_t end = phone_at(text, i);
        if (end > i) {
            add(i, end, "phone");
            i = end;
        }
    }
    // « 12 rue des Lilas », « 3 bis avenue … »: a number, a street word, then the name.
    for (std::size_t k = 0; k < toks.size(); ++k) {
        if (toks[k].kind != TokenKind::number) continue;
        std::size_t j = k + 1;
        auto skip_space = [&] {
            while (j < toks.size() && toks[j].kind == TokenKind::space) ++j;
        };
        skip_space();
        if (j < toks.size() && toks[j].kind == TokenKind::word) {
            const std::string w = fold(c.token_text(toks[j]));
            if (w == "bis" || w == "ter") {
                ++j;
                skip_space();
            }
        }
        if (j >= toks.size() || toks[j].kind != TokenKind::word || !is_street_word(fold(c.token_text(toks[j])))) continue;
        // The street's name: up to four more words or elisions on the same line.
        std::size_t end = toks[j].end;
        int words = 0;
        for (std::size_t m = j + 1; m < toks.size() && words < 4; ++m) {
            if (toks[m].kind == TokenKind::space) continue;
            if (toks[m].kind != TokenKind::word) break;
            end = toks[m].end;
            if (!toks[m].elided) ++words;
        }
        add(toks[k].start, end, "address");
        k = j;
    }
}

}  // namespace parvis::check::detail
