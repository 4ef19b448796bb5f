// Folding names for comparison. See fold.h.
#include "text/fold.h"

#include "text/utf8.h"

namespace parvis::text {

std::string fold(std::string_view text) {
    static const char* const kLatin1 =  // U+00C0..U+00FF, lower case without accent ('.' : none)
        "aaaaaaaceeeeiiiidnooooo.ouuuuyts"
        "aaaaaaaceeeeiiiidnooooo.ouuuuyty";
    std::string out;
    bool pending_space = false;
    auto letter = [&](std::string_view s) {
        if (pending_space && !out.empty()) out += ' ';
        pending_space = false;
        out += s;
    };
    for (std::size_t i = 0; i < text.size();) {
        const utf8::Decoded d = utf8::decode(text, i);
        i += d.length;
        const char32_t c = d.code_point;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            letter(std::string(1, static_cast<char>(c)));
        } else if (c >= 'A' && c <= 'Z') {
            letter(std::string(1, static_cast<char>(c - 'A' + 'a')));
        } else if (c >= 0xC0 && c <= 0xFF && kLatin1[c - 0xC0] != '.') {
            letter(std::string(1, kLatin1[c - 0xC0]));
        } else if (c == 0x152 || c == 0x153) {
            letter("oe");
        } else if (c == 0xC6 || c == 0xE6) {
            letter("ae");
        } else {
            pending_space = true;
        }
    }
    return out;
}

}  // namespace parvis::text
