#include "kpi/import_csv.h"

#include <algorithm>

#include "text/trim.h"

namespace parvis::kpi::detail {
namespace {

// A cell or a header as the exports write it, the no-break spaces of French figures included.
std::string_view trimmed(std::string_view cell) { return text::trim(cell, text::Spaces::unicode); }

bool is_lifetime(const std::string& cell) {
    const std::string f = fold_header(cell);
    return f.rfind("lifetime", 0) == 0 || f.rfind("duree de vie", 0) == 0;
}

const Column* column_for(const std::vector<Column>& columns, const std::string& header) {
    const std::string f = fold_header(header);
    for (const Column& c : columns)
        if (c.name == f) return &c;
    return nullptr;
}

// The column a user's mapping stands for, one per field (no name: it is matched by header text).
const Column* user_column(Field f) {
    static const Column columns[] = {
        {Field::id, false, ""}, {Field::permalink, false, ""}, {Field::text, false, ""}, {Field::time, false, ""},
        {Field::type, false, ""}, {Field::impressions, false, ""}, {Field::reach, false, ""},
        {Field::reactions, false, ""}, {Field::comments, false, ""}, {Field::shares, false, ""},
        {Field::clicks, false, ""}, {Field::saves, false, ""}, {Field::video_views, false, ""},
        {Field::ignored, false, ""},
    };
    static_assert(std::size(columns) == static_cast<std::size_t>(Field::ignored) + 1, "user_column: one row per Field, in its order");
    return &columns[static_cast<int>(f)];
}

// The user's mapping of `header` (exact text, spaces around ignored), if any with a known field.
const Column* mapped_by_user(const std::vector<ColumnMapping>& mappings, const std::string& header) {
    const std::string_view h = trimmed(header);
    for (const ColumnMapping& m : mappings) {
        if (trimmed(m.header) != h) continue;
        if (const auto f = field_from_id(m.field)) return user_column(*f);
    }
    return nullptr;
}

}  // namespace

const char* field_id(Field f) {
    switch (f) {
        case Field::id: return "id";
        case Field::permalink: return "permalink";
        case Field::text: return "text";
        case Field::time: return "time";
        case Field::type: return "type";
        case Field::impressions: return "impressions";
        case Field::reach: return "reach";
        case Field::reactions: return "reactions";
        case Field::comments: return "comments";
        case Field::shares: return "shares";
        case Field::clicks: return "clicks";
        case Field::saves: return "saves";
        case Field::video_views: return "video_views";
        case Field::ignored: return "ignore";
    }
    return "ignore";
}

std::optional<Field> field_from_id(std::string_view id) {
    for (int i = 0; i <= static_cast<int>(Field::ignored); ++i)
        if (id == field_id(static_cast<Field>(i))) return static_cast<Field>(i);
    return std::nullopt;
}

Result<CsvExport> read_csv_export(std::string_view content, const std::vector<Column>& columns, std::string_view zone,
                                  const std::vector<ColumnMapping>& mappings, ImportReport& report) {
    auto table = csv::read(content);
    if (!table) {
        const Error& e = table.error();
        if (e.code == ErrorCode::file_too_large) return e;
        // An empty file has no header row (import_format, as any file without one); a quote never
        // closed means a truncated export: the position of the quote goes with the message.
        std::string reason;
        for (const auto& [name, value] : e.args)
            if (name == "reason") reason = value;
        Error out = import_error(reason == "csv_empty" ? "import_format" : "import_truncated");
        out.line = e.line;
        out.column = e.column;
        return out;
    }
    return read_table_export(table->rows, false, columns, zone, mappings, report);
}

Result<CsvExport> read_table_export(const std::vector<csv::Row>& rows, bool plain_numbers, const std::vector<Column>& columns,
                                    std::string_view zone, const std::vector<ColumnMapping>& mappings, ImportReport& report) {
    // A header the user mapped is read as they said, before the source's own names.
    const auto resolve = [&](const std::string& header) -> const Column* {
        if (const Column* c = mapped_by_user(mappings, header)) return c;
        return column_for(columns, header);
    };
    // The header: the first of the first five rows that names a time and at least one figure.
    std::size_t header = rows.size();
    for (std::size_t r = 0; r < rows.size() && r < 5; ++r) {
        bool time = false;
        int figures = 0;
        for (const std::string& h : rows[r].cells) {
            const Column* c = resolve(h);
            if (!c) continue;
            if (c->field == Field::time) time = true;
            if (c->field >= Field::impressions && c->field <= Field::video_views) ++figures;
        }
        if (time && figures > 0) {
            header = r;
            break;
        }
    }
    if (header == rows.size()) {
        return import_error("import_format", rows.empty() || rows[0].cells.empty() ? "" : rows[0].cells[0]);
    }
    CsvExport out;
    const std::vector<std::string>& headers = rows[header].cells;
    out.headers = headers;
    std::vector<const Column*> mapped(headers.size(), nullptr);
    std::vector<bool> by_user(headers.size(), false);
    int french = 0, english = 0;
    for (std::size_t i = 0; i < headers.size(); ++i) {
        mapped[i] = mapped_by_user(mappings, headers[i]);
        by_user[i] = mapped[i] != nullptr;
        if (!mapped[i]) mapped[i] = column_for(columns, headers[i]);
        if (!mapped[i]) {
            if (!trimmed(headers[i]).empty()) report.unknown_columns.push_back(std::string(trimmed(headers[i])));
            continue;
        }
        // Two columns for one field (Meta's "Link clicks" and "Total clicks"): the one the user
        // mapped wins (the first of two mapped ones), else the one listed first in the source's
        // columns; the other is reported as not imported.
        for (std::size_t k = 0; k < i && mapped[i]; ++k) {
            if (!mapped[k] || mapped[k]->field != mapped[i]->field || mapped[i]->field == Field::ignored) continue;
            const bool keep_k = by_user[k] != by_user[i] ? static_cast<bool>(by_user[k])
                                                         : (by_user[k] || mapped[k] < mapped[i]);
            if (keep_k) {
                mapped[i] = nullptr;
            } else {
                report.columns_used.erase(std::remove(report.columns_used.begin(), report.columns_used.end(),
                                                      std::string(trimmed(headers[k]))),
                                          report.columns_used.end());
                report.unknown_columns.push_back(std::string(trimmed(headers[k])));
                mapped[k] = nullptr;
            }
        }
        if (!mapped[i]) {
            report.unknown_columns.push_back(std::string(trimmed(headers[i])));
            continue;
        }
        if (mapped[i]->field != Field::ignored) report.columns_used.push_back(std::string(trimmed(headers[i])));
        // The language is told by the source's own names only (a user's mapping has none).
        if (!by_user[i]) (mapped[i]->french ? french : english) += 1;
    }
    for (std::size_t i = 0; i < headers.size(); ++i) {
        if (trimmed(headers[i]).empty()) continue;
        report.columns.push_back({std::string(trimmed(headers[i])), mapped[i] ? field_id(mapped[i]->field) : "",
                                  mapped[i] != nullptr && by_user[i]});
    }
    for (const ColumnMapping& m : mappings) {
        if (!field_from_id(m.field)) {
            report.unused_mappings.push_back({m, "mapping_unknown_field"});
            continue;
        }
        const bool present = std::any_of(headers.begin(), headers.end(),
                                         [&](const std::string& h) { return trimmed(h) == trimmed(m.header); });
        if (!present) report.unused_mappings.push_back({m, "mapping_no_column"});
    }
    out.french = french > english;
    report.language = out.french ? "fr" : "en";

    for (std::size_t r = header + 1; r < rows.size(); ++r) {
        const csv::Row& row = rows[r];
        ++report.rows_read;
        ImportedRow item;
        item.line = row.line;
        bool has_time = false, bad = false, lifetime_only = true, any_figure = false;
        std::string bad_detail, time_text;
        const char* bad_reason = "bad_number";
        for (std::size_t i = 0; i < row.cells.size() && i < mapped.size(); ++i) {
            if (!mapped[i]) continue;
            const std::string cell(trimmed(row.cells[i]));
            if (!cell.empty() && !is_lifetime(cell)) lifetime_only = false;
            Count* target = nullptr;
            switch (mapped[i]->field) {
                case Field::id: item.external_id = cell; break;
                case Field::permalink: item.permalink = cell; break;
                case Field::text: if (item.text.empty()) item.text = cell; break;
                case Field::time:
                    time_text = cell;
                    if (const auto at = parse_export_time(cell, out.french, zone)) {
                        item.published_at = *at;
                        has_time = true;
                    }
                    break;
                case Field::type: item.format = format_from_type(cell); break;
                case Field::impressions: target = &item.impressions; break;
                case Field::reach: target = &item.reach; break;
                case Field::reactions: target = &item.reactions; break;
                case Field::comments: target = &item.comments; break;
                case Field::shares: target = &item.shares; break;
                case Field::clicks: target = &item.clicks; break;
                case Field::saves: target = &item.saves; break;
                case Field::video_views: target = &item.video_views; break;
                case Field::ignored: break;
            }
            if (target) {
                bool cell_bad = false, too_large = false;
                *target = parse_count(cell, out.french && !plain_numbers, cell_bad, &too_large);
                if (cell_bad && !is_lifetime(cell)) {
                    bad = true;
                    bad_reason = too_large ? "number_too_large" : "bad_number";
                    bad_detail = std::string(trimmed(headers[i])) + " = " + cell;
                }
                if (*target) any_figure = true;
            }
        }
        // Meta's description row under the header (« Durée de vie : nombre de personnes… »).
        if (!has_time && lifetime_only) {
            report.skipped.push_back({row.line, -1, "description_row", row.cells.empty() ? "" : std::string(trimmed(row.cells[0]))});
            continue;
        }
        if (!has_time) {
            report.skipped.push_back({row.line, -1, time_text.empty() ? "no_date" : "bad_date", time_text});
            continue;
        }
        if (bad) {
            report.skipped.push_back({row.line, -1, bad_reason, bad_detail});
            continue;
        }
        if (!any_figure) {
            report.skipped.push_back({row.line, -1, "no_figure", item.external_id});
            continue;
        }
        out.rows.push_back(std::move(item));
    }
    return out;
}

}  // namespace parvis::kpi::detail
