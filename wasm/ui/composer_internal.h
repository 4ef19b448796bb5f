// Rédaction's parts, between its files: composer.cpp (the list of posts, the editor's frame and
// the texts), composer_workflow.cpp (status, validation circuit, the steps' buttons, history)
// composer_media.cpp (images), composer_schedule.cpp (date and time, « Programmer », the calendar's
// findings for that moment, networks, message type, campaign, tags) and composer_preview.cpp
// (« Aperçu »: a variant as its network's feed shows it, core/preview/). The state is App's (ComposerState,
// ui/screen_state.h). Every change goes through core/: strategy/workflow.h for the status,
// edit/post_edits.h and edit/post_setup_edits.h for the rest.
#pragma once
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "ui/screen_state.h"
#include "ui/screens.h"

namespace parvis::app::ui::composer {

// The catalogue text with {placeholders}, in the app's language.
inline std::string trf(const App& app, const char* key, const Args& args) { return parvis::tr(key, app.settings.lang, args); }

// Under the title: status, owner, date, the circuit (who approves next, approvals done with
// names, dates and comments) and one button per step open to the current person.
void workflow_panel(App& app, ComposerState& s, const Post& post);
// The « Historique » tab: the post's entries of the audit log, latest first.
void history_tab(App& app, ComposerState& s, const Post& post);
// The « Réglages et date » tab.
void schedule_tab(App& app, ComposerState& s, const Post& post, const Fonts& fonts);
// « Dupliquer »: the copy opens in the editor. True when the copy was made: the workspace's posts
// moved, so `post` must not be used any more this frame.
bool duplicate_button(App& app, ComposerState& s, const Post& post);

// The « Aperçu » tab: one variant as its network shows it (wrapped, folded, link card, image
// crop, counter), with its text box so that the preview follows the typing.
void preview_tab(App& app, ComposerState& s, const Post& post);

// The test hook's view of the open post (composer_summary adds it).
void add_workflow_summary(const App& app, const ComposerState& s, nlohmann::json& out);
// … and of the last preview drawn: its network, visible lines, fold label, count and card.
void add_preview_summary(const App& app, const ComposerState& s, nlohmann::json& out);

// Images (composer_media.cpp): « Ajouter une image » above the texts; under variant `i`'s text its
// images (thumbnail, alt text, « Retirer ») and the network's media rules.
void add_image_bar(App& app, const Post& post);
void variant_images(App& app, const Post& post, std::size_t i, const NetworkAccount* account);
// A file picked, dropped or pasted for an image: added to the open post. False when the file is
// for someone else.
bool receive_media_file(App& app, ComposerState& s, const PickedFile& file);
void add_media_summary(const App& app, const ComposerState& s, nlohmann::json& out);
// The GL texture of an image's decoded thumbnail; 0 while it is not ready (or not on this device).
unsigned thumbnail_texture(App& app, const Media& m);

}  // namespace parvis::app::ui::composer
