// Checking and merging the figures typed in « Saisie manuelle ». See manual_entry.h for the rules.
#include "kpi/manual_entry.h"

#include <algorithm>

#include "format/format.h"
#include "text/trim.h"

namespace parvis::kpi {

const char* manual_error_name(ManualError error) {
    switch (error) {
        case ManualError::none: return "none";
        case ManualError::unknown_account: return "unknown_account";
        case ManualError::bad_date: return "bad_date";
        case ManualError::future_date: return "future_date";
        case ManualError::bad_number: return "bad_number";
        case ManualError::negative: return "negative";
        case ManualError::missing_followers: return "missing_followers";
        case ManualError::unknown_post: return "unknown_post";
        case ManualError::no_figure: return "no_figure";
        case ManualError::duplicate: return "duplicate";
    }
    return "none";
}

namespace {

// The spaces a French number may hold between its digit groups: the ordinary space, and the
// no-break (U+00A0), narrow no-break (U+202F) and thin (U+2009) spaces that formatted numbers
// pasted from a spreadsheet or from Parvis itself carry. Returns the length of the one at `i`.
std::size_t space_at(std::string_view s, std::size_t i) {
    if (s[i] == ' ' || s[i] == '\t') return 1;
    if (s.substr(i, 2) == "\xC2\xA0") return 2;
    if (s.substr(i, 3) == "\xE2\x80\xAF" || s.substr(i, 3) == "\xE2\x80\x89") return 3;
    return 0;
}

// Post figures at or above 10^15 are no count anyone types (and would lose exactness as doubles).
constexpr int kMaxDigits = 15;

}  // namespace

ParsedCount parse_count(std::string_view text) {
    ParsedCount out;
    std::string_view s = text::trim(text, text::Spaces::unicode);
    if (s.empty()) return out;
    bool negative = false;
    if (s.front() == '-' || s.front() == '+') {
        negative = s.front() == '-';
        s.remove_prefix(1);
    } else if (s.substr(0, 3) == "\xE2\x88\x92") {  // − U+2212 MINUS SIGN, as French typography writes it
        negative = true;
        s.remove_prefix(3);
    }
    s = text::trim(s, text::Spaces::unicode);
    std::int64_t value = 0;
    int digits = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] >= '0' && s[i] <= '9') {
            if (++digits > kMaxDigits) {
                out.error = ManualError::bad_number;
                return out;
            }
            value = value * 10 + (s[i] - '0');
            ++i;
            continue;
        }
        // A separator only between two digits: « 1 234 », not « 1  234 » nor « 12 ».
        const std::size_t n = space_at(s, i);
        if (n == 0 || digits == 0 || i + n >= s.size() || !(s[i + n] >= '0' && s[i + n] <= '9')) {
            out.error = ManualError::bad_number;
            return out;
        }
        i += n;
    }
    if (digits == 0) {
        out.error = ManualError::bad_number;
        return out;
    }
    if (negative && value != 0) {
        out.error = ManualError::negative;
        return out;
    }
    out.value = value;
    return out;
}

namespace {

bool has_account(const Workspace& ws, std::string_view id) {
    return !id.empty() && std::any_of(ws.accounts.begin(), ws.accounts.end(),
                                      [&](const NetworkAccount& a) { return a.id == id; });
}

bool is_published_on(const Post& post, std::string_view account_id) {
    if (post.status != PostStatus::published || !post.published_at) return false;
    return std::any_of(post.variants.begin(), post.variants.end(),
                       [&](const PostVariant& v) { return v.account_id == account_id; });
}

// Reads one optional figure into `target`; false (with the error set) when the text is bad.
template <class Check>
bool read_figure(const std::string& text, const char* field, Count& target, Check& check) {
    const ParsedCount parsed = parse_count(text);
    if (parsed.error != ManualError::none) {
        check.error = parsed.error;
        check.field = field;
        return false;
    }
    target = parsed.value;
    return true;
}

int find_snapshot(const Workspace& ws, const AccountSnapshot& s) {
    for (std::size_t i = 0; i < ws.metrics.snapshots.size(); ++i) {
        const AccountSnapshot& x = ws.metrics.snapshots[i];
        if (x.account_id == s.account_id && x.day == s.day) return int(i);
    }
    return -1;
}

int find_post_figures(const Workspace& ws, const PostMetrics& m) {
    for (std::size_t i = 0; i < ws.metrics.posts.size(); ++i) {
        const PostMetrics& x = ws.metrics.posts[i];
        if (x.post_id == m.post_id && x.account_id == m.account_id && x.day == m.day) return int(i);
    }
    return -1;
}

// Appends `line`, or puts it in place of the first line of the same key and drops the others.
template <class T, class Same>
bool merge(std::vector<T>& lines, const T& line, bool replace, Same same) {
    const auto first = std::find_if(lines.begin(), lines.end(), same);
    if (first == lines.end()) {
        lines.push_back(line);
        return true;
    }
    if (!replace) return false;
    *first = line;
    lines.erase(std::remove_if(std::next(first), lines.end(), same), lines.end());
    return true;
}

}  // namespace

