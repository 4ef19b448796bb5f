// The moderation log as CSV and HTML. See moderation_export.h.
#include "inbox/moderation_export.h"

#include "format/format.h"
#include "inbox/moderation.h"
#include "interop/csv.h"
#include "io/enum_names.h"
#include "io/time_text.h"
#include "model/find.h"
#include "text/html.h"

namespace parvis::inbox {
namespace {

constexpr const char* kColumns[] = {
    "id", "date", "date_utc", "person", "message_id", "category", "article", "action", "comment",
    "author", "network", "account", "channel", "link", "received_at", "text",
};

std::string person_text(const Workspace& ws, const std::string& id, Lang lang) {
    if (id.empty()) return tr("audit.nobody", lang);
    const Person* p = find_person(ws, id);
    return p ? p->name + " (" + id + ")" : id;
}

std::vector<std::string> row_of(const ModerationEntry& e, const Workspace& ws, Lang lang) {
    const ModerationEvidence& ev = e.evidence;
    return {
        e.id,
        format_instant_local(e.at, ws.profile.time_zone, lang),
        io::format_instant(e.at),
        person_text(ws, e.person_id, lang),
        e.message_id,
        category_label(e.category, lang),
        e.article,
        action_label(e.action, lang),
        e.comment,
        ev.author,
        ev.network ? tr("network." + std::string(io::enum_name(*ev.network)), lang) : std::string(),
        ev.account_handle,
        tr("messages.channel." + std::string(io::enum_name(ev.channel)), lang),
        ev.link,
        format_instant_local(ev.received_at, ws.profile.time_zone, lang),
        ev.text,
    };
}

}  // namespace

std::vector<std::vector<std::string>> moderation_log_rows(const Workspace& ws, Lang lang) {
    std::vector<std::vector<std::string>> rows;
    rows.reserve(ws.moderation_log.size() + 1);
    std::vector<std::string> header;
    for (const char* c : kColumns) header.push_back(tr(std::string("moderation.column.") + c, lang));
    rows.push_back(std::move(header));
    for (const ModerationEntry& e : ws.moderation_log) rows.push_back(row_of(e, ws, lang));
    return rows;
}

std::string moderation_log_csv(const Workspace& ws, Lang lang) { return csv::write(moderation_log_rows(ws, lang)); }

std::string moderation_log_html(const Workspace& ws, Instant exported_at, Lang lang) {
    const auto esc = [](std::string_view s) { return html::escape(s); };
    const std::string name = ws.profile.name.empty() ? tr("moderation.export.no_name", lang) : ws.profile.name;
    const std::string title = tr("moderation.export.title", lang, {{"name", name}});
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"" + std::string(lang_code(lang)) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + esc(title) + "</title>\n";
    out += "<style>\n"
           "body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}\n"
           "table{border-collapse:collapse;width:100%;font-size:.9rem}\n"
           "th,td{border:1px solid #999;padding:.3rem .5rem;vertical-align:top;text-align:left}\n"
           "th{background:#eef2f7}\n"
           "td.text{white-space:pre-wrap}\n"
           "@media print{body{margin:0}}\n"
           "</style>\n</head>\n<body>\n";
    out += "<h1>" + esc(tr("moderation.export.heading", lang)) + "</h1>\n";
    out += "<p class=\"collectivity\">" + esc(name) + "</p>\n";
    out += "<p class=\"exported\">" +
           esc(tr("moderation.export.date", lang, {{"date", format_instant_local(exported_at, ws.profile.time_zone, lang)}})) +
           "</p>\n";
    out += "<p class=\"count\">" +
           esc(tr("moderation.export.count", lang, {{"count", std::to_string(ws.moderation_log.size())}})) + "</p>\n";
    out += "<p class=\"note\">" + esc(tr("moderation.export.note", lang)) + "</p>\n";
    const auto rows = moderation_log_rows(ws, lang);
    out += "<table>\n<thead>\n<tr>";
    for (const std::string& h : rows.front()) out += "<th scope=\"col\">" + esc(h) + "</th>";
    out += "</tr>\n</thead>\n<tbody>\n";
    for (std::size_t r = 1; r < rows.size(); ++r) {
        out += "<tr>";
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const bool is_text = c + 1 == rows[r].size();
            out += std::string(is_text ? "<td class=\"text\">" : "<td>") + esc(rows[r][c]) + "</td>";
        }
        out += "</tr>\n";
    }
    if (rows.size() == 1)
        out += "<tr><td colspan=\"" + std::to_string(rows.front().size()) + "\">" + esc(tr("moderation.export.empty", lang)) +
               "</td></tr>\n";
    out += "</tbody>\n</table>\n</body>\n</html>\n";
    return out;
}

}  // namespace parvis::inbox
