// The preview dialog of the data imports. See import_dialog.h.
//
// The file's bytes are kept while the dialog is open and the preview is recomputed from them by
// the core (ics::import_calendar, planning::preview, kpi::import_export), all of which read
// against the workspace without changing it: at the start, at each change of the column mapping
// or of the account, and once more at « Importer » so that what is applied is computed against
// the workspace as it is then. Files are small (a few hundred rows): a preview takes
// milliseconds, so it runs in the frame.
//
// Index
// [SECTION] Kinds of file and dialog state
// [SECTION] Preview
// [SECTION] Applying
// [SECTION] Drawing
// [SECTION] Entry points and test summary
#include "ui/import_dialog.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <optional>

#include "edit/metrics_edits.h"
#include "format/format.h"
#include "interop/csv.h"
#include "interop/ics_import.h"
#include "interop/planning_import.h"
#include "io/enum_names.h"
#include "io/workspace_json.h"
#include "model/find.h"
#include "kpi/import.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Kinds of file and dialog state
//-----------------------------------------------------------------------------

constexpr std::size_t kStatsMaxBytes = std::size_t{16} * 1024 * 1024;  // a year of exports is far less
constexpr int kShownRows = 10;  // rows of each list drawn in the dialog (the rest is counted)

struct KindInfo {
    DataImport kind;
    const char* purpose;    // the picker's purpose and the test summary's `kind`
    const char* accept;     // the picker's filter
    std::size_t max_bytes;
    const char* label_key;  // « Agenda (.ics) », « Meta Business Suite… »
};

const KindInfo kKinds[] = {
    {DataImport::agenda, "agenda", ".ics,text/calendar", ics::kDefaultMaxIcsBytes, "imports.kind.agenda"},
    {DataImport::planning, "planning", ".csv,text/csv,text/plain", csv::kDefaultMaxCsvBytes, "imports.kind.planning"},
    {DataImport::meta, "meta", ".csv,text/csv", kStatsMaxBytes, "imports.kind.meta"},
    {DataImport::x, "x", ".csv,text/csv", kStatsMaxBytes, "imports.kind.x"},
    // LinkedIn's page analytics come as CSV or as an Excel workbook (.xlsx, read by kpi/xlsx_rows).
    {DataImport::linkedin, "linkedin", ".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
     kStatsMaxBytes, "imports.kind.linkedin"},
    {DataImport::mastodon, "mastodon", ".json,application/json", kStatsMaxBytes, "imports.kind.mastodon"},
    {DataImport::services, "services", ".csv,text/csv,text/plain", csv::kDefaultMaxCsvBytes, "imports.kind.services"},
};
static_assert(std::size(kKinds) == static_cast<std::size_t>(DataImport::services) + 1, "kKinds: one row per DataImport, in its order");

const KindInfo& info(DataImport kind) { return kKinds[static_cast<int>(kind)]; }

const KindInfo* info_for_purpose(const std::string& purpose) {
    for (const KindInfo& k : kKinds)
        if (purpose == k.purpose) return &k;
    return nullptr;
}

kpi::ImportSource source_of(DataImport kind) {
    switch (kind) {
        case DataImport::x: return kpi::ImportSource::x;
        case DataImport::linkedin: return kpi::ImportSource::linkedin;
        case DataImport::mastodon: return kpi::ImportSource::mastodon;
        default: return kpi::ImportSource::meta;
    }
}

// The planning fields the user maps, in the order of the combos.
const planning::Field kMappedFields[] = {planning::Field::date,     planning::Field::time,     planning::Field::title,
                                         planning::Field::text,     planning::Field::networks, planning::Field::campaign,
                                         planning::Field::type,     planning::Field::status};
static_assert(std::size(kMappedFields) == static_cast<std::size_t>(planning::Field::status),
              "kMappedFields: every planning::Field but ignore");

using State = ImportDialogState;  // import_dialog.h



//-----------------------------------------------------------------------------
// [SECTION] Preview
//-----------------------------------------------------------------------------

