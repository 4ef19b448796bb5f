// Reply templates (« modèles de réponse », issue 12): a template's text with its variables filled
// from the message and the services directory, for the desk to read over before sending.
//
// Variables (written with or without accents: {prénom} or {prenom}):
//   {prénom}         the author's first name, when known: the first word of the author's name if
//                    it reads as a first name (a capital letter then letters, « Jean-Marc »,
//                    « Élodie »); never a handle (« @lou.photos35 »), an e-mail, a name with
//                    digits or « Anonyme ». When unknown, the variable goes together with the
//                    space before it, so the greeting stays correct: « Bonjour {prénom}, » gives
//                    « Bonjour, » and « Merci {prénom} ! » gives « Merci ! ».
//   {service}        the service's name
//   {lien_démarche}  the service's online procedure (Service::url)
//   {horaires}       the service's opening hours (Service::hours)
//   {contact}        the service's public contact (Service::contact, else its phone, else its e-mail)
// The service is the message's (InboxMessage::service_id) unless FillOptions names another.
// A service variable that cannot be filled stays in the text as written (« {lien_démarche} »),
// so the reply is never sent with a hole nobody saw, and is listed in `missing`. Other braces
// are left alone.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/workspace.h"

namespace parvis::inbox {

struct FillOptions {
    std::string service_id;  // "": the message's service
};

struct FilledReply {
    std::string text;
    std::vector<std::string> missing;  // variable names, without braces and accented: "prénom", "lien_démarche"
};

FilledReply fill(const ReplyTemplate& reply_template, const InboxMessage& message, const Workspace& ws,
                 const FillOptions& options = {});
FilledReply fill(std::string_view text, const InboxMessage& message, const Workspace& ws, const FillOptions& options = {});

// The first name in an author's name as shown on the network, "" when it does not read as one.
std::string first_name_of(std::string_view author);

// The variables a template may use, accented, without braces.
const std::vector<std::string>& template_variables();

}  // namespace parvis::inbox
