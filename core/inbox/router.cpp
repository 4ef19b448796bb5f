#include "inbox/router.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "check/fold.h"

namespace parvis {
namespace detail {
const std::vector<std::pair<std::string_view, std::string_view>>& inbox_sources();
}

namespace inbox {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Vocabulary: stop words and synonyms of assets/inbox/routing.json
//-----------------------------------------------------------------------------

struct Vocabulary {
    std::unordered_set<std::string> stop_words;  // folded
    SynonymGroups synonyms;
};

constexpr std::size_t kMaxSynonymBytes = 200;
constexpr std::size_t kMaxGroupWords = 100;

SynonymGroups groups_from(const nlohmann::json& array) {
    SynonymGroups out;
    if (!array.is_array()) return out;
    for (const auto& g : array) {
        if (!g.is_array()) continue;
        std::vector<std::string> group;
        for (const auto& w : g) {
            if (w.is_string() && !w.get_ref<const std::string&>().empty() &&
                w.get_ref<const std::string&>().size() <= kMaxSynonymBytes && group.size() < kMaxGroupWords)
                group.push_back(w.get<std::string>());
        }
        if (group.size() >= 2) out.push_back(std::move(group));
    }
    return out;
}

const Vocabulary& vocabulary() {
    static const Vocabulary v = [] {
        Vocabulary out;
        for (const auto& [file, content] : detail::inbox_sources()) {
            if (file != "routing.json") continue;
            const nlohmann::json doc = nlohmann::json::parse(content, nullptr, false);
            if (!doc.is_object()) continue;
            for (const auto& w : doc.value("stop_words", nlohmann::json::array()))
                if (w.is_string()) out.stop_words.insert(check::fold(w.get<std::string>()));
            out.synonyms = groups_from(doc.value("synonyms", nlohmann::json::array()));
        }
        return out;
    }();
    return v;
}

//-----------------------------------------------------------------------------
// [SECTION] Words: folding, light French stemming, phrases
//-----------------------------------------------------------------------------

// A light stemmer in the manner of Savoy's French light stemmer: the plural, then the endings
// that make « ramasser », « ramassé(e)s » and « ramasse » one word, then a doubled final
// consonant (« poubelle » and the typo « poubele » meet). Enough for routing; not a lemmatiser.
std::string stem(std::string w) {
    if (w.size() > 3 && (w.back() == 's' || w.back() == 'x')) w.pop_back();
    if (w.size() > 4 && w.ends_with("er")) w.resize(w.size() - 2);
    else if (w.size() > 4 && w.ends_with("ee")) w.resize(w.size() - 2);
    else if (w.size() > 3 && w.back() == 'e') w.pop_back();
    if (w.size() > 3 && w[w.size() - 1] == w[w.size() - 2] && std::string_view("aeiouy").find(w.back()) == std::string_view::npos)
        w.pop_back();
    return w;
}

// The stems of the words of `text` that carry meaning, in order, at most `max_words`.
std::vector<std::string> stems_of(std::string_view text, std::size_t max_words = kMaxRoutedWords) {
    const std::string folded = check::fold(text);
    const auto& stop = vocabulary().stop_words;
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < folded.size() && out.size() < max_words) {
        while (i < folded.size() && !check::is_folded_word_byte(static_cast<unsigned char>(folded[i]))) ++i;
        std::size_t j = i;
        while (j < folded.size() && check::is_folded_word_byte(static_cast<unsigned char>(folded[j]))) ++j;
        if (j > i) {
            std::string word = folded.substr(i, j - i);
            if (!stop.contains(word)) out.push_back(stem(std::move(word)));
        }
        i = j;
    }
    return out;
}

std::string key_of(const std::vector<std::string>& stems, std::size_t begin, std::size_t count) {
    std::string key;
    for (std::size_t k = begin; k < begin + count; ++k) {
        if (!key.empty()) key += ' ';
        key += stems[k];
    }
    return key;
}

std::string phrase_key(std::string_view phrase) {
    const auto stems = stems_of(phrase, 8);
    return key_of(stems, 0, stems.size());
}

constexpr std::size_t kMaxPhraseWords = 5;

// Damerau–Levenshtein distance at most one (one slip: a letter added, lost, changed, swapped).
bool one_slip_apart(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (i == a.size()) return true;  // equal, or b has one more letter at the end
    if (a.size() == b.size()) {
        if (a.substr(i + 1) == b.substr(i + 1)) return true;  // one changed
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
    }
    return a.substr(i) == b.substr(i + 1);  // one added in b
}

std::string guillemets(std::string_view s) { return "«\u202F" + std::string(s) + "\u202F»"; }

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The router's tables
//-----------------------------------------------------------------------------

enum class Evidence { keyword, topic, name, synonym, typo, tag, past };

struct Feature {
    std::size_t service;
    double weight;
    Evidence kind;
    std::string shown;     // the keyword as the user wrote it
    std::string via;       // synonym: the word of the group found in the message
};

struct Router::Impl {
    std::vector<Service> services;
    std::unordered_map<std::string, std::vector<Feature>> features;  // by phrase key
    std::vector<std::string> single_keys;                            // one-word keys, for slips
    std::unordered_map<std::string, std::vector<int>> past;          // stem → messages per service
    std::unordered_map<std::string, std::vector<std::string>> post_tags;  // post id → tags
    Lang lang = Lang::fr;

