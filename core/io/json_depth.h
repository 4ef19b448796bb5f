// Nesting depth pre-scan. nlohmann's parser keeps its own stack and the DOM is freed without
// recursion, but our field reader and any later visitor recurse: refusing deep input up front,
// in one linear pass without recursion, keeps every later stage safe and fast.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace parvis::io {

// Offset of the first '[' or '{' (outside strings) that opens level `max_depth + 1`, or nullopt
// when the text never nests deeper than `max_depth`. The text need not be valid JSON.
std::optional<std::size_t> find_too_deep(std::string_view text, int max_depth);

}  // namespace parvis::io
