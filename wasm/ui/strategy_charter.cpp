// Stratégie › Charte: the editorial and moderation charter editor. The issues of the charter
// (core/strategy/charter_validation.h) are listed first, each naming what to fix; a template for
// a commune, an EPCI or a département replaces the charter only after a confirmation.
//
// Index
// [SECTION] Helpers
// [SECTION] Templates and issues
// [SECTION] Message types and circuits
// [SECTION] Tone and words
// [SECTION] Rhythm and business hours
// [SECTION] Moderation
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "format/format.h"
#include "io/enum_names.h"
#include "strategy/charter_templates.h"
#include "strategy/charter_validation.h"
#include "strategy/moderation_text.h"
#include "ui/strategy_internal.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

constexpr Role kRoles[] = {Role::community_manager, Role::social_media_manager, Role::validator_dgs,
                           Role::validator_elected, Role::communication_director, Role::contributor};
static_assert(std::size(kRoles) == io::EnumNames<Role>::count, "kRoles: every Role");

template <class E>
std::string enum_label(const App& app, const char* prefix, E value) {
    return parvis::tr(std::string(prefix) + std::string(io::enum_name(value)), app.settings.lang);
}

// A radio group over an enum; records the change.
template <class E, std::size_t N>
void enum_radios(App& app, const char* title, E& value, const E (&values)[N], const char* prefix) {
    ImGui::TextUnformatted(title);
    ImGui::Indent();
    for (E v : values) {
        const std::string label = enum_label(app, prefix, v);
        if (ImGui::RadioButton(label.c_str(), value == v) && value != v) {
            value = v;
            audit(app, "charter.edit", std::string(title) + " : " + label);
        }
    }
    ImGui::Unindent();
}

bool word_list(App& app, const char* id, std::vector<WordRule>& list, const char* what) {
    bool changed = false;
    ImGui::PushID(id);
    int remove = -1;
    if (ImGui::BeginTable("##words", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr(app, "strategy.ui.charter.word"));
        ImGui::TableSetupColumn(tr(app, "strategy.ui.charter.replacement"));
        ImGui::TableSetupColumn(tr(app, "strategy.ui.charter.reason"));
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < list.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            if (text_field("##word", list[i].word)) edited_now(app);
            audit_if_done(app, "charter.edit", std::string(what) + " : " + list[i].word);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            if (text_field("##replacement", list[i].replacement)) edited_now(app);
            audit_if_done(app, "charter.edit", std::string(what) + " : " + list[i].word + " → " + list[i].replacement);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            if (text_field("##reason", list[i].reason)) edited_now(app);
            audit_if_done(app, "charter.edit", std::string(what) + " : " + list[i].word);
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr(app, "strategy.ui.remove"))) remove = static_cast<int>(i);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove >= 0) {
        const std::string word = list[static_cast<std::size_t>(remove)].word;
        list.erase(list.begin() + remove);
        audit(app, "charter.edit", std::string(what) + " : − " + word);
        changed = true;
    }
    if (ImGui::SmallButton(tr(app, "strategy.ui.charter.add_word"))) {
        list.push_back({});
        audit(app, "charter.edit", std::string(what) + " : +");
        changed = true;
    }
    ImGui::PopID();
    return changed;
}

//-----------------------------------------------------------------------------
// [SECTION] Templates and issues
//-----------------------------------------------------------------------------

std::string pending_template;  // id awaiting confirmation

