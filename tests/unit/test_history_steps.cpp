// Undo steps that hold only what changed (core/history.h, issue 16): generated workspaces × every
// kind of edit, each undone and redone to exactly the earlier workspace; grouped edits that
// touch several places; what a step holds; and random sequences of edits, undos and redos
// compared with a reference that keeps whole copies (the history as it was before issue 16).
#include <doctest/doctest.h>

#include <deque>
#include <functional>
#include <random>
#include <string>

#include "document.h"
#include "workspace_gen.h"

using namespace parvis;
using parvis::testing::generate_workspace;

// Designated initialisers that leave the other members at their defaults are the point here.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

// A generated workspace with at least `posts` posts (copies under new ids), so that an edit can
// take one in the middle, and one element at least in every collection an edit takes one from.
Workspace workspace_with_posts(std::uint32_t seed, std::size_t posts = 12) {
    Workspace w = generate_workspace(seed);
    if (w.messages.empty()) w.messages.push_back({.id = "m-ajout", .text = "Bonjour"});
    if (w.campaigns.empty()) w.campaigns.push_back({.id = "c-ajout", .name = "Campagne"});
    if (w.services.empty()) w.services.push_back({.id = "s-ajout", .name = "Service"});
    if (w.objectives.empty()) w.objectives.push_back({.id = "o-ajout", .title = "Informer"});
    if (w.metrics.posts.empty()) w.metrics.posts.push_back({.post_id = w.posts[0].id, .reach = 1});
    const std::size_t generated = w.posts.size();
    for (std::size_t i = 0; w.posts.size() < posts; ++i) {
        Post p = w.posts[i % generated];
        p.id += "-copie-" + std::to_string(i);
        w.posts.push_back(std::move(p));
    }
    return w;
}

struct Edit {
    const char* name;
    std::function<void(Workspace&)> change;
};

Post new_post(const std::string& id) { return Post{.id = id, .title = "Nouvelle publication " + id}; }

// Every kind of edit the screens make, on a workspace of 12 posts or more.
const std::vector<Edit>& edits() {
    static const std::vector<Edit> all = {
        {"a post's text", [](Workspace& w) { w.posts[5].variants.push_back({.account_id = w.accounts[0].id, .text = "Bonjour"}); }},
        {"a post's title", [](Workspace& w) { w.posts[3].title += " (bis)"; }},
        {"a post added at the end", [](Workspace& w) { w.posts.push_back(new_post("nouveau")); }},
        {"a post added first", [](Workspace& w) { w.posts.insert(w.posts.begin(), new_post("premier")); }},
        {"a post deleted in the middle", [](Workspace& w) { w.posts.erase(w.posts.begin() + 6); }},
        {"the last post deleted", [](Workspace& w) { w.posts.pop_back(); }},
        {"two posts swapped", [](Workspace& w) { std::swap(w.posts[2], w.posts[9]); }},
        {"a post moved to the end", [](Workspace& w) {
             Post p = w.posts[1];
             w.posts.erase(w.posts.begin() + 1);
             w.posts.push_back(p);
         }},
        {"posts sorted by title", [](Workspace& w) {
             std::stable_sort(w.posts.begin(), w.posts.end(), [](const Post& a, const Post& b) { return a.title < b.title; });
         }},
        {"every post held (crisis)", [](Workspace& w) {
             w.crisis.active = true;
             w.crisis.reason = "Inondation";
             for (Post& p : w.posts) p.held = true;
         }},
        {"all posts deleted", [](Workspace& w) { w.posts.clear(); }},
        {"a message answered", [](Workspace& w) {
             w.messages.front().status = MessageStatus::answered;
             w.messages.front().reply = "Merci, c'est transmis.";
         }},
        {"a message deleted", [](Workspace& w) { w.messages.erase(w.messages.begin()); }},
        {"a snapshot added", [](Workspace& w) { w.metrics.snapshots.push_back({.account_id = w.accounts[0].id, .followers = 12}); }},
        {"a post's figures changed", [](Workspace& w) { w.metrics.posts.back().reach = 4242; }},
        {"the profile", [](Workspace& w) { w.profile.name = "Commune nouvelle"; }},
        {"the charter", [](Workspace& w) { w.charter.forbidden_words.push_back({.word = "truc"}); }},
        {"the strategy", [](Workspace& w) { w.strategy.hours_per_week = 7.5; }},
        {"the workspace id", [](Workspace& w) { w.id = "ws-autre"; }},
        {"an account, a person, a campaign, a service", [](Workspace& w) {
             w.accounts[0].handle = "@autre";
             w.people.push_back({.id = "p-nouveau", .name = "Camille"});
             w.campaigns.front().archived = !w.campaigns.front().archived;
             w.services.erase(w.services.begin());
         }},
        {"objectives, elections, local words, reply templates", [](Workspace& w) {
             w.objectives.front().title = "Recruter";
             w.elections.push_back({.id = "el-2", .first_round = date::year{2028} / 3 / 12});
             w.local_words.insert(w.local_words.begin(), "Glycines");
             w.reply_templates.push_back({.id = "rt-2", .title = "Merci", .text = "Merci {prénom}"});
         }},
        {"several collections at once", [](Workspace& w) {
             w.posts[4].title = "Modifié";
             w.posts.erase(w.posts.begin() + 8);
             w.posts.insert(w.posts.begin() + 2, new_post("inséré"));
             w.messages.back().status = MessageStatus::closed;
             w.metrics.posts.pop_back();
             w.profile.territory = "Ille-et-Vilaine";
         }},
    };
    return all;
}

