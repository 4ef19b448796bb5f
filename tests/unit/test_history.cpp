// Undo and redo of the user's edits (core/history.h through core/document.h): steps, grouping
// of close edits, depth and size limits, redo cleared by a new edit, reset on replacement,
// revisions, and the records undo never rolls back.
#include <doctest/doctest.h>

#include <string>

#include "document.h"

using namespace parvis;

// Designated initialisers that leave the other members at their defaults are the point here.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

Workspace named(const std::string& name) {
    Workspace ws;
    ws.id = "ws-test";
    ws.profile.name = name;
    return ws;
}

// One edit the way the screens make it: edit(), the change, edited(), at time `now` (seconds),
// after frames without an edit (two ticks: a pause needs a frame without an edit).
void set_name(Document& doc, double now, const std::string& name) {
    doc.tick(now);
    doc.tick(now);
    doc.edit().profile.name = name;
    doc.edited();
}

const std::string& name(const Document& doc) { return doc.workspace().profile.name; }

}  // namespace

TEST_CASE("history: an edit is undone, then redone, and each move bumps the revision") {
    Document doc(named("Ville de Saint-Exemple"));
    CHECK_FALSE(doc.can_undo());
    CHECK_FALSE(doc.undo());  // nothing to undo: nothing changes
    CHECK(doc.revision() == 0);

    set_name(doc, 10, "Mairie de Saint-Exemple");
    CHECK(doc.revision() == 1);
    CHECK(doc.can_undo());
    CHECK_FALSE(doc.can_redo());

    CHECK(doc.undo());
    CHECK(name(doc) == "Ville de Saint-Exemple");
    CHECK(doc.revision() == 2);  // the autosave writes the undone state
    CHECK_FALSE(doc.can_undo());
    CHECK(doc.can_redo());

    CHECK(doc.redo());
    CHECK(name(doc) == "Mairie de Saint-Exemple");
    CHECK(doc.revision() == 3);
    CHECK(doc.can_undo());
    CHECK_FALSE(doc.can_redo());
    CHECK_FALSE(doc.redo());
    CHECK(doc.revision() == 3);
}

TEST_CASE("history: edits less than a second apart are one step; a pause or end_step starts another") {
    Document doc(named(""));
    // Typing « Été » one character at a time, 0.2 s apart: one step.
    set_name(doc, 10.0, "É");
    set_name(doc, 10.2, "Ét");
    set_name(doc, 10.4, "Été");
    CHECK(doc.history().undo_steps() == 1);
    CHECK(doc.revision() == 3);

    // Typing on and on without a pause keeps the same step (the pause counts from the last edit).
    set_name(doc, 11.2, "Été ");
    CHECK(doc.history().undo_steps() == 1);

    // After a pause of a second, a new step.
    set_name(doc, 12.5, "Été 2026");
    CHECK(doc.history().undo_steps() == 2);

    // A change of screen ends the step at once.
    doc.end_step();
    set_name(doc, 12.6, "Été 2026 !");
    CHECK(doc.history().undo_steps() == 3);

    CHECK(doc.undo());
    CHECK(name(doc) == "Été 2026");
    CHECK(doc.undo());
    CHECK(name(doc) == "Été ");
    CHECK(doc.undo());
    CHECK(name(doc) == "");
    CHECK_FALSE(doc.undo());
}

TEST_CASE("history: on a slow machine, edits in every frame a second apart stay one step") {
    Document doc(named(""));
    for (int frame = 1; frame <= 5; ++frame) {  // one frame every 1.5 s, each with typing
        doc.tick(1.5 * frame);
        doc.edit().profile.name += "é";
        doc.edited();
    }
    CHECK(doc.history().undo_steps() == 1);
    doc.tick(9);   // a frame without an edit…
    doc.tick(10);  // …and the step is closed once the second has passed
    CHECK_FALSE(doc.history().step_open());
}

