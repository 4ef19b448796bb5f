// Indicateurs: the KPI dashboard. Selectors (period with the previous one, network, engagement
// base, aggregation, public-sector references), key figures with their definitions, charts
// (kpis_charts.cpp), sortable tables with CSV export, objectives, and the HTML report download.
// The figures come from core/kpi/ and are recomputed only when the document's revision or a
// selector changes: a frame only draws.
//
// Index
// [SECTION] View state and cache
// [SECTION] Small helpers
// [SECTION] Selectors
// [SECTION] Key figures
// [SECTION] Charts
// [SECTION] Tables and CSV
// [SECTION] Objectives
// [SECTION] The screen and its test summary
#include "ui/kpis.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <cmath>
#include <functional>
#include <iterator>

#include "format/format.h"
#include "interop/csv.h"
#include "io/enum_names.h"
#include "kpi/benchmarks.h"
#include "kpi/catalogue.h"
#include "kpi/figure_text.h"
#include "kpi/kpi.h"
#include "kpi/kpi_json.h"
#include "kpi/period_presets.h"
#include "kpi/report_html.h"
#include "ui/import_dialog.h"
#include "ui/kpis_charts.h"
#include "ui/kpis_manual.h"
#include "ui/kpis_table.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] View state and cache
//-----------------------------------------------------------------------------
// The state (selectors, cache) is KpisState, kpis.h: App's, passed in by the shell.

kpi::Period period_for(const KpisState& v, const Workspace& ws) { return kpi::preset_period(v.period, today(ws), ws); }

const kpi::Dashboard& dashboard(App& app, KpisState& v) {
    const Workspace& ws = app.doc.workspace();
    kpi::Options options{.period = period_for(v, ws), .account_id = v.account, .base = v.base,
                         .aggregation = v.aggregation, .min_cell_posts = v.min_cell};
    const bool same = v.valid && v.doc_id == app.doc_id && v.revision == app.doc.revision() &&
                      v.computed_for.period == options.period && v.computed_for.account_id == options.account_id &&
                      v.computed_for.base == options.base && v.computed_for.aggregation == options.aggregation &&
                      v.computed_for.min_cell_posts == options.min_cell_posts;
    if (!same) {
        const auto t0 = std::chrono::steady_clock::now();
        if (!v.index || v.doc_id != app.doc_id || v.revision != app.doc.revision()) v.index = kpi::build_index(ws);
        v.db = kpi::compute_dashboard(ws, *v.index, options);
        v.compute_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        v.computed_for = options;
        v.doc_id = app.doc_id;
        v.revision = app.doc.revision();
        v.valid = true;
    }
    return v.db;
}

//-----------------------------------------------------------------------------
// [SECTION] Small helpers
//-----------------------------------------------------------------------------

Lang lang_of(const App& app) { return app.settings.lang; }

// A figure as the report prints it (kpi/figure_text.h).
std::string shown(const kpi::Value& v, std::string_view unit, Lang lang) { return kpi::format_figure(v, unit, lang); }


//-----------------------------------------------------------------------------
// [SECTION] Selectors
//-----------------------------------------------------------------------------

