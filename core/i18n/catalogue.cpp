// The catalogue, parsed once on first use from the files embedded at build time
// (cmake/embed_files.cmake). A file that does not parse or a key defined twice is a
// programming error: it is skipped here (the interface shows the bare key, visibly) and
// tests/unit/test_catalogue.cpp fails on it.
#include "i18n/catalogue.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>

namespace parvis {
namespace detail {
const std::vector<std::pair<std::string_view, std::string_view>>& catalogue_sources();
}

namespace {

struct Entry {
    std::string fr;
    std::string en;
};

// Node-based map: the strings of an entry never move, which tr_c relies on.
using Table = std::unordered_map<std::string, Entry>;

const Table& table() {
    static const Table parsed = [] {
        Table t;
        for (const auto& [file, content] : detail::catalogue_sources()) {
            const nlohmann::json doc = nlohmann::json::parse(content, nullptr, false);
            if (!doc.is_object()) continue;
            for (const auto& [key, texts] : doc.items()) {
                if (!texts.is_object() || t.count(key)) continue;
                Entry entry;
                if (auto fr = texts.find("fr"); fr != texts.end() && fr->is_string()) {
                    entry.fr = fr->get_ref<const std::string&>();
                }
                if (auto en = texts.find("en"); en != texts.end() && en->is_string()) {
                    entry.en = en->get_ref<const std::string&>();
                }
                t.emplace(key, std::move(entry));
            }
        }
        return t;
    }();
    return parsed;
}

// The text for `key`, or nullptr when the catalogue has none in that language.
const std::string* find_text(std::string_view key, Lang lang) {
    const Table& t = table();
    const auto it = t.find(std::string(key));
    if (it == t.end()) return nullptr;
    const std::string& text = lang == Lang::en ? it->second.en : it->second.fr;
    return text.empty() ? nullptr : &text;
}

}  // namespace

Lang lang_from_code(std::string_view code) {
    return code.substr(0, 2) == "en" ? Lang::en : Lang::fr;
}

const char* lang_code(Lang lang) { return lang == Lang::en ? "en" : "fr"; }

std::string tr(std::string_view key, Lang lang, const Args& args) {
    const std::string* text = find_text(key, lang);
    if (!text) return std::string(key);
    // One pass over the text: a replacement that itself contains "{x}" (a value quoted from a
    // file) is copied as it is, never expanded again.
    std::string out;
    out.reserve(text->size() + 32);
    std::size_t i = 0;
    while (i < text->size()) {
        const std::size_t open = text->find('{', i);
        if (open == std::string::npos) break;
        const std::size_t close = text->find('}', open + 1);
        if (close == std::string::npos) break;
        out.append(*text, i, open - i);
        const std::string_view name(text->data() + open + 1, close - open - 1);
        const std::string* value = nullptr;
        for (const auto& [arg_name, arg_value] : args) {
            if (arg_name == name) value = &arg_value;
        }
        if (value) {
            out += *value;
        } else {
            out.append(*text, open, close - open + 1);  // left visible, so that tests catch it
        }
        i = close + 1;
    }
    out.append(*text, i, std::string::npos);
    return out;
}

const char* tr_c(std::string_view key, Lang lang) {
    if (const std::string* text = find_text(key, lang)) return text->c_str();
    // A missing key is shown as itself; keep one copy so that the pointer stays valid.
    static std::mutex mutex;
    static std::set<std::string, std::less<>> missing;
    const std::lock_guard<std::mutex> lock(mutex);
    return missing.emplace(key).first->c_str();
}

std::vector<std::string> catalogue_keys() {
    std::vector<std::string> keys;
    for (const auto& [key, entry] : table()) keys.push_back(key);
    std::sort(keys.begin(), keys.end());
    return keys;
}

bool catalogue_has(std::string_view key, Lang lang) { return find_text(key, lang) != nullptr; }

}  // namespace parvis
