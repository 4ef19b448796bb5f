#include "text/utf8.h"

#include <cstdint>
#include <cstring>

#include "parvis_assert.h"

namespace parvis::utf8 {

std::size_t find_invalid(std::string_view bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        // Workspaces are mostly ASCII: test eight bytes at once and skip them when none has its
        // high bit set. memcpy keeps the load well defined whatever the alignment.
        if (n - i >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The table of RFC 3629 §4: the second byte's range is narrower after E0, ED, F0 and F4,
        // which is what rules out overlong forms, surrogates and values above U+10FFFF.
        std::size_t length = 0;
        unsigned char second_min = 0x80, second_max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            second_min = 0xA0;
        } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
            length = 3;
        } else if (lead == 0xED) {
            length = 3;
            second_max = 0x9F;
        } else if (lead == 0xF0) {
            length = 4;
            second_min = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else if (lead == 0xF4) {
            length = 4;
            second_max = 0x8F;
        } else {
            return i;  // continuation byte without a lead, C0/C1 (always overlong), F5..FF
        }
        if (n - i < length) return i;
        if (p[i + 1] < second_min || p[i + 1] > second_max) return i;
        for (std::size_t k = 2; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) return i;
        }
        i += length;
    }
    return kAllValid;
}

std::size_t count_code_points(std::string_view bytes) {
    std::size_t count = 0;
    for (const char c : bytes) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    }
    return count;
}

Decoded decode(std::string_view bytes, std::size_t offset) {
    PARVIS_ASSERT(offset < bytes.size(), "utf8::decode reads the byte at offset: loop while offset < size");
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data()) + offset;
    const std::size_t available = bytes.size() - offset;
    const unsigned char lead = p[0];
    if (lead < 0x80) return {lead, 1};
    // Same table as find_invalid: the second byte's range rules out overlongs, surrogates and
    // values above U+10FFFF.
    unsigned length = 0;
    unsigned char second_min = 0x80, second_max = 0xBF;
    char32_t value = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0F;
        if (lead == 0xE0) second_min = 0xA0;
        if (lead == 0xED) second_max = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07;
        if (lead == 0xF0) second_min = 0x90;
        if (lead == 0xF4) second_max = 0x8F;
    } else {
        return {kReplacementCharacter, 1};
    }
    if (available < length || p[1] < second_min || p[1] > second_max) return {kReplacementCharacter, 1};
    for (unsigned k = 1; k < length; ++k) {
        if ((p[k] & 0xC0) != 0x80) return {kReplacementCharacter, 1};
        value = (value << 6) | (p[k] & 0x3F);
    }
    return {value, length};
}

unsigned encode(char32_t c, char* out) {
    if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = kReplacementCharacter;
    if (c < 0x80) {
        out[0] = static_cast<char>(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = static_cast<char>(0xC0 | (c >> 6));
        out[1] = static_cast<char>(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (c >> 12));
        out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (c >> 18));
    out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (c & 0x3F));
    return 4;
}

void append(std::string& out, char32_t c) {
    char bytes[4];
    out.append(bytes, encode(c, bytes));
}

}  // namespace parvis::utf8