void selectors(App& app, KpisState& v, const kpi::Dashboard& db) {
    const Lang lang = lang_of(app);
    const auto period_label = [&](kpi::PeriodPreset p) { return tr(std::string("kpis.period.") + kpi::period_preset_name(p), lang); };
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 13);
    if (begin_combo(tr(app, "kpis.period"), period_label(v.period).c_str())) {
        for (kpi::PeriodPreset p : kpi::kPeriodPresets)
            if (ImGui::Selectable(period_label(p).c_str(), v.period == p)) v.period = p;
        ImGui::EndCombo();
    }
    ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    const std::string current = v.account.empty() ? tr(app, "kpis.all_networks") : account_label(app, v.account);
    if (begin_combo(tr(app, "kpis.network"), current.c_str())) {
        if (ImGui::Selectable(tr(app, "kpis.all_networks"), v.account.empty())) v.account.clear();
        for (const NetworkAccount& a : app.doc.workspace().accounts)
            if (ImGui::Selectable(account_label(app, a.id).c_str(), v.account == a.id)) v.account = a.id;
        ImGui::EndCombo();
    }
    ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
    if (ImGui::Button(tr(app, "kpis.report.download"))) {
        const std::string html = kpi::report_html(db, app.doc.workspace(), {.lang = lang, .benchmarks = v.references});
        app.intents.push_back(DownloadFile{"parvis-rapport-indicateurs-" + file_stamp(app) + ".html", "text/html", html});
    }

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(app, "kpis.base"));
    ImGui::SameLine();
    for (kpi::EngagementBase b : {kpi::EngagementBase::followers, kpi::EngagementBase::reach, kpi::EngagementBase::impressions}) {
        if (radio(tr(app, (std::string("kpi.base.") + kpi::base_name(b)).c_str()), v.base == b)) v.base = b;
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(app, "kpis.aggregation"));
    ImGui::SameLine();
    for (kpi::Aggregation a : {kpi::Aggregation::mean_of_ratios, kpi::Aggregation::ratio_of_sums}) {
        if (radio(tr(app, (std::string("kpi.aggregation.") + kpi::aggregation_name(a)).c_str()),
                               v.aggregation == a))
            v.aggregation = a;
        ImGui::SameLine();
    }
    ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
    ImGui::Checkbox(tr(app, "kpis.references"), &v.references);

    ImGui::TextDisabled("%s", tr("kpis.report.period", lang, {{"from", format_day_long(db.options.period.from, lang)},
                                                              {"to", format_day_long(db.options.period.to, lang)},
                                                              {"prev_from", format_day(db.previous_period.from, lang)},
                                                              {"prev_to", format_day(db.previous_period.to, lang)}})
                                  .c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] Key figures
//-----------------------------------------------------------------------------

const kpi::Figures& scope_current(const kpi::Dashboard& db, const std::string& account) {
    for (const kpi::AccountFigures& a : db.accounts)
        if (a.account_id == account) return a.current;
    return db.all;
}
const kpi::Figures& scope_previous(const kpi::Dashboard& db, const std::string& account) {
    for (const kpi::AccountFigures& a : db.accounts)
        if (a.account_id == account) return a.previous;
    return db.all_previous;
}

