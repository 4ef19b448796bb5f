// Shared by the demo's files only: ids, the post blueprint the content tables fill in, and small
// helpers for French dates in texts. Content (French texts) lives in demo_*_content.cpp files;
// demo_workspace.cpp turns blueprints into posts with statuses, metrics and an inbox.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/workspace.h"

namespace parvis::demo {

// [SECTION] Ids shared across the demo's tables
inline constexpr const char* kFacebook = "acc-facebook";
inline constexpr const char* kInstagram = "acc-instagram";
inline constexpr const char* kX = "acc-x";
inline constexpr const char* kLinkedIn = "acc-linkedin";
inline constexpr const char* kMastodon = "acc-mastodon";

inline constexpr const char* kTypeCivic = "type-vie-municipale";
inline constexpr const char* kTypeServices = "type-services";
inline constexpr const char* kTypeAlert = "type-alerte";
inline constexpr const char* kTypeAgenda = "type-agenda";
inline constexpr const char* kTypeJobs = "type-recrutement";
inline constexpr const char* kTypeTerritory = "type-territoire";

inline constexpr const char* kCommunityManager = "p-camille";
inline constexpr const char* kCommunityManager2 = "p-yanis";
inline constexpr const char* kCommunicationDirector = "p-helene";
inline constexpr const char* kDgs = "p-marc";
inline constexpr const char* kElected = "p-nathalie";
inline constexpr const char* kHrContributor = "p-julien";
inline constexpr const char* kLibraryContributor = "p-ines";
inline constexpr const char* kWorksContributor = "p-thomas";

inline constexpr const char* kTimeZone = "Europe/Paris";
inline constexpr const char* kSite = "https://www.saint-exemple.fr";

// [SECTION] Blueprints
// A post before the generator gives it an id, a status and UTC times.
struct PostBlueprint {
    std::string title;
    std::string message_type_id;
    std::string campaign_id;
    std::vector<std::string> tags;
    std::string owner_id = kCommunityManager;
    std::optional<Day> day;          // none: an idea not yet placed in the calendar
    int hour = 12;                   // local time, Europe/Paris
    int minute = 0;
    std::optional<PostStatus> forced_status;  // cancelled/failed stories; else from the date
    std::vector<PostVariant> variants;
};

// A seasonal campaign: which days of the year it covers; its posts are placed relative to
// `starts` in the year being generated.
struct CampaignBlueprint {
    Campaign campaign;  // starts/ends filled per year by the generator
    unsigned start_month, start_day, end_month, end_day;
};

// [SECTION] Content tables (demo_*_content.cpp)
Profile demo_profile();
std::vector<NetworkAccount> demo_accounts();
std::vector<Objective> demo_objectives(Day today);
Charter demo_charter();
std::vector<Person> demo_people();
std::vector<Service> demo_services();

// Weekly series: the post of that series for the week holding `day` (day has the series'
// weekday). `week_index` picks the item from the series' table.
PostBlueprint works_post(Day monday, std::int64_t week_index);
PostBlueprint job_post(Day tuesday, std::int64_t week_index);
PostBlueprint practical_post(Day wednesday, std::int64_t week_index);
PostBlueprint library_post(Day wednesday, std::int64_t week_index);
PostBlueprint weekend_post(Day thursday, std::int64_t week_index);
PostBlueprint civic_post(Day friday, std::int64_t week_index);
PostBlueprint territory_post(Day saturday, std::int64_t week_index);
// The two posts of a council meeting held on `meeting` (announcement, live on the evening).
std::vector<PostBlueprint> council_posts(Day meeting);

// Seasonal campaigns and their posts for the campaign instance starting on `starts`.
std::vector<CampaignBlueprint> seasonal_campaigns();
std::vector<PostBlueprint> campaign_posts(const std::string& campaign_id, Day starts);
// The participatory budget runs around `today` whatever the season.
Campaign budget_campaign(Day today);
std::vector<PostBlueprint> budget_posts(Day today);
// Alerts and prevention, one-off stories (cancelled outing, cancelled workshop), undated ideas.
std::vector<PostBlueprint> one_off_posts(Day today);
// Calendar stories (demo_calendar_content.cpp): the coming election, a draft the pre-electoral
// guard flags, and a recurring post (not a blueprint: it carries its recurrence rule).
std::vector<ReplyTemplate> demo_reply_templates();
Election demo_election(Day today);
PostBlueprint achievement_draft(Day today);
Post council_reminder(Day today);

// Inbox: the messages, with a reference to the kind of post they answer.
struct MessageBlueprint {
    std::string account_id;
    MessageChannel channel = MessageChannel::comment;
    std::string author;
    int days_ago = 0;
    int hour = 9, minute = 0;
    std::string text;
    std::string about_post;    // title prefix of the post commented on ("" : none); the
                               // generator picks the latest published one on that account
    MessageStatus status = MessageStatus::unread;
    std::string service_id;
    std::string reply;
    int reply_after_minutes = 0;  // 0: no reply
    // The hand-off to the service and its answer, in minutes after reception (0: none), and who
    // handles the message: the response-time figures (core/kpi/response_times.h) need them.
    int forward_after_minutes = 0;
    int service_answer_after_minutes = 0;
    std::string assignee_id;
};
std::vector<MessageBlueprint> demo_messages();

// [SECTION] Helpers
Day add_days(Day day, int days);
// « samedi 5 décembre », « lundi 1er juin »: a day in running French text.
std::string french_day(Day day);
// « 5 décembre »
std::string french_date(Day day);
Media image(std::string name, std::string alt_text);
PostVariant variant(const char* account_id, std::string text, std::vector<Media> media = {},
                    std::string link = {}, std::string first_comment = {});

}  // namespace parvis::demo