void templates_bar(App& app) {
    static const auto templates = strategy::charter_templates();
    if (!templates) {
        ImGui::TextColored(palette().error, "%s", templates.error().detail.c_str());
        return;
    }
    ImGui::TextUnformatted(tr(app, "strategy.ui.charter.templates"));
    for (const strategy::CharterTemplate& t : *templates) {
        ImGui::SameLine();
        const std::string label = trf(app, "strategy.ui.charter.use_template", {{"name", t.label}}) + "##tpl-" + t.id;
        if (ImGui::Button(label.c_str())) {
            pending_template = t.id;
            ImGui::OpenPopup("##confirm_template");
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t.description.c_str());
    }
    if (ImGui::BeginPopupModal("##confirm_template", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        const strategy::CharterTemplate* chosen = nullptr;
        for (const auto& t : *templates)
            if (t.id == pending_template) chosen = &t;
        ImGui::TextUnformatted(trf(app, "strategy.ui.charter.confirm_template", {{"name", chosen ? chosen->label : ""}}).c_str());
        if (ImGui::Button(tr(app, "strategy.ui.charter.replace")) && chosen) {
            Workspace& ws = app.doc.edit();
            ws.charter = strategy::instantiate_template(*chosen, ws);
            audit(app, "charter.template", chosen->label);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(app, "common.cancel"))) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}

void issues_list(App& app) {
    const auto issues = strategy::validate_charter(app.doc.workspace(), app.settings.lang);
    if (strategy::charter_is_valid(issues)) {
        ImGui::TextColored(palette().ok, "%s", tr(app, "strategy.ui.charter.valid"));
    } else {
        ImGui::TextColored(palette().error, "%s", tr(app, "strategy.ui.charter.invalid"));
    }
    ImGui::PushTextWrapPos(0);
    for (const auto& i : issues) {
        const ImVec4& colour = i.severity == check::Severity::error     ? palette().error
                               : i.severity == check::Severity::warning ? palette().warning
                                                                        : palette().muted;
        ImGui::TextColored(colour, "• %s", i.message.c_str());
    }
    ImGui::PopTextWrapPos();
}

//-----------------------------------------------------------------------------
// [SECTION] Message types and circuits
//-----------------------------------------------------------------------------

void message_types(App& app) {
    Charter& c = app.doc.edit().charter;
    int remove = -1;
    if (ImGui::BeginTable("##types", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr(app, "strategy.ui.charter.type_name"));
        ImGui::TableSetupColumn(tr(app, "strategy.ui.charter.share"));
        ImGui::TableSetupColumn(tr(app, "strategy.ui.charter.circuit"));
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < c.message_types.size(); ++i) {
            MessageType& m = c.message_types[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            if (text_field("##name", m.name)) edited_now(app);
            audit_if_done(app, "charter.edit", m.name);
            ImGui::TableNextColumn();
            float percent = static_cast<float>(m.target_share * 100);
            ImGui::SetNextItemWidth(-1);
            if (ImGui::SliderFloat("##share", &percent, 0, 100, "%.0f %%")) {
                m.target_share = std::round(percent) / 100.0;
                edited_now(app);
            }
            audit_if_done(app, "charter.edit", m.name + " : " + format_percent(m.target_share, 0, app.settings.lang));
            ImGui::TableNextColumn();
            int remove_step = -1;
            for (std::size_t k = 0; k < m.validation_circuit.size(); ++k) {
                ImGui::PushID(static_cast<int>(k));
                if (k) {
                    ImGui::SameLine();
                    ImGui::TextUnformatted("\xE2\x86\x92");
                    ImGui::SameLine();
                }
                const std::string step = enum_label(app, "strategy.role.", m.validation_circuit[k]) + " \xC3\x97";
                if (ImGui::SmallButton(step.c_str())) remove_step = static_cast<int>(k);
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "strategy.ui.charter.remove_step"));
                ImGui::PopID();
            }
            if (remove_step >= 0) {
                m.validation_circuit.erase(m.validation_circuit.begin() + remove_step);
                audit(app, "charter.circuit", m.name);
            }
            if (!m.validation_circuit.empty()) ImGui::SameLine();
            ImGui::SetNextItemWidth(170.0f * app.settings.zoom);
            if (begin_combo("##add_step", tr(app, "strategy.ui.charter.add_step"))) {
                for (Role r : kRoles)
                    if (ImGui::Selectable(enum_label(app, "strategy.role.", r).c_str())) {
                        m.validation_circuit.push_back(r);
                        audit(app, "charter.circuit", m.name + " : + " + enum_label(app, "strategy.role.", r));
                    }
                ImGui::EndCombo();
            }
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr(app, "strategy.ui.remove"))) remove = static_cast<int>(i);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove >= 0) {
        const std::string name = c.message_types[static_cast<std::size_t>(remove)].name;
        c.message_types.erase(c.message_types.begin() + remove);
        audit(app, "charter.edit", "− " + name);
    }
    if (ImGui::SmallButton(tr(app, "strategy.ui.charter.add_type"))) {
        MessageType m;
        m.id = "type-" + std::to_string(now_instant().time_since_epoch().count()) + "-" + std::to_string(c.message_types.size());
        m.name = tr(app, "strategy.ui.charter.new_type");
        c.message_types.push_back(m);
        audit(app, "charter.edit", "+ " + m.name);
    }
    double sum = 0;
    for (const MessageType& m : c.message_types) sum += m.target_share;
    ImGui::SameLine();
    ImGui::TextDisabled("%s", trf(app, "strategy.ui.charter.share_total", {{"sum", format_percent(sum, 0, app.settings.lang)}}).c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] Tone and words
