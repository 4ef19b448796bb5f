#include "kpi/csv_rows.h"

namespace parvis::kpi {
namespace {

char detect_delimiter(std::string_view text) {
    // Count outside quotes on the first line: Meta's French exports use ";" (Excel's French
    // list separator), most others ",".
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') break;
        if (c == ',') ++comma;
        if (c == ';') ++semicolon;
        if (c == '\t') ++tab;
    }
    if (tab > comma && tab > semicolon) return '\t';
    return semicolon > comma ? ';' : ',';
}

}  // namespace

std::string trim_cell(std::string_view s) {
    auto is_space = [&](std::size_t i, std::size_t& len) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return (len = 1), true;
        // U+00A0 (C2 A0) and U+202F (E2 80 AF)
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return (len = 2), true;
        if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            static_cast<unsigned char>(s[i + 2]) == 0xAF)
            return (len = 3), true;
        return false;
    };
    std::size_t b = 0, len = 0;
    while (b < s.size() && is_space(b, len)) b += len;
    std::size_t e = s.size();
    while (e > b) {
        // Step back over one trailing space (1 to 3 bytes).
        bool found = false;
        for (std::size_t k = 1; k <= 3 && k <= e - b; ++k) {
            if (is_space(e - k, len) && len == k) {
                e -= k;
                found = true;
                break;
            }
        }
        if (!found) break;
    }
    return std::string(s.substr(b, e - b));
}

std::optional<CsvTable> read_csv(std::string_view text) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    CsvTable table;
    table.delimiter = detect_delimiter(text);
    CsvRow row;
    std::string cell;
    int line = 1;
    row.line = 1;
    bool quoted = false, row_has_content = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line;
                cell += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            row_has_content = true;
        } else if (c == table.delimiter) {
            row.cells.push_back(std::move(cell));
            cell.clear();
            row_has_content = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            if (row_has_content || !cell.empty()) {
                row.cells.push_back(std::move(cell));
                table.rows.push_back(std::move(row));
            }
            cell.clear();
            row = CsvRow{};
            row_has_content = false;
            row.line = ++line;
        } else {
            cell += c;
            row_has_content = true;
        }
    }
    if (quoted) return std::nullopt;
    if (row_has_content || !cell.empty()) {
        row.cells.push_back(std::move(cell));
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace parvis::kpi
