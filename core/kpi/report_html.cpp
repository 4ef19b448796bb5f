// report_html: sections in the order an élu reads them: key figures with the previous period,
// community line, networks, formats, best time, objectives, definitions.
//
// Index
// [SECTION] Escaping and numbers (figures: kpi/figure_text.h, shared with the dashboard)
// [SECTION] SVG charts
// [SECTION] The page
#include "kpi/report_html.h"

#include <algorithm>
#include <cmath>

#include "format/format.h"
#include "io/enum_names.h"
#include "kpi/benchmarks.h"
#include "kpi/catalogue.h"
#include "kpi/figure_text.h"
#include "text/html.h"

namespace parvis::kpi {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Escaping and numbers (figures: kpi/figure_text.h, shared with the dashboard)
//-----------------------------------------------------------------------------

std::string esc(std::string_view s) { return html::escape(s); }

std::string num(double v) {  // for SVG attributes: a dot, two decimals
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

//-----------------------------------------------------------------------------
// [SECTION] SVG charts
//-----------------------------------------------------------------------------

std::string community_svg(const std::vector<SeriesPoint>& points, Lang lang) {
    if (points.size() < 2) return "<p class=\"empty\">" + esc(tr("kpi.no_value", lang)) + "</p>";
    const double w = 640, h = 200, pad = 40;
    double lo = points[0].value, hi = lo;
    for (const SeriesPoint& p : points) {
        lo = std::min(lo, p.value);
        hi = std::max(hi, p.value);
    }
    if (hi <= lo) hi = lo + 1;
    std::string path;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double x = pad + (w - 2 * pad) * double(i) / double(points.size() - 1);
        const double y = h - pad - (h - 2 * pad) * (points[i].value - lo) / (hi - lo);
        path += (i ? " L" : "M") + num(x) + " " + num(y);
    }
    std::string svg = "<svg class=\"chart\" id=\"chart-community\" viewBox=\"0 0 640 200\" role=\"img\" aria-label=\"" +
                      esc(tr("kpis.chart.community", lang)) + "\">";
    svg += "<path d=\"" + path + "\" fill=\"none\" stroke=\"#2f6db5\" stroke-width=\"2\"/>";
    svg += "<text x=\"4\" y=\"" + num(h - pad) + "\">" + esc(format_integer(std::llround(lo), lang)) + "</text>";
    svg += "<text x=\"4\" y=\"" + num(pad) + "\">" + esc(format_integer(std::llround(hi), lang)) + "</text>";
    svg += "<text x=\"" + num(pad) + "\" y=\"195\">" + esc(format_day(points.front().day, lang)) + "</text>";
    svg += "<text x=\"" + num(w - pad) + "\" y=\"195\" text-anchor=\"end\">" + esc(format_day(points.back().day, lang)) +
           "</text></svg>";
    return svg;
}

// `references`: engagement rates (ratios) drawn as dashed vertical lines, each named on hover.
std::string bars_svg(const std::vector<GroupRow>& rows, Lang lang, bool formats, const std::vector<Benchmark>& references) {
    if (rows.empty()) return "<p class=\"empty\">" + esc(tr("kpi.no_value", lang)) + "</p>";
    double hi = 0;
    for (const Benchmark& b : references) hi = std::max(hi, b.engagement_rate * 100);
    for (const GroupRow& r : rows) hi = std::max(hi, r.engagement_rate.value_or(0) * 100);
    if (hi <= 0) hi = 1;
    const double row_h = 26, label_w = 160, bar_w = 400;
    const double h = row_h * double(rows.size()) + 10;
    std::string svg = "<svg class=\"chart\" id=\"chart-formats\" viewBox=\"0 0 640 " + num(h) + "\" role=\"img\">";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const GroupRow& r = rows[i];
        const double y = 5 + row_h * double(i);
        const std::string label = formats ? tr("kpi.format." + r.key, lang) : (r.label.empty() ? tr("kpi.none", lang) : r.label);
        svg += "<text x=\"0\" y=\"" + num(y + 17) + "\">" + esc(label) + "</text>";
        if (r.engagement_rate) {
            const double len = bar_w * (*r.engagement_rate * 100) / hi;
            svg += "<rect x=\"" + num(label_w) + "\" y=\"" + num(y + 4) + "\" width=\"" + num(len) +
                   "\" height=\"16\" fill=\"#2f6db5\"/>";
            svg += "<text x=\"" + num(label_w + len + 6) + "\" y=\"" + num(y + 17) + "\">" +
                   esc(format_figure(*r.engagement_rate * 100, "%", lang)) + "</text>";
        } else {
            svg += "<text x=\"" + num(label_w) + "\" y=\"" + num(y + 17) + "\" class=\"muted\">" +
                   esc(tr("kpi.no_value", lang)) + "</text>";
        }
    }
    for (const Benchmark& b : references) {
        const double x = label_w + bar_w * b.engagement_rate * 100 / hi;
        svg += "<line class=\"reference\" x1=\"" + num(x) + "\" y1=\"0\" x2=\"" + num(x) + "\" y2=\"" + num(h) +
               "\" stroke=\"#b5442f\" stroke-dasharray=\"4 3\"><title>" + esc(benchmark_label(b, lang)) + "</title></line>";
    }
    return svg + "</svg>";
}

