// Stored ZIP archives. See zip_write.h.
#include "io/zip_write.h"

#include <zlib.h>

#include <cstdint>
#include <limits>

namespace parvis::zip {
namespace {

constexpr std::uint16_t kVersion = 20;          // 2.0: what every reader understands
constexpr std::uint16_t kUtf8Names = 1u << 11;  // general purpose bit 11: names are UTF-8
constexpr std::uint16_t kDosTime = 0;           // 00:00:00
constexpr std::uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;  // 1980-01-01: the format's first day

void u16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}
void u32(std::string& out, std::uint32_t v) {
    u16(out, v & 0xFFFF);
    u16(out, v >> 16);
}

}  // namespace

std::uint32_t crc32(std::string_view bytes) {
    uLong crc = ::crc32(0L, Z_NULL, 0);
    // zlib takes uInt lengths: feed large buffers in pieces.
    while (!bytes.empty()) {
        const std::size_t n = std::min<std::size_t>(bytes.size(), 1u << 30);
        crc = ::crc32(crc, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(n));
        bytes.remove_prefix(n);
    }
    return static_cast<std::uint32_t>(crc);
}

std::optional<std::string> write_stored(const std::vector<NewEntry>& entries) {
    constexpr std::uint64_t kMax32 = std::numeric_limits<std::uint32_t>::max();
    if (entries.size() >= 0xFFFF) return std::nullopt;
    std::uint64_t total = 22;
    for (const NewEntry& e : entries) {
        if (e.name.size() >= 0xFFFF || e.bytes.size() >= kMax32) return std::nullopt;
        total += 30 + 46 + 2 * e.name.size() + e.bytes.size();
    }
    if (total >= kMax32) return std::nullopt;

    std::string out, central;
    out.reserve(static_cast<std::size_t>(total));
    for (const NewEntry& e : entries) {
        const std::uint32_t offset = static_cast<std::uint32_t>(out.size());
        const std::uint32_t crc = crc32(e.bytes);
        const auto size = static_cast<std::uint32_t>(e.bytes.size());
        const auto name_length = static_cast<std::uint32_t>(e.name.size());
        // Local file header.
        u32(out, 0x04034b50);
        u16(out, kVersion);
        u16(out, kUtf8Names);
        u16(out, 0);  // stored
        u16(out, kDosTime);
        u16(out, kDosDate);
        u32(out, crc);
        u32(out, size);
        u32(out, size);
        u16(out, name_length);
        u16(out, 0);  // no extra field
        out += e.name;
        out += e.bytes;
        // Its central directory record.
        u32(central, 0x02014b50);
        u16(central, kVersion);  // made by: MS-DOS attributes, version 2.0
        u16(central, kVersion);
        u16(central, kUtf8Names);
        u16(central, 0);
        u16(central, kDosTime);
        u16(central, kDosDate);
        u32(central, crc);
        u32(central, size);
        u32(central, size);
        u16(central, name_length);
        u16(central, 0);  // extra
        u16(central, 0);  // comment
        u16(central, 0);  // disk
        u16(central, 0);  // internal attributes
        u32(central, 0);  // external attributes
        u32(central, offset);
        central += e.name;
    }
    const auto central_offset = static_cast<std::uint32_t>(out.size());
    out += central;
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, static_cast<std::uint32_t>(entries.size()));
    u16(out, static_cast<std::uint32_t>(entries.size()));
    u32(out, static_cast<std::uint32_t>(central.size()));
    u32(out, central_offset);
    u16(out, 0);  // no comment
    return out;
}

}  // namespace parvis::zip
