// How an image added in Rédaction is named and recognised. Its bytes never go into the workspace
// JSON (a few photos would make every autosave megabytes long): Media holds the SHA-256 of the
// bytes, the browser keeps the bytes in IndexedDB under that name (wasm/platform/media.js) and a
// backup .zip holds them as media/<sha256>.<ext> (io/backup_zip.h). Naming by content makes the
// same photo added twice one file, and a backup's round trip byte-identical.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace parvis::media {

enum class ImageFormat { jpeg, png, gif, webp, other };

// The format the bytes say they are, from their signature (never from the file's name: a
// « photo.jpg » that is a PNG is a PNG).
ImageFormat sniff_format(std::string_view bytes);
const char* mime_of(ImageFormat f);       // « image/jpeg »; "" for other
const char* extension_of(ImageFormat f);  // « jpg »; "bin" for other
ImageFormat format_of_mime(std::string_view mime);

// 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);
bool is_sha256_hex(std::string_view text);

// The entry of a backup .zip that holds the image: « media/<sha256>.<ext> ».
std::string backup_entry_name(std::string_view sha256, std::string_view mime);

// The largest image Parvis takes in (file picker, drop, paste, backup): above every network's
// limit (Mastodon's 16 MB is the highest, media_rules.h), so nothing publishable is refused, and a
// bound on what a frame must hold in memory.
inline constexpr std::int64_t kMaxImageBytes = 20 * 1024 * 1024;

}  // namespace parvis::media
