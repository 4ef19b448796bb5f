// iCalendar export and import (core/interop/ics_*): folding and escaping, the VTIMEZONE built
// from the zone rules, instants across summer-time changes, the round trip export → import, and
// bad files that must give a French error rather than a crash.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "calendar/time_zone.h"
#include "demo/demo_workspace.h"
#include "error.h"
#include "interop/ics_export.h"
#include "interop/ics_import.h"
#include "interop/ics_text.h"
#include "test_support.h"
#include "text/utf8.h"

using namespace parvis;
using namespace std::chrono_literals;
using namespace date::literals;

namespace {

Instant utc(Day day, std::chrono::seconds time_of_day) { return date::sys_days{day} + time_of_day; }

std::vector<std::string> physical_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find("\r\n", start);
        REQUIRE_MESSAGE(end != std::string::npos, "the text does not end with CRLF");
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

// Every line ends in CRLF, holds at most 75 octets and is well-formed UTF-8 on its own.
void check_well_folded(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') REQUIRE_MESSAGE((i > 0 && text[i - 1] == '\r'), "a line break that is not CRLF");
        if (text[i] == '\r') REQUIRE_MESSAGE((i + 1 < text.size() && text[i + 1] == '\n'), "a lone CR");
    }
    for (const std::string& line : physical_lines(text)) {
        CAPTURE(line);
        CHECK(line.size() <= 75);
        CHECK(utf8::is_valid(line));
    }
}

Workspace small_workspace(const std::string& zone) {
    Workspace w;
    w.id = "ws-test";
    w.profile.name = "Ville de Saint-Exemple";
    w.profile.time_zone = zone;
    NetworkAccount fb;
    fb.id = "fb";
    fb.network = Network::facebook;
    fb.handle = "@ville";
    w.accounts.push_back(fb);
    return w;
}

Post dated_post(std::string id, Instant at, std::string title = "Conseil municipal") {
    Post p;
    p.id = std::move(id);
    p.title = std::move(title);
    p.status = PostStatus::scheduled;
    p.scheduled_at = at;
    PostVariant v;
    v.account_id = "fb";
    v.text = "Séance publique ; ordre du jour, budget\\vote.\nVenez nombreux.";
    p.variants.push_back(v);
    return p;
}

const ics::ExportOptions kStamp{.stamp = utc(2026_y / date::November / 29, 12h)};

// The (unfolded) value of the first line of `name` in the VEVENT of `uid`.
std::string event_property(const std::string& ics_text, const std::string& uid, const std::string& name) {
    bool in_event = false;
    for (const ics::ContentLine& line : ics::parse_content_lines(ics_text)) {
        if (line.name == "UID") in_event = line.value == uid;
        if (in_event && line.name == name) {
            std::string out = line.name;
            for (const auto& p : line.parameters) out += ";" + p.name + "=" + p.values.at(0);
            return out + ":" + line.value;
        }
    }
    return {};
}

}  // namespace

