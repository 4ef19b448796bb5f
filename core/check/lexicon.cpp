#include "check/lexicon.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>
#include <utility>

namespace parvis {
namespace detail {
const std::vector<std::pair<std::string_view, std::string_view>>& lexicon_sources();
}

namespace check {
namespace {

std::string string_field(const nlohmann::json& j, const char* name) {
    const auto it = j.find(name);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void load_plain(const nlohmann::json& doc, Lexicons& lex) {
    for (const auto& e : doc.value("entries", nlohmann::json::array())) {
        PlainFrenchEntry entry{string_field(e, "phrase"), string_field(e, "replacement"), string_field(e, "category"),
                               true};
        if (const auto it = e.find("safe"); it != e.end() && it->is_boolean()) entry.safe = it->get<bool>();
        if (const auto it = e.find("delete"); it != e.end() && it->is_boolean() && it->get<bool>()) {
            entry.replacement.clear();  // the phrase can simply go
            entry.safe = false;
            entry.remove = true;
        }
        if (entry.phrase.empty() || (entry.replacement.empty() && !entry.remove) || entry.category.empty()) {
            lex.problems.push_back("plain_french: " + e.dump());
            continue;
        }
        lex.plain_matcher.add(fold(entry.phrase));
        lex.plain.push_back(std::move(entry));
    }
}

void load_tone(const nlohmann::json& doc, Lexicons& lex) {
    for (const auto& e : doc.value("entries", nlohmann::json::array())) {
        ToneEntry entry{string_field(e, "phrase"), string_field(e, "kind"), 0};
        if (const auto it = e.find("weight"); it != e.end() && it->is_number_integer()) entry.weight = it->get<int>();
        if (entry.phrase.empty() || entry.kind.empty() || entry.weight <= 0) {
            lex.problems.push_back("tone: " + e.dump());
            continue;
        }
        lex.tone_matcher.add(fold(entry.phrase));
        lex.tone.push_back(std::move(entry));
    }
}

void load_inclusive(const nlohmann::json& doc, Lexicons& lex) {
    for (const auto& e : doc.value("epicene", nlohmann::json::array())) {
        EpiceneEntry entry{string_field(e, "phrase"), string_field(e, "replacement")};
        if (entry.phrase.empty() || entry.replacement.empty()) {
            lex.problems.push_back("inclusive: " + e.dump());
            continue;
        }
        lex.epicene_matcher.add(fold(entry.phrase));
        lex.epicene.push_back(std::move(entry));
    }
}

void load_links(const nlohmann::json& doc, Lexicons& lex) {
    for (const auto& e : doc.value("shorteners", nlohmann::json::array()))
        if (e.is_string()) lex.shorteners.push_back(fold(e.get<std::string>()));
}

// Each list of register.json: folded, sorted for binary search; an empty or non-string entry is a
// problem.
void load_register(const nlohmann::json& doc, Lexicons& lex) {
    RegisterWords& r = lex.register_words;
    const std::pair<const char*, std::vector<std::string>*> lists[] = {
        {"pronouns_tu", &r.pronouns_tu},           {"pronouns_vous", &r.pronouns_vous},
        {"imperatives_tu", &r.imperatives_tu},     {"imperatives_vous", &r.imperatives_vous},
        {"not_register", &r.not_register}};
    for (const auto& [name, list] : lists) {
        const auto it = doc.find(name);
        if (it == doc.end() || !it->is_array() || it->empty()) {
            lex.problems.push_back(std::string("register: no list ") + name);
            continue;
        }
        for (const auto& e : *it) {
            if (!e.is_string() || e.get<std::string>().empty()) {
                lex.problems.push_back(std::string("register: ") + name + ": " + e.dump());
                continue;
            }
            list->push_back(fold(e.get<std::string>()));
        }
        std::sort(list->begin(), list->end());
    }
}

}  // namespace

const Lexicons& lexicons() {
    static const Lexicons lex = [] {
        Lexicons l;
        for (const auto& [file, content] : detail::lexicon_sources()) {
            const nlohmann::json doc = nlohmann::json::parse(content, nullptr, false);
            if (!doc.is_object()) {
                l.problems.push_back(std::string(file) + ": not a JSON object");
                continue;
            }
            if (file == "plain_french.json") load_plain(doc, l);
            else if (file == "tone.json") load_tone(doc, l);
            else if (file == "inclusive.json") load_inclusive(doc, l);
            else if (file == "links.json") load_links(doc, l);
            else if (file == "register.json") load_register(doc, l);
            else l.problems.push_back(std::string(file) + ": unknown lexicon");
        }
        return l;
    }();
    return lex;
}

}  // namespace check
}  // namespace parvis
