// CSV reading. See csv.h.
#include "interop/csv.h"

#include "io/text_position.h"
#include "io/workspace_json.h"
#include "text/utf8.h"

namespace parvis::csv {

const char* encoding_name(Encoding encoding) {
    switch (encoding) {
        case Encoding::utf8: return "utf-8";
        case Encoding::utf8_bom: return "utf-8-bom";
        case Encoding::windows_1252: return "windows-1252";
    }
    return "utf-8";
}

std::string windows_1252_to_utf8(std::string_view bytes) {
    // 0x80..0x9F; 0 marks the bytes Windows-1252 leaves undefined.
    static constexpr char16_t kHigh[32] = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    };
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80) {
            out += c;
        } else if (b < 0xA0) {
            const char16_t cp = kHigh[b - 0x80];
            utf8::append(out, cp ? cp : utf8::kReplacementCharacter);
        } else {
            utf8::append(out, b);  // 0xA0..0xFF are Latin-1
        }
    }
    return out;
}

char detect_separator(std::string_view line) {
    std::size_t semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const char c : line) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == ';') ++semicolons;
        else if (c == ',') ++commas;
        else if (c == '\t') ++tabs;
    }
    if (tabs > 0 && semicolons == 0 && commas == 0) return '\t';
    return commas > semicolons ? ',' : ';';
}

namespace {

Error csv_error(const char* reason, std::string detail) {
    Error e;
    e.code = ErrorCode::invalid_value;
    e.detail = std::move(detail);
    e.args = {{"reason", reason}};
    return e;
}

// The first line, up to a line break outside quotes.
std::string_view first_line(std::string_view text) {
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"') quoted = !quoted;
        if (!quoted && (text[i] == '\n' || text[i] == '\r')) return text.substr(0, i);
    }
    return text;
}

bool blank(const std::vector<std::string>& cells) {
    for (const std::string& cell : cells)
        if (cell.find_first_not_of(" \t") != std::string::npos) return false;
    return true;
}

}  // namespace

Result<Table> read(std::string_view bytes, const ReadOptions& options) {
    const std::size_t max_bytes = options.max_bytes ? options.max_bytes : kDefaultMaxCsvBytes;
    if (bytes.size() > max_bytes) {
        Error e = file_too_large_error(bytes.size(), max_bytes);
        e.args.emplace_back("reason", "csv");
        return e;
    }
    Table table;
    std::string converted;
    std::string_view text = bytes;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
        table.encoding = Encoding::utf8_bom;
    }
    if (!utf8::is_valid(text)) {
        converted = windows_1252_to_utf8(text);
        text = converted;
        table.encoding = Encoding::windows_1252;
    }
    table.separator = options.separator ? options.separator : detect_separator(first_line(text));
    const char sep = table.separator;

    Row row;
    std::string cell;
    int line = 1;
    row.line = 1;
    bool quoted = false;
    std::size_t quote_offset = 0;
    auto end_row = [&] {
        row.cells.push_back(std::move(cell));
        cell.clear();
        if (!blank(row.cells)) table.rows.push_back(std::move(row));
        row = Row{};
    };
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
            } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                continue;  // a CRLF inside a cell is kept as one line break, '\n'
            } else {
                if (c == '\n' || c == '\r') ++line;
                cell += c == '\r' ? '\n' : c;
            }
            continue;
        }
        if (c == '"') {
            // A quote opens a quoted section anywhere in a cell (Excel only writes them at the
            // start; being lenient costs nothing).
            quoted = true;
            quote_offset = i;
        } else if (c == sep) {
            row.cells.push_back(std::move(cell));
            cell.clear();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            end_row();
            ++line;
            row.line = line;
        } else {
            cell += c;
        }
    }
    if (quoted) {
        Error e = csv_error("csv_unterminated_quote", "quote never closed");
        const io::TextPosition p = io::position_at(text, quote_offset);
        e.line = p.line;
        e.column = p.column;
        return e;
    }
    if (!cell.empty() || !row.cells.empty()) end_row();
    if (table.rows.empty()) return csv_error("csv_empty", "no row");
    return table;
}

namespace {

// A number as the exports write it, sign first: digits, spaces (narrow no-break included), ',' or
// '.', and a final '%'. Nothing a spreadsheet would evaluate.
bool is_signed_number(std::string_view cell) {
    std::size_t i = 1, digits = 0;
    while (i < cell.size()) {
        const char c = cell[i];
        if (c >= '0' && c <= '9') ++digits, ++i;
        else if (c == ' ' || c == ',' || c == '.') ++i;
        else if (cell.substr(i, 2) == "\u00a0") i += 2;
        else if (cell.substr(i, 3) == "\u202f") i += 3;
        else if (c == '%' && i + 1 == cell.size()) ++i;
        else return false;
    }
    return digits > 0 && cell[1] >= '0' && cell[1] <= '9';
}

// A lone sign (« - » for a missing figure) is no formula either.
bool starts_formula(std::string_view cell) {
    if (cell.size() < 2 || std::string_view("=+-@\t\r").find(cell[0]) == std::string_view::npos) return false;
    return !((cell[0] == '-' || cell[0] == '+') && is_signed_number(cell));
}

}  // namespace

std::string quote_cell(std::string_view cell, char separator) {
    if (starts_formula(cell)) return quote_cell("'" + std::string(cell), separator);
    const char special[] = {separator, '"', '\r', '\n', '\0'};
    if (cell.find_first_of(special) == std::string_view::npos) return std::string(cell);
    std::string out = "\"";
    for (const char c : cell) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string write(const std::vector<std::vector<std::string>>& rows, const WriteOptions& options) {
    std::string out = options.byte_order_mark ? "\xEF\xBB\xBF" : "";
    for (const std::vector<std::string>& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c > 0) out += options.separator;
            out += quote_cell(row[c], options.separator);
        }
        out += "\r\n";
    }
    return out;
}

}  // namespace parvis::csv