// One edit the way the screens make it, after a pause (a new step).
void edit_after_pause(Document& doc, double now, const std::function<void(Workspace&)>& change) {
    doc.tick(now);
    doc.tick(now);
    change(doc.edit());
    doc.edited();
}

std::string held_text(const History& history) {
    std::string text;
    history.visit_held([&text](const Workspace& ws) { text += write_workspace(ws, -1) + "\n"; });
    return text;
}

}  // namespace

TEST_SUITE("history steps") {

TEST_CASE("every kind of edit is undone and redone to exactly the earlier workspace") {
    for (std::uint32_t seed = 1; seed <= 30; ++seed) {
        const Workspace before = workspace_with_posts(seed);
        for (const Edit& edit : edits()) {
            CAPTURE(seed);
            CAPTURE(edit.name);
            Document doc(before);
            edit_after_pause(doc, 10, edit.change);
            const Workspace after = doc.workspace();
            if (after == before) continue;  // e.g. posts already sorted
            REQUIRE(doc.history().undo_steps() == 1);
            REQUIRE(doc.undo());
            CHECK(doc.workspace() == before);
            REQUIRE(doc.redo());
            CHECK(doc.workspace() == after);
            REQUIRE(doc.undo());
            CHECK(doc.workspace() == before);
            // A new edit from the undone state, then back again.
            edit_after_pause(doc, 20, [](Workspace& w) { w.posts.push_back(new_post("après")); });
            CHECK_FALSE(doc.can_redo());
            REQUIRE(doc.undo());
            CHECK(doc.workspace() == before);
        }
    }
}

TEST_CASE("a step holds the elements that changed, not the workspace") {
    const Workspace before = workspace_with_posts(7, 200);
    struct Expect {
        const char* name;
        std::function<void(Workspace&)> change;
        std::size_t held;  // the step counts one, plus each element kept
    };
    const std::vector<Expect> cases = {
        {"a post's title", [](Workspace& w) { w.posts[100].title = "Autre"; }, 2},
        {"a post added", [](Workspace& w) { w.posts.push_back(new_post("nouveau")); }, 1},
        {"a post added in the middle", [](Workspace& w) { w.posts.insert(w.posts.begin() + 50, new_post("n")); }, 1},
        {"a post deleted in the middle", [](Workspace& w) { w.posts.erase(w.posts.begin() + 100); }, 2},
        {"two posts swapped", [](Workspace& w) { std::swap(w.posts[10], w.posts[150]); }, 3},
        {"the profile and a message", [](Workspace& w) {
             w.profile.name = "X";
             w.messages.front().text = "Y";
         }, 3},
    };
    for (const Expect& c : cases) {
        CAPTURE(c.name);
        Document doc(before);
        edit_after_pause(doc, 10, c.change);
        doc.end_step();  // an open step's changes are recorded when it closes
        CHECK(doc.history().held_items() == c.held);
        // The redo side holds what the undo replaced.
        const Workspace after = doc.workspace();
        REQUIRE(doc.undo());
        CHECK(doc.workspace() == before);
        REQUIRE(doc.redo());
        CHECK(doc.workspace() == after);
    }
}

TEST_CASE("typing in a post is one step that keeps the post once, as it was before the first key") {
    const Workspace before = workspace_with_posts(3, 50);
    Document doc(before);
    double now = 10;
    std::string typed;
    for (char c : std::string("Conseil municipal jeudi à 19 h")) {
        doc.tick(now += 0.1);
        (void)doc.edit();  // a frame without a change
        doc.tick(now += 0.1);
        Workspace& w = doc.edit();
        if (w.posts[20].variants.empty()) w.posts[20].variants.emplace_back();
        w.posts[20].variants[0].text += c;
        doc.edited();
    }
    CHECK(doc.history().undo_steps() == 1);
    doc.end_step();
    CHECK(doc.history().held_items() == 2);
    const Workspace after = doc.workspace();
    REQUIRE(doc.undo());
    CHECK(doc.workspace() == before);
    REQUIRE(doc.redo());
    CHECK(doc.workspace() == after);
}

TEST_CASE("one step of several edits in different places is undone at once") {
    for (std::uint32_t seed = 1; seed <= 30; ++seed) {
        CAPTURE(seed);
        const Workspace before = workspace_with_posts(seed, 20);
        Document doc(before);
        double now = 10;
        // Less than a second apart: one step, whose edits overlap, touch and shift one another.
        auto edit = [&](const std::function<void(Workspace&)>& change) {
            doc.tick(now += 0.2);
            change(doc.edit());
            doc.edited();
        };
        edit([](Workspace& w) { w.posts[10].title = "un"; });
        edit([](Workspace& w) { w.posts.erase(w.posts.begin() + 3); });
        edit([](Workspace& w) { w.posts[9].title = "deux"; });  // the first edited post, moved down by one
        edit([](Workspace& w) { w.posts.insert(w.posts.begin() + 10, new_post("inséré")); });
        edit([](Workspace& w) { w.posts[11].title = "trois"; });
        edit([](Workspace& w) { w.posts.erase(w.posts.begin() + 2, w.posts.begin() + 5); });
        edit([](Workspace& w) { w.posts.push_back(new_post("dernier")); });
        edit([](Workspace& w) { w.posts[0].title = "premier"; });
        edit([](Workspace& w) { w.profile.name = "A"; });
        edit([](Workspace& w) { w.profile.name = "B"; });
        edit([](Workspace& w) { w.messages.clear(); });
        CHECK(doc.history().undo_steps() == 1);
        const Workspace after = doc.workspace();
        REQUIRE(doc.undo());
        CHECK(doc.workspace() == before);
        REQUIRE(doc.redo());
        CHECK(doc.workspace() == after);
    }
}

TEST_CASE("undo and redo never roll back the records, which no step holds") {
    const Workspace before = workspace_with_posts(5);
    Document doc(before);
    doc.tick(1);
    Workspace& w = doc.edit();
    w.posts[2].title = "Changé";
    w.audit.push_back({.person_id = "p-dgs", .action = "post.edit", .target_id = w.posts[2].id});
    w.moderation_log.push_back({.id = "mod-99", .person_id = "p-dgs", .message_id = "m1"});
    w.passphrases.push_back({.person_id = "p-dgs", .hash = "sel:empreinte"});
    doc.edited();
    const Workspace after = doc.workspace();
    REQUIRE(doc.undo());
    CHECK(doc.workspace().posts == before.posts);
    CHECK(doc.workspace().audit == after.audit);
    CHECK(doc.workspace().moderation_log == after.moderation_log);
    CHECK(doc.workspace().passphrases == after.passphrases);
    REQUIRE(doc.redo());
    CHECK(doc.workspace() == after);
    // Nothing the history holds has them (the reference copy leaves them out).
    CHECK(held_text(doc.history()).find("sel:empreinte") == std::string::npos);
}

TEST_CASE("visit_held shows everything the history holds: the reference and each step's elements") {
    Workspace ws = workspace_with_posts(9);
    ws.posts[4].title = "Titre d'origine";
    Document doc(ws);
    CHECK(held_text(doc.history()).find("Titre d'origine") != std::string::npos);  // the reference
    edit_after_pause(doc, 5, [](Workspace& w) { w.posts[4].title = "Titre modifié"; });
    edit_after_pause(doc, 10, [](Workspace& w) { w.posts[4].title = "Troisième titre"; });
    doc.end_step();
    std::string text = held_text(doc.history());
    CHECK(text.find("Titre d'origine") != std::string::npos);  // the first step
    CHECK(text.find("Titre modifié") != std::string::npos);    // the second step
    CHECK(text.find("Troisième titre") != std::string::npos);  // the reference
    REQUIRE(doc.undo());
    text = held_text(doc.history());
    CHECK(text.find("Troisième titre") != std::string::npos);  // now a redo step
    doc.replace(workspace_with_posts(10));
    CHECK(held_text(doc.history()).find("Titre") == std::string::npos);
}

TEST_CASE("a change made through edit() but never reported is recorded before an undo, never lost") {
    const Workspace before = workspace_with_posts(11);
    Document doc(before);
    edit_after_pause(doc, 1, [](Workspace& w) { w.posts[1].title = "signalé"; });
    const Workspace reported = doc.workspace();
    doc.tick(5);
    doc.tick(5);
    doc.edit().posts.erase(doc.edit().posts.begin() + 7);  // no edited()
    const Workspace unreported = doc.workspace();
    REQUIRE(doc.undo());
    CHECK(doc.workspace() == reported);
    REQUIRE(doc.undo());
    CHECK(doc.workspace() == before);
    REQUIRE(doc.redo());
    REQUIRE(doc.redo());
    CHECK(doc.workspace() == unreported);
}

TEST_CASE("the size budget counts the elements the steps hold") {
    const Workspace before = workspace_with_posts(2, 100);
    // Each step rewrites every post: 101 items.
    Document doc(before, HistoryOptions{.max_items = 350});
    for (int i = 1; i <= 6; ++i) {
        edit_after_pause(doc, 2.0 * i, [i](Workspace& w) {
            for (Post& p : w.posts) p.title = "Version " + std::to_string(i);
        });
    }
    doc.end_step();
    CHECK(doc.history().undo_steps() == 3);
    CHECK(doc.history().held_items() <= 350);
    // An open step that grows past the budget drops the older steps, never itself.
    double now = 20;
    for (int i = 0; i < 100; ++i) {
        doc.tick(now += 0.1);
        doc.edit().posts[std::size_t(i)].variants.clear();
        doc.edit().posts[std::size_t(i)].title = "Tapé";
        doc.edited();
    }
    doc.end_step();
    CHECK(doc.history().undo_steps() >= 1);
    CHECK(doc.history().held_items() <= 350);
    while (doc.undo()) {}
    for (const Post& p : doc.workspace().posts) CHECK(p.title.rfind("Version ", 0) == 0);
}

}  // TEST_SUITE

