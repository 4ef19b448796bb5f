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

#include "edit/workspace_edits.h"
#include "format/format.h"
#include "io/enum_names.h"
#include "model/find.h"
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
void enum_radios(App& app, const char* title, E& value, const E (&values)[N], const char* prefix, const char* field) {
    ImGui::TextUnformatted(title);
    ImGui::Indent();
    for (E v : values) {
        const std::string label = enum_label(app, prefix, v);
        if (radio(label.c_str(), value == v) && value != v) {
            value = v;
            changed(app, field);
        }
    }
    ImGui::Unindent();
}

bool word_list(App& app, const char* id, std::vector<WordRule>& list, const char* field) {
    bool touched = false;
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
            if (text_field("##word", list[i].word)) changed(app, field);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            if (text_field("##replacement", list[i].replacement)) changed(app, field);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-1);
            if (text_field("##reason", list[i].reason)) changed(app, field);
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr(app, "strategy.ui.remove"))) remove = static_cast<int>(i);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove >= 0) {
        list.erase(list.begin() + remove);
        changed(app, field);
        touched = true;
    }
    if (ImGui::SmallButton(tr(app, "strategy.ui.charter.add_word"))) {
        list.push_back({});
        changed(app, field);
        touched = true;
    }
    ImGui::PopID();
    return touched;
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
            after_edit(app, edit::apply_charter_template(app.doc.edit(), actor(app),
                                                         strategy::instantiate_template(*chosen, app.doc.workspace()), chosen->id));
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (cancel_button(tr(app, "common.cancel"))) ImGui::CloseCurrentPopup();
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
    Charter& c = drafts(app).charter;
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
            if (text_field("##name", m.name)) changed(app, "message_types");
            ImGui::TableNextColumn();
            float percent = static_cast<float>(m.target_share * 100);
            ImGui::SetNextItemWidth(-1);
            if (ImGui::SliderFloat("##share", &percent, 0, 100, "%.0f %%")) {
                m.target_share = std::round(percent) / 100.0;
                changed(app, "message_types");
            }
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
                changed(app, "validation_circuit");
            }
            if (!m.validation_circuit.empty()) ImGui::SameLine();
            ImGui::SetNextItemWidth(170.0f * app.settings.zoom);
            if (begin_combo("##add_step", tr(app, "strategy.ui.charter.add_step"))) {
                for (Role r : kRoles)
                    if (ImGui::Selectable(enum_label(app, "strategy.role.", r).c_str())) {
                        m.validation_circuit.push_back(r);
                        changed(app, "validation_circuit");
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
        c.message_types.erase(c.message_types.begin() + remove);
        changed(app, "message_types");
    }
    if (ImGui::SmallButton(tr(app, "strategy.ui.charter.add_type"))) {
        MessageType m;
        m.id = "type-" + std::to_string(now_instant().time_since_epoch().count()) + "-" + std::to_string(c.message_types.size());
        m.name = tr(app, "strategy.ui.charter.new_type");
        c.message_types.push_back(m);
        changed(app, "message_types");
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
    Charter& c = drafts(app).charter;
    ImGui::TextUnformatted(tr(app, "strategy.ui.charter.register"));
    ImGui::Indent();
    if (radio(tr(app, "strategy.summary.register_vous"), c.register_ == Register::vous) && c.register_ != Register::vous) {
        c.register_ = Register::vous;
        changed(app, "register");
    }
    ImGui::SameLine();
    if (radio(tr(app, "strategy.summary.register_tu"), c.register_ == Register::tu) && c.register_ != Register::tu) {
        c.register_ = Register::tu;
        changed(app, "register");
    }
    ImGui::Unindent();
    if (ImGui::Checkbox(tr(app, "strategy.ui.charter.humour"), &c.humour)) changed(app, "humour");
    static const EmojiPolicy emoji[] = {EmojiPolicy::none, EmojiPolicy::sparing, EmojiPolicy::free};
    static_assert(std::size(emoji) == io::EnumNames<EmojiPolicy>::count, "emoji: every EmojiPolicy");
    enum_radios(app, tr(app, "strategy.ui.charter.emoji"), c.emoji, emoji, "strategy.emoji.", "emoji");
    static const ExclamationPolicy excl[] = {ExclamationPolicy::avoid, ExclamationPolicy::sparing, ExclamationPolicy::free};
    static_assert(std::size(excl) == io::EnumNames<ExclamationPolicy>::count, "excl: every ExclamationPolicy");
    enum_radios(app, tr(app, "strategy.ui.charter.exclamation"), c.exclamation, excl, "strategy.exclamation.", "exclamation");
    static const InclusiveWriting incl[] = {InclusiveWriting::none, InclusiveWriting::doublets_and_epicene, InclusiveWriting::median_point_allowed};
    static_assert(std::size(incl) == io::EnumNames<InclusiveWriting>::count, "incl: every InclusiveWriting");
    enum_radios(app, tr(app, "strategy.ui.charter.inclusive"), c.inclusive, incl, "strategy.inclusive.", "inclusive");

    ImGui::PushItemWidth(360.0f * app.settings.zoom);
    if (text_field(tr(app, "strategy.ui.charter.signature"), c.signature)) changed(app, "signature");
    if (ImGui::SliderInt(tr(app, "strategy.ui.charter.max_hashtags"), &c.max_hashtags, 0, 10)) changed(app, "max_hashtags");
    ImGui::PopItemWidth();
    if (ImGui::Checkbox(tr(app, "strategy.ui.charter.camel_case"), &c.camel_case_hashtags)) changed(app, "camel_case_hashtags");

    ImGui::TextUnformatted(tr(app, "strategy.ui.charter.audiences"));
    int remove = -1;
    for (std::size_t i = 0; i < c.audiences.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::SetNextItemWidth(360.0f * app.settings.zoom);
        if (text_field("##audience", c.audiences[i])) changed(app, "audiences");
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(app, "strategy.ui.remove"))) remove = static_cast<int>(i);
        ImGui::PopID();
    }
    if (remove >= 0) {
        c.audiences.erase(c.audiences.begin() + remove);
        changed(app, "audiences");
    }
    if (ImGui::SmallButton(tr(app, "strategy.ui.charter.add_audience"))) {
        c.audiences.emplace_back();
        changed(app, "audiences");
    }
    ImGui::TextUnformatted(tr(app, "strategy.ui.charter.forbidden"));
    word_list(app, "forbidden", c.forbidden_words, "forbidden_words");
    ImGui::TextUnformatted(tr(app, "strategy.ui.charter.preferred"));
    word_list(app, "preferred", c.preferred_words, "preferred_words");
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
    const Workspace& ws = app.doc.workspace();
    Charter& charter = drafts(app).charter;
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
        RhythmRule* r = rhythm_of(charter, a.id);
        RhythmRule value = r ? *r : RhythmRule{a.id, 0, 0, 0};
        bool typed = false;
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        typed |= ImGui::InputInt("##min", &value.min_per_week);
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        typed |= ImGui::InputInt("##max", &value.max_per_week);
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        typed |= ImGui::InputInt("##day", &value.max_per_day);
        if (typed) {
            if (r) *r = value;
            else charter.rhythm.push_back(value);
            changed(app, "rhythm");
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
    BusinessHours& h = drafts(app).charter.business_hours;
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
            changed(app, "business_hours");
        }
    }
    if (time_input(app, tr(app, "strategy.ui.charter.opens"), h.opens)) changed(app, "business_hours");
    if (time_input(app, tr(app, "strategy.ui.charter.closes"), h.closes)) changed(app, "business_hours");
    ImGui::SetNextItemWidth(140.0f * app.settings.zoom);
    if (ImGui::InputDouble(tr(app, "strategy.ui.charter.response_time"), &h.response_time_hours, 0.5, 1, "%.1f")) changed(app, "business_hours");
}

