// Backups as .zip. See backup_zip.h.
#include "io/backup_zip.h"

#include <algorithm>
#include <map>

#include "io/zip_read.h"
#include "io/zip_write.h"
#include "media/media_ref.h"

namespace parvis::io {
namespace {

constexpr const char* kWorkspaceEntry = "workspace.json";

Error backup_error(const char* reason, std::string found = {}) {
    Error e{.code = ErrorCode::invalid_value, .detail = reason};
    e.args = {{"reason", reason}, {"found", capped(found)}};
    return e;
}

const char* reason_of(zip::Problem p) {
    switch (p) {
    case zip::Problem::not_zip: return "backup_not_zip";
    case zip::Problem::truncated: return "backup_truncated";
    case zip::Problem::encrypted:
    case zip::Problem::unsupported: return "backup_unsupported";
    case zip::Problem::too_large: return "backup_too_large";
    case zip::Problem::missing: return "backup_no_workspace";
    case zip::Problem::corrupt:
    case zip::Problem::none: break;
    }
    return "backup_corrupt";
}

}  // namespace

std::vector<MediaNeeded> referenced_media(const Workspace& ws) {
    std::map<std::string, std::string> by_hash;
    for (const Post& p : ws.posts)
        for (const PostVariant& v : p.variants)
            for (const Media& m : v.media)
                if (media::is_sha256_hex(m.sha256)) by_hash.emplace(m.sha256, m.mime);
    std::vector<MediaNeeded> out;
    for (auto& [hash, mime] : by_hash) out.push_back({hash, mime});
    return out;
}

Result<std::string> write_backup_zip(const Workspace& ws, const std::vector<BackupMedia>& media) {
    std::vector<zip::NewEntry> entries;
    entries.push_back({kWorkspaceEntry, write_workspace(ws)});
    std::map<std::string, const BackupMedia*> found;
    for (const BackupMedia& m : media) found.emplace(m.sha256, &m);
    for (const MediaNeeded& need : referenced_media(ws)) {  // sorted by hash: a fixed order
        auto it = found.find(need.sha256);
        if (it == found.end()) continue;
        entries.push_back({media::backup_entry_name(need.sha256, need.mime), it->second->bytes});
    }
    auto zip = zip::write_stored(entries);
    if (!zip) return backup_error("backup_too_large");
    return std::move(*zip);
}

bool looks_like_backup_zip(std::string_view bytes) { return zip::looks_like_zip(bytes); }

Result<Backup> read_backup_zip(std::string_view bytes, const ReadOptions& options) {
    zip::Limits limits;
    limits.max_total = options.max_bytes ? options.max_bytes : kDefaultMaxWorkspaceBytes;
    limits.max_total += std::uint64_t{256} * 1024 * 1024;  // the images, beyond the JSON's own limit
    const zip::Archive archive = zip::Archive::open(bytes, limits);
    if (archive.problem() != zip::Problem::none) return backup_error(reason_of(archive.problem()));
    zip::Problem problem = zip::Problem::none;
    const auto text = archive.read(kWorkspaceEntry, problem);
    if (!text) return backup_error(reason_of(problem), kWorkspaceEntry);
    auto ws = read_workspace(*text, options);
    if (!ws) return ws.error();
    Backup backup{std::move(ws.value()), {}};
    for (const zip::Entry& e : archive.entries()) {
        if (e.name.rfind("media/", 0) != 0 || e.name.size() == 6) continue;  // other entries are ignored
        const std::string stem = e.name.substr(6, e.name.find('.', 6) - 6);
        if (!media::is_sha256_hex(stem) || e.size > static_cast<std::uint64_t>(media::kMaxImageBytes))
            return backup_error("backup_media_altered", e.name);
        auto content = archive.read(e.name, problem);
        if (!content) return backup_error(reason_of(problem), e.name);
        if (media::sha256_hex(*content) != stem) return backup_error("backup_media_altered", e.name);
        const media::ImageFormat f = media::sniff_format(*content);
        backup.media.push_back({stem, media::mime_of(f), std::move(*content)});
    }
    return backup;
}

}  // namespace parvis::io
