// The pre-electoral guard: the L52-1 period for several election dates, and each check on posts
// in the period (wording, mention, sponsored, eve and day of the vote, rhythm, new format,
// opposition space).
#include <doctest/doctest.h>

#include <algorithm>

#include "calendar/calendar_assets.h"
#include "calendar/electoral.h"
#include "test_support.h"

using namespace parvis;
using parvis::testing::utc;
using namespace parvis::calendar;
using namespace std::chrono_literals;
using namespace date::literals;

namespace {

Election election(ElectionKind kind, Day first, std::optional<Day> second = std::nullopt) {
    return Election{"e", kind, first, second, "Ville de Saint-Exemple"};
}

Post post(std::string id, Instant at, std::string text, std::string account = "fb") {
    Post p;
    p.id = std::move(id);
    p.title = p.id;
    p.status = PostStatus::scheduled;
    p.scheduled_at = at;
    p.variants = {PostVariant{std::move(account), std::move(text), {}, "", ""}};
    return p;
}

Workspace town() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville de Saint-Exemple";
    ws.profile.population = 12000;
    ws.accounts = {NetworkAccount{"fb", Network::facebook, "Ville de Saint-Exemple", "", "", true, {}},
                   NetworkAccount{"tt", Network::tiktok, "@saintexemple", "", "", true, {}}};
    // Municipal elections on 15 and 22 March 2026: period from 1 September 2025.
    ws.elections = {election(ElectionKind::municipales, 2026_y / date::March / 15, 2026_y / date::March / 22)};
    return ws;
}

std::vector<std::string> rules(const std::vector<CalendarFinding>& findings) {
    std::vector<std::string> out;
    for (const CalendarFinding& f : findings) out.push_back(f.finding.rule);
    return out;
}

bool has_rule(const std::vector<CalendarFinding>& findings, const std::string& rule) {
    const auto r = rules(findings);
    return std::find(r.begin(), r.end(), rule) != r.end();
}

}  // namespace

TEST_CASE("L52-1: the period starts on the first day of the sixth month before the month of the vote") {
    struct Case { Day vote; Day start; };
    const Case cases[] = {
        {2026_y / date::March / 15, 2025_y / date::September / 1},    // municipales 2026
        {2027_y / date::April / 11, 2026_y / date::October / 1},      // a presidential date in 2027
        {2027_y / date::June / 13, 2026_y / date::December / 1},      // législatives after it
        {2028_y / date::March / 19, 2027_y / date::September / 1},    // départementales, régionales 2028
        {2028_y / date::January / 16, 2027_y / date::July / 1},       // across a year
        {2029_y / date::June / 10, 2028_y / date::December / 1},      // européennes 2029
        {2032_y / date::March / 31, 2031_y / date::September / 1},    // last day of a month
    };
    for (const Case& c : cases) {
        CAPTURE(c.vote);
        const DayRange p = electoral_period(election(ElectionKind::municipales, c.vote));
        CHECK(p.first == c.start);
        CHECK(p.last == c.vote);
    }
    const DayRange two_rounds =
        electoral_period(election(ElectionKind::municipales, 2026_y / date::March / 15, 2026_y / date::March / 22));
    CHECK(two_rounds.last == 2026_y / date::March / 22);
}

TEST_CASE("L49: the eve and the day of each round") {
    const auto days = electoral_silence_days(
        election(ElectionKind::municipales, 2026_y / date::March / 15, 2026_y / date::March / 22));
    CHECK(days == std::vector<Day>{2026_y / date::March / 14, 2026_y / date::March / 15,
                                   2026_y / date::March / 21, 2026_y / date::March / 22});
}

