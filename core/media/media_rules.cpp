// Per-network image rules. See media_rules.h.
#include "media/media_rules.h"

#include "format/format.h"
#include "text/utf8.h"

namespace parvis::media {
namespace {

// The figures go into French messages (the args of a finding): « 20 », « 4,5 », « 1,91 ».
std::string megabytes(std::int64_t bytes) {
    std::string s = format_number(static_cast<double>(bytes) / 1e6, 1, Lang::fr);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ",0") == 0) s.resize(s.size() - 2);
    return s;
}

std::string ratio_text(double r) { return format_number(r, 2, Lang::fr); }

std::string accepted_formats(unsigned bits) {
    std::string out;
    for (ImageFormat f : {ImageFormat::jpeg, ImageFormat::png, ImageFormat::gif, ImageFormat::webp}) {
        if (!(bits & format_bit(f))) continue;
        if (!out.empty()) out += ", ";
        std::string ext = extension_of(f);
        for (char& c : ext) c = static_cast<char>(c - 'a' + 'A');
        out += ext == "JPG" ? "JPEG" : ext;
    }
    return out;
}

}  // namespace

NetworkMediaRules rules_for(Network network, const std::optional<InstanceMediaLimits>& instance) {
    NetworkMediaRules r = kMediaRules[static_cast<std::size_t>(network)];
    if (instance) {
        if (instance->max_images > 0) r.max_images = instance->max_images;
        if (instance->max_bytes > 0) r.max_bytes = instance->max_bytes;
        if (instance->max_alt_chars > 0) r.max_alt_chars = instance->max_alt_chars;
    }
    return r;
}

std::vector<MediaFinding> check_images(const PostVariant& variant, const NetworkMediaRules& rules) {
    std::vector<MediaFinding> out;
    if (!rules.known) return out;
    std::size_t images = 0;
    for (const Media& m : variant.media)
        if (m.kind == MediaKind::image) ++images;
    if (rules.max_images > 0 && images > static_cast<std::size_t>(rules.max_images))
        out.push_back({"too_many_images", 0, "media.rule.too_many_images",
                       {{"count", std::to_string(images)}, {"max", std::to_string(rules.max_images)}}});
    for (std::size_t i = 0; i < variant.media.size(); ++i) {
        const Media& m = variant.media[i];
        if (m.kind != MediaKind::image) continue;
        const std::string number = std::to_string(i + 1);
        if (!m.sha256.empty()) {
            const ImageFormat f = format_of_mime(m.mime);
            if (rules.formats != 0 && !(rules.formats & format_bit(f)))
                out.push_back({"format_refused", i, "media.rule.format_refused",
                               {{"n", number}, {"format", f == ImageFormat::other ? m.mime : accepted_formats(format_bit(f))},
                                {"accepted", accepted_formats(rules.formats)}}});
            if (rules.max_bytes > 0 && m.bytes > rules.max_bytes)
                out.push_back({"too_large", i, "media.rule.too_large",
                               {{"n", number}, {"size", megabytes(m.bytes)}, {"max", megabytes(rules.max_bytes)}}});
            if (m.width > 0 && m.height > 0 && (rules.min_ratio > 0 || rules.max_ratio > 0)) {
                const double ratio = static_cast<double>(m.width) / m.height;
                // A hundredth of tolerance: 1080×1350 is 4:5 exactly, 1080×566 is « 1.91:1 ».
                if ((rules.min_ratio > 0 && ratio < rules.min_ratio - 0.005) || (rules.max_ratio > 0 && ratio > rules.max_ratio + 0.005))
                    out.push_back({"ratio_out_of_range", i, "media.rule.ratio_out_of_range",
                                   {{"n", number}, {"ratio", ratio_text(ratio)}, {"min", ratio_text(rules.min_ratio)},
                                    {"max", ratio_text(rules.max_ratio)}}});
            }
        }
        const std::size_t alt_chars = utf8::count_code_points(m.alt_text);
        if (rules.max_alt_chars > 0 && alt_chars > static_cast<std::size_t>(rules.max_alt_chars))
            out.push_back({"alt_too_long", i, "media.rule.alt_too_long",
                           {{"n", number}, {"count", std::to_string(alt_chars)}, {"max", std::to_string(rules.max_alt_chars)}}});
    }
    return out;
}

}  // namespace parvis::media
