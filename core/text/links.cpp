// Index
// [SECTION] Character classes (twitter-text's regexp.js, case-insensitive)
// [SECTION] Domains and top-level domains
// [SECTION] Path and query
// [SECTION] Validity (IDNA length, URL length)
// [SECTION] The scan
//
// twitter-text matches one big regular expression; this is the same grammar walked by hand, so
// that it runs without a regex engine (none is cheap in wasm) and in linear time in practice.
// Where the regex would backtrack, the code tries the alternatives in the regex's order.
#include "text/links.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "text/punycode.h"
#include "text/unicode_tables.h"
#include "text/utf8.h"

namespace parvis::text {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Character classes
//-----------------------------------------------------------------------------

constexpr std::size_t kMaxUrlLength = 4096;
constexpr std::size_t kMaxTcoSlugLength = 40;
constexpr std::size_t kMaxLabelLength = 63;
constexpr std::size_t kMaxTldLength = 32;  // code points; the longest in the list is shorter

constexpr bool is_ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_alnum(char32_t c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
char32_t ascii_lower(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

constexpr bool is_space(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 || c == 0x180E ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}
constexpr bool is_invalid_char(char32_t c) { return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF; }
constexpr bool is_directional_marker(char32_t c) {
    return (c >= 0x202A && c <= 0x202E) || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2066 && c <= 0x2069);
}
// twitter-text's `punct`: ASCII punctuation except « " » and « ` ».
constexpr bool is_punct(char32_t c) {
    if (c == '"' || c == '`') return false;
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}
constexpr bool is_domain_char_by_rule(char32_t c) {
    return !is_punct(c) && !is_space(c) && !is_invalid_char(c) && !is_directional_marker(c);
}

// Before a link: not a letter, a digit, @, $ or # (or their full-width forms), unless a
// directional marker.
constexpr bool is_valid_preceding_by_rule(char32_t c) {
    if (is_directional_marker(c)) return true;
    return !(is_ascii_alnum(c) || c == '@' || c == 0xFF20 || c == '$' || c == '#' || c == 0xFF03 || is_invalid_char(c));
}

// The two classes the scan asks about every character, for ASCII as one table lookup computed at
// compile time (most of a French post is ASCII).
constexpr unsigned char kDomainChar = 1, kValidPreceding = 2;
constexpr std::array<unsigned char, 128> kAsciiClasses = [] {
    std::array<unsigned char, 128> t{};
    for (char32_t c = 0; c < 128; ++c) {
        t[c] = static_cast<unsigned char>((is_domain_char_by_rule(c) ? kDomainChar : 0) |
                                          (is_valid_preceding_by_rule(c) ? kValidPreceding : 0));
    }
    return t;
}();

bool is_domain_char(char32_t c) { return c < 128 ? (kAsciiClasses[c] & kDomainChar) != 0 : is_domain_char_by_rule(c); }
bool is_label_char(char32_t c) { return is_domain_char(c) || c == '-' || c == '_'; }
bool is_valid_preceding(char32_t c) {
    return c < 128 ? (kAsciiClasses[c] & kValidPreceding) != 0 : is_valid_preceding_by_rule(c);
}

bool is_latin_accent(char32_t c) {
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x24F) || c == 0x253 ||
           c == 0x254 || c == 0x256 || c == 0x257 || c == 0x259 || c == 0x25B || c == 0x263 || c == 0x268 ||
           c == 0x26F || c == 0x272 || c == 0x289 || c == 0x28B || c == 0x2BB || (c >= 0x300 && c <= 0x36F) ||
           (c >= 0x1E00 && c <= 0x1EFF);
}
bool is_cyrillic(char32_t c) { return c >= 0x400 && c <= 0x4FF; }

bool is_path_char(char32_t c) {
    if (is_ascii_alnum(c) || is_cyrillic(c) || is_latin_accent(c)) return true;
    switch (c) {
        case '!': case '*': case '\'': case ';': case ':': case '=': case '+': case ',': case '.': case '$':
        case '/': case '%': case '#': case '[': case ']': case '-': case 0x2013: case '_': case '~': case '&':
        case '|': case '@':
            return true;
        default:
            return false;
    }
}
bool is_path_ending_char(char32_t c) {
    return is_ascii_alnum(c) || is_cyrillic(c) || is_latin_accent(c) || c == '+' || c == '-' || c == '=' || c == '_' ||
           c == '#' || c == '/';
}
bool is_query_char(char32_t c) {
    if (is_ascii_alnum(c)) return true;
    switch (c) {
        case '!': case '?': case '*': case '\'': case '@': case '(': case ')': case ';': case ':': case '&':
        case '=': case '+': case '$': case '/': case '%': case '#': case '[': case ']': case '-': case '_':
        case '.': case ',': case '~': case '|':
            return true;
        default:
            return false;
    }
}
bool is_query_ending_char(char32_t c) {
    return is_ascii_alnum(c) || c == '-' || c == '_' || c == '&' || c == '=' || c == '#' || c == '/';
}

bool starts_with_ci(std::u32string_view text, std::size_t at, std::string_view ascii) {
    if (text.size() - at < ascii.size()) return false;
    for (std::size_t k = 0; k < ascii.size(); ++k) {
        if (ascii_lower(text[at + k]) != static_cast<char32_t>(ascii[k])) return false;
    }
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Domains and top-level domains
//-----------------------------------------------------------------------------

// After a top-level domain: not [0-9a-z@+-] (the regex's lookahead, case-insensitive).
bool tld_may_end_before(std::u32string_view text, std::size_t at, std::size_t limit) {
    if (at >= limit) return true;
    const char32_t c = text[at];
    return !(is_ascii_alnum(c) || c == '@' || c == '+' || c == '-');
}

// End of the top-level domain starting at `at` (gTLD, ccTLD or « xn--… »), 0 when there is none.
// `limit` is where the text being matched ends (the whole text, or a domain being re-read).
std::size_t match_tld(std::u32string_view text, std::size_t at, std::size_t limit) {
    // The candidate in lower case and UTF-8, on the stack: this runs after every dot of a post.
    // (Left uninitialised: only the entries written below are read.)
    std::array<std::size_t, kMaxTldLength + 1> byte_end;
    std::array<char, 4 * kMaxTldLength> lower;
    std::size_t n = 0, bytes = 0;
    byte_end[0] = 0;
    while (n < kMaxTldLength && at + n < limit && is_domain_char(text[at + n])) {
        bytes += utf8::encode(ascii_lower(text[at + n]), lower.data() + bytes);
        byte_end[++n] = bytes;
    }
    for (std::size_t len = n; len > 0; --len) {
        if (tld_may_end_before(text, at + len, limit) && is_top_level_domain(std::string_view(lower.data(), byte_end[len]))) {
            return at + len;
        }
    }
    if (limit - at > 4 && starts_with_ci(text, at, "xn--")) {
        std::size_t end = at + 4;
        while (end < limit && (is_ascii_alnum(text[end]) || text[end] == '-')) ++end;
        if (end > at + 4) return end;
    }
    return 0;
}

// The generated list of top-level domains (about 1,500, sorted) as a hash set, built once: the
// scan asks after every dot of a post, and one hash and a compare or two answer faster than a
// binary search of a dozen string comparisons.
class TopLevelDomainSet {
public:
    TopLevelDomainSet() {
        std::size_t slots = 1;
        while (slots < 2 * tables::top_level_domains_size) slots *= 2;  // at most half full
        slots_.assign(slots, 0);
        for (std::size_t i = 0; i < tables::top_level_domains_size; ++i) {
            std::size_t at = hash(tables::top_level_domains[i]) & (slots - 1);
            while (slots_[at] != 0) at = (at + 1) & (slots - 1);
            slots_[at] = static_cast<std::uint32_t>(i + 1);
        }
    }
    bool contains(std::string_view label) const {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t at = hash(label) & mask; slots_[at] != 0; at = (at + 1) & mask) {
            if (tables::top_level_domains[slots_[at] - 1] == label) return true;
        }
        return false;
    }

private:
    static std::uint32_t hash(std::string_view s) {  // FNV-1a
        std::uint32_t h = 2166136261u;
        for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
        return h;
    }
    std::vector<std::uint32_t> slots_;  // index + 1 into tables::top_level_domains, 0 when free
};

struct Label {
    std::size_t begin, end;  // the dot is at `end`
};
constexpr std::size_t kInlineLabels = 16;  // "a.b.c…" runs longer than this go to the heap

// The "label." runs from `at`, greedily, as far as they go.
void collect_labels(std::u32string_view text, std::size_t at, std::size_t limit, bool (*is_char)(char32_t),
                    SmallVectorRef<Label>& labels) {
    labels.clear();
    std::size_t q = at;
    while (q < limit) {
        std::size_t r = q;
        while (r < limit && is_char(text[r])) ++r;
        if (r == q || r >= limit || text[r] != '.') break;
        labels.push_back({q, r});
        q = r + 1;
    }
}

bool edges_are_domain_chars(std::u32string_view text, const Label& l) {
    return is_domain_char(text[l.begin]) && is_domain_char(text[l.end - 1]);
}

// What the starts inside one run of label characters share: a long word of CJK text (every
// character of which may start a link) must not be rescanned from each of its characters, or a
// long post would cost quadratic time on every keystroke.
struct RunCache {
    std::size_t begin = 1, end = 0;  // the run [begin, end) last scanned (empty at first)
    std::size_t last_underscore = std::u32string_view::npos;
    SmallVector<Label, kInlineLabels> tail;  // the "label." runs after the run's dot (none if no dot follows)
    bool dot = false;
};

// validDomain: subdomain* domainName tld. Subdomains may hold « _ » inside, the name may not.
// Returns the end of the domain, 0 when none starts at `at`.
std::size_t match_domain(std::u32string_view text, std::size_t at, SmallVectorRef<Label>& labels, RunCache& cache) {
    if (!(at >= cache.begin && at < cache.end)) {
        std::size_t r = at;
        cache.last_underscore = std::u32string_view::npos;
        while (r < text.size() && is_label_char(text[r])) {
            if (text[r] == '_') cache.last_underscore = r;
            ++r;
        }
        cache.begin = at;
        cache.end = r;
        cache.dot = r > at && r < text.size() && text[r] == '.';
        cache.tail.clear();
        if (cache.dot) collect_labels(text, r + 1, text.size(), is_label_char, cache.tail);
    }
    if (!cache.dot) return 0;
    labels.clear();
    labels.push_back({at, cache.end});
    labels.append(cache.tail.begin(), cache.tail.end());
    std::size_t valid_prefix = 0;  // labels[0..valid_prefix) are valid subdomains
    while (valid_prefix < labels.size() && edges_are_domain_chars(text, labels[valid_prefix])) ++valid_prefix;
    for (std::size_t k = std::min(labels.size(), valid_prefix + 1); k > 0; --k) {
        const Label& name = labels[k - 1];
        if (!edges_are_domain_chars(text, name)) continue;
        const bool has_underscore =
            k == 1 ? (cache.last_underscore != std::u32string_view::npos && cache.last_underscore >= at)
                   : std::find(text.begin() + static_cast<std::ptrdiff_t>(name.begin),
                               text.begin() + static_cast<std::ptrdiff_t>(name.end), U'_') !=
                         text.begin() + static_cast<std::ptrdiff_t>(name.end);
        if (has_underscore) continue;
        if (const std::size_t end = match_tld(text, name.end + 1, text.size())) return end;
    }
    return 0;
}

bool is_ascii_domain_char(char32_t c) { return is_ascii_alnum(c) || c == '-' || is_latin_accent(c); }

// validAsciiDomain, searched globally inside [begin, end): every match, in order.
template <class F>
void for_each_ascii_domain(std::u32string_view text, std::size_t begin, std::size_t end, SmallVectorRef<Label>& labels, F&& found) {
    std::size_t i = begin;
    while (i < end) {
        collect_labels(text, i, end, is_ascii_domain_char, labels);
        std::size_t match_end = 0;
        for (std::size_t k = labels.size(); k > 0 && match_end == 0; --k) match_end = match_tld(text, labels[k - 1].end + 1, end);
        if (match_end != 0) {
            found(i, match_end);
            i = match_end;
        } else if (labels.empty()) {
            // No "label." from here: none from any later start inside the same run either.
            std::size_t r = i;
            while (r < end && is_ascii_domain_char(text[r])) ++r;
            i = std::max(r, i + 1);
        } else {
            ++i;
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Path and query
//-----------------------------------------------------------------------------

// validUrlBalancedParens at `at` (an opening parenthesis): its end, or 0.
std::size_t match_balanced_parens(std::u32string_view text, std::size_t at) {
    std::size_t i = at + 1;
    const std::size_t n = text.size();
    const std::size_t start = i;
    while (i < n && is_path_char(text[i])) ++i;
    if (i < n && text[i] == ')' && i > start) return i + 1;  // ( chars+ )
    if (i < n && text[i] == '(') {                           // ( chars* ( chars+ ) chars* )
        std::size_t j = i + 1;
        const std::size_t inner = j;
        while (j < n && is_path_char(text[j])) ++j;
        if (j == inner || j >= n || text[j] != ')') return 0;
        ++j;
        while (j < n && is_path_char(text[j])) ++j;
        if (j < n && text[j] == ')') return j + 1;
    }
    return 0;
}

// The path after its first « / » (at `at`): the longest run of path characters and balanced
// parentheses that ends on an ending character or a parenthesis group.
std::size_t match_path(std::u32string_view text, std::size_t at) {
    std::size_t i = at, last_end = at;
    while (i < text.size()) {
        const char32_t c = text[i];
        if (c == '(') {
            const std::size_t close = match_balanced_parens(text, i);
            if (close == 0) break;
            i = close;
            last_end = i;
        } else if (is_path_char(c)) {
            ++i;
            if (is_path_ending_char(c)) last_end = i;
        } else {
            break;
        }
    }
    return last_end;
}

// The query after its « ? » (at `at`): query characters up to the last ending one; `at` when
// there is none (then the « ? » is not part of the link).
std::size_t match_query(std::u32string_view text, std::size_t at) {
    std::size_t i = at, last_end = at;
    while (i < text.size() && is_query_char(text[i])) {
        if (is_query_ending_char(text[i])) last_end = i + 1;
        ++i;
    }
    return last_end;
}

//-----------------------------------------------------------------------------
// [SECTION] Validity
//-----------------------------------------------------------------------------

std::size_t utf16_units(std::u32string_view text, std::size_t begin, std::size_t end) {
    std::size_t units = 0;
    for (std::size_t i = begin; i < end; ++i) units += utf8::utf16_length(text[i]);
    return units;
}

// twitter-text's isValidUrl: every label encodes to 1..63 characters, and the link with its
// host encoded and a scheme is at most 4,096 characters. Lengths are UTF-16 units, as in JS.
bool is_valid_url(std::u32string_view text, std::size_t url_begin, std::size_t url_end, std::size_t domain_begin,
                  std::size_t domain_end, std::size_t scheme_length, SmallVectorRef<Label>& labels) {
    const std::u32string_view domain = text.substr(domain_begin, domain_end - domain_begin);
    if (domain.substr(0, 4) == U"xn--") {
        bool has_ascii_domain = false;
        for_each_ascii_domain(text, domain_begin, domain_end, labels, [&](std::size_t, std::size_t) { has_ascii_domain = true; });
        if (!has_ascii_domain) return false;
    }
    std::size_t encoded_length = 0;
    std::string encoded;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = domain.find(U'.', start);
        const std::u32string_view label = domain.substr(start, dot == std::u32string_view::npos ? std::u32string_view::npos : dot - start);
        std::size_t length = label.size();
        if (std::any_of(label.begin(), label.end(), [](char32_t c) { return c > 0x7E; })) {
            if (!punycode_encode(label, encoded)) return false;
            length = 4 + encoded.size();
        }
        if (length < 1 || length > kMaxLabelLength) return false;
        encoded_length += length;
        if (dot == std::u32string_view::npos) break;
        encoded_length += 1;
        start = dot + 1;
    }
    const std::size_t url_units = utf16_units(text, url_begin, url_end);
    const std::size_t domain_units = utf16_units(text, domain_begin, domain_end);
    return scheme_length + url_units + encoded_length - domain_units <= kMaxUrlLength;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The scan
//-----------------------------------------------------------------------------

bool is_top_level_domain(std::string_view label) {
    static const TopLevelDomainSet set;
    return set.contains(label);
}

namespace {

// The next « . » at or after `from`: eight code points at a time, the comparisons of a block
// without branches (the compiler vectorises them), since every post is searched whole.
std::size_t next_dot(std::u32string_view text, std::size_t from) {
    std::size_t i = from;
    for (; i + 8 <= text.size(); i += 8) {
        bool any = false;
        for (std::size_t k = 0; k < 8; ++k) any |= text[i + k] == U'.';
        if (any) break;
    }
    for (; i < text.size(); ++i) {
        if (text[i] == U'.') return i;
    }
    return std::u32string_view::npos;
}

// The positions [begin, end) from which a link may start.
struct Window {
    std::size_t begin, end;
};

// Every link's domain ends with a top-level domain right after a dot (match_domain), and from the
// domain's start to that dot it holds only label characters and dots, after at most « https:// »
// (8 characters). So a link may only start from 8 before such a run up to its dot: a post without
// links skips the scan of its characters, one with links scans only around them. Windows are in
// order and do not overlap.
void find_link_windows(std::u32string_view text, SmallVectorRef<Window>& windows) {
    constexpr std::size_t kLongestScheme = 8;  // « https:// »
    for (std::size_t dot = next_dot(text, 0); dot != std::u32string_view::npos; dot = next_dot(text, dot + 1)) {
        if (match_tld(text, dot + 1, text.size()) == 0) continue;
        // Back over the run; what the previous window covers needs no second walk.
        const std::size_t floor = windows.empty() ? 0 : windows.back().end;
        std::size_t run = dot;
        while (run > floor && (is_label_char(text[run - 1]) || text[run - 1] == '.')) --run;
        const std::size_t begin = run >= kLongestScheme ? run - kLongestScheme : 0;
        if (!windows.empty() && begin <= windows.back().end) {
            windows.back().end = dot;
        } else {
            windows.push_back({begin, dot});
        }
    }
}

// The scan, for either kind of output (std::vector or SmallVector).
template <class Out>
void scan_links(std::u32string_view text, Out& out, LinkOptions options) {
    // twitter-text's early exit (without a dot, find_link_windows finds nothing either).
    if (!options.without_scheme && text.find(U':') == std::u32string_view::npos) return;
    SmallVector<Window, 8> windows;
    find_link_windows(text, windows);
    if (windows.empty()) return;
    SmallVector<Label, kInlineLabels> labels;
    RunCache cache;
    const std::size_t n = text.size();
    std::size_t search_from = 0;  // the regex's lastIndex: the preceding character is at or after it
    std::size_t window = 0;
    for (std::size_t s = windows[0].begin; s < n; ++s) {
        while (window < windows.size() && windows[window].end <= s) ++window;
        if (window == windows.size()) break;
        s = std::max(s, windows[window].begin);
        const bool at_start = s == 0;
        if (!at_start && (s - 1 < search_from || !is_valid_preceding(text[s - 1]))) continue;

        std::size_t domain_begin = s;
        bool has_scheme = false;
        if (starts_with_ci(text, s, "https://")) {
            domain_begin = s + 8;
            has_scheme = true;
        } else if (starts_with_ci(text, s, "http://")) {
            domain_begin = s + 7;
            has_scheme = true;
        }
        const std::size_t domain_end = match_domain(text, domain_begin, labels, cache);
        if (domain_end == 0) continue;

        std::size_t end = domain_end;
        if (end + 1 < n && text[end] == ':' && is_ascii_digit(text[end + 1])) {
            ++end;
            while (end < n && is_ascii_digit(text[end])) ++end;
        }
        bool has_path = false;
        if (end < n && text[end] == '/') {
            has_path = true;
            end = match_path(text, end + 1);
        }
        if (end < n && text[end] == '?') {
            const std::size_t query_end = match_query(text, end + 1);
            if (query_end > end + 1) end = query_end;
        }
        search_from = end;
        const std::size_t url_begin = s;
        s = end - 1;  // the loop's ++s: the next link's preceding character is at `end` or later

        const std::size_t scheme_length = has_scheme ? domain_begin - url_begin : 8;  // default « https:// »
        if (!is_valid_url(text, url_begin, end, domain_begin, domain_end, scheme_length, labels)) continue;

        if (!has_scheme) {
            if (!options.without_scheme) continue;
            if (!at_start) {
                const char32_t before = text[url_begin - 1];
                if (before == '-' || before == '_' || before == '.' || before == '/') continue;
            }
            const std::size_t first_new = out.size();
            for_each_ascii_domain(text, domain_begin, domain_end, labels,
                                  [&](std::size_t b, std::size_t e) { out.push_back({b, e, false}); });
            if (out.size() == first_new) continue;
            if (has_path) out.back().end = end;
            continue;
        }

        // t.co links take no extra path: only their slug (and a query).
        std::size_t link_end = end;
        const std::size_t tco = domain_begin;
        if (starts_with_ci(text, tco, "t.co/")) {
            std::size_t slug_end = tco + 5;
            while (slug_end < end && is_ascii_alnum(text[slug_end])) ++slug_end;
            if (slug_end > tco + 5) {
                if (slug_end - (tco + 5) > kMaxTcoSlugLength) continue;
                link_end = slug_end;
                if (link_end < end && text[link_end] == '?') {
                    std::size_t q = link_end + 1, last = link_end;
                    while (q < end && is_query_char(text[q])) {
                        if (is_query_ending_char(text[q])) last = q + 1;
                        ++q;
                    }
                    if (last > link_end) link_end = last;
                }
            }
        }
        out.push_back({url_begin, link_end, true});
    }
}

}  // namespace

void find_links(std::u32string_view text, std::vector<LinkSpan>& out, LinkOptions options) { scan_links(text, out, options); }
void find_links(std::u32string_view text, SmallVectorRef<LinkSpan>& out, LinkOptions options) { scan_links(text, out, options); }

std::u32string decode_utf8(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {  // ASCII, most of a French text
            out.push_back(static_cast<unsigned char>(text[i++]));
            continue;
        }
        const auto d = utf8::decode(text, i);
        out.push_back(d.code_point);
        i += d.length;
    }
    return out;
}

std::vector<Link> extract_links(std::string_view text, LinkOptions options) {
    const std::u32string decoded = decode_utf8(text);
    std::vector<LinkSpan> spans;
    find_links(decoded, spans, options);
    std::vector<Link> links;
    std::size_t cp = 0, byte = 0, unit = 0;
    auto advance_to = [&](std::size_t target) {
        while (cp < target) {
            byte += utf8::decode(text, byte).length;
            unit += utf8::utf16_length(decoded[cp]);
            ++cp;
        }
    };
    for (const LinkSpan& span : spans) {
        Link link;
        advance_to(span.begin);
        link.byte_begin = byte;
        link.utf16_begin = unit;
        advance_to(span.end);
        link.byte_end = byte;
        link.utf16_end = unit;
        link.url = std::string(text.substr(link.byte_begin, link.byte_end - link.byte_begin));
        link.has_scheme = span.has_scheme;
        links.push_back(std::move(link));
    }
    return links;
}

}  // namespace parvis::text