// [SECTION] Random sequences against whole copies

namespace {

// The history as it was before issue 16, kept here as the reference: a whole copy per step.
class CopyHistory {
public:
    explicit CopyHistory(Workspace ws, std::size_t max_steps) : current(std::move(ws)), max_steps_(max_steps) {}

    Workspace& edit() {
        if (!open_ && !checkpoint_) checkpoint_ = current;
        return current;
    }
    void edited(double now) {
        edited_since_tick_ = true;
        if (open_) {
            last_edit_ = now;
            return;
        }
        if (!checkpoint_) return;
        keep_records(*checkpoint_, current);
        if (*checkpoint_ == current) return;
        undo_.push_back(std::move(*checkpoint_));
        checkpoint_.reset();
        redo_.clear();
        open_ = true;
        last_edit_ = now;
        while (undo_.size() > max_steps_) undo_.pop_front();
    }
    void tick(double now) {
        if (std::exchange(edited_since_tick_, false)) return;
        if (open_ && now - last_edit_ >= 1.0) open_ = false;
    }
    void end_step() { open_ = false; }
    bool undo() { return move(undo_, redo_); }
    bool redo() { return move(redo_, undo_); }
    std::size_t undo_steps() const { return undo_.size(); }
    std::size_t redo_steps() const { return redo_.size(); }

