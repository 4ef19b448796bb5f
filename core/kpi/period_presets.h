// The periods the dashboard offers in one click, as days: the same preset gives the same
// [from, to] wherever it is asked (the screen, a test, later the CLI).
#pragma once
#include <array>
#include <cstddef>

#include "kpi/kpi.h"

namespace parvis::kpi {

// In the order of the dashboard's menu. The default is the last 30 days: early in a month « ce
// mois-ci » holds a day or two of data, and the dashboard would open on empty charts.
enum class PeriodPreset { last_30_days, this_month, last_month, last_90_days, last_12_months, history };

inline constexpr std::array<PeriodPreset, 6> kPeriodPresets = {
    PeriodPreset::last_30_days,  PeriodPreset::this_month,     PeriodPreset::last_month,
    PeriodPreset::last_90_days, PeriodPreset::last_12_months, PeriodPreset::history};
static_assert(kPeriodPresets.size() == static_cast<std::size_t>(PeriodPreset::history) + 1,
              "a PeriodPreset is missing from kPeriodPresets (kpi/period_presets.h)");

// "last_30_days"…: the catalogue key of its label is "kpis.period.<name>".
const char* period_preset_name(PeriodPreset preset);

// The days of `preset` seen on `today`, both included:
//   last_30_days, last_90_days, last_12_months: the 30, 90 or 365 days ending with today;
//   this_month: the calendar month of today, to its last day (the future days hold nothing yet);
//   last_month: the calendar month before;
//   history: from the first to the last day with figures (default_period), this month when none.
Period preset_period(PeriodPreset preset, Day today, const Workspace& ws);

}  // namespace parvis::kpi
