// Rédaction's images (issue 13 item 3): « Ajouter une image » (file picker; a drop onto the page
// or a paste work the same, platform/media.js), and under each network's text its images: the
// thumbnail the browser decoded, the file's name and size, the alt text (required before
// scheduling: the tone checker's « alt_text_missing »), « Retirer », and the network's media rules
// (core/media/media_rules.h; Mastodon's from the connected instance). The bytes live in the
// browser's IndexedDB; the controller's media.h stores them and hands over the thumbnails.
#include <GLES3/gl3.h>
#include <imgui.h>

#include <cstdio>

#include <nlohmann/json.hpp>

#include "edit/post_edits.h"
#include "format/format.h"
#include "media/media_rules.h"
#include "model/find.h"
#include "style.h"
#include "ui/composer_internal.h"
#include "ui/widgets.h"

namespace parvis::app::ui::composer {
namespace {

constexpr const char* kPickPurpose = "media";
constexpr float kThumbSide = 80.0f;  // CSS pixels, before zoom

// The GL texture of a decoded thumbnail, made the first time it is drawn (and again after a lost
// WebGL context: media.h forget_textures).
unsigned texture_of(Thumbnail& t) {
    if (t.state != ThumbnailState::ready || t.rgba.empty()) return 0;
    if (t.texture != 0) return t.texture;
    GLuint id = 0;
    glGenTextures(1, &id);
    glBindTexture(GL_TEXTURE_2D, id);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, t.thumb_width, t.thumb_height, 0, GL_RGBA, GL_UNSIGNED_BYTE, t.rgba.data());
    t.texture = id;
    return id;
}

}  // namespace

unsigned thumbnail_texture(App& app, const Media& m) {
    if (m.sha256.empty()) return 0;
    return texture_of(const_cast<Thumbnail&>(thumbnail(app, m.sha256)));
}

namespace {

// The thumbnail in a square box, or a word saying why there is none.
void draw_thumbnail(App& app, const Media& m) {
    const float side = kThumbSide * app.settings.zoom;
    if (m.sha256.empty()) {  // known by name only (an import): nothing to show
        ImGui::Dummy(ImVec2(side, side));
        return;
    }
    Thumbnail& t = const_cast<Thumbnail&>(thumbnail(app, m.sha256));
    if (const unsigned id = texture_of(t)) {
        const float scale = side / static_cast<float>(std::max(t.thumb_width, t.thumb_height));
        const ImVec2 size(t.thumb_width * scale, t.thumb_height * scale);
        ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(id)), size);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", m.alt_text.empty() ? m.name.c_str() : m.alt_text.c_str());
        return;
    }
    const char* key = t.state == ThumbnailState::loading ? "composer.image_loading"
                      : t.state == ThumbnailState::missing ? "composer.image_missing"
                                                           : "composer.image_undecodable";
    ImGui::BeginChild(("##thumb-" + m.sha256).c_str(), ImVec2(side * 2, side), true);
    ImGui::PushStyleColor(ImGuiCol_Text, t.state == ThumbnailState::loading ? palette().muted : palette().warning);
    ImGui::TextWrapped("%s", tr(app, key));
    ImGui::PopStyleColor();
    ImGui::EndChild();
}

std::optional<media::InstanceMediaLimits> instance_limits(const App& app, const NetworkAccount& account) {
    if (account.network != Network::mastodon) return std::nullopt;
    const AccountLink& link = account_link(app, account.id);
    if (!link.limits) return std::nullopt;
    return media::InstanceMediaLimits{.max_images = link.limits->max_media_attachments,
                                      .max_bytes = link.limits->image_size_limit,
                                      .max_alt_chars = link.limits->description_limit};
}

std::vector<media::MediaFinding> findings_of(const App& app, const PostVariant& v, const NetworkAccount* account) {
    if (!account) return {};
    return media::check_images(v, media::rules_for(account->network, instance_limits(app, *account)));
}

std::string size_text(const App& app, const Media& m) {
    std::string out = format_number(static_cast<double>(m.bytes) / 1e6, 1, app.settings.lang) + " Mo";
    if (m.width > 0) out += " \xC2\xB7 " + std::to_string(m.width) + " \xC3\x97 " + std::to_string(m.height) + " px";
    return out;
}

}  // namespace

