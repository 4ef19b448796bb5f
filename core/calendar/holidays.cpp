// See holidays.h. Sources:
//  - national holidays: code du travail, article L3133-1 (eleven days);
//  - Alsace-Moselle: code du travail, article L3134-13 (Vendredi saint, 26 décembre);
//  - abolition of slavery: loi n° 83-550 du 30 juin 1983, décret n° 83-1003 du 23 novembre 1983
//    as amended by décret n° 2012-553 (Saint-Barthélemy 9 octobre) and the later amendment that
//    moved Saint-Martin from 27 to 28 mai; code du travail L3422-2 makes the day a holiday.
// Not included, for want of a source checked here: the collectivités of the Pacific (Nouvelle-
// Calédonie, Polynésie française, Wallis-et-Futuna) have their own labour codes and local days
// (e.g. 24 septembre in Nouvelle-Calédonie, 5 mars and 29 juin in Polynésie, 28 avril and
// 29 juillet in Wallis-et-Futuna); they get the national list only. Saint-Pierre-et-Miquelon has
// no abolition day.
#include "calendar/holidays.h"

namespace parvis::calendar {
namespace {

using date::days;

struct AbolitionDay {
    Territory territory;
    unsigned month;
    unsigned day;
};

constexpr AbolitionDay kAbolitionDays[] = {
    {Territory::guadeloupe, 5, 27},    {Territory::martinique, 5, 22},
    {Territory::guyane, 6, 10},        {Territory::reunion, 12, 20},
    {Territory::mayotte, 4, 27},       {Territory::saint_barthelemy, 10, 9},
    {Territory::saint_martin, 5, 28},
};

Day fixed(int year, unsigned month, unsigned day) {
    return date::year{year} / date::month{month} / date::day{day};
}

Day offset(Day day, int n) { return Day{date::sys_days{day} + days{n}}; }

void add_year(std::vector<CalendarMark>& out, int year, Territory territory) {
    const Day easter = easter_sunday(year);
    auto add = [&](Day day, const char* name, MarkKind kind, const char* source) {
        out.push_back({day, day, name, kind, source});
    };
    constexpr const char* kLaw = "Code du travail, art. L3133-1";
    add(fixed(year, 1, 1), "Jour de l'an", MarkKind::public_holiday, kLaw);
    add(offset(easter, 1), "Lundi de Pâques", MarkKind::public_holiday, kLaw);
    add(fixed(year, 5, 1), "Fête du Travail", MarkKind::public_holiday, kLaw);
    add(fixed(year, 5, 8), "Victoire 1945", MarkKind::public_holiday, kLaw);
    add(offset(easter, 39), "Ascension", MarkKind::public_holiday, kLaw);
    add(offset(easter, 50), "Lundi de Pentecôte", MarkKind::public_holiday, kLaw);
    add(fixed(year, 7, 14), "Fête nationale", MarkKind::public_holiday, kLaw);
    add(fixed(year, 8, 15), "Assomption", MarkKind::public_holiday, kLaw);
    add(fixed(year, 11, 1), "Toussaint", MarkKind::public_holiday, kLaw);
    add(fixed(year, 11, 11), "Armistice 1918", MarkKind::public_holiday, kLaw);
    add(fixed(year, 12, 25), "Noël", MarkKind::public_holiday, kLaw);
    if (territory == Territory::alsace_moselle) {
        constexpr const char* kLocal = "Code du travail, art. L3134-13 (Alsace-Moselle)";
        add(offset(easter, -2), "Vendredi saint", MarkKind::local_holiday, kLocal);
        add(fixed(year, 12, 26), "Saint-Étienne", MarkKind::local_holiday, kLocal);
    }
    for (const AbolitionDay& a : kAbolitionDays) {
        if (a.territory != territory) continue;
        add(fixed(year, a.month, a.day), "Abolition de l'esclavage", MarkKind::abolition_day,
            "Loi n° 83-550 et décret n° 83-1003 modifié ; code du travail, art. L3422-2");
    }
}

}  // namespace

Day easter_sunday(int y) {
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return fixed(y, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::vector<CalendarMark> holidays_in(DayRange range, Territory territory) {
    std::vector<CalendarMark> out;
    if (!range.first.ok() || !range.last.ok() || range.last < range.first) return out;
    const int first_year = static_cast<int>(range.first.year());
    const int last_year = static_cast<int>(range.last.year());
    std::vector<CalendarMark> all;
    for (int year = first_year; year <= last_year; ++year) add_year(all, year, territory);
    for (CalendarMark& mark : all)
        if (range.contains(mark.first)) out.push_back(std::move(mark));
    sort_marks(out);
    return out;
}

bool is_holiday(Day day, Territory territory) {
    return !holidays_in({day, day}, territory).empty();
}

}  // namespace parvis::calendar
