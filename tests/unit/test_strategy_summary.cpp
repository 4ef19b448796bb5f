// The strategy summary (core/strategy/summary.h): sections, escaping, standalone HTML.
#include <doctest/doctest.h>

#include "demo/demo_workspace.h"
#include "strategy/summary.h"

using namespace parvis;
using namespace parvis::strategy;

TEST_SUITE("strategy summary") {

TEST_CASE("the HTML summary is standalone and has the five sections") {
    Workspace ws = demo_workspace(date::year{2026} / 11 / 29);
    const std::string html = strategy_summary(ws, {.format = SummaryFormat::html, .today = date::year{2026} / 11 / 29});
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    for (const char* id : {"reseaux", "objectifs", "ligne-editoriale", "roles", "moderation"})
        CHECK(html.find(std::string("<section id=\"") + id + "\">") != std::string::npos);
    CHECK(html.find("Réseaux retenus et pourquoi") != std::string::npos);
    CHECK(html.find("Objectifs et cibles") != std::string::npos);
    CHECK(html.find("Ligne éditoriale") != std::string::npos);
    CHECK(html.find("Rôles et circuit de validation") != std::string::npos);
    CHECK(html.find("Charte de modération") != std::string::npos);
    CHECK(html.find("Vie municipale") != std::string::npos);
    CHECK(html.find("PHAROS") != std::string::npos);
    CHECK(html.find("29 novembre 2026") != std::string::npos);
    // Nothing fetched from elsewhere: no script, no link, no external URL in attributes.
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
}

TEST_CASE("user text is escaped in HTML and Markdown") {
    Workspace ws;
    ws.profile.name = "Ville <script>alert(1)</script> & \"co\"";
    ws.objectives = {{"o", "Informer *vite* | bien", "<b>gras</b>", {}, std::nullopt, "inform"}};
    const std::string html = strategy_summary(ws);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("Ville &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;") != std::string::npos);
    CHECK(html.find("&lt;b&gt;gras&lt;/b&gt;") != std::string::npos);
    const std::string md = strategy_summary(ws, {.format = SummaryFormat::markdown});
    CHECK(md.rfind("# Stratégie réseaux sociaux — Ville \\<script\\>", 0) == 0);
    CHECK(md.find("Informer \\*vite\\* \\| bien") != std::string::npos);  // a | would split the table cell
    CHECK(md.find("## Objectifs et cibles") != std::string::npos);
    CHECK(escape_html("a'b") == "a&#39;b");
}

TEST_CASE("the Markdown summary has the sections, tables and the public text quoted") {
    Workspace ws = demo_workspace(date::year{2026} / 11 / 29);
    const std::string md = strategy_summary(ws, {.format = SummaryFormat::markdown});
    for (const char* title : {"## Réseaux retenus et pourquoi", "## Objectifs et cibles", "## Ligne éditoriale",
                              "## Rôles et circuit de validation", "## Charte de modération"})
        CHECK(md.find(title) != std::string::npos);
    CHECK(md.find("| Réseau | Score sur 100 |") != std::string::npos);
    CHECK(md.find("> Charte de modération des comptes") != std::string::npos);
    CHECK(md.find("Vie municipale | 20\u202f%") != std::string::npos);
}

}  // TEST_SUITE
