// Model to JSON document (the field lists are in json_visit.h).
#pragma once
#include "io/json_types.h"
#include "model/workspace.h"

namespace parvis::io {

// The whole workspace object, "format" and "schema_version" first, then the fields in the order
// of the model. Empty optionals are omitted; everything else is written, defaults included, so
// that a file says explicitly what the user saw.
Json workspace_to_json(const Workspace& workspace);

}  // namespace parvis::io
