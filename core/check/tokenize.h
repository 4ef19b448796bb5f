// French words and sentences of a post, for the checks (readability, register, capitals…).
// Tokens keep UTF-8 byte offsets of the original text. What a French reader sees as one unit is
// one token:
//   words        « l’ » / « qu’ » / « d’ » split off as elided words (both apostrophes), but
//                « aujourd’hui », « peut-être », « élu·e·s » whole
//   numbers      « 1 234,5 » (spaces, no-break and narrow no-break spaces between groups of 3),
//                « 3,5 », « 1er », « 2e »
//   times        « 18h30 », « 9 h », « 18 h 30 »
//   links, e-mail addresses, @mentions, #hashtags, emoji sequences (core/text/links, emoji)
// Sentences end at « . », « ! », « ? », « … » (and runs of them) and at line breaks, but not at
// the dot of « M. », « Mme. », « cf. », « etc. » followed by a word in lower case, an initial
// (« J. Dupont ») or a number (« 3.5 » never reaches here: it is one token).
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace parvis::check {

enum class TokenKind { word, number, time, url, email, mention, hashtag, emoji, punct, space, newline };

struct Token {
    TokenKind kind = TokenKind::word;
    std::size_t start = 0, end = 0;  // UTF-8 byte offsets
    bool elided = false;             // word ending in an apostrophe: « l’ », « qu’ »
};

struct Sentence {
    std::size_t first = 0, last = 0;  // token indices, last excluded
    std::size_t start = 0, end = 0;   // bytes, from the first to the last non-space token
    int words = 0;                    // words (elided ones count with the next), numbers, times
    int commas = 0;
};

struct Tokens {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
};

Tokens tokenize(std::string_view text);

// A word token's letters are all upper case (and there are at least two: « CCAS », « FÊTE »).
bool is_all_caps_word(std::string_view word);

}  // namespace parvis::check
