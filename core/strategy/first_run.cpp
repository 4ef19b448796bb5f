// See first_run.h.
#include "strategy/first_run.h"

#include <algorithm>

#include "edit/account_edits.h"
#include "edit/team_edits.h"
#include "edit/workspace_edits.h"
#include "format/format.h"
#include "io/enum_names.h"
#include "io/json_read.h"
#include "io/json_types.h"
#include "strategy/charter_templates.h"

namespace parvis::strategy {
namespace {

Error invalid(const char* pointer, const char* reason, std::string_view found) {
    return io::make_error(ErrorCode::invalid_value, std::string(reason) + ": \"" + std::string(found) + "\"", pointer,
                          {{"reason", reason}, {"found", io::quote_found(found)}});
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

// An account a citizen could be sent to: a handle or a page address, and its server for Mastodon.
bool has_address(const NetworkAccount& a) {
    if (blank(a.handle) && blank(a.url)) return false;
    return a.network != Network::mastodon || !blank(a.instance) || !blank(a.url);
}

}  // namespace

TerritoryFacts territory_facts(const Profile& profile) {
    TerritoryFacts f;
    f.territory = calendar::territory_of(profile);
    f.time_zone = calendar::territory_time_zone(f.territory);
    // Polynésie française has three zones: one already chosen there is kept.
    if (f.territory == calendar::Territory::polynesie &&
        (profile.time_zone == "Pacific/Marquesas" || profile.time_zone == "Pacific/Gambier"))
        f.time_zone = profile.time_zone;
    Profile located = profile;
    located.time_zone = f.time_zone;
    f.school_zone = calendar::school_zone_of(located);
    f.alsace_moselle = f.territory == calendar::Territory::alsace_moselle;
    return f;
}

Result<Workspace> first_run_workspace(const FirstRunAnswers& answers, const std::string& id, edit::Actor actor) {
    const Profile& asked = answers.profile;
    if (blank(asked.name)) return invalid("/profile/name", "empty_name", asked.name);
    if (asked.population < 0 || asked.population > kMaxPopulation)
        return invalid("/profile/population", "integer_range", std::to_string(asked.population));
    std::size_t team = 0;
    for (const TeamMember& m : answers.team) team += blank(m.name) ? 0 : 1;
    if (team > kMaxTeam) return invalid("/people", "team_too_large", std::to_string(team));

    Workspace ws;
    ws.id = id;
    Profile profile = asked;
    profile.time_zone = territory_facts(asked).time_zone;
    if (edit::Result r = edit::replace_profile(ws, actor, profile, "first_run"); r.outcome == edit::Outcome::refused)
        return r.error;  // the reader's own rules: an INSEE code that is not one…

    // People first, so that what follows is recorded under the first one's name.
    for (const TeamMember& m : answers.team) {
        if (blank(m.name)) continue;
        Person p;
        p.id = edit::add_person(ws, actor, m.name);
        p.name = m.name;
        p.role = m.role;
        edit::update_person(ws, actor, p);
        if (actor.person_id.empty()) actor.person_id = p.id;
    }
    for (Network n : answers.networks) {
        const bool present = std::any_of(ws.accounts.begin(), ws.accounts.end(), [&](const NetworkAccount& a) { return a.network == n; });
        if (!present) edit::add_account(ws, actor, n);
    }
    if (answers.charter_template) {
        auto templates = charter_templates();
        if (!templates) return templates.error();
        if (const CharterTemplate* t = template_for(*templates, ws.profile.kind)) {
            if (edit::Result r = edit::apply_charter_template(ws, actor, instantiate_template(*t, ws), t->id);
                r.outcome == edit::Outcome::refused)
                return r.error;
        }
    }
    return ws;
}

std::vector<SetupGap> setup_gaps(const Workspace& ws, Lang lang) {
    std::vector<SetupGap> gaps;
    auto add = [&](SetupGapKind kind, std::size_t count, Args args = {}) {
        const std::string key = "setup.gap." + std::string(kSetupGapNames[static_cast<std::size_t>(kind)]);
        args.emplace_back("n", format_integer(static_cast<std::int64_t>(count), lang));
        gaps.push_back({kind, count, tr(key + (count > 1 ? ".many" : ""), lang, args), tr(key + ".where", lang)});
    };
    if (ws.profile.kind == CollectivityKind::commune && blank(ws.profile.insee_code)) add(SetupGapKind::no_insee_code, 0);

    std::size_t active = 0, without_address = 0;
    for (const NetworkAccount& a : ws.accounts) {
        if (!a.active) continue;
        ++active;
        if (!has_address(a)) ++without_address;
    }
    if (active == 0) add(SetupGapKind::no_accounts, 0);
    if (without_address > 0) add(SetupGapKind::accounts_without_address, without_address);

    if (ws.charter.message_types.empty()) add(SetupGapKind::no_charter, 0);
    if (ws.people.empty()) {
        add(SetupGapKind::no_team, 0);
    } else {
        std::vector<Role> unfilled;
        for (const MessageType& t : ws.charter.message_types)
            for (Role role : t.validation_circuit) {
                const bool held = std::any_of(ws.people.begin(), ws.people.end(), [&](const Person& p) { return p.role == role; });
                if (!held && std::find(unfilled.begin(), unfilled.end(), role) == unfilled.end()) unfilled.push_back(role);
            }
        if (!unfilled.empty()) {
            std::string roles;
            for (Role role : unfilled) {
                if (!roles.empty()) roles += ", ";
                roles += tr("strategy.role." + std::string(io::enum_name(role)), lang);
            }
            add(SetupGapKind::circuit_role_unfilled, unfilled.size(), {{"roles", roles}});
        }
    }
    if (ws.services.empty()) add(SetupGapKind::no_services, 0);
    return gaps;
}

}  // namespace parvis::strategy
