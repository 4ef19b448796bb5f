// Indicateurs › « Délais de réponse » (kpis_responses.h).
//
// Index
// [SECTION] Cache
// [SECTION] Tables
// [SECTION] The section and its test summary
#include "ui/kpis_responses.h"

#include <imgui.h>

#include <cmath>

#include "format/format.h"
#include "kpi/response_times_json.h"
#include "ui/kpis_charts.h"
#include "style.h"
#include "ui/kpis_table.h"

namespace parvis::app::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Cache
//-----------------------------------------------------------------------------

// Recomputed when the document, the period or the option changes; a frame only draws.
const kpi::ResponseTimes& figures(App& app, KpisResponses& r, const kpi::Period& period) {
    const kpi::ResponseTimeOptions options{.period = period, .business_hours = r.business_hours};
    const bool same = r.valid && r.doc_id == app.doc_id && r.revision == app.doc.revision() &&
                      r.computed_for.period == options.period &&
                      r.computed_for.business_hours == options.business_hours;
    if (!same) {
        r.figures = kpi::compute_response_times(app.doc.workspace(), options);
        r.computed_for = options;
        r.doc_id = app.doc_id;
        r.revision = app.doc.revision();
        r.valid = true;
    }
    return r.figures;
}

//-----------------------------------------------------------------------------
// [SECTION] Tables
//-----------------------------------------------------------------------------

std::string duration_text(const kpi::Value& seconds, Lang lang) {
    return seconds ? format_duration(*seconds, lang) : "—";
}

std::string share_text(const kpi::Value& ratio, Lang lang) { return ratio ? format_percent(*ratio, 0, lang) : "—"; }

// « 12 réponses, médiane 3 h 05, 90 % en moins de 1 j 2 h, 83 % dans le délai » for one group.
std::string group_line(const kpi::ResponseGroup& g, Lang lang) {
    if (g.answered == 0)
        return tr("kpis.responses.line_none", lang, {{"waiting", format_integer(g.waiting, lang)}});
    return tr("kpis.responses.line", lang,
              {{"answered", format_integer(g.answered, lang)},
               {"median", duration_text(g.median_seconds, lang)},
               {"p90", duration_text(g.p90_seconds, lang)},
               {"within", share_text(g.within_target, lang)},
               {"waiting", format_integer(g.waiting, lang)}});
}

enum class GroupKind { service, assignee, channel };

std::string group_label(const kpi::ResponseGroup& g, GroupKind kind, Lang lang) {
    switch (kind) {
    case GroupKind::service: return g.key.empty() ? tr("kpis.responses.no_service", lang) : g.label;
    case GroupKind::assignee: return g.key.empty() ? tr("kpis.responses.no_assignee", lang) : g.label;
    case GroupKind::channel: return tr("messages.channel." + g.key, lang);
    }
    return g.label;
}

TableData group_table(const std::vector<kpi::ResponseGroup>& groups, GroupKind kind, Lang lang) {
    static const char* first_header[] = {"kpis.responses.service", "kpis.responses.assignee", "kpis.responses.channel"};
    static_assert(std::size(first_header) == std::size_t(GroupKind::channel) + 1, "one header per GroupKind");
    TableData t;
    t.headers = {tr(first_header[int(kind)], lang),        tr("kpis.responses.answered", lang),
                 tr("kpis.responses.waiting", lang),       tr("kpis.responses.unmeasured", lang),
                 tr("kpis.responses.median", lang),        tr("kpis.responses.p90", lang),
                 tr("kpis.responses.within_target", lang)};
    for (const kpi::ResponseGroup& g : groups) {
        t.cells.push_back({group_label(g, kind, lang), format_integer(g.answered, lang), format_integer(g.waiting, lang),
                           format_integer(g.unmeasured, lang), duration_text(g.median_seconds, lang),
                           duration_text(g.p90_seconds, lang), share_text(g.within_target, lang)});
        t.keys.push_back({std::nullopt, double(g.answered), double(g.waiting), double(g.unmeasured), g.median_seconds,
                          g.p90_seconds, g.within_target});
    }
    return t;
}

