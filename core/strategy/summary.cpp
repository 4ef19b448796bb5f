// Index
// [SECTION] A small document model
// [SECTION] Content
// [SECTION] HTML
// [SECTION] Markdown
#include "strategy/summary.h"

#include <algorithm>
#include <cmath>

#include "format/format.h"
#include "io/enum_names.h"
#include "strategy/circuit.h"
#include "strategy/network_scoring.h"
#include "strategy/objectives.h"
#include "text/html.h"

namespace parvis::strategy {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] A small document model
//-----------------------------------------------------------------------------

struct Block {
    enum Kind { paragraph, list, table, preformatted } kind = paragraph;
    std::string text;                             // paragraph, preformatted
    std::vector<std::string> items;               // list
    std::vector<std::string> header;              // table
    std::vector<std::vector<std::string>> rows;   // table
};

struct Section {
    std::string id;
    std::string title;
    std::vector<Block> blocks;
};

Block para(std::string t) { return {Block::paragraph, std::move(t), {}, {}, {}}; }
Block list(std::vector<std::string> items) { return {Block::list, {}, std::move(items), {}, {}}; }
Block table(std::vector<std::string> h, std::vector<std::vector<std::string>> rows) {
    return {Block::table, {}, {}, std::move(h), std::move(rows)};
}

//-----------------------------------------------------------------------------
// [SECTION] Content
//-----------------------------------------------------------------------------

std::string t(const char* key, Lang lang, const Args& args = {}) { return tr(std::string("strategy.summary.") + key, lang, args); }
template <class E>
std::string label(const char* prefix, E value, Lang lang) {
    return tr(std::string(prefix) + std::string(io::enum_name(value)), lang);
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
    return out;
}

Section networks_section(const Workspace& ws, Lang lang) {
    Section s{"reseaux", t("networks", lang), {}};
    const Ranking r = rank_networks(ws, lang);
    std::vector<std::vector<std::string>> rows;
    for (const NetworkScore& n : r.networks) {
        if (!n.selected) continue;
        std::vector<std::string> why;
        for (std::size_t i = 0; i < n.reasons.size() && i < 4; ++i) why.push_back(n.reasons[i]);
        rows.push_back({label("network.", n.network, lang), format_number(n.score, 0, lang),
                        format_number(n.hours_per_week, 0, lang), join(why, " ")});
    }
    s.blocks.push_back(para(t("networks_intro", lang, {{"budget", format_number(r.hours_budget, 0, lang)},
                                                        {"hours", format_number(r.hours_selected, 0, lang)}})));
    if (rows.empty()) s.blocks.push_back(para(t("networks_none", lang)));
    else s.blocks.push_back(table({t("network", lang), t("score", lang), t("hours", lang), t("why", lang)}, rows));
    std::vector<std::string> dropped;
    for (const NetworkScore& n : r.networks)
        if (!n.selected) dropped.push_back(label("network.", n.network, lang) + " (" + format_number(n.score, 0, lang) + ")");
    if (!dropped.empty()) s.blocks.push_back(para(t("networks_dropped", lang, {{"list", join(dropped, ", ")}})));
    s.blocks.push_back(para(r.audience_basis));
    for (const std::string& note : r.notes) s.blocks.push_back(para(note));
    return s;
}

std::string target_text(const Target& target, const Workspace& ws, Lang lang) {
    const KpiInfo* kpi = find_kpi(target.kpi);
    std::string text = (kpi ? kpi->label : target.kpi) + (target.comparison == "<=" ? " \xE2\x89\xA4 " : " \xE2\x89\xA5 ") +
                       format_number(target.value, target.value == std::floor(target.value) ? 0 : 1, lang) +
                       (target.unit.empty() ? "" : (target.unit == "%" ? "\xC2\xA0%" : " " + target.unit));
    for (const NetworkAccount& a : ws.accounts)
        if (a.id == target.network_id && !target.network_id.empty()) text += " (" + label("network.", a.network, lang) + ")";
    return text;
}

Section objectives_section(const Workspace& ws, Lang lang) {
    Section s{"objectifs", t("objectives", lang), {}};
    if (ws.objectives.empty()) s.blocks.push_back(para(t("objectives_none", lang)));
    std::vector<std::vector<std::string>> rows;
    for (const Objective& o : ws.objectives) {
        std::vector<std::string> targets;
        for (const Target& target : o.targets) targets.push_back(target_text(target, ws, lang));
        rows.push_back({o.title, o.description, join(targets, " ; "), o.horizon ? format_day(*o.horizon, lang) : "—"});
    }
    if (!rows.empty()) s.blocks.push_back(table({t("objective", lang), t("description", lang), t("targets", lang), t("horizon", lang)}, rows));
    return s;
}

