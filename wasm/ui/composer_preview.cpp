// Rédaction › « Aperçu » (issue 13 item 4): one variant as its network shows it in the feed — the
// text wrapped at the width of the network's column, cut at the fold with the network's own label
// (« … Voir plus »: the lines before it are what most people read), the link card, the frame
// images are cropped to, and what the network's counter counts. The text box is here too, so the
// preview follows the typing. The rules and the layout are core/preview/'s; this file measures
// with ImGui's font, draws, and reports what it drew to the test hook.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "edit/post_edits.h"
#include "format/format.h"
#include "io/enum_names.h"
#include "model/find.h"
#include "preview/preview.h"
#include "ui/composer_internal.h"
#include "ui/findings_panel.h"
#include "ui/widgets.h"

namespace parvis::app::ui::composer {
namespace {

float measure(std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; }

// « 4:5 », « 1,91:1 »: the usual names of the feeds' shapes, else « r:1 » with a French comma.
std::string ratio_label(double ratio, Lang lang = Lang::fr) {
    struct Named {
        double ratio;
        const char* name;
    };
    static constexpr Named kNamed[] = {{1.0, "1:1"}, {0.8, "4:5"}, {0.75, "3:4"}, {16.0 / 9.0, "16:9"}, {9.0 / 16.0, "9:16"}};
    for (const Named& n : kNamed)
        if (std::fabs(ratio - n.ratio) < 0.005) return n.name;
    return format_number(ratio, 2, lang) + ":1";
}

// The layout of variant `i` at the current font, redone when its key changes.
const preview::Preview& laid_out(const App& app, ComposerState& s, const Post& post, std::size_t i, const NetworkAccount& account) {
    const PostVariant& v = post.variants[i];
    const Network network = account.network;
    const count::CountOptions counting{.limit = mastodon_limit(app, &account)};
    char head[96];
    std::snprintf(head, sizeof head, "%zu\x1f%d\x1f%.2f\x1f%d\x1f", i, static_cast<int>(network), ImGui::GetFontSize(), counting.limit);
    std::string key = post.id + '\x1f' + head + v.link + '\x1f' + v.text;
    if (key != s.preview_key) {
        s.preview_key = std::move(key);
        s.preview_post = post.id;
        s.preview_text = v.text;
        s.preview = preview::preview_text(v.text, v.link, network, ImGui::GetFontSize(), measure, counting);
    }
    return s.preview;
}

void wrapped_disabled(const std::string& text) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", text.c_str());
    ImGui::PopTextWrapPos();
}

// The post as the feed draws it: the account, the visible lines and the fold's label, the link card.
void feed_card(const App& app, const preview::Preview& p, std::string_view text, const PostVariant& v) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float pad = style.FramePadding.x * 2;
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(p.width + 2 * pad, 0));
    ImGui::Indent(pad);
    ImGui::TextColored(palette().accent, "%s", account_label(app, v.account_id).c_str());
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, style.ItemSpacing.y * 0.5f));
    for (std::size_t i = 0; i < p.fold.visible.size(); ++i) {
        const std::string_view line = preview::line_text(text, p.fold.visible[i]);
        ImGui::TextUnformatted(line.data(), line.data() + line.size());
        if (p.fold.folded && i + 1 == p.fold.visible.size()) {
            ImGui::SameLine(0, 0);
            ImGui::TextColored(palette().muted, "%.*s", static_cast<int>(p.fold.label.size()), p.fold.label.data());
        }
    }
    ImGui::PopStyleVar();
    if (p.card.shown) {
        ImGui::Spacing();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeightWithSpacing() * 2 + style.FramePadding.y * 2;
        ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + p.width, at.y + h), u32(palette().muted, 40), 4.0f);
        ImGui::SetCursorScreenPos(ImVec2(at.x + style.FramePadding.x, at.y + style.FramePadding.y));
        std::string domain = p.card.domain;
        for (char& c : domain)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');  // as Facebook and LinkedIn write it
        ImGui::TextColored(palette().muted, "%s", domain.c_str());
        ImGui::SetCursorScreenPos(ImVec2(at.x + style.FramePadding.x, ImGui::GetCursorScreenPos().y));
        ImGui::TextUnformatted(tr(app, "composer.preview.card"));
        ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + h));
        ImGui::Dummy(ImVec2(p.width, 0));
    }
    ImGui::Unindent(pad);
    ImGui::Dummy(ImVec2(0, style.FramePadding.y));
    ImGui::EndGroup();
    ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), u32(palette().muted, 160), 6.0f);
}

