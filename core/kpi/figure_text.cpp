// KPI figures as text. See figure_text.h.
#include "kpi/figure_text.h"

#include <cmath>

#include "format/format.h"

namespace parvis::kpi {

std::string format_figure(const Value& value, std::string_view unit, Lang lang) {
    if (!value) return tr("kpi.no_value", lang);
    const double v = *value;
    if (unit == "%") return format_number(v, 2, lang) + "\u202f%";
    if (unit == "h") return format_number(v, 1, lang) + "\u202fh";
    if (unit == "/sem.") return format_number(v, 1, lang) + (lang == Lang::fr ? " / sem." : " / wk");
    // Whole numbers (counts) without decimals; beyond 10^15 a double holds no fraction to show and
    // llround would overflow near 2^63.
    if (std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e15) return format_integer(std::llround(v), lang);
    return format_number(v, 2, lang);
}

}  // namespace parvis::kpi
