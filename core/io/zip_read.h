// Reading entries out of a ZIP archive held in memory (PKZIP: central directory, then each entry's
// local header; stored or deflate entries, inflated with zlib). Made for .xlsx workbooks, which
// are small ZIP archives of XML parts; an archive from elsewhere is untrusted, so every size is
// checked before memory is given to it (zip bombs), CRCs are verified, and any damage is a
// ZipProblem, never a crash.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parvis::zip {

// Why an archive or an entry cannot be read. Stable: the import maps each to an error reason.
enum class Problem {
    none,
    not_zip,         // no ZIP structure where one is expected (bad signature, offsets that make no sense)
    truncated,       // the archive stops before its end (no end-of-central-directory record, an entry cut)
    encrypted,       // a password-protected entry
    unsupported,     // a compression method other than stored/deflate, or ZIP64, or a multi-disk archive
    too_large,       // over the size limits (total, or compression ratio of a zip bomb)
    corrupt,         // CRC mismatch, or deflate data that does not inflate to the announced size
    missing,         // no entry of that name
};
const char* problem_name(Problem p);

struct Limits {
    std::uint64_t max_total = std::uint64_t{200} * 1024 * 1024;  // sum of the entries' sizes, uncompressed
    std::uint64_t max_ratio = 200;      // uncompressed / compressed, above which an entry is a bomb…
    std::uint64_t ratio_floor = 1 << 20;  // …unless it is smaller than this once inflated
    std::size_t max_entries = 10000;
};

struct Entry {
    std::string name;
    std::uint16_t flags = 0;
    std::uint16_t method = 0;
    std::uint32_t crc = 0;
    std::uint64_t compressed = 0;
    std::uint64_t size = 0;
    std::uint64_t local_offset = 0;
};

class Archive {
public:
    // Reads the central directory of `bytes` (which must outlive the Archive).
    static Archive open(std::string_view bytes, const Limits& limits = {});

    Problem problem() const { return problem_; }
    const std::vector<Entry>& entries() const { return entries_; }
    const Entry* find(std::string_view name) const;

    // The uncompressed bytes of an entry; `problem` tells why when there are none.
    std::optional<std::string> read(std::string_view name, Problem& problem) const;

private:
    std::string_view bytes_;
    Limits limits_;
    Problem problem_ = Problem::none;
    std::vector<Entry> entries_;
};

// True when `bytes` begin with a ZIP local file header (PK\3\4): the signature, not a file name,
// tells a workbook from a CSV file.
bool looks_like_zip(std::string_view bytes);

}  // namespace parvis::zip
