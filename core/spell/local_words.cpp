#include "spell/local_words.h"

#include <algorithm>

#include "spell/words.h"
#include "text/trim.h"
#include "text/utf8.h"

namespace parvis::spell {

namespace {

// Sorting key: folded, with the accents of French letters dropped (« Église » among the E).
std::string sort_key(std::string_view entry) {
    static constexpr std::pair<std::string_view, char> kBase[] = {
        {"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"á", 'a'}, {"ç", 'c'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'},
        {"ë", 'e'}, {"î", 'i'}, {"ï", 'i'}, {"í", 'i'}, {"ô", 'o'}, {"ö", 'o'}, {"ó", 'o'}, {"ù", 'u'},
        {"û", 'u'}, {"ü", 'u'}, {"ú", 'u'}, {"ÿ", 'y'}, {"ñ", 'n'}, {"œ", 'o'}, {"æ", 'a'}};
    const std::string folded = fold_case(entry);
    std::string key;
    for (std::size_t i = 0; i < folded.size();) {
        const std::size_t length = utf8::decode(folded, i).length;
        const std::string_view c(folded.data() + i, length);
        auto it = std::find_if(std::begin(kBase), std::end(kBase), [&](const auto& b) { return b.first == c; });
        if (it != std::end(kBase)) key += it->second;
        else key.append(c);
        i += length;
    }
    return key;
}

}  // namespace

AddLocalWord add_local_word(Workspace& workspace, std::string_view entry) {
    entry = text::trim(entry, text::Spaces::unicode);
    if (entry.empty()) return AddLocalWord::empty;
    if (entry.size() > kMaxLocalWordBytes || !utf8::is_valid(entry)) return AddLocalWord::too_long;
    const std::string folded = fold_case(entry);
    std::vector<std::string>& words = workspace.local_words;
    for (const std::string& w : words)
        if (fold_case(w) == folded) return AddLocalWord::duplicate;
    words.emplace_back(entry);
    std::stable_sort(words.begin(), words.end(),
                     [](const std::string& a, const std::string& b) { return sort_key(a) < sort_key(b); });
    return AddLocalWord::added;
}

bool remove_local_word(Workspace& workspace, std::string_view entry) {
    const std::string folded = fold_case(text::trim(entry, text::Spaces::unicode));
    std::vector<std::string>& words = workspace.local_words;
    auto it = std::find_if(words.begin(), words.end(), [&](const std::string& w) { return fold_case(w) == folded; });
    if (it == words.end()) return false;
    words.erase(it);
    return true;
}

}  // namespace parvis::spell
