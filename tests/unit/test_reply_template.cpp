// Reply templates (core/inbox/reply_template.h, core/edit/reply_template_edits.h): variables
// filled from the message and the services directory, a greeting that stays correct without a
// first name, unfilled service variables left visible and listed; the edits audited; the demo's
// templates filled on the demo's messages.
#include <doctest/doctest.h>

#include "demo/demo_workspace.h"
#include "edit/reply_template_edits.h"
#include "inbox/moderation.h"
#include "inbox/reply_template.h"
#include "io/time_text.h"
#include "io/workspace_json.h"
#include "model/find.h"

using namespace parvis;
using namespace parvis::inbox;
using date::operator""_y;

namespace {

Workspace town() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville";
    ws.people = {{"cm", "Camille", Role::community_manager, "", ""}};
    ws.services = {{.id = "voirie", .name = "Voirie", .email = "voirie@ville.fr", .phone = "02 61 91 10 20",
                    .url = "https://ville.fr/signaler"},
                   {.id = "ccas", .name = "CCAS", .email = "ccas@ville.fr", .contact = "1 place de la Mairie",
                    .hours = "du lundi au vendredi de 9 h à 12 h"}};
    return ws;
}

InboxMessage from(std::string author, std::string service_id = "voirie") {
    return {.id = "m", .author = std::move(author), .text = "Un trou dans la chaussée", .service_id = std::move(service_id)};
}

}  // namespace

