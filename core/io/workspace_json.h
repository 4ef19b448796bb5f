// Reading and writing a workspace as JSON (the persistence and export format).
//
// The file is an object { "format": "parvis-workspace", "schema_version": N, ... }. Reading
// checks, in order: size, UTF-8, nesting depth, JSON syntax, format marker, schema version
// (migrating older versions step by step, refusing newer ones), then every field's type and
// value, then the invariants (unique ids, references that resolve). The first problem found is
// returned with its code, its JSON pointer and its line and column in the text.
//
// Files written by a newer Parvis are refused (ErrorCode::schema_too_new) and never rewritten:
// we cannot know what their unknown fields mean, and silently dropping them on the next save
// would lose the user's data. The caller keeps the file as it is and tells the user to update.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "error.h"
#include "model/workspace.h"

namespace parvis {

inline constexpr int kSchemaVersion = 3;
inline constexpr const char* kFormatMarker = "parvis-workspace";

// The defaults of ReadOptions: far above any real workspace (a few MB, about 6 levels deep),
// low enough that a wrong file is refused before it costs much memory or time.
inline constexpr std::size_t kDefaultMaxWorkspaceBytes = std::size_t{64} * 1024 * 1024;
inline constexpr int kDefaultMaxJsonDepth = 64;

struct ReadOptions {
    std::size_t max_bytes = 0;  // 0: default (kDefaultMaxWorkspaceBytes, 64 MiB)
    int max_depth = 0;          // 0: default (kDefaultMaxJsonDepth levels of arrays/objects)
};

// Parses, migrates and validates. Never throws; never touches anything but its result.
Result<Workspace> read_workspace(std::string_view text, const ReadOptions& options = {});

// The current schema's JSON text (UTF-8, pretty-printed with `indent` spaces, -1 for one line).
std::string write_workspace(const Workspace& workspace, int indent = 2);

// Migrates a workspace text of any supported older schema to the current one, without
// validating the result against the model (read_workspace does that). Same errors as reading.
Result<std::string> migrate_workspace_text(std::string_view text, const ReadOptions& options = {});

// The error for a file refused by its size alone (before reading it), wherever it is found: the
// reader, the CLI before opening a file, the app before reading a picked file.
Error file_too_large_error(std::uintmax_t size_bytes, std::size_t max_bytes);

// The invariants a workspace must hold (unique ids, references that resolve, values in range).
// Returns an Error with code ok when everything holds.
Error check_invariants(const Workspace& workspace);

}  // namespace parvis
