// Index
// [SECTION] Errors and accounts
// [SECTION] Numbers, times, headers
// [SECTION] The merge
#include "kpi/import_rows.h"

#include <cstdlib>
#include <cmath>
#include <unordered_map>

#include "calendar/time_zone.h"
#include "io/json_read.h"
#include "io/json_types.h"
#include "io/time_text.h"
#include "text/trim.h"

namespace parvis::kpi::detail {

//-----------------------------------------------------------------------------
// [SECTION] Errors and accounts
//-----------------------------------------------------------------------------

Error import_error(const char* reason, std::string found) {
    Error e;
    e.code = ErrorCode::invalid_value;
    e.detail = capped(std::string(reason) + (found.empty() ? "" : ": " + found));
    e.args = {{"reason", reason}, {"found", io::quote_found(found)}};
    return e;
}

std::string pick_account(const Workspace& ws, const std::string& wanted, std::initializer_list<Network> networks) {
    if (!wanted.empty()) {
        for (const NetworkAccount& a : ws.accounts) {
            if (a.id != wanted) continue;
            for (Network n : networks)
                if (a.network == n) return a.id;
        }
        return "";
    }
    for (Network n : networks)
        for (const NetworkAccount& a : ws.accounts)
            if (a.network == n && a.active) return a.id;
    return "";
}

//-----------------------------------------------------------------------------
// [SECTION] Numbers, times, headers
//-----------------------------------------------------------------------------

Count parse_count(std::string_view text, bool decimal_comma, bool& bad, bool* too_large) {
    bad = false;
    std::string s;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\'') continue;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) { ++i; continue; }
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) == 0xAF) { i += 2; continue; }
        s += static_cast<char>(c);
    }
    if (s.empty() || s == "-" || s == "--" || s == "n/a" || s == "N/A" || s == "nd" || s == "N/D") return std::nullopt;
    // Thousands separators out, the decimal separator as '.'.
    std::string n;
    for (char c : s) {
        if (c == ',') {
            if (decimal_comma) n += '.';
        } else if (c == '.') {
            if (!decimal_comma) n += '.';
        } else {
            n += c;
        }
    }
    // strtod, not from_chars: Emscripten's libc++ has no floating-point from_chars. Only digits
    // and one '.' reach it, so the locale plays no part.
    bool plain = !n.empty();
    int dots = 0;
    for (char c : n) {
        if (c == '.') ++dots;
        else if (c < '0' || c > '9') plain = false;
    }
    char* end = nullptr;
    const double value = plain && dots <= 1 ? std::strtod(n.c_str(), &end) : -1;
    if (!plain || dots > 1 || end != n.c_str() + n.size() || value < 0 || !std::isfinite(value)) {
        bad = true;
        return std::nullopt;
    }
    if (value > double(kMaxCount)) {
        bad = true;
        if (too_large) *too_large = true;
        return std::nullopt;
    }
    return static_cast<std::int64_t>(std::llround(value));
}

