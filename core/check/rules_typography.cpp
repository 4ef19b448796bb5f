// French typography (Lexique des règles typographiques en usage à l'Imprimerie nationale), the
// alt texts of images (RGAA 1.1–1.3), and personal data in a public reply.
//
// Index
// [SECTION] Media
// [SECTION] Typography
// [SECTION] Personal data
#include <algorithm>
#include <cctype>

#include "check/personal_data.h"
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
// A public reply must not carry personal data (the citizen's or anyone's): the moderation
// charters of collectivités ban it, and the answer belongs in a private message or the online
// procedure. The detector is core/check/personal_data.h; the services' own public contacts pass.
//-----------------------------------------------------------------------------

void check_personal_data(const Context& c) {
    PersonalDataOptions options{.lang = c.options.lang};
    if (c.options.services) {
        for (const Service& s : *c.options.services) {
            if (!s.phone.empty()) options.public_contacts.push_back(s.phone);
            if (!s.email.empty()) options.public_contacts.push_back(s.email);
        }
    }
    for (const PersonalData& p : find_personal_data(c.text, options)) {
        c.add("personal_data", "donnees_personnelles", Severity::warning, p.start, p.end, "check.personal_data",
              {{"what", tr(std::string("check.personal_data.") + personal_data_kind_name(p.kind), c.options.lang)},
               {"advice", p.advice}});
    }
}

}  // namespace parvis::check::detail
