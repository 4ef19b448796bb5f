// Assisted publishing (core/connect/assisted.h): the composer each network opens with the text,
// and the pasted permalinks read back as the post's id — or refused with a reason, whatever is
// pasted (another site, a profile, http, a huge paste, broken bytes).
#include <doctest/doctest.h>

#include <string>

#include "connect/assisted.h"

using namespace parvis;
using namespace parvis::connect;

TEST_SUITE("connect.assisted") {

TEST_CASE("the composer opens with the text where the network takes it") {
    CHECK(composer_url(Network::x, "Fête à l’église & marché #Noël") ==
          "https://x.com/intent/post?text=F%C3%AAte%20%C3%A0%20l%E2%80%99%C3%A9glise%20%26%20march%C3%A9%20%23No%C3%ABl");
    CHECK(composer_url(Network::threads, "a b").starts_with("https://www.threads.net/intent/post?text=a%20b"));
    CHECK(composer_url(Network::linkedin, "a").starts_with("https://www.linkedin.com/feed/?shareActive=true&text=a"));
    CHECK(composer_url(Network::instagram, "a") == "https://www.instagram.com/");
    CHECK(composer_url(Network::facebook, "a", "https://www.facebook.com/VilleDeSaintExemple") == "https://www.facebook.com/VilleDeSaintExemple");
    CHECK(composer_url(Network::facebook, "a", "javascript:alert(1)") == "https://www.facebook.com/");
    CHECK(assisted_network(Network::x));
    CHECK_FALSE(assisted_network(Network::mastodon));
    CHECK_FALSE(assisted_network(Network::bluesky));
}

TEST_CASE("permalinks of each network give the post's id, without tracking parameters") {
    struct Case {
        Network network;
        const char* pasted;
        const char* id;
        const char* url;
    };
    const Case cases[] = {
        {Network::x, "  https://x.com/VilleStExemple/status/1864321987654321098?s=20  ", "1864321987654321098",
         "https://x.com/VilleStExemple/status/1864321987654321098"},
        {Network::x, "https://twitter.com/VilleStExemple/status/42", "42", "https://twitter.com/VilleStExemple/status/42"},
        {Network::x, "HTTPS://mobile.X.com/a/status/7#reply", "7", "https://mobile.X.com/a/status/7"},
        {Network::linkedin, "https://www.linkedin.com/feed/update/urn:li:activity:7270000000000000000/", "7270000000000000000",
         "https://www.linkedin.com/feed/update/urn:li:activity:7270000000000000000/"},
        {Network::linkedin, "https://www.linkedin.com/posts/ville-de-saint-exemple_noel-activity-7270000000000000001-AbCd?utm_source=share",
         "7270000000000000001", "https://www.linkedin.com/posts/ville-de-saint-exemple_noel-activity-7270000000000000001-AbCd"},
        {Network::instagram, "https://www.instagram.com/p/C9xYz12AbC/?igsh=abc", "C9xYz12AbC", "https://www.instagram.com/p/C9xYz12AbC/"},
        {Network::instagram, "https://www.instagram.com/reel/C9reel/", "C9reel", "https://www.instagram.com/reel/C9reel/"},
        {Network::threads, "https://www.threads.net/@ville/post/C9thr", "C9thr", "https://www.threads.net/@ville/post/C9thr"},
        {Network::facebook, "https://www.facebook.com/VilleDeSaintExemple/posts/pfbid02abc", "pfbid02abc",
         "https://www.facebook.com/VilleDeSaintExemple/posts/pfbid02abc"},
        {Network::facebook, "https://www.facebook.com/permalink.php?story_fbid=123&id=456", "123",
         "https://www.facebook.com/permalink.php?story_fbid=123&id=456"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.pasted);
        const PermalinkCheck r = read_permalink(c.network, c.pasted);
        CHECK(r.error == "");
        CHECK(r.external_id == c.id);
        CHECK(r.url == c.url);
    }
}

TEST_CASE("what is not a post of that network is refused with its reason") {
    CHECK(read_permalink(Network::x, "   ").error == "empty");
    CHECK(read_permalink(Network::x, "http://x.com/a/status/1").error == "not_https");
    CHECK(read_permalink(Network::x, "x.com/a/status/1").error == "not_https");
    CHECK(read_permalink(Network::x, "https://evil-x.com/a/status/1").error == "other_site");
    CHECK(read_permalink(Network::x, "https://x.com.evil.fr/a/status/1").error == "other_site");
    CHECK(read_permalink(Network::x, "https://www.linkedin.com/feed/update/urn:li:activity:1/").error == "other_site");
    CHECK(read_permalink(Network::x, "https://x.com/VilleStExemple").error == "not_a_post");
    CHECK(read_permalink(Network::x, "https://x.com/a/status/abc").error == "not_a_post");
    CHECK(read_permalink(Network::linkedin, "https://www.linkedin.com/company/ville").error == "not_a_post");
    CHECK(read_permalink(Network::instagram, "https://www.instagram.com/ville/").error == "not_a_post");
    CHECK(read_permalink(Network::mastodon, "https://mastodon.social/@ville/1").error == "other_site");
    // A huge paste or broken bytes: an answer, at once.
    CHECK(read_permalink(Network::x, std::string(5'000'000, 'a')).error == "not_https");
    CHECK(read_permalink(Network::x, "https://x.com/\xff\xfe/status/12").external_id == "12");
}

}
