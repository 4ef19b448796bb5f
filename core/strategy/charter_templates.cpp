#include "strategy/charter_templates.h"

#include "io/enum_names.h"
#include "io/workspace_json.h"
#include "strategy/moderation_text.h"
#include "strategy/strategy_assets.h"

namespace parvis::strategy {
namespace {

Error template_error(const std::string& detail) {
    Error e;
    e.code = ErrorCode::invalid_value;
    e.detail = "assets/strategy/charter_templates.json: " + detail;
    return e;
}

void replace_all(std::string& text, std::string_view from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

}  // namespace

Result<std::vector<CharterTemplate>> charter_templates() {
    const nlohmann::json& file = strategy_asset("charter_templates.json");
    if (!file.contains("templates") || !file["templates"].is_array()) return template_error("no templates");
    std::vector<CharterTemplate> out;
    for (const nlohmann::json& t : file["templates"]) {
        CharterTemplate ct;
        if (!t.is_object() || !t.contains("id") || !t.contains("charter")) return template_error("template without id or charter");
        ct.id = t.value("id", std::string());
        ct.label = t.value("label", ct.id);
        ct.description = t.value("description", "");
        if (!io::enum_from_name(t.value("kind", "commune"), ct.kind)) return template_error(ct.id + ": kind");
        // The charter goes through the workspace reader: same checks as a saved file.
        const nlohmann::json wrapper = {{"format", kFormatMarker}, {"schema_version", kSchemaVersion},
                                        {"id", "template"}, {"profile", {{"name", "template"}}},
                                        {"charter", t["charter"]}};
        auto ws = read_workspace(wrapper.dump());
        if (!ws) return template_error(ct.id + ": " + ws.error().detail + " " + ws.error().pointer);
        ct.charter = ws->charter;
        if (t.contains("rhythm_by_network") && t["rhythm_by_network"].is_object()) {
            for (const auto& [name, r] : t["rhythm_by_network"].items()) {
                Network network{};
                if (!io::enum_from_name(name, network)) return template_error(ct.id + ": network " + name);
                RhythmRule rule;
                rule.min_per_week = r.value("min_per_week", 0);
                rule.max_per_week = r.value("max_per_week", 0);
                rule.max_per_day = r.value("max_per_day", 0);
                ct.rhythm_by_network.emplace_back(network, rule);
            }
        }
        out.push_back(std::move(ct));
    }
    return out;
}

Charter instantiate_template(const CharterTemplate& t, const Workspace& ws) {
    Charter c = t.charter;
    const std::string name = ws.profile.name.empty() ? std::string("notre collectivité") : ws.profile.name;
    replace_all(c.signature, "{nom}", name);
    c.rhythm.clear();
    for (const NetworkAccount& a : ws.accounts) {
        for (const auto& [network, rule] : t.rhythm_by_network) {
            if (network != a.network) continue;
            RhythmRule r = rule;
            r.account_id = a.id;
            c.rhythm.push_back(r);
        }
    }
    c.moderation.public_text = moderation_public_text(c, ws);
    // Who is alerted about a hostile thread is the team's choice, not the template's.
    c.moderation.alert_person_id = ws.charter.moderation.alert_person_id;
    return c;
}

const CharterTemplate* template_for(const std::vector<CharterTemplate>& templates, CollectivityKind kind) {
    const CollectivityKind wanted = kind == CollectivityKind::region ? CollectivityKind::departement : kind;
    for (const CharterTemplate& t : templates)
        if (t.kind == wanted) return &t;
    return templates.empty() ? nullptr : &templates.front();
}

}  // namespace parvis::strategy