// A heading inside the section: a table's or the chart's name, in bold.
void subheading(const Fonts& fonts, const char* text) {
    ImGui::Spacing();
    if (fonts.bold) ImGui::PushFont(fonts.bold);  // null when the font files are missing
    ImGui::TextUnformatted(text);
    if (fonts.bold) ImGui::PopFont();
}

const char* error_key(kpi::ResponseTimesError e) {
    switch (e) {
    case kpi::ResponseTimesError::none: return "";
    case kpi::ResponseTimesError::unknown_zone: return "kpis.responses.error.unknown_zone";
    case kpi::ResponseTimesError::no_working_time: return "kpis.responses.error.no_working_time";
    }
    return "";
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The section and its test summary
//-----------------------------------------------------------------------------

void kpis_responses(App& app, KpisResponses& r, const Fonts& fonts, const kpi::Period& period) {
    const Lang lang = app.settings.lang;
    section_title(fonts, tr(app, "kpis.responses.title"));
    definition_marker(tr("kpis.responses.definition", lang));
    ImGui::Checkbox(tr(app, "kpis.responses.business_hours"), &r.business_hours);
    const kpi::ResponseTimes& f = figures(app, r, period);
    r.backlog_points = 0;
    if (f.error != kpi::ResponseTimesError::none) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().error);
        ImGui::TextWrapped("%s", tr(app, error_key(f.error)));
        ImGui::PopStyleColor();
        return;
    }
    ImGui::TextUnformatted(tr("kpis.responses.target", lang, {{"hours", format_number(f.target_hours, f.target_hours == std::floor(f.target_hours) ? 0 : 1, lang)}}).c_str());
    ImGui::TextWrapped("%s", (std::string(tr(app, "kpis.responses.to_citizens")) + " " + group_line(f.all_replies, lang)).c_str());
    ImGui::TextWrapped("%s", (std::string(tr(app, "kpis.responses.from_services")) + " " + group_line(f.all_handoffs, lang)).c_str());
    if (f.period_capped)
        ImGui::TextDisabled("%s", tr("kpis.responses.capped", lang, {{"days", format_integer(kpi::kMaxResponsePeriodDays, lang)}}).c_str());

    subheading(fonts, tr(app, "kpis.responses.by_service"));
    sortable_table(app, "##responses_service", tr("kpis.responses.by_service", lang), group_table(f.by_service, GroupKind::service, lang), "parvis-delais-services");
    subheading(fonts, tr(app, "kpis.responses.by_assignee"));
    sortable_table(app, "##responses_assignee", tr("kpis.responses.by_assignee", lang), group_table(f.by_assignee, GroupKind::assignee, lang), "parvis-delais-personnes");
    subheading(fonts, tr(app, "kpis.responses.by_channel"));
    sortable_table(app, "##responses_channel", tr("kpis.responses.by_channel", lang), group_table(f.by_channel, GroupKind::channel, lang), "parvis-delais-canaux");

    subheading(fonts, tr(app, "kpis.responses.backlog"));
    definition_marker(tr("kpis.responses.backlog_definition", lang));
    std::vector<kpi::SeriesPoint> points;
    points.reserve(f.backlog.size());
    for (const kpi::BacklogPoint& p : f.backlog) points.push_back({p.day, double(p.open)});
    r.backlog_points = line_chart("##backlog_chart", points, {ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 10},
                                  {tr("kpis.responses.backlog", lang), tr("kpis.table.day", lang), tr("kpis.responses.backlog", lang)}, lang);
    if (f.backlog_undated > 0)
        ImGui::TextDisabled("%s", tr("kpis.responses.undated", lang, {{"count", format_integer(f.backlog_undated, lang)}}).c_str());
}

nlohmann::json kpis_responses_summary(const App& app, const KpisResponses& r) {
    if (!r.valid || r.doc_id != app.doc_id) return nullptr;
    return {
        {"business_hours", r.business_hours},
        {"figures", nlohmann::json::parse(kpi::response_times_to_json(r.figures).dump())},
        {"backlog_points", r.backlog_points},
    };
}

}  // namespace parvis::app::ui