TEST_CASE("history: edit() without a change, or edited() after no real change, makes no step") {
    Document doc(named("Avant"));
    for (int frame = 0; frame < 5; ++frame) {
        doc.tick(frame);
        (void)doc.edit();  // screens take the reference every frame
    }
    CHECK_FALSE(doc.can_undo());
    doc.edit();
    doc.edited();  // a widget reported an edit that left the value as it was
    CHECK_FALSE(doc.can_undo());
    CHECK(doc.revision() == 1);  // still saved as before: the revision is the autosave's business

    // The copy kept across those frames is the state before the real change.
    set_name(doc, 20, "Après");
    CHECK(doc.undo());
    CHECK(name(doc) == "Avant");
}

TEST_CASE("history: a new edit clears the redo side") {
    Document doc(named("A"));
    set_name(doc, 1, "B");
    set_name(doc, 3, "C");
    CHECK(doc.undo());
    CHECK(doc.can_redo());
    set_name(doc, 5, "D");
    CHECK_FALSE(doc.can_redo());
    CHECK_FALSE(doc.redo());
    CHECK(name(doc) == "D");
    CHECK(doc.undo());
    CHECK(name(doc) == "B");
    CHECK(doc.undo());
    CHECK(name(doc) == "A");
}

TEST_CASE("history: an edit right after an undo is a new step from the undone state") {
    Document doc(named("A"));
    set_name(doc, 1, "B");
    CHECK(doc.undo());
    // Less than a second later: the undo closed the step, so this is not merged into anything.
    set_name(doc, 1.1, "C");
    CHECK(doc.history().undo_steps() == 1);
    CHECK(doc.undo());
    CHECK(name(doc) == "A");
}

TEST_CASE("history: the depth is limited and the oldest steps go first") {
    Document doc(named("0"), HistoryOptions{.max_steps = 5});
    for (int i = 1; i <= 8; ++i) set_name(doc, 2.0 * i, std::to_string(i));
    CHECK(doc.history().undo_steps() == 5);
    int undone = 0;
    while (doc.undo()) ++undone;
    CHECK(undone == 5);
    CHECK(name(doc) == "3");  // the states before steps 1 to 3 were dropped
    CHECK(doc.history().redo_steps() == 5);
    while (doc.redo()) {}
    CHECK(name(doc) == "8");
}

TEST_CASE("history: big steps are fewer (size budget), never fewer than one") {
    // A step holds what its edits changed: renaming every one of 400 posts holds 400 posts, and
    // the budget keeps three such steps.
    Workspace big = named("Grand");
    big.posts.resize(400);
    for (std::size_t i = 0; i < big.posts.size(); ++i) big.posts[i].id = "p" + std::to_string(i);
    auto rename_all = [](Document& doc, double now, const std::string& title) {
        doc.tick(now);
        doc.tick(now);
        for (Post& p : doc.edit().posts) p.title = title;
        doc.edited();
    };
    Document probe(big);
    rename_all(probe, 1, "Grand 0");
    probe.end_step();  // an open step's changes are recorded when it closes
    const std::size_t per_step = probe.history().held_items();
    CHECK(per_step >= 400);

    Document doc(big, HistoryOptions{.max_items = per_step * 3});
    for (int i = 1; i <= 10; ++i) rename_all(doc, 2.0 * i, "Grand " + std::to_string(i));
    doc.end_step();
    CHECK(doc.history().undo_steps() == 3);
    // Small steps are many under the same budget.
    for (int i = 1; i <= 10; ++i) set_name(doc, 100.0 + 2.0 * i, "Grand " + std::to_string(i));
    CHECK(doc.history().undo_steps() >= 10);

    Document tiny_budget(big, HistoryOptions{.max_items = 1});
    set_name(tiny_budget, 1, "Autre");
    set_name(tiny_budget, 3, "Encore");
    CHECK(tiny_budget.history().undo_steps() == 1);
    CHECK(tiny_budget.undo());
    CHECK(name(tiny_budget) == "Autre");
}

