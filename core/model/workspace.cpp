#include "model/workspace.h"

namespace parvis {

const std::vector<std::string>& supported_time_zones() {
    // Metropolitan France first, then the overseas collectivités: the DROM (Guadeloupe,
    // Martinique, Guyane, La Réunion, Mayotte), then Saint-Pierre-et-Miquelon and the Pacific
    // (Nouvelle-Calédonie, Polynésie française with its three zones, Wallis-et-Futuna).
    static const std::vector<std::string> zones = {
        "Europe/Paris",       "America/Guadeloupe", "America/Martinique", "America/Cayenne",
        "Indian/Reunion",     "Indian/Mayotte",     "America/Miquelon",   "Pacific/Noumea",
        "Pacific/Tahiti",     "Pacific/Marquesas",  "Pacific/Gambier",    "Pacific/Wallis",
    };
    return zones;
}

}  // namespace parvis
