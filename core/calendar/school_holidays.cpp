// See school_holidays.h. Zones by académie (arrêté du 16 novembre 2015, in force since 2016):
//   A: Besançon, Bordeaux, Clermont-Ferrand, Dijon, Grenoble, Limoges, Lyon, Poitiers;
//   B: Aix-Marseille, Amiens, Lille, Nancy-Metz, Nantes, Nice, Normandie, Orléans-Tours, Reims,
//      Rennes, Strasbourg;
//   C: Créteil, Montpellier, Paris, Toulouse, Versailles.
// Corse and the overseas académies set their own calendars.
#include "calendar/school_holidays.h"

#include <algorithm>
#include <cstring>

#include "calendar/calendar_assets.h"
#include "calendar/calendar_data.h"
#include "calendar/fold_text.h"

namespace parvis::calendar {
namespace {

struct ZoneInfo {
    SchoolZone zone;
    const char* id;
};

constexpr ZoneInfo kZones[] = {
    {SchoolZone::a, "A"},          {SchoolZone::b, "B"},
    {SchoolZone::c, "C"},          {SchoolZone::corse, "Corse"},
    {SchoolZone::guadeloupe, "Guadeloupe"}, {SchoolZone::martinique, "Martinique"},
    {SchoolZone::guyane, "Guyane"}, {SchoolZone::reunion, "Réunion"},
    {SchoolZone::mayotte, "Mayotte"},
};
static_assert(std::size(kZones) == static_cast<std::size_t>(SchoolZone::mayotte) + 1, "kZones: add the new zone's row");

// Metropolitan départements by zone (two-character INSEE prefixes).
constexpr const char* kZoneA[] = {"25", "39", "70", "90", "24", "33", "40", "47", "64", "03", "15",
                                  "43", "63", "21", "58", "71", "89", "07", "26", "38", "73", "74",
                                  "19", "23", "87", "01", "42", "69", "16", "17", "79", "86"};
constexpr const char* kZoneC[] = {"77", "93", "94", "11", "30", "34", "48", "66", "75", "09", "12",
                                  "31", "32", "46", "65", "81", "82", "78", "91", "92", "95"};

std::string zone_list() {
    std::string out;
    for (const ZoneInfo& z : kZones) out += (out.empty() ? "" : ", ") + std::string(z.id);
    return out;
}

}  // namespace

const char* school_zone_id(SchoolZone zone) {
    for (const ZoneInfo& z : kZones)
        if (z.zone == zone) return z.id;
    return "A";
}

std::optional<SchoolZone> school_zone_from_name(std::string_view name) {
    std::string folded = fold(name);
    if (folded.rfind("zone ", 0) == 0) folded = folded.substr(5);
    if (folded == "la reunion") folded = "reunion";
    for (const ZoneInfo& z : kZones)
        if (folded == fold(z.id)) return z.zone;
    return std::nullopt;
}

SchoolZone school_zone_of(const Profile& profile) {
    switch (territory_of(profile)) {
        case Territory::corse: return SchoolZone::corse;
        case Territory::guadeloupe:
        case Territory::saint_martin:
        case Territory::saint_barthelemy: return SchoolZone::guadeloupe;
        case Territory::martinique: return SchoolZone::martinique;
        case Territory::guyane: return SchoolZone::guyane;
        case Territory::reunion: return SchoolZone::reunion;
        case Territory::mayotte: return SchoolZone::mayotte;
        default: break;
    }
    const std::string code = fold(profile.insee_code).substr(0, 2);
    for (const char* d : kZoneA)
        if (code == d) return SchoolZone::a;
    for (const char* d : kZoneC)
        if (code == d) return SchoolZone::c;
    if (code.size() == 2) return SchoolZone::b;
    // No département: the territory text may name one of the zone's big cities; else zone C
    // would be a guess as good as any, so keep B, the largest zone.
    return SchoolZone::b;
}

Result<SchoolCalendar> read_school_calendar(std::string_view json_text) {
    io::Json doc;
    if (Error e = data::parse_data_file(json_text, "parvis-vacances-scolaires", doc)) return e;
    SchoolCalendar calendar;
    if (Error e = data::get_string(doc, "source", "", calendar.source, false)) return e;
    if (Error e = data::get_string(doc, "notes", "", calendar.notes, false)) return e;
    const io::Json* periods = nullptr;
    if (Error e = data::get_array(doc, "periodes", "", periods)) return e;
    for (std::size_t i = 0; i < periods->size(); ++i) {
        const io::Json& p = (*periods)[i];
        const std::string pointer = "/periodes/" + std::to_string(i);
        if (!p.is_object())
            return io::make_error(ErrorCode::wrong_type, pointer, pointer,
                                  {{"expected_type", "object"}, {"found_type", io::json_type_name(p)}});
        SchoolHolidayPeriod period;
        std::vector<std::string> zones;
        if (Error e = data::get_string(p, "nom", pointer, period.name)) return e;
        if (Error e = data::get_strings(p, "zones", pointer, zones)) return e;
        if (Error e = data::get_day(p, "fin_des_cours", pointer, period.classes_end)) return e;
        if (Error e = data::get_day(p, "reprise", pointer, period.classes_resume)) return e;
        if (zones.empty()) return io::make_error(ErrorCode::missing_field, "zones", pointer);
        if (date::sys_days{period.classes_resume} <= date::sys_days{period.classes_end}) {
            return io::make_error(ErrorCode::invalid_value, "reprise", pointer + "/reprise",
                                  {{"reason", "calendar_resume_order"}});
        }
        for (std::size_t z = 0; z < zones.size(); ++z) {
            const std::optional<SchoolZone> zone = school_zone_from_name(zones[z]);
            if (!zone) {
                return io::make_error(ErrorCode::invalid_value, zones[z],
                                      pointer + "/zones/" + std::to_string(z),
                                      {{"reason", "unknown_name"}, {"found", zones[z]}, {"accepted", zone_list()}});
            }
            period.zone = *zone;
            calendar.periods.push_back(period);
        }
    }
    return calendar;
}

const SchoolCalendar& default_school_calendar() {
    static const SchoolCalendar calendar = [] {
        Result<SchoolCalendar> r = read_school_calendar(calendar_asset("school_holidays.json"));
        return r ? std::move(r.value()) : SchoolCalendar{};  // the unit tests read it strictly
    }();
    return calendar;
}

std::string school_zone_label(SchoolZone zone) {
    const bool lettered = zone == SchoolZone::a || zone == SchoolZone::b || zone == SchoolZone::c;
    return (lettered ? "zone " : "") + std::string(school_zone_id(zone));
}

std::vector<CalendarMark> school_holidays_in(DayRange range, SchoolZone zone,
                                             const SchoolCalendar& calendar) {
    std::vector<CalendarMark> out;
    for (const SchoolHolidayPeriod& p : calendar.periods) {
        if (p.zone != zone) continue;
        // Holidays start after classes on « fin des cours »; that day is a Saturday for the
        // usual periods, shown as the first day of holidays (few schools teach on Saturday);
        // a weekday end (the Ascension bridge) starts the next day.
        date::sys_days first{p.classes_end};
        if (date::weekday{first} != date::Saturday) first += date::days{1};
        const date::sys_days last = date::sys_days{p.classes_resume} - date::days{1};
        if (last < date::sys_days{range.first} || first > date::sys_days{range.last}) continue;
        out.push_back({Day{first}, Day{last}, p.name + " (" + school_zone_label(zone) + ")", MarkKind::school_holiday, calendar.source});
    }
    sort_marks(out);
    return out;
}

std::optional<Day> school_calendar_covers_until(SchoolZone zone, const SchoolCalendar& calendar) {
    std::optional<Day> out;
    for (const SchoolHolidayPeriod& p : calendar.periods)
        if (p.zone == zone && (!out || *out < p.classes_resume)) out = p.classes_resume;
    return out;
}

}  // namespace parvis::calendar
