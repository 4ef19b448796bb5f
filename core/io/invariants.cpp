// check_invariants: what a workspace must hold beyond each field's own type and format.
//
// Index
// [SECTION] Checker (first error wins)
// [SECTION] Value rules (INSEE code, colour)
// [SECTION] check_invariants
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_set>

#include "io/json_read.h"
#include "io/json_types.h"
#include "io/time_text.h"
#include "io/workspace_json.h"
#include "text/utf8.h"

namespace parvis {
namespace {

using io::make_error;
using IdSet = std::unordered_set<std::string_view>;

//-----------------------------------------------------------------------------
// [SECTION] Checker (first error wins)
//-----------------------------------------------------------------------------

class Checker {
public:
    Error error;

    // The ids of one collection: each non-empty and unique. `collection` names it in messages
    // (catalogue key "error.collection.<name>").
    template <class T>
    IdSet ids(const std::vector<T>& items, const std::string& base, const char* collection) {
        IdSet seen;
        for (std::size_t i = 0; i < items.size() && !error; ++i) {
            const std::string at = base + "/" + std::to_string(i) + "/id";
            const std::string& id = items[i].id;
            if (id.empty()) {
                invalid(at, "empty_id", "");
            } else if (!seen.insert(id).second) {
                error = make_error(ErrorCode::duplicate_id, "\"" + id + "\" in " + collection, at,
                                   {{"id", io::quote_found(id)}, {"collection", collection}});
            }
        }
        return seen;
    }

    // A reference to an element of `set`. Optional references may be "" (none); required ones
    // (a snapshot's account…) must name something.
    void ref(const std::string& id, const IdSet& set, const std::string& at, const char* collection,
             bool required) {
        if (error) return;
        if (id.empty()) {
            if (required) {
                error = make_error(ErrorCode::dangling_reference, std::string("empty reference to ") + collection,
                                   at, {{"reason", "empty"}, {"collection", collection}});
            }
            return;
        }
        if (!set.count(id)) {
            error = make_error(ErrorCode::dangling_reference,
                               "\"" + id + "\" is not in " + collection, at,
                               {{"id", io::quote_found(id)}, {"collection", collection}});
        }
    }

    void invalid(const std::string& at, const char* reason, std::string found, Args more = {}) {
        if (error) return;
        Args args{{"reason", reason}, {"found", io::quote_found(found)}};
        for (auto& a : more) args.push_back(std::move(a));
        error = make_error(ErrorCode::invalid_value, std::string(reason) + ": \"" + found + "\"",
                           at, std::move(args));
    }

    void non_negative(std::int64_t value, const std::string& at) {
        if (value < 0) invalid(at, "negative", std::to_string(value));
        else if (value > kMaxCount) invalid(at, "count_too_large", std::to_string(value));
    }
    void non_negative(const std::optional<std::int64_t>& value, const std::string& at) {
        if (value) non_negative(*value, at);
    }

    void no_control_character(const std::string& text, const std::string& at) {
        if (utf8::has_control_character(text)) invalid(at, "control_character", text);
    }