std::string heatmap_svg(const Heatmap& heat, Lang lang) {
    double hi = 0;
    for (const auto& day : heat)
        for (const HeatCell& c : day) hi = std::max(hi, c.median.value_or(0));
    std::string svg = "<svg class=\"chart\" id=\"chart-heatmap\" viewBox=\"0 0 640 190\" role=\"img\">";
    static const char* days_fr[] = {"lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."};
    static const char* days_en[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    for (int d = 0; d < 7; ++d) {
        svg += "<text x=\"0\" y=\"" + num(22 + 22.0 * d) + "\">" + (lang == Lang::fr ? days_fr[d] : days_en[d]) + "</text>";
        for (int h = 0; h < 24; ++h) {
            const HeatCell& c = heat[std::size_t(d)][std::size_t(h)];
            std::string fill = "#eeeeee";
            if (c.median && hi > 0) {
                const double t = *c.median / hi;
                const int g = int(235 - 150 * t);
                fill = "rgb(" + std::to_string(int(230 - 190 * t)) + "," + std::to_string(g) + ",245)";
            }
            svg += "<rect x=\"" + num(44 + 24.0 * h) + "\" y=\"" + num(8 + 22.0 * d) + "\" width=\"22\" height=\"20\" fill=\"" +
                   fill + "\"><title>" + std::to_string(h) + " h : " +
                   esc(c.median ? format_figure(*c.median * 100, "%", lang) : tr("kpi.no_value", lang)) + " (" +
                   std::to_string(c.publications) + ")</title></rect>";
        }
    }
    for (int h = 0; h < 24; h += 3)
        svg += "<text x=\"" + num(44 + 24.0 * h) + "\" y=\"182\">" + std::to_string(h) + " h</text>";
    return svg + "</svg>";
}

//-----------------------------------------------------------------------------
// [SECTION] The page
//-----------------------------------------------------------------------------

const char* kStyle = R"(
body{font-family:"Inter","DejaVu Sans",Arial,sans-serif;color:#1d2330;margin:2rem auto;max-width:60rem;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:2px solid #2f6db5;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #c9ced8;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f8}td.n{text-align:right;white-space:nowrap}.muted,.empty{color:#6b7280}.def{font-size:.85rem;color:#4b5563}
svg.chart{width:100%;height:auto;font-size:11px}.met{color:#17623a}.missed{color:#b5442f}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}section{break-inside:avoid}a{color:inherit}}
)";

}  // namespace

std::string report_html(const Dashboard& db, const Workspace& ws, const ReportOptions& options) {
    const Lang lang = options.lang;
    std::string h;
    h += "<!DOCTYPE html>\n<html lang=\"" + std::string(lang_code(lang)) + "\"><head><meta charset=\"utf-8\">";
    h += "<title>" + esc(tr("kpis.report.title", lang, {{"name", ws.profile.name}})) + "</title>";
    h += "<style>" + std::string(kStyle) + "</style></head><body>\n";
    h += "<header><h1>" + esc(tr("kpis.report.title", lang, {{"name", ws.profile.name}})) + "</h1>";
    h += "<p>" + esc(tr("kpis.report.period", lang, {{"from", format_day_long(db.options.period.from, lang)},
                                                      {"to", format_day_long(db.options.period.to, lang)},
                                                      {"prev_from", format_day(db.previous_period.from, lang)},
                                                      {"prev_to", format_day(db.previous_period.to, lang)}})) + "</p>";
    h += "<p class=\"muted\">" + esc(tr("kpis.report.method", lang, {{"base", tr(std::string("kpi.base.") + base_name(db.options.base), lang)},
                                                                      {"aggregation", tr(std::string("kpi.aggregation.") + aggregation_name(db.options.aggregation), lang)}})) +
         "</p></header>\n";

    // Key figures.
    h += "<section id=\"figures\"><h2>" + esc(tr("kpis.report.key_figures", lang)) + "</h2><table><thead><tr><th>" +
         esc(tr("kpis.indicator", lang)) + "</th><th>" + esc(tr("kpis.current", lang)) + "</th><th>" +
         esc(tr("kpis.previous", lang)) + "</th><th>" + esc(tr("kpis.definition", lang)) + "</th></tr></thead><tbody>";
    static const char* kKey[] = {"followers", "net_growth", "community_growth_rate", "publications", "posting_frequency",
                                 "engagement_rate", "conversation_rate", "amplification_rate", "applause_rate",
                                 "virality", "click_through_rate", "response_rate", "median_response_hours",
                                 "median_response_business_hours", "p90_response_business_hours"};
    for (const char* id : kKey) {
        const KpiInfo* k = find_kpi(id);
        h += "<tr><th>" + esc(kpi_name(id, lang)) + "</th><td class=\"n\">" + esc(format_figure(figure_by_id(db.all, id), k->unit, lang)) +
             "</td><td class=\"n\">" + esc(format_figure(figure_by_id(db.all_previous, id), k->unit, lang)) +
             "</td><td class=\"def\">" + esc(kpi_definition(id, lang)) + "</td></tr>";
    }
    h += "</tbody></table></section>\n";

    // Community.
    h += "<section id=\"community\"><h2>" + esc(kpi_name("followers", lang)) + "</h2>" + community_svg(db.community, lang);
    h += "<table><thead><tr><th>" + esc(tr("kpis.network", lang)) + "</th><th>" + esc(kpi_name("followers", lang)) +
         "</th><th>" + esc(kpi_name("community_growth_rate", lang)) + "</th><th>" + esc(kpi_name("publications", lang)) +
         "</th><th>" + esc(kpi_name("engagement_rate", lang)) + "</th></tr></thead><tbody>";
    for (const AccountFigures& a : db.accounts) {
        std::string handle;
        for (const NetworkAccount& acc : ws.accounts)
            if (acc.id == a.account_id) handle = acc.handle;
        h += "<tr><td>" + esc(std::string(io::enum_name(a.network))) + (handle.empty() ? "" : " " + esc(handle)) +
             "</td><td class=\"n\">" + esc(format_figure(a.current.followers_end, "", lang)) + "</td><td class=\"n\">" +
             esc(format_figure(figure_by_id(a.current, "community_growth_rate"), "%", lang)) + "</td><td class=\"n\">" +
             std::to_string(a.current.publications) + "</td><td class=\"n\">" +
             esc(format_figure(figure_by_id(a.current, "engagement_rate"), "%", lang)) + "</td></tr>";
    }
    h += "</tbody></table></section>\n";

    // Formats, with the public-sector reference when asked.
    h += "<section id=\"formats\"><h2>" + esc(kpi_name("by_format", lang)) + "</h2>";
    const std::vector<Benchmark> references =
        options.benchmarks ? std::vector<Benchmark>(kPublicSectorBenchmarks.begin(), kPublicSectorBenchmarks.end())
                           : std::vector<Benchmark>{};
    h += bars_svg(db.by_format, lang, true, references);
    h += "<p class=\"def\">" + esc(kpi_definition("by_format", lang)) + "</p>";
    if (options.benchmarks) {
        // The reference values, then their source (DESIGN.md): what the dashed lines stand for.
        h += "<ul class=\"def\" id=\"references\">";
        for (const Benchmark& b : references) h += "<li>" + esc(benchmark_label(b, lang)) + "</li>";
        h += "</ul><p class=\"def\">" + esc(benchmark_source(lang)) + "</p>";
    }
    h += "</section>\n<section id=\"message-types\"><h2>" + esc(kpi_name("by_message_type", lang)) + "</h2>";
    h += bars_svg(db.by_message_type, lang, false, {}) + "</section>\n";

    // Best time.
    h += "<section id=\"best-time\"><h2>" + esc(kpi_name("best_time", lang)) + "</h2>" + heatmap_svg(db.heatmap, lang);
    h += "<p class=\"def\">" + esc(kpi_definition("best_time", lang)) + "</p></section>\n";

    // Objectives.
    h += "<section id=\"objectives\"><h2>" + esc(kpi_name("target_progress", lang)) + "</h2><table><thead><tr><th>" +
         esc(tr("kpis.objective", lang)) + "</th><th>" + esc(tr("kpis.indicator", lang)) + "</th><th>" +
         esc(tr("kpis.target", lang)) + "</th><th>" + esc(tr("kpis.current", lang)) + "</th><th>" +
         esc(tr("kpis.previous", lang)) + "</th></tr></thead><tbody>";
    for (const TargetProgress& t : db.targets) {
        const std::string unit = t.target.unit;
        const std::string cls = t.met ? (*t.met ? "met" : "missed") : "muted";
        const std::string name = find_kpi(t.target.kpi) ? kpi_name(t.target.kpi, lang) : t.target.kpi;
        h += "<tr><td>" + esc(t.objective_title) + "</td><td>" + esc(name) + "</td><td class=\"n\">" +
             esc(t.target.comparison == "<=" ? "≤ " : "≥ ") + esc(format_number(t.target.value, 1, lang)) + " " + esc(unit) +
             "</td><td class=\"n " + cls + "\">" +
             esc(t.measurable ? format_figure(t.value, "", lang) + " " + unit : tr("kpis.not_measured", lang)) +
             "</td><td class=\"n\">" + esc(t.previous ? format_figure(t.previous, "", lang) + " " + unit : tr("kpi.no_value", lang)) +
             "</td></tr>";
    }
    h += "</tbody></table></section>\n";
    h += "<footer class=\"muted\"><p>" + esc(tr("kpis.report.footer", lang)) + "</p></footer></body></html>\n";
    return h;
}

}  // namespace parvis::kpi
