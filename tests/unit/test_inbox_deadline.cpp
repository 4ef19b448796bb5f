// Reply deadlines of the inbox (core/inbox/deadline.h): working hours of the charter, in the
// collectivité's zone, across weekends, public holidays (national, Alsace-Moselle, overseas) and
// the changes of offset, with a bounded walk for a damaged charter.
#include <doctest/doctest.h>

#include "inbox/deadline.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::inbox;
using namespace std::chrono_literals;
using namespace date::literals;
using parvis::testing::utc;

namespace {

const BusinessHours kHours{};  // lundi–vendredi, 8 h 30–17 h 30, 4 h ouvrées

Instant due(Instant received, calendar::Territory territory = calendar::Territory::metropole,
            const char* zone = "Europe/Paris", const BusinessHours& hours = kHours) {
    const Deadline d = reply_deadline(received, hours, zone, territory);
    REQUIRE(d.status == DeadlineStatus::ok);
    return d.due;
}

}  // namespace

TEST_CASE("deadline: counted in working hours on the same day") {
    // Tuesday 12 January 2027, 9:00 in Paris (UTC+1) → 13:00 local.
    CHECK(due(utc(2027_y / date::January / 12, 8h)) == utc(2027_y / date::January / 12, 12h));
}

TEST_CASE("deadline: a message received outside hours starts counting at the next opening") {
    // Tuesday 20:00 local → Wednesday 8:30 + 4 h = 12:30 local (11:30 UTC).
    CHECK(due(utc(2027_y / date::January / 12, 19h)) == utc(2027_y / date::January / 13, 11h + 30min));
    // Tuesday 6:00 local → the same day 12:30.
    CHECK(due(utc(2027_y / date::January / 12, 5h)) == utc(2027_y / date::January / 12, 11h + 30min));
    // Saturday → Monday 12:30.
    CHECK(due(utc(2027_y / date::January / 9, 10h)) == utc(2027_y / date::January / 11, 11h + 30min));
}

TEST_CASE("deadline: across a weekend") {
    // Friday 8 January 2027, 16:00 local: 1 h 30 on Friday, 2 h 30 on Monday → 11:00 local.
    CHECK(due(utc(2027_y / date::January / 8, 15h)) == utc(2027_y / date::January / 11, 10h));
}

TEST_CASE("deadline: public holidays are skipped (1er mai, 14 juillet)") {
    // Thursday 30 April 2026, 15:00 local (UTC+2): 2 h 30 on Thursday; Friday 1 May is a holiday;
    // Monday 4 May 8:30 + 1 h 30 = 10:00 local.
    CHECK(due(utc(2026_y / date::April / 30, 13h)) == utc(2026_y / date::May / 4, 8h));
    // Monday 13 July 2026, 17:00 local: 30 min; Tuesday 14 July off; Wednesday 8:30 + 3 h 30.
    CHECK(due(utc(2026_y / date::July / 13, 15h)) == utc(2026_y / date::July / 15, 10h));
}

TEST_CASE("deadline: Alsace-Moselle also rests on 26 December (and Vendredi saint)") {
    // Wednesday 24 December 2025, 16:30 local: 1 h; Thursday 25 off everywhere.
    const Instant received = utc(2025_y / date::December / 24, 15h + 30min);
    CHECK(due(received) == utc(2025_y / date::December / 26, 10h + 30min));  // Friday 11:30
    CHECK(due(received, calendar::Territory::alsace_moselle) ==
          utc(2025_y / date::December / 29, 10h + 30min));  // Monday 11:30
    // The territory comes from the profile: Strasbourg's INSEE code.
    Workspace w;
    w.profile.insee_code = "67482";
    InboxMessage m;
    m.received_at = received;
    CHECK(reply_deadline(m, w).due == utc(2025_y / date::December / 29, 10h + 30min));
    // Vendredi saint 2027 is 26 March and Easter Monday 29 March: Thursday 25 March 16:30 →
    // Tuesday 30 March 11:30 (summer time) in Alsace-Moselle, Friday 11:30 elsewhere.
    CHECK(due(utc(2027_y / date::March / 25, 15h + 30min), calendar::Territory::alsace_moselle) ==
          utc(2027_y / date::March / 30, 9h + 30min));
    CHECK(due(utc(2027_y / date::March / 25, 15h + 30min)) == utc(2027_y / date::March / 26, 10h + 30min));
}

