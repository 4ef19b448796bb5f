// Which local rules of the French calendar apply to a collectivité: Alsace-Moselle's two extra
// public holidays, the overseas abolition-of-slavery days, the collectivités d'outre-mer's own
// days, and the school-holiday zone. Derived from the profile (département code, territory name,
// time zone), or named explicitly on the command line.
#pragma once
#include <optional>
#include <string_view>

#include "model/workspace.h"

namespace parvis::calendar {

enum class Territory {
    metropole,
    alsace_moselle,            // Bas-Rhin (67), Haut-Rhin (68), Moselle (57)
    corse,                     // same holidays as metropolitan France; own school calendar
    guadeloupe, martinique, guyane, reunion, mayotte,
    saint_martin, saint_barthelemy, saint_pierre_et_miquelon,
    nouvelle_caledonie, polynesie, wallis_et_futuna,
};

// Stable ASCII names for the CLI and JSON: "metropole", "alsace-moselle", "guadeloupe",
// "la-reunion", "saint-pierre-et-miquelon"…
const char* territory_id(Territory territory);
// French display name: « Alsace-Moselle », « La Réunion »…
const char* territory_label(Territory territory);
// Its time zone, one of core/calendar/time_zone.h's (Polynésie française: « Pacific/Tahiti »).
const char* territory_time_zone(Territory territory);
// Every territory, in enum order.
const std::vector<Territory>& all_territories();

// Accepts the id, the French name, accents and case ignored (« Réunion », « reunion », « 974 »,
// « Moselle », « 57 »). Nothing when the name is not recognised.
std::optional<Territory> territory_from_name(std::string_view name);

// From the profile: the INSEE code's département (57/67/68, 2A/2B, 971…988), then the territory
// text, then the time zone; metropolitan France otherwise.
Territory territory_of(const Profile& profile);

}  // namespace parvis::calendar
