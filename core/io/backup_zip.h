// The workspace backup as a .zip (Paramètres › « Exporter (.zip, avec les images) »): the
// workspace as workspace.json, exactly the text of the JSON-only export, and each image it
// refers to once, as media/<sha256>.<ext> (media/media_ref.h). Entries in a fixed order (the JSON,
// then the images by name) through the deterministic writer (io/zip_write.h): exporting what was
// imported gives the same bytes. Reading checks every image against its name: an altered file
// is refused, never shown as the one that was saved.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "error.h"
#include "io/workspace_json.h"
#include "model/workspace.h"

namespace parvis::io {

struct BackupMedia {
    std::string sha256;
    std::string mime;
    std::string bytes;
};

struct Backup {
    Workspace workspace;
    std::vector<BackupMedia> media;
};

// The images the workspace's posts refer to: unique by sha256, in order of the sha256.
struct MediaNeeded {
    std::string sha256;
    std::string mime;
};
std::vector<MediaNeeded> referenced_media(const Workspace& ws);

// The .zip. `media` are the files found (on this device); those not referenced are left out, and
// the references without a file stay in the JSON (the file is then missing from the backup: the
// caller says so). Refused (invalid_value, reason backup_too_large) past the plain ZIP limits.
Result<std::string> write_backup_zip(const Workspace& ws, const std::vector<BackupMedia>& media);

// Reads a backup .zip: workspace.json through read_workspace (`options` bound it), each media/
// entry checked (name, size under media::kMaxImageBytes, SHA-256 of the bytes equal to the name).
// Errors: invalid_value with reason backup_not_zip | backup_truncated | backup_unsupported |
// backup_too_large | backup_corrupt | backup_no_workspace | backup_media_altered, or the JSON's.
Result<Backup> read_backup_zip(std::string_view bytes, const ReadOptions& options = {});

bool looks_like_backup_zip(std::string_view bytes);

}  // namespace parvis::io
