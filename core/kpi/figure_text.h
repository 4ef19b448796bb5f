// A KPI figure as a person reads it, in its catalogue unit (KpiInfo::unit): the one formatter of
// the dashboard and of the HTML report, so that both print the same figure the same way. The
// digits follow format/format.h (French: « 1 234,56 », U+202F NARROW NO-BREAK SPACE for the
// thousands and before the unit).
//   "%"      2 decimals:   « 2,31 % »           "2.31 %"
//   "h"      1 decimal:    « 3,5 h »            "3.5 h"
//   "/sem."  1 decimal:    « 1,5 / sem. »       "1.5 / wk"
//   other    a whole number without decimals (« 1 234 »), else 2 decimals (« 12,35 »).
// A missing value is « pas de valeur » (catalogue "kpi.no_value").
#pragma once
#include <string>
#include <string_view>

#include "i18n/catalogue.h"
#include "kpi/kpi.h"

namespace parvis::kpi {

std::string format_figure(const Value& value, std::string_view unit, Lang lang = Lang::fr);

}  // namespace parvis::kpi
