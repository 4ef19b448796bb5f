// Stratégie › Profil et comptes, the accounts part: the collectivité's network accounts, the ones
// the connectors connect. Each row edits a copy of the account and hands it to core/edit/
// (account_edits.h); deleting asks first, saying how many texts, figures and messages go with the
// account, and offers to deactivate it instead.
#include <imgui.h>

#include <algorithm>
#include <utility>

#include "edit/account_edits.h"
#include "io/enum_names.h"
#include "io/time_text.h"
#include "model/find.h"
#include "ui/screens.h"
#include "ui/strategy_internal.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

// The text typed for `id` in `typed`, made from `initial` the first time.
std::string& typed_text(std::vector<std::pair<std::string, std::string>>& typed, const std::string& id,
                        const std::string& initial) {
    for (auto& [key, text] : typed)
        if (key == id) return text;
    typed.emplace_back(id, initial);
    return typed.back().second;
}

void delete_dialog(App& app, StrategyState& s) {
    const NetworkAccount* a = find_account(app.doc.workspace(), s.delete_account_id);
    if (!a) s.delete_account_id.clear();
    if (!begin_dialog("##delete_account", a != nullptr, 520.0f * app.settings.zoom)) return;
    const edit::AccountUsage u = edit::account_usage(app.doc.workspace(), a->id);
    const std::string name = std::string(network_label(app, a->network)) + (a->handle.empty() ? "" : " " + a->handle);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(trf(app, "accounts.delete.question", {{"account", name}}).c_str());
    if (u.total() > 0) {
        ImGui::TextUnformatted(trf(app, "accounts.delete.usage",
                                   {{"variants", std::to_string(u.variants)},
                                    {"metrics", std::to_string(u.snapshots + u.post_metrics)},
                                    {"messages", std::to_string(u.messages)},
                                    {"rules", std::to_string(u.rhythm_rules + u.targets)}})
                                   .c_str());
        ImGui::TextUnformatted(tr(app, "accounts.delete.keep_hint"));
    }
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr(app, "accounts.delete.confirm"))) {
        after_edit(app, edit::delete_account(app.doc.edit(), actor(app), s.delete_account_id));
        s.delete_account_id.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (u.total() > 0 && a->active && ImGui::Button(tr(app, "accounts.delete.deactivate"))) {
        after_edit(app, edit::set_account_active(app.doc.edit(), actor(app), s.delete_account_id, false));
        s.delete_account_id.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (cancel_button(tr(app, "common.cancel"))) {
        s.delete_account_id.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

void accounts_section(App& app, const Fonts& fonts) {
    StrategyState& s = app.screens->strategy;
    section_title(fonts, tr(app, "strategy.accounts"));
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(app, "accounts.help"));
    ImGui::PopTextWrapPos();
    const Workspace& ws = app.doc.workspace();
    if (ws.accounts.empty()) ImGui::TextUnformatted(tr(app, "accounts.none"));
    else if (ImGui::BeginTable("##accounts", 7, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr(app, "strategy.network"));
        ImGui::TableSetupColumn(tr(app, "strategy.handle"));
        ImGui::TableSetupColumn(tr(app, "accounts.url"));
        ImGui::TableSetupColumn(tr(app, "accounts.instance"));
        ImGui::TableSetupColumn(tr(app, "accounts.opened_on"));
        ImGui::TableSetupColumn(tr(app, "strategy.active"), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < ws.accounts.size(); ++i) {
            NetworkAccount a = ws.accounts[i];
            ImGui::PushID(a.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool changed = false;
            ImGui::SetNextItemWidth(-1);
            if (begin_combo("##network", network_label(app, a.network))) {
                for (std::size_t n = 0; n < io::EnumNames<Network>::count; ++n)
                    if (ImGui::Selectable(network_label(app, static_cast<Network>(n)), a.network == static_cast<Network>(n))) {
                        a.network = static_cast<Network>(n);
                        changed = true;
                    }
                ImGui::EndCombo();
            }
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            changed |= text_field("##handle", a.handle);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            changed |= text_field("##url", a.url);
            ImGui::TableNextColumn();
            if (a.network == Network::mastodon) {
                ImGui::SetNextItemWidth(-1);
                changed |= text_field("##instance", a.instance);
            }
            ImGui::TableNextColumn();
            // The date is kept as typed until it reads as a day (or is emptied).
            std::string& date = typed_text(s.opened_on_typed, a.id, a.opened_on ? io::format_day(*a.opened_on) : std::string());
            ImGui::SetNextItemWidth(-1);
            if (text_field("##opened_on", date)) {
                if (date.empty()) { a.opened_on.reset(); changed = true; }
                else if (auto d = io::parse_day(date)) { a.opened_on = *d; changed = true; }
            }
            ImGui::TableNextColumn();
            changed |= ImGui::Checkbox("##active", &a.active);
            if (changed) after_edit(app, edit::update_account(app.doc.edit(), actor(app), a));
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr(app, "accounts.delete"))) s.delete_account_id = a.id;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (begin_combo(tr(app, "accounts.add"), tr(app, "accounts.add_choose"))) {
        for (std::size_t n = 0; n < io::EnumNames<Network>::count; ++n)
            if (ImGui::Selectable(network_label(app, static_cast<Network>(n)))) {
                edit::add_account(app.doc.edit(), actor(app), static_cast<Network>(n));
                mark_edited(app);
            }
        ImGui::EndCombo();
    }
    delete_dialog(app, s);
}

}  // namespace parvis::app::ui
