// Moderation by the charter. See moderation.h.
//
// Index
// [SECTION] Lexicons of assets/inbox/moderation.json
// [SECTION] Scanning one text
// [SECTION] Charter: rules, articles, suggested actions
// [SECTION] Review
#include "inbox/moderation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>

#include "calendar/electoral.h"
#include "calendar/time_zone.h"
#include "check/fold.h"
#include "check/personal_data.h"
#include "io/enum_names.h"
#include "text/links.h"

namespace parvis {
namespace detail {
const std::vector<std::pair<std::string_view, std::string_view>>& inbox_sources();
}

namespace inbox {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Lexicons of assets/inbox/moderation.json
//-----------------------------------------------------------------------------

// One list of the file: its folded phrases, matched together.
struct WordList {
    check::PhraseMatcher matcher;
};

struct Lexicons {
    WordList insult, coarse, hate, threat, accusations, targets, ad_strong, ad_weak, calls, campaign;
    std::vector<std::string> shop_link_words;  // folded
    int repeat_count = kRepeatCount;
};

void fill(WordList& list, const nlohmann::json& doc, const char* key) {
    const auto it = doc.find(key);
    if (it == doc.end() || !it->is_array()) return;
    for (const auto& w : *it)
        if (w.is_string() && !w.get_ref<const std::string&>().empty()) list.matcher.add(check::fold(w.get<std::string>()));
}

const Lexicons& lexicons() {
    static const Lexicons lex = [] {
        Lexicons out;
        for (const auto& [file, content] : detail::inbox_sources()) {
            if (file != "moderation.json") continue;
            const nlohmann::json doc = nlohmann::json::parse(content, nullptr, false);
            if (!doc.is_object()) continue;
            fill(out.insult, doc, "insult");
            fill(out.coarse, doc, "coarse");
            fill(out.hate, doc, "hate");
            fill(out.threat, doc, "threat");
            fill(out.accusations, doc, "defamation_accusations");
            fill(out.targets, doc, "defamation_targets");
            fill(out.ad_strong, doc, "advertising_strong");
            fill(out.ad_weak, doc, "advertising_weak");
            fill(out.calls, doc, "electoral_calls");
            fill(out.campaign, doc, "electoral_campaign");
            for (const auto& w : doc.value("shop_link_words", nlohmann::json::array()))
                if (w.is_string()) out.shop_link_words.push_back(check::fold(w.get<std::string>()));
            const auto repeat = doc.find("repeat_count");
            if (repeat != doc.end() && repeat->is_number_integer() && repeat->get<int>() >= 2) out.repeat_count = repeat->get<int>();
        }
        return out;
    }();
    return lex;
}

//-----------------------------------------------------------------------------
// [SECTION] Scanning one text
//-----------------------------------------------------------------------------

// The first kMaxModeratedBytes of `text`, cut at a character boundary.
std::string_view capped_text(std::string_view text) {
    if (text.size() <= kMaxModeratedBytes) return text;
    std::size_t cut = kMaxModeratedBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut);
}

// The folded text with every run of spaces and line breaks made one space, so that a phrase
// written over a line break still matches; each byte keeps the original byte it comes from.
struct Scan {
    std::string_view original;
    std::string text;
    std::vector<std::uint32_t> origin;  // origin[text.size()] is the original's size
};

Scan scan_of(std::string_view original) {
    const check::FoldedText folded = check::fold_text(original);
    Scan s{original, {}, {}};
    s.text.reserve(folded.text.size());
    s.origin.reserve(folded.text.size() + 1);
    for (std::size_t i = 0; i < folded.text.size(); ++i) {
        const char c = folded.text[i];
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (space && (s.text.empty() || s.text.back() == ' ')) continue;
        s.text.push_back(space ? ' ' : c);
        s.origin.push_back(folded.origin[i]);
    }
    s.origin.push_back(static_cast<std::uint32_t>(original.size()));
    return s;
}

struct Hit {
    std::size_t start = 0, end = 0;  // in the original
    std::string words;               // as the person wrote them
};

std::optional<Hit> first_hit(const WordList& list, const Scan& s) {
    std::vector<check::PhraseMatcher::Match> matches;
    list.matcher.find(s.text, matches);
    if (matches.empty()) return std::nullopt;
    const auto& m = matches.front();
    Hit h{s.origin[m.begin], s.origin[m.end], {}};
    h.words = std::string(s.original.substr(h.start, h.end - h.start));
    return h;
}

// Distinct phrases of `list` found, at most `max`.
std::size_t distinct_hits(const WordList& list, const Scan& s, std::size_t max) {
    std::vector<check::PhraseMatcher::Match> matches;
    list.matcher.find(s.text, matches);
    std::vector<std::size_t> seen;
    for (const auto& m : matches) {
        if (std::find(seen.begin(), seen.end(), m.index) == seen.end()) seen.push_back(m.index);
        if (seen.size() >= max) break;
    }
    return seen.size();
}

// The words of a link's address (« ma-boutique-shop.com/promo » → ma, boutique, shop, com,
// promo); a lexicon entry with a dot (« bit.ly ») is looked for as it is in the address.
bool is_shop_link(std::string_view url) {
    const std::string folded = check::fold(url);
    for (const std::string& w : lexicons().shop_link_words) {
        if (w.find('.') != std::string::npos) {
            if (folded.find(w) != std::string::npos) return true;
            continue;
        }
        std::size_t i = 0;
        while (i < folded.size()) {
            while (i < folded.size() && !std::isalnum(static_cast<unsigned char>(folded[i]))) ++i;
            std::size_t j = i;
            while (j < folded.size() && std::isalnum(static_cast<unsigned char>(folded[j]))) ++j;
            if (j > i && std::string_view(folded).substr(i, j - i) == w) return true;
            i = j;
        }
    }
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Charter: rules, articles, suggested actions
//-----------------------------------------------------------------------------

std::string actions_text(const std::vector<ModerationAction>& actions, Lang lang) {
    std::string out;
    for (ModerationAction a : actions) out += (out.empty() ? "" : ", ") + action_label(a, lang);
    return out;
}

// The rule's actions; « report_pharos » kept for hate only, and always added there.
std::vector<ModerationAction> suggested_actions(const ModerationCharter& charter, int rule, ModerationCategory category) {
    std::vector<ModerationAction> out;
    if (rule >= 0) {
        for (ModerationAction a : charter.rules[static_cast<std::size_t>(rule)].actions) {
            if (a == ModerationAction::report_pharos && category != ModerationCategory::hate) continue;
            if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
        }
    }
    if (category == ModerationCategory::hate &&
        std::find(out.begin(), out.end(), ModerationAction::report_pharos) == out.end())
        out.push_back(ModerationAction::report_pharos);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Review
//-----------------------------------------------------------------------------

struct Subject {
    std::string_view text;
    bool is_public = true;
    const InboxMessage* message = nullptr;  // for repetitions; none for a text alone
    Day day{};
};

class Reviewer {
public:
    Reviewer(const Workspace& ws, const ModerationOptions& options) : ws_(ws), lang_(options.lang) {}

    std::vector<ModerationFinding> run(const Subject& subject) {
        const std::string_view text = capped_text(subject.text);
        const Scan s = scan_of(text);
        const Lexicons& lex = lexicons();

        if (auto h = first_hit(lex.insult, s)) {
            add(ModerationCategory::insult, *h, tr("moderation.reason.insult", lang_, {{"word", h->words}}));
        } else if (auto c = first_hit(lex.coarse, s)) {
            add(ModerationCategory::insult, *c, tr("moderation.reason.coarse", lang_, {{"word", c->words}}));
        }

        if (auto h = first_hit(lex.accusations, s)) {
            if (auto t = first_hit(lex.targets, s))
                add(ModerationCategory::defamation, *h,
                    tr("moderation.reason.defamation", lang_, {{"word", h->words}, {"target", t->words}}));
        }

        if (auto h = first_hit(lex.threat, s)) {
            add(ModerationCategory::hate, *h, tr("moderation.reason.threat", lang_, {{"word", h->words}}));
        } else if (auto g = first_hit(lex.hate, s)) {
            add(ModerationCategory::hate, *g, tr("moderation.reason.hate", lang_, {{"word", g->words}}));
        }

        if (subject.is_public) personal_data(text);
        advertising(s, text);
        electoral(s, subject.day);
        if (subject.message) repeated(*subject.message, s);

        std::stable_sort(found_.begin(), found_.end(),
                         [](const ModerationFinding& a, const ModerationFinding& b) { return a.category < b.category; });
        return std::move(found_);
    }

private:
    const Workspace& ws_;
    Lang lang_;
    std::vector<ModerationFinding> found_;

    void add(ModerationCategory category, const Hit& hit, std::string reason) {
        const ModerationCharter& charter = ws_.charter.moderation;
        const int rule = charter_rule_index(charter, category);
        if (rule < 0 && category != ModerationCategory::hate) return;  // the charter does not ban it
        for (const ModerationFinding& f : found_)
            if (f.category == category) return;  // one finding per category: the first reason
        ModerationFinding f;
        f.category = category;
        f.rule_index = rule;
        f.article = charter_article(charter, rule, category, lang_);
        f.reason = std::move(reason);
        f.actions = suggested_actions(charter, rule, category);
        f.start = hit.start;
        f.end = hit.end;
        found_.push_back(std::move(f));
    }

    void personal_data(std::string_view text) {
        check::PersonalDataOptions options{.lang = lang_};
        for (const Service& svc : ws_.services) {
            if (!svc.phone.empty()) options.public_contacts.push_back(svc.phone);
            if (!svc.email.empty()) options.public_contacts.push_back(svc.email);
        }
        for (const Person& p : ws_.people)
            if (!p.email.empty()) options.public_contacts.push_back(p.email);
        // A postal address alone is where a problem is (« le lampadaire devant le 14 avenue
        // Jean-Jaurès »), not a person's data: left out here, unlike in the desk's replies.
        const auto data = check::find_personal_data(text, options);
        const auto it = std::find_if(data.begin(), data.end(), [](const check::PersonalData& d) {
            return d.kind != check::PersonalDataKind::address;
        });
        if (it == data.end()) return;
        const check::PersonalData& d = *it;
        const std::string what = tr(std::string("check.personal_data.") + check::personal_data_kind_name(d.kind), lang_);
        add(ModerationCategory::personal_data, {d.start, d.end, std::string(text.substr(d.start, d.end - d.start))},
            tr("moderation.reason.personal_data", lang_, {{"what", what}}));
    }

    void advertising(const Scan& s, std::string_view text) {
        const Lexicons& lex = lexicons();
        if (auto h = first_hit(lex.ad_strong, s)) {
            add(ModerationCategory::advertising, *h, tr("moderation.reason.advertising", lang_, {{"word", h->words}}));
            return;
        }
        const std::vector<text::Link> links = text::extract_links(text);
        const text::Link* shop = nullptr;
        for (const text::Link& l : links) {
            if (is_shop_link(l.url)) {
                shop = &l;
                break;
            }
        }
        const std::size_t weak = distinct_hits(lex.ad_weak, s, 2) + (shop ? 1 : 0);
        if (weak >= 2 || (weak >= 1 && !links.empty())) {
            if (shop) {
                add(ModerationCategory::advertising, {shop->byte_begin, shop->byte_end, shop->url},
                    tr("moderation.reason.advertising_link", lang_, {{"word", shop->url}}));
            } else if (auto w = first_hit(lex.ad_weak, s)) {
                add(ModerationCategory::advertising, *w, tr("moderation.reason.advertising", lang_, {{"word", w->words}}));
            }
        }
    }

    void electoral(const Scan& s, Day day) {
        const Lexicons& lex = lexicons();
        if (auto h = first_hit(lex.calls, s)) {
            add(ModerationCategory::electoral_propaganda, *h,
                tr("moderation.reason.electoral_call", lang_, {{"word", h->words}}));
            return;
        }
        const Election* during = nullptr;
        for (const Election& e : ws_.elections) {
            if (!e.first_round.ok()) continue;
            if (calendar::electoral_period(e).contains(day)) {
                during = &e;
                break;
            }
        }
        if (!during) return;
        if (auto h = first_hit(lex.campaign, s)) {
            add(ModerationCategory::electoral_propaganda, *h,
                tr("moderation.reason.electoral_period", lang_,
                   {{"word", h->words}, {"election", calendar::election_kind_label(during->kind, lang_)}}));
        }
    }

    // The same text (folded, spaces collapsed) by the same author, counted over the workspace.
    void repeated(const InboxMessage& message, const Scan& s) {
        if (message.author.empty() || s.text.size() < 20) return;
        const int needed = lexicons().repeat_count;
        int count = 0;
        bool self_counted = false;
        const std::size_t n = std::min(ws_.messages.size(), kMaxComparedMessages);
        std::size_t budget = kMaxComparedBytes;
        for (std::size_t i = 0; i < n && count < needed; ++i) {
            const InboxMessage& other = ws_.messages[i];
            if (other.author != message.author || other.text.size() > kMaxModeratedBytes) continue;
            if (&other == &message || other.id == message.id) {
                self_counted = true;
                ++count;
                continue;
            }
            // Folding never makes a text more than twice shorter (runs of spaces aside): a text
            // far longer or shorter cannot be the same one, and costs nothing to skip.
            if (other.text.size() > 2 * message.text.size() + 16 || 2 * other.text.size() + 16 < s.text.size()) continue;
            if (other.text.size() > budget) break;
            budget -= other.text.size();
            if (scan_of(other.text).text == s.text) ++count;
        }
        if (!self_counted && count < needed) ++count;  // a message not (yet) in the workspace counts itself
        if (count < needed) return;
        add(ModerationCategory::off_topic, {0, 0, {}},
            tr("moderation.reason.off_topic", lang_, {{"count", std::to_string(count)}, {"author", message.author}}));
    }
};

bool is_public(MessageChannel c) {
    return c == MessageChannel::comment || c == MessageChannel::mention || c == MessageChannel::review;
}

}  // namespace

int charter_rule_index(const ModerationCharter& charter, ModerationCategory category) {
    for (std::size_t i = 0; i < charter.rules.size(); ++i)
        if (charter.rules[i].category == category) return static_cast<int>(i);
    return -1;
}

std::string category_label(ModerationCategory category, Lang lang) {
    return tr("strategy.moderation." + std::string(io::enum_name(category)), lang);
}

std::string action_label(ModerationAction action, Lang lang) {
    return tr("strategy.action." + std::string(io::enum_name(action)), lang);
}

std::string charter_article(const ModerationCharter& charter, int rule_index, ModerationCategory category, Lang lang) {
    const std::string label = category_label(category, lang);
    if (rule_index < 0 || static_cast<std::size_t>(rule_index) >= charter.rules.size())
        return tr("moderation.article.outside", lang, {{"category", label}});
    const ModerationRule& rule = charter.rules[static_cast<std::size_t>(rule_index)];
    const Args args{{"number", std::to_string(rule_index + 1)},
                    {"category", category_label(rule.category, lang)},
                    {"actions", actions_text(rule.actions, lang)}};
    return tr(rule.actions.empty() ? "moderation.article.no_actions" : "moderation.article", lang, args);
}

std::vector<ModerationFinding> review_message(const InboxMessage& message, const Workspace& ws,
                                              const ModerationOptions& options) {
    Day day = options.day.value_or(Day{});
    if (!options.day) {
        const auto local = to_local(message.received_at, ws.profile.time_zone);
        day = local ? Day{date::floor<date::days>(*local)} : Day{date::floor<date::days>(message.received_at)};
    }
    Reviewer reviewer(ws, options);
    return reviewer.run({message.text, is_public(message.channel), &message, day});
}

std::vector<ModerationFinding> review_text(std::string_view text, const Workspace& ws, Day day,
                                           const ModerationOptions& options) {
    Reviewer reviewer(ws, options);
    return reviewer.run({text, true, nullptr, day});
}

}  // namespace inbox
}  // namespace parvis