TEST_CASE("the wording list is read from the embedded file and matched accents and case ignored") {
    const auto read = read_electoral_wording(calendar_asset("electoral_wording.json"));
    REQUIRE(read.ok());
    CHECK(std::find(read->promotion.begin(), read->promotion.end(), "bilan") != read->promotion.end());
    CHECK(contains_phrase("GRACE A LA MUNICIPALITE, la piscine rouvre", "grâce à la municipalité"));
    CHECK(contains_phrase("Promesse  tenue !", "promesse tenue"));
    CHECK(contains_phrase("comme promis, l’école est rénovée", "comme promis"));
    CHECK(contains_phrase("Le Bilan annuel", "bilan"));
    CHECK_FALSE(contains_phrase("Le bilanaire", "bilan"));        // whole words only
    CHECK_FALSE(contains_phrase("bilan", "grâce à la municipalité"));
    CHECK(contains_phrase("Nous avons re\u0301alise\u0301 le parc", "nous avons réalisé"));  // decomposed accents
}

TEST_CASE("promotion wording in the period: a warning on the words, citing L52-1") {
    Workspace ws = town();
    const std::string text = "Grâce à la municipalité, la médiathèque est ouverte le dimanche. Promesse tenue !";
    ws.posts = {post("p1", utc(2025_y / date::October / 7, 9h), text)};
    const auto findings = check_post_electoral(ws, ws.posts[0]);
    std::vector<const CalendarFinding*> promo;
    for (const auto& f : findings)
        if (f.finding.rule == "electoral_promotion") promo.push_back(&f);
    REQUIRE(promo.size() == 2);
    CHECK(promo[0]->finding.category == "electoral");
    CHECK(promo[0]->post_id == "p1");
    CHECK(promo[0]->account_id == "fb");
    CHECK(promo[0]->day == Day{2025_y / date::October / 7});
    CHECK(promo[0]->finding.message.find("L52-1") != std::string::npos);
    for (const auto* f : promo) {
        const std::string span = text.substr(f->finding.start, f->finding.end - f->finding.start);
        CHECK((span == "Grâce à la municipalité" || span == "Promesse tenue"));
    }
    // The same post before the period: nothing electoral (apart from the opposition reminder).
    ws.posts[0].scheduled_at = utc(2025_y / date::August / 29, 9h);
    CHECK_FALSE(has_rule(check_post_electoral(ws, ws.posts[0]), "electoral_promotion"));
    // An idea is not checked.
    ws.posts[0].scheduled_at = utc(2025_y / date::October / 7, 9h);
    ws.posts[0].status = PostStatus::idea;
    CHECK(check_post_electoral(ws, ws.posts[0]).empty());
}

TEST_CASE("mention of the election, sponsored posts") {
    Workspace ws = town();
    ws.posts = {post("p1", utc(2026_y / date::February / 3, 9h), "Les candidats au conseil municipal débattront jeudi.")};
    ws.posts[0].sponsored = true;
    const auto findings = check_post_electoral(ws, ws.posts[0]);
    CHECK(has_rule(findings, "electoral_mention"));
    CHECK(has_rule(findings, "electoral_sponsored"));
    for (const auto& f : findings) {
        if (f.finding.rule == "electoral_sponsored") {
            CHECK(f.finding.severity == check::Severity::error);
            CHECK(f.finding.message.find("L52-1, al. 1") != std::string::npos);
        }
    }
}

TEST_CASE("a post scheduled on the eve or the day of the vote is to be held (L49)") {
    Workspace ws = town();
    ws.posts = {post("eve", utc(2026_y / date::March / 21, 17h), "Marché de printemps samedi"),
                post("day", utc(2026_y / date::March / 15, 7h), "Bonne journée"),
                post("after", utc(2026_y / date::March / 16, 7h), "Bonne semaine")};
    ws.posts[1].status = PostStatus::validated;
    auto f = check_post_electoral(ws, ws.posts[0]);
    REQUIRE(has_rule(f, "electoral_silence"));
    for (const auto& x : f) {
        if (x.finding.rule != "electoral_silence") continue;
        CHECK(x.proposed_status == PostStatus::validated);  // unschedule
        CHECK(x.day == Day{2026_y / date::March / 21});
        CHECK(x.finding.message.find("L49") != std::string::npos);
    }
    f = check_post_electoral(ws, ws.posts[1]);
    REQUIRE(has_rule(f, "electoral_silence"));
    for (const auto& x : f)
        if (x.finding.rule == "electoral_silence") CHECK_FALSE(x.proposed_status);  // not scheduled yet
    CHECK_FALSE(has_rule(check_post_electoral(ws, ws.posts[2]), "electoral_silence"));
}

