// The first-run path « Créer l'espace de ma collectivité » (issue 18): what the territory implies,
// the workspace built from the answers, and the list of what is still missing.
//
// Every step can be skipped: an answer left empty leaves its part of the workspace empty, and
// setup_gaps() says so (« 2 comptes sans adresse », « aucun service »). The workspace is built
// with the edit functions of core/edit/ (add_account, apply_charter_template, add_person…), so
// its audit log tells how it was set up, like any later change.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "calendar/school_holidays.h"
#include "calendar/territory.h"
#include "edit/audit_log.h"
#include "error.h"
#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::strategy {

//-----------------------------------------------------------------------------
// [SECTION] What the territory implies
//-----------------------------------------------------------------------------

// Derived from the profile (INSEE code first, then the territory text): shown for confirmation,
// since they drive the holidays, the school periods and every time the app displays.
struct TerritoryFacts {
    calendar::Territory territory = calendar::Territory::metropole;
    std::string time_zone;                 // IANA name (calendar::territory_time_zone)
    calendar::SchoolZone school_zone = calendar::SchoolZone::a;
    bool alsace_moselle = false;           // two more public holidays (Vendredi saint, 26 décembre)
};
TerritoryFacts territory_facts(const Profile& profile);

//-----------------------------------------------------------------------------
// [SECTION] The answers, and the workspace they make
//-----------------------------------------------------------------------------

struct TeamMember {
    std::string name;
    Role role = Role::community_manager;
};

struct FirstRunAnswers {
    Profile profile;                   // name, kind, INSEE code, population; time zone derived
    std::vector<Network> networks;     // each becomes an active account, address still to fill
    bool charter_template = true;      // the charter template that fits the kind
    std::vector<TeamMember> team;      // people who use the app; members without a name are skipped
};

// Limits of the answers (the form's fields are bounded by them too).
inline constexpr std::int64_t kMaxPopulation = 100'000'000;
inline constexpr std::size_t kMaxTeam = 50;

// The workspace with id `id`, built by the edit functions on behalf of `actor` (its person id is
// replaced by the first team member's once the team exists). Errors (invalid_value, with the
// JSON pointer of the answer): an empty name, a commune's INSEE code that is not one (« 75056 »,
// « 2A004 »), a population below 0 or above kMaxPopulation, more than kMaxTeam people.
Result<Workspace> first_run_workspace(const FirstRunAnswers& answers, const std::string& id, edit::Actor actor);

//-----------------------------------------------------------------------------
// [SECTION] What is still missing
//-----------------------------------------------------------------------------

enum class SetupGapKind {
    no_insee_code,          // a commune without its INSEE code: holidays and school zone guessed
    no_accounts,            // no active network account
    accounts_without_address,  // active accounts with neither handle nor page URL (Mastodon: no instance)
    no_charter,             // no message type: no mix, no validation circuit
    no_team,                // nobody: no owner for posts, nobody to validate
    circuit_role_unfilled,  // roles a validation circuit goes through that nobody holds
    no_services,            // no service to route citizens' questions to
};
inline constexpr std::array<std::string_view, 7> kSetupGapNames = {
    "no_insee_code", "no_accounts", "accounts_without_address", "no_charter", "no_team",
    "circuit_role_unfilled", "no_services",
};
static_assert(kSetupGapNames.size() == static_cast<std::size_t>(SetupGapKind::no_services) + 1,
              "kSetupGapNames: one name per SetupGapKind, in the enum's order");

struct SetupGap {
    SetupGapKind kind = SetupGapKind::no_accounts;
    std::size_t count = 0;     // accounts without address, unfilled roles; 0 otherwise
    std::string message;       // « 2 comptes sans adresse »
    std::string where;         // where to fix it: « Stratégie › Profil et comptes »
    bool operator==(const SetupGap&) const = default;
};

// In the order the first-run path asks for them; empty when the workspace is ready.
std::vector<SetupGap> setup_gaps(const Workspace& ws, Lang lang = Lang::fr);

}  // namespace parvis::strategy