    Workspace current;

private:
    static void keep_records(Workspace& into, const Workspace& from) {
        into.audit = from.audit;
        into.passphrases = from.passphrases;
        into.moderation_log = from.moderation_log;
    }
    template <class From, class To>
    bool move(From& from, To& to) {
        if (from.empty()) return false;
        Workspace restored = std::move(from.back());
        from.pop_back();
        keep_records(restored, current);
        to.push_back(std::exchange(current, std::move(restored)));
        checkpoint_.reset();
        open_ = false;
        return true;
    }

    std::size_t max_steps_;
    std::deque<Workspace> undo_;
    std::vector<Workspace> redo_;
    std::optional<Workspace> checkpoint_;
    bool open_ = false, edited_since_tick_ = false;
    double last_edit_ = 0;
};

// A random edit: mostly posts (the biggest collection), in every way they change.
void random_edit(Workspace& w, std::mt19937& rng, int& counter) {
    auto below = [&rng](std::size_t n) { return n == 0 ? 0 : std::size_t(rng() % n); };
    const std::string fresh = "r" + std::to_string(++counter);
    switch (rng() % 16) {
    case 0:
    case 1:
        if (!w.posts.empty()) w.posts[below(w.posts.size())].title += fresh;
        break;
    case 2:
        w.posts.insert(w.posts.begin() + std::ptrdiff_t(below(w.posts.size() + 1)), new_post(fresh));
        break;
    case 3:
        if (!w.posts.empty()) w.posts.erase(w.posts.begin() + std::ptrdiff_t(below(w.posts.size())));
        break;
    case 4:
        if (w.posts.size() >= 2) std::swap(w.posts[below(w.posts.size())], w.posts[below(w.posts.size())]);
        break;
    case 5:
        if (w.posts.size() >= 3) {
            const std::size_t a = below(w.posts.size()), b = std::min(w.posts.size(), a + 1 + below(3));
            w.posts.erase(w.posts.begin() + std::ptrdiff_t(a), w.posts.begin() + std::ptrdiff_t(b));
        }
        break;
    case 6:
        if (w.posts.size() >= 2) std::rotate(w.posts.begin(), w.posts.begin() + 1, w.posts.end());
        break;
    case 7:
        if (!w.messages.empty()) w.messages[below(w.messages.size())].reply = fresh;
        break;
    case 8:
        w.messages.push_back({.id = fresh, .text = "Bonjour"});
        break;
    case 9:
        if (!w.metrics.posts.empty()) w.metrics.posts[below(w.metrics.posts.size())].reach = std::int64_t(rng() % 1000);
        break;
    case 10:
        w.profile.name = fresh;
        break;
    case 11:
        w.crisis.active = !w.crisis.active;
        w.charter.signature = fresh;
        break;
    case 12:  // several collections at once
        if (!w.posts.empty()) w.posts.back().held = !w.posts.back().held;
        w.local_words.push_back(fresh);
        if (!w.people.empty()) w.people[below(w.people.size())].name = fresh;
        break;
    case 13:  // the records alone: no step
        w.audit.push_back({.person_id = "p", .action = "post.edit", .target_id = fresh});
        break;
    case 14:
        break;  // a widget that reports an edit and changed nothing
    default:
        if (!w.posts.empty()) {
            Post& p = w.posts[below(w.posts.size())];
            if (p.variants.empty()) p.variants.emplace_back();
            p.variants[0].text += fresh;
        }
        w.passphrases.push_back({.person_id = fresh, .hash = fresh});
        break;
    }
}

}  // namespace

