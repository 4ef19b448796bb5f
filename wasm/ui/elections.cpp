// Calendrier › « Élections à venir… »: the elections the pre-electoral guard watches (issue 5,
// item 6), in a dialog opened from the calendar's toolbar, where their periods show.
// For each one: the kind of vote, the first and optional second round, the territory, and the
// period it opens (Code électoral L52-1: from the first day of the sixth month before the month of
// the vote). The calendar marks the period and checks every post in it (core/calendar/electoral.h);
// on the eve and the day of the vote, scheduled posts are held (L49).
//
// An election is added from a small form (dates typed as jj/mm/aaaa, checked by the core before
// anything changes) and removed after a confirmation. Both are audit entries.
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

#include "calendar/electoral.h"
#include "edit/workspace_edits.h"
#include "format/format.h"
#include "io/enum_names.h"
#include "ui/calendar_view.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {

using cal::ElectionsForm;  // the dialog's state, in the calendar's (calendar_view.h)

namespace {

constexpr ElectionKind kKinds[] = {ElectionKind::municipales,  ElectionKind::communautaires, ElectionKind::departementales,
                                   ElectionKind::regionales,   ElectionKind::legislatives,   ElectionKind::presidentielle,
                                   ElectionKind::europeennes,  ElectionKind::territoriales};
static_assert(std::size(kKinds) == io::EnumNames<ElectionKind>::count, "kKinds: every ElectionKind");


// Reads the form; on success adds the election and clears the form, otherwise says why and
// changes nothing.
void add_election(App& app, ElectionsForm& form) {
    const Lang lang = app.settings.lang;
    Election e;
    e.kind = form.kind;
    e.territory = form.territory;
    const auto first = parse_day_numeric(form.first_round);
    if (!form.first_round.empty() && !first) {
        form.error = parvis::tr("calendar.elections_ui.bad_date", lang, {{"text", form.first_round}});
        return;
    }
    if (first) e.first_round = *first;
    if (!form.second_round.empty()) {
        const auto second = parse_day_numeric(form.second_round);
        if (!second) {
            form.error = parvis::tr("calendar.elections_ui.bad_date", lang, {{"text", form.second_round}});
            return;
        }
        e.second_round = *second;
    }
    if (std::string problem = calendar::election_problem(e, today(app), lang); !problem.empty()) {
        form.error = std::move(problem);
        return;
    }
    const std::string label = calendar::election_kind_label(e.kind, lang) + " — " + format_day_long(e.first_round, lang);
    edit::add_election(app.doc.edit(), actor(app), std::move(e));
    mark_edited(app);
    app.message = parvis::tr("calendar.elections_ui.added", lang, {{"election", label}});
    form = {.open = true};  // the dialog stays, showing the new row
}

void elections_table(App& app, ElectionsForm& form, float width) {
    const Workspace& ws = app.doc.workspace();
    const Lang lang = app.settings.lang;
    if (ws.elections.empty()) {
        ImGui::TextDisabled("%s", tr(app, "calendar.elections_ui.none"));
        return;
    }
    if (!ImGui::BeginTable("##elections", 6, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp,
                           ImVec2(width, 0)))
        return;
    ImGui::TableSetupColumn(tr(app, "calendar.elections_ui.kind"));
    ImGui::TableSetupColumn(tr(app, "calendar.elections_ui.first_round"));
    ImGui::TableSetupColumn(tr(app, "calendar.elections_ui.second_round"));
    ImGui::TableSetupColumn(tr(app, "calendar.elections_ui.territory"));
    ImGui::TableSetupColumn(tr(app, "calendar.elections_ui.period"));
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    TableWords words;
    for (const Election& e : ws.elections) {
        ImGui::PushID(e.id.c_str());
        words.row();
        words.cell(calendar::election_kind_label(e.kind, lang));
        words.cell(format_day_long(e.first_round, lang));
        words.cell(e.second_round ? format_day_long(*e.second_round, lang) : "—");
        words.cell(e.territory);
        const calendar::DayRange period = calendar::electoral_period(e);
        words.cell(parvis::tr("calendar.elections_ui.period_range", lang,
                              {{"from", format_day_long(period.first, lang)}, {"to", format_day_long(period.last, lang)}}));
        ImGui::TableNextColumn();
        if (ImGui::SmallButton(tr(app, "calendar.elections_ui.delete"))) form.confirm_delete = e.id;
        ImGui::PopID();
    }
    ImGui::EndTable();
    table_structure("##elections", tr(app, "calendar.elections_ui.title"),
                    {tr(app, "calendar.elections_ui.kind"), tr(app, "calendar.elections_ui.first_round"),
                     tr(app, "calendar.elections_ui.second_round"), tr(app, "calendar.elections_ui.territory"),
                     tr(app, "calendar.elections_ui.period")},
                    std::move(words.rows));
}

void delete_dialog(App& app, ElectionsForm& form) {
    if (form.confirm_delete.empty()) return;
    const Workspace& ws = app.doc.workspace();
    const auto it = std::find_if(ws.elections.begin(), ws.elections.end(), [&](const Election& e) { return e.id == form.confirm_delete; });
    if (it == ws.elections.end()) {
        form.confirm_delete.clear();
        return;
    }
    const Lang lang = app.settings.lang;
    const std::string label = calendar::election_kind_label(it->kind, lang) + " — " + format_day_long(it->first_round, lang);
    if (!begin_dialog("##delete-election", true)) return;  // over the dialog
    ImGui::TextUnformatted(parvis::tr("calendar.elections_ui.delete_confirm", lang, {{"election", label}}).c_str());
    if (ImGui::Button(tr(app, "calendar.elections_ui.delete_yes"))) {
        const std::string id = form.confirm_delete;
        after_edit(app, edit::remove_election(app.doc.edit(), actor(app), id));
        form.confirm_delete.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (cancel_button(tr(app, "common.cancel"))) {
        form.confirm_delete.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void add_form(App& app, ElectionsForm& form) {
    const Lang lang = app.settings.lang;
    ImGui::SetNextItemWidth(240.0f * app.settings.zoom);
    if (begin_combo(tr(app, "calendar.elections_ui.kind"), calendar::election_kind_label(form.kind, lang).c_str())) {
        for (ElectionKind k : kKinds)
            if (ImGui::Selectable(calendar::election_kind_label(k, lang).c_str(), k == form.kind)) form.kind = k;
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(140.0f * app.settings.zoom);
    text_field(tr(app, "calendar.elections_ui.first_round_field"), form.first_round);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(140.0f * app.settings.zoom);
    text_field(tr(app, "calendar.elections_ui.second_round_field"), form.second_round);
    ImGui::SetNextItemWidth(320.0f * app.settings.zoom);
    text_field(tr(app, "calendar.elections_ui.territory_field"), form.territory);
    if (ImGui::Button(tr(app, "calendar.elections_ui.add"))) add_election(app, form);
    if (!form.error.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 900.0f * app.settings.zoom);
        ImGui::TextColored(palette().error, "%s", form.error.c_str());
        ImGui::PopTextWrapPos();
    }
}

}  // namespace

nlohmann::json elections_summary(const App& app, const ElectionsForm& form) {
    return {{"open", form.open}, {"count", app.doc.workspace().elections.size()}, {"error", form.error},
            {"confirm_delete", form.confirm_delete}};
}

void elections_button(App& app, ElectionsForm& form) {
    const std::string label = parvis::tr("calendar.elections_ui.button", app.settings.lang,
                                         {{"n", std::to_string(app.doc.workspace().elections.size())}});
    if (ImGui::SmallButton(label.c_str())) form.open = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(app, "calendar.elections_ui.help"));
}

void elections_dialog(App& app, ElectionsForm& form, const Fonts& fonts) {
    if (!begin_dialog("##elections", form.open)) return;
    // The dialog fits its content (a new error line, a new row) at a fixed width.
    const float width = std::min(ImGui::GetMainViewport()->Size.x - 60, 940.0f * app.settings.zoom);
    section_title(fonts, tr(app, "calendar.elections_ui.title"));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextDisabled("%s", tr(app, "calendar.elections_ui.help"));
    ImGui::PopTextWrapPos();
    elections_table(app, form, width);
    ImGui::Separator();
    add_form(app, form);
    delete_dialog(app, form);
    ImGui::Separator();
    if (cancel_button(tr(app, "calendar.elections_ui.close")) && form.confirm_delete.empty()) {
        form = {};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace parvis::app::ui
