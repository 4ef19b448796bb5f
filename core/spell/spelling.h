// The spelling rule of the tone checker (issue 6): every word of a post that the French dictionary
// does not know and that the workspace's local dictionary (streets, places, people) does not list
// becomes a finding « spelling » of the category « orthographe », with the dictionary's
// suggestions. Suggestions are never applied in one click (fix_is_safe = false): a name the
// dictionary does not know is more often right than wrong.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "check/finding.h"
#include "i18n/catalogue.h"
#include "spell/dictionary.h"

namespace parvis::spell {

enum class Suggestions {
    compute,      // ask the dictionary (slow the first time for a word: CLI, a check on demand)
    cached_only,  // only those already computed (live checking on every keystroke)
    none,
};

struct SpellingOptions {
    Suggestions suggestions = Suggestions::compute;
    std::size_t max_suggestions = 5;  // 0 means the default, 5
    // compute: the dictionary is asked for the first `max_computed_words` unknown words only
    // (0.3–0.5 s each natively), the others get what is already known: this bounds the time of one
    // check whatever the text (about 10 s at worst). 0 means the default, 20.
    std::size_t max_computed_words = 20;
};

// Findings in text order. `local_words` are compared without case and may hold several words
// (« Jean-Baptiste Clément », « rue des Glycines »): each of their words is accepted.
std::vector<check::Finding> spelling_findings(std::string_view text, const Dictionary& dictionary,
                                              const std::vector<std::string>& local_words,
                                              Lang lang = Lang::fr, SpellingOptions options = {});

// True when `word` is one of the local words (or one of their words), compared without case.
bool is_local_word(std::string_view word, const std::vector<std::string>& local_words);

}  // namespace parvis::spell