void preview_planning(State& s, const Workspace& ws, Lang lang) {
    planning::Options options;
    options.lang = lang;
    options.columns = s.columns;  // the user's mapping; the core's guess while it has none
    auto preview = planning::preview(s.bytes, ws, options);
    if (!preview) { s.error = error_message(preview.error(), lang); return; }
    // The header row and the mapping, for the combos: they must be offered even when no column
    // is the date (that is when the user needs them).
    s.headers = preview->headers;
    s.columns = preview->mapping.columns;
    if (preview->no_date_column) { s.mapping_problem = error_message(preview->no_date_column, lang); return; }
    s.planning = std::move(*preview);
}

void preview_stats(State& s, const Workspace& ws, Lang lang) {
    auto result = kpi::import_export(ws, source_of(s.kind), s.bytes,
                                     {.account_id = s.account_id, .today = today(ws), .file_name = s.file_name, .columns = s.column_mappings});
    if (!result) { s.error = error_message(result.error(), lang); return; }
    const std::vector<kpi::LineChange> changes = kpi::metrics_changes(ws, result->workspace);
    for (std::size_t i = 0; i < changes.size(); ++i)
        if (changes[i] != kpi::LineChange::unchanged) s.changed_metrics.push_back(i);
    s.stats = std::move(*result);
}

// Recomputes the preview from the file's bytes against the open workspace.
void compute(App& app, State& s) {
    const Workspace& ws = app.doc.workspace();
    const Lang lang = app.settings.lang;
    s.error.clear();
    s.mapping_problem.clear();
    s.planning.reset();
    s.agenda.reset();
    s.services.reset();
    s.stats.reset();
    s.changed_metrics.clear();
    switch (s.kind) {
        case DataImport::agenda: {
            auto report = ics::import_calendar(s.bytes, ws, {.lang = lang});
            if (!report) { s.error = error_message(report.error(), lang); return; }
            s.agenda = std::move(*report);
            return;
        }
        case DataImport::planning: preview_planning(s, ws, lang); return;
        case DataImport::services: {
            auto preview = services_import::preview(s.bytes, ws, {.lang = lang});
            if (!preview) { s.error = error_message(preview.error(), lang); return; }
            s.services = std::move(*preview);
            return;
        }
        default: preview_stats(s, ws, lang); return;
    }
}

// What « Importer N éléments » counts: posts for the agenda and the planning, metrics lines for
// the statistics, services added or updated for a directory.
std::size_t to_import(const State& s) {
    if (s.agenda) return s.agenda->posts.size();
    if (s.services) return s.services->added.size() + s.services->updated.size();
    if (s.planning) return s.planning->posts.size();
    if (s.stats) return s.changed_metrics.size();
    return 0;
}

//-----------------------------------------------------------------------------
// [SECTION] Applying
//-----------------------------------------------------------------------------

void close_dialog(State& s) { s = State{}; }

