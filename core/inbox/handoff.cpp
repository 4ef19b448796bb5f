// The hand-off to a service and the reply suggestion. See handoff.h.
#include "inbox/handoff.h"

#include "connect/http.h"
#include "format/format.h"
#include "inbox/deadline.h"
#include "io/enum_names.h"
#include "model/find.h"
#include "text/trim.h"

namespace parvis::inbox {
namespace {

// Where the citizen wrote: the commented post's address on the message's network, else on any
// network, else the account's page.
std::string where_link(const InboxMessage& m, const Workspace& ws) {
    if (const Post* post = find_post(ws, m.post_id)) {
        for (const PostVariant& v : post->variants)
            if (v.account_id == m.account_id && !v.permalink.empty()) return v.permalink;
        for (const PostVariant& v : post->variants)
            if (!v.permalink.empty()) return v.permalink;
    }
    if (const NetworkAccount* a = find_account(ws, m.account_id)) return a->url;
    return {};
}

std::string channel_words(const InboxMessage& m, const Workspace& ws, Lang lang) {
    std::string out = tr("messages.channel." + std::string(io::enum_name(m.channel)), lang);
    if (const NetworkAccount* a = find_account(ws, m.account_id))
        out = tr("network." + std::string(io::enum_name(a->network)), lang) + " (" + out + ")";
    return out;
}

// What both e-mails say of the message: reference, when and where, author, link, the charter's
// deadline, then the citizen's words quoted line by line as mail programs do.
std::string message_facts(const InboxMessage& m, const Workspace& ws, Instant now, Lang lang) {
    const Deadline deadline = reply_deadline(m, ws);
    const std::string author = m.author.empty() ? tr("messages.handoff.anonymous", lang) : m.author;
    const std::string link = where_link(m, ws);
    std::string body = tr("messages.handoff.reference", lang, {{"id", m.id}}) + "\n";
    body += tr("messages.handoff.received", lang,
               {{"when", format_instant_local(m.received_at, ws.profile.time_zone, lang)},
                {"where", channel_words(m, ws, lang)}}) + "\n";
    body += tr("messages.handoff.author", lang, {{"author", author}}) + "\n";
    if (!link.empty()) body += tr("messages.handoff.link", lang, {{"link", link}}) + "\n";
    if (deadline.has_due())
        body += tr("messages.handoff.deadline", lang,
                   {{"deadline", deadline_text(deadline, now, ws.profile.time_zone, lang)}}) + "\n";
    body += "\n" + tr("messages.handoff.words", lang) + "\n";
    std::size_t start = 0;
    while (start <= m.text.size()) {
        const std::size_t end = std::min(m.text.find('\n', start), m.text.size());
        body += "> " + m.text.substr(start, end - start) + "\n";
        start = end + 1;
    }
    return body;
}

std::string first_line_short(const InboxMessage& m) {
    return shorten(text::trim(std::string_view(m.text).substr(0, m.text.find('\n'))), 60);
}

Handoff finish(Handoff h, Lang lang) {
    h.mailto = mailto_url(h.to, h.subject, h.body);
    h.text = tr("messages.handoff.to", lang, {{"to", h.to.empty() ? "—" : h.to}}) + "\n" +
             tr("messages.handoff.subject_line", lang, {{"subject", h.subject}}) + "\n\n" + h.body;
    return h;
}

}  // namespace

std::string mailto_url(std::string_view to, std::string_view subject, std::string_view body) {
    // RFC 6068 §5: line breaks in a body are CRLF, percent-encoded.
    std::string crlf;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] == '\r') continue;
        if (body[i] == '\n') crlf += "\r\n";
        else crlf += body[i];
    }
    // The address keeps its « @ » (allowed in a mailto's path); everything else is encoded.
    std::string address;
    for (const char ch : to) address += ch == '@' ? std::string("@") : connect::percent_encode(std::string_view(&ch, 1));
    return "mailto:" + address + "?subject=" + connect::percent_encode(subject) + "&body=" + connect::percent_encode(crlf);
}

std::string shorten(std::string_view text, std::size_t max_chars) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // continuation byte
        if (chars == max_chars) return std::string(text::trim(text.substr(0, i))) + "\xE2\x80\xA6";
        ++chars;
    }
    return std::string(text);
}

Handoff make_handoff(const InboxMessage& m, const Workspace& ws, Instant now, Lang lang) {
    Handoff h;
    const Service* service = find_service(ws, m.service_id);
    if (service) h.to = service->email;
    h.subject = tr("messages.handoff.subject", lang, {{"id", m.id}, {"text", first_line_short(m)}});
    h.body = tr("messages.handoff.greeting", lang) + "\n\n";
    h.body += tr("messages.handoff.intro", lang,
                 {{"collectivity", ws.profile.name},
                  {"service", service ? service->name : tr("messages.handoff.service_unknown", lang)}}) + "\n\n";
    h.body += message_facts(m, ws, now, lang);
    h.body += "\n" + tr("messages.handoff.ask", lang) + "\n\n" + tr("messages.handoff.thanks", lang);
    return finish(std::move(h), lang);
}

Handoff make_alert(const InboxMessage& m, const Workspace& ws, int tone_score, Instant now, Lang lang) {
    Handoff h;
    const Person* person = find_person(ws, ws.charter.moderation.alert_person_id);
    if (!person) return h;
    h.to = person->email;
    h.subject = tr("messages.alert.subject", lang, {{"id", m.id}, {"text", first_line_short(m)}});
    const std::string first_name = person->name.substr(0, person->name.find(' '));
    h.body = tr("messages.alert.greeting", lang, {{"name", first_name}}) + "\n\n";
    h.body += tr("messages.alert.intro", lang, {{"collectivity", ws.profile.name}, {"score", std::to_string(tone_score)}}) + "\n\n";
    h.body += message_facts(m, ws, now, lang);
    h.body += "\n" + tr("messages.alert.ask", lang) + "\n\n" + tr("messages.handoff.thanks", lang);
    return finish(std::move(h), lang);
}

std::string reply_suggestion(const InboxMessage& m, const Workspace& ws, Lang lang) {
    const Service* service = find_service(ws, m.service_id);
    if (!service || (service->url.empty() && service->contact.empty() && service->phone.empty())) return {};
    const std::string reg = ws.charter.register_ == Register::tu ? "tu" : "vous";
    const std::string name = m.author.empty() ? "" : " " + m.author.substr(0, m.author.find(' '));
    std::string out = tr("messages.suggest.hello." + reg, lang, {{"name", name}});
    if (!service->url.empty()) {
        out += " " + tr("messages.suggest.procedure." + reg, lang, {{"service", service->name}, {"url", service->url}});
    } else {
        const std::string contact = service->contact.empty() ? service->phone : service->contact;
        out += " " + tr("messages.suggest.contact." + reg, lang, {{"service", service->name}, {"contact", contact}});
        if (!service->hours.empty()) out += " " + tr("messages.suggest.hours", lang, {{"hours", service->hours}});
    }
    return out;
}

}  // namespace parvis::inbox
