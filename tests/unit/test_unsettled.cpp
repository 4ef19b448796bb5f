// A publish whose answer was lost (core/connect/unsettled.h): the record kept on the device read
// back exactly, every malformed record refused, and Mastodon's lookup (the requests, the answers
// read, the status or scheduled status that is the publish, and the ones that are not).
#include <doctest/doctest.h>

#include <string>

#include "connect/unsettled.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::connect;
using namespace std::chrono_literals;
using namespace date::literals;
using parvis::testing::utc;

namespace {

const Instant kFirst = utc(2027_y / 3 / 12, 17h + 30min);

HttpResponse answer(int status, std::string body) {
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

Unsettled sample(Network network) {
    Unsettled u{"w", "p1", "acc", network, false, kFirst, "Fête de la musique : chœurs 🎶", "", std::nullopt};
    if (network == Network::bluesky) u.rkey = "3kabc";
    return u;
}

}  // namespace

TEST_CASE("unsettled: the record reads back as written, for each network, scheduled or not") {
    for (Network n : {Network::mastodon, Network::bluesky, Network::facebook}) {
        for (bool scheduled : {false, true}) {
            Unsettled u = sample(n);
            u.schedule = scheduled;
            if (scheduled) u.scheduled_for = kFirst + 48h;
            const auto back = read_unsettled(unsettled_json(u));
            REQUIRE(back);
            CHECK(back->workspace_id == "w");
            CHECK(back->post_id == "p1");
            CHECK(back->account_id == "acc");
            CHECK(back->network == n);
            CHECK(back->schedule == scheduled);
            CHECK(back->first_attempt == kFirst);
            CHECK(back->text == u.text);
            CHECK(back->rkey == u.rkey);
            CHECK(back->scheduled_for == u.scheduled_for);
        }
    }
    CHECK(unsettled_key("w", "p1", "acc") == "unsettled|w|p1|acc");
    CHECK(unsettled_json(sample(Network::mastodon)).find("token") == std::string::npos);
}

TEST_CASE("unsettled: a damaged record is refused, never guessed") {
    const std::string good = unsettled_json(sample(Network::mastodon));
    CHECK(read_unsettled(good));
    auto broken = [&](const std::string& from, const std::string& to) {
        std::string s = good;
        const auto at = s.find(from);
        REQUIRE(at != std::string::npos);
        s.replace(at, from.size(), to);
        return s;
    };
    CHECK_FALSE(read_unsettled(""));
    CHECK_FALSE(read_unsettled("[]"));
    CHECK_FALSE(read_unsettled("{\"workspace_id\":\"w\""));
    CHECK_FALSE(read_unsettled(broken("\"network\":\"mastodon\"", "\"network\":\"myspace\"")));
    CHECK_FALSE(read_unsettled(broken("\"schedule\":false", "\"schedule\":\"non\"")));
    CHECK_FALSE(read_unsettled(broken("\"post_id\":\"p1\"", "\"post_id\":\"\"")));
    CHECK_FALSE(read_unsettled(broken("\"post_id\":\"p1\"", "\"post_id\":12")));
    CHECK_FALSE(read_unsettled(broken("\"first_attempt\":\"2027-03-12T17:30:00Z\"", "\"first_attempt\":\"hier\"")));
    CHECK_FALSE(read_unsettled(broken("\"text\":", "\"texte\":")));
    CHECK_FALSE(read_unsettled(broken("}", ",\"scheduled_for\":\"demain\"}")));
    // A Bluesky record without its rkey could find nothing.
    Unsettled b = sample(Network::bluesky);
    b.rkey.clear();
    CHECK_FALSE(read_unsettled(unsettled_json(b)));
    // Beyond the bound: refused before parsing.
    Unsettled huge = sample(Network::facebook);
    huge.text.assign(kMaxUnsettledBytes, 'a');
    CHECK_FALSE(read_unsettled(unsettled_json(huge)));
}

TEST_CASE("unsettled, Mastodon: the lookup's requests") {
    const HttpRequest statuses = mastodon::own_statuses_request("https://mastodon.social", "TOKEN", "109");
    CHECK(statuses.method == "GET");
    CHECK(statuses.url == "https://mastodon.social/api/v1/accounts/109/statuses?limit=20");
    CHECK(header(statuses.headers, "Authorization") == "Bearer TOKEN");
    CHECK(mastodon::source_request("https://m.fr", "T", "42").url == "https://m.fr/api/v1/statuses/42/source");
    CHECK(mastodon::scheduled_list_request("https://m.fr", "T").url == "https://m.fr/api/v1/scheduled_statuses?limit=40");
    // An id is a path segment: whatever the server said, it cannot leave it.
    CHECK(mastodon::source_request("https://m.fr", "T", "../apps").url.find("/../") == std::string::npos);
}

TEST_CASE("unsettled, Mastodon: the account's id, its statuses since the first attempt, their source text") {
    CHECK(mastodon::read_account_id(answer(200, R"({"id":"109","acct":"ville"})")) == "109");
    CHECK_FALSE(mastodon::read_account_id(answer(200, R"({"acct":"ville"})")));
    CHECK_FALSE(mastodon::read_account_id(answer(401, R"({"error":"The access token is invalid"})")));

    const auto heads = mastodon::read_status_heads(answer(200, R"([
        {"id":"3","created_at":"2027-03-12T17:31:02.000Z","url":"https://m.fr/@ville/3","content":"<p>x</p>"},
        {"id":"2","created_at":"2027-03-12T17:29:30.000Z","url":"https://m.fr/@ville/2"},
        {"id":"1","created_at":"2027-03-12T16:00:00.000Z","url":"https://m.fr/@ville/1"},
        {"created_at":"2027-03-12T17:35:00.000Z"},
        {"id":"9","created_at":"hier"}
    ])"));
    REQUIRE(heads);
    REQUIRE(heads->size() == 3);  // entries without an id or a readable instant are left out
    const auto maybe = mastodon::candidates(*heads, kFirst);
    REQUIRE(maybe.size() == 2);  // 3 (after), 2 (30 s before: clocks differ); 1 is long before
    CHECK(maybe[0].id == "3");
    CHECK(maybe[1].id == "2");
    CHECK_FALSE(mastodon::read_status_heads(answer(200, R"({"error":"x"})")));
    CHECK_FALSE(mastodon::read_status_heads(answer(503, "[]")));

    CHECK(mastodon::read_source_text(answer(200, R"({"id":"3","text":"Fête 🎶","spoiler_text":""})")) == "Fête 🎶");
    CHECK_FALSE(mastodon::read_source_text(answer(200, R"({"id":"3"})")));
    CHECK_FALSE(mastodon::read_source_text(answer(404, R"({"error":"Record not found"})")));
}

TEST_CASE("unsettled, Mastodon: the scheduled status with the same text and time, and no other") {
    const auto held = mastodon::read_scheduled_list(answer(200, R"([
        {"id":"s1","scheduled_at":"2027-03-14T17:30:00.000Z","params":{"text":"Autre texte"}},
        {"id":"s2","scheduled_at":"2027-03-15T17:30:00.000Z","params":{"text":"Fête"}},
        {"id":"s3","scheduled_at":"2027-03-14T17:30:00.000Z","params":{"text":"Fête"}}
    ])"));
    REQUIRE(held);
    CHECK(mastodon::find_scheduled(*held, "Fête", kFirst + 48h) == "s3");
    CHECK_FALSE(mastodon::find_scheduled(*held, "Fête ", kFirst + 48h));
    CHECK_FALSE(mastodon::find_scheduled(*held, "Fête", kFirst + 49h));
    CHECK_FALSE(mastodon::read_scheduled_list(answer(401, "[]")));
}
