// OAuth returns. See oauth_return.h.
#include "connect/oauth_return.h"

namespace parvis::connect {

namespace {
int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

std::string percent_decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') { out += ' '; continue; }
        if (c == '%' && i + 2 < text.size()) {
            const int hi = hex_value(text[i + 1]), lo = hex_value(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::optional<OAuthReturn> read_oauth_return(std::string_view query) {
    constexpr std::size_t kMaxQuery = 8 * 1024;
    if (query.size() > kMaxQuery) return std::nullopt;
    if (!query.empty() && query.front() == '?') query.remove_prefix(1);
    OAuthReturn r;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        const std::size_t eq = pair.find('=');
        const std::string name = percent_decode(pair.substr(0, eq));
        const std::string value = eq == std::string_view::npos ? std::string() : percent_decode(pair.substr(eq + 1));
        if (name == "code") r.code = value;
        else if (name == "state") r.state = value;
        else if (name == "error") r.error = value;
        else if (name == "error_description") r.error_description = value;
    }
    if ((r.code.empty() && r.error.empty()) || r.state.empty()) return std::nullopt;
    return r;
}

}  // namespace parvis::connect
