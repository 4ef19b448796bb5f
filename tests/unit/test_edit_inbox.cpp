// The Messages desk's actions (core/edit/inbox_edits.h): each changes the message as the desk
// needs, writes its audit entry in codes, says « unchanged » when nothing changes, and refuses
// what would make no sense (forwarding with no service, a blank reply) without touching anything.
#include <doctest/doctest.h>

#include "edit/audit_log.h"
#include "edit/inbox_edits.h"
#include "edit/team_edits.h"
#include "io/time_text.h"
#include "io/workspace_json.h"
#include "model/find.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::edit;

namespace {

Instant utc(const char* iso) { return *io::parse_instant(iso); }

Workspace desk() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville";
    ws.accounts = {{.id = "fb", .network = Network::facebook, .handle = "Ville"}};
    ws.people = {{"cm", "Camille", Role::community_manager, "", ""}, {"dgs", "Dominique", Role::validator_dgs, "", ""}};
    ws.services = {{.id = "eau", .name = "Service des eaux", .email = "eau@ville.fr"}};
    ws.messages = {{.id = "m1", .account_id = "fb", .author = "Léa", .received_at = utc("2026-11-30T08:00:00Z"),
                    .text = "Fuite rue des Lilas"},
                   {.id = "m2", .account_id = "fb", .received_at = utc("2026-11-30T09:00:00Z"), .text = "Merci"}};
    return ws;
}

const AuditEntry& last(const Workspace& ws) { return ws.audit.back(); }

}  // namespace

