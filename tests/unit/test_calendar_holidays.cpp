// The French public calendar: Easter and the holidays that follow it, Alsace-Moselle, overseas
// abolition days, territories from the profile, school holidays and « journées » from the data files.
#include <doctest/doctest.h>

#include <algorithm>

#include "calendar/calendar_assets.h"
#include "calendar/holidays.h"
#include "calendar/journees.h"
#include "calendar/school_holidays.h"

using namespace parvis;
using namespace parvis::calendar;
using namespace date::literals;

namespace {

std::vector<std::string> names_on(const std::vector<CalendarMark>& marks, Day day) {
    std::vector<std::string> out;
    for (const CalendarMark& m : marks)
        if (DayRange{m.first, m.last}.contains(day)) out.push_back(m.name);
    return out;
}

bool has(const std::vector<CalendarMark>& marks, Day day, const std::string& name) {
    const auto names = names_on(marks, day);
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

TEST_CASE("Easter Sunday by the Gregorian computus, over two centuries") {
    const std::pair<int, Day> known[] = {
        {1818, 1818_y / date::March / 22},  {1943, 1943_y / date::April / 25},
        {2000, 2000_y / date::April / 23},  {2008, 2008_y / date::March / 23},
        {2011, 2011_y / date::April / 24},  {2019, 2019_y / date::April / 21},
        {2024, 2024_y / date::March / 31},  {2025, 2025_y / date::April / 20},
        {2026, 2026_y / date::April / 5},   {2027, 2027_y / date::March / 28},
        {2028, 2028_y / date::April / 16},  {2029, 2029_y / date::April / 1},
        {2030, 2030_y / date::April / 21},  {2032, 2032_y / date::March / 28},
        {2035, 2035_y / date::March / 25},  {2038, 2038_y / date::April / 25},
        {2285, 2285_y / date::March / 22},
    };
    for (const auto& [year, easter] : known) {
        const int y = int(year);  // clang 14 cannot capture a structured binding
        CAPTURE(y);
        CHECK(easter_sunday(year) == easter);
    }
    // Always a Sunday between 22 March and 25 April.
    for (int year = 1900; year <= 2200; ++year) {
        const Day e = easter_sunday(year);
        CAPTURE(year);
        CHECK(date::weekday{date::sys_days{e}} == date::Sunday);
        CHECK(e >= date::year{year} / date::March / 22);
        CHECK(e <= date::year{year} / date::April / 25);
    }
}

TEST_CASE("the eleven national holidays of 2027") {
    const auto marks = holidays_in(year_range(2027), Territory::metropole);
    REQUIRE(marks.size() == 11);
    CHECK(has(marks, 2027_y / date::January / 1, "Jour de l'an"));
    CHECK(has(marks, 2027_y / date::March / 29, "Lundi de Pâques"));
    CHECK(has(marks, 2027_y / date::May / 1, "Fête du Travail"));
    CHECK(has(marks, 2027_y / date::May / 6, "Ascension"));
    CHECK(has(marks, 2027_y / date::May / 8, "Victoire 1945"));
    CHECK(has(marks, 2027_y / date::May / 17, "Lundi de Pentecôte"));
    CHECK(has(marks, 2027_y / date::July / 14, "Fête nationale"));
    CHECK(has(marks, 2027_y / date::August / 15, "Assomption"));
    CHECK(has(marks, 2027_y / date::November / 1, "Toussaint"));
    CHECK(has(marks, 2027_y / date::November / 11, "Armistice 1918"));
    CHECK(has(marks, 2027_y / date::December / 25, "Noël"));
    CHECK(std::is_sorted(marks.begin(), marks.end(),
                         [](const CalendarMark& a, const CalendarMark& b) { return a.first < b.first; }));
    for (const CalendarMark& m : marks) CHECK(m.kind == MarkKind::public_holiday);
}

TEST_CASE("2038: Easter on 25 April moves the whole spring") {
    const auto marks = holidays_in(year_range(2038), Territory::metropole);
    CHECK(has(marks, 2038_y / date::April / 26, "Lundi de Pâques"));
    CHECK(has(marks, 2038_y / date::June / 3, "Ascension"));
    CHECK(has(marks, 2038_y / date::June / 14, "Lundi de Pentecôte"));
    CHECK(names_on(marks, 2038_y / date::April / 23).empty());  // no Vendredi saint outside Alsace-Moselle
}

TEST_CASE("Ascension is a Thursday and Pentecost Monday a Monday, every year from 1950 to 2150") {
    for (int year = 1950; year <= 2150; ++year) {
        CAPTURE(year);
        const auto marks = holidays_in(year_range(year), Territory::metropole);
        CHECK(marks.size() == 11);
        for (const CalendarMark& m : marks) {
            if (m.name == "Ascension") CHECK(date::weekday{date::sys_days{m.first}} == date::Thursday);
            if (m.name == "Lundi de Pentecôte" || m.name == "Lundi de Pâques")
                CHECK(date::weekday{date::sys_days{m.first}} == date::Monday);
        }
    }
}

TEST_CASE("Alsace-Moselle adds Vendredi saint and 26 décembre") {
    const auto marks = holidays_in(year_range(2027), Territory::alsace_moselle);
    CHECK(marks.size() == 13);
    CHECK(has(marks, 2027_y / date::March / 26, "Vendredi saint"));
    CHECK(has(marks, 2027_y / date::December / 26, "Saint-Étienne"));
    CHECK(has(holidays_in(year_range(2038), Territory::alsace_moselle), 2038_y / date::April / 23,
              "Vendredi saint"));
    CHECK(is_holiday(2027_y / date::December / 26, Territory::alsace_moselle));
    CHECK_FALSE(is_holiday(2027_y / date::December / 26, Territory::metropole));
}

TEST_CASE("each overseas territory has its abolition day") {
    const std::pair<Territory, Day> days[] = {
        {Territory::guadeloupe, 2027_y / date::May / 27},      {Territory::martinique, 2027_y / date::May / 22},
        {Territory::guyane, 2027_y / date::June / 10},         {Territory::reunion, 2027_y / date::December / 20},
        {Territory::mayotte, 2027_y / date::April / 27},       {Territory::saint_barthelemy, 2027_y / date::October / 9},
        {Territory::saint_martin, 2027_y / date::May / 28},
    };
    for (const auto& [territory, day] : days) {
        const std::string_view where = territory_id(territory);
        CAPTURE(where);
        const auto marks = holidays_in(year_range(2027), territory);
        CHECK(marks.size() == 12);
        CHECK(has(marks, day, "Abolition de l'esclavage"));
        // Nowhere else.
        CHECK_FALSE(has(holidays_in(year_range(2027), Territory::metropole), day, "Abolition de l'esclavage"));
    }
    CHECK(holidays_in(year_range(2027), Territory::saint_pierre_et_miquelon).size() == 11);
}

TEST_CASE("a range across two years, and an empty range") {
    const auto marks = holidays_in({2026_y / date::December / 20, 2027_y / date::January / 5}, Territory::alsace_moselle);
    REQUIRE(marks.size() == 3);
    CHECK(marks[0].name == "Noël");
    CHECK(marks[1].name == "Saint-Étienne");
    CHECK(marks[2].name == "Jour de l'an");
    CHECK(holidays_in({2027_y / date::May / 2, 2027_y / date::May / 1}, Territory::metropole).empty());
}

TEST_CASE("the territory comes from the département code, the territory text or the time zone") {
    Profile p;
    p.insee_code = "57463";  // Metz
    CHECK(territory_of(p) == Territory::alsace_moselle);
    p.insee_code = "67482";  // Strasbourg
    CHECK(territory_of(p) == Territory::alsace_moselle);
    p.insee_code = "2A004";  // Ajaccio
    CHECK(territory_of(p) == Territory::corse);
    p.insee_code = "97411";  // Saint-Denis (La Réunion)
    CHECK(territory_of(p) == Territory::reunion);
    p.insee_code = "97801";
    CHECK(territory_of(p) == Territory::saint_martin);
    p.insee_code = "75056";
    CHECK(territory_of(p) == Territory::metropole);
    p.insee_code.clear();
    p.territory = "Communauté d'agglomération de Sarreguemines (Moselle)";
    CHECK(territory_of(p) == Territory::alsace_moselle);
    p.territory.clear();
    p.time_zone = "America/Cayenne";
    CHECK(territory_of(p) == Territory::guyane);
    p.time_zone = "Europe/Paris";
    CHECK(territory_of(p) == Territory::metropole);

    CHECK(territory_from_name("Réunion") == Territory::reunion);
    CHECK(territory_from_name("LA-REUNION") == Territory::reunion);
    CHECK(territory_from_name("alsace-moselle") == Territory::alsace_moselle);
    CHECK(territory_from_name("68") == Territory::alsace_moselle);
    CHECK(territory_from_name("Atlantide") == std::nullopt);
    for (Territory t : all_territories()) CHECK(territory_from_name(territory_id(t)) == t);
}

TEST_CASE("the embedded school calendar reads strictly and gives the zones' holidays") {
    const Result<SchoolCalendar> read = read_school_calendar(calendar_asset("school_holidays.json"));
    REQUIRE_MESSAGE(read.ok(), error_message(read.ok() ? Error{} : read.error()));
    CHECK(read->source.find("education.gouv.fr") != std::string::npos);
    CHECK(read->notes.find("2026-2027 à vérifier") != std::string::npos);  // shown in the app's dialog
    CHECK(read->periods.size() == default_school_calendar().periods.size());

    // Winter 2026: A from 7 February, B from 14, C from 21 (Saturdays), back on a Monday.
    const DayRange feb{2026_y / date::February / 1, 2026_y / date::March / 15};
    const auto a = school_holidays_in(feb, SchoolZone::a);
    REQUIRE(a.size() == 1);
    CHECK(a[0].first == 2026_y / date::February / 7);
    CHECK(a[0].last == 2026_y / date::February / 22);
    CHECK(a[0].name == "Vacances d'hiver (zone A)");
    CHECK(a[0].kind == MarkKind::school_holiday);
    const auto c = school_holidays_in(feb, SchoolZone::c);
    REQUIRE(c.size() == 1);
    CHECK(c[0].first == 2026_y / date::February / 21);
    CHECK(c[0].last == 2026_y / date::March / 8);
    // Toussaint 2025 is common to the three zones; the Ascension bridge starts on the Thursday.
    for (SchoolZone z : {SchoolZone::a, SchoolZone::b, SchoolZone::c}) {
        const auto t = school_holidays_in({2025_y / date::October / 25, 2025_y / date::October / 25}, z);
        REQUIRE(t.size() == 1);
        CHECK(t[0].first == 2025_y / date::October / 18);
        const auto bridge = school_holidays_in({2026_y / date::May / 14, 2026_y / date::May / 14}, z);
        REQUIRE(bridge.size() == 1);
        CHECK(bridge[0].first == 2026_y / date::May / 14);
        CHECK(bridge[0].last == 2026_y / date::May / 17);
    }
    // 2026-2027 is in the file too.
    CHECK(school_calendar_covers_until(SchoolZone::b) >= Day{2027_y / date::July / 1});
    CHECK(school_holidays_in({2027_y / date::February / 1, 2027_y / date::March / 10}, SchoolZone::b).size() == 1);
    // Corse and the overseas académies set their own calendars (arrêtés rectoraux).
    const auto corse = school_holidays_in(feb, SchoolZone::corse);
    REQUIRE(corse.size() == 1);
    CHECK(corse[0].first == 2026_y / date::February / 14);
    CHECK(corse[0].last == 2026_y / date::March / 1);
    CHECK(corse[0].name == "Vacances d'hiver (Corse)");
    // La Réunion: the austral summer runs over the new year, from the Friday classes end.
    const auto reunion = school_holidays_in({2026_y / date::January / 1, 2026_y / date::January / 31}, SchoolZone::reunion);
    REQUIRE(reunion.size() == 1);
    CHECK(reunion[0].first == 2025_y / date::December / 20);
    CHECK(reunion[0].last == 2026_y / date::January / 20);
    CHECK(school_calendar_covers_until(SchoolZone::reunion) == Day{2027_y / date::May / 19});  // the last reprise
    const auto carnaval = school_holidays_in(feb, SchoolZone::martinique);
    REQUIRE(carnaval.size() == 1);
    CHECK(carnaval[0].name == "Vacances de Carnaval (Martinique)");
    // Dates not found when the file was written are absent, never guessed: the app says so.
    for (SchoolZone z : {SchoolZone::guadeloupe, SchoolZone::guyane, SchoolZone::mayotte}) {
        CHECK(school_holidays_in(year_range(2026), z).empty());
        CHECK(school_calendar_covers_until(z) == std::nullopt);
    }
}

TEST_CASE("school zones by département and by name") {
    Profile p;
    p.insee_code = "69123";  // Lyon
    CHECK(school_zone_of(p) == SchoolZone::a);
    p.insee_code = "75056";  // Paris
    CHECK(school_zone_of(p) == SchoolZone::c);
    p.insee_code = "59350";  // Lille
    CHECK(school_zone_of(p) == SchoolZone::b);
    p.insee_code = "2B033";
    CHECK(school_zone_of(p) == SchoolZone::corse);
    p.insee_code = "97411";
    CHECK(school_zone_of(p) == SchoolZone::reunion);
    CHECK(school_zone_from_name("zone A") == SchoolZone::a);
    CHECK(school_zone_from_name("c") == SchoolZone::c);
    CHECK(school_zone_from_name("La Réunion") == SchoolZone::reunion);
    CHECK(school_zone_from_name("D") == std::nullopt);
}

TEST_CASE("a user's school calendar file: French errors that point at the entry") {
    const char* bad_date = R"({"format": "parvis-vacances-scolaires", "periodes": [
        {"nom": "Hiver", "zones": ["A"], "fin_des_cours": "2027-02-30", "reprise": "2027-03-01"}]})";
    Result<SchoolCalendar> r = read_school_calendar(bad_date);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::invalid_value);
    CHECK(r.error().pointer == "/periodes/0/fin_des_cours");
    CHECK(error_message(r.error()).find("2027-02-30") != std::string::npos);

    r = read_school_calendar(R"({"format": "parvis-vacances-scolaires", "periodes": [
        {"nom": "Hiver", "zones": ["D"], "fin_des_cours": "2027-02-13", "reprise": "2027-03-01"}]})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().pointer == "/periodes/0/zones/0");
    CHECK(error_message(r.error()).find("Valeurs acceptées") != std::string::npos);

    r = read_school_calendar(R"({"format": "parvis-vacances-scolaires", "periodes": [
        {"nom": "Hiver", "zones": ["A"], "fin_des_cours": "2027-03-01", "reprise": "2027-02-13"}]})");
    REQUIRE_FALSE(r.ok());
    CHECK(error_message(r.error()).find("reprise") != std::string::npos);

    r = read_school_calendar(R"({"format": "parvis-vacances-scolaires", "periodes": [{"nom": "Hiver"}]})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::missing_field);

    CHECK(read_school_calendar("{\"periodes\": [").error().code == ErrorCode::json_syntax);
    CHECK(read_school_calendar("[]").error().code == ErrorCode::wrong_type);
    CHECK(read_school_calendar(R"({"format": "autre", "periodes": []})").error().code == ErrorCode::invalid_value);
    CHECK(read_school_calendar("\xff").error().code == ErrorCode::invalid_utf8);

    const Result<SchoolCalendar> ok = read_school_calendar(R"({"format": "parvis-vacances-scolaires",
        "source": "arrêté rectoral", "periodes": [
        {"nom": "Vacances de la Toussaint", "zones": ["Corse"], "fin_des_cours": "2026-10-17", "reprise": "2026-11-02"}]})");
    REQUIRE(ok.ok());
    const auto marks = school_holidays_in(year_range(2026), SchoolZone::corse, *ok);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].name == "Vacances de la Toussaint (Corse)");
    CHECK(marks[0].detail == "arrêté rectoral");
}

