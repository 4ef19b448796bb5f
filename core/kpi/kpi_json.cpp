#include "kpi/kpi_json.h"

#include <cmath>

#include "io/enum_names.h"
#include "io/time_text.h"
#include "kpi/catalogue.h"

namespace parvis::kpi {
namespace {

using Json = nlohmann::ordered_json;

// Whole numbers as integers (followers, publications), others as they are.
Json value_json(const Value& v) {
    if (!v) return Json(nullptr);
    if (std::abs(*v) < 1e15 && *v == std::floor(*v)) return Json(static_cast<std::int64_t>(*v));
    return Json(*v);
}

Json period_json(const Period& p) {
    return {{"from", io::format_day(p.from)}, {"to", io::format_day(p.to)}, {"days", period_days(p)}};
}

Json rows_json(const std::vector<GroupRow>& rows) {
    Json out = Json::array();
    for (const GroupRow& r : rows) {
        out.push_back({{"key", r.key},
                       {"label", r.label},
                       {"publications", r.publications},
                       {"engagements", value_json(r.engagements)},
                       {"mean_engagements", value_json(r.mean_engagements)},
                       {"engagement_rate", value_json(r.engagement_rate ? Value(*r.engagement_rate * 100) : std::nullopt)},
                       {"reach", value_json(r.reach)}});
    }
    return out;
}

const char* trend_name(Trend t) {
    switch (t) {
        case Trend::better: return "better";
        case Trend::worse: return "worse";
        case Trend::stable: return "stable";
        case Trend::unknown: break;
    }
    return "unknown";
}

}  // namespace

Json figures_to_json(const Figures& f) {
    Json out = Json::object();
    for (const KpiInfo& k : kpi_catalogue()) {
        if (k.id.rfind("by_", 0) == 0 || k.id == "best_time" || k.id == "target_progress") continue;
        out[std::string(k.id)] = value_json(figure_by_id(f, k.id));
    }
    return out;
}

Json dashboard_to_json(const Dashboard& db, const Workspace& ws, Lang lang) {
    Json out = Json::object();
    out["period"] = period_json(db.options.period);
    out["previous_period"] = period_json(db.previous_period);
    out["base"] = base_name(db.options.base);
    out["aggregate"] = aggregation_name(db.options.aggregation);
    out["time_zone"] = ws.profile.time_zone;
    out["units"] = "Taux en %, délais en heures, fréquence en publications par semaine ; null : pas de valeur.";
    out["all"] = figures_to_json(db.all);
    out["all_previous"] = figures_to_json(db.all_previous);
    Json accounts = Json::array();
    for (const AccountFigures& a : db.accounts) {
        Json followers = Json::array();
        for (const SeriesPoint& p : a.followers) followers.push_back({io::format_day(p.day), p.value});
        accounts.push_back({{"id", a.account_id},
                            {"network", std::string(io::enum_name(a.network))},
                            {"current", figures_to_json(a.current)},
                            {"previous", figures_to_json(a.previous)},
                            {"followers", followers}});
    }
    out["accounts"] = accounts;
    out["by_format"] = rows_json(db.by_format);
    out["by_message_type"] = rows_json(db.by_message_type);
    out["by_campaign"] = rows_json(db.by_campaign);
    Json cells = Json::array();
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            const HeatCell& c = db.heatmap[std::size_t(d)][std::size_t(h)];
            if (c.publications == 0) continue;
            cells.push_back({{"weekday", d + 1}, {"hour", h}, {"publications", c.publications},
                             {"median_engagement_rate", value_json(c.median ? Value(*c.median * 100) : std::nullopt)}});
        }
    }
    out["best_time"] = {{"min_publications", db.options.min_cell_posts}, {"cells", cells}};
    Json community = Json::array();
    for (const SeriesPoint& p : db.community) community.push_back({io::format_day(p.day), p.value});
    out["community"] = community;
    Json targets = Json::array();
    for (const TargetProgress& t : db.targets) {
        targets.push_back({{"objective", t.objective_id},
                           {"kpi", t.target.kpi},
                           {"comparison", t.target.comparison},
                           {"target", t.target.value},
                           {"unit", t.target.unit},
                           {"account", t.target.network_id},
                           {"measurable", t.measurable},
                           {"value", value_json(t.value)},
                           {"previous", value_json(t.previous)},
                           {"met", t.met ? Json(*t.met) : Json(nullptr)},
                           {"trend", trend_name(t.trend)}});
    }
    out["targets"] = targets;
    Json definitions = Json::object();
    for (const KpiInfo& k : kpi_catalogue()) {
        definitions[std::string(k.id)] = {{"name", kpi_name(k.id, lang)},
                                          {"definition", kpi_definition(k.id, lang)},
                                          {"unit", std::string(k.unit)}};
    }
    out["definitions"] = definitions;
    return out;
}

}  // namespace parvis::kpi
