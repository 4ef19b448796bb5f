// Number and date formatting. Digits come from snprintf in the C locale (the Parvis core never
// sets a locale, so the user's machine cannot change them), then are grouped here.
#include "format/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "calendar/time_zone.h"
#include "io/time_text.h"
#include "text/trim.h"

namespace parvis {
namespace {

// Digits from s[i], at most `max`; -1 when there is none. `count`: how many were read.
int read_number(std::string_view s, std::size_t& i, std::size_t max, std::size_t* count = nullptr) {
    int value = 0;
    std::size_t n = 0;
    while (i < s.size() && n < max && s[i] >= '0' && s[i] <= '9') {
        value = value * 10 + (s[i] - '0');
        ++i;
        ++n;
    }
    if (count) *count = n;
    return n == 0 ? -1 : value;
}

constexpr const char* kNarrowNoBreakSpace = "\u202F";

const char* group_separator(Lang lang) { return lang == Lang::fr ? kNarrowNoBreakSpace : ","; }
const char* decimal_separator(Lang lang) { return lang == Lang::fr ? "," : "."; }

// "1234567" → "1 234 567" (digits only, no sign).
std::string group_digits(const std::string& digits, Lang lang) {
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += group_separator(lang);
        out += digits[i];
    }
    return out;
}

// The digits of |value| rounded to `decimals`, split at the decimal point. Ties round away from
// zero (1,25 → 1,3), as a French reader expects, rather than printf's ties-to-even.
struct Digits {
    std::string integer;
    std::string fraction;
};

Digits rounded_digits(double magnitude, int decimals) {
    // 400 characters hold any double printed with %.9f (at most 309 integer digits).
    char buffer[400];
    const double scaled = magnitude * std::pow(10.0, decimals);
    if (scaled >= 9e15) {
        // Beyond 2^53 a double has no fraction left to round: print it as it is.
        std::snprintf(buffer, sizeof buffer, "%.*f", decimals, magnitude);
        const std::string plain = buffer;
        const std::size_t dot = plain.find('.');
        if (dot == std::string::npos) return {plain, ""};
        return {plain.substr(0, dot), plain.substr(dot + 1)};
    }
    std::snprintf(buffer, sizeof buffer, "%.0f", std::round(scaled));
    std::string all = buffer;
    if (all.size() <= std::size_t(decimals)) all.insert(0, std::size_t(decimals) + 1 - all.size(), '0');
    const std::size_t split = all.size() - std::size_t(decimals);
    return {all.substr(0, split), all.substr(split)};
}

std::string number_text(double value, int decimals, Lang lang) {
    if (!std::isfinite(value)) return tr("format.not_a_number", lang);
    decimals = std::clamp(decimals, 0, 9);
    const Digits digits = rounded_digits(std::fabs(value), decimals);
    // -0.04 shown with one decimal is "0,0", not "-0,0": the sign follows what is displayed.
    const bool shows_non_zero = (digits.integer + digits.fraction).find_first_not_of('0') != std::string::npos;
    std::string out = (value < 0 && shows_non_zero) ? "-" : "";
    out += group_digits(digits.integer, lang);
    if (!digits.fraction.empty()) out += decimal_separator(lang) + digits.fraction;
    return out;
}

std::string month_name(unsigned month, bool abbreviated, Lang lang) {
    const std::string family = abbreviated ? "format.month_short." : "format.month_long.";
    return tr(family + std::to_string(month), lang);
}

std::string day_of_month(unsigned day, Lang lang) {
    return day == 1 ? tr("format.first_of_month", lang) : std::to_string(day);
}

std::string two_digits(int n) {
    return n < 10 ? "0" + std::to_string(n) : std::to_string(n);
}

}  // namespace

std::string format_number(double value, int decimals, Lang lang) {
    return number_text(value, decimals, lang);
}

std::string format_integer(std::int64_t value, Lang lang) {
    // The magnitude as unsigned, so that INT64_MIN does not overflow when negated.
    const std::uint64_t magnitude =
        value < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    const std::string grouped = group_digits(std::to_string(magnitude), lang);
    return value < 0 ? "-" + grouped : grouped;
}

std::string format_percent(double ratio, int decimals, Lang lang) {
    const std::string number = number_text(ratio * 100.0, decimals, lang);
    if (!std::isfinite(ratio)) return number;
    return lang == Lang::fr ? number + kNarrowNoBreakSpace + "%" : number + "%";
}

std::string format_duration(double seconds, Lang lang) {
    // Beyond 10^7 days the figure means nothing; « — » as for NaN rather than an overflowing cast.
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 864e12) return "—";
    const auto minutes = static_cast<std::int64_t>(std::llround(seconds / 60));
    if (minutes < 1) return tr("format.duration.under_minute", lang);
    if (minutes < 60) return tr("format.duration.minutes", lang, {{"m", std::to_string(minutes)}});
    if (minutes < 24 * 60) {
        const std::int64_t rest = minutes % 60;
        return tr("format.duration.hours", lang,
                  {{"h", std::to_string(minutes / 60)}, {"mm", (rest < 10 ? "0" : "") + std::to_string(rest)}});
    }
    const std::int64_t hours = (minutes + 30) / 60;
    return tr("format.duration.days", lang,
              {{"d", format_integer(hours / 24, lang)}, {"h", std::to_string(hours % 24)}});
}

