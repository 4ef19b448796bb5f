// The workspace: one document per collectivité. Plain data, no behaviour beyond defaults and
// equality; reading, writing and checking live in core/io/. Later features (calendar, tone
// checker, inbox, KPIs) add behaviour around these types, never a second copy of the data.
//
// Index
// [SECTION] Vocabulary (enums)
// [SECTION] Profile and network accounts
// [SECTION] Strategy: objectives, editorial charter, people
// [SECTION] Calendar: campaigns, posts
// [SECTION] Metrics, inbox, services, audit log
// [SECTION] The workspace
//
// Time: instants are UTC (`Instant`, seconds) and shown in the collectivité's time zone
// (Profile::time_zone); calendar days without a time are `Day`. Ids are short strings unique
// within their collection; references hold the id ("" means none).
//
// Security: access tokens of the platforms are never part of the workspace, so they never reach
// an export; the platform layer keeps them apart.
#pragma once
#include <date/date.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace parvis {

using Instant = date::sys_seconds;    // a UTC instant, to the second
using Day = date::year_month_day;     // a calendar day

// A time of day in minutes after midnight (business hours): 8:30 is 510.
struct TimeOfDay {
    int minutes = 0;
    bool operator==(const TimeOfDay&) const = default;
};

//-----------------------------------------------------------------------------
// [SECTION] Vocabulary (enums)
// Each enum has its JSON names in core/io/enum_names.h; adding a value means adding its name.
//-----------------------------------------------------------------------------

enum class CollectivityKind { commune, epci, departement, region };

enum class Network {
    facebook, instagram, x, linkedin, mastodon, bluesky, threads,
    youtube, tiktok, snapchat, pinterest, whatsapp,
};

enum class PostStatus {
    idea,         // idée
    draft,        // brouillon
    to_validate,  // à valider
    validated,    // validé
    scheduled,    // programmé
    published,    // publié
    failed,       // échec
    cancelled,    // annulé
};

enum class MediaKind { image, video, document, link_preview };

// The format of a published post, for the KPI « performance par format ». Unset on a post: derived
// from its media (kpi::post_format).
enum class PostFormat { photo, video, reel, carousel, text, link, story, live };

enum class Register { vous, tu };
enum class EmojiPolicy { none, sparing, free };
enum class ExclamationPolicy { avoid, sparing, free };
enum class InclusiveWriting { none, doublets_and_epicene, median_point_allowed };

enum class ModerationCategory {
    insult, defamation, hate, personal_data, advertising, electoral_propaganda, off_topic,
};
enum class ModerationAction { hide, remove, ban, report_pharos };

enum class Role {
    community_manager, social_media_manager, validator_dgs, validator_elected,
    communication_director, contributor,
};

// phone, desk and email: a message received elsewhere and entered by hand on the desk.
enum class MessageChannel { comment, private_message, mention, review, phone, desk, email };
// A message received off the networks (entered by hand) belongs to no account.
constexpr bool received_off_network(MessageChannel c) {
    return c == MessageChannel::phone || c == MessageChannel::desk || c == MessageChannel::email;
}

// Calendar (issue 5): how a post repeats, and which elections are coming.
enum class RecurrenceFrequency { weekly, monthly };
enum class ElectionKind {
    municipales, communautaires, departementales, regionales, legislatives, presidentielle,
    europeennes, territoriales,  // territoriales: Corse, Guyane, Martinique, overseas assemblies
};
// forwarded: the hand-off went to the service (« transmis au service »); waiting_service: the
// desk waits for the service's answer before replying (« en attente de réponse du service »).
enum class MessageStatus { unread, assigned, forwarded, waiting_service, answered, closed, hidden };
enum class MessagePriority { normal, high, urgent };

//-----------------------------------------------------------------------------
// [SECTION] Profile and network accounts
//-----------------------------------------------------------------------------

struct Profile {
    std::string name;                       // « Ville de Saint-Exemple »
    CollectivityKind kind = CollectivityKind::commune;
    std::int64_t population = 0;
    std::string insee_code;                 // commune: 5 characters (2A/2B for Corse); else free
    std::string time_zone = "Europe/Paris"; // IANA name, one of the supported zones
    std::string territory;                  // département, région, intercommunalité…
    bool operator==(const Profile&) const = default;
};

