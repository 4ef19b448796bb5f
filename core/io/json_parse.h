// JSON text to a document, without exceptions, reporting where a syntax error is.
#pragma once
#include <string_view>

#include "error.h"
#include "io/json_types.h"

namespace parvis::io {

// Parses `text` into `out`. On a syntax error returns json_syntax with the line and column of
// the offending byte (the end of the text for a truncated file); `out` is then unspecified.
// The caller has already checked UTF-8 and nesting depth.
Error parse_json(std::string_view text, Json& out);

}  // namespace parvis::io
