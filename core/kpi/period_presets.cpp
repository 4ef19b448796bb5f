// The dashboard's period presets. See period_presets.h.
#include "kpi/period_presets.h"

namespace parvis::kpi {
namespace {

// The `n` days ending with `today`.
Period days_ending(Day today, int n) { return {Day{date::sys_days{today} - date::days{n - 1}}, today}; }

}  // namespace

const char* period_preset_name(PeriodPreset preset) {
    switch (preset) {
        case PeriodPreset::last_30_days: return "last_30_days";
        case PeriodPreset::this_month: return "this_month";
        case PeriodPreset::last_month: return "last_month";
        case PeriodPreset::last_90_days: return "last_90_days";
        case PeriodPreset::last_12_months: return "last_12_months";
        case PeriodPreset::history: return "history";
    }
    return "last_30_days";
}

Period preset_period(PeriodPreset preset, Day today, const Workspace& ws) {
    switch (preset) {
        case PeriodPreset::last_30_days: return days_ending(today, 30);
        case PeriodPreset::this_month: return month_of(today);
        case PeriodPreset::last_month: return month_of(Day{date::sys_days{month_of(today).from} - date::days{1}});
        case PeriodPreset::last_90_days: return days_ending(today, 90);
        case PeriodPreset::last_12_months: return days_ending(today, 365);
        case PeriodPreset::history: return default_period(ws, today);
    }
    return month_of(today);
}

}  // namespace parvis::kpi