//-----------------------------------------------------------------------------

void tone(App& app) {
    Charter& c = app.doc.edit().charter;
    ImGui::TextUnformatted(tr(app, "strategy.ui.charter.register"));
    ImGui::Indent();
    if (ImGui::RadioButton(tr(app, "strategy.summary.register_vous"), c.register_ == Register::vous) && c.register_ != Register::vous) {
        c.register_ = Register::vous;
        audit(app, "charter.edit", tr(app, "strategy.summary.register_vous"));
    }
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(app, "strategy.summary.register_tu"), c.register_ == Register::tu) && c.register_ != Register::tu) {
        c.register_ = Register::tu;
        audit(app, "charter.edit", tr(app, "strategy.summary.register_tu"));
    }
    ImGui::Unindent();
    if (ImGui::Checkbox(tr(app, "strategy.ui.charter.humour"), &c.humour)) audit(app, "charter.edit", tr(app, "strategy.ui.charter.humour"));
    static const EmojiPolicy emoji[] = {EmojiPolicy::none, EmojiPolicy::sparing, EmojiPolicy::free};
    static_assert(std::size(emoji) == io::EnumNames<EmojiPolicy>::count, "emoji: every EmojiPolicy");
    enum_radios(app, tr(app, "strategy.ui.charter.emoji"), c.emoji, emoji, "strategy.emoji.");
    static const ExclamationPolicy excl[] = {ExclamationPolicy::avoid, ExclamationPolicy::sparing, ExclamationPolicy::free};
    static_assert(std::size(excl) == io::EnumNames<ExclamationPolicy>::count, "excl: every ExclamationPolicy");
    enum_radios(app, tr(app, "strategy.ui.charter.exclamation"), c.exclamation, excl, "strategy.exclamation.");
    static const InclusiveWriting incl[] = {InclusiveWriting::none, InclusiveWriting::doublets_and_epicene, InclusiveWriting::median_point_allowed};
    static_assert(std::size(incl) == io::EnumNames<InclusiveWriting>::count, "incl: every InclusiveWriting");
    enum_radios(app, tr(app, "strategy.ui.charter.inclusive"), c.inclusive, incl, "strategy.inclusive.");

    ImGui::PushItemWidth(360.0f * app.settings.zoom);
    if (text_field(tr(app, "strategy.ui.charter.signature"), c.signature)) edited_now(app);
    audit_if_done(app, "charter.edit", std::string(tr(app, "strategy.ui.charter.signature")) + " : " + c.signature);
    if (ImGui::SliderInt(tr(app, "strategy.ui.charter.max_hashtags"), &c.max_hashtags, 0, 10)) edited_now(app);
    audit_if_done(app, "charter.edit", std::string(tr(app, "strategy.ui.charter.max_hashtags")) + " : " + std::to_string(c.max_hashtags));
    ImGui::PopItemWidth();
    if (ImGui::Checkbox(tr(app, "strategy.ui.charter.camel_case"), &c.camel_case_hashtags))
        audit(app, "charter.edit", tr(app, "strategy.ui.charter.camel_case"));

    ImGui::TextUnformatted(tr(app, "strategy.ui.charter.audiences"));
    int remove = -1;
    for (std::size_t i = 0; i < c.audiences.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::SetNextItemWidth(360.0f * app.settings.zoom);
        if (text_field("##audience", c.audiences[i])) edited_now(app);
        audit_if_done(app, "charter.edit", c.audiences[i]);
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(app, "strategy.ui.remove"))) remove = static_cast<int>(i);
        ImGui::PopID();
    }
    if (remove >= 0) {
        c.audiences.erase(c.audiences.begin() + remove);
        audit(app, "charter.edit", tr(app, "strategy.ui.charter.audiences"));
    }
    if (ImGui::SmallButton(tr(app, "strategy.ui.charter.add_audience"))) {
        c.audiences.emplace_back();
        audit(app, "charter.edit", tr(app, "strategy.ui.charter.audiences"));
    }
    ImGui::TextUnformatted(tr(app, "strategy.ui.charter.forbidden"));
    word_list(app, "forbidden", c.forbidden_words, tr(app, "strategy.ui.charter.forbidden"));
    ImGui::TextUnformatted(tr(app, "strategy.ui.charter.preferred"));
    word_list(app, "preferred", c.preferred_words, tr(app, "strategy.ui.charter.preferred"));
}

