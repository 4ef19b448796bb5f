// Unicode Normalization Form C (UAX #15, Unicode 15): « é » typed as e + U+0301 becomes U+00E9.
// X counts after NFC, and comparing words (lexicons, charter rules) needs one form.
#pragma once
#include <string>
#include <string_view>

namespace parvis::text {

// True when the text is certainly NFC already (the quick check of UAX #15, answering "maybe" as
// false). Cheap: no allocation; most French text answers true at once.
bool is_nfc_quick(std::string_view text);

// The NFC form. Invalid bytes become U+FFFD first (see utf8::decode).
std::string to_nfc(std::string_view text);

}  // namespace parvis::text
