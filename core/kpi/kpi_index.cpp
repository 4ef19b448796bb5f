// kpi_index.h's index_of. Speed (issue 7: every figure for 10 accounts × 5 years of daily
// snapshots and 50,000 posts in under 20 ms, tests/bench/kpi_bench.cpp): building the index is
// bound by reading the workspace's memory, so it reads each post and each metric line once, in
// their own order, and avoids what profiling showed on top: std::hash and memcmp of ids (ids are
// matched by prints), a comparison sort of 176-byte publications (a counting sort by day writes
// each 96-byte one once), a time-zone computation per post (the offset of each UTC day is kept)
// and a binary search per publication for its followers (a table per day).
#include "kpi/kpi_index.h"

#include <cstring>
#include <optional>
#include <string_view>

#include "calendar/time_zone.h"
#include "kpi/stats.h"

namespace parvis::kpi {
namespace {

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

}  // namespace

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
                // Summed as doubles: int64 counts from a file can overflow an int64 sum (UB).
                pub.set(Publication::engagements_, double(pm.reactions.value_or(0)) + double(pm.comments.value_or(0)) +
                                                       double(pm.shares.value_or(0)) + double(pm.saves.value_or(0)));
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

}  // namespace parvis::kpi
