// Indicateurs: the screen's state, and what the dashboard shows for the test hook
// (window.parvis.snapshot().workspace.kpis): the options, the key figures and how many points
// each chart drew.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "app.h"
#include "kpi/kpi.h"
#include "kpi/period_presets.h"
#include "ui/kpis_manual.h"
#include "ui/kpis_responses.h"

namespace parvis::app::ui {

// The default, the last 30 days: early in a month « ce mois-ci » holds a day or two of data, and
// the dashboard would open on empty charts.
using PeriodChoice = kpi::PeriodPreset;  // the presets and their days are the core's

// What Indicateurs remembers: the selectors, the dashboard computed for them, the manual entry form.
struct KpisState {
    PeriodChoice period = PeriodChoice::last_30_days;
    kpi::EngagementBase base = kpi::EngagementBase::reach;
    kpi::Aggregation aggregation = kpi::Aggregation::mean_of_ratios;
    std::string account;    // "" : all networks
    bool references = true; // public-sector reference lines
    int min_cell = 3;

    // The cache: what it was computed from, and the result.
    bool valid = false;
    std::string doc_id;
    std::uint64_t revision = 0;
    kpi::Options computed_for;
    std::shared_ptr<const kpi::Index> index;  // of doc_id at `revision`: kept while only a selector changes
    kpi::Dashboard db;
    double compute_ms = 0;

    // What the last frame drew, for the test hook.
    int community_points = 0, format_bars = 0, heat_cells = 0, sparkline_points = 0;

    KpisManualForm manual;
    KpisResponses responses;  // « Délais de réponse », over the same period
};


nlohmann::json kpis_summary(const App& app, const KpisState& state);

}  // namespace parvis::app::ui
