// The Messages desk's list (core/inbox/inbox_list.h): filters by state, network, service,
// assignee, overdue and folded text; messages awaiting a reply first, by deadline; the earlier
// messages of the same author.
#include <doctest/doctest.h>

#include "inbox/inbox_list.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::inbox;
using namespace std::chrono_literals;
using namespace date::literals;
using parvis::testing::utc;

namespace {

InboxMessage message(const char* id, const char* account, const char* author, Instant at, const char* text,
                     MessageStatus status = MessageStatus::unread) {
    InboxMessage m;
    m.id = id;
    m.account_id = account;
    m.author = author;
    m.received_at = at;
    m.text = text;
    m.status = status;
    return m;
}

// Tuesday 12 January 2027 in Paris; the charter's defaults (lundi–vendredi 8 h 30–17 h 30, 4 h).
Workspace town() {
    Workspace ws;
    ws.profile.time_zone = "Europe/Paris";
    NetworkAccount fb;
    fb.id = "fb";
    fb.network = Network::facebook;
    NetworkAccount x;
    x.id = "x";
    x.network = Network::x;
    ws.accounts = {fb, x};
    ws.messages.push_back(message("old", "fb", "Jeanne Morel", utc(2027_y / date::January / 11, 9h), "Ma mère a 82 ans."));
    ws.messages.push_back(message("late", "x", "Paul", utc(2027_y / date::January / 12, 8h), "Le lampadaire est éteint."));
    ws.messages.push_back(message("done", "fb", "Jeanne Morel", utc(2027_y / date::January / 12, 9h), "Merci !",
                                  MessageStatus::answered));
    InboxMessage phone = message("phone", "", "Mme Rault", utc(2027_y / date::January / 12, 13h), "Encombrants rue des Lilas");
    phone.channel = MessageChannel::phone;
    phone.service_id = "svc-dechets";
    phone.assignee_id = "cm";
    ws.messages.push_back(phone);
    return ws;
}

std::vector<std::string> ids(const Workspace& ws, const std::vector<InboxRow>& rows) {
    std::vector<std::string> out;
    for (const InboxRow& r : rows) out.push_back(ws.messages[r.index].id);
    return out;
}

const Instant kNow = utc(2027_y / date::January / 12, 15h);  // 16:00 in Paris

}  // namespace

TEST_CASE("inbox list: awaiting messages by deadline first, then the others, newest first") {
    const Workspace ws = town();
    const auto rows = inbox_rows(ws, {}, kNow);
    CHECK(ids(ws, rows) == std::vector<std::string>{"old", "late", "phone", "done"});
    CHECK(rows[0].overdue);           // Monday 10:00 + 4 h → Monday 14:00
    CHECK(rows[1].overdue);           // Tuesday 9:00 + 4 h → 13:00
    CHECK_FALSE(rows[2].overdue);     // Tuesday 14:00 + 4 h → Wednesday 9:00
    CHECK_FALSE(rows[3].awaiting);
    CHECK(rows[0].deadline.has_due());
}

TEST_CASE("inbox list: filters by state, network, service, assignee, overdue and text") {
    const Workspace ws = town();
    CHECK(ids(ws, inbox_rows(ws, {.status = MessageStatus::answered}, kNow)) == std::vector<std::string>{"done"});
    CHECK(ids(ws, inbox_rows(ws, {.awaiting_only = true}, kNow)).size() == 3);
    CHECK(ids(ws, inbox_rows(ws, {.network = Network::x}, kNow)) == std::vector<std::string>{"late"});
    CHECK(ids(ws, inbox_rows(ws, {.off_network = true}, kNow)) == std::vector<std::string>{"phone"});
    CHECK(ids(ws, inbox_rows(ws, {.service_id = "svc-dechets"}, kNow)) == std::vector<std::string>{"phone"});
    CHECK(ids(ws, inbox_rows(ws, {.service_id = kNone}, kNow)).size() == 3);
    CHECK(ids(ws, inbox_rows(ws, {.assignee_id = "cm"}, kNow)) == std::vector<std::string>{"phone"});
    CHECK(ids(ws, inbox_rows(ws, {.assignee_id = kNone}, kNow)).size() == 3);
    CHECK(ids(ws, inbox_rows(ws, {.overdue_only = true}, kNow)) == std::vector<std::string>{"old", "late"});
    CHECK(ids(ws, inbox_rows(ws, {.text = "MA MERE"}, kNow)) == std::vector<std::string>{"old"});
    CHECK(ids(ws, inbox_rows(ws, {.text = "jeanne"}, kNow)) == std::vector<std::string>{"old", "done"});
    CHECK(inbox_rows(ws, {.network = Network::facebook, .text = "lampadaire"}, kNow).empty());
}

TEST_CASE("inbox list: the network of a message, none off the networks or for an unknown account") {
    const Workspace ws = town();
    CHECK(message_network(ws, ws.messages[0]) == Network::facebook);
    CHECK_FALSE(message_network(ws, ws.messages[3]).has_value());
    InboxMessage stray = ws.messages[0];
    stray.account_id = "gone";
    CHECK_FALSE(message_network(ws, stray).has_value());
}

TEST_CASE("inbox list: the earlier messages of the same author, oldest first") {
    const Workspace ws = town();
    const auto earlier = earlier_from_author(ws, ws.messages[2]);
    REQUIRE(earlier.size() == 1);
    CHECK(earlier[0]->id == "old");
    CHECK(earlier_from_author(ws, ws.messages[0]).empty());
    InboxMessage nameless;
    CHECK(earlier_from_author(ws, nameless).empty());
}
