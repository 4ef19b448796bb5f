// The demo workspace: deterministic, rich enough to show every screen, consistent (dates and
// statuses, references, network limits, the charter's own rules) for any `today`.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "demo/demo_workspace.h"
#include "io/workspace_json.h"

using namespace parvis;
using namespace date::literals;
using namespace std::chrono_literals;

namespace {

// Todays that stress the window: the reference date, summer (other campaigns and alerts), a new
// year inside the window, a leap day, a day just after the spring change of time.
const Day kTodays[] = {2026_y / date::November / 29, 2026_y / date::July / 14, 2027_y / date::January / 1,
                       2028_y / date::February / 29, 2026_y / date::March / 30};

std::int64_t day_number(Day day) { return date::sys_days{day}.time_since_epoch().count(); }
Day local_day(Instant at) { return Day{date::floor<date::days>(at + 2h)}; }  // close enough to Paris for bucketing
// Noon in Paris on `today`, the demo's "now" (UTC+1 or UTC+2).
Instant noon_utc(Day today, bool summer) { return date::sys_days{today} + (summer ? 10h : 11h); }

std::vector<char32_t> code_points(std::string_view s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += std::size_t(n);
    }
    return out;
}

// A conservative length: URLs count 23 (X and Mastodon), and on X every code point outside the
// weight-1 ranges of twitter-text counts 2 (emoji sequences are overcounted, never undercounted).
std::size_t network_length(const std::string& text, bool x_weights) {
    std::size_t total = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text.compare(i, 8, "https://") == 0) {
            total += 23;
            while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && text.compare(j, 8, "https://") != 0) ++j;
        for (char32_t cp : code_points(std::string_view(text).substr(i, j - i))) {
            const bool light = cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) ||
                               (cp >= 8242 && cp <= 8247);
            total += (x_weights && !light) ? 2 : 1;
        }
        i = j;
    }
    return total;
}

int hashtag_count(const std::string& text) {
    int n = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) ++n;
    return n;
}

template <class T>
std::set<std::string> ids_of(const std::vector<T>& items) {
    std::set<std::string> ids;
    for (const T& item : items) ids.insert(item.id);
    return ids;
}

}  // namespace

TEST_CASE("The demo is deterministic: one today, one workspace, one file") {
    for (Day today : kTodays) {
        CAPTURE(today);
        const Workspace a = demo_workspace(today);
        const Workspace b = demo_workspace(today);
        CHECK(a == b);
        CHECK(write_workspace(a) == write_workspace(b));
    }
    CHECK_FALSE(demo_workspace(kTodays[0]) == demo_workspace(kTodays[1]));
}

TEST_CASE("The demo describes Saint-Exemple") {
    const Workspace ws = demo_workspace(kTodays[0]);
    CHECK(ws.profile.name == "Ville de Saint-Exemple");
    CHECK(ws.profile.population == 31420);
    CHECK(ws.profile.insee_code == "35999");
    CHECK(ws.profile.time_zone == "Europe/Paris");
    CHECK(ws.accounts.size() == 5);
    CHECK(ws.objectives.size() >= 4);
    CHECK(ws.objectives.size() <= 6);
    for (const Objective& o : ws.objectives) CHECK_FALSE(o.targets.empty());
    CHECK(ws.people.size() >= 6);
    CHECK(ws.services.size() >= 9);
    CHECK(ws.campaigns.size() >= 3);
    CHECK(ws.charter.moderation.rules.size() == 7);
    CHECK(ws.charter.moderation.public_text.find("29 juillet 1881") != std::string::npos);
    CHECK(ws.charter.moderation.public_text.find("PHAROS") != std::string::npos);
}

TEST_CASE("The demo holds three months of posts on five networks") {
    for (Day today : kTodays) {
        CAPTURE(today);
        const Workspace ws = demo_workspace(today);
        CHECK(ws.posts.size() >= 100);
        std::set<std::string> accounts_used;
        int before = 0, last_month = 0, after = 0, ideas = 0;
        for (const Post& p : ws.posts) {
            for (const PostVariant& v : p.variants) accounts_used.insert(v.account_id);
            if (!p.scheduled_at) { ++ideas; continue; }
            const std::int64_t offset = day_number(local_day(*p.scheduled_at)) - day_number(today);
            CHECK(offset >= -62);
            CHECK(offset <= 31);
            if (offset < -30) ++before;
            else if (offset < 0) ++last_month;
            else ++after;
        }
        CHECK(accounts_used.size() >= 5);
        CHECK(before >= 25);
        CHECK(last_month >= 25);
        CHECK(after >= 25);
        CHECK(ideas >= 3);
    }
}

