// The lexicons of the tone checker, written for Parvis in assets/lexicon/ and embedded at build
// time (cmake/embed_files.cmake): plain French replacements, the tone signal's words,
// epicene wordings, link shorteners, the forms of « tu » and « vous ». Parsed once, on first use, into phrase matchers.
#pragma once
#include <string>
#include <vector>

#include "check/fold.h"

namespace parvis::check {

struct PlainFrenchEntry {
    std::string phrase;       // as written in the lexicon (« afin de »)
    std::string replacement;  // « pour »
    std::string category;     // jargon_administratif, formule_lourde, pleonasme, formule_creuse
    bool safe = true;         // false: the replacement is advice (grammar may need a change)
    bool remove = false;      // an empty phrase: the advice is to delete it (replacement "")
};

struct ToneEntry {
    std::string phrase;
    std::string kind;  // negatif, agressif, condescendant
    int weight = 0;    // points of the 0–100 signal
};

struct EpiceneEntry {
    std::string phrase;
    std::string replacement;
};

// The words that mark « tu » or « vous » (assets/lexicon/register.json), folded (fold.h).
struct RegisterWords {
    std::vector<std::string> pronouns_tu, pronouns_vous;        // counted anywhere
    std::vector<std::string> imperatives_tu, imperatives_vous;  // counted at the start of a clause only
    std::vector<std::string> not_register;  // compounds that hold « vous » or « tu » but address no one
};

struct Lexicons {
    std::vector<PlainFrenchEntry> plain;
    PhraseMatcher plain_matcher;  // same order as `plain`
    std::vector<ToneEntry> tone;
    PhraseMatcher tone_matcher;
    std::vector<EpiceneEntry> epicene;
    PhraseMatcher epicene_matcher;
    std::vector<std::string> shorteners;  // host names, lower case
    RegisterWords register_words;
    std::vector<std::string> problems;    // files or entries that did not parse (tests check empty)
};

const Lexicons& lexicons();

}  // namespace parvis::check
