// Shared by the Messages screen's files: messages.cpp (filters, list, keyboard triage) and
// messages_detail.cpp (the selected message, its thread and the desk's actions, the « Nouveau
// message reçu » form).
#pragma once
#include <string>

#include "app.h"
#include "i18n/catalogue.h"
#include "ui/screen_state.h"
#include "ui/screens.h"

namespace parvis::app::ui::messages {

inline std::string trf(const App& app, const char* key, const Args& args) { return parvis::tr(key, app.settings.lang, args); }

// Catalogue labels: « non lu », « téléphone », « haute ».
const char* status_text(const App& app, MessageStatus status);
const char* channel_text(const App& app, MessageChannel channel);
const char* priority_text(const App& app, MessagePriority priority);
// The person's or the service's name, or « personne » / « aucun » for "".
std::string person_name(const App& app, const std::string& id);
std::string service_name(const App& app, const std::string& id);
// Where the message came from: « Facebook @ville · commentaire », « téléphone ».
std::string origin_text(const App& app, const InboxMessage& message);

// The detail pane of `message_id` (nothing selected: a hint).
void detail_pane(App& app, MessagesState& s, const Fonts& fonts);
// The desk's actions on a message, shared by the buttons and the keyboard.
void assign_to_me(App& app, const std::string& message_id);
void forward_by_mail(App& app, const std::string& message_id);
void close(App& app, const std::string& message_id);
// « Modèles de réponse… »: the button and its dialog (add, edit, delete the saved replies).
void templates_button(App& app, MessagesState& s);
void templates_dialog(App& app, MessagesState& s);
// « Nouveau message reçu… »: the button and its dialog.
void new_message_button(App& app, MessagesState& s);
void new_message_dialog(App& app, MessagesState& s);

}  // namespace parvis::app::ui::messages
