// An .xlsx workbook (Office Open XML spreadsheet: a ZIP of XML parts) read into the same rows of
// text as a CSV file, so that an export saved as .xlsx goes through the very same import code as
// its CSV twin (header recognition, skipped rows, idempotence). Cells come as their CSV form
// would: strings as written (shared or inline), numbers in plain form with '.' as the decimal
// point (no exponent, no grouping), date cells (a date number format on an Excel serial number,
// 1900 or 1904 date system) as ISO « 2026-03-11 » or « 2026-03-11 10:30 », booleans TRUE/FALSE.
// Internal to core/kpi/.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "error.h"
#include "interop/csv.h"

namespace parvis::kpi {

struct XlsxSheet {
    std::string name;  // as shown on the sheet's tab
    // The cells as a CSV file's rows; rows without a value are left out; Row::line is the sheet's
    // row number.
    std::vector<csv::Row> rows;
};

struct XlsxBook {
    bool date1904 = false;
    std::vector<XlsxSheet> sheets;  // in the workbook's order
};

// Errors (invalid_value, reason): import_xls (an Excel 97–2003 .xls, not a ZIP),
// import_xlsx_not_zip, import_xlsx_truncated, import_xlsx_encrypted, import_xlsx_unsupported
// (compression method, ZIP64), import_xlsx_too_large (over 200 MB inflated, a zip bomb's ratio,
// too many cells or too much text in them, a row beyond Excel's 1,048,576), import_xlsx_corrupt (bad CRC, bad deflate data, malformed XML),
// import_xlsx_no_sheet (no workbook part, no sheet, or a sheet's part missing). `found` names the
// part or sheet at fault.
Result<XlsxBook> read_xlsx(std::string_view bytes);

// True when the bytes are a workbook's, by their signature: a ZIP (.xlsx) or an OLE2 compound
// file (Excel 97–2003 .xls, refused by read_xlsx with its own message).
bool looks_like_workbook(std::string_view bytes);

// The text of an Excel serial date-time: days since 1899-12-31 (with Lotus 1-2-3's 29 February
// 1900, serial 60) or since 1904-01-01; the fraction is the time of day. nullopt outside
// 1900–9999. « 2026-03-11 », « 2026-03-11 10:30 » or « 2026-03-11 10:30:15 ».
std::optional<std::string> excel_date_text(double serial, bool date1904);

// Whether a number format shows a date or a time: built-in ids 14–22 and 45–47, or a custom
// format code with d, m, y, h or s outside quotes, escapes and [brackets].
bool is_date_format(int id, std::string_view code);

}  // namespace parvis::kpi