    void valid_day(const std::optional<Day>& day, const std::string& at) {
        if (day && !day->ok()) invalid(at, "invalid_day", io::format_day(*day));
    }
};

std::string number_text(double value) {
    // Shortest text that reads back the same, as in the file ("0.35", not "0.350000").
    return io::Json(value).dump();
}

//-----------------------------------------------------------------------------
// [SECTION] Value rules (INSEE code, colour)
//-----------------------------------------------------------------------------

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A commune's INSEE code: 5 digits, or 2A/2B and 3 digits for Corsica (« 2A004 » is Ajaccio).
bool is_commune_insee_code(std::string_view code) {
    if (code.size() != 5) return false;
    const bool corsica = code[0] == '2' && (code[1] == 'A' || code[1] == 'B');
    if (!corsica && !(is_digit(code[0]) && is_digit(code[1]))) return false;
    return is_digit(code[2]) && is_digit(code[3]) && is_digit(code[4]);
}

bool is_hex_colour(std::string_view colour) {
    if (colour.size() != 7 || colour[0] != '#') return false;
    for (const char c : colour.substr(1)) {
        if (!is_digit(c) && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) return false;
    }
    return true;
}

std::string joined_time_zones() {
    std::string out;
    for (const auto& zone : supported_time_zones()) out += (out.empty() ? "" : ", ") + zone;
    return out;
}

bool in_day(TimeOfDay t) { return t.minutes >= 0 && t.minutes < 24 * 60; }

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] check_invariants
// Collections' ids first (references need them), then the document in its written order, so
// that the error reported is the first one a reader of the file meets.
//-----------------------------------------------------------------------------

Error check_invariants(const Workspace& w) {
    Checker c;
    if (w.id.empty()) c.invalid("/id", "empty_id", "");
    const IdSet accounts = c.ids(w.accounts, "/accounts", "accounts");
    const IdSet objectives = c.ids(w.objectives, "/objectives", "objectives");
    const IdSet message_types = c.ids(w.charter.message_types, "/charter/message_types", "message_types");
    const IdSet people = c.ids(w.people, "/people", "people");
    const IdSet campaigns = c.ids(w.campaigns, "/campaigns", "campaigns");
    const IdSet posts = c.ids(w.posts, "/posts", "posts");
    const IdSet messages = c.ids(w.messages, "/messages", "messages");
    const IdSet services = c.ids(w.services, "/services", "services");
    c.ids(w.moderation_log, "/moderation_log", "moderation_log");
    c.ids(w.reply_templates, "/reply_templates", "reply_templates");
    if (c.error) return c.error;

    // Profile
    const Profile& p = w.profile;
    c.non_negative(p.population, "/profile/population");
    if (p.kind == CollectivityKind::commune && !p.insee_code.empty() &&
        !is_commune_insee_code(p.insee_code)) {
        c.invalid("/profile/insee_code", "insee", p.insee_code);
    }
    bool zone_known = false;
    for (const auto& zone : supported_time_zones()) zone_known = zone_known || zone == p.time_zone;
    if (!zone_known) {
        c.invalid("/profile/time_zone", "time_zone", p.time_zone, {{"accepted", joined_time_zones()}});
    }

    for (std::size_t i = 0; i < w.accounts.size(); ++i) {
        c.valid_day(w.accounts[i].opened_on, "/accounts/" + std::to_string(i) + "/opened_on");
    }

    for (std::size_t i = 0; i < w.objectives.size(); ++i) {
        const Objective& o = w.objectives[i];
        const std::string at = "/objectives/" + std::to_string(i);
        for (std::size_t k = 0; k < o.targets.size(); ++k) {
            const Target& t = o.targets[k];
            const std::string target_at = at + "/targets/" + std::to_string(k);
            if (t.comparison != ">=" && t.comparison != "<=") {
                c.invalid(target_at + "/comparison", "comparison", t.comparison);
            }
            c.ref(t.network_id, accounts, target_at + "/network_id", "accounts", false);
        }
        c.valid_day(o.horizon, at + "/horizon");
    }

    // Charter
    const Charter& ch = w.charter;
    double share_sum = 0;
    for (std::size_t i = 0; i < ch.message_types.size(); ++i) {
        const double share = ch.message_types[i].target_share;
        if (!(share >= 0 && share <= 1)) {  // written so that NaN fails too
            c.invalid("/charter/message_types/" + std::to_string(i) + "/target_share", "share_range",
                      number_text(share));
        }
        share_sum += share;
    }
    if (share_sum > 1 + 1e-6) c.invalid("/charter/message_types", "share_sum", number_text(share_sum));
    if (ch.max_hashtags < 0) c.invalid("/charter/max_hashtags", "negative", std::to_string(ch.max_hashtags));
    for (std::size_t i = 0; i < ch.rhythm.size(); ++i) {
        const RhythmRule& r = ch.rhythm[i];
        const std::string at = "/charter/rhythm/" + std::to_string(i);
        c.ref(r.account_id, accounts, at + "/account_id", "accounts", true);
        c.non_negative(r.min_per_week, at + "/min_per_week");
        c.non_negative(r.max_per_week, at + "/max_per_week");
        c.non_negative(r.max_per_day, at + "/max_per_day");
    }
    const BusinessHours& hours = ch.business_hours;
    std::unordered_set<int> days_seen;
    for (std::size_t i = 0; i < hours.weekdays.size(); ++i) {
        const int day = hours.weekdays[i];
        const std::string at = "/charter/business_hours/weekdays/" + std::to_string(i);
        if (day < 1 || day > 7) {
            c.invalid(at, "weekday", std::to_string(day));
        } else if (!days_seen.insert(day).second) {
            c.invalid(at, "weekday_repeated", std::to_string(day));
        }
    }
    if (!in_day(hours.opens)) {
        c.invalid("/charter/business_hours/opens", "time_range", std::to_string(hours.opens.minutes));
    } else if (!in_day(hours.closes)) {
        c.invalid("/charter/business_hours/closes", "time_range", std::to_string(hours.closes.minutes));
    } else if (hours.opens.minutes >= hours.closes.minutes) {
        c.invalid("/charter/business_hours/closes", "hours_order", io::format_time_of_day(hours.closes),
                  {{"opens", io::format_time_of_day(hours.opens)},
                   {"closes", io::format_time_of_day(hours.closes)}});
    }
    if (!(hours.response_time_hours >= 0)) {
        c.invalid("/charter/business_hours/response_time_hours", "negative",
                  number_text(hours.response_time_hours));
    }

    c.ref(w.charter.moderation.alert_person_id, people, "/charter/moderation/alert_person_id", "people", false);
    for (std::size_t i = 0; i < w.people.size(); ++i) {
        c.ref(w.people[i].service_id, services, "/people/" + std::to_string(i) + "/service_id",
              "services", false);
    }

    for (std::size_t i = 0; i < w.campaigns.size(); ++i) {
        const Campaign& k = w.campaigns[i];
        const std::string at = "/campaigns/" + std::to_string(i);
        if (!is_hex_colour(k.color)) c.invalid(at + "/color", "colour", k.color);
        c.ref(k.objective_id, objectives, at + "/objective_id", "objectives", false);
        for (std::size_t t = 0; t < k.message_type_ids.size(); ++t)
            c.ref(k.message_type_ids[t], message_types, at + "/message_type_ids/" + std::to_string(t), "message_types", true);
        c.valid_day(k.starts, at + "/starts");
        c.valid_day(k.ends, at + "/ends");
        if (!c.error && k.starts && k.ends && *k.ends < *k.starts) {
            c.invalid(at + "/ends", "date_order", io::format_day(*k.ends),
                      {{"starts", io::format_day(*k.starts)}, {"ends", io::format_day(*k.ends)}});
        }
    }

    for (std::size_t i = 0; i < w.posts.size(); ++i) {
        const Post& post = w.posts[i];
        const std::string at = "/posts/" + std::to_string(i);
        c.ref(post.message_type_id, message_types, at + "/message_type_id", "message_types", false);
        c.ref(post.campaign_id, campaigns, at + "/campaign_id", "campaigns", false);
        c.ref(post.owner_id, people, at + "/owner_id", "people", false);
        c.no_control_character(post.title, at + "/title");
        for (std::size_t k = 0; k < post.variants.size(); ++k) {
            // "" is a text not yet bound to an account (kept by the schema 1 migration).
            c.ref(post.variants[k].account_id, accounts,
                  at + "/variants/" + std::to_string(k) + "/account_id", "accounts", false);
            c.no_control_character(post.variants[k].text, at + "/variants/" + std::to_string(k) + "/text");
        }
    }

    for (std::size_t i = 0; i < w.metrics.snapshots.size(); ++i) {
        const AccountSnapshot& s = w.metrics.snapshots[i];
        const std::string at = "/metrics/snapshots/" + std::to_string(i);
        c.ref(s.account_id, accounts, at + "/account_id", "accounts", true);
        c.valid_day(s.day, at + "/day");
        c.non_negative(s.followers, at + "/followers");
        c.non_negative(s.reach, at + "/reach");
        c.non_negative(s.impressions, at + "/impressions");
    }
    for (std::size_t i = 0; i < w.metrics.posts.size(); ++i) {
        const PostMetrics& m = w.metrics.posts[i];
        const std::string at = "/metrics/posts/" + std::to_string(i);
        c.ref(m.post_id, posts, at + "/post_id", "posts", true);
        c.ref(m.account_id, accounts, at + "/account_id", "accounts", true);
        c.valid_day(m.day, at + "/day");
        const std::pair<const char*, Count> counts[] = {
            {"impressions", m.impressions}, {"reach", m.reach},   {"reactions", m.reactions},
            {"comments", m.comments},       {"shares", m.shares}, {"clicks", m.clicks},
            {"saves", m.saves},             {"video_views", m.video_views},
        };
        for (const auto& [name, value] : counts) c.non_negative(value, at + "/" + name);
    }

    for (std::size_t i = 0; i < w.messages.size(); ++i) {
        const InboxMessage& m = w.messages[i];
        const std::string at = "/messages/" + std::to_string(i);
        c.ref(m.account_id, accounts, at + "/account_id", "accounts", !received_off_network(m.channel));
        c.ref(m.post_id, posts, at + "/post_id", "posts", false);
        c.ref(m.service_id, services, at + "/service_id", "services", false);
        c.ref(m.assignee_id, people, at + "/assignee_id", "people", false);
    }
    // The audit log and the moderation log are history: they may name people, posts and messages
    // deleted since, so no reference of theirs is checked; a moderation entry's rule is an index
    // into the charter as it was, -1 for none.
    for (std::size_t i = 0; i < w.moderation_log.size(); ++i) {
        const ModerationEntry& e = w.moderation_log[i];
        const std::string at = "/moderation_log/" + std::to_string(i);
        if (e.rule_index < -1) c.invalid(at + "/rule_index", "negative", std::to_string(e.rule_index));
        if (e.message_id.empty()) c.invalid(at + "/message_id", "empty_id", "");
    }
    for (std::size_t i = 0; i < w.reply_templates.size(); ++i)
        c.no_control_character(w.reply_templates[i].title, "/reply_templates/" + std::to_string(i) + "/title");
    (void)messages;
    return c.error;
}

}  // namespace parvis