TEST_CASE("journées: fixed dates, nth weekdays, weeks and months") {
    const Result<std::vector<JourneeRule>> read = read_journees(calendar_asset("journees.json"));
    REQUIRE_MESSAGE(read.ok(), error_message(read.ok() ? Error{} : read.error()));
    CHECK(read->size() >= 10);

    const auto year = journees_in(year_range(2027));
    CHECK(has(year, 2027_y / date::June / 21, "Fête de la musique"));
    CHECK(has(year, 2027_y / date::March / 8, "Journée internationale des droits des femmes"));
    CHECK(has(year, 2027_y / date::June / 5, "Journée mondiale de l'environnement"));
    // Journées européennes du patrimoine: third weekend of September (18–19 September 2027).
    CHECK(has(year, 2027_y / date::September / 18, "Journées européennes du patrimoine"));
    CHECK(has(year, 2027_y / date::September / 19, "Journées européennes du patrimoine"));
    CHECK_FALSE(has(year, 2027_y / date::September / 11, "Journées européennes du patrimoine"));
    CHECK(has(journees_in(year_range(2026)), 2026_y / date::September / 19, "Journées européennes du patrimoine"));
    // Semaine européenne de la mobilité: 16–22 September.
    CHECK(has(year, 2027_y / date::September / 16, "Semaine européenne de la mobilité"));
    CHECK(has(year, 2027_y / date::September / 22, "Semaine européenne de la mobilité"));
    CHECK_FALSE(has(year, 2027_y / date::September / 23, "Semaine européenne de la mobilité"));
    // Octobre rose, Mois sans tabac: whole months.
    CHECK(has(year, 2027_y / date::October / 31, "Octobre rose"));
    CHECK(has(year, 2027_y / date::November / 30, "Mois sans tabac"));
    for (const CalendarMark& m : year) CHECK(m.kind == MarkKind::journee);
    // A range of one day inside a month-long journée.
    CHECK(names_on(journees_in({2027_y / date::October / 15, 2027_y / date::October / 15}), 2027_y / date::October / 15) ==
          std::vector<std::string>{"Octobre rose"});
}

TEST_CASE("journées file errors") {
    auto r = read_journees(R"({"format": "parvis-journees", "journees": [{"id": "x", "nom": "X", "mois": 13, "jour": 1}]})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().pointer == "/journees/0/mois");
    CHECK(error_message(r.error()).find("13") != std::string::npos);
    r = read_journees(R"({"format": "parvis-journees", "journees": [{"id": "x", "nom": "X", "mois": 3}]})");
    REQUIRE_FALSE(r.ok());
    CHECK(error_message(r.error()).find("jour_semaine") != std::string::npos);
    r = read_journees(R"({"format": "parvis-journees", "journees": [{"id": "x", "nom": "X", "mois": 5, "rang": -1, "jour_semaine": 1}]})");
    REQUIRE(r.ok());
    CHECK(journee_start((*r)[0], 2027) == 2027_y / date::May / 31);  // last Monday of May 2027
}
