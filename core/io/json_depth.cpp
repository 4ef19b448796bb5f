#include "io/json_depth.h"

namespace parvis::io {

std::optional<std::size_t> find_too_deep(std::string_view text, int max_depth) {
    const char* p = text.data();
    const std::size_t n = text.size();
    long depth = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '"') {
            // Skip the string: brackets inside it are text, and an escaped quote does not end it.
            for (++i; i < n && p[i] != '"'; ++i) {
                if (p[i] == '\\') ++i;
            }
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
