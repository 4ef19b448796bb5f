// The moderation log (edit::moderate, core/inbox/moderation_export.h): each decision appends an
// entry with the message's evidence and applies its action; nothing ever removes an entry — not
// deleting the message, not undo; the log survives JSON, old files load with an empty log, the
// reader's invariants hold, and the exports (CSV for Excel, a standalone HTML page) carry it whole.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

#include "edit/moderation_edits.h"
#include "history.h"
#include "inbox/moderation_export.h"
#include "interop/csv.h"
#include "io/time_text.h"
#include "io/workspace_json.h"
#include "model/find.h"
#include "test_support.h"

using namespace parvis;
using namespace parvis::edit;

namespace {

Instant utc(const char* iso) { return *io::parse_instant(iso); }

Workspace desk() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville de Saint-Exemple";
    ws.accounts = {{.id = "fb", .network = Network::facebook, .handle = "VilleStExemple", .url = "https://facebook.com/ville"}};
    ws.people = {{"cm", "Camille Le Goff", Role::community_manager, "", ""}};
    Post p;
    p.id = "p1";
    p.title = "Conseil municipal";
    p.status = PostStatus::published;
    p.variants = {{.account_id = "fb", .text = "Conseil ce soir", .permalink = "https://facebook.com/ville/posts/42"}};
    ws.posts = {p};
    ws.charter.moderation.rules = {
        {ModerationCategory::insult, {ModerationAction::hide, ModerationAction::ban}},
        {ModerationCategory::advertising, {ModerationAction::remove}},
    };
    ws.messages = {{.id = "m1", .account_id = "fb", .channel = MessageChannel::comment, .author = "Anonyme Stex",
                    .received_at = utc("2026-11-22T21:47:00Z"), .text = "Bande d’incapables, =HYPERLINK(\"x\") <b>",
                    .post_id = "p1"},
                   {.id = "m2", .account_id = "fb", .author = "Promo Tapis", .received_at = utc("2026-11-23T08:00:00Z"),
                    .text = "Code promo STEX20 sur ma-boutique-shop.com"}};
    return ws;
}

const Actor kCamille{"cm", *io::parse_instant("2026-11-23T07:47:00Z")};

}  // namespace

