// The index of a workspace's publications, follower snapshots and messages that every KPI figure
// scans (kpi.cpp): built once per workspace revision, in day order, so that a period is a binary
// search (`slice`). Private to core/kpi/ (kpi.cpp and kpi_index.cpp); the public handle is
// kpi::Index in kpi.h.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "kpi/kpi.h"

namespace parvis::kpi {

inline int day_index(Day d) { return static_cast<int>(date::sys_days{d}.time_since_epoch().count()); }
inline Day day_of_index(int n) { return Day{date::sys_days{date::days{n}}}; }

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

// Reads the workspace once (see kpi_index.cpp for what made it fast).
IndexData index_of(const Workspace& ws);

// The items of `period`, by binary search on their day.
template <class T>
std::pair<const T*, const T*> slice(const std::vector<T>& items, const Period& period) {
    const int from = day_index(period.from), to = day_index(period.to);
    const auto lo = std::lower_bound(items.begin(), items.end(), from, [](const T& x, int d) { return x.day < d; });
    const auto hi = std::upper_bound(lo, items.end(), to, [](int d, const T& x) { return d < x.day; });
    return {items.data() + (lo - items.begin()), items.data() + (hi - items.begin())};
}

}  // namespace parvis::kpi