Section editorial_section(const Workspace& ws, Lang lang) {
    const Charter& c = ws.charter;
    Section s{"ligne-editoriale", t("editorial", lang), {}};
    std::vector<std::vector<std::string>> rows;
    for (const MessageType& m : c.message_types) {
        std::vector<std::string> circuit;
        for (Role r : m.validation_circuit) circuit.push_back(label("strategy.role.", r, lang));
        rows.push_back({m.name, format_percent(m.target_share, 0, lang), circuit.empty() ? t("no_validation", lang) : join(circuit, " \xE2\x86\x92 ")});
    }
    if (!rows.empty()) s.blocks.push_back(table({t("message_type", lang), t("share", lang), t("circuit", lang)}, rows));
    if (!c.audiences.empty()) s.blocks.push_back(para(t("audiences", lang, {{"list", join(c.audiences, ", ")}})));
    std::vector<std::string> tone = {
        t(c.register_ == Register::tu ? "register_tu" : "register_vous", lang),
        t(c.humour ? "humour_yes" : "humour_no", lang),
        label("strategy.emoji.", c.emoji, lang),
        label("strategy.exclamation.", c.exclamation, lang),
        label("strategy.inclusive.", c.inclusive, lang),
        t("hashtags", lang, {{"max", std::to_string(c.max_hashtags)}}) + (c.camel_case_hashtags ? " " + t("camel_case", lang) : ""),
    };
    if (!c.signature.empty()) tone.push_back(t("signature", lang, {{"signature", c.signature}}));
    s.blocks.push_back(list(tone));
    std::vector<std::string> words;
    for (const WordRule& w : c.forbidden_words)
        words.push_back(w.replacement.empty() ? t("word_banned", lang, {{"word", w.word}})
                                              : t("word_replaced", lang, {{"word", w.word}, {"replacement", w.replacement}}));
    for (const WordRule& w : c.preferred_words)
        words.push_back(t("word_replaced", lang, {{"word", w.word}, {"replacement", w.replacement}}));
    if (!words.empty()) {
        s.blocks.push_back(para(t("words", lang)));
        s.blocks.push_back(list(words));
    }
    std::vector<std::vector<std::string>> rhythm;
    for (const RhythmRule& r : c.rhythm) {
        std::string account = r.account_id;
        for (const NetworkAccount& a : ws.accounts)
            if (a.id == r.account_id) account = label("network.", a.network, lang) + (a.handle.empty() ? "" : " " + a.handle);
        rhythm.push_back({account, std::to_string(r.min_per_week), r.max_per_week > 0 ? std::to_string(r.max_per_week) : "—",
                          r.max_per_day > 0 ? std::to_string(r.max_per_day) : "—"});
    }
    if (!rhythm.empty()) s.blocks.push_back(table({t("account", lang), t("min_week", lang), t("max_week", lang), t("max_day", lang)}, rhythm));
    const BusinessHours& h = c.business_hours;
    std::vector<std::string> days;
    for (int d : h.weekdays) days.push_back(tr("strategy.weekday." + std::to_string(d), lang));
    s.blocks.push_back(para(t("hours_line", lang, {{"days", join(days, ", ")}, {"opens", format_time(h.opens)},
                                                  {"closes", format_time(h.closes)},
                                                  {"response", format_number(h.response_time_hours, h.response_time_hours == std::floor(h.response_time_hours) ? 0 : 1, lang)}})));
    return s;
}

Section roles_section(const Workspace& ws, Lang lang) {
    Section s{"roles", t("roles", lang), {}};
    std::vector<std::vector<std::string>> rows;
    for (const Person& p : ws.people) rows.push_back({p.name, label("strategy.role.", p.role, lang), p.email});
    if (rows.empty()) s.blocks.push_back(para(t("roles_none", lang)));
    else s.blocks.push_back(table({t("person", lang), t("role", lang), t("email", lang)}, rows));
    s.blocks.push_back(para(t("roles_note", lang)));
    return s;
}

Section moderation_section(const Workspace& ws, Lang lang) {
    Section s{"moderation", t("moderation", lang), {}};
    std::vector<std::vector<std::string>> rows;
    for (const ModerationRule& r : ws.charter.moderation.rules) {
        std::vector<std::string> actions;
        for (ModerationAction a : r.actions) actions.push_back(label("strategy.action.", a, lang));
        rows.push_back({label("strategy.moderation.", r.category, lang), join(actions, ", ")});
    }
    if (!rows.empty()) s.blocks.push_back(table({t("category", lang), t("actions", lang)}, rows));
    if (!ws.charter.moderation.public_text.empty()) {
        s.blocks.push_back(para(t("public_text", lang)));
        s.blocks.push_back({Block::preformatted, ws.charter.moderation.public_text, {}, {}, {}});
    }
    return s;
}

std::vector<Section> content(const Workspace& ws, Lang lang) {
    return {networks_section(ws, lang), objectives_section(ws, lang), editorial_section(ws, lang), roles_section(ws, lang),
            moderation_section(ws, lang)};
}

//-----------------------------------------------------------------------------
// [SECTION] HTML
//-----------------------------------------------------------------------------

