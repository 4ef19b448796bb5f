// Hashtags and mentions, for the counters' limits (Instagram's 5 hashtags) and Mastodon's rule
// that a remote mention counts as its local part. Simplified from twitter-text: a hashtag is « # »
// (or « ＃ ») after a non-word character, then letters, digits, marks or « _ », not digits only.
#pragma once
#include <cstddef>
#include <string_view>

namespace parvis::count {

struct Span {
    std::size_t begin, end;  // code point indices, end excluded
};

// True when a hashtag starts at `at`; its span in `span`.
bool hashtag_at(std::u32string_view text, std::size_t at, Span& span);

// Mastodon's mention (« @user » or « @user@instance.tld ») at `at`: `local_end` is where the
// « @user » part ends, `span.end` where the whole mention ends.
bool mention_at(std::u32string_view text, std::size_t at, Span& span, std::size_t& local_end);

std::size_t count_hashtags(std::u32string_view text);

}  // namespace parvis::count