namespace {

bool digits(std::string_view s, std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

// Reads up to `max` digits (at least 1).
bool some_digits(std::string_view s, std::size_t& at, int max, int& out) {
    out = 0;
    int n = 0;
    while (at < s.size() && n < max && s[at] >= '0' && s[at] <= '9') {
        out = out * 10 + (s[at++] - '0');
        ++n;
    }
    return n > 0;
}

}  // namespace

std::optional<Instant> parse_export_time(std::string_view text, bool day_first, std::string_view zone) {
    const std::string t(text::trim(text, text::Spaces::unicode));
    std::string_view s = t;
    int y = 0, mo = 0, d = 0, h = 12, mi = 0, sec = 0;
    std::size_t at = 0;
    if (digits(s, 0, 4, y) && s.size() >= 10 && s[4] == '-' && digits(s, 5, 2, mo) && s[7] == '-' && digits(s, 8, 2, d)) {
        at = 10;
    } else {
        int a = 0, b = 0;
        if (!some_digits(s, at, 2, a) || at >= s.size() || (s[at] != '/' && s[at] != '.')) return std::nullopt;
        ++at;
        if (!some_digits(s, at, 2, b) || at >= s.size() || (s[at] != '/' && s[at] != '.')) return std::nullopt;
        ++at;
        if (!some_digits(s, at, 4, y)) return std::nullopt;
        if (y < 100) y += 2000;
        d = day_first ? a : b;
        mo = day_first ? b : a;
    }
    std::optional<std::chrono::minutes> offset;
    if (at < s.size() && (s[at] == 'T' || s[at] == ' ' || s[at] == ',')) {
        std::size_t p = at + 1;
        while (p < s.size() && s[p] == ' ') ++p;
        if (!some_digits(s, p, 2, h) || p >= s.size() || s[p] != ':' ) return std::nullopt;
        ++p;
        if (!some_digits(s, p, 2, mi)) return std::nullopt;
        if (p < s.size() && s[p] == ':') {
            ++p;
            if (!some_digits(s, p, 2, sec)) return std::nullopt;
        }
        while (p < s.size() && s[p] == ' ') ++p;
        if (p + 1 < s.size() && (s.substr(p, 2) == "PM" || s.substr(p, 2) == "pm" || s.substr(p, 2) == "AM" || s.substr(p, 2) == "am")) {
            const bool pm = s[p] == 'P' || s[p] == 'p';
            if (h == 12) h = 0;
            if (pm) h += 12;
            p += 2;
            while (p < s.size() && s[p] == ' ') ++p;
        }
        if (p < s.size() && s[p] == '.') {  // fractions of a second
            ++p;
            while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
        }
        if (p < s.size() && (s[p] == 'Z' || s[p] == 'z')) {
            offset = std::chrono::minutes{0};
            ++p;
        } else if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
            const int sign = s[p] == '-' ? -1 : 1;
            ++p;
            int oh = 0, om = 0;
            if (!digits(s, p, 2, oh)) return std::nullopt;
            p += 2;
            if (p < s.size() && s[p] == ':') ++p;
            if (p < s.size() && !digits(s, p, 2, om)) return std::nullopt;
            if (p < s.size()) p += 2;
            offset = std::chrono::minutes{sign * (oh * 60 + om)};
        } else if (p + 3 <= s.size() && s.substr(p, 3) == "UTC") {
            offset = std::chrono::minutes{0};
            p += 3;
        }
        if (p < s.size()) return std::nullopt;
    } else if (at < s.size()) {
        return std::nullopt;
    }
    const date::year_month_day ymd{date::year{y}, date::month{unsigned(mo)}, date::day{unsigned(d)}};
    if (!ymd.ok() || !io::is_sane_year(y) || h > 23 || mi > 59 || sec > 60) return std::nullopt;
    const auto local = date::local_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{sec};
    if (offset) return Instant{local.time_since_epoch() - *offset};
    const LocalTimeResolution r = from_local(LocalTime{local}, zone);
    if (r.kind == LocalTimeKind::unknown_zone) return Instant{local.time_since_epoch()};
    return r.later;
}

std::string fold_header(std::string_view header) {
    static const std::pair<const char*, char> accents[] = {
        {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"à", 'a'}, {"â", 'a'}, {"î", 'i'}, {"ï", 'i'},
        {"ô", 'o'}, {"û", 'u'}, {"ù", 'u'}, {"ç", 'c'}, {"É", 'e'}, {"’", '\''}, {"‘", '\''},
    };
    std::string out;
    const std::string t(text::trim(header, text::Spaces::unicode));
    for (std::size_t i = 0; i < t.size();) {
        bool replaced = false;
        for (const auto& [from, to] : accents) {
            const std::string_view f(from);
            if (t.compare(i, f.size(), f) == 0) {
                out += to;
                i += f.size();
                replaced = true;
                break;
            }
        }
        if (replaced) continue;
        const char c = t[i++];
        out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return out;
}

std::optional<PostFormat> format_from_type(std::string_view type) {
    const std::string f = fold_header(type);
    auto has = [&](const char* w) { return f.find(w) != std::string::npos; };
    if (has("reel")) return PostFormat::reel;
    if (has("carousel") || has("carrousel") || has("album")) return PostFormat::carousel;
    if (has("story") || has("stories")) return PostFormat::story;
    if (has("live") || has("direct")) return PostFormat::live;
    if (has("video")) return PostFormat::video;
    if (has("photo") || has("image")) return PostFormat::photo;
    if (has("link") || has("lien")) return PostFormat::link;
    if (has("text") || has("statu") || has("article")) return PostFormat::text;
    return std::nullopt;
}

//-----------------------------------------------------------------------------
// [SECTION] The merge
//-----------------------------------------------------------------------------

namespace {

// Text compared for matching: spaces collapsed, the first 80 bytes (exports may cut the text).
std::string text_key(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        const bool is_space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (is_space) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
        if (out.size() >= 80) break;
    }
    return out;
}

std::string title_of(const std::string& text) {
    std::string first = text.substr(0, text.find('\n'));
    if (first.size() <= 60) return first.empty() ? "Publication importée" : first;
    std::size_t cut = 60;
    while (cut > 0 && (static_cast<unsigned char>(first[cut]) & 0xC0) == 0x80) --cut;
    return first.substr(0, cut) + "…";
}

bool same_figures(const PostMetrics& m, const ImportedRow& r) {
    return m.impressions == r.impressions && m.reach == r.reach && m.reactions == r.reactions &&
           m.comments == r.comments && m.shares == r.shares && m.clicks == r.clicks && m.saves == r.saves &&
           m.video_views == r.video_views;
}

void set_figures(PostMetrics& m, const ImportedRow& r) {
    m.impressions = r.impressions;
    m.reach = r.reach;
    m.reactions = r.reactions;
    m.comments = r.comments;
    m.shares = r.shares;
    m.clicks = r.clicks;
    m.saves = r.saves;
    m.video_views = r.video_views;
}

std::string safe_id_part(std::string_view s) {
    std::string out;
    for (char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') out += c;
        if (out.size() >= 40) break;
    }
    return out;
}

}  // namespace

