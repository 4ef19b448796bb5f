// The hand-off to a service (core/inbox/handoff.h): a mailto link that mail programs read back
// to the same subject and body (RFC 6068), the citizen's words, the link, the deadline in French
// and the reference; the reply suggestion with the service's procedure or contact.
#include <doctest/doctest.h>

#include "inbox/handoff.h"
#include "io/time_text.h"

using namespace parvis;
using namespace parvis::inbox;

namespace {

Instant utc(const char* iso) { return *io::parse_instant(iso); }

// The inverse of percent-encoding, as a mail program does it.
std::string decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

Workspace town() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville de Saint-Exemple";
    ws.accounts = {{.id = "fb", .network = Network::facebook, .handle = "Ville", .url = "https://facebook.com/ville"}};
    ws.services = {{.id = "voirie", .name = "service Voirie", .email = "voirie@ville.fr", .phone = "02 00 00 00 00",
                    .url = "https://ville.fr/signaler"},
                   {.id = "ccas", .name = "CCAS", .email = "ccas@ville.fr", .contact = "1 place de la Mairie",
                    .hours = "lun.–ven. 9 h–12 h"}};
    Post p;
    p.id = "p1";
    p.title = "Travaux";
    p.variants = {{.account_id = "fb", .text = "Travaux", .permalink = "https://facebook.com/ville/posts/42"}};
    ws.posts = {p};
    // Monday 30 November 2026, 9:00 in Paris; the charter's default hours and target.
    ws.messages = {{.id = "msg-7", .account_id = "fb", .channel = MessageChannel::comment, .author = "Léa Martin",
                    .received_at = utc("2026-11-30T08:00:00Z"),
                    .text = "Un nid-de-poule énorme rue des Lilas & devant l’école ?\nMerci de faire vite", .post_id = "p1",
                    .service_id = "voirie"}};
    return ws;
}

}  // namespace

