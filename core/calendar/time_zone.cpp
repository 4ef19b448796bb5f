// Offsets and summer-time rules of the French zones. See time_zone.h for why a table.
#include "calendar/time_zone.h"

#include <algorithm>

namespace parvis {
namespace {

using namespace std::chrono_literals;

enum class SummerRule {
    none,           // fixed offset all year (every overseas zone but Miquelon)
    european,       // last Sunday of March 01:00 UTC → last Sunday of October 01:00 UTC
    north_american, // second Sunday of March 02:00 local → first Sunday of November 02:00 local
};

struct ZoneRule {
    const char* name;
    std::chrono::minutes standard;  // offset in winter (or all year)
    SummerRule summer;
};

// Summer time adds one hour under both rules.
constexpr std::chrono::minutes kSummerShift = 60min;

constexpr ZoneRule kZones[] = {
    {"Europe/Paris", 60min, SummerRule::european},
    {"America/Guadeloupe", -4h, SummerRule::none},
    {"America/Martinique", -4h, SummerRule::none},
    {"America/Cayenne", -3h, SummerRule::none},
    {"America/St_Barthelemy", -4h, SummerRule::none},
    {"America/Marigot", -4h, SummerRule::none},
    {"America/Miquelon", -3h, SummerRule::north_american},
    {"Indian/Reunion", 4h, SummerRule::none},
    {"Indian/Mayotte", 3h, SummerRule::none},
    {"Indian/Kerguelen", 5h, SummerRule::none},
    {"Pacific/Noumea", 11h, SummerRule::none},
    {"Pacific/Tahiti", -10h, SummerRule::none},
    {"Pacific/Marquesas", -(9h + 30min), SummerRule::none},
    {"Pacific/Gambier", -9h, SummerRule::none},
    {"Pacific/Wallis", 12h, SummerRule::none},
};

const ZoneRule* find_zone(std::string_view name) {
    for (const ZoneRule& zone : kZones)
        if (name == zone.name) return &zone;
    return nullptr;
}

// The UTC instants at which summer time starts and ends in `year`.
struct SummerPeriod {
    Instant starts;
    Instant ends;
};

SummerPeriod summer_period(const ZoneRule& zone, date::year year) {
    using date::Sunday;
    if (zone.summer == SummerRule::european) {
        const date::sys_days start{year / date::March / Sunday[date::last]};
        const date::sys_days end{year / date::October / Sunday[date::last]};
        return {start + 1h, end + 1h};
    }
    // North America: the change happens at 02:00 local time, standard time in March and summer
    // time in November; subtracting the offset then in force gives UTC.
    const date::sys_days start{year / date::March / Sunday[2]};
    const date::sys_days end{year / date::November / Sunday[1]};
    return {start + 2h - zone.standard, end + 2h - (zone.standard + kSummerShift)};
}

std::chrono::seconds offset_at(const ZoneRule& zone, Instant at) {
    if (zone.summer == SummerRule::none) return zone.standard;
    // Summer time sits inside one calendar year in the northern hemisphere, so the UTC year of
    // `at` is the year whose rule applies.
    const date::year year = date::year_month_day{date::floor<date::days>(at)}.year();
    const SummerPeriod summer = summer_period(zone, year);
    const bool in_summer = at >= summer.starts && at < summer.ends;
    return in_summer ? zone.standard + kSummerShift : zone.standard;
}

}  // namespace

bool is_known_time_zone(std::string_view zone) { return find_zone(zone) != nullptr; }

const std::vector<std::string>& known_time_zones() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const ZoneRule& zone : kZones) out.emplace_back(zone.name);
        return out;
    }();
    return names;
}

std::optional<std::chrono::seconds> utc_offset(std::string_view zone, Instant at) {
    const ZoneRule* rule = find_zone(zone);
    if (!rule) return std::nullopt;
    return offset_at(*rule, at);
}

std::optional<LocalTime> to_local(Instant at, std::string_view zone) {
    const ZoneRule* rule = find_zone(zone);
    if (!rule) return std::nullopt;
    return LocalTime{(at + offset_at(*rule, at)).time_since_epoch()};
}

LocalTimeResolution from_local(LocalTime local, std::string_view zone) {
    LocalTimeResolution out;
    const ZoneRule* rule = find_zone(zone);
    if (!rule) return out;

    const Instant as_utc{local.time_since_epoch()};
    const std::chrono::seconds standard = rule->standard;
    if (rule->summer == SummerRule::none) {
        out.kind = LocalTimeKind::unique;
        out.earlier = out.later = as_utc - standard;
        return out;
    }
    // A local time is valid under an offset when the instant it gives is one where that offset
    // is in force. Summer offset is the larger one, so it gives the earlier instant.
    const std::chrono::seconds summer = standard + kSummerShift;
    const Instant with_summer = as_utc - summer;
    const Instant with_standard = as_utc - standard;
    const bool summer_valid = offset_at(*rule, with_summer) == summer;
    const bool standard_valid = offset_at(*rule, with_standard) == standard;

    out.earlier = with_summer;
    out.later = with_standard;
    if (summer_valid && standard_valid) {
        out.kind = LocalTimeKind::ambiguous;
    } else if (summer_valid || standard_valid) {
        out.kind = LocalTimeKind::unique;
        out.earlier = out.later = summer_valid ? with_summer : with_standard;
    } else {
        out.kind = LocalTimeKind::nonexistent;
    }
    return out;
}

}  // namespace parvis
