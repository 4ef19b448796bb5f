#include "io/time_text.h"

#include <cstdio>

namespace parvis::io {
namespace {

// The number written with exactly `width` digits at s[at..], or -1.
int digits(std::string_view s, std::size_t at, std::size_t width) {
    if (at + width > s.size()) return -1;
    int v = 0;
    for (std::size_t i = at; i < at + width; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

std::optional<Day> parse_day_prefix(std::string_view s) {
    const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 0 || m < 0 || d < 0 || s[4] != '-' || s[7] != '-' || !is_sane_year(y)) return std::nullopt;
    const Day day{date::year{y}, date::month{static_cast<unsigned>(m)},
                  date::day{static_cast<unsigned>(d)}};
    if (!day.ok()) return std::nullopt;  // 2026-02-30, month 13…
    return day;
}

}  // namespace

std::string format_day(Day d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}

std::string format_instant(Instant t) {
    const auto day_start = date::floor<date::days>(t);
    const date::hh_mm_ss<std::chrono::seconds> time{t - day_start};
    char buf[48];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", format_day(Day{day_start}).c_str(),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return buf;
}

std::string format_time_of_day(TimeOfDay t) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", t.minutes / 60, t.minutes % 60);
    return buf;
}

std::optional<Day> parse_day(std::string_view s) {
    if (s.size() != 10) return std::nullopt;
    return parse_day_prefix(s);
}

std::optional<Instant> parse_instant(std::string_view s) {
    if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z') {
        return std::nullopt;
    }
    const auto day = parse_day_prefix(s);
    const int h = digits(s, 11, 2), m = digits(s, 14, 2), sec = digits(s, 17, 2);
    // Leap seconds (":60") cannot be represented by sys_seconds: refused like any other error.
    if (!day || h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) return std::nullopt;
    return Instant{date::sys_days{*day} + std::chrono::hours{h} + std::chrono::minutes{m} +
                   std::chrono::seconds{sec}};
}

std::optional<TimeOfDay> parse_time_of_day(std::string_view s) {
    if (s.size() != 5 || s[2] != ':') return std::nullopt;
    const int h = digits(s, 0, 2), m = digits(s, 3, 2);
    if (h < 0 || h > 23 || m < 0 || m > 59) return std::nullopt;
    return TimeOfDay{h * 60 + m};
}

}  // namespace parvis::io