TEST_CASE("Statuses agree with dates: published before noon today, planned after") {
    for (Day today : kTodays) {
        CAPTURE(today);
        const Workspace ws = demo_workspace(today);
        const Instant now_earliest = noon_utc(today, true), now_latest = noon_utc(today, false);
        std::map<PostStatus, int> counts;
        for (const Post& p : ws.posts) {
            CAPTURE(p.id);
            ++counts[p.status];
            switch (p.status) {
                case PostStatus::idea:
                    CHECK_FALSE(p.scheduled_at.has_value());
                    CHECK_FALSE(p.published_at.has_value());
                    break;
                case PostStatus::published:
                    REQUIRE(p.scheduled_at.has_value());
                    REQUIRE(p.published_at.has_value());
                    CHECK(*p.published_at >= *p.scheduled_at);
                    CHECK(*p.published_at - *p.scheduled_at < 1min);
                    CHECK(*p.published_at < now_latest);
                    break;
                case PostStatus::failed:
                    REQUIRE(p.scheduled_at.has_value());
                    CHECK(*p.scheduled_at < now_latest);
                    CHECK_FALSE(p.published_at.has_value());
                    break;
                case PostStatus::cancelled:
                    CHECK(p.scheduled_at.has_value());
                    CHECK_FALSE(p.published_at.has_value());
                    break;
                default:  // draft, to_validate, validated, scheduled: still to come
                    REQUIRE(p.scheduled_at.has_value());
                    CHECK(*p.scheduled_at >= now_earliest);
                    CHECK_FALSE(p.published_at.has_value());
            }
        }
        CHECK(counts[PostStatus::published] >= 50);
        CHECK(counts[PostStatus::failed] >= 1);
        CHECK(counts[PostStatus::cancelled] >= 2);
        CHECK(counts[PostStatus::scheduled] >= 5);
        CHECK(counts[PostStatus::validated] >= 1);
        CHECK(counts[PostStatus::to_validate] >= 1);
        CHECK(counts[PostStatus::draft] >= 1);
    }
}

TEST_CASE("Every reference of the demo resolves") {
    for (Day today : kTodays) {
        CAPTURE(today);
        const Workspace ws = demo_workspace(today);
        const auto accounts = ids_of(ws.accounts), people = ids_of(ws.people), services = ids_of(ws.services),
                   campaigns = ids_of(ws.campaigns), posts = ids_of(ws.posts), messages = ids_of(ws.messages),
                   types = ids_of(ws.charter.message_types);
        CHECK(accounts.size() == ws.accounts.size());  // ids are unique
        CHECK(posts.size() == ws.posts.size());
        CHECK(messages.size() == ws.messages.size());
        CHECK(campaigns.size() == ws.campaigns.size());
        for (const Objective& o : ws.objectives)
            for (const Target& t : o.targets) CHECK((t.network_id.empty() || accounts.count(t.network_id)));
        for (const RhythmRule& r : ws.charter.rhythm) CHECK(accounts.count(r.account_id));
        for (const Person& p : ws.people) CHECK(services.count(p.service_id));
        for (const Post& p : ws.posts) {
            CAPTURE(p.id);
            CHECK(types.count(p.message_type_id));
            CHECK((p.campaign_id.empty() || campaigns.count(p.campaign_id)));
            CHECK(people.count(p.owner_id));
            CHECK_FALSE(p.variants.empty());
            for (const PostVariant& v : p.variants) CHECK(accounts.count(v.account_id));
        }
        for (const AccountSnapshot& s : ws.metrics.snapshots) CHECK(accounts.count(s.account_id));
        for (const PostMetrics& m : ws.metrics.posts) {
            CHECK(posts.count(m.post_id));
            CHECK(accounts.count(m.account_id));
        }
        for (const InboxMessage& m : ws.messages) {
            CHECK(accounts.count(m.account_id));
            CHECK((m.post_id.empty() || posts.count(m.post_id)));
            CHECK((m.service_id.empty() || services.count(m.service_id)));
        }
        for (const AuditEntry& a : ws.audit) {
            CHECK((a.person_id.empty() || people.count(a.person_id)));
            CHECK((a.target_id.empty() || posts.count(a.target_id) || messages.count(a.target_id)));
        }
        CHECK(check_invariants(ws).code == ErrorCode::ok);
    }
}

TEST_CASE("The demo survives a write → read round trip") {
    for (Day today : kTodays) {
        CAPTURE(today);
        const Workspace ws = demo_workspace(today);
        const Result<Workspace> back = read_workspace(write_workspace(ws));
        REQUIRE_MESSAGE(back.ok(), error_message(back.ok() ? Error{} : back.error()));
        CHECK(*back == ws);
    }
}

