// Files for the CLI: the core itself does no I/O (the web app reads through the browser).
#pragma once
#include <cstddef>
#include <string>

#include "error.h"

namespace parvis::cli {

// The whole file, refused with file_too_large *before* reading when it is bigger than
// `max_bytes`: a 2 GB file dropped by mistake must not be loaded into memory to be refused.
Result<std::string> read_text_file(const std::string& path, std::size_t max_bytes);

// Writes through a temporary file renamed over `path`, so that a failed write never leaves a
// half-written workspace behind.
Error write_text_file(const std::string& path, const std::string& text);

}  // namespace parvis::cli