constexpr const char* kCss =
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;max-width:60rem;margin:2rem auto;"
    "padding:0 1rem;color:#1b1b1b;line-height:1.45}"
    "h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:2px solid #2f6db5;padding-bottom:.2rem;margin-top:2rem}"
    ".meta{color:#555}table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid #bbb;padding:.35rem .5rem;"
    "text-align:left;vertical-align:top}th{background:#eef3fa}.text{white-space:pre-wrap;background:#f6f6f6;padding:.8rem;"
    "border-left:4px solid #2f6db5}@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,tr{break-inside:avoid}}";

std::string render_html(const Workspace& ws, const std::vector<Section>& sections, const SummaryOptions& o) {
    std::string h = "<!DOCTYPE html>\n<html lang=\"" + std::string(lang_code(o.lang)) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    const std::string title = t("title", o.lang, {{"name", ws.profile.name}});
    h += "<title>" + escape_html(title) + "</title>\n<style>" + kCss + "</style>\n</head>\n<body>\n";
    h += "<h1>" + escape_html(title) + "</h1>\n";
    if (o.today) h += "<p class=\"meta\">" + escape_html(t("date", o.lang, {{"date", format_day_long(*o.today, o.lang)}})) + "</p>\n";
    for (const Section& s : sections) {
        h += "<section id=\"" + s.id + "\">\n<h2>" + escape_html(s.title) + "</h2>\n";
        for (const Block& b : s.blocks) {
            switch (b.kind) {
                case Block::paragraph: h += "<p>" + escape_html(b.text) + "</p>\n"; break;
                case Block::preformatted: h += "<div class=\"text\">" + escape_html(b.text) + "</div>\n"; break;
                case Block::list:
                    h += "<ul>\n";
                    for (const std::string& i : b.items) h += "<li>" + escape_html(i) + "</li>\n";
                    h += "</ul>\n";
                    break;
                case Block::table:
                    h += "<table>\n<thead><tr>";
                    for (const std::string& c : b.header) h += "<th scope=\"col\">" + escape_html(c) + "</th>";
                    h += "</tr></thead>\n<tbody>\n";
                    for (const auto& row : b.rows) {
                        h += "<tr>";
                        for (const std::string& c : row) h += "<td>" + escape_html(c) + "</td>";
                        h += "</tr>\n";
                    }
                    h += "</tbody>\n</table>\n";
                    break;
            }
        }
        h += "</section>\n";
    }
    h += "</body>\n</html>\n";
    return h;
}

//-----------------------------------------------------------------------------
// [SECTION] Markdown
//-----------------------------------------------------------------------------

std::string md_cell(const std::string& text) {
    std::string out = escape_markdown(text);
    std::string flat;
    for (char c : out) flat += c == '\n' ? ' ' : c;
    return flat;
}

std::string render_markdown(const Workspace& ws, const std::vector<Section>& sections, const SummaryOptions& o) {
    std::string m = "# " + escape_markdown(t("title", o.lang, {{"name", ws.profile.name}})) + "\n\n";
    if (o.today) m += "_" + escape_markdown(t("date", o.lang, {{"date", format_day_long(*o.today, o.lang)}})) + "_\n\n";
    for (const Section& s : sections) {
        m += "## " + escape_markdown(s.title) + "\n\n";
        for (const Block& b : s.blocks) {
            switch (b.kind) {
                case Block::paragraph: m += escape_markdown(b.text) + "\n\n"; break;
                case Block::preformatted: {
                    // A quotation, line by line: the public text stays readable as Markdown.
                    std::string line;
                    for (char c : b.text + "\n") {
                        if (c == '\n') {
                            m += line.empty() ? ">\n" : "> " + escape_markdown(line) + "\n";
                            line.clear();
                        } else {
                            line += c;
                        }
                    }
                    m += "\n";
                    break;
                }
                case Block::list:
                    for (const std::string& i : b.items) m += "- " + md_cell(i) + "\n";
                    m += "\n";
                    break;
                case Block::table: {
                    m += "|";
                    for (const std::string& c : b.header) m += " " + md_cell(c) + " |";
                    m += "\n|";
                    for (std::size_t i = 0; i < b.header.size(); ++i) m += " --- |";
                    m += "\n";
                    for (const auto& row : b.rows) {
                        m += "|";
                        for (const std::string& c : row) m += " " + md_cell(c) + " |";
                        m += "\n";
                    }
                    m += "\n";
                    break;
                }
            }
        }
    }
    return m;
}

}  // namespace

std::string escape_html(std::string_view text) { return html::escape(text); }

std::string escape_markdown(std::string_view text) {
    // Characters that start Markdown syntax inline, and raw HTML.
    std::string out;
    for (char c : text) {
        if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string strategy_summary(const Workspace& ws, const SummaryOptions& options) {
    const std::vector<Section> sections = content(ws, options.lang);
    return options.format == SummaryFormat::html ? render_html(ws, sections, options) : render_markdown(ws, sections, options);
}

}  // namespace parvis::strategy
