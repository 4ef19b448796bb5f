#include "io/zip_read.h"

#include <zlib.h>

namespace parvis::zip {
namespace {

constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::size_t kEndRecordSize = 22;
constexpr std::size_t kCentralHeaderSize = 46;
constexpr std::size_t kLocalHeaderSize = 30;

// Little-endian fields; the caller has checked that they lie inside `b`.
std::uint16_t u16(std::string_view b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}
std::uint32_t u32(std::string_view b, std::size_t at) {
    return static_cast<std::uint32_t>(u16(b, at)) | static_cast<std::uint32_t>(u16(b, at + 2)) << 16;
}

}  // namespace

const char* problem_name(Problem p) {
    switch (p) {
        case Problem::none: return "none";
        case Problem::not_zip: return "not_zip";
        case Problem::truncated: return "truncated";
        case Problem::encrypted: return "encrypted";
        case Problem::unsupported: return "unsupported";
        case Problem::too_large: return "too_large";
        case Problem::corrupt: return "corrupt";
        case Problem::missing: return "missing";
    }
    return "none";
}

bool looks_like_zip(std::string_view bytes) { return bytes.size() >= 4 && u32(bytes, 0) == kLocalHeader; }

Archive Archive::open(std::string_view bytes, const Limits& limits) {
    Archive a;
    a.bytes_ = bytes;
    a.limits_ = limits;
    // The end-of-central-directory record is the last thing in the file, followed only by a
    // comment of at most 65 535 bytes: search backwards over that much.
    std::size_t end = std::string_view::npos;
    if (bytes.size() >= kEndRecordSize) {
        const std::size_t lowest = bytes.size() > kEndRecordSize + 0xFFFF ? bytes.size() - kEndRecordSize - 0xFFFF : 0;
        for (std::size_t at = bytes.size() - kEndRecordSize + 1; at-- > lowest;) {
            if (u32(bytes, at) == kEndOfCentralDirectory) {
                end = at;
                break;
            }
        }
    }
    if (end == std::string_view::npos) {
        // A workbook cut short loses its end first; anything else is simply not a ZIP.
        a.problem_ = looks_like_zip(bytes) ? Problem::truncated : Problem::not_zip;
        return a;
    }
    const std::uint16_t disk = u16(bytes, end + 4), directory_disk = u16(bytes, end + 6);
    const std::uint16_t count = u16(bytes, end + 10);
    const std::uint32_t directory_size = u32(bytes, end + 12), directory_offset = u32(bytes, end + 16);
    if (disk != 0 || directory_disk != 0 || count == 0xFFFF || directory_size == 0xFFFFFFFF ||
        directory_offset == 0xFFFFFFFF) {
        a.problem_ = Problem::unsupported;  // spanned archive or ZIP64: never an .xlsx of this size
        return a;
    }
    if (std::uint64_t{directory_offset} + directory_size > end) {
        a.problem_ = Problem::not_zip;
        return a;
    }
    if (count > limits.max_entries) {
        a.problem_ = Problem::too_large;
        return a;
    }
    std::uint64_t total = 0;
    std::size_t at = directory_offset;
    for (std::uint16_t i = 0; i < count; ++i) {
        if (at + kCentralHeaderSize > end || u32(bytes, at) != kCentralHeader) {
            a.problem_ = Problem::not_zip;
            return a;
        }
        Entry e;
        e.flags = u16(bytes, at + 8);
        e.method = u16(bytes, at + 10);
        e.crc = u32(bytes, at + 16);
        e.compressed = u32(bytes, at + 20);
        e.size = u32(bytes, at + 24);
        const std::size_t name_length = u16(bytes, at + 28), extra = u16(bytes, at + 30), comment = u16(bytes, at + 32);
        e.local_offset = u32(bytes, at + 42);
        if (at + kCentralHeaderSize + name_length + extra + comment > end) {
            a.problem_ = Problem::not_zip;
            return a;
        }
        if (e.compressed == 0xFFFFFFFF || e.size == 0xFFFFFFFF || e.local_offset == 0xFFFFFFFF) {
            a.problem_ = Problem::unsupported;
            return a;
        }
        e.name = std::string(bytes.substr(at + kCentralHeaderSize, name_length));
        total += e.size;
        if (total > limits.max_total) {
            a.problem_ = Problem::too_large;
            return a;
        }
        a.entries_.push_back(std::move(e));
        at += kCentralHeaderSize + name_length + extra + comment;
    }
    return a;
}

const Entry* Archive::find(std::string_view name) const {
    for (const Entry& e : entries_)
        if (e.name == name) return &e;
    return nullptr;
}

std::optional<std::string> Archive::read(std::string_view name, Problem& problem) const {
    problem = problem_;
    if (problem != Problem::none) return std::nullopt;
    const Entry* e = find(name);
    if (!e) return (problem = Problem::missing), std::nullopt;
    if (e->flags & 0x0001) return (problem = Problem::encrypted), std::nullopt;
    if (e->method != 0 && e->method != 8) return (problem = Problem::unsupported), std::nullopt;
    // A zip bomb announces a huge size for a few bytes; deflate never exceeds ~1 032:1 and real
    // XML parts stay far below the limit. The announced size is the most ever inflated (below).
    if (e->size > limits_.ratio_floor && e->size > e->compressed * limits_.max_ratio)
        return (problem = Problem::too_large), std::nullopt;
    const std::size_t at = static_cast<std::size_t>(e->local_offset);
    if (at + kLocalHeaderSize > bytes_.size()) return (problem = Problem::truncated), std::nullopt;
    if (u32(bytes_, at) != kLocalHeader) return (problem = Problem::not_zip), std::nullopt;
    // The local header's own name and extra lengths may differ from the central directory's.
    const std::size_t data = at + kLocalHeaderSize + u16(bytes_, at + 26) + u16(bytes_, at + 28);
    if (data > bytes_.size() || e->compressed > bytes_.size() - data) return (problem = Problem::truncated), std::nullopt;
    const std::string_view packed = bytes_.substr(data, static_cast<std::size_t>(e->compressed));

    std::string out;
    if (e->method == 0) {
        if (e->compressed != e->size) return (problem = Problem::corrupt), std::nullopt;
        out.assign(packed);
    } else {
        out.resize(static_cast<std::size_t>(e->size));
        unsigned char spare = 0;  // inflate wants a buffer even for an empty entry
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return (problem = Problem::corrupt), std::nullopt;  // raw deflate
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
        z.avail_in = static_cast<uInt>(packed.size());
        z.next_out = out.empty() ? &spare : reinterpret_cast<Bytef*>(out.data());
        z.avail_out = static_cast<uInt>(out.size());
        // One call: the output buffer holds exactly the announced size, so data that would
        // inflate to more stops here (Z_BUF_ERROR) instead of growing memory.
        const int status = inflate(&z, Z_FINISH);
        const uLong produced = z.total_out;
        inflateEnd(&z);
        if (status != Z_STREAM_END || produced != e->size) return (problem = Problem::corrupt), std::nullopt;
    }
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(out.data()), static_cast<uInt>(out.size()));
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION  // the fuzzers' mutations would rarely get past it
    if (crc != e->crc) return (problem = Problem::corrupt), std::nullopt;
#endif
    return out;
}

}  // namespace parvis::zip
