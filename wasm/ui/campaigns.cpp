// Stratégie › Campagnes: the campaigns the calendar colours and the KPIs group by. Add, edit
// (name, colour from a fixed palette readable in both themes, dates, objective, message types),
// archive. Never deleted: posts and figures keep referring to them. Edits go through
// core/edit/campaign_edits.h, which refuses an end before the start.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <utility>

#include "edit/campaign_edits.h"
#include "io/time_text.h"
#include "style.h"
#include "ui/screens.h"
#include "ui/strategy_internal.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

// "#rrggbb" as an ImGui colour (the campaign's own colour: data, not a UI colour).
ImVec4 colour_of(const std::string& hex) {
    unsigned r = 0, g = 0, b = 0;
    if (hex.size() != 7 || std::sscanf(hex.c_str() + 1, "%02x%02x%02x", &r, &g, &b) != 3) return palette().muted;
    return ImVec4(r / 255.0f, g / 255.0f, b / 255.0f, 1);
}

// A date box kept as typed until it reads as a day (or is emptied); true when `day` changed.
bool date_field(StrategyState& s, const char* label, const std::string& key, std::optional<Day>& day) {
    std::string* text = nullptr;
    for (auto& [k, t] : s.campaign_dates_typed)
        if (k == key) text = &t;
    if (!text) {
        s.campaign_dates_typed.emplace_back(key, day ? io::format_day(*day) : std::string());
        text = &s.campaign_dates_typed.back().second;
    }
    if (!text_field(label, *text)) return false;
    if (text->empty()) { day.reset(); return true; }
    if (auto d = io::parse_day(*text)) { day = *d; return true; }
    return false;
}

void campaign_editor(App& app, StrategyState& s, Campaign c) {
    const Workspace& ws = app.doc.workspace();
    bool changed = false;
    ImGui::PushItemWidth(360.0f * app.settings.zoom);
    changed |= text_field(tr(app, "campaigns.name"), c.name);
    ImGui::TextUnformatted(tr(app, "campaigns.color"));
    for (std::size_t i = 0; i < edit::kCampaignColours.size(); ++i) {
        const std::string hex(edit::kCampaignColours[i]);
        ImGui::SameLine();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::ColorButton(hex.c_str(), colour_of(hex), ImGuiColorEditFlags_NoTooltip) && c.color != hex) {
            c.color = hex;
            changed = true;
        }
        if (c.color == hex) {
            ImGui::SameLine(0, 2);
            ImGui::TextUnformatted("\xE2\x9C\x93");  // ✓ the chosen one, not by colour alone
        }
        ImGui::PopID();
    }
    changed |= date_field(s, tr(app, "campaigns.starts"), c.id + ">starts", c.starts);
    changed |= date_field(s, tr(app, "campaigns.ends"), c.id + ">ends", c.ends);
    changed |= text_field(tr(app, "campaigns.description"), c.description);
    const Objective* objective = nullptr;
    for (const Objective& o : ws.objectives)
        if (o.id == c.objective_id) objective = &o;
    if (begin_combo(tr(app, "campaigns.objective"), objective ? objective->title.c_str() : tr(app, "campaigns.no_objective"))) {
        if (ImGui::Selectable(tr(app, "campaigns.no_objective"), c.objective_id.empty())) { c.objective_id.clear(); changed = true; }
        for (const Objective& o : ws.objectives)
            if (ImGui::Selectable(o.title.c_str(), o.id == c.objective_id)) { c.objective_id = o.id; changed = true; }
        ImGui::EndCombo();
    }
    ImGui::PopItemWidth();
    if (!ws.charter.message_types.empty()) {
        ImGui::TextUnformatted(tr(app, "campaigns.message_types"));
        for (const MessageType& t : ws.charter.message_types) {
            auto it = std::find(c.message_type_ids.begin(), c.message_type_ids.end(), t.id);
            bool on = it != c.message_type_ids.end();
            ImGui::SameLine();
            if (ImGui::Checkbox(t.name.c_str(), &on)) {
                if (on) c.message_type_ids.push_back(t.id);
                else c.message_type_ids.erase(it);
                changed = true;
            }
        }
    }
    if (changed) after_edit(app, edit::update_campaign(app.doc.edit(), actor(app), c));
    if (ImGui::SmallButton(tr(app, c.archived ? "campaigns.restore" : "campaigns.archive")))
        after_edit(app, edit::set_campaign_archived(app.doc.edit(), actor(app), c.id, !c.archived));
}

}  // namespace

void campaigns_tab(App& app, const Fonts& fonts) {
    StrategyState& s = app.screens->strategy;
    section_title(fonts, tr(app, "campaigns.title"));
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(app, "campaigns.help"));
    ImGui::PopTextWrapPos();
    ImGui::Checkbox(tr(app, "campaigns.show_archived"), &s.show_archived);
    const Workspace& ws = app.doc.workspace();
    if (ws.campaigns.empty()) ImGui::TextUnformatted(tr(app, "campaigns.none"));
    for (const Campaign& c : ws.campaigns) {
        if (c.archived && !s.show_archived) continue;
        ImGui::PushID(c.id.c_str());
        ImGui::ColorButton("##swatch", colour_of(c.color), ImGuiColorEditFlags_NoTooltip, ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
        ImGui::SameLine();
        std::string header = c.name.empty() ? std::string(tr(app, "campaigns.unnamed")) : c.name;
        if (c.archived) header += " (" + std::string(tr(app, "campaigns.archived")) + ")";
        if (ImGui::CollapsingHeader((header + "###campaign").c_str())) campaign_editor(app, s, c);
        ImGui::PopID();
    }
    if (ImGui::Button(tr(app, "campaigns.add"))) {
        edit::add_campaign(app.doc.edit(), actor(app), tr(app, "campaigns.new_name"));
        mark_edited(app);
    }
}

}  // namespace parvis::app::ui
