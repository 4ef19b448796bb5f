// compute_dashboard: one index of the workspace's publications and snapshots, then every figure
// as a scan of a slice of it. The publications are sorted by day so that a period is a binary
// search, not a full scan; one scan per period fills the figures of every account and of all
// accounts at once.
//
// Speed (issue 7: every figure for 10 accounts × 5 years of daily snapshots and 50,000 posts in
// under 20 ms, tests/bench/kpi_bench.cpp): building the index is bound by reading the workspace's
// memory, so it reads each post and each metric line once, in their own order, and avoids what
// profiling showed on top: std::hash and memcmp of ids (ids are matched by prints), a comparison
// sort of 176-byte publications (a counting sort by day writes each 96-byte one once), a time-zone
// computation per post (the offset of each UTC day is kept) and a binary search per publication
// for its followers (a table per day).
//
// Index
// [SECTION] Names, periods, formats
// [SECTION] The index
// [SECTION] Accumulators
// [SECTION] Figures of one scope
// [SECTION] Breakdowns and heatmap
// [SECTION] Targets
// [SECTION] compute_dashboard
#include "kpi/kpi.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>

#include "calendar/time_zone.h"
#include "io/enum_names.h"
#include "kpi/catalogue.h"
#include "kpi/stats.h"

namespace parvis::kpi {

//-----------------------------------------------------------------------------
// [SECTION] Names, periods, formats
//-----------------------------------------------------------------------------

const char* base_name(EngagementBase base) {
    switch (base) {
        case EngagementBase::followers: return "followers";
        case EngagementBase::reach: return "reach";
        case EngagementBase::impressions: return "impressions";
    }
    return "reach";
}

const char* aggregation_name(Aggregation a) { return a == Aggregation::mean_of_ratios ? "mean" : "ratio"; }

std::optional<EngagementBase> base_from_name(std::string_view name) {
    if (name == "followers") return EngagementBase::followers;
    if (name == "reach") return EngagementBase::reach;
    if (name == "impressions") return EngagementBase::impressions;
    return std::nullopt;
}

std::optional<Aggregation> aggregation_from_name(std::string_view name) {
    if (name == "mean") return Aggregation::mean_of_ratios;
    if (name == "ratio") return Aggregation::ratio_of_sums;
    return std::nullopt;
}

namespace {

int day_index(Day d) { return static_cast<int>(date::sys_days{d}.time_since_epoch().count()); }
Day day_of_index(int n) { return Day{date::sys_days{date::days{n}}}; }

}  // namespace

int period_days(const Period& p) { return day_index(p.to) - day_index(p.from) + 1; }

Period previous_period(const Period& p) {
    const int length = std::max(1, period_days(p));
    const int end = day_index(p.from) - 1;
    return {day_of_index(end - length + 1), day_of_index(end)};
}

Period month_of(Day day) {
    const Day first = day.year() / day.month() / 1;
    const Day last = day.year() / day.month() / date::last;
    return {first, last};
}

PostFormat post_format(const Post& post) {
    if (post.format) return *post.format;
    int images = 0;
    bool video = false, link = false;
    for (const PostVariant& v : post.variants) {
        int variant_images = 0;
        for (const Media& m : v.media) {
            if (m.kind == MediaKind::video) video = true;
            if (m.kind == MediaKind::image) ++variant_images;
            if (m.kind == MediaKind::link_preview) link = true;
        }
        images = std::max(images, variant_images);
        if (!v.link.empty()) link = true;
    }
    if (video) return PostFormat::video;
    if (images >= 2) return PostFormat::carousel;
    if (images == 1) return PostFormat::photo;
    if (link) return PostFormat::link;
    return PostFormat::text;
}

//-----------------------------------------------------------------------------
// [SECTION] The index
//-----------------------------------------------------------------------------

namespace {

// One publication: 96 bytes rather than 176 with nine std::optional<double>, because 50,000 of
// them are written in day order and scanned for every period (memory, not arithmetic, is the cost).
// A missing figure is stored as NaN, which no count can be, and read back as nullopt.
struct Publication {
    enum Figure { followers_, reach_, impressions_, reactions_, comments_, shares_, saves_, clicks_, engagements_ };
    int day = 0;        // local day index
    int account = 0;    // index in ws.accounts
    int post = 0;       // index in ws.posts
    int type = -1;      // index in charter.message_types, -1: none
    int campaign = -1;  // index in ws.campaigns, -1: none
    std::int8_t weekday = 0;  // 0 Monday … 6 Sunday, local
    std::int8_t hour = 0;     // local
    std::int8_t format = 0;   // PostFormat, derived once per post
    // followers on the day of publication; the post's metrics; engagements = reactions + comments
    // + shares + saves, those given (missing when none is).
    double figures[9] = {kMissing, kMissing, kMissing, kMissing, kMissing, kMissing, kMissing, kMissing, kMissing};