TEST_SUITE("edit.moderation") {

TEST_CASE("hiding: one log entry with the evidence and the charter's rule, the message masqué, audited in codes") {
    Workspace ws = desk();
    const Moderated r = moderate(ws, kCamille, {"m1", ModerationCategory::insult, ModerationAction::hide, "Capture conservée."});
    REQUIRE(r.result.changed());
    CHECK(r.entry_id == "mod-1");
    REQUIRE(ws.moderation_log.size() == 1);
    const ModerationEntry& e = ws.moderation_log[0];
    CHECK(e.id == "mod-1");
    CHECK(e.at == kCamille.at);
    CHECK(e.person_id == "cm");
    CHECK(e.message_id == "m1");
    CHECK(e.category == ModerationCategory::insult);
    CHECK(e.rule_index == 0);
    CHECK(e.article == "Charte de modération, règle 1\u00a0: Injure (Masquer, Bloquer l’auteur)");
    CHECK(e.action == ModerationAction::hide);
    CHECK(e.comment == "Capture conservée.");
    CHECK(e.evidence.text == ws.messages[0].text);
    CHECK(e.evidence.author == "Anonyme Stex");
    CHECK(e.evidence.network == Network::facebook);
    CHECK(e.evidence.account_handle == "VilleStExemple");
    CHECK(e.evidence.post_id == "p1");
    CHECK(e.evidence.link == "https://facebook.com/ville/posts/42");
    CHECK(e.evidence.received_at == utc("2026-11-22T21:47:00Z"));

    CHECK(ws.messages[0].status == MessageStatus::hidden);
    REQUIRE(ws.audit.size() == 2);
    CHECK(ws.audit[0].action == "message.moderate");
    CHECK(ws.audit[0].target_id == "m1");
    CHECK(ws.audit[0].detail == "hide:insult");
    CHECK(ws.audit[0].comment == "Capture conservée.");
    CHECK(ws.audit[1].detail == "unread>hidden");
    CHECK(describe(ws.audit[0], ws).find("Masquer (Injure)") != std::string::npos);
    CHECK(describe(ws.audit[0], ws, Lang::en).find("Hide (Insult)") != std::string::npos);

    // Hiding again changes nothing and writes nothing.
    CHECK(moderate(ws, kCamille, {"m1", ModerationCategory::insult, ModerationAction::hide, ""}).result.outcome ==
          Outcome::unchanged);
    CHECK(ws.moderation_log.size() == 1);
    // Banning the author afterwards is a decision of its own.
    const Moderated ban = moderate(ws, kCamille, {"m1", ModerationCategory::insult, ModerationAction::ban, ""});
    CHECK(ban.entry_id == "mod-2");
    CHECK(ws.moderation_log.size() == 2);
}

TEST_CASE("removing: the message leaves the inbox, its evidence stays in the log") {
    Workspace ws = desk();
    const std::string text = ws.messages[1].text;
    REQUIRE(moderate(ws, kCamille, {"m2", ModerationCategory::advertising, ModerationAction::remove, ""}).result.changed());
    CHECK(find_message(ws, "m2") == nullptr);
    REQUIRE(ws.moderation_log.size() == 1);
    CHECK(ws.moderation_log[0].message_id == "m2");
    CHECK(ws.moderation_log[0].evidence.text == text);
    CHECK(ws.moderation_log[0].evidence.author == "Promo Tapis");
    CHECK(ws.moderation_log[0].evidence.link == "https://facebook.com/ville");  // no post: the account's address
    CHECK_FALSE(check_invariants(ws));  // the log may name a message that is gone
    // The message is gone: a second decision about it is not found, the log keeps the first.
    CHECK(moderate(ws, kCamille, {"m2", ModerationCategory::advertising, ModerationAction::ban, ""}).result.outcome ==
          Outcome::not_found);
    CHECK(ws.moderation_log.size() == 1);
}

TEST_CASE("PHAROS reports leave the message as it is; a category outside the charter is refused, hate excepted") {
    Workspace ws = desk();
    ws.messages[0].text = "Mort aux juifs";
    REQUIRE(moderate(ws, kCamille, {"m1", ModerationCategory::hate, ModerationAction::report_pharos, ""}).result.changed());
    CHECK(ws.messages[0].status == MessageStatus::unread);
    CHECK(ws.moderation_log[0].rule_index == -1);
    CHECK(ws.moderation_log[0].article.rfind("Hors charte", 0) == 0);

    const auto before = ws;
    const Moderated refused = moderate(ws, kCamille, {"m1", ModerationCategory::off_topic, ModerationAction::hide, ""});
    CHECK(refused.result.outcome == Outcome::refused);
    CHECK(refused.result.error.code == ErrorCode::invalid_value);
    CHECK(refused.result.error.detail == "category_not_in_charter");
    CHECK(refused.result.error.pointer == "/charter/moderation/rules");
    CHECK(error_description(refused.result.error).find("Hors sujet") == std::string::npos);  // the code, not the label
    CHECK(error_description(refused.result.error).find("off_topic") != std::string::npos);
    CHECK(ws == before);
    CHECK(moderate(ws, kCamille, {"nope", ModerationCategory::insult, ModerationAction::hide, ""}).result.outcome ==
          Outcome::not_found);
}

TEST_CASE("undo gives the message back but never takes an entry out of the log") {
    Workspace ws = desk();
    History history;
    history.before_edit(ws);
    REQUIRE(moderate(ws, kCamille, {"m1", ModerationCategory::insult, ModerationAction::hide, ""}).result.changed());
    history.after_edit(ws, 1.0);
    REQUIRE(history.undo(ws));
    CHECK(ws.messages[0].status == MessageStatus::unread);
    CHECK(ws.moderation_log.size() == 1);
    REQUIRE(history.redo(ws));
    CHECK(ws.messages[0].status == MessageStatus::hidden);
    CHECK(ws.moderation_log.size() == 1);
}

TEST_CASE("the log and the templates survive JSON; a file without them loads with none") {
    Workspace ws = desk();
    moderate(ws, kCamille, {"m1", ModerationCategory::insult, ModerationAction::hide, "«\u00a0capture\u00a0»"});
    moderate(ws, kCamille, {"m2", ModerationCategory::advertising, ModerationAction::remove, ""});
    ws.reply_templates = {{"tpl-1", "Accusé de réception", "Bonjour {prénom}, merci."}};
    const std::string text = write_workspace(ws);
    CHECK(text.find("\"moderation_log\"") != std::string::npos);
    CHECK(text.find("\"reply_templates\"") != std::string::npos);
    const auto back = read_workspace(text);
    REQUIRE(back.ok());
    CHECK(*back == ws);

    Workspace old = desk();
    const auto read_old = read_workspace(write_workspace(old));
    REQUIRE(read_old.ok());
    CHECK(read_old->moderation_log.empty());
    CHECK(read_old->reply_templates.empty());
    // A schema 1 file (the oldest) migrates and loads with an empty log too.
    const auto v1 = read_workspace(parvis::testing::fixture("schema-v1/workspace.json"));
    REQUIRE(v1.ok());
    CHECK(v1->moderation_log.empty());
    CHECK(v1->reply_templates.empty());
}

TEST_CASE("the reader refuses an unknown category or action, and an entry without its evidence") {
    Workspace ws = desk();
    moderate(ws, kCamille, {"m1", ModerationCategory::insult, ModerationAction::hide, ""});
    const std::string good = write_workspace(ws);
    auto spoil = [&](const std::string& from, const std::string& to) {
        std::string t = good;
        const auto at = t.find(from, t.find("\"moderation_log\""));  // not the charter's own names
        REQUIRE(at != std::string::npos);
        t.replace(at, from.size(), to);
        return read_workspace(t);
    };
    const auto category = spoil("\"category\": \"insult\"", "\"category\": \"rudeness\"");
    REQUIRE_FALSE(category.ok());
    CHECK(category.error().code == ErrorCode::invalid_value);
    CHECK(category.error().pointer == "/moderation_log/0/category");
    const auto action = spoil("\"action\": \"hide\"", "\"action\": \"burn\"");
    REQUIRE_FALSE(action.ok());
    CHECK(action.error().pointer == "/moderation_log/0/action");
    const auto evidence = spoil("\"evidence\"", "\"proof\"");
    REQUIRE_FALSE(evidence.ok());
    CHECK(evidence.error().code == ErrorCode::missing_field);
}

TEST_CASE("invariants of the log and the templates: unique ids, a rule index from -1, a one-line title") {
    Workspace ws = desk();
    moderate(ws, kCamille, {"m1", ModerationCategory::insult, ModerationAction::hide, ""});
    moderate(ws, kCamille, {"m1", ModerationCategory::insult, ModerationAction::ban, ""});
    ws.reply_templates = {{"tpl-1", "A", ""}, {"tpl-2", "B", ""}};
    CHECK_FALSE(check_invariants(ws));
    struct Case {
        const char* name;
        std::function<void(Workspace&)> spoil;
        ErrorCode code;
        const char* pointer;
    };
    const std::vector<Case> cases = {
        {"duplicate entry", [](Workspace& w) { w.moderation_log[1].id = w.moderation_log[0].id; }, ErrorCode::duplicate_id,
         "/moderation_log/1/id"},
        {"empty entry id", [](Workspace& w) { w.moderation_log[0].id.clear(); }, ErrorCode::invalid_value, "/moderation_log/0/id"},
        {"rule index", [](Workspace& w) { w.moderation_log[1].rule_index = -2; }, ErrorCode::invalid_value,
         "/moderation_log/1/rule_index"},
        {"no message", [](Workspace& w) { w.moderation_log[0].message_id.clear(); }, ErrorCode::invalid_value,
         "/moderation_log/0/message_id"},
        {"duplicate template", [](Workspace& w) { w.reply_templates[1].id = "tpl-1"; }, ErrorCode::duplicate_id,
         "/reply_templates/1/id"},
        {"control character", [](Workspace& w) { w.reply_templates[0].title = "A\x1b"; }, ErrorCode::invalid_value,
         "/reply_templates/0/title"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        Workspace w = ws;
        c.spoil(w);
        const Error e = check_invariants(w);
        CHECK(e.code == c.code);
        CHECK(e.pointer == c.pointer);
        const auto r = read_workspace(write_workspace(w));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == c.code);
        CHECK(r.error().pointer == c.pointer);
        for (Lang lang : {Lang::fr, Lang::en}) CHECK_FALSE(parvis::testing::has_leftover_placeholder(error_message(r.error(), lang)));
    }
}

TEST_CASE("CSV export: French Excel's, one row per entry, formulas neutralised, read back whole") {
    Workspace ws = desk();
    moderate(ws, kCamille, {"m1", ModerationCategory::insult, ModerationAction::hide, "Capture; conservée"});
    moderate(ws, kCamille, {"m2", ModerationCategory::advertising, ModerationAction::remove, ""});
    const std::string out = inbox::moderation_log_csv(ws);
    CHECK(out.rfind("\xEF\xBB\xBF", 0) == 0);  // UTF-8 byte-order mark
    CHECK(out.find("\r\n") != std::string::npos);
    const auto table = csv::read(out);
    REQUIRE(table.ok());
    CHECK(table->separator == ';');
    REQUIRE(table->rows.size() == 3);
    const auto& header = table->rows[0].cells;
    const auto& row = table->rows[1].cells;
    REQUIRE(header.size() == row.size());
    auto cell = [&](const std::vector<std::string>& r, const std::string& column) {
        const auto it = std::find(header.begin(), header.end(), column);
        REQUIRE(it != header.end());
        return r[static_cast<std::size_t>(it - header.begin())];
    };
    CHECK(cell(row, "Référence") == "mod-1");
    CHECK(cell(row, "Date (UTC, ISO 8601)") == "2026-11-23T07:47:00Z");
    CHECK(cell(row, "Décidé par") == "Camille Le Goff (cm)");
    CHECK(cell(row, "Motif") == "Injure");
    CHECK(cell(row, "Action") == "Masquer");
    CHECK(cell(row, "Commentaire") == "Capture; conservée");
    CHECK(cell(row, "Réseau") == "Facebook");
    CHECK(cell(row, "Lien") == "https://facebook.com/ville/posts/42");
    CHECK(cell(row, "Texte du message") == ws.moderation_log[0].evidence.text);
    CHECK(cell(table->rows[2].cells, "Action") == "Supprimer");
    // A text starting like a formula is prefixed so that Excel shows it instead of running it.
    ws.moderation_log[0].evidence.text = "=HYPERLINK(\"http://x\")";
    const auto again = csv::read(inbox::moderation_log_csv(ws));
    REQUIRE(again.ok());
    CHECK(cell(again->rows[1].cells, "Texte du message") == "'=HYPERLINK(\"http://x\")");
    // English headers on request.
    CHECK(inbox::moderation_log_rows(ws, Lang::en)[0][0] == "Reference");
}

TEST_CASE("HTML export: a standalone French page, everything escaped") {
    Workspace ws = desk();
    ws.profile.name = "Ville de <Saint-Exemple> & co";
    moderate(ws, kCamille, {"m1", ModerationCategory::insult, ModerationAction::hide, "<script>alert(1)</script>"});
    const std::string page = inbox::moderation_log_html(ws, utc("2026-12-01T09:00:00Z"));
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(page.find("<html lang=\"fr\">") != std::string::npos);
    CHECK(page.find("<title>Journal de modération — Ville de &lt;Saint-Exemple&gt; &amp; co</title>") != std::string::npos);
    CHECK(page.find("Exporté le 1er déc. 2026 à 10:00") != std::string::npos);
    CHECK(page.find("Décisions enregistrées\u00a0: 1") != std::string::npos);
    CHECK(page.find("<script>") == std::string::npos);
    CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(page.find("&lt;b&gt;") != std::string::npos);  // the message's own markup, shown as text
    CHECK(page.find("<link") == std::string::npos);       // no outside file
    CHECK(page.find("<th scope=\"col\">Texte du message</th>") != std::string::npos);
    CHECK(inbox::moderation_log_html(desk(), utc("2026-12-01T09:00:00Z")).find("Aucune décision de modération.") !=
          std::string::npos);
}

}  // TEST_SUITE
