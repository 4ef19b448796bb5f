// compute_dashboard: one index of the workspace's publications and snapshots (kpi_index.h), then
// every figure as a scan of a slice of it. The publications are sorted by day so that a period is
// a binary search, not a full scan; one scan per period fills the figures of every account and of
// all accounts at once.
//
// Index
// [SECTION] Names, periods, formats
// [SECTION] Accumulators
// [SECTION] Figures of one scope
// [SECTION] Breakdowns and heatmap
// [SECTION] Targets
// [SECTION] compute_dashboard
#include "kpi/kpi.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

#include "io/enum_names.h"
#include "kpi/catalogue.h"
#include "kpi/kpi_index.h"
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

namespace {

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
    std::array<GroupAcc, io::EnumNames<PostFormat>::count> formats{};  // per PostFormat
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
