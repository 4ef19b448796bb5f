// Assisted publishing. See assisted.h.
#include "connect/assisted.h"

#include <array>
#include <cctype>

#include "connect/http.h"
#include "text/trim.h"

namespace parvis::connect {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool host_is(std::string_view host, std::string_view domain) {
    return host == domain || (host.size() > domain.size() && host.ends_with(domain) && host[host.size() - domain.size() - 1] == '.');
}

// The domains each network's posts live on.
bool on_network(Network n, std::string_view host) {
    switch (n) {
        case Network::x: return host_is(host, "x.com") || host_is(host, "twitter.com");
        case Network::linkedin: return host_is(host, "linkedin.com");
        case Network::instagram: return host_is(host, "instagram.com");
        case Network::threads: return host_is(host, "threads.net") || host_is(host, "threads.com");
        case Network::facebook: return host_is(host, "facebook.com") || host_is(host, "fb.com");
        default: return false;
    }
}

// The path segment after `marker` (« /status/ » → the status number), "" when absent.
std::string after(std::string_view path, std::string_view marker) {
    const auto at = path.find(marker);
    if (at == std::string_view::npos) return {};
    const std::string_view rest = path.substr(at + marker.size());
    return std::string(rest.substr(0, rest.find('/')));
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (const char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

// The post's id in the path of a permalink of that network, "" when the path is not a post's.
std::string post_id_in(Network n, std::string_view path, std::string_view query) {
    switch (n) {
        case Network::x: {  // /compte/status/1234567890
            const std::string id = after(path, "/status/");
            return all_digits(id) ? id : std::string();
        }
        case Network::linkedin: {  // /feed/update/urn:li:activity:7123…/ or /posts/compte_titre-activity-7123…-abcd
            if (std::string id = after(path, "urn:li:activity:"); all_digits(id)) return id;
            if (std::string id = after(path, "urn:li:share:"); all_digits(id)) return id;
            const auto at = path.find("-activity-");
            if (at == std::string_view::npos) return {};
            std::string_view rest = path.substr(at + 10);
            rest = rest.substr(0, rest.find('-'));
            return all_digits(rest) ? std::string(rest) : std::string();
        }
        case Network::instagram: {  // /p/SHORTCODE/ or /reel/SHORTCODE/
            std::string id = after(path, "/p/");
            if (id.empty()) id = after(path, "/reel/");
            return id;
        }
        case Network::threads: return after(path, "/post/");  // /@compte/post/SHORTCODE
        case Network::facebook: {  // /Page/posts/ID or /permalink.php?story_fbid=ID…
            if (std::string id = after(path, "/posts/"); !id.empty()) return id;
            if (std::string id = after(path, "/videos/"); !id.empty()) return id;
            const auto at = query.find("story_fbid=");
            if (at == std::string_view::npos) return {};
            const std::string_view rest = query.substr(at + 11);
            return std::string(rest.substr(0, rest.find('&')));
        }
        default: return {};
    }
}

}  // namespace

bool assisted_network(Network n) {
    return n == Network::x || n == Network::linkedin || n == Network::instagram || n == Network::threads ||
           n == Network::facebook;
}

std::string composer_url(Network n, std::string_view text, std::string_view account_url) {
    const std::string t = percent_encode(text);
    switch (n) {
        case Network::x: return "https://x.com/intent/post?text=" + t;
        case Network::threads: return "https://www.threads.net/intent/post?text=" + t;
        case Network::linkedin: return "https://www.linkedin.com/feed/?shareActive=true&text=" + t;
        case Network::instagram: return "https://www.instagram.com/";
        case Network::facebook:
            return account_url.starts_with("https://") ? std::string(account_url) : std::string("https://www.facebook.com/");
        default: return {};
    }
}

PermalinkCheck read_permalink(Network n, std::string_view pasted) {
    PermalinkCheck out;
    // A pasted address is short; a longer paste is not one (and is never scanned further).
    const std::string_view url = text::trim(pasted.substr(0, 2048), text::Spaces::unicode);
    if (url.empty()) return {.error = "empty"};
    const std::string scheme = lower(url.substr(0, 8));
    if (scheme != "https://") return {.error = "not_https"};
    std::string_view rest = url.substr(8);
    const std::string_view host_part = rest.substr(0, rest.find_first_of("/?#"));
    const std::string host = lower(host_part);
    if (!on_network(n, host)) return {.error = "other_site"};
    rest.remove_prefix(host_part.size());
    const std::string_view without_fragment = rest.substr(0, rest.find('#'));
    const auto q = without_fragment.find('?');
    const std::string_view path = without_fragment.substr(0, q);
    const std::string_view query = q == std::string_view::npos ? std::string_view{} : without_fragment.substr(q + 1);
    out.external_id = post_id_in(n, path, query);
    if (out.external_id.empty()) return {.error = "not_a_post"};
    // Facebook's story permalink needs its query; elsewhere the query is tracking (?s=20, utm_…).
    out.url = "https://" + std::string(host_part) + std::string(n == Network::facebook && !query.empty() ? without_fragment : path);
    return out;
}

}  // namespace parvis::connect
