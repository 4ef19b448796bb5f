// Writing a ZIP archive in memory (PKZIP APPNOTE 6.3: local headers, central directory, end
// record), entries stored without compression: images are compressed already, and the workspace
// JSON is small next to them. Deterministic: the same entries in the same order give the same
// bytes (fixed timestamp 1980-01-01 00:00, no extra fields), so that a backup exported, imported
// and exported again is byte-identical. Read back with io/zip_read.h.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parvis::zip {

struct NewEntry {
    std::string name;   // « workspace.json », « media/…jpg »: forward slashes, UTF-8
    std::string bytes;
};

// The archive, or nothing when it cannot be a plain ZIP (no ZIP64 here): more than 65,535
// entries, or an entry, a name or the whole over 4 GiB.
std::optional<std::string> write_stored(const std::vector<NewEntry>& entries);

// CRC-32 (ISO 3309, as ZIP and PNG use it).
std::uint32_t crc32(std::string_view bytes);

}  // namespace parvis::zip