void apply(App& app, State& s) {
    compute(app, s);  // against the workspace as it is now
    const std::size_t n = to_import(s);
    if (!s.error.empty() || n == 0) return;
    const Lang lang = app.settings.lang;
    const std::string count = format_integer(static_cast<long long>(n), lang);
    std::string notice;
    if (s.agenda) {
        const edit::Actor who = actor(app);
        ics::apply_import(app.doc.edit(), *s.agenda, who.at, who.person_id);
        notice = parvis::tr("imports.done.agenda", lang, {{"count", count}, {"file", s.file_name}});
    } else if (s.planning) {
        const edit::Actor who = actor(app);
        planning::apply_planning(app.doc.edit(), *s.planning, who.at, who.person_id);
        notice = parvis::tr("imports.done.planning", lang, {{"count", count}, {"file", s.file_name}});
    } else if (s.services) {
        services_import::apply_services(app.doc.edit(), *s.services, actor(app));
        notice = parvis::tr("imports.done.services", lang, {{"count", count}, {"file", s.file_name}});
    } else if (s.stats) {
        edit::apply_stats_import(app.doc.edit(), actor(app), std::move(s.stats->workspace), n);  // the core's checked copy
        notice = parvis::tr("imports.done.stats", lang, {{"count", count}, {"file", s.file_name}});
    }
    mark_edited(app);  // one edit: one save, one step
    app.message = notice;
    app.message_is_error = false;
    close_dialog(s);
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing
//-----------------------------------------------------------------------------

std::string counted(const App& app, const char* key, std::size_t n) {
    return parvis::tr(key, app.settings.lang, {{"count", format_integer(static_cast<long long>(n), app.settings.lang)}});
}

std::string when(const App& app, const std::optional<Instant>& at) {
    return at ? format_instant_local(*at, app.doc.workspace().profile.time_zone, app.settings.lang) : "—";
}

std::string networks_of(const App& app, const Post& post) {
    std::string out;
    for (const PostVariant& v : post.variants) {
        for (const NetworkAccount& a : app.doc.workspace().accounts)
            if (a.id == v.account_id) out += (out.empty() ? "" : ", ") + std::string(network_label(app, a.network));
    }
    return out.empty() ? "—" : out;
}

void more_rows(const App& app, std::size_t total) {
    if (total > static_cast<std::size_t>(kShownRows))
        ImGui::TextDisabled("%s", counted(app, "imports.more", total - kShownRows).c_str());
}

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;

// The width a table can take inside the dialog, its cells' padding taken off.
float text_width() {
    const ImGuiStyle& style = ImGui::GetStyle();
    return ImGui::GetContentRegionAvail().x - 5 * 2 * style.CellPadding.x - 6.0f;
}

// The rows that will be added: line in the file, date, title, networks.
// `caption`: what a screen reader calls the table (the line above it, « À importer : 12 »).
void posts_table(const App& app, const std::string& caption, const std::vector<Post>& posts, const std::vector<int>& lines) {
    if (posts.empty()) return;
    // Fixed widths only: a stretched column inside an auto-resizing popup is measured from the
    // previous frame's width and ends up squeezed.
    const float zoom = app.settings.zoom;
    const float title_width = std::max(120.0f * zoom, text_width() - (60.0f + 190.0f + 200.0f) * zoom);
    if (!ImGui::BeginTable("##import-rows", 4, kTableFlags)) return;
    ImGui::TableSetupColumn(tr(app, "imports.col.line"), ImGuiTableColumnFlags_WidthFixed, 60.0f * zoom);
    ImGui::TableSetupColumn(tr(app, "imports.col.date"), ImGuiTableColumnFlags_WidthFixed, 190.0f * zoom);
    ImGui::TableSetupColumn(tr(app, "imports.col.title"), ImGuiTableColumnFlags_WidthFixed, title_width);
    ImGui::TableSetupColumn(tr(app, "imports.col.networks"), ImGuiTableColumnFlags_WidthFixed, 200.0f * zoom);
    ImGui::TableHeadersRow();
    TableWords words;
    for (std::size_t i = 0; i < posts.size() && i < static_cast<std::size_t>(kShownRows); ++i) {
        words.row();
        words.cell(std::to_string(i < lines.size() ? lines[i] : 0));
        words.cell(when(app, posts[i].scheduled_at));
        words.cell(posts[i].title);
        words.cell(networks_of(app, posts[i]));
    }
    ImGui::EndTable();
    table_structure("##import-rows", caption,
                    {tr(app, "imports.col.line"), tr(app, "imports.col.date"), tr(app, "imports.col.title"), tr(app, "imports.col.networks")},
                    std::move(words.rows));
    more_rows(app, posts.size());
}

// Skipped rows and warnings: each message already names its line and its reason.
void messages_list(const App& app, const char* key, const std::vector<std::string>& messages) {
    if (messages.empty()) return;
    ImGui::TextUnformatted(counted(app, key, messages.size()).c_str());
    for (std::size_t i = 0; i < messages.size() && i < static_cast<std::size_t>(kShownRows); ++i) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", messages[i].c_str());  // BulletText does not wrap
    }
    more_rows(app, messages.size());
}

std::vector<std::string> note_messages(const std::vector<planning::RowNote>& notes) {
    std::vector<std::string> out;
    for (const planning::RowNote& n : notes) out.push_back(n.message);
    return out;
}

std::string separator_name(const App& app, char separator) {
    return tr(app, separator == ';' ? "imports.separator.semicolon" : separator == ',' ? "imports.separator.comma"
                                                                                      : "imports.separator.tab");
}

std::string encoding_name(const App& app, csv::Encoding encoding) {
    return tr(app, (std::string("imports.encoding.") + csv::encoding_name(encoding)).c_str());
}