TEST_CASE("history steps: random edits, undos and redos give the same states as whole copies") {
    for (std::uint32_t seed = 1; seed <= 60; ++seed) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        const std::size_t max_steps = seed % 3 == 0 ? 4 : 100;
        const Workspace start = workspace_with_posts(seed, 10 + seed % 7);
        Document doc(start, HistoryOptions{.max_steps = max_steps, .max_items = 1'000'000'000});
        CopyHistory model(start, max_steps);
        double now = 1;
        int counter = 0;
        for (int op = 0; op < 300; ++op) {
            CAPTURE(op);
            // A frame: the clock moves on, sometimes past the pause that closes a step.
            now += rng() % 4 == 0 ? 1.5 : 0.2;
            doc.tick(now);
            model.tick(now);
            const unsigned what = rng() % 12;
            if (what < 7) {
                random_edit(doc.edit(), rng, counter);
                doc.edited();
                // The model receives the same change: what the document now holds.
                Workspace& m = model.edit();
                m = doc.workspace();
                model.edited(now);
            } else if (what < 9) {
                CHECK(doc.undo() == model.undo());
            } else if (what < 11) {
                CHECK(doc.redo() == model.redo());
            } else if (what == 11) {
                doc.end_step();
                model.end_step();
            }
            REQUIRE(doc.workspace() == model.current);
            REQUIRE(doc.history().undo_steps() == model.undo_steps());
            REQUIRE(doc.history().redo_steps() == model.redo_steps());
        }
        // Back to the oldest state kept, and forward to the newest.
        while (model.undo()) {
            REQUIRE(doc.undo());
            REQUIRE(doc.workspace() == model.current);
        }
        CHECK_FALSE(doc.undo());
        while (model.redo()) {
            REQUIRE(doc.redo());
            REQUIRE(doc.workspace() == model.current);
        }
        CHECK_FALSE(doc.redo());
    }
}