void key_figures(App& app, const KpisState& v, const kpi::Dashboard& db) {
    const Lang lang = lang_of(app);
    const kpi::Figures& now = scope_current(db, v.account);
    const kpi::Figures& before = scope_previous(db, v.account);
    static const char* kIds[] = {"followers", "net_growth", "community_growth_rate", "publications", "posting_frequency",
                                 "engagements", "engagement_rate", "conversation_rate", "amplification_rate",
                                 "applause_rate", "conversation_per_1000", "amplification_per_1000", "applause_per_1000",
                                 "virality", "click_through_rate", "messages_received", "response_rate",
                                 "median_response_hours", "p90_response_hours", "median_response_business_hours",
                                 "p90_response_business_hours"};
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##key_figures", 4, flags)) return;
    ImGui::TableSetupColumn(tr(app, "kpis.indicator"), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(app, "kpis.current"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(app, "kpis.previous"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(app, "kpis.change"), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableHeadersRow();
    TableWords words;
    for (const char* id : kIds) {
        const kpi::KpiInfo* info = kpi::find_kpi(id);
        const kpi::Value a = kpi::figure_by_id(now, id), b = kpi::figure_by_id(before, id);
        words.row();
        words.cell(kpi::kpi_name(id, lang));
        std::string definition = kpi::kpi_definition(id, lang);
        if (std::string_view(id) == "engagement_rate") {
            definition += "\n\n" + tr(std::string("kpi.base.") + kpi::base_name(db.options.base), lang) + " — " +
                          tr(std::string("kpi.aggregation.") + kpi::aggregation_name(db.options.aggregation), lang);
        }
        definition_marker(definition);
        words.cell(shown(a, info->unit, lang));
        words.cell(shown(b, info->unit, lang), true);
        if (a && b) {
            const double diff = *a - *b;
            const std::string unit = info->unit == "%" ? " pt" : std::string(info->unit == "/sem." ? "" : info->unit);
            words.cell((diff > 0 ? "+" : diff < 0 ? "−" : "") + format_number(std::abs(diff), 2, lang) + unit);
        } else {
            words.cell("—", true);
        }
    }
    ImGui::EndTable();
    table_structure("##key_figures", tr(app, "kpis.key_figures"),
                    {tr(app, "kpis.indicator"), tr(app, "kpis.current"), tr(app, "kpis.previous"), tr(app, "kpis.change")},
                    std::move(words.rows));
    if (v.references) {
        for (const kpi::Benchmark& b : kpi::kPublicSectorBenchmarks) ImGui::TextDisabled("%s", kpi::benchmark_label(b, lang).c_str());
        definition_marker(kpi::benchmark_source(lang));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Charts
//-----------------------------------------------------------------------------

std::vector<ReferenceLine> references(const App& app, const KpisState& v) {
    if (!v.references) return {};
    std::vector<ReferenceLine> lines;
    for (const kpi::Benchmark& b : kpi::kPublicSectorBenchmarks)
        lines.push_back({b.engagement_rate * 100, kpi::benchmark_label(b, lang_of(app))});  // the bars are in %
    return lines;
}

void charts(App& app, KpisState& v, const Fonts& fonts, const kpi::Dashboard& db) {
    const Lang lang = lang_of(app);
    const float width = ImGui::GetContentRegionAvail().x;
    section_title(fonts, tr(app, "kpis.chart.community"));
    definition_marker(kpi::kpi_definition("followers", lang));
    v.community_points = line_chart("##community_chart", db.community, {width, ImGui::GetFontSize() * 12},
                                    {tr(app, "kpis.chart.community"), tr(app, "kpis.table.day"), kpi::kpi_name("followers", lang)}, lang);

    section_title(fonts, kpi::kpi_name("by_format", lang).c_str());
    definition_marker(kpi::kpi_definition("by_format", lang) + "\n\n" + kpi::kpi_definition("engagement_rate", lang));
    std::vector<Bar> bars;
    for (const kpi::GroupRow& r : db.by_format) {
        const kpi::Value pct = r.engagement_rate ? kpi::Value(*r.engagement_rate * 100) : std::nullopt;
        bars.push_back({tr(std::string("kpi.format.") + r.key, lang), pct, shown(pct, "%", lang)});
    }
    v.format_bars = bar_chart("##format_chart", bars, references(app, v), width,
                              {kpi::kpi_name("by_format", lang), tr(app, "kpis.format"), kpi::kpi_name("engagement_rate", lang)}, lang);

    section_title(fonts, kpi::kpi_name("best_time", lang).c_str());
    definition_marker(kpi::kpi_definition("best_time", lang));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6);
    ImGui::SliderInt(tr(app, "kpis.min_cell"), &v.min_cell, 1, 10);
    v.heat_cells = heatmap_chart("##heatmap_chart", db.heatmap, std::min(width, ImGui::GetFontSize() * 50),
                                 {kpi::kpi_name("best_time", lang), tr(app, "kpis.table.day"), ""}, lang);
}

//-----------------------------------------------------------------------------
// [SECTION] Tables and CSV
//-----------------------------------------------------------------------------

TableData group_table(const App& app, const std::vector<kpi::GroupRow>& rows, bool formats) {
    const Lang lang = lang_of(app);
    TableData t;
    t.headers = {formats ? tr(app, "kpis.format") : tr(app, "kpis.group"), kpi::kpi_name("publications", lang),
                 kpi::kpi_name("engagements", lang), tr(app, "kpis.mean_engagements"), kpi::kpi_name("engagement_rate", lang)};
    for (const kpi::GroupRow& r : rows) {
        const std::string label = formats ? tr(std::string("kpi.format.") + r.key, lang)
                                          : (r.label.empty() ? tr(std::string("kpi.none"), lang) : r.label);
        const kpi::Value pct = r.engagement_rate ? kpi::Value(*r.engagement_rate * 100) : std::nullopt;
        t.cells.push_back({label, format_integer(r.publications, lang), shown(r.engagements, "", lang),
                           shown(r.mean_engagements, "", lang), shown(pct, "%", lang)});
        t.keys.push_back({std::nullopt, double(r.publications), r.engagements, r.mean_engagements, pct});
    }
    return t;
}

void networks_table(App& app, KpisState& v, const kpi::Dashboard& db) {
    const Lang lang = lang_of(app);
    v.sparkline_points = 0;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##networks", 6, flags)) return;
    ImGui::TableSetupColumn(tr(app, "kpis.network"));
    ImGui::TableSetupColumn(kpi::kpi_name("followers", lang).c_str());
    ImGui::TableSetupColumn(tr(app, "kpis.sparkline"));
    ImGui::TableSetupColumn(kpi::kpi_name("community_growth_rate", lang).c_str());
    ImGui::TableSetupColumn(kpi::kpi_name("publications", lang).c_str());
    ImGui::TableSetupColumn(kpi::kpi_name("engagement_rate", lang).c_str());
    ImGui::TableHeadersRow();
    // The cells drawn, kept for screen readers: the same table without the sparklines (each is a
    // table of its own).
    TableWords words;
    for (const kpi::AccountFigures& a : db.accounts) {
        const std::string account = account_label(app, a.account_id);
        words.row();
        words.cell(account);
        words.cell(shown(a.current.followers_end, "", lang));
        ImGui::TableNextColumn();
        ImGui::PushID(a.account_id.c_str());
        v.sparkline_points += sparkline("##spark", a.followers, {ImGui::GetFontSize() * 8, ImGui::GetTextLineHeight()},
                                        {std::string(tr(app, "kpis.sparkline")) + " — " + account,
                                         tr(app, "kpis.table.day"), kpi::kpi_name("followers", lang)}, lang);
        ImGui::PopID();
        words.cell(shown(kpi::figure_by_id(a.current, "community_growth_rate"), "%", lang));
        words.cell(format_integer(a.current.publications, lang));
        words.cell(shown(kpi::figure_by_id(a.current, "engagement_rate"), "%", lang));
    }
    ImGui::EndTable();
    table_structure("##networks", tr(app, "kpis.networks"),
                    {tr(app, "kpis.network"), kpi::kpi_name("followers", lang), kpi::kpi_name("community_growth_rate", lang),
                     kpi::kpi_name("publications", lang), kpi::kpi_name("engagement_rate", lang)},
                    std::move(words.rows));
}

//-----------------------------------------------------------------------------
// [SECTION] Objectives
//-----------------------------------------------------------------------------

void objectives_table(App& app, const kpi::Dashboard& db) {
    const Lang lang = lang_of(app);
    TableData t;
    t.headers = {tr(app, "kpis.objective"), tr(app, "kpis.indicator"), tr(app, "kpis.target"), tr(app, "kpis.current"),
                 tr(app, "kpis.previous"), tr(app, "kpis.trend")};
    for (const kpi::TargetProgress& p : db.targets) {
        const std::string name = kpi::find_kpi(p.target.kpi) ? kpi::kpi_name(p.target.kpi, lang) : p.target.kpi;
        const std::string scope = p.target.network_id.empty() ? "" : " (" + account_label(app, p.target.network_id) + ")";
        const std::string target = (p.target.comparison == "<=" ? "≤ " : "≥ ") + format_number(p.target.value, 1, lang) +
                                   " " + p.target.unit;
        std::string value = p.measurable ? shown(p.value, "", lang) + (p.value ? " " + p.target.unit : "")
                                         : tr(std::string("kpis.not_measured"), lang);
        if (p.met) value += *p.met ? "  ✓" : "  ✗";
        static const char* trend_keys[] = {"kpis.trend.unknown", "kpis.trend.better", "kpis.trend.worse", "kpis.trend.stable"};
        static_assert(std::size(trend_keys) == static_cast<std::size_t>(kpi::Trend::stable) + 1, "trend_keys: one key per kpi::Trend");
        t.cells.push_back({p.objective_title, name + scope, target, value,
                           p.previous ? shown(p.previous, "", lang) + " " + p.target.unit : "—",
                           tr(app, trend_keys[int(p.trend)])});
        t.keys.push_back({std::nullopt, std::nullopt, p.target.value, p.value, p.previous, std::nullopt});
    }
    sortable_table(app, "##objectives", kpi::kpi_name("target_progress", lang_of(app)), t, "parvis-objectifs");
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The screen and its test summary
//-----------------------------------------------------------------------------

void kpis_screen(App& app, KpisState& v, const Fonts& fonts) {
    screen_title(fonts, tr(app, "nav.kpis"));
    stats_import_button(app);  // the platforms' exports (import_dialog.cpp)
    const kpi::Dashboard& db = dashboard(app, v);
    selectors(app, v, db);
    kpis_manual_form(app, v.manual, v.account);
    const Lang lang = lang_of(app);
    ImGui::Spacing();
    section_title(fonts, tr(app, "kpis.key_figures"));
    key_figures(app, v, db);
    ImGui::Spacing();
    section_title(fonts, tr(app, "kpis.networks"));
    networks_table(app, v, db);
    charts(app, v, fonts, db);
    section_title(fonts, kpi::kpi_name("by_format", lang).c_str());
    sortable_table(app, "##by_format", kpi::kpi_name("by_format", lang), group_table(app, db.by_format, true), "parvis-formats");
    section_title(fonts, kpi::kpi_name("by_message_type", lang).c_str());
    definition_marker(kpi::kpi_definition("by_message_type", lang));
    sortable_table(app, "##by_type", kpi::kpi_name("by_message_type", lang), group_table(app, db.by_message_type, false), "parvis-types-de-message");
    section_title(fonts, kpi::kpi_name("by_campaign", lang).c_str());
    definition_marker(kpi::kpi_definition("by_campaign", lang));
    sortable_table(app, "##by_campaign", kpi::kpi_name("by_campaign", lang), group_table(app, db.by_campaign, false), "parvis-campagnes");
    section_title(fonts, kpi::kpi_name("target_progress", lang).c_str());
    definition_marker(kpi::kpi_definition("target_progress", lang));
    objectives_table(app, db);
    ImGui::Spacing();
    kpis_responses(app, v.responses, fonts, db.options.period);
    ImGui::Spacing();
    ImGui::TextDisabled("%s", tr("kpis.computed_in", lang, {{"ms", format_number(v.compute_ms, 1, lang)}}).c_str());
}

nlohmann::json kpis_summary(const App& app, const KpisState& v) {
    if (!v.valid || v.doc_id != app.doc_id) return nullptr;
    nlohmann::json figures = nlohmann::json::parse(kpi::figures_to_json(scope_current(v.db, v.account)).dump());
    return {
        {"base", kpi::base_name(v.db.options.base)},
        {"aggregate", kpi::aggregation_name(v.db.options.aggregation)},
        {"account", v.account},
        {"from", date::format("%F", date::sys_days{v.db.options.period.from})},
        {"to", date::format("%F", date::sys_days{v.db.options.period.to})},
        {"figures", figures},
        {"community_points", v.community_points},
        {"format_bars", v.format_bars},
        {"heat_cells", v.heat_cells},
        {"sparkline_points", v.sparkline_points},
        {"compute_ms", v.compute_ms},
        {"manual", kpis_manual_summary(app, v.manual)},
        {"responses", kpis_responses_summary(app, v.responses)},
    };
}

}  // namespace parvis::app::ui
