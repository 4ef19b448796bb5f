#include <doctest/doctest.h>

#include "model/search.h"

using namespace parvis;

namespace {
PostVariant variant(const char* account, const char* text) {
    PostVariant v;
    v.account_id = account;
    v.text = text;
    return v;
}
}  // namespace

TEST_CASE("post_contains looks in the title and every variant's text") {
    Post post;
    post.title = "Marché de Noël";
    post.variants.push_back(variant("fb", "Rendez-vous place de la Mairie 🎄"));
    post.variants.push_back(variant("x", "Vin chaud à 2 €"));
    CHECK(post_contains(post, ""));
    CHECK(post_contains(post, "Noël"));
    CHECK(post_contains(post, "Mairie 🎄"));
    CHECK(post_contains(post, "2 €"));
    CHECK_FALSE(post_contains(post, "Carnaval"));
    CHECK(post_contains(post, "noël"));  // case and accents ignored
    CHECK(post_contains(post, "MARCHE DE NOEL"));
}

TEST_CASE("message_contains looks in the text and the author") {
    InboxMessage m;
    m.author = "Élodie R.";
    m.text = "Bonjour, quand passe la benne à verre ?";
    CHECK(message_contains(m, ""));
    CHECK(message_contains(m, "Élodie"));
    CHECK(message_contains(m, "benne à verre"));
    CHECK_FALSE(message_contains(m, "encombrants"));
}

TEST_CASE("message_contains ignores case and accents, and looks in the tags") {
    InboxMessage m;
    m.author = "Élodie R.";
    m.text = "Ma mère a 82 ans, elle a besoin du portage de repas. Cœur sur vous !";
    m.tags = {"Solidarité"};
    CHECK(message_contains(m, "ma mere"));
    CHECK(message_contains(m, "ELODIE"));
    CHECK(message_contains(m, "coeur"));
    CHECK(message_contains(m, "solidarite"));
    CHECK(message_contains(m, "Mère"));
    CHECK_FALSE(message_contains(m, "pere"));
    CHECK(folded_contains("Sécurité routière", "securite ROUTIERE"));
    CHECK(folded_contains("anything", ""));
}
