// CamelCase for a hashtag typed in lower case (« #conseilmunicipal » → « #ConseilMunicipal »):
// a screen reader reads a CamelCase tag word by word, a lower-case one as one long word
// (docs/checks.md « Accessibility »). The tag's letters are cut into words the dictionary knows,
// the fewest words winning; nothing is suggested when no cut uses only known words (a tag typed
// without its accents, « #fetedelamusique », is not split: the dictionary knows « fête »).
// Only the case changes: the letters stay as typed, so the suggestion is the same tag for the
// networks, which compare hashtags without case.
//
// Bounded work: a tag of at most kMaxSplitLetters letters, words of at most kMaxSplitWordLetters
// letters, so at most kMaxSplitLetters × kMaxSplitWordLetters dictionary look-ups (which the
// dictionary remembers), whatever the text.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace parvis::spell {
class Dictionary;
}

namespace parvis::check {

inline constexpr std::size_t kMaxSplitLetters = 40;
inline constexpr std::size_t kMaxSplitWordLetters = 20;

// `tag` as written (« #conseilmunicipal », with its #). Returns the tag with a capital at each
// word (« #ConseilMunicipal »), digits and underscores kept in place (« #jo2024paris » →
// « #Jo2024Paris »), or "" when the tag is not all lower-case Latin letters, digits and
// underscores, is too long, or cannot be cut into known words.
std::string camel_case_split(std::string_view tag, const spell::Dictionary& dictionary);

}  // namespace parvis::check
