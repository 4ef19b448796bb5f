// Index
// [SECTION] Dates and numbers
// [SECTION] Parts: relationships, workbook, shared strings, styles
// [SECTION] Worksheets
// [SECTION] The workbook
#include "kpi/xlsx_rows.h"

#include <date/date.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "io/xml_scan.h"
#include "io/zip_read.h"
#include "kpi/import_rows.h"

namespace parvis::kpi {
namespace {

// Excel's own limits; a reference beyond them is damage, not data.
constexpr int kMaxColumns = 16384;
constexpr int kMaxRows = 1'048'576;
constexpr long long kMaxFormatId = 65535;  // number format ids and cell style indexes are 16-bit
// Rows are padded up to their last cell: a few sparse cells far to the right on many rows would
// otherwise ask for gigabytes. Real exports hold a few thousand cells. Counted over the whole
// workbook, not per sheet.
constexpr std::size_t kMaxCells = 4'000'000;
// The cells' text, over the whole workbook. Counting cells is not enough: one shared string of a
// megabyte referenced by 8,000 cells is copied into each (a 2.7 KB file asked for 8 GB).
constexpr std::size_t kMaxCellBytes = std::size_t{64} * 1024 * 1024;

// A non-negative decimal attribute (a row number, a style or number format id): -1 when absent or
// not a number, `max` + 1 for any number above `max` (std::atoi's overflow is undefined behaviour).
long long attribute_number(const std::string* text, long long max) {
    if (!text || text->empty()) return -1;
    long long v = 0;
    for (char c : *text) {
        if (c < '0' || c > '9') return -1;
        v = std::min(v * 10 + (c - '0'), max + 1);
    }
    return v;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Dates and numbers
//-----------------------------------------------------------------------------

std::optional<std::string> excel_date_text(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial >= 2958466) return std::nullopt;
    // Whole seconds, rounded: 10:30 is stored as 0.4375 but 10:31 as 0.43819444…
    const long long seconds = std::llround(serial * 86400.0);
    long long days = seconds / 86400;
    const long long in_day = seconds % 86400;
    char buffer[40];
    if (!date1904 && days == 60) {
        // Lotus 1-2-3's 29 February 1900, which Excel kept: shown as written, read as no date.
        std::snprintf(buffer, sizeof buffer, "1900-02-29");
    } else {
        // Days since 1970-01-01: 1900 system serial 25 569 (1899-12-30 + n after the false leap
        // day, 1899-12-31 + n before it); 1904 system serial 0 is 1904-01-01.
        const long long unix_days = date1904 ? days - 24107 : (days > 60 ? days - 25569 : days - 25568);
        const date::year_month_day ymd{date::sys_days{date::days{unix_days}}};
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    }
    std::string out = buffer;
    if (in_day != 0) {
        const int h = static_cast<int>(in_day / 3600), m = static_cast<int>(in_day / 60 % 60), s = static_cast<int>(in_day % 60);
        if (s != 0) std::snprintf(buffer, sizeof buffer, " %02d:%02d:%02d", h, m, s);
        else std::snprintf(buffer, sizeof buffer, " %02d:%02d", h, m);
        out += buffer;
    }
    return out;
}

bool is_date_format(int id, std::string_view code) {
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return true;
    if (id < 164) return false;  // the other built-in formats are numbers, text or currencies
    bool quoted = false;
    int bracket = 0;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (quoted) {
            if (c == '"') quoted = false;
            continue;
        }
        if (c == '"') quoted = true;
        else if (c == '\\' || c == '_' || c == '*') ++i;  // the next character is literal (or padding)
        else if (c == '[') ++bracket;                       // [Red], [$€-40C], [h]…
        else if (c == ']' && bracket > 0) --bracket;
        else if (bracket == 0 && std::string_view("dDmMyYhHsS").find(c) != std::string_view::npos) return true;
    }
    return false;
}

namespace {

// A number as the CSV would hold it: the stored text when it is already plain (it always is for
// what Excel writes, « 2870 » or « 0.0334 »), else rewritten without exponent.
std::string plain_number(const std::string& v) {
    if (v.find_first_of("eE") == std::string::npos) return v;
    char* end = nullptr;
    const double x = std::strtod(v.c_str(), &end);
    if (end != v.c_str() + v.size() || !std::isfinite(x)) return v;
    char buffer[64];
    if (x == std::floor(x) && std::fabs(x) < 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.0f", x);
        return buffer;
    }
    std::snprintf(buffer, sizeof buffer, "%.12f", x);
    std::string out = buffer;
    while (!out.empty() && out.back() == '0') out.pop_back();
    if (!out.empty() && out.back() == '.') out.pop_back();
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Parts: relationships, workbook, shared strings, styles
//-----------------------------------------------------------------------------

Error xlsx_error(zip::Problem p, const std::string& part) {
    const std::string reason = std::string("import_xlsx_") + (p == zip::Problem::missing ? "no_sheet" : zip::problem_name(p));
    return detail::import_error(reason.c_str(), part);
}

Error malformed(const std::string& part) { return detail::import_error("import_xlsx_corrupt", part); }

// The folder of a part ("xl/workbook.xml" → "xl/") and a relationship's target resolved against it.
std::string folder_of(const std::string& part) {
    const std::size_t slash = part.rfind('/');
    return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

std::string resolve(const std::string& folder, const std::string& target) {
    std::string path = !target.empty() && target[0] == '/' ? target.substr(1) : folder + target;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t slash = path.find('/', start);
        const std::string piece = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (piece == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!piece.empty() && piece != ".") {
            parts.push_back(piece);
        }
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
}

struct Relationship {
    std::string type;    // the last word of the type URI: "worksheet", "sharedStrings", "styles"…
    std::string target;  // resolved part name
};

// A .rels part: Id → relationship. `folder`: of the part the relationships belong to.
Result<std::map<std::string, Relationship>> read_relationships(const std::string& xml, const std::string& folder,
                                                               const std::string& part) {
    std::map<std::string, Relationship> out;
    xml::Scanner s(xml);
    for (xml::Token t = s.next(); t != xml::Token::done; t = s.next()) {
        if (t == xml::Token::error) return malformed(part);
        if (t != xml::Token::start || s.name() != "Relationship") continue;
        const std::string* id = s.attribute("Id");
        const std::string* type = s.attribute("Type");
        const std::string* target = s.attribute("Target");
        const std::string* mode = s.attribute("TargetMode");
        if (!id || !type || !target || (mode && *mode == "External")) continue;
        out[*id] = {type->substr(type->rfind('/') + 1), resolve(folder, *target)};
    }
    return out;
}

Result<std::vector<std::string>> read_shared_strings(const std::string& xml, const std::string& part) {
    std::vector<std::string> out;
    xml::Scanner s(xml);
    bool in_item = false, in_text = false;
    int phonetic = 0;  // <rPh> runs hold a reading guide (Japanese), not the text
    std::string item;
    for (xml::Token t = s.next(); t != xml::Token::done; t = s.next()) {
        if (t == xml::Token::error) return malformed(part);
        if (t == xml::Token::start) {
            if (s.name() == "si") in_item = true, item.clear();
            else if (s.name() == "t") in_text = true;
            else if (s.name() == "rPh") ++phonetic;
        } else if (t == xml::Token::end) {
            if (s.name() == "si") in_item = false, out.push_back(std::move(item)), item.clear();
            else if (s.name() == "t") in_text = false;
            else if (s.name() == "rPh" && phonetic > 0) --phonetic;
        } else if (t == xml::Token::text && in_item && in_text && phonetic == 0) {
            item += s.text();
        }
    }
    return out;
}

// For each cell style index (the `s` of a cell), whether its number format is a date.
Result<std::vector<bool>> read_date_styles(const std::string& xml, const std::string& part) {
    std::map<int, std::string> custom;
    std::vector<bool> out;
    xml::Scanner s(xml);
    bool in_cell_xfs = false;
    for (xml::Token t = s.next(); t != xml::Token::done; t = s.next()) {
        if (t == xml::Token::error) return malformed(part);
        if (t == xml::Token::start && s.name() == "numFmt") {
            const std::string* id = s.attribute("numFmtId");
            const std::string* code = s.attribute("formatCode");
            const long long n = attribute_number(id, kMaxFormatId);
            if (n >= 0 && code) custom[static_cast<int>(n)] = *code;
        } else if (t != xml::Token::text && s.name() == "cellXfs") {
            in_cell_xfs = t == xml::Token::start;
        } else if (t == xml::Token::start && in_cell_xfs && s.name() == "xf") {
            const std::string* id = s.attribute("numFmtId");
            const int n = static_cast<int>(std::max(attribute_number(id, kMaxFormatId), 0LL));
            const auto it = custom.find(n);
            out.push_back(is_date_format(n, it == custom.end() ? std::string_view{} : std::string_view(it->second)));
        }
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Worksheets
//-----------------------------------------------------------------------------

// "B12" → column 1 (0-based); -1 without letters.
int column_of(std::string_view ref) {
    int col = 0, letters = 0;
    for (char c : ref) {
        if (c < 'A' || c > 'Z') break;
        col = col * 26 + (c - 'A' + 1);
        if (++letters > 3) return kMaxColumns;
    }
    return letters == 0 ? -1 : col - 1;
}

struct SheetContext {
    const std::vector<std::string>& shared;
    const std::vector<bool>& date_styles;
    bool date1904;
    std::size_t cells = 0;        // so far in the workbook, padding included (kMaxCells)
    std::size_t cell_bytes = 0;   // so far in the workbook (kMaxCellBytes)
};

Result<std::vector<csv::Row>> read_sheet(const std::string& xml, SheetContext& ctx, const std::string& part) {
    std::vector<csv::Row> rows;
    xml::Scanner s(xml);
    csv::Row row;
    int row_number = 0, column = -1;
    std::size_t& cells = ctx.cells;
    bool in_value = false, in_inline = false, in_text = false, in_cell = false;
    int phonetic = 0;
    std::string type, value, inline_text;
    int style = 0;
    for (xml::Token t = s.next(); t != xml::Token::done; t = s.next()) {
        if (t == xml::Token::error) return malformed(part);
        const std::string_view name = s.name();
        if (t == xml::Token::start) {
            if (name == "row") {
                const int n = static_cast<int>(attribute_number(s.attribute("r"), kMaxRows));
                row_number = n > row_number ? n : row_number + 1;
                if (row_number > kMaxRows) return detail::import_error("import_xlsx_too_large", part);
                row = csv::Row{};
                row.line = row_number;
                column = -1;
            } else if (name == "c") {
                const std::string* r = s.attribute("r");
                const int c = r ? column_of(*r) : -1;
                column = c >= 0 ? c : column + 1;
                if (column >= kMaxColumns) return detail::import_error("import_xlsx_too_large", part);
                const std::string* ty = s.attribute("t");
                type = ty ? *ty : "n";
                const std::string* st = s.attribute("s");
                style = static_cast<int>(std::max(attribute_number(st, kMaxFormatId), 0LL));
                value.clear();
                inline_text.clear();
                in_cell = true;
            } else if (name == "v") {
                in_value = in_cell;
            } else if (name == "is") {
                in_inline = in_cell;
            } else if (name == "t") {
                in_text = in_inline;
            } else if (name == "rPh") {
                ++phonetic;
            }
        } else if (t == xml::Token::end) {
            if (name == "v") in_value = false;
            else if (name == "is") in_inline = false;
            else if (name == "t") in_text = false;
            else if (name == "rPh" && phonetic > 0) --phonetic;
            else if (name == "c" && in_cell) {
                in_cell = false;
                std::string cell;
                if (type == "s") {
                    char* end = nullptr;
                    const long index = std::strtol(value.c_str(), &end, 10);
                    if (end == value.c_str() || index < 0 || static_cast<std::size_t>(index) >= ctx.shared.size())
                        return malformed(part);
                    cell = ctx.shared[static_cast<std::size_t>(index)];
                } else if (type == "inlineStr") {
                    cell = inline_text;
                } else if (type == "b") {
                    cell = value == "1" ? "TRUE" : value.empty() ? "" : "FALSE";
                } else if (type == "d") {
                    cell = value;  // ISO 8601 already (strict workbooks)
                } else if (type == "n" && !value.empty()) {
                    const bool date = style >= 0 && static_cast<std::size_t>(style) < ctx.date_styles.size() && ctx.date_styles[static_cast<std::size_t>(style)];
                    char* end = nullptr;
                    const double x = std::strtod(value.c_str(), &end);
                    const auto text = date && end == value.c_str() + value.size() ? excel_date_text(x, ctx.date1904) : std::nullopt;
                    cell = text ? *text : plain_number(value);
                } else {
                    cell = value;  // "str" (a formula's text), "e" (#N/A…): as shown
                }
                if (cell.empty()) continue;
                ctx.cell_bytes += cell.size();
                if (ctx.cell_bytes > kMaxCellBytes) return detail::import_error("import_xlsx_too_large", part);
                if (row.cells.size() <= static_cast<std::size_t>(column)) {
                    cells += static_cast<std::size_t>(column) + 1 - row.cells.size();
                    if (cells > kMaxCells) return detail::import_error("import_xlsx_too_large", part);
                    row.cells.resize(static_cast<std::size_t>(column) + 1);
                }
                row.cells[static_cast<std::size_t>(column)] = std::move(cell);
            } else if (name == "row") {
                if (!row.cells.empty()) rows.push_back(std::move(row));
                row = csv::Row{};
            }
        } else if (t == xml::Token::text) {
            if (in_value) value += s.text();
            else if (in_text && phonetic == 0) inline_text += s.text();
        }
    }
    return rows;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The workbook
//-----------------------------------------------------------------------------

namespace {
bool is_ole2(std::string_view bytes) {
    return bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}
}  // namespace

bool looks_like_workbook(std::string_view bytes) { return zip::looks_like_zip(bytes) || is_ole2(bytes); }

Result<XlsxBook> read_xlsx(std::string_view bytes) {
    // Excel 97–2003's binary workbook (an OLE2 compound file): say so rather than "not a zip".
    if (is_ole2(bytes)) return detail::import_error("import_xls");
    const zip::Archive archive = zip::Archive::open(bytes);
    if (archive.problem() != zip::Problem::none) return xlsx_error(archive.problem(), "");
    zip::Problem problem = zip::Problem::none;
    auto part = [&](const std::string& name, bool required) -> Result<std::string> {
        auto data = archive.read(name, problem);
        if (data) return std::move(*data);
        if (!required && problem == zip::Problem::missing) return std::string();
        return xlsx_error(problem, name);
    };

    // The workbook part, named by the package's relationships (always xl/workbook.xml in practice).
    std::string workbook_part = "xl/workbook.xml";
    if (archive.find("_rels/.rels")) {
        auto xml = part("_rels/.rels", true);
        if (!xml) return xml.error();
        auto rels = read_relationships(*xml, "", "_rels/.rels");
        if (!rels) return rels.error();
        for (const auto& [id, rel] : *rels)
            if (rel.type == "officeDocument") workbook_part = rel.target;
    }
    auto workbook = part(workbook_part, true);
    if (!workbook) return workbook.error();
    const std::string folder = folder_of(workbook_part);
    const std::string rels_part = folder + "_rels/" + workbook_part.substr(folder.size()) + ".rels";
    auto rels_xml = part(rels_part, true);
    if (!rels_xml) return rels_xml.error();
    auto rels = read_relationships(*rels_xml, folder, rels_part);
    if (!rels) return rels.error();

    XlsxBook book;
    struct Listed {
        std::string name, id;
    };
    std::vector<Listed> listed;
    {
        xml::Scanner s(*workbook);
        for (xml::Token t = s.next(); t != xml::Token::done; t = s.next()) {
            if (t == xml::Token::error) return malformed(workbook_part);
            if (t != xml::Token::start) continue;
            if (s.name() == "workbookPr") {
                const std::string* v = s.attribute("date1904");
                book.date1904 = v && (*v == "1" || *v == "true");
            } else if (s.name() == "sheet") {
                const std::string* name = s.attribute("name");
                const std::string* id = s.attribute("id");  // r:id
                if (name && id) listed.push_back({*name, *id});
            }
        }
    }
    if (listed.empty()) return detail::import_error("import_xlsx_no_sheet", workbook_part);

    std::vector<std::string> shared;
    std::vector<bool> date_styles;
    for (const auto& [id, rel] : *rels) {
        if (rel.type != "sharedStrings" && rel.type != "styles") continue;
        auto xml = part(rel.target, false);
        if (!xml) return xml.error();
        if (rel.type == "sharedStrings") {
            auto read = read_shared_strings(*xml, rel.target);
            if (!read) return read.error();
            shared = std::move(*read);
        } else {
            auto read = read_date_styles(*xml, rel.target);
            if (!read) return read.error();
            date_styles = std::move(*read);
        }
    }
    SheetContext ctx{shared, date_styles, book.date1904};
    // Each part is read once: a workbook listing one sheet 15,000 times inflated it 15,000 times.
    std::set<std::string> read_parts;
    for (const Listed& l : listed) {
        const auto rel = rels->find(l.id);
        // A chart sheet or a dialog sheet has no cells: not a table, skipped.
        if (rel != rels->end() && rel->second.type != "worksheet") continue;
        if (rel == rels->end()) return detail::import_error("import_xlsx_no_sheet", l.name);
        if (!read_parts.insert(rel->second.target).second) continue;
        auto xml = part(rel->second.target, true);
        if (!xml) return problem == zip::Problem::missing ? detail::import_error("import_xlsx_no_sheet", l.name) : xml.error();
        auto rows = read_sheet(*xml, ctx, rel->second.target);
        if (!rows) return rows.error();
        book.sheets.push_back({l.name, std::move(*rows)});
    }
    if (book.sheets.empty()) return detail::import_error("import_xlsx_no_sheet", workbook_part);
    return book;
}

}  // namespace parvis::kpi
