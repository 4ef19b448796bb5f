// Edits of campaigns (Calendrier › Campagnes): add, change, archive. Each takes the person acting
// and writes its audit entry in codes. A campaign is never deleted: posts and figures keep
// referring to it; archiving takes it out of the choices.
#pragma once
#include <array>
#include <string>
#include <string_view>

#include "edit/audit_log.h"
#include "edit/edit_result.h"
#include "model/workspace.h"

namespace parvis::edit {

// The colours offered for a campaign: mid-tone, so that white text on them and the colour itself
// on the light and the dark theme's background are all readable.
inline constexpr std::array<std::string_view, 8> kCampaignColours = {
    "#2f6db5", "#2e8555", "#b8621b", "#8a4fbf", "#1d8a8f", "#c0392b", "#7a7f1f", "#b5487f",
};

// A new campaign named `name`, with the first palette colour no other campaign uses. Audit
// « campaign.add », detail the name. Returns its id ("campaign-N").
std::string add_campaign(Workspace& ws, const Actor& actor, std::string_view name);

// Replaces the campaign whose id is `after.id` by `after` (the id cannot change). Refused when the
// workspace would break a rule (end before start, a colour that is not #rrggbb, an objective or a
// message type that does not exist), with the error pointing at it. Audit « campaign.edit » with
// the field code (name, color, dates, description, objective, message_types; one entry while
// typing), « campaign.archive » with « on » / « off ».
Result update_campaign(Workspace& ws, const Actor& actor, const Campaign& after);

// Archives (true) or restores the campaign. Audit « campaign.archive », detail « on » / « off ».
Result set_campaign_archived(Workspace& ws, const Actor& actor, std::string_view campaign_id, bool archived);

}  // namespace parvis::edit
