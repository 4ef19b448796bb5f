// The text layer of iCalendar (RFC 5545 §3.1–3.3), shared by the export and the import: content
// lines, folding at 75 octets, TEXT escaping, and DATE / DATE-TIME values.
//
// Folding never cuts a UTF-8 sequence (RFC 5545 §3.1: "multi-octet characters MUST remain
// contiguous"), since a reader that unfolds byte-wise would otherwise rebuild it but a reader
// that decodes each physical line first would see two broken halves.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/workspace.h"
#include "calendar/time_zone.h"

namespace parvis::ics {

inline constexpr std::size_t kMaxLineOctets = 75;  // excluding CRLF

// [SECTION] Writing
// TEXT value escaping (§3.3.11): backslash, semicolon and comma get a backslash, line breaks
// (CRLF, LF or CR) become "\n"; other control characters (except tab) are dropped, since TEXT
// may not hold them.
std::string escape_text(std::string_view text);

// The content line `line` (without its line break) folded into physical lines of at most 75
// octets, each ending in CRLF; a continuation line starts with one space.
std::string fold_line(std::string_view line);

// "20261129T090000Z" (UTC) and "20261129T100000" (wall-clock time, for a TZID).
std::string format_utc(Instant at);
std::string format_local(LocalTime local);
// "+0100", "-0930": a TZOFFSETFROM/TZOFFSETTO value.
std::string format_offset(std::chrono::seconds offset);

// [SECTION] Reading
struct Parameter {
    std::string name;                 // upper case
    std::vector<std::string> values;  // quotes removed
};

struct ContentLine {
    std::string name;                 // upper case ("DTSTART")
    std::vector<Parameter> parameters;
    std::string value;                // raw: still escaped for TEXT
    int line = 0;                     // 1-based line of the first physical line in the file

    const Parameter* parameter(std::string_view name) const;
    std::string parameter_value(std::string_view name) const;  // first value or ""
};

// Splits unfolded text into logical lines: accepts CRLF, LF alone or CR alone, continuation
// lines starting with a space or a tab, and a leading UTF-8 byte-order mark. Empty lines are
// dropped. A line that has no ':' after its name is returned with an empty name so that the
// caller can report it.
std::vector<ContentLine> parse_content_lines(std::string_view text);

// Reverses escape_text; unknown escapes keep the character after the backslash ("\:" → ":"),
// as most readers do; "\N" is a line break too.
std::string unescape_text(std::string_view value);

// A comma-separated list of TEXT values (CATEGORIES), each unescaped.
std::vector<std::string> split_text_list(std::string_view value);

// ASCII letters to upper case (property names, enumerated values such as STATUS).
std::string upper_ascii(std::string_view text);

// DATE "20261129" and DATE-TIME "20261129T090000" / "20261129T090000Z".
std::optional<Day> parse_date(std::string_view value);
struct DateTimeValue {
    LocalTime local{};  // the digits as written
    bool utc = false;   // ended in Z
};
std::optional<DateTimeValue> parse_date_time(std::string_view value);

}  // namespace parvis::ics
