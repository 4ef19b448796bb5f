// The calendar's planning checks (core/calendar/planning_checks.h: overloaded days and weeks
// against the charter's rhythm, gaps, the mix of message types, posts when nobody is on duty,
// posts held by crisis mode; and the pre-electoral guard) for the visible range, in the side
// panel: « Vérifications du planning (N) », grouped by kind, each finding with its French message
// and, for the electoral ones, the article it cites on its own line. A click on a finding selects
// its day, or its post. Also the evergreen switch of a post and its « Remettre en file » button.
//
// Speed: the checks walk every post of the workspace (and, for the electoral rhythm, the six
// months before an election): they run once per change of document, range, zone or language
// (ensure_findings), never per frame; frames only draw the cached list.
//
// Index
// [SECTION] Cache
// [SECTION] Panel
// [SECTION] Evergreen posts
// [SECTION] Test summary
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "calendar/finding_groups.h"
#include "calendar/planning_checks.h"
#include "calendar/recurrence.h"
#include "edit/post_edits.h"
#include "format/format.h"
#include "model/find.h"
#include "ui/calendar_view.h"
#include "ui/widgets.h"

namespace parvis::app::ui::cal {

namespace {

date::local_days to_local_days(Day d) { return date::local_days{date::sys_days{d}.time_since_epoch()}; }

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Cache
//-----------------------------------------------------------------------------
void ensure_findings(App& app, State& s) {
    const CalendarLayoutOptions& o = s.options;
    const int lang = static_cast<int>(app.settings.lang);
    if (s.findings_revision == app.doc.revision() && s.findings_first == o.first && s.findings_days == o.days &&
        s.findings_zone == o.time_zone && s.findings_lang == lang)
        return;
    s.findings_revision = app.doc.revision();
    s.findings_first = o.first;
    s.findings_days = o.days;
    s.findings_zone = o.time_zone;
    s.findings_lang = lang;
    ++s.findings_builds;
    s.findings.clear();
    s.overloaded.assign(static_cast<std::size_t>(std::max(0, o.days)), 0);
    if (o.days <= 0) return;
    const calendar::DayRange range{to_day(o.first), to_day(o.first + date::days{o.days - 1})};
    // The electoral guard checks every post of a period that overlaps the range; the panel is
    // about what the user sees: findings of another day are left out (a finding without a day,
    // such as the mix of message types, is about the whole range and stays).
    for (calendar::CalendarFinding& f : calendar::check_calendar(app.doc.workspace(), range, app.settings.lang))
        if (!f.day || range.contains(*f.day)) s.findings.push_back(std::move(f));
    for (const Day d : calendar::overloaded_days(s.findings)) {
        const auto i = (to_local_days(d) - o.first).count();
        if (i >= 0 && i < o.days) s.overloaded[static_cast<std::size_t>(i)] = 1;
    }
}

bool day_overloaded(const State& s, int day_index) {
    return day_index >= 0 && day_index < static_cast<int>(s.overloaded.size()) && s.overloaded[static_cast<std::size_t>(day_index)];
}

//-----------------------------------------------------------------------------
// [SECTION] Panel
//-----------------------------------------------------------------------------
namespace {

const char* group_label(const App& app, const std::string& rule) {
    const std::string key = "calplan.kind." + rule;
    return tr(app, parvis::catalogue_has(key, app.settings.lang) ? key.c_str() : "calplan.kind.other");
}

ImU32 severity_colour(check::Severity severity) {
    switch (severity) {
        case check::Severity::error: return u32(palette().error);
        case check::Severity::warning: return u32(palette().warning);
        case check::Severity::info: break;
    }
    return ImGui::GetColorU32(ImGuiCol_Text);
}

// The message without the source it cites, which is drawn on the next line.
std::string without_source(const std::string& message, const std::string& source) {
    if (source.empty()) return message;
    std::string out = message;
    const std::size_t at = out.rfind("(" + source + ")");
    if (at == std::string::npos) return message;
    std::size_t from = at;
    while (from > 0 && out[from - 1] == ' ') --from;
    out.erase(from, at + source.size() + 2 - from);
    return out;
}

// Selects what the finding is about: its post (and the post's day), or its day.
void select_finding(App& app, State& s, const calendar::CalendarFinding& f) {
    if (f.day) s.selected = to_local_days(*f.day);
    s.selected_post = f.post_id;
    if (f.post_id.empty()) return;
    for (const Post& p : app.doc.workspace().posts) {
        if (p.id != f.post_id || !p.scheduled_at) continue;
        if (!f.day) s.selected = local_slot(*p.scheduled_at, app.doc.workspace().profile.time_zone).day;
        s.selected_minute = local_slot(*p.scheduled_at, app.doc.workspace().profile.time_zone).minute;
    }
}

bool is_selected(const State& s, const calendar::CalendarFinding& f) {
    if (!f.post_id.empty()) return f.post_id == s.selected_post;
    return f.day && s.selected_post.empty() && to_local_days(*f.day) == s.selected;
}

constexpr float kPad = 3.0f;

const FindingRows& rows_for(const App& app, State& s, float width) {
    FindingRows& rows = s.finding_rows;
    const float font_size = ImGui::GetFontSize();
    if (rows.build != s.findings_builds) {
        rows.build = s.findings_builds;
        rows.width = -1;
        rows.groups = calendar::group_findings(s.findings);
        rows.group_labels.clear();
        for (const calendar::FindingGroup& g : rows.groups)
            rows.group_labels.push_back(std::string(group_label(app, g.rule)) + " (" + std::to_string(g.indices.size()) + ")###group-" + g.rule);
        rows.rows.assign(s.findings.size(), FindingRow{});
        for (std::size_t i = 0; i < s.findings.size(); ++i) {
            const std::string source = calendar::cited_source(s.findings[i].finding.message);
            rows.rows[i].text = without_source(s.findings[i].finding.message, source);
            if (!source.empty()) rows.rows[i].source_line = parvis::tr("calplan.source", app.settings.lang, {{"source", source}});
        }
    }
    if (rows.width != width || rows.font_size != font_size) {
        rows.width = width;
        rows.font_size = font_size;
        for (FindingRow& r : rows.rows) {
            r.text_height = ImGui::CalcTextSize(r.text.c_str(), nullptr, false, width - 2 * kPad).y;
            const float source_height = r.source_line.empty() ? 0 : ImGui::CalcTextSize(r.source_line.c_str(), nullptr, false, width - 2 * kPad).y;
            r.height = r.text_height + source_height + 2 * kPad;
        }
    }
    return rows;
}

// One finding: its wrapped message (and source) over a button the size of the text; a finding
// without a day or a post (the mix of message types) is text only.
void finding_row(App& app, State& s, std::size_t index, const FindingRow& row, float width) {
    const calendar::CalendarFinding& f = s.findings[index];
    const ImVec2 size(width, row.height);
    if (!ImGui::IsRectVisible(size)) {  // scrolled away: keep its place only
        ImGui::Dummy(size);
        return;
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clickable = f.day.has_value() || !f.post_id.empty();
    ImGui::PushID(static_cast<int>(index));
    // The test hook reports the full message as the label: tests find a finding by its text.
    const std::string label = f.finding.message + "##finding";
    if (clickable) {
        if (hit_area(label.c_str(), size)) select_finding(app, s, f);
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    } else {
        ImGui::Dummy(size);
    }
    const bool hovered = clickable && ImGui::IsItemHovered();
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + width, at.y + row.height);
    if (is_selected(s, f)) dl->AddRectFilled(at, end, ImGui::GetColorU32(ImGuiCol_Header), 3.0f);
    else if (hovered) dl->AddRectFilled(at, end, ImGui::GetColorU32(ImGuiCol_HeaderHovered, 0.5f), 3.0f);
    ImFont* font = ImGui::GetFont();
    const float font_size = ImGui::GetFontSize();
    dl->AddText(font, font_size, ImVec2(at.x + kPad, at.y + kPad), severity_colour(f.finding.severity), row.text.c_str(), nullptr, width - 2 * kPad);
    if (!row.source_line.empty())
        dl->AddText(font, font_size, ImVec2(at.x + kPad, at.y + kPad + row.text_height), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                    row.source_line.c_str(), nullptr, width - 2 * kPad);
}

}  // namespace

void planning_panel(App& app, State& s, const Fonts& fonts) {
    (void)fonts;
    ImGui::Spacing();
    const std::string title = parvis::tr("calplan.title", app.settings.lang, {{"n", std::to_string(s.findings.size())}}) + "###planning-checks";
    if (!ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    if (s.findings.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", tr(app, "calplan.none"));
        ImGui::PopTextWrapPos();
        return;
    }
    // The list scrolls on its own under the day's or post's details, at least a few lines high.
    const float height = std::max(ImGui::GetContentRegionAvail().y, ImGui::GetTextLineHeightWithSpacing() * 8.0f);
    ImGui::BeginChild("##planning-list", ImVec2(0, height), false);
    // Rows are as wide as the tree's indented content; the width is the same for every group.
    ImGui::Indent();
    const float width = std::floor(std::max(40.0f, ImGui::GetContentRegionAvail().x));
    ImGui::Unindent();
    const FindingRows& rows = rows_for(app, s, width);
    for (std::size_t g = 0; g < rows.groups.size(); ++g) {
        if (!ImGui::TreeNodeEx(rows.group_labels[g].c_str(), ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth)) continue;
        for (std::size_t i : rows.groups[g].indices) finding_row(app, s, i, rows.rows[i], width);
        ImGui::TreePop();
    }
    ImGui::EndChild();
}

//-----------------------------------------------------------------------------
// [SECTION] Evergreen posts
//-----------------------------------------------------------------------------
void evergreen_controls(App& app, RequeueNotice& notice, const std::string& post_id) {
    const Workspace& ws = app.doc.workspace();
    const Post* found = find_post(ws, post_id);
    if (!found) return;
    const Post& post = *found;
    const Lang lang = app.settings.lang;
    bool evergreen = post.evergreen;
    if (ImGui::Checkbox(tr(app, "calplan.evergreen"), &evergreen))
        after_edit(app, edit::set_evergreen(app.doc.edit(), actor(app), post_id, evergreen));
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(360.0f * app.settings.zoom);
        ImGui::TextUnformatted(tr(app, "calplan.evergreen_help"));
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (post.evergreen && post.status == PostStatus::published && ImGui::Button(tr(app, "calplan.requeue"))) {
        const calendar::RequeueResult r = calendar::requeue_evergreen_explained(app.doc.edit(), post_id, app.current_person_id, now_instant());
        notice.post_id = post_id;
        notice.error = r.outcome != calendar::RequeueOutcome::requeued;
        switch (r.outcome) {
            case calendar::RequeueOutcome::requeued:
                notice.text = parvis::tr("calplan.requeued", lang, {{"when", format_instant_local(*r.slot, ws.profile.time_zone, lang)}});
                mark_edited(app);
                break;
            case calendar::RequeueOutcome::unknown_post: notice.text = tr(app, "calplan.requeue_unknown_post"); break;
            case calendar::RequeueOutcome::not_evergreen: notice.text = tr(app, "calplan.requeue_not_evergreen"); break;
            case calendar::RequeueOutcome::not_published: notice.text = tr(app, "calplan.requeue_not_published"); break;
            case calendar::RequeueOutcome::no_free_slot: notice.text = tr(app, "calplan.requeue_no_free_slot"); break;
        }
        app.message = notice.text;
        app.message_is_error = notice.error;
    }
    if (notice.post_id == post_id && !notice.text.empty()) {
        ImGui::PushTextWrapPos(0);
        if (notice.error) ImGui::TextColored(palette().error, "%s", notice.text.c_str());
        else ImGui::TextColored(palette().ok, "%s", notice.text.c_str());
        ImGui::PopTextWrapPos();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Test summary
//-----------------------------------------------------------------------------
void add_planning_summary(const App& app, const State& s, nlohmann::json& summary) {
    const Workspace& ws = app.doc.workspace();
    nlohmann::json findings = nlohmann::json::array();
    for (const calendar::CalendarFinding& f : s.findings)
        findings.push_back({{"kind", f.finding.rule},
                            {"day", f.day ? nlohmann::json(date::format("%F", *f.day)) : nlohmann::json(nullptr)},
                            {"post", f.post_id},
                            {"severity", check::severity_name(f.finding.severity)},
                            {"message", f.finding.message}});
    nlohmann::json overloaded = nlohmann::json::array();
    for (std::size_t d = 0; d < s.overloaded.size(); ++d)
        if (s.overloaded[d]) overloaded.push_back(date::format("%F", s.findings_first + date::days{static_cast<long>(d)}));
    std::size_t held = 0;
    for (const Post& p : ws.posts) held += p.held ? 1 : 0;
    // Who switched crisis mode last (the audit names the person using the app).
    nlohmann::json crisis_by = nullptr;
    for (auto it = ws.audit.rbegin(); it != ws.audit.rend(); ++it)
        if (it->action == "crisis.enter" || it->action == "crisis.leave") { crisis_by = it->person_id; break; }
    summary["planning_findings"] = std::move(findings);
    summary["planning_builds"] = s.findings_builds;
    summary["overloaded_days"] = std::move(overloaded);
    summary["crisis_active"] = ws.crisis.active;
    summary["held_posts"] = held;
    summary["crisis_by"] = std::move(crisis_by);
    summary["requeue_notice"] = s.requeue.text;
}

}  // namespace parvis::app::ui::cal
