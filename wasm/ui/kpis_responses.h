// Indicateurs › « Délais de réponse »: how fast the municipal services answer a hand-off and how
// fast the team answers citizens, by service, person and channel, with the backlog day by day.
// The figures are core/kpi/response_times.h's (also `parvis kpi responses`), over the dashboard's
// period; this file keeps the option, caches the figures per revision and draws them.
#pragma once
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "app.h"
#include "kpi/response_times.h"
#include "ui/widgets.h"

namespace parvis::app::ui {

struct KpisResponses {
    bool business_hours = false;  // « Compter en heures ouvrées (hors jours fériés) »

    // The cache: what the figures were computed from, and the figures.
    bool valid = false;
    std::string doc_id;
    std::uint64_t revision = 0;
    kpi::ResponseTimeOptions computed_for;
    kpi::ResponseTimes figures;

    int backlog_points = 0;  // what the last frame drew, for the test hook
};

// The section, for the dashboard's `period` (days of reception).
void kpis_responses(App& app, KpisResponses& r, const Fonts& fonts, const kpi::Period& period);

// For window.parvis.snapshot().workspace.kpis.responses: the option, the figures as
// `parvis kpi responses` prints them, and the backlog points drawn. Null before the first draw.
nlohmann::json kpis_responses_summary(const App& app, const KpisResponses& r);

}  // namespace parvis::app::ui