void apply_rows(Workspace& ws, const std::string& account_id, const std::vector<ImportedRow>& rows, Day today,
                ImportReport& report) {
    const std::string& zone = ws.profile.time_zone;
    auto local_day = [&](Instant at) {
        const LocalTime l = to_local(at, zone).value_or(LocalTime{at.time_since_epoch()});
        return date::floor<date::days>(l).time_since_epoch().count();
    };
    // Where each publication of the account is, by platform id, permalink and day + text.
    std::unordered_map<std::string, std::size_t> by_id, by_link, by_day_text;
    std::unordered_map<std::string, std::size_t> ids;
    auto index_post = [&](std::size_t p) {
        const Post& post = ws.posts[p];
        for (const PostVariant& v : post.variants) {
            if (v.account_id != account_id) continue;
            if (!v.external_id.empty()) by_id.emplace(v.external_id, p);
            if (!v.permalink.empty()) by_link.emplace(v.permalink, p);
            const auto at = post.published_at ? post.published_at : post.scheduled_at;
            if (at) by_day_text.emplace(std::to_string(local_day(*at)) + "|" + text_key(v.text), p);
        }
    };
    for (std::size_t p = 0; p < ws.posts.size(); ++p) {
        ids.emplace(ws.posts[p].id, p);
        index_post(p);
    }
    std::unordered_map<std::string, std::size_t> metrics_of;  // post id → metrics line of the account
    for (std::size_t i = 0; i < ws.metrics.posts.size(); ++i)
        if (ws.metrics.posts[i].account_id == account_id) metrics_of[ws.metrics.posts[i].post_id] = i;

    for (const ImportedRow& r : rows) {
        std::optional<std::size_t> found;
        if (!r.external_id.empty())
            if (auto it = by_id.find(r.external_id); it != by_id.end()) found = it->second;
        if (!found && !r.permalink.empty())
            if (auto it = by_link.find(r.permalink); it != by_link.end()) found = it->second;
        if (!found && !r.text.empty())
            if (auto it = by_day_text.find(std::to_string(local_day(r.published_at)) + "|" + text_key(r.text));
                it != by_day_text.end())
                found = it->second;
        if (!found) {
            Post post;
            std::string base = "imp-" + report.network + "-" +
                               (r.external_id.empty() ? std::to_string(r.published_at.time_since_epoch().count())
                                                      : safe_id_part(r.external_id));
            post.id = base;
            for (int n = 2; ids.count(post.id); ++n) post.id = base + "-" + std::to_string(n);
            post.title = title_of(r.text);
            post.status = PostStatus::published;
            post.published_at = r.published_at;
            post.format = r.format;
            PostVariant variant;
            variant.account_id = account_id;
            variant.text = r.text;
            variant.external_id = r.external_id;
            variant.permalink = r.permalink;
            post.variants.push_back(std::move(variant));
            ws.posts.push_back(std::move(post));
            found = ws.posts.size() - 1;
            ids.emplace(ws.posts.back().id, *found);
            index_post(*found);
            ++report.posts_added;
        } else {
            // Remember the platform's id and link on a publication planned in Parvis.
            for (PostVariant& v : ws.posts[*found].variants) {
                if (v.account_id != account_id) continue;
                if (v.external_id.empty() && !r.external_id.empty()) {
                    v.external_id = r.external_id;
                    by_id.emplace(r.external_id, *found);
                }
                if (v.permalink.empty() && !r.permalink.empty()) {
                    v.permalink = r.permalink;
                    by_link.emplace(r.permalink, *found);
                }
            }
        }
        const std::string& post_id = ws.posts[*found].id;
        const auto m = metrics_of.find(post_id);
        if (m == metrics_of.end()) {
            PostMetrics line;
            line.post_id = post_id;
            line.account_id = account_id;
            line.day = today;
            set_figures(line, r);
            ws.metrics.posts.push_back(line);
            metrics_of[post_id] = ws.metrics.posts.size() - 1;
            ++report.metrics_added;
        } else if (same_figures(ws.metrics.posts[m->second], r)) {
            ++report.unchanged;
        } else {
            PostMetrics& line = ws.metrics.posts[m->second];
            set_figures(line, r);
            line.day = today;
            ++report.metrics_updated;
        }
    }
}

}  // namespace parvis::kpi::detail