void already_present_line(const App& app, int n) {
    if (n > 0) ImGui::TextWrapped("%s", counted(app, "imports.already_present", static_cast<std::size_t>(n)).c_str());
}

// One combo per planning field, listing the file's columns; a change recomputes the preview.
void mapping_combos(App& app, State& s) {
    ImGui::TextUnformatted(tr(app, "imports.mapping"));
    ImGui::TextDisabled("%s", tr(app, "imports.mapping_help"));
    int shown = 0;
    for (planning::Field field : kMappedFields) {
        std::optional<std::size_t> column;
        for (std::size_t c = 0; c < s.columns.size() && !column; ++c)
            if (s.columns[c] == field) column = c;
        const std::string label = std::string(tr(app, (std::string("interop.csv.field.") + planning::field_name(field)).c_str())) +
                                  "##map-" + planning::field_name(field);
        const std::string preview = column ? s.headers[*column] : tr(app, "imports.mapping.none");
        if (shown++ % 2 == 1) ImGui::SameLine(380.0f * app.settings.zoom);
        ImGui::SetNextItemWidth(200.0f * app.settings.zoom);
        if (!begin_combo(label.c_str(), preview.c_str())) continue;
        std::optional<std::optional<std::size_t>> chosen;
        if (ImGui::Selectable(tr(app, "imports.mapping.none"), !column)) chosen = std::optional<std::size_t>{};
        for (std::size_t c = 0; c < s.headers.size(); ++c) {
            ImGui::PushID(static_cast<int>(c));
            const std::string item = s.headers[c].empty() ? parvis::tr("imports.mapping.column", app.settings.lang,
                                                                       {{"number", std::to_string(c + 1)}})
                                                          : s.headers[c];
            if (ImGui::Selectable(item.c_str(), column == c)) chosen = c;
            ImGui::PopID();
        }
        ImGui::EndCombo();
        if (chosen && *chosen != column) {
            // A field comes from one column: the column it had is released, the chosen one
            // leaves whatever field it had.
            for (planning::Field& f : s.columns)
                if (f == field) f = planning::Field::ignore;
            if (*chosen) s.columns[**chosen] = field;
            compute(app, s);
        }
    }
}

void planning_body(App& app, State& s) {
    if (s.planning) {
        ImGui::TextWrapped("%s %s", tr(app, "imports.format"),
                           parvis::tr("imports.format.csv", app.settings.lang,
                                      {{"separator", separator_name(app, s.planning->separator)},
                                       {"encoding", encoding_name(app, s.planning->encoding)},
                                       {"rows", format_integer(s.planning->rows, app.settings.lang)}}).c_str());
    } else {
        ImGui::TextWrapped("%s CSV", tr(app, "imports.format"));
    }
    ImGui::Separator();
    mapping_combos(app, s);
    ImGui::Separator();
    if (!s.mapping_problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().error);
        ImGui::TextWrapped("%s", s.mapping_problem.c_str());
        ImGui::PopStyleColor();
        return;
    }
    if (!s.planning) return;
    const std::string to_import = counted(app, "imports.to_import", s.planning->posts.size());
    ImGui::TextUnformatted(to_import.c_str());
    posts_table(app, to_import, s.planning->posts, s.planning->post_lines);
    already_present_line(app, s.planning->already_present);
    messages_list(app, "imports.skipped", note_messages(s.planning->skipped));
    messages_list(app, "imports.warnings", note_messages(s.planning->warnings));
}

void services_body(App& app, const State& s) {
    const services_import::Preview& p = *s.services;
    ImGui::TextWrapped("%s %s", tr(app, "imports.format"),
                       parvis::tr("imports.format.csv", app.settings.lang,
                                  {{"separator", separator_name(app, p.separator)},
                                   {"encoding", encoding_name(app, p.encoding)},
                                   {"rows", format_integer(p.rows, app.settings.lang)}}).c_str());
    ImGui::Separator();
    std::vector<std::string> added, updated, skipped;
    for (const Service& x : p.added) added.push_back(x.name);
    for (const Service& x : p.updated) updated.push_back(x.name);
    for (const services_import::RowNote& n : p.skipped) skipped.push_back(n.message);
    messages_list(app, "imports.services_added", added);
    messages_list(app, "imports.services_updated", updated);
    already_present_line(app, p.already_present);
    messages_list(app, "imports.skipped", skipped);
}

