// Finding a value in JSON text by its JSON pointer, to give line and column for errors found
// after parsing (wrong types, bad values, broken invariants): the parsed document no longer
// knows where its values came from. Used only on error paths.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace parvis::io {

// Byte offset of the first character of the value at `pointer` (RFC 6901, "" is the whole
// document), or nullopt when the text holds no such value or is not well-formed enough to walk.
// Like the parser, a duplicated key resolves to its last occurrence. Linear, without recursion.
std::optional<std::size_t> locate_pointer(std::string_view text, std::string_view pointer);

// The value at `pointer` or, when it does not exist (a missing field, a value a migration
// created), its nearest ancestor that does; the start of the text as a last resort.
std::size_t locate_nearest(std::string_view text, std::string_view pointer);

}  // namespace parvis::io
