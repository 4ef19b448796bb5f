// Folded text for matching words and phrases of the lexicons and of the charter: lower case,
// accents removed, « œ » as « oe », the typographic apostrophe as « ' », every space (no-break,
// narrow no-break) as « ' ' ». Each folded byte remembers the byte of the original text it comes
// from, so that a match in the folded text gives a span in what the user typed.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parvis_assert.h"

namespace parvis::check {

struct FoldedText {
    std::string text;                    // folded, ASCII for French text
    std::vector<std::uint32_t> origin;   // origin[i]: byte in the original of folded byte i;
                                         // origin[text.size()] is the original's size
    std::size_t original_begin(std::size_t i) const {
        PARVIS_ASSERT(i < origin.size(), "original_begin: i is a folded byte offset, 0…text.size()");
        return origin[i];
    }
};

// Folds one code point into `out` (nothing for a combining accent).
void fold_code_point(char32_t c, std::string& out);

FoldedText fold_text(std::string_view text);
std::string fold(std::string_view text);  // the folded string only

// A folded byte that continues a word: ASCII letters and digits, and any non-ASCII byte that is
// left (letters of other scripts).
inline bool is_folded_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Phrases (already folded) found in folded text on word boundaries, longest first at each
// position, left to right without overlap. The elided form of a phrase ending in an elidable
// word (« afin de » → « afin d' ») is matched too, followed directly by a word.
class PhraseMatcher {
public:
    struct Match {
        std::size_t begin, end;  // folded byte offsets
        std::size_t index;       // of the phrase, in the order added
        bool elided;             // matched as « … d' » before a word
    };
    void add(std::string folded_phrase);
    std::size_t size() const { return phrases_.size(); }
    void find(std::string_view folded, std::vector<Match>& out) const;

private:
    struct Phrase {
        std::string text, elided;  // elided empty when the phrase does not end in de/que/le…
    };
    std::vector<Phrase> phrases_;
    // Phrases by a hash of their first word: a collision only adds candidates, which are
    // compared in full anyway.
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_first_;
    const std::vector<std::size_t>* candidates(std::string_view key) const;
};

// « afin de » → « afin d' », « jusque » → « jusqu' »; empty when the last word does not elide.
std::string elided_form(std::string_view folded_phrase);

}  // namespace parvis::check
