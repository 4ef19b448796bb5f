// What each network accepts as images on a post: how many, which formats, how heavy, which
// shapes, how long an alt text. One row per network (kMediaRules, guarded by static_assert), each
// figure with where it comes from; a network without sourced figures checks nothing rather than
// invent a limit. Mastodon's figures are each instance's own: `check_images` takes the limits the
// connector read from the instance (connect/mastodon.h InstanceLimits) when the account is
// connected. Reachable from the CLI through the same call; the alt text's presence is the tone
// checker's (check « alt_text_missing »), required before scheduling.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "media/media_ref.h"
#include "model/networks.h"
#include "model/workspace.h"

namespace parvis::media {

// Bit per ImageFormat (jpeg 1, png 2, gif 4, webp 8).
constexpr unsigned format_bit(ImageFormat f) { return 1u << static_cast<unsigned>(f); }
inline constexpr unsigned kJpeg = format_bit(ImageFormat::jpeg), kPng = format_bit(ImageFormat::png),
                          kGif = format_bit(ImageFormat::gif), kWebp = format_bit(ImageFormat::webp);

struct NetworkMediaRules {
    Network network;
    bool known = false;             // false: no sourced figures, nothing is checked
    int max_images = 0;             // per post; 0: no limit found
    unsigned formats = 0;           // accepted ImageFormat bits; 0: not restricted
    std::int64_t max_bytes = 0;     // per image; 0: no limit found
    double min_ratio = 0;           // width / height; 0: none
    double max_ratio = 0;
    int max_alt_chars = 0;          // alt text, in characters (code points); 0: no limit found
    const char* source = "";        // where the figures come from
};

// In the enum's order (model/networks.h).
inline constexpr std::array<NetworkMediaRules, kAllNetworks.size()> kMediaRules = {{
    {Network::facebook, true, 0, kJpeg | kPng | kGif, 10'000'000, 0, 0, 0,
     "Meta Graph API, Page Photos: JPEG, PNG, GIF (also BMP, TIFF), 10 MB or less"},
    {Network::instagram, true, 10, kJpeg, 8 * 1024 * 1024, 0.8, 1.91, 0,
     "Instagram Graph API, content publishing, image specifications: JPEG only, 8 MB, aspect ratio "
     "within 4:5 to 1.91:1; carousels of up to 10 items"},
    {Network::x, true, 4, kJpeg | kPng | kGif | kWebp, 5 * 1024 * 1024, 0, 0, 1000,
     "X API media upload, best practices: up to 4 photos, JPG PNG GIF WEBP, images 5 MB; alt text up to "
     "1,000 characters (POST media/metadata)"},
    {Network::linkedin, true, 20, kJpeg | kPng | kGif, 0, 0, 0, 4086,
     "LinkedIn Marketing API, Images API (JPG, GIF, PNG) and MultiImage posts (2 to 20 images), "
     "altText up to 4,086 characters"},
    {Network::mastodon, true, 4, kJpeg | kPng | kGif | kWebp, 16 * 1024 * 1024, 0, 0, 1500,
     "Mastodon 4.2+ defaults (docs.joinmastodon.org/user/posting/#media, MediaAttachment IMAGE_LIMIT "
     "16 MB, description 1,500 characters, 4 attachments); the instance's /api/v2/instance overrides"},
    {Network::bluesky, true, 4, kJpeg | kPng | kGif | kWebp, 1'000'000, 0, 0, 1000,
     "AT Protocol lexicon app.bsky.embed.images: at most 4 images, blob maxSize 1,000,000 bytes; "
     "alt text 1,000 characters in the Bluesky app (social-app constants MAX_ALT_TEXT)"},
    {Network::threads, true, 20, kJpeg | kPng, 8 * 1024 * 1024, 0.1, 10.0, 0,
     "Threads API, media specifications: JPEG and PNG, 8 MB, aspect ratio limit 10:1; carousels of up "
     "to 20 items"},
    {Network::youtube, false, 0, 0, 0, 0, 0, 0, "no image posts through Parvis"},
    {Network::tiktok, false, 0, 0, 0, 0, 0, 0, "no image posts through Parvis"},
    {Network::snapchat, false, 0, 0, 0, 0, 0, 0, "no image posts through Parvis"},
    {Network::pinterest, false, 0, 0, 0, 0, 0, 0, "no sourced figures yet"},
    {Network::whatsapp, false, 0, 0, 0, 0, 0, 0, "no image posts through Parvis"},
}};

static_assert(
    [] {
        for (std::size_t i = 0; i < kMediaRules.size(); ++i)
            if (static_cast<std::size_t>(kMediaRules[i].network) != i) return false;
        return true;
    }(),
    "kMediaRules: one row per Network, in the enum's order (media/media_rules.h)");
static_assert(
    [] {
        for (const NetworkMediaRules& r : kMediaRules)
            if (r.min_ratio < 0 || (r.max_ratio != 0 && r.max_ratio < r.min_ratio) || r.max_images < 0) return false;
        return true;
    }(),
    "kMediaRules: ratios must be ordered and counts positive");

// The figures of one network, with what its instance said (Mastodon) when known.
struct InstanceMediaLimits {
    int max_images = 0;             // 0: keep the table's
    std::int64_t max_bytes = 0;
    int max_alt_chars = 0;
};
NetworkMediaRules rules_for(Network network, const std::optional<InstanceMediaLimits>& instance = {});

// One finding about the images of a variant. Codes are stable (tests check them); `message_key`
// is the catalogue's French sentence, with `args`.
struct MediaFinding {
    std::string code;      // too_many_images | format_refused | too_large | ratio_out_of_range | alt_too_long
    std::size_t media = 0; // the image's index in the variant (0 for too_many_images)
    std::string message_key;
    std::vector<std::pair<std::string, std::string>> args;
};

// The images of `variant` against `rules`. Media without a known file (no sha256) are checked for
// count and alt text only; figures the browser has not measured yet (width 0) are not guessed.
std::vector<MediaFinding> check_images(const PostVariant& variant, const NetworkMediaRules& rules);

}  // namespace parvis::media
