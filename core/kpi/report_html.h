// The report for the élus and the DGS: one standalone HTML page (no external file, no script),
// charts as inline SVG, a print style sheet, every figure next to its definition. Downloaded from
// the dashboard or printed by `parvis kpi WORKSPACE --report html`.
#pragma once
#include <string>

#include "i18n/catalogue.h"
#include "kpi/kpi.h"

namespace parvis::kpi {

struct ReportOptions {
    Lang lang = Lang::fr;
    bool benchmarks = true;  // public-sector reference lines (DESIGN.md)
};

std::string report_html(const Dashboard& db, const Workspace& ws, const ReportOptions& options = {});

}  // namespace parvis::kpi
