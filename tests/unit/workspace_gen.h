// A seeded generator of valid workspaces for the I/O tests: every collection non-empty, every
// field set (optionals most of the time), text with accents, typographic punctuation, emoji,
// JSON-special characters and control characters, references that resolve. The same seed always
// gives the same workspace.
#pragma once
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "model/workspace.h"

// Designated initialisers that leave the other members at their defaults are the point here.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace parvis::testing {

class WorkspaceGenerator {
public:
    explicit WorkspaceGenerator(std::uint32_t seed) : rng_(seed) {}

    Workspace make() {
        Workspace w;
        w.id = "ws-" + std::to_string(below(100000));
        w.profile = {.name = "Ville de " + text(1, 3),
                     .kind = CollectivityKind::commune,
                     .population = below(3'000'000),
                     .insee_code = chance(2) ? "35238" : "2A004",
                     .time_zone = pick(supported_time_zones()),
                     .territory = text(1, 4)};

        for (int i = 0, n = 2 + below(5); i < n; ++i) {
            NetworkAccount a;
            a.id = "acc-" + std::to_string(i) + (chance(3) ? "-é" : "");
            a.network = static_cast<Network>(below(12));
            a.handle = "@" + text(1, 2);
            a.url = "https://exemple.fr/" + std::to_string(i);
            a.instance = a.network == Network::mastodon ? "mastodon.social" : "";
            a.active = chance(2);
            a.opened_on = maybe_day();
            if (chance(3)) a.messages_cursor = std::to_string(below(100000));
            w.accounts.push_back(a);
        }
        for (int i = 0, n = 1 + below(4); i < n; ++i) {
            Objective o{.id = "obj-" + std::to_string(i), .title = text(1, 3), .description = text(3, 12)};
            for (int k = 0, m = below(3); k < m; ++k) {
                o.targets.push_back({.kpi = "engagement_rate_reach",
                                     .comparison = chance(2) ? ">=" : "<=",
                                     .value = real(0, 100),
                                     .unit = chance(2) ? "%" : "h",
                                     .network_id = chance(2) ? account_id(w) : ""});
            }
            o.horizon = maybe_day();
            w.objectives.push_back(o);
        }

        Charter& c = w.charter;
        const int types = 1 + below(5);
        for (int i = 0; i < types; ++i) {
            MessageType t{.id = "type-" + std::to_string(i), .name = text(1, 3),
                          .target_share = real(0, 1.0 / types)};
            for (int k = 0, m = below(3); k < m; ++k) t.validation_circuit.push_back(static_cast<Role>(below(6)));
            c.message_types.push_back(t);
        }
        for (int i = 0, n = below(4); i < n; ++i) c.audiences.push_back(text(1, 3));
        c.register_ = chance(2) ? Register::vous : Register::tu;
        c.humour = chance(2);
        c.emoji = static_cast<EmojiPolicy>(below(3));
        c.exclamation = static_cast<ExclamationPolicy>(below(3));
        c.inclusive = static_cast<InclusiveWriting>(below(3));
        for (int i = 0, n = below(4); i < n; ++i) c.forbidden_words.push_back({text(1, 1), "", text(2, 6)});
        for (int i = 0, n = below(4); i < n; ++i) c.preferred_words.push_back({text(1, 1), text(1, 2), text(2, 6)});
        c.signature = "— " + text(1, 3);
        c.max_hashtags = below(6);
        c.camel_case_hashtags = chance(2);
        for (const auto& a : w.accounts) {
            if (chance(2)) c.rhythm.push_back({a.id, below(3), 3 + below(5), below(3)});
        }
        c.business_hours.weekdays.clear();
        for (int d = 1; d <= 7; ++d) {
            if (chance(2)) c.business_hours.weekdays.push_back(d);
        }
        c.business_hours.opens = {below(12 * 60)};
        c.business_hours.closes = {12 * 60 + below(12 * 60)};
        c.business_hours.response_time_hours = real(0, 72);
        for (int i = 0; i < 7; ++i) {
            if (!chance(2)) continue;
            ModerationRule r{.category = static_cast<ModerationCategory>(i)};
            for (int k = 0, m = below(4); k < m; ++k) r.actions.push_back(static_cast<ModerationAction>(below(4)));
            c.moderation.rules.push_back(r);
        }
        c.moderation.moderation_after_publication = chance(2);
        c.moderation.public_text = text(10, 40);

        for (int i = 0, n = 1 + below(4); i < n; ++i) {
            w.services.push_back({.id = "svc-" + std::to_string(i), .name = "Service " + text(1, 3),
                                  .email = "service" + std::to_string(i) + "@exemple.fr",
                                  .phone = "02 99 00 00 0" + std::to_string(i),
                                  .url = "https://exemple.fr/services/" + std::to_string(i),
                                  .keywords = {text(1, 1), text(1, 1)}});
        }
        for (int i = 0, n = 1 + below(5); i < n; ++i) {
            w.people.push_back({.id = "p-" + std::to_string(i), .name = text(2, 3),
                                .role = static_cast<Role>(below(6)),
                                .email = "agent" + std::to_string(i) + "@exemple.fr",
                                .service_id = chance(2) ? pick(w.services).id : ""});
        }
        for (int i = 0, n = below(4); i < n; ++i) {
            Campaign k{.id = "camp-" + std::to_string(i), .name = text(1, 4), .color = colour(),
                       .description = text(3, 15)};
            if (chance(4)) {
                k.starts = day();
                if (chance(2)) k.ends = Day{date::sys_days{*k.starts} + date::days{below(60)}};
            }
            w.campaigns.push_back(k);
        }
        for (int i = 0, n = 1 + below(12); i < n; ++i) w.posts.push_back(post(w, i));

        for (int i = 0, n = below(10); i < n; ++i) {
            w.metrics.snapshots.push_back({account_id(w), day(), below(100000), below(1000000), below(1000000)});
        }
        for (int i = 0, n = below(10); i < n; ++i) {
            w.metrics.posts.push_back({pick(w.posts).id, account_id(w), day(), below(100000),
                                       below(100000), below(1000), below(1000), below(1000),
                                       below(1000), below(1000), below(1000)});
        }
        for (int i = 0, n = below(8); i < n; ++i) {
            InboxMessage m{.id = "msg-" + std::to_string(i), .account_id = account_id(w),
                           .channel = static_cast<MessageChannel>(below(7)), .author = text(1, 2),
                           .received_at = instant(), .text = text(3, 30),
                           .post_id = chance(2) ? pick(w.posts).id : "",
                           .status = static_cast<MessageStatus>(below(7)),
                           .service_id = chance(2) ? pick(w.services).id : "",
                           .reply = text(0, 20)};
            if (chance(2)) m.replied_at = instant();
            if (chance(2)) m.assignee_id = pick(w.people).id;
            for (int t = 0, nt = below(3); t < nt; ++t) m.tags.push_back(text(1, 1));
            m.priority = static_cast<MessagePriority>(below(3));
            if (chance(2)) m.forwarded_at = instant();
            if (chance(3)) m.service_answered_at = instant();
            if (chance(3)) m.external_id = std::to_string(below(1000000));
            w.messages.push_back(m);
        }
        for (int i = 0, n = below(10); i < n; ++i) {
            w.audit.push_back({instant(), pick(w.people).id, "post.status", pick(w.posts).id, "draft>to_validate", ""});
        }
        // Drawn last, so that the collections above stay what they were for a given seed.
        for (int i = 0, n = below(4); i < n; ++i) {
            ModerationEntry e;
            e.id = "mod-" + std::to_string(i + 1);
            e.at = instant();
            e.person_id = pick(w.people).id;
            e.message_id = chance(3) ? "msg-" + std::to_string(below(8)) : "msg-deleted";  // may be gone
            e.category = static_cast<ModerationCategory>(below(7));
            e.rule_index = below(8) - 1;
            e.article = text(2, 8);
            e.action = static_cast<ModerationAction>(below(4));
            e.evidence = {.text = text(3, 30), .author = text(1, 2), .channel = static_cast<MessageChannel>(below(7)),
                          .account_id = account_id(w), .account_handle = "@" + text(1, 2), .link = "https://exemple.fr/p/1",
                          .received_at = instant()};
            if (chance(2)) e.evidence.network = static_cast<Network>(below(12));
            e.comment = text(0, 10);
            w.moderation_log.push_back(e);
        }
        for (int i = 0, n = below(4); i < n; ++i)
            w.reply_templates.push_back({"tpl-" + std::to_string(i + 1), "Modèle " + std::to_string(i),
                                         "Bonjour {prénom}, " + text(3, 20)});
        for (Post& p : w.posts)
            for (PostVariant& v : p.variants)
                if (chance(6)) { v.external_id = std::to_string(below(1000000)); v.remote_at = instant(); }
        return w;
    }

private:
    std::mt19937 rng_;