void agenda_body(App& app, const State& s) {
    const ics::ImportReport& r = *s.agenda;
    ImGui::TextWrapped("%s %s", tr(app, "imports.format"),
                       counted(app, "imports.format.ics", static_cast<std::size_t>(r.events)).c_str());
    ImGui::Separator();
    const std::string to_import = counted(app, "imports.to_import", r.posts.size());
    ImGui::TextUnformatted(to_import.c_str());
    posts_table(app, to_import, r.posts, r.post_lines);
    already_present_line(app, r.already_present);
    if (r.recurring > 0)
        ImGui::TextWrapped("%s", counted(app, "imports.recurring", static_cast<std::size_t>(r.recurring)).c_str());
    std::vector<std::string> skipped;
    for (const ics::SkippedEvent& e : r.skipped) skipped.push_back(e.message);
    messages_list(app, "imports.skipped", skipped);
}

std::string count_text(const Count& c, Lang lang) { return c ? format_integer(*c, lang) : "—"; }

// The account the figures go to, when the workspace has several of the export's network.
void account_choice(App& app, State& s) {
    const Workspace& ws = app.doc.workspace();
    Network network{};
    if (!io::enum_from_name(s.stats->report.network, network)) return;
    std::vector<const NetworkAccount*> accounts;
    for (const NetworkAccount& a : ws.accounts)
        if (a.network == network) accounts.push_back(&a);
    if (accounts.size() < 2) return;
    const std::string current = s.stats->report.account_id;
    std::string preview = current;
    for (const NetworkAccount* a : accounts)
        if (a->id == current) preview = a->handle.empty() ? a->id : a->handle;
    ImGui::SetNextItemWidth(260.0f * app.settings.zoom);
    if (!begin_combo(tr(app, "imports.account"), preview.c_str())) return;
    std::string chosen;
    for (const NetworkAccount* a : accounts) {
        const std::string label = (a->handle.empty() ? a->id : a->handle) + "##" + a->id;
        if (ImGui::Selectable(label.c_str(), a->id == current)) chosen = a->id;
    }
    ImGui::EndCombo();
    if (!chosen.empty() && chosen != current) {
        s.account_id = chosen;
        compute(app, s);
    }
}

// One combo per column the importer did not recognise, or that the user mapped: « Ne pas
// importer » or a field; a change re-runs the preview with the mapping (true: the caller must not
// use the previous report any more).
bool column_choices(App& app, State& s) {
    const kpi::ImportReport& r = s.stats->report;
    const Lang lang = app.settings.lang;
    std::vector<const kpi::ImportReport::ColumnUse*> shown;
    for (const kpi::ImportReport::ColumnUse& c : r.columns)
        if (c.field.empty() || c.mapped) shown.push_back(&c);
    if (shown.empty()) return false;
    ImGui::TextWrapped("%s", tr(app, "imports.stats.columns_title"));
    std::string changed_header, changed_field;
    // Two combos side by side per line: a wide Meta export has half a dozen such columns and the
    // dialog must stay within the screen.
    const float width = 220.0f * app.settings.zoom;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const kpi::ImportReport::ColumnUse& c = *shown[i];
        const std::string current = c.field.empty() ? "ignore" : c.field;
        if (i % 2 == 1) ImGui::SameLine(0.0f, 24.0f * app.settings.zoom);
        ImGui::SetNextItemWidth(width);
        const std::string preview = parvis::tr("kpis.import.field." + current, lang);
        const std::string label = c.header + "##map-" + std::to_string(i);
        if (!begin_combo(label.c_str(), preview.c_str())) continue;
        for (const std::string& id : kpi::import_field_ids()) {
            const std::string item = parvis::tr("kpis.import.field." + id, lang) + "##" + id;
            if (ImGui::Selectable(item.c_str(), id == current) && id != current) {
                changed_header = c.header;
                changed_field = id;
            }
        }
        ImGui::EndCombo();
    }
    if (changed_header.empty()) return false;
    auto& m = s.column_mappings;
    m.erase(std::remove_if(m.begin(), m.end(), [&](const kpi::ColumnMapping& x) { return x.header == changed_header; }),
            m.end());
    // The last choice for a header replaces the earlier one.
    m.push_back({changed_header, changed_field});
    compute(app, s);
    return true;
}