TEST_CASE("deadline: across the change to summer time in March") {
    // Friday 27 March 2026, 16:30 local (UTC+1): 1 h; Monday 30 (UTC+2) 8:30 + 3 h = 11:30 local.
    CHECK(due(utc(2026_y / date::March / 27, 15h + 30min)) == utc(2026_y / date::March / 30, 9h + 30min));
}

TEST_CASE("deadline: across the change to winter time in October") {
    // Friday 23 October 2026, 16:30 local (UTC+2): 1 h; Monday 26 (UTC+1) 11:30 local.
    CHECK(due(utc(2026_y / date::October / 23, 14h + 30min)) == utc(2026_y / date::October / 26, 10h + 30min));
}

TEST_CASE("deadline: a working window holding the change counts the hours the clock really lived") {
    // Open on Sundays around the clock. Sunday 29 March 2026 lasts 23 hours in Paris: 23 working
    // hours from midnight end at midnight local, 22:00 UTC — not at 23:00 local.
    BusinessHours sunday{{7}, TimeOfDay{0}, TimeOfDay{24 * 60}, 23};
    CHECK(due(utc(2026_y / date::March / 28, 11h), calendar::Territory::metropole, "Europe/Paris", sunday) ==
          utc(2026_y / date::March / 29, 22h));
    // Sunday 25 October 2026 lasts 25 hours: 24 working hours end at 23:00 local (22:00 UTC).
    sunday.response_time_hours = 24;
    CHECK(due(utc(2026_y / date::October / 24, 11h), calendar::Territory::metropole, "Europe/Paris", sunday) ==
          utc(2026_y / date::October / 25, 22h));
}

TEST_CASE("deadline: overseas zones and their own holidays") {
    // La Réunion (UTC+4, no summer time), 20 décembre: Friday 17 December 2027, 17:00 local →
    // 30 min; Monday 20 off; Tuesday 8:30 + 3 h 30 = 12:00 local (8:00 UTC).
    Workspace w;
    w.profile.insee_code = "97411";
    w.profile.time_zone = "Indian/Reunion";
    InboxMessage m;
    m.received_at = utc(2027_y / date::December / 17, 13h);
    const Deadline d = reply_deadline(m, w);
    CHECK(d.status == DeadlineStatus::ok);
    CHECK(d.due == utc(2027_y / date::December / 21, 8h));
    // The same message in metropolitan France is due on Monday.
    CHECK(due(m.received_at) != d.due);
    // Polynésie (UTC−10): Monday 11 January 2027 at 10:00 UTC is midnight there → 12:30 local.
    CHECK(due(utc(2027_y / date::January / 11, 10h), calendar::Territory::polynesie, "Pacific/Tahiti") ==
          utc(2027_y / date::January / 11, 22h + 30min));
    // Martinique (UTC−4), 22 mai 2026 is a Friday and 25 May is Whit Monday: Thursday 21 May
    // 17:00 → Tuesday 26 May 12:00 local. In metropolitan France, Friday 22 is worked.
    CHECK(due(utc(2026_y / date::May / 21, 21h), calendar::Territory::martinique, "America/Martinique") ==
          utc(2026_y / date::May / 26, 16h));
    CHECK(due(utc(2026_y / date::May / 21, 15h)) == utc(2026_y / date::May / 22, 10h));
}

