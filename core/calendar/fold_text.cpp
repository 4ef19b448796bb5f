// See fold_text.h.
#include "calendar/fold_text.h"

#include "text/utf8.h"

namespace parvis::calendar {
namespace {

// The ASCII base of a Latin letter with a diacritic (the French ones and their neighbours), or
// nullptr when the code point is not one.
const char* latin_base(char32_t c) {
    switch (c) {
        case U'à': case U'â': case U'ä': case U'á': case U'ã': case U'å':
        case U'À': case U'Â': case U'Ä': case U'Á': case U'Ã': case U'Å': return "a";
        case U'ç': case U'Ç': return "c";
        case U'é': case U'è': case U'ê': case U'ë': case U'É': case U'È': case U'Ê': case U'Ë': return "e";
        case U'î': case U'ï': case U'í': case U'ì': case U'Î': case U'Ï': case U'Í': case U'Ì': return "i";
        case U'ô': case U'ö': case U'ó': case U'ò': case U'õ': case U'Ô': case U'Ö': case U'Ó': case U'Ò': return "o";
        case U'ù': case U'û': case U'ü': case U'ú': case U'Ù': case U'Û': case U'Ü': case U'Ú': return "u";
        case U'ÿ': case U'Ÿ': case U'ý': case U'Ý': return "y";
        case U'ñ': case U'Ñ': return "n";
        case U'œ': case U'Œ': return "oe";
        case U'æ': case U'Æ': return "ae";
        default: return nullptr;
    }
}

bool is_combining_mark(char32_t c) { return c >= 0x300 && c <= 0x36F; }

}  // namespace

FoldedText fold_text(std::string_view text) {
    FoldedText out;
    out.text.reserve(text.size());
    bool pending_space = false;
    auto push = [&](char ch, std::size_t from, std::size_t to) {
        if (pending_space && !out.text.empty()) {
            out.text.push_back(' ');
            out.origin.push_back(from);
            out.origin_end.push_back(from);
        }
        pending_space = false;
        out.text.push_back(ch);
        out.origin.push_back(from);
        out.origin_end.push_back(to);
    };
    for (std::size_t i = 0; i < text.size();) {
        const utf8::Decoded d = utf8::decode(text, i);
        const std::size_t end = i + d.length;
        const char32_t c = d.code_point;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            push(static_cast<char>(c), i, end);
        } else if (c >= 'A' && c <= 'Z') {
            push(static_cast<char>(c - 'A' + 'a'), i, end);
        } else if (const char* base = latin_base(c)) {
            for (const char* p = base; *p; ++p) push(*p, i, end);
        } else if (is_combining_mark(c)) {
            // a decomposed accent: dropped, the base letter is already there
        } else {
            pending_space = true;  // spaces, punctuation, apostrophes, emoji: word boundaries
        }
        i = end;
    }
    return out;
}

std::string fold(std::string_view text) { return fold_text(text).text; }

}  // namespace parvis::calendar
