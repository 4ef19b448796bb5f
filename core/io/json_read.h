// JSON document to model, field by field (the field lists are in json_visit.h). Checks every
// value's type and format; the invariants between values are check_invariants' business.
#pragma once
#include "error.h"
#include "io/json_types.h"
#include "model/workspace.h"

namespace parvis::io {

// Reads the fields of a current-schema workspace document into `out` (a default Workspace).
// The first problem is returned with its JSON pointer; the caller adds line and column.
Error read_workspace_fields(const Json& doc, Workspace& out);

// The text quoted in a message for a value found in the file: short, cut on a code point.
std::string quote_found(std::string_view value);

}  // namespace parvis::io