TEST_CASE("history: replacing the workspace resets the history (undo never crosses workspaces)") {
    Document doc(named("Premier espace"));
    set_name(doc, 1, "Premier espace modifié");
    CHECK(doc.undo());
    CHECK(doc.can_redo());
    set_name(doc, 3, "Premier espace, encore");
    CHECK(doc.can_undo());

    const auto before = doc.revision();
    doc.replace(named("Second espace"));
    CHECK(doc.revision() == before + 1);
    CHECK_FALSE(doc.can_undo());
    CHECK_FALSE(doc.can_redo());
    CHECK_FALSE(doc.undo());
    CHECK(name(doc) == "Second espace");

    // The same through a text (an import, a load).
    set_name(doc, 5, "Second espace modifié");
    CHECK(doc.can_undo());
    REQUIRE_FALSE(static_cast<bool>(doc.replace_from_text(write_workspace(named("Troisième espace")))));
    CHECK_FALSE(doc.can_undo());
    CHECK(name(doc) == "Troisième espace");

    // A bad text changes nothing, the history included.
    set_name(doc, 7, "Troisième espace modifié");
    CHECK(static_cast<bool>(doc.replace_from_text("{ pas du JSON")));
    CHECK(doc.can_undo());
    CHECK(doc.undo());
    CHECK(name(doc) == "Troisième espace");
}

TEST_CASE("history: undo and redo leave the audit log and the passphrases as they are now") {
    Document doc(named("Avant"));
    doc.tick(1);
    Workspace& ws = doc.edit();
    ws.profile.name = "Après";
    ws.audit.push_back({.person_id = "p-dgs", .action = "profile.edit", .detail = "Avant → Après"});
    ws.passphrases.push_back({.person_id = "p-dgs", .hash = "nouveau"});
    doc.edited();

    CHECK(doc.undo(AuditEntry{.person_id = "p-dgs", .action = "edit.undo"}));
    CHECK(name(doc) == "Avant");
    REQUIRE(doc.workspace().audit.size() == 2);
    CHECK(doc.workspace().audit[0].action == "profile.edit");
    CHECK(doc.workspace().audit[1].action == "edit.undo");
    REQUIRE(doc.workspace().passphrases.size() == 1);
    CHECK(doc.workspace().passphrases[0].hash == "nouveau");

    CHECK(doc.redo(AuditEntry{.person_id = "p-dgs", .action = "edit.redo"}));
    CHECK(name(doc) == "Après");
    REQUIRE(doc.workspace().audit.size() == 3);
    CHECK(doc.workspace().audit[2].action == "edit.redo");
    CHECK(doc.workspace().passphrases.size() == 1);

    // An edit of the records alone (an audit entry written when a text box is left, after a
    // pause) makes no step: undoing it would change nothing.
    const std::size_t steps = doc.history().undo_steps();
    doc.tick(10);
    doc.edit().audit.push_back({.person_id = "p-dgs", .action = "charter.edit"});
    doc.edited();
    CHECK(doc.history().undo_steps() == steps);
    CHECK(doc.workspace().audit.size() == 4);
}

TEST_CASE("history: a structural edit (a post added, then deleted) is undone step by step") {
    Document doc(named("Espace"));
    doc.tick(1);
    doc.edit().posts.push_back(Post{.id = "post-1", .title = "Fête de la musique"});
    doc.edited();
    doc.tick(2);  // frames without an edit: a pause
    doc.tick(3);
    doc.edit().posts.clear();
    doc.edited();
    CHECK(doc.workspace().posts.empty());
    CHECK(doc.undo());
    REQUIRE(doc.workspace().posts.size() == 1);
    CHECK(doc.workspace().posts[0].title == "Fête de la musique");
    CHECK(doc.undo());
    CHECK(doc.workspace().posts.empty());
}