//-----------------------------------------------------------------------------
// [SECTION] Rhythm and business hours
//-----------------------------------------------------------------------------

RhythmRule* rhythm_of(Charter& c, const std::string& account_id) {
    for (RhythmRule& r : c.rhythm)
        if (r.account_id == account_id) return &r;
    return nullptr;
}

void rhythm(App& app) {
    Workspace& ws = app.doc.edit();
    if (!ImGui::BeginTable("##rhythm", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(tr(app, "strategy.summary.account"));
    ImGui::TableSetupColumn(tr(app, "strategy.summary.min_week"));
    ImGui::TableSetupColumn(tr(app, "strategy.summary.max_week"));
    ImGui::TableSetupColumn(tr(app, "strategy.summary.max_day"));
    ImGui::TableHeadersRow();
    for (const NetworkAccount& a : ws.accounts) {
        ImGui::PushID(a.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%s %s", network_label(app, a.network), a.handle.c_str());
        RhythmRule* r = rhythm_of(ws.charter, a.id);
        RhythmRule value = r ? *r : RhythmRule{a.id, 0, 0, 0};
        bool changed = false;
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        changed |= ImGui::InputInt("##min", &value.min_per_week);
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        changed |= ImGui::InputInt("##max", &value.max_per_week);
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        changed |= ImGui::InputInt("##day", &value.max_per_day);
        if (changed) {
            if (r) *r = value;
            else ws.charter.rhythm.push_back(value);
            audit(app, "charter.rhythm", std::string(network_label(app, a.network)) + " " + std::to_string(value.min_per_week) + "–" +
                                             std::to_string(value.max_per_week) + "/" + std::to_string(value.max_per_day));
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

bool time_input(App& app, const char* label, TimeOfDay& t) {
    int hm[2] = {t.minutes / 60, t.minutes % 60};
    ImGui::SetNextItemWidth(140.0f * app.settings.zoom);
    if (!ImGui::InputInt2(label, hm)) return false;
    t.minutes = std::clamp(hm[0], 0, 24) * 60 + std::clamp(hm[1], 0, 59);
    t.minutes = std::min(t.minutes, 24 * 60);
    return true;
}

void business_hours(App& app) {
    BusinessHours& h = app.doc.edit().charter.business_hours;
    for (int d = 1; d <= 7; ++d) {
        bool on = std::find(h.weekdays.begin(), h.weekdays.end(), d) != h.weekdays.end();
        if (d > 1) ImGui::SameLine();
        const std::string label = parvis::tr("strategy.weekday." + std::to_string(d), app.settings.lang);
        if (ImGui::Checkbox(label.c_str(), &on)) {
            if (on) {
                h.weekdays.push_back(d);
                std::sort(h.weekdays.begin(), h.weekdays.end());
            } else {
                std::erase(h.weekdays, d);
            }
            audit(app, "charter.hours", label);
        }
    }
    if (time_input(app, tr(app, "strategy.ui.charter.opens"), h.opens)) edited_now(app);
    audit_if_done(app, "charter.hours", format_time(h.opens));
    if (time_input(app, tr(app, "strategy.ui.charter.closes"), h.closes)) edited_now(app);
    audit_if_done(app, "charter.hours", format_time(h.closes));
    ImGui::SetNextItemWidth(140.0f * app.settings.zoom);
    if (ImGui::InputDouble(tr(app, "strategy.ui.charter.response_time"), &h.response_time_hours, 0.5, 1, "%.1f")) edited_now(app);
    audit_if_done(app, "charter.hours", format_number(h.response_time_hours, 1, app.settings.lang) + " h");
}

//-----------------------------------------------------------------------------
// [SECTION] Moderation
//-----------------------------------------------------------------------------

void moderation(App& app) {
    Workspace& ws = app.doc.edit();
    ModerationCharter& m = ws.charter.moderation;
    if (ImGui::Checkbox(tr(app, "strategy.ui.charter.after_publication"), &m.moderation_after_publication))
        audit(app, "charter.moderation", tr(app, "strategy.ui.charter.after_publication"));
    static const ModerationCategory categories[] = {ModerationCategory::insult, ModerationCategory::defamation, ModerationCategory::hate,
                                                    ModerationCategory::personal_data, ModerationCategory::advertising,
                                                    ModerationCategory::electoral_propaganda, ModerationCategory::off_topic};
    static_assert(std::size(categories) == io::EnumNames<ModerationCategory>::count, "categories: every ModerationCategory");
    static const ModerationAction actions[] = {ModerationAction::hide, ModerationAction::remove, ModerationAction::ban,
                                               ModerationAction::report_pharos};
    static_assert(std::size(actions) == io::EnumNames<ModerationAction>::count, "actions: every ModerationAction");
    if (ImGui::BeginTable("##moderation", 5, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr(app, "strategy.summary.category"));
        for (ModerationAction a : actions) ImGui::TableSetupColumn(enum_label(app, "strategy.action.", a).c_str());
        ImGui::TableHeadersRow();
        for (ModerationCategory cat : categories) {
            ImGui::PushID(static_cast<int>(cat));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string cat_label = enum_label(app, "strategy.moderation.", cat);
            ImGui::TextUnformatted(cat_label.c_str());
            auto rule = std::find_if(m.rules.begin(), m.rules.end(), [&](const ModerationRule& r) { return r.category == cat; });
            for (ModerationAction a : actions) {
                ImGui::TableNextColumn();
                ImGui::PushID(static_cast<int>(a));
                bool on = rule != m.rules.end() && std::find(rule->actions.begin(), rule->actions.end(), a) != rule->actions.end();
                if (ImGui::Checkbox("##on", &on)) {
                    if (rule == m.rules.end()) {
                        m.rules.push_back({cat, {}});
                        rule = m.rules.end() - 1;
                    }
                    if (on) rule->actions.push_back(a);
                    else std::erase(rule->actions, a);
                    if (rule->actions.empty()) m.rules.erase(rule);
                    rule = std::find_if(m.rules.begin(), m.rules.end(), [&](const ModerationRule& r) { return r.category == cat; });
                    audit(app, "charter.moderation", cat_label + " : " + enum_label(app, "strategy.action.", a) + (on ? " +" : " −"));
                }
                ImGui::PopID();
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (ImGui::Button(tr(app, "strategy.ui.charter.generate_text"))) {
        m.public_text = strategy::moderation_public_text(ws.charter, ws);
        audit(app, "charter.moderation", tr(app, "strategy.ui.charter.generate_text"));
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(app, "strategy.ui.charter.generate_help"));
    if (text_area(tr(app, "strategy.ui.charter.public_text"), m.public_text, ImVec2(-1, 220.0f * app.settings.zoom))) edited_now(app);
    audit_if_done(app, "charter.moderation", tr(app, "strategy.ui.charter.public_text"));
}

}  // namespace

void charter_tab(App& app, const Fonts& fonts) {
    templates_bar(app);
    issues_list(app);
    section_title(fonts, tr(app, "strategy.ui.charter.tone"));
    tone(app);
    section_title(fonts, tr(app, "strategy.ui.charter.types"));
    message_types(app);
    section_title(fonts, tr(app, "strategy.ui.charter.rhythm"));
    rhythm(app);
    section_title(fonts, tr(app, "strategy.ui.charter.hours"));
    business_hours(app);
    section_title(fonts, tr(app, "strategy.ui.charter.moderation"));
    moderation(app);
}

}  // namespace parvis::app::ui
