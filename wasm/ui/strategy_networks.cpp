// Stratégie › Réseaux: the networks assistant. Criteria weights as sliders, the hours a week the
// team can give, then the ranking: score, hours, the assistant's recommendation, and a checkbox
// per network to keep or drop it against the recommendation (with a reason). Each row opens on
// the reasons in plain French and the contribution of each criterion.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "format/format.h"
#include "io/enum_names.h"
#include "strategy/network_scoring.h"
#include "ui/strategy_internal.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

std::string criterion_label(const App& app, strategy::Criterion c) {
    return parvis::tr(std::string("strategy.criterion.") + strategy::criterion_id(c), app.settings.lang);
}

// The stored weight of a criterion, created from the current one when first edited.
double& stored_weight(StrategySettings& settings, strategy::Criterion c, double current) {
    for (CriterionWeight& w : settings.weights)
        if (w.criterion == strategy::criterion_id(c)) return w.weight;
    settings.weights.push_back({strategy::criterion_id(c), current});
    return settings.weights.back().weight;
}

NetworkChoice* choice_of(StrategySettings& settings, Network n) {
    for (NetworkChoice& c : settings.choices)
        if (c.network == n) return &c;
    return nullptr;
}

void weights_editor(App& app) {
    const strategy::ScoringInput input = strategy::scoring_input(app.doc.workspace());
    ImGui::PushItemWidth(220.0f * app.settings.zoom);
    for (std::size_t i = 0; i < strategy::kCriterionCount; ++i) {
        const auto c = static_cast<strategy::Criterion>(i);
        float value = static_cast<float>(input.weights[i]);
        const std::string label = criterion_label(app, c);
        if (ImGui::SliderFloat(label.c_str(), &value, 0.0f, static_cast<float>(strategy::kMaxWeight), "%.1f")) {
            stored_weight(drafts(app).strategy, c, input.weights[i]) = std::clamp(static_cast<double>(value), 0.0, strategy::kMaxWeight);
            changed(app, "weights");
        }
    }
    float hours = static_cast<float>(input.hours_per_week);
    const char* hours_label = tr(app, "strategy.ui.networks.hours");
    if (ImGui::SliderFloat(hours_label, &hours, 1.0f, 60.0f, "%.0f h")) {
        drafts(app).strategy.hours_per_week = std::max(1.0, std::round(static_cast<double>(hours)));
        changed(app, "hours_per_week");
    }
    ImGui::PopItemWidth();
    if (ImGui::SmallButton(tr(app, "strategy.ui.networks.reset_weights"))) {
        drafts(app).strategy.weights.clear();
        changed(app, "weights");
    }
}

void ranking_table(App& app) {
    const strategy::Ranking r = strategy::rank_networks(app.doc.workspace(), app.settings.lang);
    ImGui::TextUnformatted(trf(app, "strategy.ui.networks.budget_line",
                               {{"budget", format_number(r.hours_budget, 0, app.settings.lang)},
                                {"recommended", format_number(r.hours_recommended, 0, app.settings.lang)},
                                {"selected", format_number(r.hours_selected, 0, app.settings.lang)}})
                               .c_str());
    ImGui::TextDisabled("%s", r.audience_basis.c_str());
    for (const std::string& note : r.notes) ImGui::TextColored(palette().warning, "%s", note.c_str());
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##ranking", 6, flags)) return;
    ImGui::TableSetupColumn(tr(app, "strategy.ui.networks.rank"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(app, "strategy.network"));
    ImGui::TableSetupColumn(tr(app, "strategy.ui.networks.score"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(app, "strategy.ui.networks.hours_col"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(app, "strategy.ui.networks.recommended"), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(app, "strategy.ui.networks.kept"));
    ImGui::TableHeadersRow();
    // For screen readers: a row per network headed by its name, with its reasons (drawn only
    // under an opened row) in a column of their own; « Retenu » is a tick box of its own.
    TableWords words;
    for (const strategy::NetworkScore& s : r.networks) {
        ImGui::PushID(static_cast<int>(s.network));
        words.row();
        words.word(network_label(app, s.network));
        words.cell(std::to_string(s.rank));
        ImGui::TableNextColumn();
        const bool open = ImGui::TreeNodeEx(network_label(app, s.network), ImGuiTreeNodeFlags_SpanFullWidth);
        words.cell(format_number(s.score, 0, app.settings.lang));
        words.cell(format_number(s.hours_per_week, 0, app.settings.lang));
        words.cell(tr(app, s.recommended ? "common.yes" : "common.no"));
        std::string reasons;
        for (const std::string& reason : s.reasons) reasons += (reasons.empty() ? "" : " ; ") + reason;
        words.word(std::move(reasons));
        ImGui::TableNextColumn();
        bool selected = s.selected;
        const std::string keep_label = std::string(tr(app, "strategy.ui.networks.keep")) + "##keep";
        if (ImGui::Checkbox(keep_label.c_str(), &selected)) {
            StrategySettings& settings = drafts(app).strategy;
            NetworkChoice* c = choice_of(settings, s.network);
            if (selected == s.recommended) {
                // Back to the recommendation: the override goes away.
                std::erase_if(settings.choices, [&](const NetworkChoice& x) { return x.network == s.network; });
            } else if (c) {
                c->selected = selected;
            } else {
                settings.choices.push_back({s.network, selected, ""});
            }
            changed(app, "choices");
        }
        if (s.overridden) {
            if (NetworkChoice* c = choice_of(drafts(app).strategy, s.network)) {
                ImGui::SameLine();
                ImGui::SetNextItemWidth(-1);
                const std::string reason_label = std::string("##reason");
                ImGui::InputTextWithHint(reason_label.c_str(), tr(app, "strategy.ui.networks.reason_hint"), &c->reason);
                if (ImGui::IsItemEdited()) changed(app, "choices");
            }
        }
        if (open) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(1);
            ImGui::PushTextWrapPos(0);
            for (const std::string& reason : s.reasons) ImGui::BulletText("%s", reason.c_str());
            for (const strategy::Contribution& c : s.contributions)
                ImGui::TextDisabled("%s", trf(app, "strategy.ui.networks.contribution",
                                              {{"criterion", criterion_label(app, c.criterion)},
                                               {"weight", format_number(c.weight, 1, app.settings.lang)},
                                               {"fit", format_number(c.fit * 100, 0, app.settings.lang)},
                                               {"points", format_number(c.points, 1, app.settings.lang)}})
                                              .c_str());
            ImGui::PopTextWrapPos();
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
    table_structure("##ranking", tr(app, "strategy.ui.networks.title"),
                    {tr(app, "strategy.network"), tr(app, "strategy.ui.networks.rank"), tr(app, "strategy.ui.networks.score"),
                     tr(app, "strategy.ui.networks.hours_col"), tr(app, "strategy.ui.networks.recommended"),
                     tr(app, "strategy.ui.networks.reasons")},
                    std::move(words.rows));
}

}  // namespace

void networks_tab(App& app, const Fonts& fonts) {
    section_title(fonts, tr(app, "strategy.ui.networks.title"));
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(app, "strategy.ui.networks.help"));
    ImGui::PopTextWrapPos();
    weights_editor(app);
    ImGui::Spacing();
    ranking_table(app);
}

}  // namespace parvis::app::ui