    int below(int n) { return n <= 0 ? 0 : static_cast<int>(rng_() % static_cast<unsigned>(n)); }
    bool chance(int one_in) { return below(one_in) != 0; }  // true (one_in-1) times in one_in
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }
    template <class C>
    const typename C::value_type& pick(const C& items) { return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))]; }
    std::string account_id(const Workspace& w) { return pick(w.accounts).id; }

    std::string text(int min_words, int max_words) {
        static const std::vector<std::string> words = {
            "Fête", "de", "la", "musique", "élections", "café", "œuvre", "naïve", "l’apostrophe",
            "« citation »", "🎉", "👩‍👩‍👧", "🇫🇷", "\"guillemets\"", "back\\slash", "ligne\nnouvelle",
            "tab\tulation", "contrôle\r", "{accolade}", "a/b~c", "日本語", "𝔘nicode", "—", "…",
            "Saint-Étienne", "maïs", "Noël", "#Hashtag", "https://exemple.fr/?a=1&b=2", "€", "%",
        };
        std::string out;
        for (int i = 0, n = min_words + below(max_words - min_words + 1); i < n; ++i) {
            if (i > 0) out += ' ';
            out += pick(words);
        }
        return out;
    }
    Day day() { return Day{date::sys_days{date::year{2020} / 1 / 1} + date::days{below(5000)}}; }
    std::optional<Day> maybe_day() { return chance(5) ? std::optional<Day>(day()) : std::nullopt; }
    Instant instant() {
        return Instant{date::sys_days{date::year{2020} / 1 / 1} + std::chrono::seconds{below(400'000'000)}};
    }
    std::string colour() {
        static const char* hex = "0123456789abcdef";
        std::string c = "#";
        for (int i = 0; i < 6; ++i) c += hex[below(16)];
        return c;
    }

    Post post(const Workspace& w, int i) {
        Post p{.id = "post-" + std::to_string(i), .title = text(1, 5),
               .message_type_id = chance(4) ? pick(w.charter.message_types).id : "",
               .campaign_id = !w.campaigns.empty() && chance(2) ? pick(w.campaigns).id : "",
               .tags = {text(1, 1)}, .owner_id = pick(w.people).id,
               .status = static_cast<PostStatus>(below(8)), .sponsored = !chance(5)};
        if (chance(4)) p.scheduled_at = instant();
        if (chance(3)) p.published_at = instant();
        for (int k = 0, n = 1 + below(3); k < n; ++k) {
            PostVariant v{.account_id = account_id(w), .text = text(5, 40), .link = chance(2) ? "https://exemple.fr" : "",
                          .first_comment = text(0, 5)};
            for (int m = 0, count = below(3); m < count; ++m) {
                v.media.push_back({static_cast<MediaKind>(below(4)), "image-" + std::to_string(m) + ".jpg",
                                   text(2, 8), chance(2)});
            }
            p.variants.push_back(v);
        }
        return p;
    }
};

inline Workspace generate_workspace(std::uint32_t seed) { return WorkspaceGenerator(seed).make(); }

}  // namespace parvis::testing

#pragma GCC diagnostic pop
