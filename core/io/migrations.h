// Schema migrations: one function per version step, applied in order on the parsed document, so
// that the field reader only ever knows the current schema. A new schema version adds one row to
// the table in migrations.cpp and raises kSchemaVersion.
#pragma once
#include <span>

#include "error.h"
#include "io/json_types.h"

namespace parvis::io {

inline constexpr int kOldestSchemaVersion = 1;

struct MigrationStep {
    int from;                    // converts version `from` to `from + 1`
    Error (*apply)(Json& doc);   // errors carry the JSON pointer in the *old* document
    const char* summary;         // what the step changes, for people reading the table
};

// The steps, ordered by `from`, covering kOldestSchemaVersion .. kSchemaVersion - 1.
std::span<const MigrationStep> migration_steps();

// Brings `doc` (a workspace object of schema `from`) to the current schema, step by step, and
// sets its "schema_version". `from` must be in [kOldestSchemaVersion, kSchemaVersion].
Error migrate_document(Json& doc, int from);

}  // namespace parvis::io
