// Looking objects up by id (core/model/find.h) and the list of every network (model/networks.h).
#include <doctest/doctest.h>

#include "io/enum_names.h"
#include "model/find.h"
#include "model/networks.h"

using namespace parvis;

TEST_CASE("find_post, find_person, find_account: by id, const and mutable, nullptr when absent") {
    Workspace ws;
    ws.posts = {Post{.id = "p1", .title = "Un"}, Post{.id = "p2", .title = "Deux"}};
    ws.people = {Person{.id = "u1", .name = "Camille"}};
    ws.accounts = {NetworkAccount{.id = "a-fb", .network = Network::facebook}};

    const Workspace& view = ws;
    REQUIRE(find_post(view, "p2") != nullptr);
    CHECK(find_post(view, "p2")->title == "Deux");
    CHECK(find_post(view, "p3") == nullptr);
    CHECK(find_post(view, "") == nullptr);
    Post* p = find_post(ws, "p1");
    REQUIRE(p != nullptr);
    p->title = "Premier";
    CHECK(ws.posts[0].title == "Premier");

    CHECK(find_person(view, "u1") == &ws.people[0]);
    CHECK(find_person(ws, "u2") == nullptr);
    CHECK(find_account(view, "a-fb")->network == Network::facebook);
    CHECK(find_account(ws, "a-x") == nullptr);
}

TEST_CASE("kAllNetworks holds every network once, in the enum's order") {
    REQUIRE(kAllNetworks.size() == io::EnumNames<Network>::count);
    for (std::size_t i = 0; i < kAllNetworks.size(); ++i)
        CHECK(io::enum_name(kAllNetworks[i]) == io::EnumNames<Network>::names[i]);
}
