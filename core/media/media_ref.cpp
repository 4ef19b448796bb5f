// Naming images by content. See media_ref.h.
#include "media/media_ref.h"

#include "strategy/sha256.h"

namespace parvis::media {

ImageFormat sniff_format(std::string_view b) {
    const auto starts = [&](std::string_view sig, std::size_t at = 0) { return b.size() >= at + sig.size() && b.substr(at, sig.size()) == sig; };
    if (starts("\xFF\xD8\xFF")) return ImageFormat::jpeg;
    if (starts("\x89PNG\r\n\x1A\n")) return ImageFormat::png;
    if (starts("GIF87a") || starts("GIF89a")) return ImageFormat::gif;
    if (starts("RIFF") && starts("WEBP", 8)) return ImageFormat::webp;
    return ImageFormat::other;
}

const char* mime_of(ImageFormat f) {
    switch (f) {
    case ImageFormat::jpeg: return "image/jpeg";
    case ImageFormat::png: return "image/png";
    case ImageFormat::gif: return "image/gif";
    case ImageFormat::webp: return "image/webp";
    case ImageFormat::other: break;
    }
    return "";
}

const char* extension_of(ImageFormat f) {
    switch (f) {
    case ImageFormat::jpeg: return "jpg";
    case ImageFormat::png: return "png";
    case ImageFormat::gif: return "gif";
    case ImageFormat::webp: return "webp";
    case ImageFormat::other: break;
    }
    return "bin";
}

ImageFormat format_of_mime(std::string_view mime) {
    for (ImageFormat f : {ImageFormat::jpeg, ImageFormat::png, ImageFormat::gif, ImageFormat::webp})
        if (mime == mime_of(f)) return f;
    return ImageFormat::other;
}

std::string sha256_hex(std::string_view bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(64);
    for (std::uint8_t byte : strategy::sha256(bytes)) {
        out += kHex[byte >> 4];
        out += kHex[byte & 15];
    }
    return out;
}

bool is_sha256_hex(std::string_view text) {
    if (text.size() != 64) return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

std::string backup_entry_name(std::string_view sha256, std::string_view mime) {
    return "media/" + std::string(sha256) + "." + extension_of(format_of_mime(mime));
}

}  // namespace parvis::media
