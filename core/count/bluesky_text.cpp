#include "count/bluesky_text.h"

#include "text/utf8.h"

namespace parvis::count {

namespace {

constexpr std::size_t kPathKept = 13;
constexpr std::size_t kPathMax = 15;

void append_code_points(std::string& out, std::u32string_view cps, std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end; ++k) utf8::append(out, cps[k]);
}

// Length of « https:// » or « http:// » at the start of `url`, any case; 0 when neither.
std::size_t scheme_length(std::u32string_view url) {
    for (const std::u32string_view scheme : {std::u32string_view(U"https://"), std::u32string_view(U"http://")}) {
        if (url.size() < scheme.size()) continue;
        bool same = true;
        for (std::size_t k = 0; k < scheme.size() && same; ++k) {
            char32_t c = url[k];
            if (c >= 'A' && c <= 'Z') c += 32;
            same = c == scheme[k];
        }
        if (same) return scheme.size();
    }
    return 0;
}

void append_short_url(std::string& out, std::u32string_view url) {
    const std::size_t start = scheme_length(url);
    std::size_t host_end = start;
    while (host_end < url.size() && url[host_end] != '/' && url[host_end] != '?' && url[host_end] != '#') ++host_end;
    append_code_points(out, url, start, host_end);
    std::u32string_view path = url.substr(host_end);
    if (path.size() >= 1 && path[0] == '/' && (path.size() == 1 || path[1] == '?' || path[1] == '#')) path.remove_prefix(1);
    if (path.size() > kPathMax) {
        append_code_points(out, path, 0, kPathKept);
        out += "...";
    } else {
        append_code_points(out, path, 0, path.size());
    }
}

}  // namespace

BlueskyText bluesky_text(std::u32string_view cps, const std::vector<text::LinkSpan>& links) {
    BlueskyText r;
    r.text.reserve(cps.size());
    std::size_t i = 0;
    for (const text::LinkSpan& link : links) {
        append_code_points(r.text, cps, i, link.begin);
        const std::u32string_view url = cps.substr(link.begin, link.end - link.begin);
        BlueskyLink out;
        out.byte_begin = r.text.size();
        append_short_url(r.text, url);
        out.byte_end = r.text.size();
        if (scheme_length(url) == 0) out.uri = "https://";
        append_code_points(out.uri, url, 0, url.size());
        r.links.push_back(std::move(out));
        i = link.end;
    }
    append_code_points(r.text, cps, i, cps.size());
    return r;
}

BlueskyText bluesky_text(std::string_view draft) {
    const std::u32string cps = text::decode_utf8(draft);
    std::vector<text::LinkSpan> links;
    text::find_links(cps, links, {.without_scheme = true});
    return bluesky_text(cps, links);
}

}  // namespace parvis::count
