// The CSV reader and writer of Parvis. The reader takes the spreadsheets users bring: planning tables (planning_import.h) and the
// platforms' statistics exports. Generic on purpose: it knows rows and cells, nothing of posts.
//
// What it accepts, because that is what office software writes:
//   - separator ';' (French Excel) or ',' (English Excel, Google Sheets, the platforms), found by
//     counting them outside quotes on the first line; tab when it is the only one present;
//   - cells in double quotes, a doubled quote "" inside standing for one quote, line breaks
//     inside quotes kept as part of the cell;
//   - CRLF, LF or CR line breaks;
//   - UTF-8 with or without a byte-order mark, or Windows-1252 (Excel's "CSV" in France) when the
//     bytes are not valid UTF-8: converted to UTF-8, so every cell is UTF-8 in the result.
// Blank lines are dropped. Rows keep their line number in the file for messages.
//
// The writer makes what French Excel opens with a double click: ';' separators, a UTF-8
// byte-order mark (without it Excel reads the accents as Windows-1252), CRLF line ends, and
// RFC 4180 quoting.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "error.h"

namespace parvis::csv {

inline constexpr std::size_t kDefaultMaxCsvBytes = std::size_t{16} * 1024 * 1024;

enum class Encoding { utf8, utf8_bom, windows_1252 };
const char* encoding_name(Encoding encoding);  // "utf-8", "utf-8-bom", "windows-1252"

struct ReadOptions {
    char separator = 0;         // 0: detect; else ';', ',' or '\t'
    std::size_t max_bytes = 0;  // 0: kDefaultMaxCsvBytes (16 MiB)
};

struct Row {
    int line = 0;                     // 1-based line where the row starts
    std::vector<std::string> cells;   // UTF-8
};

struct Table {
    std::vector<Row> rows;            // the header row, if any, is rows[0]
    char separator = ';';
    Encoding encoding = Encoding::utf8;
};

// Errors: file_too_large (reason "csv"), invalid_value with reason csv_empty (no row) or
// csv_unterminated_quote (line and column of the opening quote).
Result<Table> read(std::string_view bytes, const ReadOptions& options = {});

// Windows-1252 bytes as UTF-8 (0x80–0x9F are the typographic characters: € ’ « … — œ; the five
// bytes the code page leaves undefined become U+FFFD).
std::string windows_1252_to_utf8(std::string_view bytes);

// The separator a first line suggests (';' when there is no clue, the French default).
char detect_separator(std::string_view first_line);

struct WriteOptions {
    char separator = ';';         // French Excel's list separator
    bool byte_order_mark = true;  // UTF-8 mark first, for Excel
};

// One cell as RFC 4180 writes it: in double quotes, its quotes doubled, when it holds the
// separator, a quote, a CR or a LF; as it is otherwise. A cell a spreadsheet would run as a
// formula (beginning with = + - @, a tab or a CR: « =HYPERLINK(…) » in a post's text) is first
// prefixed with ' as OWASP advises against CSV injection; a signed number (« -3,5 % ») is left as
// it is, being no formula.
std::string quote_cell(std::string_view cell, char separator = ';');

// Rows of cells (UTF-8) as a CSV file, each row ended by CRLF. read() gives the rows back.
std::string write(const std::vector<std::vector<std::string>>& rows, const WriteOptions& options = {});

}  // namespace parvis::csv