//-----------------------------------------------------------------------------
// [SECTION] Moderation
//-----------------------------------------------------------------------------

void moderation(App& app) {
    const Workspace& ws = app.doc.workspace();
    Charter& charter = drafts(app).charter;
    ModerationCharter& m = charter.moderation;
    if (ImGui::Checkbox(tr(app, "strategy.ui.charter.after_publication"), &m.moderation_after_publication))
        changed(app, "moderation");
    // The buffer role's escalation: Messages offers to alert this person about a hostile thread.
    const Person* alerted = find_person(ws, m.alert_person_id);
    ImGui::SetNextItemWidth(320.0f * app.settings.zoom);
    if (begin_combo(tr(app, "strategy.ui.charter.alert_person"),
                    alerted ? alerted->name.c_str() : tr(app, "strategy.ui.charter.alert_nobody"))) {
        if (ImGui::Selectable(tr(app, "strategy.ui.charter.alert_nobody"), !alerted)) {
            m.alert_person_id.clear();
            changed(app, "moderation");
        }
        for (const Person& p : ws.people) {
            ImGui::PushID(p.id.c_str());
            if (ImGui::Selectable(p.name.c_str(), alerted == &p)) {
                m.alert_person_id = p.id;
                changed(app, "moderation");
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
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
                    changed(app, "moderation");
                }
                ImGui::PopID();
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (ImGui::Button(tr(app, "strategy.ui.charter.generate_text"))) {
        m.public_text = strategy::moderation_public_text(charter, ws);
        changed(app, "moderation");
    }
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(app, "strategy.ui.charter.generate_help"));
    if (text_area(tr(app, "strategy.ui.charter.public_text"), m.public_text, ImVec2(-1, 220.0f * app.settings.zoom))) changed(app, "moderation");
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