struct NetworkAccount {
    std::string id;
    Network network = Network::facebook;
    std::string handle;    // @ville_exemple, page name…
    std::string url;
    std::string instance;  // Mastodon server (« mastodon.social »), empty elsewhere
    bool active = true;
    std::optional<Day> opened_on;
    // Where the last relève of mentions stopped (Mastodon: the newest notification id read). Kept
    // in the workspace, not on the device: undoing a relève takes the cursor back with its
    // messages, so the next one brings them again, and another device goes on from here.
    std::string messages_cursor;
    bool operator==(const NetworkAccount&) const = default;
};

//-----------------------------------------------------------------------------
// [SECTION] Strategy: objectives, editorial charter, people
//-----------------------------------------------------------------------------

// A measurable target bound to a KPI: « taux d'engagement par portée ≥ 3 % ».
struct Target {
    std::string kpi;           // KPI identifier (« engagement_rate_reach », « median_response_hours »…)
    std::string comparison = ">=";  // ">=" or "<="
    double value = 0;
    std::string unit;          // « % », « h », « abonnés »
    std::string network_id;    // account it applies to, "" for all
    bool operator==(const Target&) const = default;
};

struct Objective {
    std::string id;
    std::string title;         // « Informer », « Recruter »…
    std::string description;
    std::vector<Target> targets;
    std::optional<Day> horizon;
    std::string kind;          // standard objective (core/strategy/objectives.h): "inform",
                               // "alert", "recruit"…, "custom"; "" : guessed from the title
    bool operator==(const Objective&) const = default;
};

struct MessageType {
    std::string id;
    std::string name;          // « Vie municipale », « Alerte »…
    double target_share = 0;   // share of the mix, 0..1
    std::vector<Role> validation_circuit;  // roles that approve, in order; empty: no validation
    bool operator==(const MessageType&) const = default;
};

struct WordRule {
    std::string word;          // forbidden word, or the word to replace
    std::string replacement;   // preferred wording ("" for a plain ban)
    std::string reason;
    bool operator==(const WordRule&) const = default;
};

struct RhythmRule {
    std::string account_id;
    int min_per_week = 0;
    int max_per_week = 0;      // 0: no maximum
    int max_per_day = 0;       // 0: no maximum
    bool operator==(const RhythmRule&) const = default;
};

struct BusinessHours {
    std::vector<int> weekdays = {1, 2, 3, 4, 5};  // ISO: 1 Monday … 7 Sunday
    TimeOfDay opens{8 * 60 + 30};
    TimeOfDay closes{17 * 60 + 30};
    double response_time_hours = 4;               // commitment, in working hours
    bool operator==(const BusinessHours&) const = default;
};

struct ModerationRule {
    ModerationCategory category = ModerationCategory::insult;
    std::vector<ModerationAction> actions;
    bool operator==(const ModerationRule&) const = default;
};

struct ModerationCharter {
    std::vector<ModerationRule> rules;
    bool moderation_after_publication = true;
    std::string public_text;   // the charter as published on the page
    // The person the community manager alerts when a thread turns hostile (the director of
    // communication, the DGS, an élu): a person of the team, "" when the charter names nobody.
    std::string alert_person_id;
    bool operator==(const ModerationCharter&) const = default;
};

struct Charter {
    std::vector<MessageType> message_types;
    std::vector<std::string> audiences;
    Register register_ = Register::vous;
    bool humour = true;
    EmojiPolicy emoji = EmojiPolicy::sparing;
    ExclamationPolicy exclamation = ExclamationPolicy::sparing;
    InclusiveWriting inclusive = InclusiveWriting::doublets_and_epicene;
    std::vector<WordRule> forbidden_words;
    std::vector<WordRule> preferred_words;
    std::string signature;
    int max_hashtags = 3;
    bool camel_case_hashtags = true;
    std::vector<RhythmRule> rhythm;
    BusinessHours business_hours;
    ModerationCharter moderation;
    bool operator==(const Charter&) const = default;
};