SnapshotCheck check_snapshot(const Workspace& ws, const SnapshotEntry& entry, Day today) {
    SnapshotCheck check;
    if (!has_account(ws, entry.account_id)) {
        check.error = ManualError::unknown_account;
        check.field = "account";
        return check;
    }
    check.snapshot.account_id = entry.account_id;
    const auto day = parse_day_numeric(entry.date);
    if (!day) {
        check.error = ManualError::bad_date;
        check.field = "date";
        return check;
    }
    if (today < *day) {
        check.error = ManualError::future_date;
        check.field = "date";
        return check;
    }
    check.snapshot.day = *day;
    if (!read_figure(entry.followers, "followers", check.snapshot.followers, check)) return check;
    if (!check.snapshot.followers) {
        check.error = ManualError::missing_followers;
        check.field = "followers";
        return check;
    }
    if (!read_figure(entry.impressions, "impressions", check.snapshot.impressions, check)) return check;
    if (!read_figure(entry.reach, "reach", check.snapshot.reach, check)) return check;
    check.existing = find_snapshot(ws, check.snapshot);
    if (check.existing >= 0) check.error = ManualError::duplicate;
    return check;
}

PostFiguresCheck check_post_figures(const Workspace& ws, const PostFiguresEntry& entry, Day today) {
    PostFiguresCheck check;
    if (!has_account(ws, entry.account_id)) {
        check.error = ManualError::unknown_account;
        check.field = "account";
        return check;
    }
    const auto post = std::find_if(ws.posts.begin(), ws.posts.end(), [&](const Post& p) { return p.id == entry.post_id; });
    if (entry.post_id.empty() || post == ws.posts.end() || !is_published_on(*post, entry.account_id)) {
        check.error = ManualError::unknown_post;
        check.field = "post";
        return check;
    }
    PostMetrics& m = check.metrics;
    m.post_id = entry.post_id;
    m.account_id = entry.account_id;
    m.day = today;
    if (!read_figure(entry.impressions, "impressions", m.impressions, check) ||
        !read_figure(entry.reach, "reach", m.reach, check) ||
        !read_figure(entry.reactions, "reactions", m.reactions, check) ||
        !read_figure(entry.comments, "comments", m.comments, check) ||
        !read_figure(entry.shares, "shares", m.shares, check) ||
        !read_figure(entry.saves, "saves", m.saves, check) ||
        !read_figure(entry.clicks, "clicks", m.clicks, check) ||
        !read_figure(entry.video_views, "video_views", m.video_views, check))
        return check;
    if (!m.impressions && !m.reach && !m.reactions && !m.comments && !m.shares && !m.saves && !m.clicks &&
        !m.video_views) {
        check.error = ManualError::no_figure;
        return check;
    }
    check.existing = find_post_figures(ws, m);
    if (check.existing >= 0) check.error = ManualError::duplicate;
    return check;
}

bool apply_snapshot(Workspace& ws, const SnapshotCheck& check, bool replace) {
    if (check.error != ManualError::none && check.error != ManualError::duplicate) return false;
    const AccountSnapshot& s = check.snapshot;
    if (!has_account(ws, s.account_id) || !s.followers) return false;
    // The key is looked up again: the workspace may have changed since the check.
    return merge(ws.metrics.snapshots, s, replace,
                 [&](const AccountSnapshot& x) { return x.account_id == s.account_id && x.day == s.day; });
}

bool apply_post_figures(Workspace& ws, const PostFiguresCheck& check, bool replace) {
    if (check.error != ManualError::none && check.error != ManualError::duplicate) return false;
    const PostMetrics& m = check.metrics;
    if (!has_account(ws, m.account_id)) return false;
    return merge(ws.metrics.posts, m, replace, [&](const PostMetrics& x) {
        return x.post_id == m.post_id && x.account_id == m.account_id && x.day == m.day;
    });
}

std::vector<const Post*> published_posts_of(const Workspace& ws, std::string_view account_id) {
    std::vector<const Post*> out;
    for (const Post& p : ws.posts)
        if (is_published_on(p, account_id)) out.push_back(&p);
    std::stable_sort(out.begin(), out.end(), [](const Post* a, const Post* b) { return *b->published_at < *a->published_at; });
    return out;
}

}  // namespace parvis::kpi
