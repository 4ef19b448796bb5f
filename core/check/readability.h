// Readability of French text (issue 6, item 3).
//   Kandel & Moles (1958), Flesch's formula adapted to French:
//       207 − 1.015 × (words / sentences) − 73.6 × (syllables / words)
//   LIX (Björnsson, 1968): words / sentences + 100 × (words of more than 6 letters) / words
// Syllables are counted the way French is spoken in careful reading: vowel groups, with the mute
// final « e » / « es » (and « -ent » of a verb after « ils », « elles », « qui ») not counted,
// « qu » / « gu » before a vowel not a vowel, « y » between vowels a consonant (« pa-yer »),
// hiatus split (« vi-dé-o », « a-é-ro », « po-è-me ») and the diaeresis starting a syllable
// (« na-ïf », « No-ël »).
#pragma once
#include <string_view>

#include "check/tokenize.h"

namespace parvis::check {

// Syllables of one word (a word token: letters, hyphens, apostrophes). `verb` marks a word whose
// final « -ent » is the mute ending of a verb in the third person plural.
int french_syllables(std::string_view word, bool verb = false);

struct Readability {
    int words = 0;        // word tokens (elided « l’ » counted with the next word)
    int sentences = 0;    // sentences with at least one word
    int syllables = 0;
    int long_words = 0;   // more than 6 letters
    double kandel_moles = 0;  // higher is easier: ≥ 60 standard, < 50 difficult
    double lix = 0;           // lower is easier: < 40 easy, > 50 difficult
};

Readability measure_readability(std::string_view text, const Tokens& tokens);

}  // namespace parvis::check