TEST_CASE("a recurring post is checked on the occurrences that fall in the period") {
    Workspace ws = town();
    Post weekly = post("weekly", utc(2025_y / date::June / 3, 16h), "Notre bilan de la semaine");
    Recurrence r;
    r.weekdays = {2};
    weekly.recurrence = r;
    ws.posts = {weekly};
    const auto findings = check_post_electoral(ws, ws.posts[0]);
    REQUIRE(has_rule(findings, "electoral_promotion"));
    CHECK(findings.front().day == Day{2025_y / date::September / 2});  // first Tuesday of the period
}

TEST_CASE("opposition space: communes of 1,000 inhabitants and more, posts on the council's management") {
    Workspace ws = town();
    ws.posts = {post("p", utc(2027_y / date::May / 4, 9h), "Le conseil municipal a voté le budget.")};
    auto f = check_post_electoral(ws, ws.posts[0]);
    REQUIRE(has_rule(f, "opposition_space"));
    for (const auto& x : f)
        if (x.finding.rule == "opposition_space") {
            CHECK(x.finding.severity == check::Severity::info);
            CHECK(x.finding.message.find("L2121-27-1") != std::string::npos);
        }
    ws.profile.population = 800;
    CHECK_FALSE(has_rule(check_post_electoral(ws, ws.posts[0]), "opposition_space"));
    ws.profile.population = 5000;
    ws.profile.kind = CollectivityKind::departement;
    CHECK_FALSE(has_rule(check_post_electoral(ws, ws.posts[0]), "opposition_space"));
}

TEST_CASE("rhythm above the six months before, and a network never used before") {
    Workspace ws = town();
    // One Facebook post a week from March to August 2025 (the six months before the period).
    for (int week = 0; week < 26; ++week) {
        const Instant at = utc(2025_y / date::March / 4, 9h) + date::days{7 * week};
        ws.posts.push_back(post("b" + std::to_string(week), at, "Info travaux"));
        ws.posts.back().status = PostStatus::published;
    }
    // Week of 6 October 2025: five posts. And a first TikTok video.
    for (int i = 0; i < 5; ++i)
        ws.posts.push_back(post("r" + std::to_string(i), utc(2025_y / date::October / 6, 9h) + date::days{i}, "Info"));
    ws.posts.push_back(post("tiktok", utc(2025_y / date::October / 20, 9h), "Découvrez le marché", "tt"));

    const auto findings = check_electoral(ws, {2025_y / date::September / 1, 2025_y / date::December / 31});
    std::vector<const CalendarFinding*> rhythm, fresh;
    for (const auto& f : findings) {
        if (f.finding.rule == "electoral_rhythm") rhythm.push_back(&f);
        if (f.finding.rule == "electoral_new_format") fresh.push_back(&f);
    }
    REQUIRE(rhythm.size() == 1);
    CHECK(rhythm[0]->account_id == "fb");
    CHECK(rhythm[0]->day == Day{2025_y / date::October / 6});
    CHECK(rhythm[0]->finding.message.find("5 publications") != std::string::npos);
    REQUIRE(fresh.size() == 1);
    CHECK(fresh[0]->account_id == "tt");
    CHECK(fresh[0]->post_id == "tiktok");

    // A new media kind on a known account.
    Post video = post("video", utc(2025_y / date::November / 4, 9h), "Visite du chantier");
    video.variants[0].media = {Media{MediaKind::video, "chantier.mp4", "", true}};
    ws.posts.push_back(video);
    const auto again = check_electoral(ws, {2025_y / date::September / 1, 2025_y / date::December / 31});
    int new_formats = 0;
    for (const auto& f : again)
        if (f.finding.rule == "electoral_new_format") ++new_formats;
    CHECK(new_formats == 2);

    // Outside any period: nothing.
    CHECK(check_electoral(ws, {2025_y / date::April / 1, 2025_y / date::June / 30}).empty());
}