    static constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
    Value get(Figure f) const { return std::isnan(figures[f]) ? Value() : Value(figures[f]); }
    void set(Figure f, const Value& v) { figures[f] = v ? *v : kMissing; }
    Value followers() const { return get(followers_); }
    Value reach() const { return get(reach_); }
    Value impressions() const { return get(impressions_); }
    Value reactions() const { return get(reactions_); }
    Value comments() const { return get(comments_); }
    Value shares() const { return get(shares_); }
    Value saves() const { return get(saves_); }
    Value clicks() const { return get(clicks_); }
    Value engagements() const { return get(engagements_); }
};

struct FollowerPoint {
    int day = 0;
    std::int64_t followers = 0;
};

struct Message {
    int day = 0;
    int account = 0;
    bool answered = false;
    double hours = 0;
    double business_hours = 0;
};

struct IndexData {
    std::vector<Publication> publications;             // sorted by day
    std::vector<std::vector<FollowerPoint>> followers;  // per account, sorted by day
    std::vector<Message> messages;                      // sorted by day
};

Value as_value(const std::optional<std::int64_t>& c) {
    return c ? Value(static_cast<double>(*c)) : std::nullopt;
}

// An id reduced to its length and its first and last 8 bytes: the whole id up to 16 bytes, so
// comparing prints compares such ids without reading them again.
struct IdPrint {
    std::uint64_t head = 0, tail = 0;
    std::size_t size = 0;
    bool operator==(const IdPrint&) const = default;
    bool whole() const { return size <= 16; }  // equal prints mean equal ids
};

IdPrint print_of(std::string_view id) {
    IdPrint p;
    p.size = id.size();
    if (id.size() >= 8) {
        std::memcpy(&p.head, id.data(), 8);
        std::memcpy(&p.tail, id.data() + id.size() - 8, 8);
    } else {
        for (std::size_t i = 0; i < id.size(); ++i) p.head |= std::uint64_t(static_cast<unsigned char>(id[i])) << (8 * i);
    }
    return p;
}

// Ids to positions. Accounts, message types, campaigns (and posts, for metrics out of post order)
// are looked up once per post, snapshot and message: 100,000 times. std::hash of a string and
// comparing equal-length ids with memcmp were the largest costs of the index, so ids are kept by
// their prints in a small open-addressing table; only an id longer than 16 bytes is compared byte
// by byte on a match. Like a hash map filled in order, a repeated id resolves to its first position.
class IdLookup {
public:
    explicit IdLookup(const std::vector<std::string_view>& ids) {
        std::size_t capacity = 16;
        while (capacity < 2 * ids.size()) capacity *= 2;
        mask_ = capacity - 1;
        slots_.assign(capacity, Slot{});
        ids_ = ids;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const IdPrint p = print_of(ids[i]);
            std::size_t s = hash(p) & mask_;
            bool seen = false;
            while (slots_[s].index >= 0) {
                if (same(slots_[s], p, ids[i])) {
                    seen = true;
                    break;
                }
                s = (s + 1) & mask_;
            }
            if (!seen) slots_[s] = {p, int(i)};
        }
    }
    int find(std::string_view id) const {
        const IdPrint p = print_of(id);
        for (std::size_t s = hash(p) & mask_; slots_[s].index >= 0; s = (s + 1) & mask_)
            if (same(slots_[s], p, id)) return slots_[s].index;
        return -1;
    }

private:
    struct Slot {
        IdPrint print;
        int index = -1;
    };
    static std::size_t hash(const IdPrint& p) {
        std::uint64_t h = p.head ^ ((p.tail << 21) | (p.tail >> 43)) ^ (std::uint64_t(p.size) << 56);
        h ^= h >> 33;  // MurmurHash3's finaliser: every input bit reaches the low bits the table uses
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53ull;
        return std::size_t(h ^ (h >> 33));
    }
    bool same(const Slot& slot, const IdPrint& p, std::string_view id) const {
        return slot.print == p && (p.whole() || ids_[std::size_t(slot.index)] == id);
    }
    std::vector<Slot> slots_;
    std::vector<std::string_view> ids_;
    std::size_t mask_ = 0;
};

template <class T, class F>
std::vector<std::string_view> ids_of(const std::vector<T>& items, F id) {
    std::vector<std::string_view> out;
    out.reserve(items.size());
    for (const T& item : items) out.emplace_back(id(item));
    return out;
}

// Stable sort by day. Days span a few thousand values, so a counting sort is linear and moves
// each item once, where a comparison sort of 50,000 publications was a large part of the index.
template <class T>
void sort_by_day(std::vector<T>& items) {
    const auto by_day = [](const T& x, const T& y) { return x.day < y.day; };
    if (std::is_sorted(items.begin(), items.end(), by_day)) return;
    const auto [lo, hi] = std::minmax_element(items.begin(), items.end(), by_day);
    const std::int64_t first = lo->day, span = std::int64_t(hi->day) - first + 1;
    if (span > 4 * std::int64_t(items.size()) + 4096) {  // sparse days: counting would waste memory
        std::stable_sort(items.begin(), items.end(), by_day);
        return;
    }
    std::vector<std::size_t> start(std::size_t(span) + 1, 0);
    for (const T& x : items) ++start[std::size_t(x.day - first + 1)];
    for (std::size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
    std::vector<T> sorted(items.size());
    for (T& x : items) sorted[start[std::size_t(x.day - first)]++] = std::move(x);
    items.swap(sorted);
}

// Local time in the collectivité's zone, with the UTC offset remembered per UTC day: the offset
// only changes on the two summer-time nights, so 50,000 posts need a few thousand zone look-ups.
// The days are kept in a table of about 22 years around the first instant converted (posts come
// in any order, so remembering only the last day missed almost every time); an instant outside
// it is converted directly, which is slower but gives the same result.
class LocalClock {
public:
    explicit LocalClock(std::string_view zone) : zone_(zone) {}
    LocalTime operator()(Instant at) {
        const std::int64_t day = date::floor<date::days>(at).time_since_epoch().count();
        if (days_.empty()) {
            days_.resize(kDays);
            first_ = day - kDays / 2;
        }
        DayOffset offset;
        if (day >= first_ && day - first_ < kDays) {
            DayOffset& slot = days_[std::size_t(day - first_)];
            if (!slot.known) slot = offset_of(day);
            offset = slot;
        } else {
            offset = offset_of(day);
        }
        if (offset.same) return LocalTime{at.time_since_epoch() + std::chrono::seconds{offset.seconds}};
        return to_local(at, zone_).value_or(LocalTime{at.time_since_epoch()});
    }

private:
    struct DayOffset {
        bool known = false;
        bool same = false;  // one offset the whole UTC day
        std::int32_t seconds = 0;
    };
    DayOffset offset_of(std::int64_t day) const {
        const Instant start{date::sys_days{date::days{day}}};
        const auto at_start = utc_offset(zone_, start);
        const auto at_end = utc_offset(zone_, start + date::days{1} - std::chrono::seconds{1});
        return {true, at_start && at_end && *at_start == *at_end,
                std::int32_t(at_start.value_or(std::chrono::seconds{0}).count())};
    }
    static constexpr std::int64_t kDays = 1 << 13;
    std::string_view zone_;
    std::int64_t first_ = 0;
    std::vector<DayOffset> days_;
};

// The last known followers on or before `day`; nullopt when none is known yet.
Value followers_on(const std::vector<FollowerPoint>& series, int day) {
    auto it = std::upper_bound(series.begin(), series.end(), day,
                               [](int d, const FollowerPoint& p) { return d < p.day; });
    if (it == series.begin()) return std::nullopt;
    return static_cast<double>(std::prev(it)->followers);
}

// followers_on for every publication of an account: a table of the followers of each day from
// the first snapshot to the last (a few thousand days), instead of a binary search per
// publication. Very sparse snapshots (decades apart) keep the binary search.
class FollowersByDay {
public:
    explicit FollowersByDay(const std::vector<FollowerPoint>& series) : series_(series) {
        if (series.empty()) return;
        const std::int64_t span = std::int64_t(series.back().day) - series.front().day + 1;
        if (span > 4 * std::int64_t(series.size()) + 8192) return;
        first_ = series.front().day;
        days_.resize(std::size_t(span));
        std::size_t k = 0;
        for (std::size_t d = 0; d < days_.size(); ++d) {
            while (k + 1 < series.size() && series[k + 1].day <= first_ + int(d)) ++k;
            days_[d] = static_cast<double>(series[k].followers);
        }
    }
    Value operator()(int day) const {
        if (days_.empty() || day < first_) return followers_on(series_, day);
        if (std::size_t(day - first_) >= days_.size()) return days_.back();
        return days_[std::size_t(day - first_)];
    }

private:
    const std::vector<FollowerPoint>& series_;
    int first_ = 0;
    std::vector<double> days_;
};

// Where each item goes when the items are stably sorted by day: a counting sort over the days
// (they span a few thousand values), or a stable sort of positions when the days are sparse.
template <class T>
std::vector<std::size_t> day_order(const std::vector<T>& items) {
    std::vector<std::size_t> slot(items.size());
    if (items.empty()) return slot;
    const auto by_day = [](const T& x, const T& y) { return x.day < y.day; };
    const auto [lo, hi] = std::minmax_element(items.begin(), items.end(), by_day);
    const std::int64_t first = lo->day, span = std::int64_t(hi->day) - first + 1;
    if (span > 4 * std::int64_t(items.size()) + 4096) {
        std::vector<std::size_t> order(items.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return items[a].day < items[b].day; });
        for (std::size_t k = 0; k < order.size(); ++k) slot[order[k]] = k;
        return slot;
    }
    std::vector<std::size_t> start(std::size_t(span) + 1, 0);
    for (const T& x : items) ++start[std::size_t(x.day - first + 1)];
    for (std::size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
    for (std::size_t i = 0; i < items.size(); ++i) slot[i] = start[std::size_t(items[i].day - first)]++;
    return slot;
}

// Where a publication stands, before its figures are looked up.
struct Placement {
    int day = 0, account = 0, post = 0, weekday = 0, hour = 0, format = 0, type = -1, campaign = -1;
};

// The metric lines of each post, chained by post (most posts have one line per account).
struct MetricsLink {
    int account = 0;
    int next = -1;
    const PostMetrics* metrics = nullptr;
};

IndexData index_of(const Workspace& ws) {
    IndexData index;
    const std::string& zone = ws.profile.time_zone;
    LocalClock local_clock(zone);
    IdLookup account_of(ids_of(ws.accounts, [](const NetworkAccount& a) -> std::string_view { return a.id; }));

    index.followers.resize(ws.accounts.size());
    for (const AccountSnapshot& s : ws.metrics.snapshots) {
        if (!s.followers) continue;
        const int a = account_of.find(s.account_id);
        if (a < 0) continue;
        index.followers[std::size_t(a)].push_back({day_index(s.day), *s.followers});
    }
    for (auto& series : index.followers) {
        // A day imported twice keeps its last line: stable sort, then the last of equal days.
        sort_by_day(series);
        std::size_t kept = 0;
        for (std::size_t i = 0; i < series.size(); ++i) {
            if (kept > 0 && series[kept - 1].day == series[i].day) series[kept - 1] = series[i];
            else series[kept++] = series[i];
        }
        series.resize(kept);
    }

    IdLookup type_of(ids_of(ws.charter.message_types, [](const MessageType& t) -> std::string_view { return t.id; }));
    IdLookup campaign_of(ids_of(ws.campaigns, [](const Campaign& c) -> std::string_view { return c.id; }));
    std::vector<Placement> placements;
    placements.reserve(ws.posts.size());
    // The prints of the post ids are taken while each post is at hand: the metric lines are then
    // matched to their post without reading the 50,000 posts a second time.
    std::vector<IdPrint> post_prints(ws.posts.size());
    for (std::size_t p = 0; p < ws.posts.size(); ++p) {
        const Post& post = ws.posts[p];
        post_prints[p] = print_of(post.id);
        if (post.status != PostStatus::published || !post.published_at) continue;
        Placement place;
        place.post = int(p);
        place.format = int(post_format(post));
        place.type = type_of.find(post.message_type_id);
        place.campaign = campaign_of.find(post.campaign_id);
        const LocalTime local = local_clock(*post.published_at);
        const auto local_day = date::floor<date::days>(local);
        place.day = static_cast<int>(local_day.time_since_epoch().count());
        place.weekday = int(date::weekday{local_day}.iso_encoding()) - 1;
        place.hour = static_cast<int>(date::floor<std::chrono::hours>(local - local_day).count());
        for (const PostVariant& v : post.variants) {
            place.account = account_of.find(v.account_id);
            if (place.account >= 0) placements.push_back(place);
        }
    }
    // Metrics of a (post, account) pair: the line with the latest import day wins (a later line
    // wins a tie).
    std::optional<IdLookup> post_of;  // built at the first line out of post order
    std::vector<int> metrics_head(ws.posts.size(), -1);
    std::vector<MetricsLink> links;
    links.reserve(ws.metrics.posts.size());
    int previous_post = -1;  // metrics usually come in post order: try the same or next post first
    for (const PostMetrics& m : ws.metrics.posts) {
        int post = -1;
        const IdPrint print = print_of(m.post_id);
        for (int guess : {previous_post, previous_post + 1})
            if (guess >= 0 && std::size_t(guess) < ws.posts.size() && post_prints[std::size_t(guess)] == print &&
                (print.whole() || ws.posts[std::size_t(guess)].id == m.post_id)) {
                post = guess;
                break;
            }
        if (post < 0) {
            if (!post_of) post_of.emplace(ids_of(ws.posts, [](const Post& p) -> std::string_view { return p.id; }));
            post = post_of->find(m.post_id);
            if (post < 0) continue;
        }
        previous_post = post;
        const int a = account_of.find(m.account_id);
        if (a < 0) continue;
        int link = metrics_head[std::size_t(post)];
        while (link >= 0 && links[std::size_t(link)].account != a) link = links[std::size_t(link)].next;
        if (link >= 0) {
            if (!(m.day < links[std::size_t(link)].metrics->day)) links[std::size_t(link)].metrics = &m;
        } else {
            links.push_back({a, metrics_head[std::size_t(post)], &m});
            metrics_head[std::size_t(post)] = int(links.size()) - 1;
        }
    }

    // The publications are filled in post order, which is (about) the order of the metric lines,
    // and written straight to their place in day order: reading the metrics in day order instead
    // jumped all over them and was the largest cost of the index.
    const std::vector<std::size_t> slot = day_order(placements);
    std::vector<FollowersByDay> followers_by_day;
    followers_by_day.reserve(index.followers.size());
    for (const auto& series : index.followers) followers_by_day.emplace_back(series);
    index.publications.resize(placements.size());
    for (std::size_t i = 0; i < placements.size(); ++i) {
        const Placement& place = placements[i];
        Publication& pub = index.publications[slot[i]];
        pub.day = place.day;
        pub.account = place.account;
        pub.post = place.post;
        pub.weekday = std::int8_t(place.weekday);
        pub.hour = std::int8_t(place.hour);
        pub.format = std::int8_t(place.format);
        pub.type = place.type;
        pub.campaign = place.campaign;
        pub.set(Publication::followers_, followers_by_day[std::size_t(place.account)](place.day));
        int link = metrics_head[std::size_t(place.post)];
        while (link >= 0 && links[std::size_t(link)].account != place.account) link = links[std::size_t(link)].next;
        if (link >= 0) {
            const PostMetrics& pm = *links[std::size_t(link)].metrics;
            pub.set(Publication::reach_, as_value(pm.reach));
            pub.set(Publication::impressions_, as_value(pm.impressions));
            pub.set(Publication::reactions_, as_value(pm.reactions));
            pub.set(Publication::comments_, as_value(pm.comments));
            pub.set(Publication::shares_, as_value(pm.shares));
            pub.set(Publication::saves_, as_value(pm.saves));
            pub.set(Publication::clicks_, as_value(pm.clicks));
            if (pm.reactions || pm.comments || pm.shares || pm.saves) {
                pub.set(Publication::engagements_, double(pm.reactions.value_or(0) + pm.comments.value_or(0) +
                                                          pm.shares.value_or(0) + pm.saves.value_or(0)));
            }
        }
    }

    index.messages.reserve(ws.messages.size());
    for (const InboxMessage& m : ws.messages) {
        const int a = account_of.find(m.account_id);
        if (a < 0) continue;
        const LocalTime local = local_clock(m.received_at);
        Message msg;
        msg.day = static_cast<int>(date::floor<date::days>(local).time_since_epoch().count());
        msg.account = a;
        if (m.replied_at && *m.replied_at >= m.received_at) {
            msg.answered = true;
            msg.hours = double((*m.replied_at - m.received_at).count()) / 3600.0;
            if (*m.replied_at > m.received_at)
                msg.business_hours =
                    double(business_seconds_local(local, local_clock(*m.replied_at), ws.charter.business_hours)) / 3600.0;
        }
        index.messages.push_back(msg);
    }
    sort_by_day(index.messages);
    return index;
}

template <class T>
std::pair<const T*, const T*> slice(const std::vector<T>& items, const Period& period) {
    const int from = day_index(period.from), to = day_index(period.to);
    const auto lo = std::lower_bound(items.begin(), items.end(), from, [](const T& x, int d) { return x.day < d; });
    const auto hi = std::upper_bound(lo, items.end(), to, [](int d, const T& x) { return d < x.day; });
    return {items.data() + (lo - items.begin()), items.data() + (hi - items.begin())};
}

//-----------------------------------------------------------------------------
// [SECTION] Accumulators
//-----------------------------------------------------------------------------

// A rate over publications: both aggregations at once. A publication whose numerator or
// denominator is missing, or whose denominator is 0, is left out of both.
struct RatioSum {
    double numerators = 0, denominators = 0, ratios = 0;
    int count = 0;
    void add(const Value& num, const Value& den) {
        if (!num || !den || *den <= 0) return;
        numerators += *num;
        denominators += *den;
        ratios += *num / *den;
        ++count;
    }
    Value get(Aggregation a) const {
        if (count == 0) return std::nullopt;
        if (a == Aggregation::mean_of_ratios) return ratios / count;
        return numerators / denominators;
    }
};

// A mean over the publications that have the figure.
struct Mean {
    double sum = 0;
    int count = 0;
    void add(const Value& v) {
        if (!v) return;
        sum += *v;
        ++count;
    }
    Value get() const { return count ? Value(sum / count) : std::nullopt; }
    Value total() const { return count ? Value(sum) : std::nullopt; }
};

Value base_of(const Publication& p, EngagementBase base) {
    switch (base) {
        case EngagementBase::followers: return p.followers();
        case EngagementBase::reach: return p.reach();
        case EngagementBase::impressions: return p.impressions();
    }
    return std::nullopt;
}

Value per_1000(const Value& count, const Value& followers) {
    if (!count || !followers || *followers <= 0) return std::nullopt;
    return *count / *followers * 1000.0;
}

//-----------------------------------------------------------------------------
// [SECTION] Figures of one scope
//-----------------------------------------------------------------------------

struct Community {
    Value start, end;
};

// Community of one account over a period: the end is the last snapshot within the period, the
// start the last one before it (or, for an account followed from within the period, its first).
Community community_of(const std::vector<FollowerPoint>& series, const Period& period) {
    const int from = day_index(period.from), to = day_index(period.to);
    Community c;
    const FollowerPoint* first_in = nullptr;
    const FollowerPoint* last_in = nullptr;
    const FollowerPoint* before = nullptr;
    const auto lo = std::lower_bound(series.begin(), series.end(), from,
                                     [](const FollowerPoint& p, int d) { return p.day < d; });
    if (lo != series.begin()) before = &*std::prev(lo);
    const auto hi = std::upper_bound(lo, series.end(), to, [](int d, const FollowerPoint& p) { return d < p.day; });
    if (lo != hi) {
        first_in = &*lo;
        last_in = &*std::prev(hi);
    }
    if (!last_in) return c;
    c.end = double(last_in->followers);
    c.start = double(before ? before->followers : first_in->followers);
    return c;
}

void set_growth(Figures& f, const Community& c) {
    f.followers_start = c.start;
    f.followers_end = c.end;
    if (c.start && c.end) {
        f.net_growth = *c.end - *c.start;
        if (*c.start > 0) f.growth_rate = *f.net_growth / *c.start;
    }
}

// What one scope (one account, or all accounts) gathers while the publications and messages of
// a period are scanned.
struct ScopeSums {
    int publications = 0;
    std::array<RatioSum, 3> engagement{};
    RatioSum virality, ctr;
    Mean engagements, comments, shares, reactions, comments_k, shares_k, reactions_k;
    int received = 0, answered = 0;
    std::vector<double> hours, business;

    void add(const Publication& p, const Value& comments_per_1000, const Value& shares_per_1000,
             const Value& reactions_per_1000) {
        ++publications;
        for (int b = 0; b < 3; ++b) engagement[std::size_t(b)].add(p.engagements(), base_of(p, EngagementBase(b)));
        virality.add(p.shares(), p.impressions());
        ctr.add(p.clicks(), p.impressions());
        engagements.add(p.engagements());
        comments.add(p.comments());
        shares.add(p.shares());
        reactions.add(p.reactions());
        comments_k.add(comments_per_1000);
        shares_k.add(shares_per_1000);
        reactions_k.add(reactions_per_1000);
    }
    void add(const Message& m) {
        ++received;
        if (!m.answered) return;
        ++answered;
        hours.push_back(m.hours);
        business.push_back(m.business_hours);
    }
};

// The community figures of one scope: the sum over the accounts that have figures.
void set_community(Figures& f, const IndexData& index, const Period& period, int account) {
    Community total;
    Community year_total;
    const Period year{day_of_index(day_index(period.to) - 364), period.to};
    for (std::size_t a = 0; a < index.followers.size(); ++a) {
        if (account >= 0 && int(a) != account) continue;
        const Community c = community_of(index.followers[a], period);
        if (c.start && c.end) {
            total.start = total.start.value_or(0) + *c.start;
            total.end = total.end.value_or(0) + *c.end;
        }
        const Community y = community_of(index.followers[a], year);
        if (y.start && y.end) {
            year_total.start = year_total.start.value_or(0) + *y.start;
            year_total.end = year_total.end.value_or(0) + *y.end;
        }
    }
    set_growth(f, total);
    if (year_total.start && year_total.end && *year_total.start > 0)
        f.growth_rate_year = (*year_total.end - *year_total.start) / *year_total.start;
}

Figures figures_from(const ScopeSums& s, const Period& period, const Options& options) {
    Figures f;
    f.publications = s.publications;
    const int days = period_days(period);
    if (days > 0) f.posting_frequency = 7.0 * f.publications / days;
    for (std::size_t b = 0; b < 3; ++b) f.engagement_rate_by_base[b] = s.engagement[b].get(options.aggregation);
    f.engagement_rate = f.engagement_rate_by_base[std::size_t(options.base)];
    f.engagements = s.engagements.total();
    f.conversation_rate = s.comments.get();
    f.amplification_rate = s.shares.get();
    f.applause_rate = s.reactions.get();
    f.conversation_per_1000 = s.comments_k.get();
    f.amplification_per_1000 = s.shares_k.get();
    f.applause_per_1000 = s.reactions_k.get();
    f.virality = s.virality.get(options.aggregation);
    f.click_through_rate = s.ctr.get(options.aggregation);

    f.messages_received = s.received;
    f.messages_answered = s.answered;
    if (f.messages_received > 0) f.response_rate = double(f.messages_answered) / f.messages_received;
    f.median_response_hours = median(s.hours);
    f.p90_response_hours = percentile_nearest_rank(s.hours, 90);
    f.median_response_business_hours = median(s.business);
    f.p90_response_business_hours = percentile_nearest_rank(s.business, 90);
    return f;
}

// The figures of every account (positions 0 … n − 1) and of all accounts (position n) over a
// period, in one scan of its publications and messages: each item is added to its account's
// sums and to the total, in the same order as a scan per scope would (same floating-point sums).
std::vector<Figures> figures_of(const IndexData& index, const Period& period, const Options& options) {
    const std::size_t accounts = index.followers.size();
    std::vector<ScopeSums> sums(accounts + 1);
    ScopeSums& all = sums[accounts];
    const auto [begin, end] = slice(index.publications, period);
    for (const Publication* p = begin; p != end; ++p) {
        const Value comments_k = per_1000(p->comments(), p->followers());
        const Value shares_k = per_1000(p->shares(), p->followers());
        const Value reactions_k = per_1000(p->reactions(), p->followers());
        all.add(*p, comments_k, shares_k, reactions_k);
        sums[std::size_t(p->account)].add(*p, comments_k, shares_k, reactions_k);
    }
    const auto [mb, me] = slice(index.messages, period);
    for (const Message* m = mb; m != me; ++m) {
        all.add(*m);
        sums[std::size_t(m->account)].add(*m);
    }
    std::vector<Figures> out;
    out.reserve(accounts + 1);
    for (std::size_t a = 0; a <= accounts; ++a) {
        out.push_back(figures_from(sums[a], period, options));
        set_community(out.back(), index, period, a == accounts ? -1 : int(a));
    }
    return out;
}
//-----------------------------------------------------------------------------
// [SECTION] Breakdowns and heatmap
//-----------------------------------------------------------------------------

struct GroupAcc {
    int publications = 0;
    Mean engagements;
    Mean reach;
    RatioSum rate;
};

GroupRow finish(std::string key, std::string label, const GroupAcc& g, Aggregation a) {
    GroupRow row;
    row.key = std::move(key);
    row.label = std::move(label);
    row.publications = g.publications;
    row.engagements = g.engagements.total();
    row.mean_engagements = g.engagements.get();
    row.engagement_rate = g.rate.get(a);
    row.reach = g.reach.total();
    return row;
}

void add_to(GroupAcc& g, const Publication& p, EngagementBase base) {
    ++g.publications;
    g.engagements.add(p.engagements());
    g.reach.add(p.reach());
    g.rate.add(p.engagements(), base_of(p, base));
}

void breakdowns(const IndexData& index, const Workspace& ws, const Options& options, int account, Dashboard& out) {
    std::array<GroupAcc, 8> formats{};
    std::vector<GroupAcc> types(ws.charter.message_types.size() + 1);  // last: none
    std::vector<GroupAcc> campaigns(ws.campaigns.size() + 1);
    std::array<std::vector<double>, 7 * 24> cells;

    const auto [begin, end] = slice(index.publications, options.period);
    for (const Publication* p = begin; p != end; ++p) {
        if (account >= 0 && p->account != account) continue;
        add_to(formats[std::size_t(p->format)], *p, options.base);
        add_to(types[p->type < 0 ? types.size() - 1 : std::size_t(p->type)], *p, options.base);
        add_to(campaigns[p->campaign < 0 ? campaigns.size() - 1 : std::size_t(p->campaign)], *p, options.base);
        const Value base = base_of(*p, options.base);
        if (p->engagements() && base && *base > 0)
            cells[std::size_t(p->weekday * 24 + p->hour)].push_back(*p->engagements() / *base);
    }
    for (std::size_t f = 0; f < formats.size(); ++f) {
        if (formats[f].publications == 0) continue;
        const std::string name(io::enum_name(PostFormat(f)));
        out.by_format.push_back(finish(name, name, formats[f], options.aggregation));
    }
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (types[i].publications == 0) continue;
        const bool none = i + 1 == types.size();
        out.by_message_type.push_back(finish(none ? "" : ws.charter.message_types[i].id,
                                             none ? "" : ws.charter.message_types[i].name, types[i],
                                             options.aggregation));
    }
    for (std::size_t i = 0; i < campaigns.size(); ++i) {
        if (campaigns[i].publications == 0) continue;
        const bool none = i + 1 == campaigns.size();
        out.by_campaign.push_back(finish(none ? "" : ws.campaigns[i].id, none ? "" : ws.campaigns[i].name,
                                         campaigns[i], options.aggregation));
    }
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            std::vector<double>& values = cells[std::size_t(d * 24 + h)];
            HeatCell& cell = out.heatmap[std::size_t(d)][std::size_t(h)];
            cell.publications = int(values.size());
            if (cell.publications >= std::max(1, options.min_cell_posts)) cell.median = median(std::move(values));
        }
    }
}