TEST_SUITE("edit.inbox") {

TEST_CASE("assigning takes an unread message and names the person") {
    Workspace ws = desk();
    const Actor me{"cm", utc("2026-11-30T10:00:00Z")};
    CHECK(assign_message(ws, me, "m1", "cm").changed());
    CHECK(ws.messages[0].assignee_id == "cm");
    CHECK(ws.messages[0].status == MessageStatus::assigned);
    REQUIRE(ws.audit.size() == 2);
    CHECK(ws.audit[0].action == "message.assign");
    CHECK(ws.audit[0].detail == ">cm");
    CHECK(ws.audit[1].action == "message.status");
    CHECK(ws.audit[1].detail == "unread>assigned");
    CHECK(assign_message(ws, me, "m1", "cm").outcome == Outcome::unchanged);
    CHECK(ws.audit.size() == 2);
    CHECK(assign_message(ws, me, "m1", "nobody").outcome == Outcome::not_found);
    CHECK(assign_message(ws, me, "m9", "cm").outcome == Outcome::not_found);
    // Handing it to someone else keeps the state; taking it back leaves nobody.
    CHECK(assign_message(ws, me, "m1", "dgs").changed());
    CHECK(last(ws).detail == "cm>dgs");
    CHECK(assign_message(ws, me, "m1", "").changed());
    CHECK(ws.messages[0].assignee_id.empty());
    CHECK(ws.messages[0].status == MessageStatus::assigned);
    CHECK(describe(ws.audit[2], ws).find("Camille \xE2\x86\x92 Dominique") != std::string::npos);
}

TEST_CASE("routing, forwarding and the service's answer record their instants") {
    Workspace ws = desk();
    const Actor me{"cm", utc("2026-11-30T10:00:00Z")};
    // No service yet: the hand-off is refused and nothing moves.
    const edit::Result no_service = forward_message(ws, me, "m1");
    CHECK(no_service.outcome == Outcome::refused);
    CHECK(no_service.error.pointer == "/messages/0/service_id");
    CHECK(error_message(no_service.error).find("aucun service") != std::string::npos);
    CHECK_FALSE(ws.messages[0].forwarded_at);
    CHECK(ws.audit.empty());

    CHECK(route_message(ws, me, "m1", "voirie").outcome == Outcome::not_found);
    CHECK(route_message(ws, me, "m1", "eau").changed());
    CHECK(last(ws).action == "message.route");
    CHECK(last(ws).detail == ">eau");
    CHECK(route_message(ws, me, "m1", "eau").outcome == Outcome::unchanged);

    CHECK(forward_message(ws, me, "m1").changed());
    CHECK(ws.messages[0].forwarded_at == me.at);
    CHECK(ws.messages[0].status == MessageStatus::forwarded);
    CHECK(ws.audit[ws.audit.size() - 2].action == "message.forward");
    CHECK(ws.audit[ws.audit.size() - 2].detail == "2026-11-30T10:00:00Z");
    CHECK(last(ws).detail == "unread>forwarded");

    CHECK(set_message_status(ws, me, "m1", MessageStatus::waiting_service).changed());
    CHECK(last(ws).detail == "forwarded>waiting_service");
    CHECK(describe(last(ws), ws).find("transmis au service \xE2\x86\x92 en attente de réponse du service") != std::string::npos);

    // The service answers the next day: the message comes back to the desk, to the person who saw it.
    const Actor later{"dgs", utc("2026-12-01T09:00:00Z")};
    CHECK(record_service_answer(ws, later, "m1").changed());
    CHECK(ws.messages[0].service_answered_at == later.at);
    CHECK(ws.messages[0].assignee_id == "dgs");
    CHECK(ws.messages[0].status == MessageStatus::assigned);
    CHECK(record_service_answer(ws, later, "m1").outcome == Outcome::unchanged);
}

TEST_CASE("a reply needs words; it records when and answers the message") {
    Workspace ws = desk();
    const Actor me{"cm", utc("2026-11-30T11:00:00Z")};
    const edit::Result blank = reply_to_message(ws, me, "m2", " \u00a0\n");
    CHECK(blank.outcome == Outcome::refused);
    CHECK(blank.error.pointer == "/messages/1/reply");
    CHECK(ws.messages[1].status == MessageStatus::unread);
    CHECK(ws.audit.empty());

    CHECK(reply_to_message(ws, me, "m2", "  Merci à vous !  ").changed());
    CHECK(ws.messages[1].reply == "Merci à vous !");
    CHECK(ws.messages[1].replied_at == me.at);
    CHECK(ws.messages[1].status == MessageStatus::answered);
    CHECK(ws.audit[0].action == "message.reply");
    CHECK(last(ws).detail == "unread>answered");
    CHECK(reply_to_message(ws, me, "m2", "Merci à vous !").outcome == Outcome::unchanged);

    CHECK(close_message(ws, me, "m2").changed());
    CHECK(ws.messages[1].status == MessageStatus::closed);
    CHECK(close_message(ws, me, "m2").outcome == Outcome::unchanged);
}

TEST_CASE("alerting the charter's person about a hostile thread is recorded; nobody named is refused") {
    Workspace ws = desk();
    const Actor me{"cm", utc("2026-11-30T11:00:00Z")};
    const edit::Result nobody = alert_about_message(ws, me, "m1");
    CHECK(nobody.outcome == Outcome::refused);
    CHECK(nobody.error.detail == "no_alert_person");
    CHECK(ws.audit.empty());
    ws.charter.moderation.alert_person_id = "dgs";
    CHECK(alert_about_message(ws, me, "m1").changed());
    CHECK(last(ws).action == "message.alert");
    CHECK(last(ws).target_id == "m1");
    CHECK(last(ws).detail == "dgs");
    CHECK(describe(last(ws), ws, Lang::fr).find("Dominique") != std::string::npos);
    CHECK(ws.messages[0].status == MessageStatus::unread);  // the message itself is unchanged
    CHECK(alert_about_message(ws, me, "nope").outcome == Outcome::not_found);
    // The charter names a person of the team: one who is not there is refused by the reader, and
    // the named person cannot be removed while named.
    CHECK_FALSE(check_invariants(ws));
    CHECK(remove_person(ws, me, "dgs").outcome == Outcome::refused);
    ws.charter.moderation.alert_person_id = "ghost";
    const Error dangling = check_invariants(ws);
    CHECK(dangling);
    CHECK(dangling.pointer == "/charter/moderation/alert_person_id");
}

TEST_CASE("hiding is a moderation; tags and priority") {
    Workspace ws = desk();
    const Actor me{"cm", utc("2026-11-30T11:00:00Z")};
    CHECK(hide_message(ws, me, "m1").changed());
    CHECK(ws.messages[0].status == MessageStatus::hidden);
    CHECK(ws.audit[0].action == "message.moderate");
    CHECK(ws.audit[0].detail == "hide");
    CHECK(hide_message(ws, me, "m1").outcome == Outcome::unchanged);

    CHECK(set_message_tags(ws, me, "m2", {" fuite", "", "eau", "fuite"}).changed());
    CHECK(ws.messages[1].tags == std::vector<std::string>{"fuite", "eau"});
    CHECK(last(ws).detail == "fuite,eau");
    CHECK(set_message_tags(ws, me, "m2", {"fuite", "eau "}).outcome == Outcome::unchanged);

    CHECK(set_message_priority(ws, me, "m2", MessagePriority::urgent).changed());
    CHECK(last(ws).detail == "normal>urgent");
    CHECK(describe(last(ws), ws).find("normale \xE2\x86\x92 urgente") != std::string::npos);
}

TEST_CASE("a message received by phone is entered with no account, and saved") {
    Workspace ws = desk();
    const Actor me{"cm", utc("2026-11-30T14:00:00Z")};
    const AddedMessage added = add_manual_message(
        ws, me, {.channel = MessageChannel::phone, .author = " M. Martin ", .text = "Lampadaire éteint place du marché",
                 .received_at = utc("2026-11-30T13:45:00Z")});
    REQUIRE(added.result.changed());
    const InboxMessage* m = find_message(ws, added.id);
    REQUIRE(m);
    CHECK(m->id == "msg-manual-1");
    CHECK(m->author == "M. Martin");
    CHECK(m->account_id.empty());
    CHECK(m->channel == MessageChannel::phone);
    CHECK(m->status == MessageStatus::unread);
    CHECK(last(ws).action == "message.add");
    CHECK(last(ws).detail == "phone");
    CHECK(describe(last(ws), ws).find("téléphone") != std::string::npos);

    // The file keeps it, and every desk field, through a save and a load.
    assign_message(ws, me, added.id, "cm");
    set_message_tags(ws, me, added.id, {"éclairage"});
    set_message_priority(ws, me, added.id, MessagePriority::high);
    route_message(ws, me, added.id, "eau");
    forward_message(ws, me, added.id);
    const auto back = read_workspace(write_workspace(ws));
    REQUIRE(back.ok());
    CHECK(back.value().messages == ws.messages);

    CHECK(add_manual_message(ws, me, {.channel = MessageChannel::comment, .text = "x"}).result.outcome == Outcome::refused);
    const AddedMessage empty = add_manual_message(ws, me, {.channel = MessageChannel::desk, .text = "  "});
    CHECK(empty.result.outcome == Outcome::refused);
    CHECK(empty.id.empty());
    CHECK(ws.messages.size() == 3);
    CHECK(add_manual_message(ws, me, {.channel = MessageChannel::email, .text = "Bonjour"}).id == "msg-manual-2");
}

TEST_CASE("a file written before the desk loads with the desk's defaults") {
    const std::string old = R"({"format": "parvis-workspace", "schema_version": 3, "id": "w", "profile": {"name": "Ville"},
        "accounts": [{"id": "fb", "network": "facebook"}],
        "messages": [{"id": "m1", "account_id": "fb", "received_at": "2026-11-30T08:00:00Z", "status": "assigned"}]})";
    const auto r = read_workspace(old);
    INFO(error_message(r.ok() ? Error{} : r.error()));
    REQUIRE(r.ok());
    const InboxMessage& m = r.value().messages.at(0);
    CHECK(m.status == MessageStatus::assigned);
    CHECK(m.assignee_id.empty());
    CHECK(m.tags.empty());
    CHECK(m.priority == MessagePriority::normal);
    CHECK_FALSE(m.forwarded_at);
    CHECK_FALSE(m.service_answered_at);
}

}
