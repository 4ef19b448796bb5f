#include "check/hashtag_split.h"

#include <limits>
#include <vector>

#include "spell/dictionary.h"
#include "spell/words.h"
#include "text/utf8.h"

namespace parvis::check {
namespace {

bool is_lower_latin(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) || c == 0x153;
}

char32_t upper(char32_t c) {
    if (c >= 'a' && c <= 'z') return c - 32;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
    if (c == 0xFF) return 0x178;  // ÿ → Ÿ
    if (c == 0x153) return 0x152;  // œ → Œ
    return c;                      // ß has no one-letter capital
}

// The single letters that are French words by themselves; the dictionary is not asked about
// one letter, which it may accept as the letter's name.
bool is_one_letter_word(char32_t c) { return c == 'a' || c == 0xE0 || c == 'y' || c == 0xF4; }

// The words of one run of letters, as [begin, end) indices, or empty when there is no cut into
// known words. Cost: 2 a word, 3 a one-letter word (« lesbains » is « les bains », not
// « les bain s »), so the fewest words win and, among them, the fewest single letters.
std::vector<std::size_t> cut(const std::u32string& letters, const spell::Dictionary& dictionary) {
    const std::size_t n = letters.size();
    constexpr int kNone = std::numeric_limits<int>::max();
    std::vector<int> cost(n + 1, kNone);
    std::vector<std::size_t> from(n + 1, 0);
    cost[0] = 0;
    for (std::size_t end = 1; end <= n; ++end) {
        for (std::size_t len = std::min(end, kMaxSplitWordLetters); len >= 1; --len) {
            const std::size_t begin = end - len;
            if (cost[begin] == kNone) continue;
            int word_cost = 0;
            if (len == 1) {
                if (!is_one_letter_word(letters[begin])) continue;
                word_cost = 3;
            } else {
                std::string word;
                for (std::size_t i = begin; i < end; ++i) utf8::append(word, letters[i]);
                if (!dictionary.correct(spell::lookup_form(word))) continue;
                word_cost = 2;
            }
            if (cost[begin] + word_cost < cost[end]) {
                cost[end] = cost[begin] + word_cost;
                from[end] = begin;
            }
        }
    }
    if (cost[n] == kNone) return {};
    std::vector<std::size_t> starts;
    for (std::size_t at = n; at > 0; at = from[at]) starts.insert(starts.begin(), from[at]);
    return starts;
}

}  // namespace

std::string camel_case_split(std::string_view tag, const spell::Dictionary& dictionary) {
    if (tag.empty() || (tag[0] != '#' && tag.substr(0, 3) != "\xEF\xBC\x83")) return {};
    const std::size_t body = tag[0] == '#' ? 1 : 3;  // # or the full-width ＃
    // The tag as runs: letters to cut, the rest (digits, underscores) kept as it is.
    std::vector<std::u32string> runs;
    std::vector<bool> is_letters;
    std::size_t letter_count = 0;
    for (std::size_t i = body; i < tag.size();) {
        const utf8::Decoded d = utf8::decode(tag, i);
        const char32_t c = d.code_point;
        const bool letter = is_lower_latin(c);
        if (!letter && !(c >= '0' && c <= '9') && c != '_') return {};
        if (letter && ++letter_count > kMaxSplitLetters) return {};
        if (runs.empty() || is_letters.back() != letter) {
            runs.emplace_back();
            is_letters.push_back(letter);
        }
        runs.back().push_back(c);
        i += d.length;
    }
    if (letter_count == 0) return {};
    std::string out(tag.substr(0, body));
    for (std::size_t r = 0; r < runs.size(); ++r) {
        if (!is_letters[r]) {
            for (char32_t c : runs[r]) utf8::append(out, c);
            continue;
        }
        const std::vector<std::size_t> starts = cut(runs[r], dictionary);
        if (starts.empty()) return {};
        std::size_t next = 0;
        for (std::size_t i = 0; i < runs[r].size(); ++i) {
            const bool word_start = next < starts.size() && starts[next] == i;
            if (word_start) ++next;
            utf8::append(out, word_start ? upper(runs[r][i]) : runs[r][i]);
        }
    }
    return out;
}

}  // namespace parvis::check