std::string format_day(Day day, Lang lang) {
    return tr("format.day_short", lang,
              {{"day", day_of_month(unsigned(day.day()), lang)},
               {"month", month_name(unsigned(day.month()), true, lang)},
               {"year", std::to_string(int(day.year()))}});
}

std::string format_day_long(Day day, Lang lang) {
    const unsigned iso_weekday = date::weekday{date::sys_days{day}}.iso_encoding();
    return tr("format.day_long", lang,
              {{"weekday", tr("format.weekday." + std::to_string(iso_weekday), lang)},
               {"day", day_of_month(unsigned(day.day()), lang)},
               {"month", month_name(unsigned(day.month()), false, lang)},
               {"year", std::to_string(int(day.year()))}});
}

std::string format_time(TimeOfDay time) {
    constexpr int kMinutesPerDay = 24 * 60;
    const int minutes = ((time.minutes % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay;
    return two_digits(minutes / 60) + ":" + two_digits(minutes % 60);
}

std::string format_instant_local(Instant at, const std::string& time_zone, Lang lang) {
    const std::optional<LocalTime> local = to_local(at, time_zone);
    const LocalTime wall = local ? *local : LocalTime{at.time_since_epoch()};
    const date::local_days midnight = date::floor<date::days>(wall);
    const auto minutes = date::floor<std::chrono::minutes>(wall - midnight);
    std::string text = tr("format.date_time", lang,
                          {{"date", format_day(Day{midnight}, lang)},
                           {"time", format_time(TimeOfDay{int(minutes.count())})}});
    if (!local) text += " UTC";
    return text;
}

std::string format_day_numeric(Day day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", unsigned(day.day()), unsigned(day.month()), int(day.year()));
    return buf;
}

std::optional<Day> parse_day_numeric(std::string_view text) {
    const std::string_view s = text::trim(text);
    std::size_t i = 0, n1 = 0, n2 = 0, n3 = 0;
    const int a = read_number(s, i, 4, &n1);
    if (a < 0 || i >= s.size()) return std::nullopt;
    const char sep = s[i];
    if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
    ++i;
    const int b = read_number(s, i, 2, &n2);
    if (b < 0 || i >= s.size() || s[i] != sep) return std::nullopt;
    ++i;
    const int c = read_number(s, i, 4, &n3);
    if (c < 0 || i != s.size()) return std::nullopt;
    int y, m, d;
    if (n1 == 4 && n3 <= 2) {          // 2026-12-31
        y = a; m = b; d = c;
    } else if (n1 <= 2 && (n3 == 4 || n3 == 2)) {  // 31/12/2026, 31/12/26
        d = a; m = b; y = n3 == 2 ? 2000 + c : c;
    } else {
        return std::nullopt;
    }
    if (!io::is_sane_year(y)) return std::nullopt;
    const Day day{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}};
    if (!day.ok()) return std::nullopt;
    return day;
}

std::optional<TimeOfDay> parse_time_of_day(std::string_view text) {
    std::string s;
    for (const char c : text::trim(text))
        if (c != ' ') s += c;
    std::size_t i = 0;
    const int h = read_number(s, i, 2);
    if (h < 0 || h > 23) return std::nullopt;
    int m = 0;
    if (i < s.size() && (s[i] == 'h' || s[i] == 'H')) {
        ++i;
        if (i < s.size()) {
            m = read_number(s, i, 2);
            if (m < 0) return std::nullopt;
        }
    } else if (i < s.size() && s[i] == ':') {
        ++i;
        std::size_t count = 0;
        m = read_number(s, i, 2, &count);
        if (count != 2) return std::nullopt;
        if (i < s.size() && s[i] == ':') {  // seconds, dropped
            ++i;
            if (read_number(s, i, 2, &count) < 0 || count != 2) return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    if (i != s.size() || m > 59) return std::nullopt;
    return TimeOfDay{h * 60 + m};
}

std::optional<DayAndTime> parse_day_and_time(std::string_view text) {
    const std::string_view s = text::trim(text);
    // The day has no space inside; what follows the first space (or a « T ») is the time.
    const std::size_t cut = s.find_first_of(" \tT");
    if (cut == std::string_view::npos) return std::nullopt;
    const std::optional<Day> day = parse_day_numeric(s.substr(0, cut));
    std::string_view rest = text::trim(s.substr(cut + 1));
    constexpr std::string_view kA = "\xC3\xA0";  // « à »
    if (rest.substr(0, kA.size()) == kA) rest = text::trim(rest.substr(kA.size()));
    const std::optional<TimeOfDay> time = parse_time_of_day(rest);
    if (!day || !time) return std::nullopt;
    return DayAndTime{*day, *time};
}

std::string format_day_and_time(const DayAndTime& value) {
    return format_day_numeric(value.day) + " " + format_time(value.time);
}

}  // namespace parvis
