// « Transmettre au service » (issue 12): the hand-off of a citizen's message to the municipal
// service that can settle it, as an e-mail the community manager's own mail program opens
// (a `mailto:` link, RFC 6068) and as plain text to copy when no mail program is set up. It holds
// the citizen's words as written, where they were posted (the post's link, or the channel), the
// reply deadline in French and the message id as reference, so the service's answer can be
// matched to the message.
//
// The reply suggestion gives the citizen the service's own way in: the online procedure first
// (« Signaler un problème de voirie »), else its public contact and opening hours, in the
// charter's register (vous / tu).
#pragma once
#include <string>
#include <string_view>

#include "i18n/catalogue.h"
#include "model/workspace.h"

namespace parvis::inbox {

struct Handoff {
    std::string to;       // the service's e-mail, may be empty (the mail program then asks)
    std::string subject;  // « [msg-12] Message à traiter : Fuite rue des Lilas… »
    std::string body;     // lines separated by "\n"
    std::string mailto;   // mailto:to?subject=…&body=… (CRLF line breaks, percent-encoded)
    std::string text;     // the plain-text copy: « À : …\nObjet : …\n\n » + body
};

// The hand-off of `message` to its service at `now` (for the deadline's wording). A message with
// no service (or an unknown one) gives a hand-off with no recipient and « service à préciser ».
Handoff make_handoff(const InboxMessage& message, const Workspace& ws, Instant now, Lang lang = Lang::fr);

// The alert to the person the charter names for hostile threads (the buffer role): the same facts
// as a hand-off, the tone score, and a request for a decision (answer, go private, crisis mode).
// `to` is that person's e-mail; everything is empty when the charter names nobody (the caller
// offers the alert only when it does).
Handoff make_alert(const InboxMessage& message, const Workspace& ws, int tone_score, Instant now, Lang lang = Lang::fr);

// RFC 6068: subject and body percent-encoded as RFC 3986 says (connect::percent_encode: every
// byte but A–Z a–z 0–9 - . _ ~), line breaks in the body turned into CRLF (%0D%0A).
std::string mailto_url(std::string_view to, std::string_view subject, std::string_view body);

// A first reply to the citizen that sends them to the service: its online procedure, else its
// contact and hours; empty when the service has neither (nothing useful to offer).
std::string reply_suggestion(const InboxMessage& message, const Workspace& ws, Lang lang = Lang::fr);

// The first `max_chars` code points of `text`, with « … » when cut (subjects stay short).
std::string shorten(std::string_view text, std::size_t max_chars);

}  // namespace parvis::inbox
