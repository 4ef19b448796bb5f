#include "io/json_depth.h"

#include <cstring>

namespace parvis::io {

std::optional<std::size_t> find_too_deep(std::string_view text, int max_depth) {
    const char* p = text.data();
    const std::size_t n = text.size();
    long depth = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '"') {
            // Skip the string: brackets inside it are text. memchr finds the next quote fast (a
            // 200 MB string value takes milliseconds); a quote preceded by an odd number of
            // backslashes is escaped and does not end the string.
            std::size_t from = i + 1;
            while (true) {
                const void* quote = from < n ? std::memchr(p + from, '"', n - from) : nullptr;
                if (!quote) return std::nullopt;  // unterminated: the syntax check reports it
                const std::size_t q = static_cast<std::size_t>(static_cast<const char*>(quote) - p);
                std::size_t backslashes = 0;
                while (q - backslashes > i + 1 && p[q - backslashes - 1] == '\\') ++backslashes;
                from = q + 1;
                if (backslashes % 2 == 0) break;
            }
            i = from - 1;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return i;
        } else if (c == ']' || c == '}') {
            // Unbalanced closers are the syntax check's business; never go below zero here.
            if (depth > 0) --depth;
        }
    }
    return std::nullopt;
}

}  // namespace parvis::io