// An image's crop in words: the frame is not the only way to know (a shape alone says nothing to some).
std::string crop_words(const App& app, const preview::Crop& crop) {
    return crop.cropped ? trf(app, "composer.preview.cropped", {{"ratio", ratio_label(crop.ratio, app.settings.lang)}})
                        : std::string(tr(app, "composer.preview.uncropped"));
}

// The frame images are cropped to: the tallest shape the feed shows, and inside it the widest.
// With the image's own size (as the browser decoded it), the image itself, the part the feed
// shows outlined and the rest dimmed (preview::image_crop); without it, the network's bounds.
void crop_frame(App& app, const preview::NetworkPreview& rules, const Media& m, float width) {
    ImGui::TextDisabled("%s", m.name.c_str());
    if (rules.crop_max_ratio <= 0) {
        wrapped_disabled(trf(app, "composer.preview.crop_unknown", {{"network", network_label(app, rules.network)}}));
        return;
    }
    const std::string tallest = ratio_label(rules.crop_min_ratio, app.settings.lang), widest = ratio_label(rules.crop_max_ratio, app.settings.lang);
    wrapped_disabled(trf(app, "composer.preview.crop_range", {{"min", tallest}, {"max", widest}}));
    const float w = std::min(width, 240.0f * app.settings.zoom);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const preview::Crop crop = preview::image_crop(rules, m.width, m.height);
    if (crop.width > 0) {
        // A tall poster is drawn at most one and a half times as high as wide: the screen stays readable.
        const float scale = std::min(w / static_cast<float>(m.width), 1.5f * w / static_cast<float>(m.height));
        const float h = static_cast<float>(m.height) * scale;
        const ImVec2 end(at.x + static_cast<float>(m.width) * scale, at.y + h);
        if (const unsigned id = thumbnail_texture(app, m))
            draw->AddImage(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(id)), at, end);
        else
            draw->AddRectFilled(at, end, u32(palette().muted, 60));
        const ImVec2 shown_min(at.x + static_cast<float>(crop.x) * scale, at.y + static_cast<float>(crop.y) * scale);
        const ImVec2 shown_max(shown_min.x + static_cast<float>(crop.width) * scale, shown_min.y + static_cast<float>(crop.height) * scale);
        const ImU32 dim = u32(palette().crop_shade);  // what the feed cuts off
        draw->AddRectFilled(at, ImVec2(end.x, shown_min.y), dim);
        draw->AddRectFilled(ImVec2(at.x, shown_max.y), end, dim);
        draw->AddRectFilled(ImVec2(at.x, shown_min.y), ImVec2(shown_min.x, shown_max.y), dim);
        draw->AddRectFilled(ImVec2(shown_max.x, shown_min.y), ImVec2(end.x, shown_max.y), dim);
        draw->AddRect(shown_min, shown_max, u32(palette().accent), 0, 0, 2.0f);
        ImGui::Dummy(ImVec2(end.x - at.x, h));
        wrapped_disabled(crop_words(app, crop));
        return;
    }
    const float h = w / static_cast<float>(rules.crop_min_ratio);
    const float band = w / static_cast<float>(rules.crop_max_ratio);
    draw->AddRect(at, ImVec2(at.x + w, at.y + h), u32(palette().accent), 0, 0, 2.0f);
    const float top = at.y + (h - band) / 2;
    draw->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + w, top + band), u32(palette().accent, 50));
    const float pad = ImGui::GetStyle().FramePadding.x;
    const std::string tall_label = trf(app, "composer.preview.tallest", {{"ratio", tallest}});
    const std::string wide_label = trf(app, "composer.preview.widest", {{"ratio", widest}});
    draw->AddText(ImVec2(at.x + pad, at.y + pad), u32(palette().accent), tall_label.c_str());
    draw->AddText(ImVec2(at.x + pad, top + pad), u32(palette().accent), wide_label.c_str());
    ImGui::Dummy(ImVec2(w, h));
}

// What the counter counts, in a sentence, and the count.
void counter_lines(const App& app, const preview::Preview& p, Network network) {
    const count::CountResult& c = p.count;
    if (c.limit > 0) {
        const std::string counter = trf(app, "check.ui.counter", {{"network", network_label(app, network)},
                                                                  {"length", std::to_string(c.length)},
                                                                  {"limit", std::to_string(c.limit)}});
        ImGui::TextColored(c.valid || c.length == 0 ? palette().ok : palette().error, "%s", counter.c_str());
        ImGui::SameLine();
    }
    const std::string key = c.limit > 0 ? "composer.preview.counts." + std::string(io::enum_name(network))
                                        : std::string("composer.preview.counts.other");
    wrapped_disabled(parvis::tr(key, app.settings.lang));
}

}  // namespace

