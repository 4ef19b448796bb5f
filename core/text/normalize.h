// Unicode Normalization Form C (UAX #15, Unicode 15): « é » typed as e + U+0301 becomes U+00E9.
// X counts after NFC, and comparing words (lexicons, charter rules) needs one form.
#pragma once
#include <string>
#include <string_view>

#include "text/small_vector.h"

namespace parvis::text {

// True when `c` is certainly unchanged by NFC whatever surrounds it: a starter that never
// decomposes and never composes with what precedes it (UAX #15's quick check, "maybe" counted as
// no). NFC can then be applied piece by piece between such code points. A bit lookup below
// U+20000, where nearly all text lives.
bool is_nfc_boundary(char32_t c);

// True when the text is certainly NFC already (the quick check of UAX #15, answering "maybe" as
// false). Cheap: no allocation; most French text answers true at once.
bool is_nfc_quick(std::string_view text);

// The NFC form. Invalid bytes become U+FFFD first (see utf8::decode).
std::string to_nfc(std::string_view text);

// Appends the NFC form of `text` (code points) to `out`: only the pieces around code points that
// are not boundaries are decomposed and recomposed, the rest is copied.
void append_nfc(std::u32string_view text, SmallVectorRef<char32_t>& out);

}  // namespace parvis::text
