// The findings panel of the composer (issue 6): what the tone checker says about a text, right
// under the text box. Spans are shown as the excerpt they cover, coloured by severity; the part
// of the text beyond a network's limit is shown in red.
#include "ui/findings_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "connections.h"
#include "edit/workspace_edits.h"
#include "spell/local_words.h"
#include "spell/spelling.h"
#include "spell/words.h"
#include "ui/text_underlines.h"
#include "ui/widgets.h"

namespace parvis::app::ui {
namespace {

ImVec4 severity_colour(check::Severity s) {
    switch (s) {
        case check::Severity::error: return palette().finding_error;
        case check::Severity::warning: return palette().finding_warning;
        case check::Severity::info: return palette().finding_info;
    }
    return palette().finding_info;
}

// An excerpt of at most ~60 bytes, cut on a character boundary.
std::string excerpt(const std::string& text, std::size_t start, std::size_t end) {
    if (start >= end || end > text.size()) return {};
    std::size_t n = std::min<std::size_t>(end - start, 60);
    while (start + n < end && n > 0 && (static_cast<unsigned char>(text[start + n]) & 0xC0) == 0x80) --n;
    return text.substr(start, n) + (start + n < end ? "…" : "");
}

}  // namespace

int mastodon_limit(const App& app, const NetworkAccount* account) {
    if (!account || account->network != Network::mastodon) return 0;
    const AccountLink& link = account_link(app, account->id);
    return link.limits ? link.limits->max_characters : 0;
}

check::CheckResult collect_findings(const App& app, const PostVariant& variant, const NetworkAccount* account) {
    check::CheckOptions options;
    if (account) options.networks.push_back(account->network);
    options.mastodon_limit = mastodon_limit(app, account);
    options.charter = &app.doc.workspace().charter;
    options.media = &variant.media;
    options.lang = app.settings.lang;
    // Spelling and the CamelCase suggestions of hashtags, once the dictionary is loaded: live
    // checking takes only spelling suggestions already computed (asking Hunspell costs a fraction
    // of a second per word); the list offers to compute them on demand.
    options.dictionary = app.dictionary.get();
    options.local_words = &app.doc.workspace().local_words;
    options.spelling_suggestions = spell::Suggestions::cached_only;
    return check::check_text(variant.text, options);
}

namespace {

// The buttons of a spelling finding: its suggestions (computed when asked for), each replacing the
// word, and « ajouter aux noms locaux » (an edit of its own). True when the text changed.
bool spelling_actions(App& app, std::string& text, const check::Finding& f) {
    if (!app.dictionary || f.end > text.size() || f.start >= f.end) return false;
    const std::string word = text.substr(f.start, f.end - f.start);
    const std::vector<std::string>* suggestions = app.dictionary->cached_suggestions(spell::lookup_form(word));
    if (!suggestions) {
        if (ImGui::SmallButton(tr(app, "spell.ui.suggest"))) app.dictionary->suggest(spell::lookup_form(word));
        ImGui::SameLine();
    } else {
        for (std::size_t i = 0; i < suggestions->size() && i < 5; ++i) {
            const std::string label = (*suggestions)[i] + "##sugg" + std::to_string(i);
            if (ImGui::SmallButton(label.c_str())) {
                text.replace(f.start, f.end - f.start, (*suggestions)[i]);
                return true;
            }
            ImGui::SameLine();
        }
    }
    if (ImGui::SmallButton(tr(app, "spell.ui.add_local"))) {
        if (edit::add_local_word(app.doc.edit(), actor(app), word) == spell::AddLocalWord::added) mark_edited(app);
        return false;
    }
    ImGui::SameLine();
    return false;
}

}  // namespace

void underline_findings(DrawnUnderlines& drawn, const char* label, const std::string& text, const check::CheckResult& result) {
    std::vector<Underline> marks;
    for (const count::CountResult& c : result.counts)
        if (!c.valid && c.valid_bytes_end < text.size())
            marks.push_back({c.valid_bytes_end, text.size(), u32(palette().finding_error, 60), false, true, "overflow"});
    for (const check::Finding& f : result.findings) {
        if (f.end <= f.start) continue;  // about the whole text (a missing signature…): the list says it
        marks.push_back({f.start, f.end, ImGui::ColorConvertFloat4ToU32(severity_colour(f.severity)), f.rule == "spelling", false, f.rule});
    }
    underline_text_area(drawn, label, text, marks);
}

bool findings_panel(App& app, std::string& text, const check::CheckResult& result, std::size_t variant_index) {
    const Lang lang = app.settings.lang;
    bool changed = false;
    for (const count::CountResult& c : result.counts) {
        const std::string counter =
            parvis::tr("check.ui.counter", lang, {{"network", network_label(app, c.network)},
                                                  {"length", std::to_string(c.length)},
                                                  {"limit", std::to_string(c.limit)}});
        ImGui::TextColored(c.valid || c.length == 0 ? palette().ok : severity_colour(check::Severity::error),
                           "%s", counter.c_str());
        ImGui::SameLine(0, 24);
        if (!c.valid && c.valid_bytes_end < text.size()) {
            const std::string over = excerpt(text, c.valid_bytes_end, text.size());
            ImGui::TextColored(severity_colour(check::Severity::error), "%s «\u00a0%s\u00a0»", tr(app, "check.ui.overflow"),
                               over.c_str());
            ImGui::SameLine(0, 24);
        }
    }
    const std::string score = parvis::tr("check.ui.score", lang, {{"score", std::to_string(result.score)}});
    ImGui::TextUnformatted(score.c_str());
    if (result.findings.empty()) {
        ImGui::TextDisabled("%s", tr(app, "check.ui.no_findings"));
        return false;
    }
    for (std::size_t k = 0; k < result.findings.size() && !changed; ++k) {
        const check::Finding& f = result.findings[k];
        ImGui::PushID(static_cast<int>(variant_index * 1000 + k));
        const std::string quoted = excerpt(text, f.start, f.end);
        if (!quoted.empty()) {
            ImGui::TextColored(severity_colour(f.severity), "«\u00a0%s\u00a0»", quoted.c_str());
            ImGui::SameLine();
        } else {
            ImGui::TextColored(severity_colour(f.severity), "•");
            ImGui::SameLine();
        }
        if (f.fix_is_safe) {
            char label[64];
            std::snprintf(label, sizeof label, "%s##fix", tr(app, "check.ui.fix"));
            if (ImGui::SmallButton(label)) {
                text = check::apply_fix(text, f);
                changed = true;
            }
            ImGui::SameLine();
        }
        if (f.rule == "spelling" && spelling_actions(app, text, f)) changed = true;
        const std::string row = f.message + "##finding";
        ImGui::Selectable(row.c_str(), false);
        ImGui::PopID();
    }
    return changed;
}

}  // namespace parvis::app::ui
