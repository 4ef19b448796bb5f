// Emoji sequences (UTS #51) as twitter-text's emoji parser sees them: what X counts as 2 whatever
// its length (a skin tone, a family joined by ZWJ, a flag, a keycap).
#pragma once
#include <cstddef>
#include <string_view>

namespace parvis::text {

// Code points of the emoji sequence starting at `at`, 0 when none starts there. A sequence is a
// flag (two regional indicators), a keycap ([0-9#*] U+FE0F? U+20E3), or an emoji shown as emoji
// (default emoji presentation, or followed by U+FE0F or a skin tone) with its modifier, tags and
// further ZWJ-joined emoji (a text-default pictograph followed by a ZWJ starts one too, as in
// « 👁‍🗨 »). A text-style character alone (© ™ ☺ without U+FE0F) is not one.
std::size_t emoji_sequence_length(std::u32string_view text, std::size_t at);

}  // namespace parvis::text
