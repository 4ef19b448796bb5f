// The words of a post that the spelling checker looks up, found in UTF-8 text as typed: French
// words with their elisions (« l’école », « qu'il ») and hyphens (« peut-être »), but never what
// a dictionary cannot judge — links, e-mail addresses, @mentions, #hashtags, numbers and times
// (« 18h30 », « 1er »), acronyms in capitals (« CCAS »), brand names with inner capitals
// (« LinkedIn »), single letters, words of other scripts. Invalid bytes never crash: they end a
// word like any other non-letter.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parvis::spell {

// A word as written in the text: [start, end) in UTF-8 bytes.
struct WordSpan {
    std::size_t start = 0;
    std::size_t end = 0;
    bool operator==(const WordSpan&) const = default;
};

// The words to look up, in order. Apostrophes (' ’ ʼ), hyphens (- ‐ ‑) and the middle dot of
// inclusive writing (·) belong to a word only between two letters.
std::vector<WordSpan> words_to_check(std::string_view text);

// The parts of a word split at its apostrophes and hyphens, for narrowing a finding to the wrong
// part (« l’écolle » → « écolle »). Offsets are absolute, like `word`'s.
struct WordPart {
    WordSpan span;
    char32_t joiner_before = 0;  // the apostrophe or hyphen before this part, 0 for the first
};
std::vector<WordPart> split_word(std::string_view text, WordSpan word);

// The form looked up in the dictionary: NFC, the modifier-letter apostrophe ʼ as ’, the
// Unicode hyphens as '-'.
std::string lookup_form(std::string_view word);

// Lower case for the Latin letters French uses (A–Z, À–Þ, Latin Extended-A such as Œ, Ÿ), after
// lookup_form: how the local dictionary of a workspace compares words (« rue DU MOULIN » finds
// « Moulin »).
std::string fold_case(std::string_view word);

// The elided words of French that a part can follow: l’ d’ j’ m’ n’ s’ t’ c’ qu’ jusqu’ lorsqu’
// puisqu’ quoiqu’ (compared after fold_case, without the apostrophe).
bool is_elision(std::string_view folded_prefix);

}  // namespace parvis::spell
