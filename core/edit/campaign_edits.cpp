// Edits of campaigns. See campaign_edits.h.
#include "edit/campaign_edits.h"

#include <algorithm>
#include <utility>

#include "io/workspace_json.h"
#include "model/find.h"

namespace parvis::edit {

std::string add_campaign(Workspace& ws, const Actor& actor, std::string_view name) {
    Campaign c;
    for (std::size_t n = ws.campaigns.size() + 1;; ++n) {
        c.id = "campaign-" + std::to_string(n);
        if (!find_campaign(ws, c.id)) break;
    }
    c.name = std::string(name);
    c.color = std::string(kCampaignColours[ws.campaigns.size() % kCampaignColours.size()]);
    for (std::string_view colour : kCampaignColours) {
        if (std::none_of(ws.campaigns.begin(), ws.campaigns.end(), [&](const Campaign& k) { return k.color == colour; })) {
            c.color = std::string(colour);
            break;
        }
    }
    ws.campaigns.push_back(c);
    record(ws, actor, AuditAction::campaign_add, c.id, c.name);
    return c.id;
}

Result update_campaign(Workspace& ws, const Actor& actor, const Campaign& after) {
    Campaign* campaign = find_campaign(ws, after.id);
    if (!campaign) return not_found();
    if (*campaign == after) return unchanged();
    const Campaign before = std::exchange(*campaign, after);
    if (Error e = check_invariants(ws)) {
        *find_campaign(ws, after.id) = before;
        return refused(std::move(e));
    }
    auto typed = [&](bool differs, const char* field) {
        if (differs) record_typing(ws, actor, AuditAction::campaign_edit, after.id, field);
    };
    typed(before.name != after.name, "name");
    typed(before.color != after.color, "color");
    typed(before.starts != after.starts || before.ends != after.ends, "dates");
    typed(before.description != after.description, "description");
    typed(before.objective_id != after.objective_id, "objective");
    typed(before.message_type_ids != after.message_type_ids, "message_types");
    if (before.archived != after.archived) record(ws, actor, AuditAction::campaign_archive, after.id, after.archived ? "on" : "off");
    return {};
}

Result set_campaign_archived(Workspace& ws, const Actor& actor, std::string_view campaign_id, bool archived) {
    Campaign* campaign = find_campaign(ws, campaign_id);
    if (!campaign) return not_found();
    Campaign after = *campaign;
    after.archived = archived;
    return update_campaign(ws, actor, after);
}

}  // namespace parvis::edit