void stats_body(App& app, State& s) {
    const kpi::ImportReport& r = s.stats->report;
    const Lang lang = app.settings.lang;
    const std::string network = parvis::tr("network." + r.network, lang);
    const std::string language = r.language.empty() ? "JSON" : tr(app, ("imports.language." + r.language).c_str());
    ImGui::TextWrapped("%s %s", tr(app, "imports.format"),
                       parvis::tr("imports.format.stats", lang, {{"source", tr(app, info(s.kind).label_key)},
                                                                 {"network", network}, {"language", language}}).c_str());
    if (!r.sheet.empty()) ImGui::TextWrapped("%s", parvis::tr("imports.format.sheet", lang, {{"sheet", r.sheet}}).c_str());
    account_choice(app, s);
    ImGui::Separator();
    ImGui::BulletText("%s", counted(app, "imports.stats.rows_read", static_cast<std::size_t>(r.rows_read)).c_str());
    ImGui::BulletText("%s", counted(app, "imports.stats.posts_added", static_cast<std::size_t>(r.posts_added)).c_str());
    ImGui::BulletText("%s", counted(app, "imports.stats.metrics_added", static_cast<std::size_t>(r.metrics_added)).c_str());
    ImGui::BulletText("%s", counted(app, "imports.stats.metrics_updated", static_cast<std::size_t>(r.metrics_updated)).c_str());
    ImGui::BulletText("%s", counted(app, "imports.stats.unchanged", static_cast<std::size_t>(r.unchanged)).c_str());
    if (!r.unknown_columns.empty()) {
        std::string list;
        for (const std::string& c : r.unknown_columns) list += (list.empty() ? "« " : ", « ") + c + " »";
        ImGui::TextWrapped("%s", parvis::tr("imports.stats.unknown_columns", lang, {{"list", list}}).c_str());
    }
    if (column_choices(app, s)) return;

    const Workspace& result = s.stats->workspace;
    const float zoom = app.settings.zoom;
    const float post_width = std::max(120.0f * zoom, text_width() - (190.0f + 3 * 100.0f) * zoom);
    if (!s.changed_metrics.empty() && ImGui::BeginTable("##import-metrics", 5, kTableFlags)) {
        ImGui::TableSetupColumn(tr(app, "imports.col.date"), ImGuiTableColumnFlags_WidthFixed, 190.0f * zoom);
        ImGui::TableSetupColumn(tr(app, "imports.col.post"), ImGuiTableColumnFlags_WidthFixed, post_width);
        ImGui::TableSetupColumn(tr(app, "imports.col.impressions"), ImGuiTableColumnFlags_WidthFixed, 100.0f * zoom);
        ImGui::TableSetupColumn(tr(app, "imports.col.reach"), ImGuiTableColumnFlags_WidthFixed, 100.0f * zoom);
        ImGui::TableSetupColumn(tr(app, "imports.col.reactions"), ImGuiTableColumnFlags_WidthFixed, 100.0f * zoom);
        ImGui::TableHeadersRow();
        TableWords words;
        for (std::size_t i = 0; i < s.changed_metrics.size() && i < static_cast<std::size_t>(kShownRows); ++i) {
            const PostMetrics& m = result.metrics.posts[s.changed_metrics[i]];
            const Post* post = find_post(result, m.post_id);
            std::string text = post ? post->title : m.post_id;
            if (post && text.empty())
                for (const PostVariant& v : post->variants)
                    if (text.empty()) text = v.text.substr(0, v.text.find('\n'));
            words.row();
            words.cell(when(app, post ? (post->published_at ? post->published_at : post->scheduled_at) : std::nullopt));
            words.cell(std::move(text));
            words.cell(count_text(m.impressions, lang));
            words.cell(count_text(m.reach, lang));
            words.cell(count_text(m.reactions, lang));
        }
        ImGui::EndTable();
        table_structure("##import-metrics", tr(app, "imports.stats.changed"),
                        {tr(app, "imports.col.date"), tr(app, "imports.col.post"), tr(app, "imports.col.impressions"),
                         tr(app, "imports.col.reach"), tr(app, "imports.col.reactions")},
                        std::move(words.rows));
        more_rows(app, s.changed_metrics.size());
    }
    std::vector<std::string> skipped;
    for (const kpi::SkippedRow& row : r.skipped) {
        const std::string reason = parvis::tr("kpis.import.skip." + row.reason, lang);
        skipped.push_back(row.line > 0
                              ? parvis::tr("imports.stats.skipped_line", lang, {{"line", std::to_string(row.line)}, {"reason", reason}})
                              : parvis::tr("imports.stats.skipped_item", lang, {{"index", std::to_string(row.index + 1)}, {"reason", reason}}));
    }
    messages_list(app, "imports.skipped", skipped);
}

