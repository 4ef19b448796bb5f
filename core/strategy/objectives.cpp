#include "strategy/objectives.h"

#include <algorithm>
#include <cctype>

#include "strategy/strategy_assets.h"

namespace parvis::strategy {
namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::vector<Target> read_targets(const nlohmann::json& list) {
    std::vector<Target> out;
    if (!list.is_array()) return out;
    for (const nlohmann::json& t : list) {
        if (!t.is_object()) continue;
        Target target;
        target.kpi = t.value("kpi", std::string());
        target.comparison = t.value("comparison", std::string(">="));
        target.value = t.value("value", 0.0);
        target.unit = t.value("unit", std::string());
        out.push_back(target);
    }
    return out;
}

}  // namespace

const std::vector<KpiInfo>& kpis() {
    static const std::vector<KpiInfo> list = [] {
        std::vector<KpiInfo> out;
        const nlohmann::json& file = strategy_asset("objectives.json");
        if (file.contains("kpis") && file["kpis"].is_array())
            for (const nlohmann::json& k : file["kpis"])
                if (k.is_object())
                    out.push_back({k.value("id", std::string()), k.value("label", std::string()), k.value("unit", std::string())});
        return out;
    }();
    return list;
}

const KpiInfo* find_kpi(std::string_view id) {
    for (const KpiInfo& k : kpis())
        if (k.id == id) return &k;
    return nullptr;
}

const std::vector<StandardObjective>& standard_objectives() {
    static const std::vector<StandardObjective> list = [] {
        std::vector<StandardObjective> out;
        const nlohmann::json& file = strategy_asset("objectives.json");
        if (!file.contains("objectives") || !file["objectives"].is_array()) return out;
        for (const nlohmann::json& o : file["objectives"]) {
            if (!o.is_object()) continue;
            StandardObjective s;
            s.kind = o.value("kind", std::string());
            s.title = o.value("title", std::string());
            s.description = o.value("description", std::string());
            s.horizon_months = o.value("horizon_months", 12);
            if (o.contains("targets")) s.targets = read_targets(o["targets"]);
            if (o.contains("suggested_message_types") && o["suggested_message_types"].is_array())
                for (const nlohmann::json& m : o["suggested_message_types"])
                    if (m.is_string()) s.suggested_message_types.push_back(m.get<std::string>());
            out.push_back(std::move(s));
        }
        return out;
    }();
    return list;
}

const StandardObjective* find_standard_objective(std::string_view kind) {
    for (const StandardObjective& s : standard_objectives())
        if (s.kind == kind) return &s;
    return nullptr;
}

std::string objective_kind(const Objective& objective) {
    if (objective.kind == "custom" || find_standard_objective(objective.kind)) return objective.kind;
    // Stems of the French titles, accents left out (the title is lower-cased in ASCII only).
    static const std::pair<const char*, const char*> stems[] = {
        {"recrut", "recruit"}, {"alert", "alert"}, {"inform", "inform"}, {"interag", "interact"},
        {"repond", "interact"}, {"lien", "link"}, {"particip", "link"}, {"rapproch", "proximity"},
        {"proximit", "proximity"}, {"promouv", "promote"}, {"territoire", "promote"}, {"attractiv", "promote"},
    };
    const std::string title = lower(objective.title);
    for (const auto& [stem, kind] : stems)
        if (title.find(stem) != std::string::npos) return kind;
    return "custom";
}

Objective objective_from_standard(const StandardObjective& standard, const std::string& id, Day today) {
    Objective o;
    o.id = id;
    o.kind = standard.kind;
    o.title = standard.title;
    o.description = standard.description;
    o.targets = standard.targets;
    const date::year_month end = today.year() / today.month() + date::months{standard.horizon_months};
    o.horizon = date::year_month_day{end / date::last};
    return o;
}

std::vector<CharterIssue> validate_objectives(const Workspace& ws, Lang lang) {
    std::vector<CharterIssue> out;
    auto add = [&](const char* code, check::Severity s, std::string ptr, const Args& args) {
        out.push_back({code, s, std::move(ptr), tr(std::string("strategy.objective.") + code, lang, args)});
    };
    for (std::size_t i = 0; i < ws.objectives.size(); ++i) {
        const Objective& o = ws.objectives[i];
        const std::string ptr = "/objectives/" + std::to_string(i);
        if (o.targets.empty()) add("no_target", check::Severity::warning, ptr + "/targets", {{"objective", o.title}});
        if (!o.horizon) add("no_horizon", check::Severity::warning, ptr + "/horizon", {{"objective", o.title}});
        for (std::size_t k = 0; k < o.targets.size(); ++k) {
            const Target& t = o.targets[k];
            const std::string tp = ptr + "/targets/" + std::to_string(k);
            if (!find_kpi(t.kpi)) add("unknown_kpi", check::Severity::warning, tp + "/kpi", {{"objective", o.title}, {"kpi", t.kpi}});
            if (t.comparison != ">=" && t.comparison != "<=")
                add("bad_comparison", check::Severity::error, tp + "/comparison", {{"objective", o.title}, {"comparison", t.comparison}});
        }
    }
    return out;
}

}  // namespace parvis::strategy
