#include "kpi/catalogue.h"

namespace parvis::kpi {

const std::vector<KpiInfo>& kpi_catalogue() {
    static const std::vector<KpiInfo> list = {
        {"followers", ""},
        {"net_growth", ""},
        {"community_growth_rate", "%"},
        {"follower_growth_year", "%"},
        {"publications", ""},
        {"posting_frequency", "/sem."},
        {"engagements", ""},
        {"engagement_rate", "%"},
        {"engagement_rate_followers", "%"},
        {"engagement_rate_reach", "%"},
        {"engagement_rate_impressions", "%"},
        {"conversation_rate", ""},
        {"amplification_rate", ""},
        {"applause_rate", ""},
        {"conversation_per_1000", ""},
        {"amplification_per_1000", ""},
        {"applause_per_1000", ""},
        {"virality", "%"},
        {"click_through_rate", "%"},
        {"messages_received", ""},
        {"messages_answered", ""},
        {"response_rate", "%"},
        {"median_response_hours", "h", false},
        {"p90_response_hours", "h", false},
        {"median_response_business_hours", "h", false},
        {"p90_response_business_hours", "h", false},
        {"by_format", ""},
        {"by_message_type", ""},
        {"by_campaign", ""},
        {"best_time", "%"},
        {"target_progress", ""},
    };
    return list;
}

namespace {
std::string_view canonical(std::string_view id) {
    if (id == "answered_share") return "response_rate";
    if (id == "click_rate_impressions") return "click_through_rate";
    return id;
}
}  // namespace

const KpiInfo* find_kpi(std::string_view id) {
    id = canonical(id);
    for (const KpiInfo& k : kpi_catalogue())
        if (k.id == id) return &k;
    return nullptr;
}

std::string kpi_name(std::string_view id, Lang lang) {
    return tr("kpi." + std::string(canonical(id)) + ".name", lang);
}

std::string kpi_definition(std::string_view id, Lang lang) {
    return tr("kpi." + std::string(canonical(id)) + ".definition", lang);
}

}  // namespace parvis::kpi
