#include "io/json_locate.h"

#include <string>
#include <vector>

#include "text/utf8.h"

namespace parvis::io {
namespace {

constexpr std::size_t kFail = std::string_view::npos;

std::size_t skip_ws(std::string_view t, std::size_t i) {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t')) ++i;
    return i;
}

// Offset just past the closing quote of the string starting at i (t[i] == '"').
std::size_t skip_string(std::string_view t, std::size_t i) {
    for (++i; i < t.size(); ++i) {
        if (t[i] == '\\') {
            ++i;
        } else if (t[i] == '"') {
            return i + 1;
        }
    }
    return kFail;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Reads four hex digits at t[i..i+4), or -1.
long read_hex4(std::string_view t, std::size_t i) {
    if (i + 4 > t.size()) return -1;
    long v = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        const int h = hex_value(t[i + k]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

// Decodes the string starting at i (t[i] == '"') into `out` (keys are compared decoded, since
// "caf\u00e9" and "café" are the same key); returns the offset past it.
std::size_t read_string(std::string_view t, std::size_t i, std::string& out) {
    out.clear();
    for (++i; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '"') return i + 1;
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= t.size()) return kFail;
        switch (t[i]) {
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                long cp = read_hex4(t, i + 1);
                if (cp < 0) return kFail;
                i += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF && i + 2 < t.size() && t[i + 1] == '\\' &&
                    t[i + 2] == 'u') {
                    const long low = read_hex4(t, i + 3);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                }
                utf8::append(out, static_cast<char32_t>(cp));
                break;
            }
            default: out += t[i]; break;  // \" \\ \/
        }
    }
    return kFail;
}

// Offset just past the value starting at i. Containers are skipped by counting brackets, not by
// recursing, so any depth is fine.
std::size_t skip_value(std::string_view t, std::size_t i) {
    if (i >= t.size()) return kFail;
    if (t[i] == '"') return skip_string(t, i);
    if (t[i] == '[' || t[i] == '{') {
        long depth = 0;
        while (i < t.size()) {
            const char c = t[i];
            if (c == '"') {
                i = skip_string(t, i);
                if (i == kFail) return kFail;
                continue;
            }
            if (c == '[' || c == '{') ++depth;
            if (c == ']' || c == '}') {
                if (--depth == 0) return i + 1;
            }
            ++i;
        }
        return kFail;
    }
    while (i < t.size() && t[i] != ',' && t[i] != ']' && t[i] != '}' && t[i] != ' ' &&
           t[i] != '\n' && t[i] != '\r' && t[i] != '\t') {
        ++i;
    }
    return i;
}

std::vector<std::string> split_pointer(std::string_view pointer) {
    std::vector<std::string> tokens;
    if (pointer.empty()) return tokens;
    std::size_t i = 1;  // a pointer starts with '/'
    std::string token;
    for (; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            tokens.push_back(token);
            token.clear();
        } else if (pointer[i] == '~' && i + 1 < pointer.size()) {
            token += pointer[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            token += pointer[i];
        }
    }
    return tokens;
}

std::size_t find_member(std::string_view t, std::size_t i, const std::string& name) {
    std::size_t found = kFail;
    std::string key;
    ++i;  // past '{'
    while (true) {
        i = skip_ws(t, i);
        if (i >= t.size()) return kFail;
        if (t[i] == '}') break;
        if (t[i] != '"') return kFail;
        i = read_string(t, i, key);
        if (i == kFail) return kFail;
        i = skip_ws(t, i);
        if (i >= t.size() || t[i] != ':') return kFail;
        i = skip_ws(t, i + 1);
        if (key == name) found = i;  // keep going: the last duplicate wins, as in the parser
        i = skip_value(t, i);
        if (i == kFail) return kFail;
        i = skip_ws(t, i);
        if (i < t.size() && t[i] == ',') {
            ++i;
        } else if (i < t.size() && t[i] == '}') {
            break;
        } else {
            return kFail;
        }
    }
    return found;
}

std::size_t find_element(std::string_view t, std::size_t i, const std::string& token) {
    if (token.empty() || token.size() > 18 || (token.size() > 1 && token[0] == '0')) return kFail;
    std::size_t index = 0;
    for (const char c : token) {
        if (c < '0' || c > '9') return kFail;
        index = index * 10 + static_cast<std::size_t>(c - '0');
    }
    ++i;  // past '['
    for (std::size_t k = 0;; ++k) {
        i = skip_ws(t, i);
        if (i >= t.size() || t[i] == ']') return kFail;
        if (k == index) return i;
        i = skip_value(t, i);
        if (i == kFail) return kFail;
        i = skip_ws(t, i);
        if (i >= t.size() || t[i] != ',') return kFail;
        ++i;
    }
}

}  // namespace

std::optional<std::size_t> locate_pointer(std::string_view text, std::string_view pointer) {
    std::size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // a byte order mark, which the parser skips
    i = skip_ws(text, i);
    for (const std::string& token : split_pointer(pointer)) {
        if (i >= text.size()) return std::nullopt;
        if (text[i] == '{') {
            i = find_member(text, i, token);
        } else if (text[i] == '[') {
            i = find_element(text, i, token);
        } else {
            return std::nullopt;
        }
        if (i == kFail) return std::nullopt;
    }
    if (i >= text.size()) return std::nullopt;
    return i;
}

std::size_t locate_nearest(std::string_view text, std::string_view pointer) {
    while (true) {
        if (const auto at = locate_pointer(text, pointer)) return *at;
        if (pointer.empty()) return 0;
        pointer = pointer.substr(0, pointer.rfind('/'));
    }
}

}  // namespace parvis::io
