// The KPIs of the dashboard, the CLI and the report: every figure computed from the workspace's
// metrics, documented in the catalogue (core/kpi/catalogue.h, texts in assets/i18n/kpi.json).
//
// Rules every formula follows:
// - A missing figure is missing: a post whose reach was not given is left out of a rate by reach,
//   never counted as 0. A zero or missing denominator gives « pas de valeur » (nullopt), never NaN.
// - Rates are ratios (0.0231 for 2,31 %); the UI and the report multiply by 100 where they say %.
// - Days are the collectivité's days (Profile::time_zone); a period is [from, to], both included.
// - A publication is one published post on one account (a post on three networks counts three).
//
// Index
// [SECTION] Options
// [SECTION] Figures of one period and one scope
// [SECTION] Breakdowns, heatmap, series, targets
// [SECTION] The dashboard
#pragma once
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/workspace.h"

namespace parvis::kpi {

using Value = std::optional<double>;  // nullopt: « pas de valeur »

//-----------------------------------------------------------------------------
// [SECTION] Options
//-----------------------------------------------------------------------------

// The denominator of the engagement rate (DESIGN.md: no single definition exists).
enum class EngagementBase { followers, reach, impressions };
// How per-publication rates are aggregated: the mean of each publication's ratio (Hootsuite) or
// the sum of numerators over the sum of denominators (Sprout Social's « Total »).
enum class Aggregation { mean_of_ratios, ratio_of_sums };

const char* base_name(EngagementBase base);        // "followers", "reach", "impressions"
const char* aggregation_name(Aggregation a);       // "mean", "ratio"
std::optional<EngagementBase> base_from_name(std::string_view name);
std::optional<Aggregation> aggregation_from_name(std::string_view name);

struct Period {
    Day from{};
    Day to{};  // included
    bool operator==(const Period&) const = default;
};
int period_days(const Period& p);
// The period of the same length that ends the day before `p` starts.
Period previous_period(const Period& p);
// The calendar month holding `day`.
Period month_of(Day day);

struct Options {
    Period period;
    std::string account_id;  // breakdowns, heatmap and community line for one account ("" : all)
    EngagementBase base = EngagementBase::reach;
    Aggregation aggregation = Aggregation::mean_of_ratios;
    int min_cell_posts = 3;  // heatmap: fewer publications in a cell → no value shown
};

//-----------------------------------------------------------------------------
// [SECTION] Figures of one period and one scope (one account, or all accounts)
//-----------------------------------------------------------------------------

struct Figures {
    // Community: the last known followers at the end of the day before the period (start) and
    // at the end of the period (end); growth rate = net / start.
    Value followers_start;
    Value followers_end;
    Value net_growth;
    Value growth_rate;
    Value growth_rate_year;  // over the 365 days ending with the period

    int publications = 0;
    Value posting_frequency;  // publications per week (7 × publications / days)

    Value engagement_rate;    // (reactions + comments + shares + saves) / base, aggregated
    std::array<Value, 3> engagement_rate_by_base{};  // indexed by EngagementBase, same aggregation
    static_assert(static_cast<std::size_t>(EngagementBase::impressions) + 1 == 3,
                  "engagement_rate_by_base (and kpi.cpp's ScopeSums::engagement): one entry per EngagementBase");
    Value engagements;        // total engagements of the publications that have them
    Value conversation_rate;  // comments per publication (Kaushik)
    Value amplification_rate; // shares per publication
    Value applause_rate;      // reactions per publication
    Value conversation_per_1000;   // comments per publication per 1,000 followers on the day
    Value amplification_per_1000;
    Value applause_per_1000;
    Value virality;           // shares / impressions, aggregated
    Value click_through_rate; // clicks / impressions, aggregated

    int messages_received = 0;
    int messages_answered = 0;
    Value response_rate;               // answered / received
    Value median_response_hours;       // received → replied, clock hours
    Value p90_response_hours;
    Value median_response_business_hours;  // counted only within the charter's business hours
    Value p90_response_business_hours;
};

//-----------------------------------------------------------------------------
// [SECTION] Breakdowns, heatmap, series, targets
//-----------------------------------------------------------------------------

// One row of « performance par format / type de message / campagne ».
struct GroupRow {
    std::string key;    // format name, message type id, campaign id ("" : none)
    std::string label;  // shown: the type's or campaign's name; format names come from the catalogue
    int publications = 0;
    Value engagements;      // total
    Value mean_engagements; // per publication that has the figures
    Value engagement_rate;  // with the chosen base and aggregation
    Value reach;            // total reach of the publications that have it
};

// Median engagement rate by local day of the week (0 Monday … 6 Sunday) and hour (0–23).
struct HeatCell {
    int publications = 0;  // with an engagement rate
    Value median;          // nullopt when publications < min_cell_posts
};
using Heatmap = std::array<std::array<HeatCell, 24>, 7>;

struct SeriesPoint {
    Day day{};
    double value = 0;
};

struct AccountFigures {
    std::string account_id;
    Network network = Network::facebook;
    Figures current;
    Figures previous;
    std::vector<SeriesPoint> followers;  // the account's snapshots within the period
};

enum class Trend { unknown, better, worse, stable };

struct TargetProgress {
    std::string objective_id;
    std::string objective_title;
    Target target;
    bool measurable = false;  // the KPI id is one Parvis computes
    Value value;              // in the target's unit (× 100 for %)
    Value previous;           // same KPI over the previous period
    std::optional<bool> met;
    Trend trend = Trend::unknown;
};

//-----------------------------------------------------------------------------
// [SECTION] The dashboard
//-----------------------------------------------------------------------------

struct Dashboard {
    Options options;
    Period previous_period;
    Figures all;            // all accounts, current period
    Figures all_previous;   // all accounts, previous period
    std::vector<AccountFigures> accounts;  // in the workspace's order
    std::vector<GroupRow> by_format;
    std::vector<GroupRow> by_message_type;
    std::vector<GroupRow> by_campaign;
    Heatmap heatmap{};
    std::vector<SeriesPoint> community;  // total followers of all accounts, per snapshot day
    std::vector<TargetProgress> targets;
};

// What the figures are computed from, built once per version of the workspace: each publication
// with its local day, hour, format, type, campaign, followers of the day and metrics; followers
// series; messages with their response times. Building it is most of the cost (reading 50,000
// posts and their metrics), so the dashboard keeps it while only the period or a selector changes.
struct Index;
std::shared_ptr<const Index> build_index(const Workspace& ws);

// Every figure of the dashboard for the options' period, its previous period, every account and
// all accounts. Pure: same workspace and options, same result. `index` must come from the same
// workspace (unchanged since).
Dashboard compute_dashboard(const Workspace& ws, const Index& index, const Options& options);
Dashboard compute_dashboard(const Workspace& ws, const Options& options);  // builds the index

// One figure by its catalogue id for one scope ("" : all accounts), in the unit its targets use
// (× 100 for rates); nullopt when there is no value or the id is unknown.
Value figure_by_id(const Figures& f, std::string_view kpi_id);

// The format of a post: its own when set, else derived from the media of its variants
// (video → vidéo, several images → carrousel, one image → photo, a link → lien, else texte).
PostFormat post_format(const Post& post);

// The period of the whole history: the first to the last day with a snapshot or a publication;
// the current month when there is none.
Period default_period(const Workspace& ws, Day today);

}  // namespace parvis::kpi
