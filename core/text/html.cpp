#include "text/html.h"

#include <utility>

namespace parvis::html {

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string text_of(std::string_view html) {
    std::string out;
    for (std::size_t i = 0; i < html.size();) {
        if (html[i] == '<') {
            const std::size_t end = html.find('>', i);
            if (end == std::string_view::npos) break;
            const std::string_view tag = html.substr(i, end - i + 1);
            if (tag.rfind("<br", 0) == 0) out += '\n';
            if (tag.rfind("</p", 0) == 0) out += "\n\n";
            i = end + 1;
            continue;
        }
        if (html[i] == '&') {
            static const std::pair<std::string_view, std::string_view> entities[] = {
                {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"},
                {"&nbsp;", "\u00a0"}};
            bool done = false;
            for (const auto& [e, c] : entities) {
                if (html.compare(i, e.size(), e) == 0) {
                    out += c;
                    i += e.size();
                    done = true;
                    break;
                }
            }
            if (done) continue;
        }
        out += html[i++];
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

}  // namespace parvis::html