TEST_CASE("deadline: a damaged charter cannot make the walk loop") {
    BusinessHours huge = kHours;
    huge.response_time_hours = 10000;
    const Deadline capped = reply_deadline(utc(2027_y / date::January / 12, 8h), huge, "Europe/Paris",
                                           calendar::Territory::metropole);
    CHECK(capped.status == DeadlineStatus::capped);
    CHECK(capped.counted_hours == kMaxResponseHours);
    CHECK(capped.due > utc(2027_y / date::January / 12, 8h) + 1000h);
    CHECK(capped.due < utc(2028_y / date::January / 12, 8h));
    CHECK(deadline_text(capped, utc(2027_y / date::January / 12, 8h), "Europe/Paris").find("plafonné") !=
          std::string::npos);

    BusinessHours closed = kHours;
    closed.weekdays = {};
    CHECK(reply_deadline(utc(2027_y / date::January / 12, 8h), closed, "Europe/Paris", calendar::Territory::metropole)
              .status == DeadlineStatus::no_working_time);
    BusinessHours reversed = kHours;
    reversed.opens = TimeOfDay{18 * 60};
    CHECK(reply_deadline(utc(2027_y / date::January / 12, 8h), reversed, "Europe/Paris", calendar::Territory::metropole)
              .status == DeadlineStatus::no_working_time);
    // One minute a week for a thousand hours: beyond the ten years walked.
    BusinessHours tiny{{3}, TimeOfDay{600}, TimeOfDay{601}, 1000};
    CHECK(reply_deadline(utc(2027_y / date::January / 12, 8h), tiny, "Europe/Paris", calendar::Territory::metropole)
              .status == DeadlineStatus::no_working_time);
    BusinessHours nan = kHours;
    nan.response_time_hours = std::nan("");
    CHECK(due(utc(2027_y / date::January / 12, 8h), calendar::Territory::metropole, "Europe/Paris", nan) ==
          utc(2027_y / date::January / 12, 8h));
    CHECK(reply_deadline(utc(2027_y / date::January / 12, 8h), kHours, "Mars/Olympus", calendar::Territory::metropole)
              .status == DeadlineStatus::unknown_zone);
}

TEST_CASE("deadline: said in French, relative to now") {
    // Due Tuesday 12 January 2027 at 10:30 local.
    Deadline d{DeadlineStatus::ok, utc(2027_y / date::January / 12, 9h + 30min), 4};
    const std::string nb = "\u00A0";
    CHECK(deadline_text(d, utc(2027_y / date::January / 9, 12h), "Europe/Paris") ==
          "à répondre avant mardi 10" + nb + "h" + nb + "30");
    CHECK(deadline_text(d, utc(2027_y / date::January / 12, 7h), "Europe/Paris") ==
          "à répondre avant 10" + nb + "h" + nb + "30 aujourd’hui");
    CHECK(deadline_text(d, utc(2027_y / date::January / 1, 7h), "Europe/Paris") ==
          "à répondre avant le mardi 12 janvier à 10" + nb + "h" + nb + "30");
    CHECK(deadline_text(d, utc(2027_y / date::January / 13, 7h), "Europe/Paris") ==
          "en retard depuis mardi 10" + nb + "h" + nb + "30");
    CHECK(deadline_text(d, utc(2027_y / date::January / 9, 12h), "Europe/Paris", Lang::en) == "reply by Tuesday 10:30");
    CHECK(french_clock(9, 0) == "9" + nb + "h");
    CHECK(french_clock(17, 5) == "17" + nb + "h" + nb + "05");
}

TEST_CASE("deadline: overdue only while the message waits for an answer") {
    InboxMessage m;
    const Deadline d{DeadlineStatus::ok, utc(2027_y / date::January / 12, 9h + 30min), 4};
    CHECK_FALSE(is_overdue(m, d, utc(2027_y / date::January / 12, 9h + 30min)));
    CHECK(is_overdue(m, d, utc(2027_y / date::January / 12, 9h + 31min)));
    for (MessageStatus s : {MessageStatus::answered, MessageStatus::closed, MessageStatus::hidden}) {
        m.status = s;
        CHECK_FALSE(is_overdue(m, d, utc(2027_y / date::January / 13, 9h)));
    }
    m.status = MessageStatus::assigned;
    CHECK(is_overdue(m, d, utc(2027_y / date::January / 13, 9h)));
    CHECK_FALSE(is_overdue(m, Deadline{}, utc(2027_y / date::January / 13, 9h)));
}
