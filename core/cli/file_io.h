// Files for the CLI: the core itself does no I/O (the web app reads through the browser).
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "cli/cli_args.h"
#include "error.h"
#include "model/workspace.h"

namespace parvis::cli {

// The whole file, refused with file_too_large *before* reading when it is bigger than
// `max_bytes`: a 2 GB file dropped by mistake must not be loaded into memory to be refused.
Result<std::string> read_text_file(const std::string& path, std::size_t max_bytes);

// Writes through a temporary file renamed over `path`, so that a failed write never leaves a
// half-written workspace behind.
Error write_text_file(const std::string& path, const std::string& text);

// The workspace named on the command line (Arguments::file), or the exit code of its error
// (reported as FILE:LINE:COLUMN on standard error).
struct Loaded {
    std::optional<Workspace> workspace;
    int exit_code = 0;
};
Loaded load_workspace(const Arguments& args);

// Writes `workspace` to Arguments::output when one was given; the exit code.
int write_if_asked(const Arguments& args, const Workspace& workspace);

// Now, to the second (the audit entries of the commands that edit).
Instant now();

}  // namespace parvis::cli