TEST_CASE("electoral periods in a range, for the calendar's background") {
    Workspace ws = town();
    ws.elections.push_back(election(ElectionKind::presidentielle, 2027_y / date::April / 11, 2027_y / date::April / 25));
    ws.elections.back().id = "p";
    CHECK(electoral_periods_in(ws, year_range(2026)).size() == 2);
    CHECK(electoral_periods_in(ws, year_range(2025)).size() == 1);
    CHECK(electoral_periods_in(ws, year_range(2028)).empty());
    CHECK(election_kind_label(ElectionKind::departementales) == "élections départementales");
    CHECK(election_kind_label(ElectionKind::presidentielle, Lang::en) == "presidential election");
}

TEST_CASE("an election entered by the user: first round to come, second round after it, close") {
    const Day today = 2026_y / date::December / 2;
    CHECK(election_problem(election(ElectionKind::presidentielle, 2027_y / date::April / 11, 2027_y / date::April / 25), today).empty());
    CHECK(election_problem(election(ElectionKind::europeennes, 2029_y / date::June / 10), today).empty());
    CHECK(election_problem(election(ElectionKind::municipales, today), today).empty());  // the day itself
    CHECK(election_problem(election(ElectionKind::municipales, 2026_y / date::March / 15), today).find("déjà passé") != std::string::npos);
    CHECK(election_problem(election(ElectionKind::legislatives, 2027_y / date::June / 13, 2027_y / date::June / 13), today).find("après le premier") != std::string::npos);
    CHECK(election_problem(election(ElectionKind::legislatives, 2027_y / date::June / 13, 2027_y / date::June / 6), today).find("après le premier") != std::string::npos);
    CHECK(election_problem(election(ElectionKind::legislatives, 2027_y / date::June / 13, 2027_y / date::August / 13), today).find("quatre semaines") != std::string::npos);
    Election none;
    CHECK(election_problem(none, today).find("premier tour") != std::string::npos);
    CHECK(election_problem(none, today, Lang::en).find("first round") != std::string::npos);
}

TEST_CASE("the electoral findings speak the user's language, with the same rules and positions") {
    Workspace ws = town();
    const std::string text = "Grâce à la municipalité, la médiathèque est ouverte le dimanche. Promesse tenue !";
    ws.posts = {post("p1", utc(2025_y / date::October / 7, 9h), text)};
    ws.posts[0].sponsored = true;
    const auto fr = check_post_electoral(ws, ws.posts[0], Lang::fr);
    const auto en = check_post_electoral(ws, ws.posts[0], Lang::en);
    REQUIRE(fr.size() == en.size());
    REQUIRE(fr.size() >= 3);
    for (std::size_t i = 0; i < fr.size(); ++i) {
        CAPTURE(en[i].finding.message);
        CHECK(fr[i].finding.rule == en[i].finding.rule);
        CHECK(fr[i].finding.start == en[i].finding.start);
        CHECK(fr[i].finding.message != en[i].finding.message);
        CHECK(en[i].finding.message.find("période") == std::string::npos);
        CHECK(en[i].finding.message.find('{') == std::string::npos);  // every placeholder filled
        CHECK(fr[i].finding.message.find('{') == std::string::npos);
    }
    bool sponsored = false;
    for (const auto& f : en)
        if (f.finding.rule == "electoral_sponsored") {
            sponsored = true;
            CHECK(f.finding.message.find("pre-electoral period of the municipal elections of") != std::string::npos);
            CHECK(f.finding.message.find("L52-1") != std::string::npos);
        }
    CHECK(sponsored);
}