void add_image_bar(App& app, const Post& post) {
    if (post.variants.empty()) return;
    if (ImGui::Button(tr(app, "composer.add_image")))
        app.intents.push_back(ChooseFile{kPickPurpose, "image/jpeg,image/png,image/gif,image/webp",
                                         static_cast<std::size_t>(media::kMaxImageBytes)});
    ImGui::SameLine();
    ImGui::TextDisabled("%s", app.media.adding.empty() ? tr(app, "composer.image_hint") : tr(app, "composer.image_adding"));
}

void variant_images(App& app, const Post& post, std::size_t i, const NetworkAccount* account) {
    const PostVariant& v = post.variants[i];
    const std::string post_id = post.id;
    char label[96];
    for (std::size_t j = 0; j < v.media.size(); ++j) {
        const Media& m = v.media[j];
        ImGui::PushID(static_cast<int>(i * 1000 + j));
        draw_thumbnail(app, m);
        ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::TextUnformatted(m.name.c_str());
        if (!m.sha256.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", size_text(app, m).c_str());
        }
        std::snprintf(label, sizeof label, "%s##alt-%zu-%zu", tr(app, "composer.alt_text"), i, j);
        ImGui::SetNextItemWidth(-220.0f * app.settings.zoom);
        if (std::string alt = m.alt_text; text_field(label, alt))
            after_edit(app, edit::set_alt_text(app.doc.edit(), actor(app), post_id, i, j, alt));
        std::snprintf(label, sizeof label, "%s##remove-%zu-%zu", tr(app, "composer.remove_image"), i, j);
        if (ImGui::SmallButton(label)) {
            app.doc.end_step();
            after_edit(app, edit::remove_media(app.doc.edit(), actor(app), post_id, i, j));
            app.doc.end_step();
            ImGui::EndGroup();
            ImGui::PopID();
            return;  // the list moved: the rest is drawn next frame
        }
        ImGui::EndGroup();
        ImGui::PopID();
    }
    for (const media::MediaFinding& f : findings_of(app, v, account)) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
        ImGui::TextWrapped("%s", parvis::tr(f.message_key, app.settings.lang, f.args).c_str());
        ImGui::PopStyleColor();
    }
}

bool receive_media_file(App& app, ComposerState& s, const PickedFile& file) {
    if (file.purpose != kPickPurpose && file.purpose != "media_drop" && file.purpose != "media_paste") return false;
    if (!file.refused.empty()) {
        app.message = refused_file_message(file, static_cast<std::size_t>(media::kMaxImageBytes), app.settings.lang);
        app.message_is_error = true;
        return true;
    }
    const Post* post = app.screen == Screen::composer ? find_post(app.doc.workspace(), s.selected) : nullptr;
    if (!post) {  // a drop or a paste elsewhere: say where images go
        app.message = parvis::tr("media.no_post", app.settings.lang);
        app.message_is_error = true;
        return true;
    }
    add_image(app, post->id, file.name, file.bytes);
    return true;
}

void add_media_summary(const App& app, const ComposerState& s, nlohmann::json& out) {
    nlohmann::json variants = nlohmann::json::array();
    const Workspace& ws = app.doc.workspace();
    if (const Post* post = find_post(ws, s.selected)) {
        for (const PostVariant& v : post->variants) {
            nlohmann::json images = nlohmann::json::array();
            for (const Media& m : v.media) {
                auto it = app.media.thumbnails.find(m.sha256);
                const char* state = it == app.media.thumbnails.end() ? "none"
                                    : it->second.state == ThumbnailState::ready ? "ready"
                                    : it->second.state == ThumbnailState::loading ? "loading"
                                    : it->second.state == ThumbnailState::missing ? "missing" : "undecodable";
                images.push_back({{"name", m.name}, {"sha256", m.sha256}, {"mime", m.mime}, {"bytes", m.bytes},
                                  {"width", m.width}, {"height", m.height}, {"alt_text", m.alt_text},
                                  {"thumbnail", state},
                                  {"texture", it != app.media.thumbnails.end() && it->second.texture != 0}});
            }
            nlohmann::json codes = nlohmann::json::array();
            for (const media::MediaFinding& f : findings_of(app, v, find_account(ws, v.account_id))) codes.push_back(f.code);
            variants.push_back({{"account_id", v.account_id}, {"images", images}, {"media_findings", codes}});
        }
    }
    out["media"] = variants;
}

}  // namespace parvis::app::ui::composer