TEST_SUITE("ics") {

TEST_CASE("TEXT escaping: backslash, semicolon, comma, line breaks; unescaping reverses it") {
    CHECK(ics::escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
    CHECK(ics::escape_text("un\r\ndeux\rtrois") == "un\\ndeux\\ntrois");
    CHECK(ics::escape_text(std::string("bip\x07 tab\t", 10)) == "bip tab\t");
    const std::string text = "Conseil ; budget, vote\\débat\nsalle « Jean Moulin »";
    CHECK(ics::unescape_text(ics::escape_text(text)) == text);
    CHECK(ics::unescape_text("A\\NB\\:C") == "A\nB:C");
    CHECK(ics::split_text_list("Facebook,Vie municipale,Noël\\, fête") ==
          std::vector<std::string>{"Facebook", "Vie municipale", "Noël, fête"});
}

TEST_CASE("folding keeps lines within 75 octets and never splits a UTF-8 sequence") {
    const std::string ascii = "DESCRIPTION:" + std::string(200, 'a');
    const std::string folded = ics::fold_line(ascii);
    check_well_folded(folded);
    CHECK(physical_lines(folded).at(0).size() == 75);
    CHECK(physical_lines(folded).at(1).size() == 75);  // a space and 74 octets
    CHECK(physical_lines(folded).at(1)[0] == ' ');

    // é (2 octets), € (3), 🎉 (4): whatever the offset, no line ends inside a character.
    for (const std::string piece : {"é", "€", "🎉", "aé€🎉"}) {
        for (int prefix = 0; prefix < 4; ++prefix) {
            std::string line = "SUMMARY:" + std::string(static_cast<std::size_t>(prefix), 'x');
            for (int i = 0; i < 60; ++i) line += piece;
            const std::string out = ics::fold_line(line);
            CAPTURE(piece);
            check_well_folded(out);
            const auto unfolded = ics::parse_content_lines(out);
            REQUIRE(unfolded.size() == 1);
            CHECK("SUMMARY:" + unfolded[0].value == line);
        }
    }
    CHECK(ics::fold_line("VERSION:2.0") == "VERSION:2.0\r\n");
}

TEST_CASE("content lines: LF alone, tab continuation, BOM, quoted parameters") {
    const std::string text = "\xEF\xBB\xBF" "BEGIN:VCALENDAR\nSUMMARY;LANGUAGE=fr:Fête de\n\tla musique\n"
                             "DTSTART;TZID=\"Europe/Paris\";X-A=a,\"b:c\":20260621T180000\r\nEND:VCALENDAR";
    const auto lines = ics::parse_content_lines(text);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].name == "BEGIN");
    CHECK(lines[1].value == "Fête dela musique");
    CHECK(lines[1].parameter_value("LANGUAGE") == "fr");
    CHECK(lines[2].parameter_value("TZID") == "Europe/Paris");
    CHECK(lines[2].parameter("X-A")->values == std::vector<std::string>{"a", "b:c"});
    CHECK(lines[2].value == "20260621T180000");
    CHECK(lines[2].line == 4);
}