void preview_tab(App& app, ComposerState& s, const Post& post) {
    const Workspace& ws = app.doc.workspace();
    if (post.variants.empty()) {
        ImGui::TextDisabled("%s", tr(app, "composer.no_account"));
        return;
    }
    if (s.preview_variant >= post.variants.size()) s.preview_variant = 0;
    for (std::size_t i = 0; i < post.variants.size(); ++i) {
        const NetworkAccount* account = find_account(ws, post.variants[i].account_id);
        char label[96];
        std::snprintf(label, sizeof label, "%s##preview-variant-%zu", account ? network_label(app, account->network) : "?", i);
        if (i > 0) ImGui::SameLine();
        if (radio(label, s.preview_variant == i)) s.preview_variant = i;
    }
    const std::size_t i = s.preview_variant;
    const NetworkAccount* account = find_account(ws, post.variants[i].account_id);
    if (!account) {
        ImGui::TextDisabled("%s", tr(app, "composer.no_account"));
        return;
    }
    const Network network = account->network;
    char label[64];
    std::snprintf(label, sizeof label, "%s##preview-text", tr(app, "composer.text"));
    if (std::string text = post.variants[i].text; text_area(label, text, ImVec2(-1, ImGui::GetTextLineHeight() * 5.0f)))
        after_edit(app, edit::set_variant_text(app.doc.edit(), actor(app), post.id, i, text));
    const PostVariant& v = post.variants[i];
    const preview::Preview& p = laid_out(app, s, post, i, *account);
    counter_lines(app, p, network);
    ImGui::Spacing();

    const preview::NetworkPreview& rules = *p.rules;
    if (p.width <= 0) {
        wrapped_disabled(trf(app, "composer.preview.no_feed", {{"network", network_label(app, network)}}));
    } else {
        feed_card(app, p, s.preview_text, v);
        const std::string lines = std::to_string(p.fold.visible.size());
        if (p.fold.folded)
            wrapped_disabled(trf(app, "composer.preview.folded", {{"lines", lines}, {"label", std::string(p.fold.label)}}));
        else
            wrapped_disabled(trf(app, "composer.preview.whole", {{"lines", lines}}));
        if (p.wrapped.lines_cut)
            wrapped_disabled(trf(app, "composer.preview.lines_cut", {{"lines", std::to_string(p.wrapped.lines.size())}}));
    }
    if (!p.card.domain.empty() && !p.card.shown)
        wrapped_disabled(trf(app, "composer.preview.no_card", {{"network", network_label(app, network)}}));
    for (const Media& m : v.media)
        if (m.kind == MediaKind::image) crop_frame(app, rules, m, p.width > 0 ? p.width : 240.0f * app.settings.zoom);
    ImGui::Spacing();
    wrapped_disabled(tr(app, rules.official ? "composer.preview.official" : "composer.preview.observed"));
}

void add_preview_summary(const App& app, const ComposerState& s, nlohmann::json& out) {
    const Post* post = find_post(app.doc.workspace(), s.selected);
    if (!post || s.preview_post != post->id || s.preview_key.empty() || !s.preview.rules) return;
    const preview::Preview& p = s.preview;
    nlohmann::json lines = nlohmann::json::array();
    for (const preview::Line& l : p.fold.visible) lines.push_back(std::string(preview::line_text(s.preview_text, l)));
    out["preview"] = {
        {"variant", s.preview_variant},
        {"network", io::enum_name(p.rules->network)},
        {"lines", std::move(lines)},
        {"line_count", p.wrapped.lines.size()},
        {"folded", p.fold.folded},
        {"label", std::string(p.fold.label)},
        {"visible_end", p.fold.visible_end},
        {"text_bytes", s.preview_text.size()},
        {"width", p.width},
        {"count", p.count.length},
        {"limit", p.count.limit},
        {"valid", p.count.valid},
        {"card", p.card.shown ? p.card.domain : std::string()},
        {"crop", p.rules->crop_max_ratio > 0 ? ratio_label(p.rules->crop_min_ratio) + " – " + ratio_label(p.rules->crop_max_ratio)
                                             : std::string()},
    };
    // Each image's part the feed shows, in the image's pixels (what crop_frame outlines).
    nlohmann::json crops = nlohmann::json::array();
    if (s.preview_variant < post->variants.size())
        for (const Media& m : post->variants[s.preview_variant].media) {
            if (m.kind != MediaKind::image) continue;
            const preview::Crop c = preview::image_crop(*p.rules, m.width, m.height);
            crops.push_back({{"name", m.name}, {"cropped", c.cropped}, {"x", c.x}, {"y", c.y}, {"width", c.width}, {"height", c.height},
                             {"said", c.width > 0 ? crop_words(app, c) : std::string()}});
        }
    out["preview"]["images"] = std::move(crops);
}

}  // namespace parvis::app::ui::composer
