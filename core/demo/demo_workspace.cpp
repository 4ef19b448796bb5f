// Turns the demo's content tables into a workspace around `today`: places the weekly series and
// campaigns in the window, gives each post a status consistent with its date, derives plausible
// figures, fills the inbox and the audit log. Every number comes from a hash of stable inputs
// (ids, days), never from a clock or a random device, so one `today` gives one workspace.
//
// Index
// [SECTION] Deterministic variation and local time
// [SECTION] Posts: placing, status, ids
// [SECTION] Metrics
// [SECTION] Inbox and audit log
// [SECTION] Entry point
#include "demo/demo_workspace.h"

#include <algorithm>
#include <cmath>

#include "calendar/time_zone.h"
#include "demo/demo_internal.h"
#include "edit/moderation_edits.h"
#include "inbox/moderation.h"

namespace parvis {
namespace {

using namespace demo;
using namespace std::chrono_literals;

// The window of dated posts: about two months before `today` and one month after.
constexpr int kDaysBefore = 61;
constexpr int kDaysAfter = 30;

//-----------------------------------------------------------------------------
// [SECTION] Deterministic variation and local time
//-----------------------------------------------------------------------------

std::uint64_t mix(std::uint64_t x) {  // splitmix64 finaliser
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

std::uint64_t hash_text(std::string_view text, std::uint64_t seed = 0) {
    std::uint64_t h = 0xcbf29ce484222325ull ^ seed;  // FNV-1a
    for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ull;
    return mix(h);
}

// A number in [low, high) fixed by `key`.
double vary(std::string_view key, std::uint64_t salt, double low, double high) {
    const double unit = double(hash_text(key, salt) >> 11) / double(1ull << 53);
    return low + (high - low) * unit;
}

std::int64_t day_number(Day day) { return date::sys_days{day}.time_since_epoch().count(); }

// Wall-clock time in Paris to UTC. The demo never posts between 2 and 3 a.m., where a local time
// can be skipped or doubled; `later` is the usual reading there anyway.
Instant paris(Day day, int hour, int minute) {
    const LocalTime local = date::local_days{date::sys_days{day}.time_since_epoch()} + std::chrono::hours{hour} +
                            std::chrono::minutes{minute};
    return from_local(local, kTimeZone).later;
}

// "post-007": zero-padded so that ids sort like the calendar.
std::string numbered_id(const char* prefix, std::size_t n, std::size_t width) {
    std::string digits = std::to_string(n);
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return prefix + digits;
}

// "Now" in the demo: noon in Paris on `today`.
Instant demo_now(Day today) { return paris(today, 12, 0); }

//-----------------------------------------------------------------------------
// [SECTION] Posts: placing, status, ids
//-----------------------------------------------------------------------------

// Weeks counted from a Monday, so that the same calendar week always shows the same items.
std::int64_t week_index(Day day) {
    const std::int64_t since_monday = day_number(day) - day_number(date::year{1970} / date::January / 5);
    return since_monday >= 0 ? since_monday / 7 : (since_monday - 6) / 7;
}

void add_weekly_series(std::vector<PostBlueprint>& out, Day first, Day last) {
    for (date::sys_days d{first}; d <= date::sys_days{last}; d += date::days{1}) {
        const Day day{d};
        const std::int64_t week = week_index(day);
        switch (date::weekday{d}.iso_encoding()) {
            case 1: out.push_back(works_post(day, week)); break;
            case 2: {
                out.push_back(job_post(day, week));
                const unsigned dom = unsigned(day.day());
                if (dom >= 15 && dom <= 21)  // the council meets on the third Tuesday
                    for (PostBlueprint& p : council_posts(day)) out.push_back(std::move(p));
                break;
            }
            case 3:
                out.push_back(practical_post(day, week));
                out.push_back(library_post(day, week));
                break;
            case 4: out.push_back(weekend_post(day, week)); break;
            case 5: out.push_back(civic_post(day, week)); break;
            case 6: out.push_back(territory_post(day, week)); break;
            default: break;  // Sunday: the team rests, so does the calendar
        }
    }
}

// Seasonal campaigns whose posts fall in the window, instantiated for the right year.
std::vector<Campaign> add_seasonal_campaigns(std::vector<PostBlueprint>& out, Day first, Day last) {
    std::vector<Campaign> campaigns;
    for (date::year y = first.year(); y <= last.year(); ++y) {
        for (const CampaignBlueprint& blueprint : seasonal_campaigns()) {
            const Day starts = y / date::month{blueprint.start_month} / date::day{blueprint.start_day};
            const Day ends = y / date::month{blueprint.end_month} / date::day{blueprint.end_day};
            bool any_in_window = false;
            for (PostBlueprint& post : campaign_posts(blueprint.campaign.id, starts)) {
                if (*post.day < first || *post.day > last) continue;
                any_in_window = true;
                out.push_back(std::move(post));
            }
            if (!any_in_window) continue;
            Campaign campaign = blueprint.campaign;
            campaign.starts = starts;
            campaign.ends = ends;
            campaigns.push_back(std::move(campaign));
        }
    }
    return campaigns;
}

bool has_validation_circuit(const Charter& charter, const std::string& type_id) {
    for (const MessageType& type : charter.message_types)
        if (type.id == type_id) return !type.validation_circuit.empty();
    return false;
}

// The status a careful team would have reached by noon on `today`.
PostStatus status_for(const PostBlueprint& post, Day today, Instant at, Instant now, const Charter& charter) {
    if (post.forced_status) return *post.forced_status;
    if (at < now) return PostStatus::published;  // a post set for noon sharp is still to go
    const std::int64_t days_ahead = day_number(*post.day) - day_number(today);
    const bool validated_first = has_validation_circuit(charter, post.message_type_id);
    const bool coin = hash_text(post.title, 7) % 2 == 0;
    if (days_ahead <= 3) return PostStatus::scheduled;
    if (days_ahead <= 6) return validated_first && post.message_type_id == kTypeCivic ? PostStatus::to_validate
                                                                                     : PostStatus::scheduled;
    if (days_ahead <= 13) return validated_first ? PostStatus::validated : PostStatus::scheduled;
    if (days_ahead <= 20) return validated_first ? PostStatus::to_validate
                                                 : (coin ? PostStatus::draft : PostStatus::scheduled);
    return coin ? PostStatus::draft : (validated_first ? PostStatus::to_validate : PostStatus::validated);
}

// Two publications failed in the past: an expired Instagram token and a LinkedIn outage. They
// are chosen by position in time so that every `today` shows them.
bool failed_in_demo(const PostBlueprint& post, Day today) {
    const std::int64_t days_ago = day_number(today) - day_number(*post.day);
    if (post.message_type_id == kTypeTerritory && post.campaign_id.empty()) return days_ago >= 8 && days_ago <= 14;
    if (post.message_type_id == kTypeJobs && post.campaign_id.empty()) return days_ago >= 36 && days_ago <= 42;
    return false;
}

std::vector<Post> make_posts(std::vector<PostBlueprint> blueprints, Day today, const Charter& charter) {
    const Day first = add_days(today, -kDaysBefore);
    const Day last = add_days(today, kDaysAfter);
    std::erase_if(blueprints, [&](const PostBlueprint& p) { return p.day && (*p.day < first || *p.day > last); });
    // Calendar order; undated ideas last. Titles break ties so the order never depends on the
    // order the tables were read in.
    std::stable_sort(blueprints.begin(), blueprints.end(), [](const PostBlueprint& a, const PostBlueprint& b) {
        if (a.day.has_value() != b.day.has_value()) return a.day.has_value();
        if (a.day && *a.day != *b.day) return *a.day < *b.day;
        if (a.hour * 60 + a.minute != b.hour * 60 + b.minute) return a.hour * 60 + a.minute < b.hour * 60 + b.minute;
        return a.title < b.title;
    });

    const Instant now = demo_now(today);
    std::vector<Post> posts;
    int failures_left_territory = 1, failures_left_jobs = 1;
    for (PostBlueprint& bp : blueprints) {
        Post post;
        post.id = numbered_id("post-", posts.size() + 1, 3);
        post.title = bp.title;
        post.message_type_id = bp.message_type_id;
        post.campaign_id = bp.campaign_id;
        post.tags = bp.tags;
        post.owner_id = bp.owner_id;
        post.variants = bp.variants;
        if (!bp.day) {
            post.status = PostStatus::idea;
        } else {
            const Instant at = paris(*bp.day, bp.hour, bp.minute);
            post.scheduled_at = at;
            post.status = status_for(bp, today, at, now, charter);
            if (post.status == PostStatus::published && failed_in_demo(bp, today)) {
                int& left = bp.message_type_id == kTypeJobs ? failures_left_jobs : failures_left_territory;
                if (left > 0) {
                    --left;
                    post.status = PostStatus::failed;
                }
            }
            // Platforms publish a few seconds after the scheduled minute.
            if (post.status == PostStatus::published)
                post.published_at = at + std::chrono::seconds{hash_text(post.id, 3) % 50 + 2};
        }
        posts.push_back(std::move(post));
    }
    return posts;
}

//-----------------------------------------------------------------------------
// [SECTION] Metrics
//-----------------------------------------------------------------------------

struct AccountModel {
    const char* id;
    std::int64_t followers_today;
    double yearly_growth;    // share of followers gained per year
    double daily_reach;      // account reach per day, per follower
    double post_reach;       // reach of one post, per follower
    double engagement_rate;  // typical (reactions + comments + shares + saves) / reach
};

constexpr AccountModel kAccountModels[] = {
    {kFacebook, 11240, 0.08, 0.12, 0.30, 0.022},
    {kInstagram, 4870, 0.15, 0.09, 0.28, 0.032},
    {kX, 3415, 0.02, 0.05, 0.10, 0.017},
    {kLinkedIn, 2960, 0.20, 0.04, 0.22, 0.026},
    {kMastodon, 742, 0.35, 0.15, 0.45, 0.030},
};

const AccountModel& model_of(const std::string& account_id) {
    for (const AccountModel& m : kAccountModels)
        if (account_id == m.id) return m;
    return kAccountModels[0];
}

// Followers grow steadily towards today's figure.
std::int64_t followers_on(const AccountModel& m, Day day, Day today) {
    const double years_before = double(day_number(today) - day_number(day)) / 365.0;
    return std::llround(double(m.followers_today) / (1.0 + m.yearly_growth * years_before));
}

std::vector<AccountSnapshot> make_snapshots(Day today) {
    std::vector<AccountSnapshot> out;
    const Day first = add_days(today, -kDaysBefore);
    for (const AccountModel& m : kAccountModels) {
        for (date::sys_days d{first}; d <= date::sys_days{today}; d += date::days{1}) {
            if (date::weekday{d} != date::Monday) continue;  // weekly import, on Mondays
            const Day day{d};
            const std::string key = std::string(m.id) + date::format("%F", d);
            AccountSnapshot s;
            s.account_id = m.id;
            s.day = day;
            const std::int64_t followers = followers_on(m, day, today);
            s.followers = followers;
            // Mastodon gives no reach nor impressions: missing, never zero.
            if (std::string_view(m.id) != kMastodon) {
                const std::int64_t reach = std::llround(double(followers) * m.daily_reach * vary(key, 1, 0.8, 1.25));
                s.reach = reach;
                s.impressions = std::llround(double(reach) * vary(key, 2, 1.3, 1.8));
            }
            out.push_back(s);
        }
    }
    return out;
}

double type_boost(const std::string& type_id, const std::string& account_id) {
    if (type_id == kTypeAlert) return 2.2;
    if (type_id == kTypeJobs && account_id == kLinkedIn) return 1.5;
    if (type_id == kTypeTerritory && account_id == kInstagram) return 1.3;
    if (type_id == kTypeAgenda) return 1.1;
    return 1.0;
}

std::vector<PostMetrics> make_post_metrics(const std::vector<Post>& posts, Day today) {
    std::vector<PostMetrics> out;
    for (const Post& post : posts) {
        if (post.status != PostStatus::published || !post.published_at) continue;
        const Day day{date::floor<date::days>(*post.published_at)};
        const std::int64_t age = day_number(today) - day_number(day);
        // Most of a post's reach comes in its first 48 hours.
        const double maturity = age <= 0 ? 0.35 : age == 1 ? 0.75 : 1.0;
        for (const PostVariant& v : post.variants) {
            const AccountModel& m = model_of(v.account_id);
            const std::string key = post.id + v.account_id;
            PostMetrics pm;
            pm.post_id = post.id;
            pm.account_id = v.account_id;
            pm.day = today;
            const std::int64_t reach = std::llround(double(followers_on(m, day, today)) * m.post_reach *
                                    type_boost(post.message_type_id, v.account_id) * vary(key, 1, 0.6, 1.4) * maturity);
            const double rate = std::clamp(m.engagement_rate * vary(key, 3, 0.7, 1.3), 0.012, 0.045);
            const std::int64_t engagements = std::llround(double(reach) * rate);
            const std::int64_t comments = std::llround(double(engagements) * vary(key, 4, 0.06, 0.14));
            std::int64_t shares = std::llround(double(engagements) * vary(key, 5, 0.08, 0.2));
            std::int64_t saves = 0;
            if (v.account_id == kInstagram) {  // Instagram: saves rather than shares
                saves = shares;
                shares /= 3;
            }
            pm.comments = comments;
            pm.shares = shares;
            pm.reactions = std::max<std::int64_t>(0, engagements - comments - shares - saves);
            // Only Instagram counts saves; Mastodon gives no reach nor impressions (missing, not 0).
            if (v.account_id == kInstagram) pm.saves = saves;
            if (v.account_id != kMastodon) {
                pm.reach = reach;
                pm.impressions = std::llround(double(reach) * vary(key, 2, 1.1, 1.5));
            }
            const bool has_link = !v.link.empty() || v.text.find("https://") != std::string::npos;
            if (has_link && v.account_id != kMastodon)
                pm.clicks = std::llround(double(reach) * vary(key, 6, 0.01, 0.03));
            bool has_video = false;
            for (const Media& media : v.media) has_video = has_video || media.kind == MediaKind::video;
            if (has_video) pm.video_views = std::llround(double(reach) * vary(key, 7, 0.3, 0.6));
            out.push_back(pm);
        }
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Inbox and audit log
//-----------------------------------------------------------------------------

bool starts_with(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

// The latest post published on `account_id` before `before` whose title starts with `prefix`.
std::string latest_post(const std::vector<Post>& posts, const std::string& account_id, const std::string& prefix,
                        Instant before) {
    std::string found;
    Instant best{};
    for (const Post& p : posts) {
        if (p.status != PostStatus::published || !p.published_at || *p.published_at >= before) continue;
        if (!starts_with(p.title, prefix)) continue;
        const bool on_account = std::any_of(p.variants.begin(), p.variants.end(),
                                            [&](const PostVariant& v) { return v.account_id == account_id; });
        if (on_account && (found.empty() || *p.published_at > best)) {
            found = p.id;
            best = *p.published_at;
        }
    }
    return found;
}

std::vector<InboxMessage> make_messages(const std::vector<Post>& posts, Day today) {
    std::vector<InboxMessage> out;
    for (const MessageBlueprint& bp : demo_messages()) {
        InboxMessage m;
        m.account_id = bp.account_id;
        m.channel = bp.channel;
        m.author = bp.author;
        m.received_at = paris(add_days(today, -bp.days_ago), bp.hour, bp.minute);
        m.text = bp.text;
        if (!bp.about_post.empty()) m.post_id = latest_post(posts, bp.account_id, bp.about_post, m.received_at);
        m.status = bp.status;
        m.service_id = bp.service_id;
        m.reply = bp.reply;
        if (!bp.reply.empty()) m.replied_at = m.received_at + std::chrono::minutes{bp.reply_after_minutes};
        if (bp.forward_after_minutes > 0) m.forwarded_at = m.received_at + std::chrono::minutes{bp.forward_after_minutes};
        if (bp.service_answer_after_minutes > 0)
            m.service_answered_at = m.received_at + std::chrono::minutes{bp.service_answer_after_minutes};
        m.assignee_id = bp.assignee_id;
        out.push_back(std::move(m));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const InboxMessage& a, const InboxMessage& b) { return a.received_at < b.received_at; });
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].id = numbered_id("msg-", i + 1, 2);
    }
    return out;
}

const Post* first_post(const std::vector<Post>& posts, PostStatus status, const char* type_id = nullptr) {
    for (const Post& p : posts)
        if (p.status == status && (!type_id || p.message_type_id == type_id)) return &p;
    return nullptr;
}

constexpr const char* kModerationComment = "Injure et diffamation envers le maire (charte de modération). Capture conservée.";

// The moderation log of the hidden messages: the decision of the audit entry above, with the
// message's evidence (edit/moderation_edits.h writes the same entry when the desk hides one).
std::vector<ModerationEntry> make_moderation_log(const Workspace& ws) {
    std::vector<ModerationEntry> out;
    for (const InboxMessage& m : ws.messages) {
        if (m.status != MessageStatus::hidden) continue;
        ModerationEntry e;
        e.id = "mod-" + std::to_string(out.size() + 1);
        e.at = m.received_at + 10h;
        e.person_id = kCommunityManager;
        e.message_id = m.id;
        e.category = ModerationCategory::insult;
        e.rule_index = inbox::charter_rule_index(ws.charter.moderation, e.category);
        e.article = inbox::charter_article(ws.charter.moderation, e.rule_index, e.category, Lang::fr);
        e.action = ModerationAction::hide;
        e.evidence = edit::evidence_of(m, ws);
        e.comment = kModerationComment;
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<AuditEntry> make_audit(const std::vector<Post>& posts, const std::vector<InboxMessage>& messages,
                                   Day today) {
    std::vector<AuditEntry> out;
    out.push_back({paris(add_days(today, -45), 10, 5), kCommunicationDirector, "charter.edit", "",
                   "preferred_words", "Ajout de « administrés » → « habitants »."});
    for (const Post& p : posts) {
        if (p.status == PostStatus::failed) {
            const bool instagram = p.message_type_id == kTypeTerritory;
            out.push_back({*p.scheduled_at + 25min, kCommunityManager, "post.status", p.id, "scheduled>failed",
                           instagram ? "Instagram a refusé la publication (jeton d’accès expiré). "
                                       "Compte reconnecté ; publication non reprogrammée, la photo sera reprise plus tard."
                                     : "LinkedIn indisponible à l’heure prévue. Offre publiée "
                                       "à la main le lendemain."});
        }
        if (p.status == PostStatus::cancelled) {
            const bool past = *p.scheduled_at < demo_now(today);
            out.push_back({past ? *p.scheduled_at - 24h - 50min : paris(add_days(today, -1), 15, 20), kCommunityManager2,
                           "post.status", p.id, "scheduled>cancelled",
                           past ? "Vigilance orange, la randonnée est reportée."
                                : "L’intervenant de l’Agglomération est indisponible, atelier reporté."});
        }
    }
    if (const Post* p = first_post(posts, PostStatus::validated, kTypeCivic)) {
        out.push_back({paris(add_days(today, -3), 11, 0), p->owner_id, "post.status", p->id, "draft>to_validate", ""});
        out.push_back({paris(add_days(today, -2), 9, 40), kDgs, "post.approve", p->id, "",
                       "Visa DGS : relu, rien à signaler."});
        // The last step of the circuit (core/strategy/circuit.h): the approval, then the status.
        out.push_back({paris(add_days(today, -1), 18, 15), kElected, "post.approve", p->id, "", "OK pour moi."});
        out.push_back({paris(add_days(today, -1), 18, 15), kElected, "post.status", p->id, "to_validate>validated", "OK pour moi."});
    }
    if (const Post* p = first_post(posts, PostStatus::to_validate, kTypeCivic)) {
        out.push_back({paris(add_days(today, -1), 16, 5), p->owner_id, "post.status", p->id, "draft>to_validate", ""});
        out.push_back({paris(today, 9, 10), kDgs, "post.comment", p->id, "",
                       "Relu : une phrase à raccourcir dans le premier paragraphe, puis je valide."});
    }
    for (const InboxMessage& m : messages)
        if (m.status == MessageStatus::hidden)
            out.push_back({m.received_at + 10h, kCommunityManager, "message.moderate", m.id, "hide:insult",
                           kModerationComment});
    std::stable_sort(out.begin(), out.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.at < b.at; });
    return out;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------

Workspace demo_workspace(Day today) {
    Workspace ws;
    ws.id = "demo-saint-exemple";
    ws.profile = demo_profile();
    ws.accounts = demo_accounts();
    ws.objectives = demo_objectives(today);
    ws.charter = demo_charter();
    ws.people = demo_people();
    ws.services = demo_services();

    const Day first = add_days(today, -kDaysBefore);
    const Day last = add_days(today, kDaysAfter);
    std::vector<PostBlueprint> blueprints;
    add_weekly_series(blueprints, first, last);
    ws.campaigns = add_seasonal_campaigns(blueprints, first, last);
    ws.campaigns.push_back(budget_campaign(today));
    for (PostBlueprint& p : budget_posts(today)) blueprints.push_back(std::move(p));
    for (PostBlueprint& p : one_off_posts(today)) blueprints.push_back(std::move(p));
    blueprints.push_back(achievement_draft(today));
    ws.posts = make_posts(std::move(blueprints), today, ws.charter);
    ws.posts.push_back(council_reminder(today));
    ws.elections = {demo_election(today)};

    ws.metrics.snapshots = make_snapshots(today);
    ws.metrics.posts = make_post_metrics(ws.posts, today);
    ws.messages = make_messages(ws.posts, today);
    ws.audit = make_audit(ws.posts, ws.messages, today);
    ws.moderation_log = make_moderation_log(ws);
    ws.reply_templates = demo_reply_templates();
    return ws;
}

}  // namespace parvis