const char* title_key(DataImport kind) {
    switch (kind) {
        case DataImport::agenda: return "imports.title.agenda";
        case DataImport::planning: return "imports.title.planning";
        case DataImport::services: return "imports.title.services";
        default: return "imports.title.stats";
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry points and test summary
//-----------------------------------------------------------------------------

void choose_data_import(App& app, DataImport kind) {
    const KindInfo& k = info(kind);
    app.intents.push_back(ChooseFile{k.purpose, k.accept, k.max_bytes});
}

bool receive_data_import(App& app, State& s, const PickedFile& file) {
    const KindInfo* k = info_for_purpose(file.purpose);
    if (!k) return false;
    s = State{};
    s.open = true;
    s.kind = k->kind;
    s.file_name = file.name;
    if (!file.refused.empty()) {  // refused before reading: too large, or unreadable
        s.error = refused_file_message(file, k->max_bytes, app.settings.lang, k->kind == DataImport::agenda ? "ics" : "csv");
        return true;
    }
    s.bytes = file.bytes;
    compute(app, s);
    return true;
}

void stats_import_button(App& app) {
    if (ImGui::Button(tr(app, "imports.stats_button"))) ImGui::OpenPopup("##stats-import-kinds");
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(app, "imports.stats_help"));
    if (!ImGui::BeginPopup("##stats-import-kinds")) return;
    for (DataImport kind : {DataImport::meta, DataImport::x, DataImport::linkedin, DataImport::mastodon}) {
        if (ImGui::Selectable(tr(app, info(kind).label_key))) {
            choose_data_import(app, kind);
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::EndPopup();
}

void import_dialog(App& app, State& s) {
    const std::string title = std::string(tr(app, title_key(s.kind))) + "###parvis-data-import";
    if (s.open && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
    const float width = 780.0f * app.settings.zoom;
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, ImGui::GetMainViewport()->Size.y * 0.92f));
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) return;
    if (!s.open) { ImGui::CloseCurrentPopup(); ImGui::EndPopup(); return; }
    ImGui::TextWrapped("%s « %s »", tr(app, "import.file"), s.file_name.c_str());
    if (!s.error.empty()) {
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().error);
        ImGui::TextWrapped("%s", s.error.c_str());
        ImGui::PopStyleColor();
        ImGui::TextWrapped("%s", tr(app, "import.nothing_changed"));
        if (cancel_button(tr(app, "imports.close"))) { close_dialog(s); ImGui::CloseCurrentPopup(); }
        ImGui::EndPopup();
        return;
    }
    if (s.kind == DataImport::planning) planning_body(app, s);
    else if (s.agenda) agenda_body(app, s);
    else if (s.services) services_body(app, s);
    else if (s.stats) stats_body(app, s);
    ImGui::Separator();
    const std::size_t n = to_import(s);
    if (n == 0 && s.mapping_problem.empty()) ImGui::TextWrapped("%s", tr(app, "imports.nothing_new"));
    const std::string confirm = n == 0   ? std::string(tr(app, "imports.confirm_none"))
                                : n == 1 ? std::string(tr(app, "imports.confirm_one"))
                                         : counted(app, "imports.confirm_many", n);
    ImGui::BeginDisabled(n == 0);
    const bool confirmed = ImGui::Button((confirm + "##import-confirm").c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool cancelled = cancel_button(tr(app, "common.cancel"));
    if (confirmed) apply(app, s);
    if (cancelled) close_dialog(s);
    if (!s.open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

nlohmann::json import_dialog_summary(const App& app, const State& s) {
    (void)app;
    nlohmann::json out = {{"open", s.open}};
    if (!s.open) return out;
    out["kind"] = info(s.kind).purpose;
    out["file"] = s.file_name;
    out["error"] = s.error;
    out["mapping_problem"] = s.mapping_problem;
    out["rows"] = to_import(s);
    nlohmann::json skipped = nlohmann::json::array();
    nlohmann::json titles = nlohmann::json::array();
    int already = 0;
    if (s.planning) {
        for (const planning::RowNote& n : s.planning->skipped) skipped.push_back({{"line", n.line}, {"reason", n.reason}, {"message", n.message}});
        for (const Post& p : s.planning->posts) titles.push_back(p.title);
        already = s.planning->already_present;
        out["encoding"] = csv::encoding_name(s.planning->encoding);
        out["separator"] = std::string(1, s.planning->separator);
        out["warnings"] = s.planning->warnings.size();
    }
    if (s.kind == DataImport::planning) {
        nlohmann::json mapping = nlohmann::json::object();
        for (planning::Field field : kMappedFields) {
            std::string header;
            for (std::size_t c = 0; c < s.columns.size() && header.empty(); ++c)
                if (s.columns[c] == field) header = s.headers[c];
            mapping[planning::field_name(field)] = header;
        }
        out["mapping"] = std::move(mapping);
    }
    if (s.services) {
        for (const services_import::RowNote& n : s.services->skipped)
            skipped.push_back({{"line", n.line}, {"reason", n.reason}, {"message", n.message}});
        for (const Service& x : s.services->added) titles.push_back(x.name);
        for (const Service& x : s.services->updated) titles.push_back(x.name);
        already = s.services->already_present;
        out["encoding"] = csv::encoding_name(s.services->encoding);
        out["separator"] = std::string(1, s.services->separator);
    }
    if (s.agenda) {
        for (const ics::SkippedEvent& e : s.agenda->skipped)
            skipped.push_back({{"line", e.line}, {"reason", ics::skip_reason_name(e.reason)}, {"message", e.message}});
        for (const Post& p : s.agenda->posts) titles.push_back(p.title);
        already = s.agenda->already_present;
        out["events"] = s.agenda->events;
    }
    if (s.stats) {
        const kpi::ImportReport& r = s.stats->report;
        for (const kpi::SkippedRow& row : r.skipped) skipped.push_back({{"line", row.line}, {"reason", row.reason}});
        out["network"] = r.network;
        out["account"] = r.account_id;
        out["sheet"] = r.sheet;
        out["language"] = r.language;
        out["posts_added"] = r.posts_added;
        out["metrics_added"] = r.metrics_added;
        out["metrics_updated"] = r.metrics_updated;
        out["unchanged"] = r.unchanged;
        // The user's column choices and what each column went to ("" : not imported).
        nlohmann::json mappings = nlohmann::json::object();
        for (const kpi::ColumnMapping& m : s.column_mappings) mappings[m.header] = m.field;
        out["column_mappings"] = std::move(mappings);
        nlohmann::json columns = nlohmann::json::object();
        for (const kpi::ImportReport::ColumnUse& c : r.columns) columns[c.header] = c.field;
        out["columns"] = std::move(columns);
        out["unknown_columns"] = r.unknown_columns;
        // The previewed figures of the new or changed lines (null: missing), as the table shows them.
        nlohmann::json figures = nlohmann::json::array();
        for (std::size_t i : s.changed_metrics) {
            const PostMetrics& m = s.stats->workspace.metrics.posts[i];
            const auto value = [](const Count& c) { return c ? nlohmann::json(*c) : nlohmann::json(nullptr); };
            figures.push_back({{"impressions", value(m.impressions)}, {"reach", value(m.reach)},
                               {"reactions", value(m.reactions)}});
        }
        out["figures"] = std::move(figures);
    }
    out["skipped"] = std::move(skipped);
    out["titles"] = std::move(titles);
    out["already_present"] = already;
    return out;
}

}  // namespace parvis::app::ui