// Total followers per snapshot day of the period: each account's last known figure, summed over
// the accounts known by then.
std::vector<SeriesPoint> community_series(const IndexData& index, const Period& period, int account) {
    std::vector<int> days;
    for (std::size_t a = 0; a < index.followers.size(); ++a) {
        if (account >= 0 && int(a) != account) continue;
        const auto [b, e] = slice(index.followers[a], period);
        for (const FollowerPoint* p = b; p != e; ++p) days.push_back(p->day);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    std::vector<SeriesPoint> out(days.size());
    for (std::size_t i = 0; i < days.size(); ++i) out[i].day = day_of_index(days[i]);
    for (std::size_t a = 0; a < index.followers.size(); ++a) {
        if (account >= 0 && int(a) != account) continue;
        const auto& series = index.followers[a];
        std::size_t k = 0;
        const FollowerPoint* last = nullptr;
        for (std::size_t i = 0; i < days.size(); ++i) {
            while (k < series.size() && series[k].day <= days[i]) last = &series[k++];
            if (last) out[i].value += double(last->followers);
        }
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Targets
//-----------------------------------------------------------------------------

void targets(const Workspace& ws, Dashboard& out) {
    for (const Objective& o : ws.objectives) {
        for (const Target& t : o.targets) {
            TargetProgress p;
            p.objective_id = o.id;
            p.objective_title = o.title;
            p.target = t;
            const Figures* current = &out.all;
            const Figures* previous = &out.all_previous;
            bool scope_found = t.network_id.empty();
            for (const AccountFigures& a : out.accounts) {
                if (a.account_id == t.network_id) {
                    current = &a.current;
                    previous = &a.previous;
                    scope_found = true;
                }
            }
            p.measurable = find_kpi(t.kpi) != nullptr && scope_found;
            if (p.measurable) {
                p.value = figure_by_id(*current, t.kpi);
                p.previous = figure_by_id(*previous, t.kpi);
            }
            const bool at_most = t.comparison == "<=";
            if (p.value) p.met = at_most ? *p.value <= t.value : *p.value >= t.value;
            if (p.value && p.previous) {
                const double diff = *p.value - *p.previous;
                if (std::abs(diff) < 1e-9) p.trend = Trend::stable;
                else p.trend = (diff > 0) != at_most ? Trend::better : Trend::worse;
            }
            out.targets.push_back(std::move(p));
        }
    }
}

Value percent(const Value& v) { return v ? Value(*v * 100.0) : std::nullopt; }
Value count_value(int n) { return double(n); }

}  // namespace

Value figure_by_id(const Figures& f, std::string_view id) {
    if (id == "followers") return f.followers_end;
    if (id == "net_growth") return f.net_growth;
    if (id == "community_growth_rate") return percent(f.growth_rate);
    if (id == "follower_growth_year") return percent(f.growth_rate_year);
    if (id == "publications") return count_value(f.publications);
    if (id == "posting_frequency") return f.posting_frequency;
    if (id == "engagements") return f.engagements;
    if (id == "engagement_rate") return percent(f.engagement_rate);
    if (id == "engagement_rate_followers") return percent(f.engagement_rate_by_base[0]);
    if (id == "engagement_rate_reach") return percent(f.engagement_rate_by_base[1]);
    if (id == "engagement_rate_impressions") return percent(f.engagement_rate_by_base[2]);
    if (id == "conversation_rate") return f.conversation_rate;
    if (id == "amplification_rate") return f.amplification_rate;
    if (id == "applause_rate") return f.applause_rate;
    if (id == "conversation_per_1000") return f.conversation_per_1000;
    if (id == "amplification_per_1000") return f.amplification_per_1000;
    if (id == "applause_per_1000") return f.applause_per_1000;
    if (id == "virality") return percent(f.virality);
    if (id == "click_through_rate" || id == "click_rate_impressions") return percent(f.click_through_rate);
    if (id == "messages_received") return count_value(f.messages_received);
    if (id == "messages_answered") return count_value(f.messages_answered);
    if (id == "response_rate" || id == "answered_share") return percent(f.response_rate);
    if (id == "median_response_hours") return f.median_response_hours;
    if (id == "p90_response_hours") return f.p90_response_hours;
    if (id == "median_response_business_hours") return f.median_response_business_hours;
    if (id == "p90_response_business_hours") return f.p90_response_business_hours;
    return std::nullopt;
}

Period default_period(const Workspace& ws, Day today) {
    std::optional<Day> first, last;
    auto see = [&](Day d) {
        if (!first || d < *first) first = d;
        if (!last || *last < d) last = d;
    };
    for (const AccountSnapshot& s : ws.metrics.snapshots) see(s.day);
    for (const Post& p : ws.posts)
        if (p.status == PostStatus::published && p.published_at) see(Day{date::floor<date::days>(*p.published_at)});
    if (!first) return month_of(today);
    return {*first, *last};
}

//-----------------------------------------------------------------------------
// [SECTION] compute_dashboard
//-----------------------------------------------------------------------------

struct Index {
    IndexData data;
};

std::shared_ptr<const Index> build_index(const Workspace& ws) {
    return std::make_shared<const Index>(Index{index_of(ws)});
}

Dashboard compute_dashboard(const Workspace& ws, const Options& options) {
    return compute_dashboard(ws, *build_index(ws), options);
}

Dashboard compute_dashboard(const Workspace& ws, const Index& whole, const Options& options) {
    const IndexData& index = whole.data;
    Dashboard out;
    out.options = options;
    out.previous_period = previous_period(options.period);
    std::vector<Figures> current = figures_of(index, options.period, options);
    std::vector<Figures> previous = figures_of(index, out.previous_period, options);
    out.all = std::move(current.back());
    out.all_previous = std::move(previous.back());
    int filter = -1;
    for (std::size_t a = 0; a < ws.accounts.size(); ++a) {
        AccountFigures af;
        af.account_id = ws.accounts[a].id;
        af.network = ws.accounts[a].network;
        af.current = std::move(current[a]);
        af.previous = std::move(previous[a]);
        const auto [b, e] = slice(index.followers[a], options.period);
        af.followers.reserve(std::size_t(e - b));
        for (const FollowerPoint* p = b; p != e; ++p) af.followers.push_back({day_of_index(p->day), double(p->followers)});
        out.accounts.push_back(std::move(af));
        if (ws.accounts[a].id == options.account_id) filter = int(a);
    }
    breakdowns(index, ws, options, filter, out);
    out.community = community_series(index, options.period, filter);
    targets(ws, out);
    return out;
}

}  // namespace parvis::kpi