TEST_CASE("VTIMEZONE of Paris: EU rules as DAYLIGHT and STANDARD with yearly RRULEs") {
    const std::string tz = ics::vtimezone("Europe/Paris", 2026);
    check_well_folded(tz);
    CHECK(tz.find("TZID:Europe/Paris\r\n") != std::string::npos);
    CHECK(tz.find("BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                  "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT") != std::string::npos);
    CHECK(tz.find("BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                  "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD") != std::string::npos);
    // Same rules read from another year.
    CHECK(ics::vtimezone("Europe/Paris", 2031) == tz);
}

TEST_CASE("VTIMEZONE of Miquelon: North American rules, second Sunday of March, first of November") {
    const std::string tz = ics::vtimezone("America/Miquelon", 2027);
    CHECK(tz.find("BEGIN:DAYLIGHT\r\nDTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
                  "TZOFFSETFROM:-0300\r\nTZOFFSETTO:-0200\r\n") != std::string::npos);
    CHECK(tz.find("BEGIN:STANDARD\r\nDTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
                  "TZOFFSETFROM:-0200\r\nTZOFFSETTO:-0300\r\n") != std::string::npos);
}

TEST_CASE("VTIMEZONE of a zone without summer time: a single STANDARD, no RRULE") {
    const std::string reunion = ics::vtimezone("Indian/Reunion", 2026);
    CHECK(reunion == "BEGIN:VTIMEZONE\r\nTZID:Indian/Reunion\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                     "TZOFFSETFROM:+0400\r\nTZOFFSETTO:+0400\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n");
    CHECK(ics::vtimezone("Pacific/Marquesas", 2026).find("TZOFFSETTO:-0930\r\n") != std::string::npos);
    CHECK(ics::vtimezone("Mars/Olympus", 2026).empty());
}

TEST_CASE("export: calendar header, one VEVENT per dated post, local time with TZID, escaping") {
    Workspace w = small_workspace("Europe/Paris");
    w.posts.push_back(dated_post("p-summer", utc(2026_y / date::July / 14, 10h)));
    w.posts.push_back(dated_post("p-winter", utc(2026_y / date::January / 15, 17h + 30min), "Vœux du maire"));
    Post idea;
    idea.id = "p-idea";
    idea.status = PostStatus::idea;
    w.posts.push_back(idea);  // undated: not exported
    Post cancelled = dated_post("p-cancelled", utc(2026_y / date::February / 2, 8h));
    cancelled.status = PostStatus::cancelled;
    w.posts.push_back(cancelled);

    const std::string out = ics::export_calendar(w, kStamp);
    check_well_folded(out);
    CHECK(out.rfind("BEGIN:VCALENDAR\r\nPRODID:-//Parvis//Parvis 0.1//FR\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
                    "METHOD:PUBLISH\r\nX-WR-CALNAME:Publications — Ville de Saint-Exemple\r\n", 0) == 0);
    CHECK(out.find("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris") != std::string::npos);
    CHECK(out.substr(out.size() - 15) == "END:VCALENDAR\r\n");
    CHECK(std::count(out.begin(), out.end(), '\n') > 20);
    const auto events = [&] {
        std::size_t n = 0;
        for (std::size_t at = out.find("BEGIN:VEVENT"); at != std::string::npos; at = out.find("BEGIN:VEVENT", at + 1)) ++n;
        return n;
    }();
    CHECK(events == 3);

    CHECK(event_property(out, "p-summer.ws-test@parvis", "DTSTART") == "DTSTART;TZID=Europe/Paris:20260714T120000");
    CHECK(event_property(out, "p-winter.ws-test@parvis", "DTSTART") == "DTSTART;TZID=Europe/Paris:20260115T183000");
    CHECK(event_property(out, "p-summer.ws-test@parvis", "DTSTAMP") == "DTSTAMP:20261129T120000Z");
    CHECK(event_property(out, "p-summer.ws-test@parvis", "DURATION") == "DURATION:PT15M");
    CHECK(event_property(out, "p-summer.ws-test@parvis", "STATUS") == "STATUS:CONFIRMED");
    CHECK(event_property(out, "p-cancelled.ws-test@parvis", "STATUS") == "STATUS:CANCELLED");
    CHECK(event_property(out, "p-winter.ws-test@parvis", "SUMMARY") == "SUMMARY:Vœux du maire");
    CHECK(event_property(out, "p-winter.ws-test@parvis", "CATEGORIES") == "CATEGORIES:Facebook");
    const std::string description = event_property(out, "p-summer.ws-test@parvis", "DESCRIPTION");
    CHECK(description.find("Séance publique \\; ordre du jour\\, budget\\\\vote.\\nVenez nombreux.") != std::string::npos);
    CHECK(description.find("Facebook (@ville)") != std::string::npos);
    CHECK(out.find("p-idea") == std::string::npos);

    CHECK(ics::export_calendar(w, {.stamp = kStamp.stamp, .duration_minutes = 90}).find("DURATION:PT1H30M") != std::string::npos);
}

TEST_CASE("export round trip keeps instants across summer-time changes in Paris") {
    Workspace w = small_workspace("Europe/Paris");
    const Instant instants[] = {
        utc(2026_y / date::March / 29, 0h + 59min),  // 01:59 winter, just before the jump
        utc(2026_y / date::March / 29, 1h),          // 03:00 summer, just after
        utc(2026_y / date::October / 25, 0h + 30min),  // 02:30 summer: first pass
        utc(2026_y / date::October / 25, 1h + 30min),  // 02:30 winter: second pass
        utc(2026_y / date::October / 25, 2h),
        utc(2027_y / date::March / 28, 1h),
        utc(2038_y / date::October / 31, 0h + 45min),
    };
    int n = 0;
    for (const Instant at : instants) w.posts.push_back(dated_post("p" + std::to_string(++n), at));
    const std::string out = ics::export_calendar(w, kStamp);
    // The second 02:30 cannot be told from the first in local time: it is written in UTC.
    CHECK(event_property(out, "p3.ws-test@parvis", "DTSTART") == "DTSTART;TZID=Europe/Paris:20261025T023000");
    CHECK(event_property(out, "p4.ws-test@parvis", "DTSTART") == "DTSTART:20261025T013000Z");
    CHECK(event_property(out, "p2.ws-test@parvis", "DTSTART") == "DTSTART;TZID=Europe/Paris:20260329T030000");

    Workspace empty = small_workspace("Europe/Paris");
    empty.id = "other";
    const auto report = ics::import_calendar(out, empty);
    REQUIRE(report.ok());
    REQUIRE(report->posts.size() == std::size(instants));
    for (std::size_t i = 0; i < std::size(instants); ++i) {
        CAPTURE(i);
        CHECK(report->posts[i].scheduled_at == instants[i]);
        CHECK(report->posts[i].external_uid == "p" + std::to_string(i + 1) + ".ws-test@parvis");
        CHECK(report->posts[i].status == PostStatus::idea);
        CHECK(report->posts[i].title == "Conseil municipal");
    }
}

TEST_CASE("export round trip in zones without summer time and in Miquelon") {
    for (const char* zone : {"Indian/Reunion", "Pacific/Noumea", "America/Cayenne", "Pacific/Marquesas", "America/Miquelon"}) {
        CAPTURE(zone);
        Workspace w = small_workspace(zone);
        const Instant instants[] = {utc(2026_y / date::January / 1, 3h), utc(2026_y / date::July / 1, 23h + 15min),
                                    utc(2026_y / date::March / 8, 5h + 30min), utc(2026_y / date::November / 1, 4h + 30min)};
        int n = 0;
        for (const Instant at : instants) w.posts.push_back(dated_post("p" + std::to_string(++n), at));
        const std::string out = ics::export_calendar(w, kStamp);
        const auto local = to_local(instants[0], zone);
        CHECK(event_property(out, "p1.ws-test@parvis", "DTSTART") ==
              std::string("DTSTART;TZID=") + zone + ":" + ics::format_local(*local));
        Workspace empty = small_workspace("Europe/Paris");  // the file's TZID decides, not this zone
        empty.id = "other";
        const auto report = ics::import_calendar(out, empty);
        REQUIRE(report.ok());
        REQUIRE(report->posts.size() == std::size(instants));
        for (std::size_t i = 0; i < std::size(instants); ++i) CHECK(report->posts[i].scheduled_at == instants[i]);
    }
    CHECK(ics::export_calendar(small_workspace("Indian/Reunion"), kStamp).find("BEGIN:DAYLIGHT") == std::string::npos);
}

TEST_CASE("the demo workspace exports well and comes back with the same instants") {
    const Workspace demo = demo_workspace(2026_y / date::November / 29);
    const std::string out = ics::export_calendar(demo, kStamp);
    check_well_folded(out);
    std::size_t dated = 0, cancelled = 0;
    for (const Post& p : demo.posts) {
        if (!ics::event_start(p)) continue;
        ++dated;
        if (p.status == PostStatus::cancelled) ++cancelled;
        CHECK(out.find("UID:" + ics::event_uid(demo, p) + "\r\n") != std::string::npos);
    }
    REQUIRE(dated > 20);

    // Into the same workspace: every event is one of its own posts.
    const auto same = ics::import_calendar(out, demo);
    REQUIRE(same.ok());
    CHECK(same->posts.empty());
    CHECK(same->already_present == static_cast<int>(dated));

    // Into an empty copy: every post but the cancelled ones, at its instant.
    Workspace empty = demo;
    empty.id = "autre-espace";
    empty.posts.clear();
    const auto report = ics::import_calendar(out, empty);
    REQUIRE(report.ok());
    CHECK(report->events == static_cast<int>(dated));
    CHECK(report->posts.size() == dated - cancelled);
    CHECK(report->skipped.size() == cancelled);
    std::size_t k = 0;
    for (const Post& p : demo.posts) {
        if (!ics::event_start(p) || p.status == PostStatus::cancelled) continue;
        REQUIRE(k < report->posts.size());
        CHECK(report->posts[k].scheduled_at == ics::event_start(p));
        CHECK(report->posts[k].external_uid == ics::event_uid(demo, p));
        ++k;
    }
}

TEST_CASE("import of a town agenda: zones, UTC, floating, all-day, skipped events and their reasons") {
    // LF only, a BOM, folded lines, escapes, an alarm whose DESCRIPTION is not the event's.
    const std::string agenda =
        "\xEF\xBB\xBF" "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mairie//Agenda//FR\n"
        "BEGIN:VEVENT\nUID:evt-1@mairie\nDTSTART;TZID=Europe/Paris:20260621T180000\n"
        "SUMMARY:Fête de la musique\nDESCRIPTION:Concerts place de l’Église\\, kiosque \\;\n  scène ouverte.\\nGratuit.\n"
        "LOCATION:Place de l’Église\nURL:https://www.saint-exemple.fr/fete\n"
        "BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:Rappel\nTRIGGER:-PT1H\nEND:VALARM\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:evt-2@mairie\nDTSTART:20261212T090000Z\nSUMMARY:Marché de Noël\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:evt-3@mairie\nDTSTART:20260110T103000\nSUMMARY:Vœux\nRRULE:FREQ=YEARLY\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:evt-4@mairie\nDTSTART;VALUE=DATE:20260914\nDTEND;VALUE=DATE:20260915\nSUMMARY:Journées du patrimoine\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:evt-5@mairie\nDTSTART;TZID=Romance Standard Time:20260301T140000\nSUMMARY:Carnaval\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:evt-6@mairie\nDTSTART;TZID=America/New_York:20260301T140000\nSUMMARY:Jumelage\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:evt-7@mairie\nSUMMARY:Sans date\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:evt-8@mairie\nDTSTART:20261301T100000\nSUMMARY:Mauvaise date\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:evt-9@mairie\nDTSTART:20260401T100000\nSTATUS:CANCELLED\nSUMMARY:Annulé\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:evt-3@mairie\nRECURRENCE-ID:20270110T103000\nDTSTART:20270111T103000\nSUMMARY:Vœux décalés\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:evt-1@mairie\nDTSTART:20260622T100000\nSUMMARY:Doublon\nEND:VEVENT\n"
        "BEGIN:VEVENT\nDTSTART:20260705T100000\nSUMMARY:Sans UID\nEND:VEVENT\n"
        "END:VCALENDAR\n";
    Workspace w = small_workspace("Europe/Paris");
    w.posts.push_back(dated_post("ics-1", utc(2026_y / date::May / 1, 8h)));  // the id ics-1 is taken
    const auto report = ics::import_calendar(agenda, w);
    REQUIRE(report.ok());
    CHECK(report->events == 12);
    REQUIRE(report->posts.size() == 6);
    const Post& music = report->posts[0];
    CHECK(music.id == "ics-2");
    CHECK(music.title == "Fête de la musique");
    CHECK(music.status == PostStatus::idea);
    CHECK(music.scheduled_at == utc(2026_y / date::June / 21, 16h));
    CHECK(music.external_uid == "evt-1@mairie");
    REQUIRE(music.variants.size() == 1);
    CHECK(music.variants[0].account_id.empty());
    CHECK(music.variants[0].text ==
          "Concerts place de l’Église, kiosque ; scène ouverte.\nGratuit.\n\nLieu\u00a0: Place de l’Église\n"
          "https://www.saint-exemple.fr/fete");
    CHECK(music.variants[0].link == "https://www.saint-exemple.fr/fete");
    CHECK(report->post_lines[0] == 4);

    CHECK(report->posts[1].scheduled_at == utc(2026_y / date::December / 12, 9h));            // UTC
    CHECK(report->posts[2].scheduled_at == utc(2026_y / date::January / 10, 9h + 30min));     // floating: Paris
    CHECK(report->posts[3].scheduled_at == utc(2026_y / date::September / 14, 7h));           // all day: 09:00 Paris
    CHECK(report->posts[4].scheduled_at == utc(2026_y / date::March / 1, 13h));               // Outlook's name
    CHECK(report->posts[5].title == "Sans UID");
    CHECK(report->posts[5].external_uid.rfind("sans-uid-", 0) == 0);
    CHECK(report->recurring == 1);

    std::vector<std::string> reasons;
    for (const auto& s : report->skipped) {
        reasons.push_back(ics::skip_reason_name(s.reason));
        CHECK_FALSE(parvis::testing::has_leftover_placeholder(s.message));
        CHECK(s.message.find("ignoré") != std::string::npos);
    }
    CHECK(reasons == std::vector<std::string>{"unknown_zone", "no_start", "bad_start", "cancelled",
                                              "modified_occurrence", "duplicate_uid"});
    CHECK(report->skipped[0].message.find("America/New_York") != std::string::npos);
    CHECK(report->skipped[0].summary == "Jumelage");

    // The same agenda a second time adds nothing.
    ics::apply_import(w, *report, utc(2026_y / date::November / 29, 12h), "");
    CHECK(w.posts.size() == 7);
    CHECK(w.audit.back().action == "posts.import_ics");
    CHECK(check_invariants(w).code == ErrorCode::ok);
    const auto again = ics::import_calendar(agenda, w);
    REQUIRE(again.ok());
    CHECK(again->posts.empty());
    CHECK(again->already_present == 6);

    // In a workspace of Réunion, the floating and all-day times are Réunion's.
    const auto reunion = ics::import_calendar(agenda, small_workspace("Indian/Reunion"));
    REQUIRE(reunion.ok());
    CHECK(reunion->posts[2].scheduled_at == utc(2026_y / date::January / 10, 6h + 30min));
    CHECK(reunion->posts[3].scheduled_at == utc(2026_y / date::September / 14, 5h));
    CHECK(reunion->posts[0].scheduled_at == utc(2026_y / date::June / 21, 16h));  // TZID wins
}

TEST_CASE("import: local times in the spring gap and the autumn overlap follow RFC 5545") {
    const std::string agenda =
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:gap\r\nDTSTART;TZID=Europe/Paris:20260329T023000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:twice\r\nDTSTART;TZID=Europe/Paris:20261025T023000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const auto report = ics::import_calendar(agenda, small_workspace("Europe/Paris"));
    REQUIRE(report.ok());
    REQUIRE(report->posts.size() == 2);
    CHECK(report->posts[0].scheduled_at == utc(2026_y / date::March / 29, 1h + 30min));   // read as 03:30
    CHECK(report->posts[1].scheduled_at == utc(2026_y / date::October / 25, 0h + 30min)); // first pass
    CHECK(report->posts[0].title == "Événement sans titre");
}

TEST_CASE("bad files give a French error with its code, never a crash") {
    const Workspace w = small_workspace("Europe/Paris");
    auto reason_of = [](const Error& e) {
        for (const auto& [name, value] : e.args)
            if (name == "reason") return value;
        return std::string();
    };
    auto fails = [&](const std::string& text, ErrorCode code, const std::string& reason = {}) {
        const auto r = ics::import_calendar(text, w);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == code);
        if (!reason.empty()) CHECK(reason_of(r.error()) == reason);
        const std::string message = error_message(r.error());
        CHECK_FALSE(parvis::testing::has_leftover_placeholder(message));
        CHECK(message.find("error.") == std::string::npos);
        return r.error();
    };
    const Error empty = fails("", ErrorCode::invalid_value, "ics_not_calendar");
    CHECK(error_message(empty).find("n’est pas un agenda iCalendar") != std::string::npos);
    fails("{\"format\": \"parvis-workspace\"}", ErrorCode::invalid_value, "ics_not_calendar");
    fails("Date;Titre\n31/12/2026;Réveillon\n", ErrorCode::invalid_value, "ics_not_calendar");
    const Error cut = fails("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260101T100000Z\r\n",
                            ErrorCode::invalid_value, "ics_truncated");
    CHECK(cut.line == 2);
    fails("BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", ErrorCode::invalid_value, "ics_truncated");
    std::string deep = "BEGIN:VCALENDAR\r\n";
    for (int i = 0; i < 50; ++i) deep += "BEGIN:X\r\n";
    fails(deep, ErrorCode::invalid_value, "ics_too_deep");
    const Error bad_byte = fails("BEGIN:VCALENDAR\r\nSUMMARY:F\xEAte\r\nEND:VCALENDAR\r\n", ErrorCode::invalid_utf8);
    CHECK(bad_byte.line == 2);
    CHECK(bad_byte.column == 10);
    const auto huge = ics::import_calendar(std::string(2000, 'A'), w, {.max_bytes = 1000});
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().code == ErrorCode::file_too_large);
    CHECK(error_message(huge.error()).find("L’agenda est trop volumineux") != std::string::npos);

    // Every prefix of a real export: read or refused, never a crash, never a half-parsed event.
    const std::string full = ics::export_calendar(demo_workspace(2026_y / date::November / 29), kStamp);
    for (std::size_t n = 0; n + 2 < full.size(); n += 97) {
        const auto r = ics::import_calendar(std::string_view(full).substr(0, n), w);
        CHECK_FALSE(r.ok());  // no prefix closes the calendar
    }
    // Garbage bytes.
    const std::string alphabet = "BEGIN:END:\r\n;=\",:\\VEVENTDTSTART\tZ2026";
    std::string noise;
    std::uint32_t seed = 12345;
    for (int i = 0; i < 20000; ++i) {
        seed = seed * 1103515245u + 12345u;
        noise += alphabet[(seed >> 16) % alphabet.size()];
    }
    CHECK_NOTHROW((void)ics::import_calendar("BEGIN:VCALENDAR\r\n" + noise, w));
}

}  // TEST_SUITE
