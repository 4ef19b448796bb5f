// See territory.h. Département codes are INSEE's (97x/98x for overseas, 2A/2B for Corse); the
// time zones are those of core/calendar/time_zone.cpp.
#include "calendar/territory.h"

#include <string>

#include "calendar/fold_text.h"
#include "parvis_assert.h"

namespace parvis::calendar {
namespace {

struct TerritoryInfo {
    Territory territory;
    const char* id;
    const char* label;
    // Folded names and codes that designate it (territory text, département code).
    std::vector<std::string> aliases;
    // Its time zone (Polynésie française: Tahiti's, where nearly all of its population lives; the
    // Marquesas and the Gambier are read back to it by territory_of).
    const char* time_zone;
};

const std::vector<TerritoryInfo>& table() {
    static const std::vector<TerritoryInfo> t = {
        {Territory::metropole, "metropole", "France métropolitaine", {"metropole", "france", "france metropolitaine"}, "Europe/Paris"},
        {Territory::alsace_moselle, "alsace-moselle", "Alsace-Moselle",
         {"alsace moselle", "alsace", "moselle", "bas rhin", "haut rhin", "57", "67", "68",
          "collectivite europeenne d alsace"}, "Europe/Paris"},
        {Territory::corse, "corse", "Corse", {"corse", "corse du sud", "haute corse", "2a", "2b", "20"}, "Europe/Paris"},
        {Territory::guadeloupe, "guadeloupe", "Guadeloupe", {"guadeloupe", "971"}, "America/Guadeloupe"},
        {Territory::martinique, "martinique", "Martinique", {"martinique", "972"}, "America/Martinique"},
        {Territory::guyane, "guyane", "Guyane", {"guyane", "973"}, "America/Cayenne"},
        {Territory::reunion, "la-reunion", "La Réunion", {"la reunion", "reunion", "974"}, "Indian/Reunion"},
        {Territory::mayotte, "mayotte", "Mayotte", {"mayotte", "976"}, "Indian/Mayotte"},
        {Territory::saint_martin, "saint-martin", "Saint-Martin", {"saint martin", "978"}, "America/Marigot"},
        {Territory::saint_barthelemy, "saint-barthelemy", "Saint-Barthélemy", {"saint barthelemy", "977"}, "America/St_Barthelemy"},
        {Territory::saint_pierre_et_miquelon, "saint-pierre-et-miquelon", "Saint-Pierre-et-Miquelon",
         {"saint pierre et miquelon", "975"}, "America/Miquelon"},
        {Territory::nouvelle_caledonie, "nouvelle-caledonie", "Nouvelle-Calédonie", {"nouvelle caledonie", "988"}, "Pacific/Noumea"},
        {Territory::polynesie, "polynesie-francaise", "Polynésie française",
         {"polynesie francaise", "polynesie", "987"}, "Pacific/Tahiti"},
        {Territory::wallis_et_futuna, "wallis-et-futuna", "Wallis-et-Futuna", {"wallis et futuna", "wallis", "986"}, "Pacific/Wallis"},
    };
    return t;
}

const TerritoryInfo& info(Territory territory) {
    for (const TerritoryInfo& i : table())
        if (i.territory == territory) return i;
    PARVIS_ASSERT(false, "a Territory without its row in territory.cpp's table(): add its id, label and aliases");
    return table().front();
}

std::optional<Territory> from_department_code(std::string_view insee_code) {
    const std::string code = fold(insee_code);
    if (code.size() < 2) return std::nullopt;
    const std::string three = code.substr(0, 3);
    if (code.rfind("97", 0) == 0 || code.rfind("98", 0) == 0) {
        if (code.size() >= 5 && code.rfind("97701", 0) == 0) return Territory::saint_barthelemy;
        if (code.size() >= 5 && code.rfind("97801", 0) == 0) return Territory::saint_martin;
        if (three.size() < 3) return std::nullopt;
        for (const TerritoryInfo& i : table())
            for (const std::string& alias : i.aliases)
                if (alias == three) return i.territory;
        return std::nullopt;
    }
    const std::string two = code.substr(0, 2);
    if (two == "57" || two == "67" || two == "68") return Territory::alsace_moselle;
    if (two == "2a" || two == "2b") return Territory::corse;
    return Territory::metropole;
}

std::optional<Territory> from_time_zone(std::string_view zone) {
    if (zone == "Europe/Paris") return std::nullopt;  // several territories: not a clue
    if (zone == "Pacific/Marquesas" || zone == "Pacific/Gambier") return Territory::polynesie;
    for (const TerritoryInfo& i : table())
        if (zone == i.time_zone) return i.territory;
    return std::nullopt;
}

}  // namespace

const char* territory_id(Territory territory) { return info(territory).id; }
const char* territory_label(Territory territory) { return info(territory).label; }
const char* territory_time_zone(Territory territory) { return info(territory).time_zone; }

const std::vector<Territory>& all_territories() {
    static const std::vector<Territory> all = [] {
        std::vector<Territory> v;
        for (const TerritoryInfo& i : table()) v.push_back(i.territory);
        return v;
    }();
    return all;
}

std::optional<Territory> territory_from_name(std::string_view name) {
    const std::string folded = fold(name);
    if (folded.empty()) return std::nullopt;
    for (const TerritoryInfo& i : table()) {
        if (folded == fold(i.id) || folded == fold(i.label)) return i.territory;
        for (const std::string& alias : i.aliases)
            if (folded == alias) return i.territory;
    }
    return std::nullopt;
}

Territory territory_of(const Profile& profile) {
    if (auto t = from_department_code(profile.insee_code); t && *t != Territory::metropole) return *t;
    if (auto t = territory_from_name(profile.territory)) return *t;
    // A territory text such as « Communauté de communes du Pays de Bitche (Moselle) »: look for a
    // known name inside it.
    const std::string text = " " + fold(profile.territory) + " ";
    for (const TerritoryInfo& i : table()) {
        if (i.territory == Territory::metropole) continue;
        for (const std::string& alias : i.aliases) {
            if (alias.size() < 4) continue;  // codes only match exactly
            if (text.find(" " + alias + " ") != std::string::npos) return i.territory;
        }
    }
    if (auto t = from_time_zone(profile.time_zone)) return *t;
    return Territory::metropole;
}

}  // namespace parvis::calendar