    void add(const std::string& key, Feature f) {
        if (key.empty()) return;
        auto& list = features[key];
        for (Feature& g : list) {
            if (g.service == f.service) {  // one entry per service and key: the strongest evidence
                if (f.weight > g.weight) g = std::move(f);
                return;
            }
        }
        list.push_back(std::move(f));
    }
};

const SynonymGroups& builtin_synonyms() { return vocabulary().synonyms; }

std::optional<SynonymGroups> parse_synonyms(std::string_view json) {
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_array()) return groups_from(doc);
    if (doc.is_object() && doc.contains("synonyms") && doc["synonyms"].is_array()) return groups_from(doc["synonyms"]);
    return std::nullopt;
}

Router::~Router() = default;

Router::Router(const Workspace& workspace, const RouterOptions& options) : impl_(std::make_unique<Impl>()) {
    Impl& m = *impl_;
    m.lang = options.lang;
    m.services = workspace.services;
    std::vector<const std::vector<std::string>*> groups;
    for (const auto& g : builtin_synonyms()) groups.push_back(&g);
    if (options.extra_synonyms)
        for (const auto& g : *options.extra_synonyms) groups.push_back(&g);
    // Each group's keys, computed once.
    std::vector<std::vector<std::pair<std::string, const std::string*>>> group_keys;
    for (const auto* g : groups) {
        std::vector<std::pair<std::string, const std::string*>> keys;
        for (const std::string& w : *g) keys.emplace_back(phrase_key(w), &w);
        group_keys.push_back(std::move(keys));
    }

    for (std::size_t s = 0; s < m.services.size(); ++s) {
        const Service& svc = m.services[s];
        // What the service is known by, with the word as written: keyword and topic keys.
        std::unordered_map<std::string, std::pair<std::string, double>> own;
        for (const std::string& k : svc.keywords) {
            const std::string key = phrase_key(k);
            const double w = key.find(' ') != std::string::npos ? 4.0 : 3.0;  // a phrase says more
            m.add(key, {s, w, Evidence::keyword, k, {}});
            own.emplace(key, std::pair{k, 1.0});
        }
        for (const std::string& t : svc.topics) {
            const std::string key = phrase_key(t);
            m.add(key, {s, 2.5, Evidence::topic, t, {}});
            own.emplace(key, std::pair{t, 1.0});
        }
        // The words of its name (« Voirie et éclairage public »): weaker, but every service has one.
        std::string name = svc.name;
        if (const auto paren = name.find('('); paren != std::string::npos) name.resize(paren);  // « (Agglomération) »
        std::size_t from = 0;
        for (int words = 0; from < name.size() && words < 12; ++words) {
            std::size_t to = name.find_first_of(" -’'/,", from);
            if (to == std::string::npos) to = name.size();
            const std::string word = name.substr(from, to - from);
            from = to + 1;
            const std::string key = phrase_key(word);
            if (key.size() < 4 || key.find(' ') != std::string::npos) continue;
            m.add(key, {s, 1.5, Evidence::name, word, {}});  // shown as written: « Voirie »
            own.emplace(key, std::pair{word, 0.6});
        }
        // Synonyms: a group that holds one of the service's own words lends it the others.
        for (const auto& keys : group_keys) {
            const std::pair<std::string, double>* anchor = nullptr;
            for (const auto& [key, word] : keys) {
                const auto it = own.find(key);
                if (it != own.end()) {
                    anchor = &it->second;
                    break;
                }
            }
            if (!anchor) continue;
            for (const auto& [key, word] : keys) {
                if (own.contains(key)) continue;
                m.add(key, {s, 2.0 * anchor->second, Evidence::synonym, anchor->first, *word});
            }
        }
    }
    // A word several services share is weak evidence for each.
    for (auto& [key, list] : m.features) {
        for (Feature& f : list) f.weight /= double(list.size());
        if (key.find(' ') == std::string::npos && key.size() >= 5) m.single_keys.push_back(key);  // 6-letter words may lose one
    }
    std::sort(m.single_keys.begin(), m.single_keys.end());

    for (const Post& p : workspace.posts)
        if (!p.tags.empty()) m.post_tags[p.id] = p.tags;

    if (options.learn_from_past) {
        std::unordered_map<std::string, std::size_t> index;
        for (std::size_t s = 0; s < m.services.size(); ++s) index[m.services[s].id] = s;
        std::size_t used = 0;
        // The most recent first: the workspace's order is the import order, newest usually last.
        for (auto it = workspace.messages.rbegin(); it != workspace.messages.rend() && used < kMaxPastMessages; ++it) {
            const auto s = index.find(it->service_id);
            if (s == index.end()) continue;
            ++used;
            std::vector<std::string> stems = stems_of(std::string_view(it->text).substr(0, kMaxRoutedBytes), 300);
            std::sort(stems.begin(), stems.end());
            stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
            for (const std::string& st : stems) {
                if (st.size() < 4) continue;
                auto& counts = m.past[st];
                counts.resize(m.services.size());
                ++counts[s->second];
            }
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Routing one message
//-----------------------------------------------------------------------------

namespace {

struct Contribution {
    double weight;
    Evidence kind;
    std::string shown, via;
};

std::string reason_text(const Contribution& c, Lang lang) {
    switch (c.kind) {
        case Evidence::keyword: return tr("inbox.route.reason.keyword", lang, {{"word", guillemets(c.shown)}});
        case Evidence::topic: return tr("inbox.route.reason.topic", lang, {{"word", guillemets(c.shown)}});
        case Evidence::name: return tr("inbox.route.reason.name", lang, {{"word", guillemets(c.shown)}});
        case Evidence::synonym:
            return tr("inbox.route.reason.synonym", lang, {{"found", guillemets(c.via)}, {"word", guillemets(c.shown)}});
        case Evidence::typo: return tr("inbox.route.reason.typo", lang, {{"found", guillemets(c.via)}, {"word", guillemets(c.shown)}});
        case Evidence::tag: return tr("inbox.route.reason.tag", lang, {{"tag", guillemets(c.via)}, {"word", guillemets(c.shown)}});
        case Evidence::past: return tr("inbox.route.reason.past", lang, {{"words", c.shown}});
    }
    return {};
}

// The text cut at kMaxRoutedBytes, on a character boundary.
std::string_view bounded(std::string_view text) {
    if (text.size() <= kMaxRoutedBytes) return text;
    std::size_t n = kMaxRoutedBytes;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    return text.substr(0, n);
}

Routing route_impl(const Router::Impl& m, std::string_view text, const std::vector<std::string>& post_tags,
                   const std::string* own_service, bool own_counted) {
    const std::size_t n = m.services.size();
    std::vector<double> score(n, 0);
    std::vector<std::vector<Contribution>> why(n);
    // Each key counts once per message, however often it is repeated.
    std::unordered_set<std::string> seen;
    auto credit = [&](const std::string& key, Evidence as, const std::string& via, double factor) {
        const auto it = m.features.find(key);
        if (it == m.features.end() || !seen.insert(key).second) return false;
        for (const Feature& f : it->second) {
            const Evidence kind = as == Evidence::keyword ? f.kind : as;
            const std::string& shown_via = as == Evidence::keyword ? f.via : via;
            score[f.service] += f.weight * factor;
            why[f.service].push_back({f.weight * factor, kind, f.shown, shown_via});
        }
        return true;
    };

    const std::vector<std::string> stems = stems_of(bounded(text));
    std::vector<bool> covered(stems.size(), false);
    // Longest phrases first at each position, so « bac jaune » is credited before « bac ».
    for (std::size_t i = 0; i < stems.size(); ++i) {
        for (std::size_t len = std::min(kMaxPhraseWords, stems.size() - i); len >= 1; --len) {
            if (credit(key_of(stems, i, len), Evidence::keyword, {}, 1.0)) {
                for (std::size_t k = i; k < i + len; ++k) covered[k] = true;
                break;
            }
        }
    }
    // One slip on a longer word (« passport », « dechetterie »), once per distinct word.
    std::unordered_set<std::string> tried;
    for (std::size_t i = 0; i < stems.size(); ++i) {
        const std::string& w = stems[i];
        if (covered[i] || w.size() < 6 || !tried.insert(w).second || tried.size() > 300) continue;
        for (const std::string& key : m.single_keys) {
            if (key.size() + 1 < w.size() || key.size() > w.size() + 1 || !one_slip_apart(key, w)) continue;
            if (credit(key, Evidence::typo, w, 0.8)) break;
        }
    }
    // The commented post's tags: what the thread is about.
    for (std::size_t t = 0; t < post_tags.size() && t < 20; ++t) {
        const std::string key = phrase_key(std::string_view(post_tags[t]).substr(0, kMaxSynonymBytes));
        credit(key, Evidence::tag, post_tags[t], 0.7);
    }
    // Past routings: the words of messages already sent to a service.
    std::vector<std::vector<std::string>> past_words(n);
    std::unordered_set<std::string> past_seen;
    std::size_t own_index = n;
    if (own_service)
        for (std::size_t s = 0; s < n; ++s)
            if (m.services[s].id == *own_service) own_index = s;
    for (const std::string& w : stems) {
        if (w.size() < 4 || !past_seen.insert(w).second) continue;
        const auto it = m.past.find(w);
        if (it == m.past.end()) continue;
        std::vector<int> counts = it->second;
        if (own_counted && own_index < n) --counts[own_index];  // a message never votes for itself
        int total = 0;
        for (int c : counts) total += c;
        if (total <= 0) continue;
        for (std::size_t s = 0; s < n; ++s) {
            if (counts[s] <= 0) continue;
            // A word seen once is a hint; a word always sent to the same service is evidence; a
            // word sent everywhere (« rue », « voiture ») says little: the share counts squared.
            const double share = double(counts[s]) / total;
            const double w8 = 0.8 * share * share * std::min(1.0, total / 2.0);
            score[s] += w8;
            if (past_words[s].size() < 4) past_words[s].push_back(w);
        }
    }
    for (std::size_t s = 0; s < n; ++s) {
        if (past_words[s].empty()) continue;
        std::string words;
        for (const std::string& w : past_words[s]) words += (words.empty() ? "" : ", ") + w;
        why[s].push_back({0.5, Evidence::past, words, {}});
    }

    std::vector<std::size_t> order(n);
    for (std::size_t s = 0; s < n; ++s) order[s] = s;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });

    Routing out;
    if (n == 0 || score[order[0]] <= 0) {
        out.reasons.push_back(tr(n == 0 ? "inbox.route.reason.no_service" : "inbox.route.reason.none", m.lang));
        return out;
    }
    // Confidence: the share of the evidence the service holds, damped when the evidence is thin.
    double total = 1.0;
    for (std::size_t k = 0; k < std::min<std::size_t>(3, n); ++k) total += score[order[k]];
    const std::size_t best = order[0];
    out.service_id = m.services[best].id;
    out.confidence = std::clamp(score[best] / total, 0.0, 1.0);
    auto& reasons = why[best];
    std::stable_sort(reasons.begin(), reasons.end(), [](const Contribution& a, const Contribution& b) { return a.weight > b.weight; });
    for (std::size_t r = 0; r < reasons.size() && out.reasons.size() < 3; ++r) out.reasons.push_back(reason_text(reasons[r], m.lang));
    for (std::size_t k = 1; k < std::min<std::size_t>(3, n); ++k) {
        if (score[order[k]] <= 0) break;
        out.alternatives.push_back({m.services[order[k]].id, std::clamp(score[order[k]] / total, 0.0, 1.0)});
    }
    return out;
}

}  // namespace

Routing Router::route(std::string_view text, const std::vector<std::string>& post_tags) const {
    return route_impl(*impl_, text, post_tags, nullptr, false);
}

Routing Router::route(const InboxMessage& message) const {
    static const std::vector<std::string> none;
    const auto it = impl_->post_tags.find(message.post_id);
    return route_impl(*impl_, message.text, it == impl_->post_tags.end() ? none : it->second,
                      message.service_id.empty() ? nullptr : &message.service_id, true);
}

}  // namespace inbox
}  // namespace parvis