TEST_CASE("The demo follows its own charter and the networks' limits") {
    const Workspace ws = demo_workspace(kTodays[0]);
    double shares = 0;
    for (const MessageType& t : ws.charter.message_types) shares += t.target_share;
    CHECK(shares <= 1.0 + 1e-9);
    CHECK(shares > 0.5);

    std::map<std::string, Network> network_of;
    for (const NetworkAccount& a : ws.accounts) network_of[a.id] = a.network;
    for (Day today : kTodays) {
        for (const Post& p : demo_workspace(today).posts) {
            for (const PostVariant& v : p.variants) {
                CAPTURE(p.title);
                CAPTURE(v.text);
                for (const Media& m : v.media) {
                    if (m.kind == MediaKind::image) CHECK_FALSE(m.alt_text.empty());
                    if (m.kind == MediaKind::video) CHECK(m.subtitles);
                }
                CHECK(hashtag_count(v.text) <= ws.charter.max_hashtags);
                for (const WordRule& rule : ws.charter.forbidden_words) CHECK(v.text.find(rule.word) == std::string::npos);
                switch (network_of.at(v.account_id)) {
                    case Network::x: CHECK(network_length(v.text, true) <= 280); break;
                    case Network::mastodon: CHECK(network_length(v.text, false) <= 500); break;
                    case Network::instagram:
                        CHECK(code_points(v.text).size() <= 2200);
                        CHECK_FALSE(v.media.empty());  // Instagram publishes no text alone
                        CHECK(v.text.find("https://") == std::string::npos);  // links are not clickable there
                        break;
                    case Network::linkedin: CHECK(code_points(v.text).size() <= 3000); break;
                    default: break;
                }
            }
        }
    }
}

TEST_CASE("The demo's figures are plausible") {
    const Workspace ws = demo_workspace(kTodays[0]);
    // Weekly snapshots for every account, followers never going down.
    std::map<std::string, std::vector<const AccountSnapshot*>> by_account;
    for (const AccountSnapshot& s : ws.metrics.snapshots) by_account[s.account_id].push_back(&s);
    CHECK(by_account.size() == ws.accounts.size());
    for (auto& [account, snaps] : by_account) {
        const std::string account_id = account;  // clang 14 cannot capture a structured binding
        CAPTURE(account_id);
        CHECK(snaps.size() >= 8);
        for (std::size_t i = 1; i < snaps.size(); ++i) {
            CHECK(day_number(snaps[i]->day) - day_number(snaps[i - 1]->day) == 7);
            REQUIRE(snaps[i]->followers.has_value());
            CHECK(*snaps[i]->followers >= *snaps[i - 1]->followers);
        }
        CHECK(*snaps.back()->followers > *snaps.front()->followers);
        // Mastodon gives no reach: missing, never zero.
        CHECK(snaps.back()->reach.has_value() == (account != "acc-mastodon"));
    }
    // One metrics line per published post and network; engagement by reach around 1.5–4 %.
    std::size_t published_variants = 0;
    for (const Post& p : ws.posts)
        if (p.status == PostStatus::published) published_variants += p.variants.size();
    CHECK(ws.metrics.posts.size() == published_variants);
    double engagements = 0, reach = 0;
    for (const PostMetrics& m : ws.metrics.posts) {
        REQUIRE(m.reactions.has_value());
        REQUIRE(m.comments.has_value());
        REQUIRE(m.shares.has_value());
        if (m.account_id == "acc-mastodon") {  // no reach nor impressions on Mastodon
            CHECK_FALSE(m.reach.has_value());
            CHECK_FALSE(m.impressions.has_value());
            continue;
        }
        REQUIRE(m.reach.has_value());
        CHECK(*m.reach > 0);
        CHECK(*m.impressions >= *m.reach);
        engagements += double(*m.reactions + *m.comments + *m.shares + m.saves.value_or(0));
        reach += double(*m.reach);
    }
    CHECK(engagements / reach >= 0.015);
    CHECK(engagements / reach <= 0.04);
}

TEST_CASE("The demo inbox: routed questions, answers in time, one hidden insult") {
    for (Day today : kTodays) {
        CAPTURE(today);
        const Workspace ws = demo_workspace(today);
        CHECK(ws.messages.size() >= 15);
        int hidden = 0, answered = 0, routed = 0, about_posts = 0;
        for (const InboxMessage& m : ws.messages) {
            CAPTURE(m.id);
            CHECK(m.received_at < noon_utc(today, false));
            if (m.status == MessageStatus::hidden) ++hidden;
            if (!m.service_id.empty()) ++routed;
            if (!m.post_id.empty()) ++about_posts;
            if (m.status == MessageStatus::answered) {
                ++answered;
                CHECK_FALSE(m.reply.empty());
                REQUIRE(m.replied_at.has_value());
                CHECK(*m.replied_at > m.received_at);
                CHECK(*m.replied_at < noon_utc(today, false));
            } else {
                CHECK(m.reply.empty());
            }
        }
        CHECK(hidden == 1);
        CHECK(answered >= 8);
        CHECK(routed >= 8);
        CHECK(about_posts >= 8);
        CHECK(std::is_sorted(ws.messages.begin(), ws.messages.end(),
                             [](const InboxMessage& a, const InboxMessage& b) { return a.received_at < b.received_at; }));
        CHECK(ws.audit.size() >= 5);
        CHECK(std::is_sorted(ws.audit.begin(), ws.audit.end(),
                             [](const AuditEntry& a, const AuditEntry& b) { return a.at < b.at; }));
    }
}
