// Posts' images on the controller's side. See media.h.
#include "media.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "app.h"
#include "calendar/time_zone.h"
#include "edit/post_edits.h"
#include "io/backup_zip.h"
#include "media/media_ref.h"
#include "platform/platform.h"

namespace parvis::app {
namespace {

void say(App& app, std::string text, bool is_error) {
    app.message = std::move(text);
    app.message_is_error = is_error;
}

std::string why_not_stored(const App& app, const std::string& code) {
    if (code == "undecodable") return parvis::tr("media.undecodable", app.settings.lang);
    return parvis::tr("storage.error." + (code.empty() ? std::string("failed") : code), app.settings.lang);
}

const char* state_name(ThumbnailState s) {
    switch (s) {
    case ThumbnailState::loading: return "loading";
    case ThumbnailState::ready: return "ready";
    case ThumbnailState::missing: return "missing";
    case ThumbnailState::undecodable: return "undecodable";
    case ThumbnailState::failed: break;
    }
    return "failed";
}

void finish_export(App& app) {
    BackupExport job = std::move(*app.media.exporting);
    app.media.exporting.reset();
    auto zip = io::write_backup_zip(app.doc.workspace(), job.found);
    if (!zip) { say(app, error_message(zip.error(), app.settings.lang), true); return; }
    platform::download(job.file_name, "application/zip", *zip);
    ++app.media.exported;
    if (job.missing.empty())
        say(app, parvis::tr("media.exported", app.settings.lang, {{"count", std::to_string(job.found.size())}}), false);
    else
        say(app, parvis::tr("media.export_missing", app.settings.lang, {{"count", std::to_string(job.missing.size())}}), true);
}

}  // namespace

void add_image(App& app, const std::string& post_id, const std::string& file_name, const std::string& bytes) {
    const Lang lang = app.settings.lang;
    if (static_cast<std::int64_t>(bytes.size()) > media::kMaxImageBytes) {
        say(app, parvis::tr("media.too_large", lang, {{"name", capped(file_name)}, {"max", std::to_string(media::kMaxImageBytes / (1024 * 1024))}}), true);
        return;
    }
    const media::ImageFormat format = media::sniff_format(bytes);
    if (format == media::ImageFormat::other) {
        say(app, parvis::tr("media.not_image", lang, {{"name", capped(file_name)}}), true);
        return;
    }
    Media m;
    m.kind = MediaKind::image;
    m.name = file_name.empty() ? std::string("image.") + media::extension_of(format) : file_name;
    m.sha256 = media::sha256_hex(bytes);
    m.mime = media::mime_of(format);
    m.bytes = static_cast<std::int64_t>(bytes.size());
    const int request = platform::media_store(m.sha256, m.mime, bytes);
    app.media.thumbnails.erase(m.sha256);  // the store decodes it afresh
    app.media.thumbnails[m.sha256];        // loading
    app.media.adding.push_back({request, post_id, std::move(m)});
}

const Thumbnail& thumbnail(App& app, const std::string& sha256) {
    auto [it, inserted] = app.media.thumbnails.try_emplace(sha256);
    if (inserted) platform::media_thumbnail(sha256);
    return it->second;
}

void export_backup_zip(App& app) {
    if (app.media.exporting) return;  // one at a time: the button says « Export en cours… »
    const Workspace& ws = app.doc.workspace();
    BackupExport job;
    job.file_name = "parvis-" + file_slug(ws) + "-" + date::format("%F", today(app)) + ".zip";
    app.media.exporting = std::move(job);
    for (const io::MediaNeeded& need : io::referenced_media(ws))
        app.media.exporting->waiting[platform::media_read(need.sha256)] = need.sha256;
    if (app.media.exporting->waiting.empty()) finish_export(app);
}

bool exporting_backup(const App& app) { return app.media.exporting.has_value(); }

void store_imported_media(App& app, std::vector<io::BackupMedia> files) {
    for (io::BackupMedia& f : files) {
        app.media.thumbnails.erase(f.sha256);
        app.media.thumbnails[f.sha256];
        app.media.restoring[platform::media_store(f.sha256, f.mime, f.bytes)] = f.sha256;
    }
}

void forget_textures(MediaState& m) {
    for (auto& [hash, t] : m.thumbnails) t.texture = 0;  // the old ids died with the context
}

void media_event(App& app, platform::Event& e) {
    using K = platform::EventKind;
    MediaState& m = app.media;
    if (e.kind == K::media_thumbnail) {
        Thumbnail& t = m.thumbnails[e.id];
        if (t.state == ThumbnailState::ready && t.texture != 0 && e.ok) return;  // same bytes, same picture
        t.state = e.ok ? ThumbnailState::ready
                  : e.code == "missing" ? ThumbnailState::missing
                  : e.code == "undecodable" ? ThumbnailState::undecodable : ThumbnailState::failed;
        t.width = e.width;
        t.height = e.height;
        t.thumb_width = e.thumb_width;
        t.thumb_height = e.thumb_height;
        t.rgba = std::move(e.text);
        t.texture = 0;
        return;
    }
    if (e.kind == K::media_stored) {
        if (auto r = m.restoring.find(e.request); r != m.restoring.end()) {
            m.restoring.erase(r);
            if (e.ok) ++m.restored;
            else say(app, why_not_stored(app, e.code), true);
            return;
        }
        auto it = std::find_if(m.adding.begin(), m.adding.end(), [&](const PendingImage& p) { return p.request == e.request; });
        if (it == m.adding.end()) return;
        PendingImage pending = std::move(*it);
        m.adding.erase(it);
        if (!e.ok) {
            if (e.code == "undecodable") m.thumbnails[pending.media.sha256].state = ThumbnailState::undecodable;
            say(app, why_not_stored(app, e.code), true);
            return;
        }
        pending.media.width = e.width;
        pending.media.height = e.height;
        // An image added is one undo step of its own, not merged with the words typed before.
        app.doc.end_step();
        const bool changed = after_edit(app, edit::add_image(app.doc.edit(), actor(app), pending.post_id, pending.media));
        app.doc.end_step();
        if (changed) {
            ++m.added;
            say(app, parvis::tr("media.added", app.settings.lang, {{"name", capped(pending.media.name)}}), false);
        }
        return;
    }
    if (e.kind == K::media_bytes && m.exporting) {
        auto w = m.exporting->waiting.find(e.request);
        if (w == m.exporting->waiting.end()) return;
        const std::string sha = w->second;
        m.exporting->waiting.erase(w);
        // What the device gives back is checked against its name: a damaged blob is not exported
        // as if it were the image.
        if (e.ok && media::sha256_hex(e.text) == sha)
            m.exporting->found.push_back({sha, e.name, std::move(e.text)});
        else
            m.exporting->missing.push_back(sha);
        if (m.exporting->waiting.empty()) finish_export(app);
    }
}

nlohmann::json media_summary(const MediaState& m) {
    nlohmann::json thumbs = nlohmann::json::object();
    for (const auto& [hash, t] : m.thumbnails)
        thumbs[hash] = {{"state", state_name(t.state)}, {"width", t.width}, {"height", t.height},
                        {"thumb_width", t.thumb_width}, {"thumb_height", t.thumb_height}, {"texture", t.texture != 0}};
    return {{"thumbnails", thumbs}, {"adding", m.adding.size()}, {"restoring", m.restoring.size()},
            {"exporting", m.exporting.has_value()}, {"added", m.added}, {"restored", m.restored}, {"exported", m.exported}};
}

}  // namespace parvis::app