struct Person {
    std::string id;
    std::string name;
    Role role = Role::community_manager;
    std::string email;
    std::string service_id;
    bool operator==(const Person&) const = default;
};

// The optional passphrase of a person, asked when the person is chosen at start: a salted hash
// (core/strategy/passphrase.h), never the passphrase. It separates roles on a shared device; it
// does not protect against the device's owner, who can read the workspace.
struct PersonPassphrase {
    std::string person_id;
    std::string hash;
    bool operator==(const PersonPassphrase&) const = default;
};

// The networks assistant's settings (core/strategy/network_scoring.h): the criteria weights,
// the hours a week the team can give, and the user's choices over the recommended set.
struct CriterionWeight {
    std::string criterion;     // "audience", "local_reach", "production"…
    double weight = 0;         // 0..10
    bool operator==(const CriterionWeight&) const = default;
};

struct NetworkChoice {
    Network network = Network::facebook;
    bool selected = true;      // the user keeps (true) or drops (false) it, whatever the score
    std::string reason;        // why the user overrides the recommendation
    bool operator==(const NetworkChoice&) const = default;
};

struct StrategySettings {
    std::vector<CriterionWeight> weights;  // a criterion not listed has its default weight
    double hours_per_week = 0;             // 0: not said, the profile's default is used
    std::vector<NetworkChoice> choices;
    bool operator==(const StrategySettings&) const = default;
};

//-----------------------------------------------------------------------------
// [SECTION] Calendar: campaigns, posts
//-----------------------------------------------------------------------------

struct Campaign {
    std::string id;
    std::string name;
    std::string color = "#2f6db5";  // #rrggbb, for the calendar
    std::optional<Day> starts;
    std::optional<Day> ends;
    std::string description;
    std::string objective_id;                   // the Objective it serves, "" for none
    std::vector<std::string> message_type_ids;  // the charter's message types it uses
    bool archived = false;     // over: kept for the KPIs and old posts, no longer offered
    bool operator==(const Campaign&) const = default;
};

struct Media {
    MediaKind kind = MediaKind::image;
    std::string name;        // file name or URL
    std::string alt_text;    // required for images (RGAA); checked by the tone checker
    bool subtitles = false;  // videos
    // An image added in Rédaction: its bytes live outside the workspace (the browser's
    // IndexedDB, a backup's media/ folder), named by their content so that a backup holds each
    // file once and its round trip is byte-identical (core/media/media_ref.h). Empty for media
    // known only by name (imports, older files).
    std::string sha256;        // of the bytes, 64 lower-case hex digits
    std::string mime;          // « image/jpeg »: what the bytes are, read from their signature
    std::int64_t bytes = 0;    // their size
    int width = 0;             // pixels, as the browser decoded the image; 0 when unknown
    int height = 0;
    bool operator==(const Media&) const = default;
};

// The text of a post as published on one account.
struct PostVariant {
    std::string account_id;
    std::string text;
    std::vector<Media> media;
    std::string link;
    std::string first_comment;
    std::string external_id;  // the platform's id once published (imports match on it)
    std::string permalink;    // the published post's address on the platform
    // Scheduled on the platform itself (Mastodon's scheduled status, Facebook's
    // scheduled_publish_time): the time it holds, so that moving or cancelling the post in Parvis
    // is carried there (core/connect/remote_schedule.h). Unset once published or cancelled there.
    std::optional<Instant> remote_at;
    bool operator==(const PostVariant&) const = default;
};

// How a post repeats (« tous les mardis : rappel du conseil municipal »). Occurrences are the days
// of the rule from the post's scheduled_at on, at its wall-clock time in the collectivité's zone
// (core/calendar/recurrence.h expands them). Ends at `until` (a local day, included) or after
// `count` occurrences (0: no count), whichever comes first; neither means no end.
struct Recurrence {
    RecurrenceFrequency frequency = RecurrenceFrequency::weekly;
    int interval = 1;                 // every `interval` weeks or months
    std::vector<int> weekdays;        // weekly: ISO 1 Monday … 7 Sunday; empty: the first day's
    int month_day = 0;                // monthly: 1..31 (a short month uses its last day)
    int month_week = 0;               // monthly: 1..4 nth weekday, -1 the last; with month_weekday
    int month_weekday = 0;            // ISO weekday for month_week; when month_day and month_week
                                      // are both 0, the first occurrence's day of month is used
    std::optional<Day> until;
    int count = 0;
    std::vector<Day> exceptions;      // local days skipped (they still count towards `count`)
    bool operator==(const Recurrence&) const = default;
};

