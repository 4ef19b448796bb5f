#include "kpi/import_csv.h"

#include <algorithm>

#include "kpi/csv_rows.h"

namespace parvis::kpi::detail {
namespace {

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

}  // namespace

Result<CsvExport> read_csv_export(std::string_view content, const std::vector<Column>& columns, std::string_view zone,
                                  ImportReport& report) {
    const auto table = read_csv(content);
    if (!table) return import_error("import_truncated");
    return read_table_export(*table, columns, zone, report);
}

Result<CsvExport> read_table_export(const CsvTable& csv, const std::vector<Column>& columns, std::string_view zone,
                                    ImportReport& report) {
    const CsvTable* table = &csv;
    // The header: the first of the first five rows that names a time and at least one figure.
    std::size_t header = table->rows.size();
    for (std::size_t r = 0; r < table->rows.size() && r < 5; ++r) {
        bool time = false;
        int figures = 0;
        for (const std::string& h : table->rows[r].cells) {
            const Column* c = column_for(columns, h);
            if (!c) continue;
            if (c->field == Field::time) time = true;
            if (c->field >= Field::impressions && c->field <= Field::video_views) ++figures;
        }
        if (time && figures > 0) {
            header = r;
            break;
        }
    }
    if (header == table->rows.size()) {
        return import_error("import_format", table->rows.empty() || table->rows[0].cells.empty() ? "" : table->rows[0].cells[0]);
    }
    CsvExport out;
    const std::vector<std::string>& headers = table->rows[header].cells;
    out.headers = headers;
    std::vector<const Column*> mapped(headers.size(), nullptr);
    int french = 0, english = 0;
    for (std::size_t i = 0; i < headers.size(); ++i) {
        mapped[i] = column_for(columns, headers[i]);
        if (!mapped[i]) {
            if (!trim_cell(headers[i]).empty()) report.unknown_columns.push_back(trim_cell(headers[i]));
            continue;
        }
        // Two columns for one field (Meta's "Link clicks" and "Total clicks"): the one listed
        // first in the source's columns wins; the other is reported as not imported.
        for (std::size_t k = 0; k < i && mapped[i]; ++k) {
            if (!mapped[k] || mapped[k]->field != mapped[i]->field || mapped[i]->field == Field::ignored) continue;
            if (mapped[k] < mapped[i]) {
                mapped[i] = nullptr;
            } else {
                report.columns_used.erase(std::remove(report.columns_used.begin(), report.columns_used.end(),
                                                      trim_cell(headers[k])),
                                          report.columns_used.end());
                report.unknown_columns.push_back(trim_cell(headers[k]));
                mapped[k] = nullptr;
            }
        }
        if (!mapped[i]) {
            report.unknown_columns.push_back(trim_cell(headers[i]));
            continue;
        }
        if (mapped[i]->field != Field::ignored) report.columns_used.push_back(trim_cell(headers[i]));
        (mapped[i]->french ? french : english) += 1;
    }
    out.french = french > english;
    report.language = out.french ? "fr" : "en";

    for (std::size_t r = header + 1; r < table->rows.size(); ++r) {
        const CsvRow& row = table->rows[r];
        ++report.rows_read;
        ImportedRow item;
        item.line = row.line;
        bool has_time = false, bad = false, lifetime_only = true, any_figure = false;
        std::string bad_detail, time_text;
        for (std::size_t i = 0; i < row.cells.size() && i < mapped.size(); ++i) {
            if (!mapped[i]) continue;
            const std::string cell = trim_cell(row.cells[i]);
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
                bool cell_bad = false;
                *target = parse_count(cell, out.french && !table->plain_numbers, cell_bad);
                if (cell_bad && !is_lifetime(cell)) {
                    bad = true;
                    bad_detail = trim_cell(headers[i]) + " = " + cell;
                }
                if (*target) any_figure = true;
            }
        }
        // Meta's description row under the header (« Durée de vie : nombre de personnes… »).
        if (!has_time && lifetime_only) {
            report.skipped.push_back({row.line, -1, "description_row", row.cells.empty() ? "" : trim_cell(row.cells[0])});
            continue;
        }
        if (!has_time) {
            report.skipped.push_back({row.line, -1, time_text.empty() ? "no_date" : "bad_date", time_text});
            continue;
        }
        if (bad) {
            report.skipped.push_back({row.line, -1, "bad_number", bad_detail});
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
