// Content lines, folding, escaping and date values of iCalendar. See ics_text.h.
//
// Index
// [SECTION] Writing
// [SECTION] Reading lines
// [SECTION] Reading values
#include "interop/ics_text.h"

#include <cctype>
#include <cstdio>

#include "io/time_text.h"

namespace parvis::ics {
namespace {

// Length of the UTF-8 sequence a lead byte starts; 1 for anything else, so that a stray byte
// never stalls the folding (the export only ever writes well-formed UTF-8 anyway).
std::size_t sequence_length(unsigned char lead) {
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    if (lead >= 0xE0) return lead <= 0xEF ? 3 : 1;
    if (lead >= 0xC2) return 2;
    return 1;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
    for (char c : s)
        if (!is_digit(c)) return false;
    return !s.empty();
}

int number(std::string_view digits) {
    int n = 0;
    for (char c : digits) n = n * 10 + (c - '0');
    return n;
}

char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

std::string to_upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = upper(c);
    return out;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Writing
//-----------------------------------------------------------------------------

std::string escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                out += "\\n";
                break;
            case '\n': out += "\\n"; break;
            default:
                if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) break;
                out += c;
        }
    }
    return out;
}

std::string fold_line(std::string_view line) {
    std::string out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    std::size_t used = 0;  // octets on the current physical line
    for (std::size_t i = 0; i < line.size();) {
        std::size_t length = sequence_length(static_cast<unsigned char>(line[i]));
        if (i + length > line.size()) length = line.size() - i;
        if (used + length > kMaxLineOctets) {
            out += "\r\n ";
            used = 1;  // the space that marks the continuation counts in the 75 octets
        }
        out.append(line.substr(i, length));
        used += length;
        i += length;
    }
    out += "\r\n";
    return out;
}

std::string format_utc(Instant at) {
    return date::format("%Y%m%dT%H%M%SZ", at);
}

std::string format_local(LocalTime local) {
    return date::format("%Y%m%dT%H%M%S", local);
}

std::string format_offset(std::chrono::seconds offset) {
    const long total_minutes = static_cast<long>(offset.count() / 60);
    const char sign = total_minutes < 0 ? '-' : '+';
    const long magnitude = total_minutes < 0 ? -total_minutes : total_minutes;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%c%02ld%02ld", sign, magnitude / 60 % 100, magnitude % 60);
    return buffer;
}

//-----------------------------------------------------------------------------
// [SECTION] Reading lines
//-----------------------------------------------------------------------------

const Parameter* ContentLine::parameter(std::string_view wanted) const {
    for (const Parameter& p : parameters)
        if (p.name == wanted) return &p;
    return nullptr;
}

std::string ContentLine::parameter_value(std::string_view wanted) const {
    const Parameter* p = parameter(wanted);
    return p && !p->values.empty() ? p->values.front() : std::string();
}

namespace {

// "NAME;P=a,"b:c";Q=d:value" → name, parameters, value. Leaves `out.name` empty when the line
// has no name or no ':' (not a content line).
void parse_logical_line(std::string_view text, ContentLine& out) {
    std::size_t i = 0;
    while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '-')) ++i;
    const std::string name = to_upper(text.substr(0, i));
    if (name.empty()) return;
    std::vector<Parameter> parameters;
    while (i < text.size() && text[i] == ';') {
        ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != '=' && text[i] != ':' && text[i] != ';') ++i;
        Parameter p;
        p.name = to_upper(text.substr(start, i - start));
        if (i < text.size() && text[i] == '=') {
            ++i;
            while (true) {
                std::string value;
                if (i < text.size() && text[i] == '"') {
                    const std::size_t close = text.find('"', i + 1);
                    if (close == std::string_view::npos) return;  // unterminated quote
                    value = std::string(text.substr(i + 1, close - i - 1));
                    i = close + 1;
                } else {
                    const std::size_t begin = i;
                    while (i < text.size() && text[i] != ',' && text[i] != ';' && text[i] != ':') ++i;
                    value = std::string(text.substr(begin, i - begin));
                }
                p.values.push_back(std::move(value));
                if (i < text.size() && text[i] == ',') {
                    ++i;
                    continue;
                }
                break;
            }
        }
        parameters.push_back(std::move(p));
    }
    if (i >= text.size() || text[i] != ':') return;
    out.name = name;
    out.parameters = std::move(parameters);
    out.value = std::string(text.substr(i + 1));
}

}  // namespace

std::vector<ContentLine> parse_content_lines(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::vector<ContentLine> lines;
    std::string logical;
    int logical_line = 0;
    bool open = false;
    auto flush = [&] {
        if (!open) return;
        ContentLine line;
        line.line = logical_line;
        parse_logical_line(logical, line);
        lines.push_back(std::move(line));
        logical.clear();
        open = false;
    };
    int number_of_line = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t end = i;
        while (end < text.size() && text[end] != '\r' && text[end] != '\n') ++end;
        const std::string_view physical = text.substr(i, end - i);
        ++number_of_line;
        if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') {
            i = end + 2;
        } else {
            i = end + 1;
        }
        if (physical.empty()) continue;
        if ((physical[0] == ' ' || physical[0] == '\t') && open) {
            logical.append(physical.substr(1));
            continue;
        }
        flush();
        logical.assign(physical);
        logical_line = number_of_line;
        open = true;
    }
    flush();
    return lines;
}

//-----------------------------------------------------------------------------
// [SECTION] Reading values
//-----------------------------------------------------------------------------

std::string unescape_text(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c != '\\' || i + 1 >= value.size()) {
            out += c;
            continue;
        }
        const char next = value[++i];
        out += (next == 'n' || next == 'N') ? '\n' : next;
    }
    return out;
}

std::vector<std::string> split_text_list(std::string_view value) {
    std::vector<std::string> items;
    std::string current;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) {
            current += value[i];
            current += value[++i];
        } else if (value[i] == ',') {
            items.push_back(unescape_text(current));
            current.clear();
        } else {
            current += value[i];
        }
    }
    items.push_back(unescape_text(current));
    return items;
}

std::string upper_ascii(std::string_view text) { return to_upper(text); }

std::optional<Day> parse_date(std::string_view value) {
    if (value.size() != 8 || !all_digits(value) || !io::is_sane_year(number(value.substr(0, 4)))) return std::nullopt;
    const Day day{date::year{number(value.substr(0, 4))},
                  date::month{static_cast<unsigned>(number(value.substr(4, 2)))},
                  date::day{static_cast<unsigned>(number(value.substr(6, 2)))}};
    if (!day.ok()) return std::nullopt;
    return day;
}

std::optional<DateTimeValue> parse_date_time(std::string_view value) {
    DateTimeValue out;
    if (!value.empty() && (value.back() == 'Z' || value.back() == 'z')) {
        out.utc = true;
        value.remove_suffix(1);
    }
    if (value.size() != 15 || (value[8] != 'T' && value[8] != 't')) return std::nullopt;
    const auto day = parse_date(value.substr(0, 8));
    const std::string_view time = value.substr(9);
    if (!day || !all_digits(time)) return std::nullopt;
    const int hours = number(time.substr(0, 2));
    const int minutes = number(time.substr(2, 2));
    int seconds = number(time.substr(4, 2));
    if (hours > 23 || minutes > 59 || seconds > 60) return std::nullopt;
    if (seconds == 60) seconds = 59;  // a leap second names the last second of its minute
    out.local = date::local_days{date::sys_days{*day}.time_since_epoch()} + std::chrono::hours{hours} +
                std::chrono::minutes{minutes} + std::chrono::seconds{seconds};
    return out;
}

}  // namespace parvis::ics
