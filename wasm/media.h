// The controller's side of posts' images (issue 13 item 3): images being added (stored in the
// browser, then put on the post once the browser has decoded them), the thumbnails the browser
// decoded, and the backup .zip being gathered. Part of App (App::media); the screens call the
// operations below and read the state; only this part of the controller talks to
// platform/media.js. The bytes themselves are never kept here longer than one hand-over.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "io/backup_zip.h"
#include "model/workspace.h"

namespace parvis::platform { struct Event; }

namespace parvis::app {

struct App;

enum class ThumbnailState { loading, ready, missing, undecodable, failed };

struct Thumbnail {
    ThumbnailState state = ThumbnailState::loading;
    int width = 0, height = 0;              // the image's pixels, as decoded
    int thumb_width = 0, thumb_height = 0;
    std::string rgba;                       // the thumbnail's pixels, kept to upload again after a
                                            // lost WebGL context
    unsigned texture = 0;                   // the GL texture the screen made from them (0: none yet)
};

// An image picked, dropped or pasted, waiting for the browser to decode and store it.
struct PendingImage {
    int request = 0;
    std::string post_id;
    Media media;
};

// The backup .zip being gathered: one read of the device's storage per image.
struct BackupExport {
    std::string file_name;
    std::map<int, std::string> waiting;  // request → sha256
    std::vector<io::BackupMedia> found;
    std::vector<std::string> missing;    // referenced, not on this device
};

struct MediaState {
    std::map<std::string, Thumbnail> thumbnails;  // by sha256
    std::vector<PendingImage> adding;
    std::map<int, std::string> restoring;         // images of an imported backup being stored
    std::optional<BackupExport> exporting;
    int added = 0, restored = 0, exported = 0;    // counts, for the test hook
};

// « Ajouter une image », a drop or a paste onto post `post_id`: checked (an image Parvis reads,
// under media::kMaxImageBytes), named by its SHA-256, stored; the post gets it once the browser
// has decoded it. A refusal is a French notice.
void add_image(App& app, const std::string& post_id, const std::string& file_name, const std::string& bytes);
// The thumbnail of `sha256`, asked of the browser the first time.
const Thumbnail& thumbnail(App& app, const std::string& sha256);
// Paramètres › « Exporter (.zip, avec les images) ».
void export_backup_zip(App& app);
bool exporting_backup(const App& app);
// The images of an imported backup, stored on this device.
void store_imported_media(App& app, std::vector<io::BackupMedia> media);
// The WebGL context came back: every texture must be made again.
void forget_textures(MediaState& m);

void media_event(App& app, platform::Event& e);
nlohmann::json media_summary(const MediaState& m);

}  // namespace parvis::app