struct Post {
    std::string id;
    std::string title;           // internal name in the calendar
    std::string message_type_id;
    std::string campaign_id;
    std::vector<std::string> tags;
    std::string owner_id;        // a Person
    PostStatus status = PostStatus::draft;
    std::optional<Instant> scheduled_at;
    std::optional<Instant> published_at;
    bool sponsored = false;      // paid promotion (forbidden in pre-electoral periods)
    std::vector<PostVariant> variants;
    // UID of the calendar event this post was imported from (core/interop/ics_import), so that
    // importing the same agenda again adds nothing; "" for posts made in Parvis.
    std::string external_uid;
    std::optional<Recurrence> recurrence;  // none: a one-off post
    bool evergreen = false;      // put back in the queue after publication (next free slot)
    bool held = false;           // held by crisis mode: not published until released
    std::optional<PostFormat> format;  // unset: derived from the media (KPIs by format)
    bool operator==(const Post&) const = default;
};

//-----------------------------------------------------------------------------
// [SECTION] Metrics, inbox, services, audit log
//-----------------------------------------------------------------------------

// Account-level figures on one day (followers, reach over the day…). A figure the platform did not
// give is missing (nullopt), never zero: the KPIs then say « pas de valeur ».
using Count = std::optional<std::int64_t>;
// The largest count a file may hold: 2^53, the largest whole number a double (the KPIs' figures,
// JavaScript) holds exactly. Far beyond any audience; a larger one is damage, refused on reading.
constexpr std::int64_t kMaxCount = std::int64_t{1} << 53;

struct AccountSnapshot {
    std::string account_id;
    Day day{};
    Count followers;
    Count reach;
    Count impressions;
    bool operator==(const AccountSnapshot&) const = default;
};

// Figures of one post on one account, as last imported.
struct PostMetrics {
    std::string post_id;
    std::string account_id;
    Day day{};                 // date of the import
    Count impressions;
    Count reach;
    Count reactions;   // likes and other reactions
    Count comments;
    Count shares;
    Count clicks;
    Count saves;
    Count video_views;
    bool operator==(const PostMetrics&) const = default;
};

struct Metrics {
    std::vector<AccountSnapshot> snapshots;
    std::vector<PostMetrics> posts;
    bool operator==(const Metrics&) const = default;
};

struct InboxMessage {
    std::string id;
    std::string account_id;    // required, except for a message received off the networks
    MessageChannel channel = MessageChannel::comment;
    std::string author;
    Instant received_at{};
    std::string text;
    std::string post_id;       // the post commented on, if any
    MessageStatus status = MessageStatus::unread;
    std::string service_id;    // routed to
    std::string reply;
    std::optional<Instant> replied_at;
    std::string assignee_id;   // a person of the team, or empty
    std::vector<std::string> tags;
    MessagePriority priority = MessagePriority::normal;
    std::optional<Instant> forwarded_at;         // the hand-off went to the service
    std::optional<Instant> service_answered_at;  // the service's answer came back
    std::string external_id;   // the platform's id of a message a connector brought back
    bool operator==(const InboxMessage&) const = default;
};

// A municipal service citizens are redirected to.
struct Service {
    std::string id;
    std::string name;          // « Service des eaux »
    std::string email;
    std::string phone;
    std::string url;           // the online procedure (« https://…/demarches/eau »)
    std::vector<std::string> keywords;  // for routing: « fuite », « compteur »…
    std::vector<std::string> topics;    // broad subjects: « eau », « voirie »…
    std::string contact;       // public contact as shown to citizens (« Accueil, 1 place… »)
    std::string hours;         // opening hours as written (« lun.–ven. 8h30–12h, 13h30–17h »)
    bool operator==(const Service&) const = default;
};