TEST_SUITE("inbox.reply_template") {

TEST_CASE("every variable filled from the message and its service") {
    const Workspace ws = town();
    const FilledReply r = fill("Bonjour {prénom}, le service {service} : {lien_démarche}", from("Sandrine Le Bihan"), ws);
    CHECK(r.text == "Bonjour Sandrine, le service Voirie : https://ville.fr/signaler");
    CHECK(r.missing.empty());
    // Without accents too; {contact} falls back on the phone, then the e-mail.
    CHECK(fill("{prenom} {lien_demarche} {contact}", from("Karim"), ws).text == "Karim https://ville.fr/signaler 02 61 91 10 20");
    const FilledReply hours = fill("{service} vous accueille {horaires} ({contact})", from("Karim", "ccas"), ws);
    CHECK(hours.text == "CCAS vous accueille du lundi au vendredi de 9 h à 12 h (1 place de la Mairie)");
    // Another service than the message's, chosen by the desk.
    CHECK(fill("{service}", from("Karim"), ws, {.service_id = "ccas"}).text == "CCAS");
}

TEST_CASE("no first name: the greeting stays correct") {
    const Workspace ws = town();
    for (const char* author : {"@lou.photos35", "", "Anonyme Stex", "jb_stex", "Mme Dupont", "alex@piaille.fr", "X Æ A-12"}) {
        CAPTURE(author);
        const FilledReply r = fill("Bonjour {prénom}, merci {prénom}\u00a0! À bientôt {prénom}.", from(author), ws);
        CHECK(r.text == "Bonjour, merci\u00a0! À bientôt.");
        CHECK(r.missing == std::vector<std::string>{"prénom"});
    }
    CHECK(fill("{prénom}, votre demande est transmise.", from("@nina.b"), ws).text == "votre demande est transmise.");
    CHECK(fill("Bonjour,\n{prénom}, merci.", from(""), ws).text == "Bonjour,\nmerci.");
}

TEST_CASE("first names as networks show them") {
    CHECK(first_name_of("Sandrine Le Bihan") == "Sandrine");
    CHECK(first_name_of("Élodie Marchal") == "Élodie");
    CHECK(first_name_of("Jean-Marc") == "Jean-Marc");
    CHECK(first_name_of("@marie_velo").empty());
    CHECK(first_name_of("marie").empty());  // no capital: a handle more likely than a name
    CHECK(first_name_of("Promo2024 Tapis").empty());
    CHECK(first_name_of("Monsieur Martin").empty());
    CHECK(first_name_of("").empty());
}

TEST_CASE("a service variable that cannot be filled stays visible and is listed") {
    Workspace ws = town();
    const FilledReply none = fill("{service} : {lien_démarche}, {horaires}", from("Léa", ""), ws);
    CHECK(none.text == "{service} : {lien_démarche}, {horaires}");
    CHECK(none.missing == std::vector<std::string>{"service", "lien_démarche", "horaires"});
    const FilledReply no_hours = fill("{service} {horaires}", from("Léa"), ws);
    CHECK(no_hours.text == "Voirie {horaires}");
    CHECK(no_hours.missing == std::vector<std::string>{"horaires"});
    // Other braces are the text's own.
    CHECK(fill("{accolade} { et } {", from("Léa"), ws).text == "{accolade} { et } {");
    CHECK(fill("{accolade} { et } {", from("Léa"), ws).missing.empty());
}

TEST_CASE("adding, editing and removing a template, each audited") {
    Workspace ws = town();
    const edit::Actor me{"cm", *io::parse_instant("2026-11-30T10:00:00Z")};
    const edit::AddedTemplate added = edit::add_reply_template(ws, me, "Accusé de réception", "Bonjour {prénom}, merci.");
    REQUIRE(added.result.changed());
    CHECK(added.id == "tpl-1");
    REQUIRE(ws.reply_templates.size() == 1);
    CHECK(ws.audit.back().action == "reply_template.add");
    CHECK(ws.audit.back().target_id == "tpl-1");

    ReplyTemplate changed = ws.reply_templates[0];
    changed.text = "Bonjour {prénom}, merci pour votre message.";
    CHECK(edit::update_reply_template(ws, me, changed).changed());
    CHECK(ws.reply_templates[0].text == changed.text);
    CHECK(ws.audit.back().action == "reply_template.edit");
    CHECK(ws.audit.back().detail == "text");
    CHECK(edit::describe(ws.audit.back(), ws).find("texte") != std::string::npos);
    CHECK(edit::update_reply_template(ws, me, changed).outcome == edit::Outcome::unchanged);

    changed.title = "Accusé\x1b";
    const edit::Result bad = edit::update_reply_template(ws, me, changed);
    CHECK(bad.outcome == edit::Outcome::refused);
    CHECK(bad.error.pointer == "/reply_templates/0/title");
    CHECK(ws.reply_templates[0].title == "Accusé de réception");
    CHECK(edit::add_reply_template(ws, me, "\x07", "").result.outcome == edit::Outcome::refused);
    CHECK(ws.reply_templates.size() == 1);

    CHECK(edit::delete_reply_template(ws, me, "tpl-9").outcome == edit::Outcome::not_found);
    CHECK(edit::delete_reply_template(ws, me, "tpl-1").changed());
    CHECK(ws.reply_templates.empty());
    CHECK(ws.audit.back().action == "reply_template.delete");
    CHECK(ws.audit.back().detail == "Accusé de réception");
    CHECK_FALSE(check_invariants(ws));
}

TEST_CASE("the demo's templates: six situations, filled on the demo's messages, in the charter's tone") {
    const Workspace demo = demo_workspace(2026_y / date::November / 29);
    REQUIRE(demo.reply_templates.size() >= 5);
    CHECK(demo.reply_templates.size() <= 6);
    CHECK_FALSE(check_invariants(demo));
    for (const ReplyTemplate& t : demo.reply_templates) {
        CAPTURE(t.title);
        CHECK_FALSE(t.title.empty());
        CHECK(t.text.find('!') == std::string::npos);            // the charter: exclamation marks sparingly
        CHECK(t.text.find("{prénom}") != std::string::npos);      // every one greets the person
        // The templates themselves are never what the moderation charter stops.
        CHECK(review_text(t.text, demo, 2026_y / date::November / 29).empty());
    }
    const ReplyTemplate* road = nullptr;
    for (const ReplyTemplate& t : demo.reply_templates)
        if (t.text.find("{lien_démarche}") != std::string::npos && t.title.find("voirie") != std::string::npos) road = &t;
    REQUIRE(road != nullptr);
    // Sandrine's message about the road works, routed to the Voirie.
    const InboxMessage* sandrine = nullptr;
    for (const InboxMessage& m : demo.messages)
        if (m.author == "Sandrine Le Bihan") sandrine = &m;
    REQUIRE(sandrine != nullptr);
    const FilledReply r = fill(*road, *sandrine, demo);
    CHECK(r.missing.empty());
    CHECK(r.text.rfind("Bonjour Sandrine, ", 0) == 0);
    CHECK(r.text.find("https://www.saint-exemple.fr/cadre-de-vie/voirie") != std::string::npos);
    // The opening hours template on a service that has its hours.
    const ReplyTemplate* hours = nullptr;
    for (const ReplyTemplate& t : demo.reply_templates)
        if (t.text.find("{horaires}") != std::string::npos) hours = &t;
    REQUIRE(hours != nullptr);
    const FilledReply h = fill(*hours, *sandrine, demo, {.service_id = "svc-etat-civil"});
    CHECK(h.missing.empty());
    CHECK(h.text.find("8 h 30") != std::string::npos);
}

}  // TEST_SUITE