TEST_SUITE("inbox.handoff") {

TEST_CASE("mailto: subject and body percent-encoded, every line break as CRLF") {
    CHECK(mailto_url("a@b.fr", "a b&c=d?e#f%+", "é’") == "mailto:a@b.fr?subject=a%20b%26c%3Dd%3Fe%23f%25%2B&body=%C3%A9%E2%80%99");
    CHECK(mailto_url("a@b.fr", "Objet", "l1\nl2\r\nl3") == "mailto:a@b.fr?subject=Objet&body=l1%0D%0Al2%0D%0Al3");
    CHECK(mailto_url("", "x", "") == "mailto:?subject=x&body=");
}

TEST_CASE("the hand-off holds the words, the link, the deadline and the reference") {
    const Workspace ws = town();
    const Handoff h = make_handoff(ws.messages[0], ws, utc("2026-11-30T08:30:00Z"));
    CHECK(h.to == "voirie@ville.fr");
    CHECK(h.subject.rfind("[msg-7] Message à traiter\u00a0: Un nid-de-poule", 0) == 0);
    CHECK(h.body.find("Référence\u00a0: msg-7") != std::string::npos);
    CHECK(h.body.find("https://facebook.com/ville/posts/42") != std::string::npos);
    CHECK(h.body.find("De\u00a0: Léa Martin") != std::string::npos);
    CHECK(h.body.find("> Un nid-de-poule énorme rue des Lilas & devant l’école ?\n> Merci de faire vite") != std::string::npos);
    CHECK(h.body.find("à répondre avant") != std::string::npos);
    CHECK(h.body.find("service Voirie") != std::string::npos);
    // A mail program reads back exactly the subject and the body (CRLF line breaks).
    const std::string prefix = "mailto:voirie@ville.fr?subject=";
    REQUIRE(h.mailto.rfind(prefix, 0) == 0);
    const auto amp = h.mailto.find("&body=");
    REQUIRE(amp != std::string::npos);
    CHECK(h.mailto.find_first_of(" \n&?#", prefix.size()) == amp);  // nothing raw in the values
    CHECK(decode(h.mailto.substr(prefix.size(), amp - prefix.size())) == h.subject);
    std::string body = h.body;
    std::string crlf;
    for (char c : body) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    CHECK(decode(h.mailto.substr(amp + 6)) == crlf);
    CHECK(h.text.rfind("À\u00a0: voirie@ville.fr\nObjet\u00a0: [msg-7]", 0) == 0);

    const Handoff en = make_handoff(ws.messages[0], ws, utc("2026-11-30T08:30:00Z"), Lang::en);
    CHECK(en.body.find("Reference: msg-7") != std::string::npos);
}

TEST_CASE("a message with no service gives a hand-off with no recipient") {
    Workspace ws = town();
    ws.messages[0].service_id.clear();
    const Handoff h = make_handoff(ws.messages[0], ws, utc("2026-11-30T08:30:00Z"));
    CHECK(h.to.empty());
    CHECK(h.mailto.rfind("mailto:?subject=", 0) == 0);
    CHECK(h.body.find("service à préciser") != std::string::npos);
    CHECK(reply_suggestion(ws.messages[0], ws).empty());
}

TEST_CASE("long subjects are cut on a character") {
    CHECK(shorten("éééé", 2) == "éé\xE2\x80\xA6");
    CHECK(shorten("abc", 3) == "abc");
}

TEST_CASE("the reply suggestion offers the procedure, else the contact and hours, in the charter's register") {
    Workspace ws = town();
    const std::string online = reply_suggestion(ws.messages[0], ws);
    CHECK(online.rfind("Bonjour Léa, merci pour votre message.", 0) == 0);
    CHECK(online.find("https://ville.fr/signaler") != std::string::npos);
    ws.messages[0].service_id = "ccas";
    const std::string contact = reply_suggestion(ws.messages[0], ws);
    CHECK(contact.find("1 place de la Mairie") != std::string::npos);
    CHECK(contact.find("lun.–ven. 9 h–12 h") != std::string::npos);
    CHECK(contact.find("vous répondre") != std::string::npos);
    ws.charter.register_ = Register::tu;
    CHECK(reply_suggestion(ws.messages[0], ws).find("te répondre") != std::string::npos);
}

TEST_CASE("the alert about a hostile thread goes to the person the charter names, with the same facts") {
    Workspace ws = town();
    const Instant now = utc("2026-11-30T08:30:00Z");
    // Nobody named: nothing to send.
    const Handoff none = make_alert(ws.messages[0], ws, 72, now);
    CHECK(none.to.empty());
    CHECK(none.mailto.empty());
    ws.people = {{"p-helene", "Hélène Rousseau", Role::communication_director, "helene@ville.fr", ""}};
    ws.charter.moderation.alert_person_id = "p-helene";
    const Handoff a = make_alert(ws.messages[0], ws, 72, now);
    CHECK(a.to == "helene@ville.fr");
    CHECK(a.subject.rfind("[msg-7] Fil hostile à suivre\u00a0: Un nid-de-poule", 0) == 0);
    CHECK(a.body.rfind("Bonjour Hélène,", 0) == 0);
    CHECK(a.body.find("72/100") != std::string::npos);
    // The same facts as a hand-off: reference, author, link, deadline, the words quoted.
    const Handoff h = make_handoff(ws.messages[0], ws, now);
    for (const char* fact : {"Référence\u00a0: msg-7", "De\u00a0: Léa Martin", "https://facebook.com/ville/posts/42",
                             "à répondre avant", "> Merci de faire vite"}) {
        CAPTURE(fact);
        CHECK(a.body.find(fact) != std::string::npos);
        CHECK(h.body.find(fact) != std::string::npos);
    }
    CHECK(a.body.find("mode crise") != std::string::npos);
    CHECK(a.mailto == mailto_url(a.to, a.subject, a.body));
    CHECK(a.text.find("À\u00a0: helene@ville.fr") == 0);
}

}