struct AuditEntry {
    Instant at{};
    std::string person_id;
    std::string action;        // « post.status », « charter.edit »… (core/edit/audit_log.h)
    std::string target_id;
    std::string detail;        // codes: « draft>to_validate », a field code, an ISO instant
    std::string comment;       // the person's own words (an approval's comment), as typed
    bool operator==(const AuditEntry&) const = default;
};

// The moderation log (issue 12): one entry per moderation decision, written by edit::moderate and
// never changed or removed by any edit (undo leaves it as it is, like the audit log: history.h).
// It is what the collectivité shows when a citizen or a court asks why a message went: the
// message as it was (evidence), the charter's rule applied, who decided and when.
struct ModerationEvidence {
    std::string text;                  // the message's text as it was
    std::string author;
    MessageChannel channel = MessageChannel::comment;
    std::optional<Network> network;    // none for a message received off the networks
    std::string account_id;            // the account it was received on ("" off the networks)
    std::string account_handle;        // the account's handle at the time
    std::string post_id;               // the post commented on, if any
    std::string link;                  // the commented post's address, else the account's ("" if none)
    Instant received_at{};
    bool operator==(const ModerationEvidence&) const = default;
};

struct ModerationEntry {
    std::string id;                    // "mod-N"
    Instant at{};
    std::string person_id;             // who decided
    std::string message_id;            // the message (it may have been deleted since)
    ModerationCategory category = ModerationCategory::insult;
    int rule_index = -1;               // the rule of charter.moderation.rules applied, -1: none
    std::string article;               // the rule as cited at the time (« Règle 1 : Injure … »)
    ModerationAction action = ModerationAction::hide;
    ModerationEvidence evidence;
    std::string comment;               // the person's own words
    bool operator==(const ModerationEntry&) const = default;
};

// A reply template (« modèle de réponse »): a situation and a text with variables {prénom},
// {service}, {lien_démarche}, {horaires}, {contact} (core/inbox/reply_template.h fills them).
struct ReplyTemplate {
    std::string id;
    std::string title;                 // the situation: « Accusé de réception »
    std::string text;
    bool operator==(const ReplyTemplate&) const = default;
};

// A coming election, for the pre-electoral guard (Code électoral L52-1, L49).
struct Election {
    std::string id;
    ElectionKind kind = ElectionKind::municipales;
    Day first_round{};
    std::optional<Day> second_round;
    std::string territory;     // « Ville de Saint-Exemple », « canton de … »: informative
    bool operator==(const Election&) const = default;
};

// Crisis mode (Plan communal de sauvegarde): scheduled non-urgent posts are held (Post::held).
struct CrisisMode {
    bool active = false;
    std::optional<Instant> since;
    std::string reason;
    bool operator==(const CrisisMode&) const = default;
};

//-----------------------------------------------------------------------------
// [SECTION] The workspace
//-----------------------------------------------------------------------------

struct Workspace {
    std::string id;            // stable id of this workspace (several per browser)
    Profile profile;
    std::vector<NetworkAccount> accounts;
    std::vector<Objective> objectives;
    Charter charter;
    std::vector<Person> people;
    std::vector<Campaign> campaigns;
    std::vector<Post> posts;
    Metrics metrics;
    std::vector<InboxMessage> messages;
    std::vector<Service> services;
    std::vector<AuditEntry> audit;
    // Local names the spelling checker accepts (streets, places, people: « Glycines »,
    // « Saint-Exemple-sur-Loire », « Mme Nguyen »), compared without case.
    std::vector<std::string> local_words;
    std::vector<Election> elections;
    CrisisMode crisis;
    StrategySettings strategy;
    std::vector<PersonPassphrase> passphrases;
    std::vector<ModerationEntry> moderation_log;  // append only (edit::moderate)
    std::vector<ReplyTemplate> reply_templates;
    bool operator==(const Workspace&) const = default;
};

// Time zones a collectivité can choose: metropolitan France and every overseas one.
const std::vector<std::string>& supported_time_zones();

}  // namespace parvis
