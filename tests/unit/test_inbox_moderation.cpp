// Moderation by the charter (core/inbox/moderation.h): each banned category found with the
// charter's rule and a French reason, PHAROS suggested for hate only, electoral wording stricter
// in the pre-electoral period, personal data only in public messages, repetitions, bounded work
// on hostile input — and no finding at all on the ordinary messages a town hall receives.
#include <doctest/doctest.h>

#include <algorithm>

#include "demo/demo_workspace.h"
#include "inbox/moderation.h"
#include "io/time_text.h"
#include "model/find.h"

using namespace parvis;
using namespace parvis::inbox;
using date::operator""_y;

namespace {

Instant utc(const char* iso) { return *io::parse_instant(iso); }

// The demo's charter: every category has a rule, hate lists PHAROS, insult does not.
Workspace town() {
    Workspace ws;
    ws.id = "w";
    ws.profile.name = "Ville de Saint-Exemple";
    ws.accounts = {{.id = "fb", .network = Network::facebook, .handle = "Ville"}};
    ws.services = {{.id = "voirie", .name = "Voirie", .email = "voirie@ville.fr", .phone = "02 61 91 10 20"}};
    ws.charter.moderation.rules = {
        {ModerationCategory::insult, {ModerationAction::hide, ModerationAction::ban, ModerationAction::report_pharos}},
        {ModerationCategory::defamation, {ModerationAction::hide, ModerationAction::remove}},
        {ModerationCategory::hate, {ModerationAction::remove, ModerationAction::ban, ModerationAction::report_pharos}},
        {ModerationCategory::personal_data, {ModerationAction::hide}},
        {ModerationCategory::advertising, {ModerationAction::remove}},
        {ModerationCategory::electoral_propaganda, {ModerationAction::hide}},
        {ModerationCategory::off_topic, {ModerationAction::hide}},
    };
    return ws;
}

InboxMessage message(std::string text, MessageChannel channel = MessageChannel::comment, std::string author = "Léa Martin") {
    return {.id = "m", .account_id = "fb", .channel = channel, .author = std::move(author),
            .received_at = utc("2026-06-15T10:00:00Z"), .text = std::move(text)};
}

std::vector<ModerationCategory> categories(const std::vector<ModerationFinding>& findings) {
    std::vector<ModerationCategory> out;
    for (const auto& f : findings) out.push_back(f.category);
    return out;
}

bool suggests(const ModerationFinding& f, ModerationAction a) {
    return std::find(f.actions.begin(), f.actions.end(), a) != f.actions.end();
}

// What a town hall's page receives every day, politely or not so politely, and must not flag.
const char* const kOrdinary[] = {
    "Bonjour, la rue sera fermée aussi le samedi ? Je déménage ce week-end.",
    "Trois semaines que le lampadaire devant le 14 avenue Jean-Jaurès est éteint. On paie des impôts pour quoi ? "
    "C’est inadmissible, on ne voit rien le soir.",
    "Le ramassage des ordures ménagères n’est pas passé rue des Lilas.",
    "Le banc du parc est pourri, quelqu’un va se blesser.",
    "Bonjour, comment m’inscrire sur les listes électorales ? Et où est mon bureau de vote ?",
    "Je voudrais voter par procuration pour les municipales, comment faire ?",
    "C’est gratuit pour les enfants, le spectacle de samedi ? Il reste des places ?",
    "Merci pour la remise des prix du concours de dessin, et bravo aux agents de la médiathèque.",
    "La déviation détourne tous les camions devant l’école, c’est dangereux pour les enfants.",
    "Des voleurs ont cassé la vitre de ma voiture près de la mairie cette nuit.",
    "Il y a un spectacle de Guignol et des clowns au parc ? Ma fille adore.",
    "Où acheter les billets pour le concert ? Sur le site de la ville ?",
    "Bravo pour la publication des délibérations en données ouvertes !",
    "Le vélo de ma fille a une pédale cassée, y a-t-il un atelier de réparation ?",
    "Bonjour, la vente de livres de la médiathèque, c’est quel jour ? Merci d’avance.",
};

}  // namespace

TEST_SUITE("inbox.moderation") {

TEST_CASE("ordinary messages, polite or cross, raise nothing") {
    const Workspace ws = town();
    for (const char* text : kOrdinary) {
        CAPTURE(text);
        const auto findings = review_message(message(text), ws);
        for (const auto& f : findings) INFO(f.reason);
        CHECK(findings.empty());
    }
    // In the pre-electoral period too: questions about voting are not propaganda.
    Workspace with_election = ws;
    with_election.elections = {{.id = "e", .kind = ElectionKind::municipales, .first_round = 2027_y / date::March / 14}};
    for (const char* text : kOrdinary) {
        CAPTURE(text);
        CHECK(review_message(message(text), with_election, {.day = 2026_y / date::December / 1}).empty());
    }
}

TEST_CASE("an insult: the charter's rule, a French reason quoting the words, no PHAROS") {
    const Workspace ws = town();
    const auto findings = review_message(message("Bande d’incapables, vous ne servez à rien."), ws);
    REQUIRE(findings.size() == 1);
    const ModerationFinding& f = findings[0];
    CHECK(f.category == ModerationCategory::insult);
    CHECK(f.rule_index == 0);
    CHECK(f.article == "Charte de modération, règle 1\u00a0: Injure (Masquer, Bloquer l’auteur, Signaler sur PHAROS)");
    CHECK(f.reason == "injure\u00a0: «\u00a0Bande d’incapables\u00a0»");
    // The charter lists PHAROS for insults; an insult is not manifestly illegal: not suggested.
    CHECK(f.actions == std::vector<ModerationAction>{ModerationAction::hide, ModerationAction::ban});
    CHECK(std::string(message("Bande d’incapables, vous ne servez à rien.").text).substr(f.start, f.end - f.start) ==
          "Bande d’incapables");
    const auto en = review_message(message("Quel connard ce conducteur."), ws, {.lang = Lang::en});
    REQUIRE(en.size() == 1);
    CHECK(en[0].reason == "insult: “connard”");
    CHECK(en[0].article.rfind("Moderation charter, rule 1: Insult", 0) == 0);
}

TEST_CASE("coarse words count as insult (« propos grossiers »)") {
    const auto findings = review_message(message("Putain, encore des travaux"), town());
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].category == ModerationCategory::insult);
    CHECK(findings[0].reason.find("grossiers") != std::string::npos);
}

TEST_CASE("the demo's hidden message: insult and defamation of the mayor") {
    const Workspace demo = demo_workspace(2026_y / date::November / 29);
    const InboxMessage* hidden = find_message(demo, "msg-06");
    REQUIRE(hidden != nullptr);
    const auto findings = review_message(*hidden, demo);
    CHECK(categories(findings) == std::vector{ModerationCategory::insult, ModerationCategory::defamation});
    CHECK(findings[1].reason.find("tous des voleurs") != std::string::npos);
    CHECK(findings[1].reason.find("mairie") != std::string::npos);
    for (const auto& f : findings) CHECK_FALSE(suggests(f, ModerationAction::report_pharos));
    // Every other message of the demo is ordinary.
    for (const InboxMessage& m : demo.messages) {
        if (m.id == "msg-06") continue;
        CAPTURE(m.text);
        CHECK(review_message(m, demo).empty());
    }
}

TEST_CASE("an accusation needs someone of the town hall to be defamation") {
    const Workspace ws = town();
    CHECK(categories(review_message(message("Le maire est un escroc."), ws)) == std::vector{ModerationCategory::defamation});
    CHECK(review_message(message("Ce vendeur de voitures est un escroc."), ws).empty());
}

TEST_CASE("hate and threats: PHAROS suggested, even when the charter's rule omits it or is missing") {
    Workspace ws = town();
    for (const char* text : {"Retourne dans ton pays, sale arabe.", "Je vais te tuer si tu coupes encore l’eau."}) {
        CAPTURE(text);
        const auto findings = review_message(message(text), ws);
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].category == ModerationCategory::hate);
        CHECK(findings[0].rule_index == 2);
        CHECK(suggests(findings[0], ModerationAction::report_pharos));
    }
    const auto threat = review_message(message("Je vais te tuer."), ws);
    CHECK(threat[0].reason == "menace\u00a0: «\u00a0Je vais te tuer\u00a0»");
    // A charter without a hate rule: still found (manifestly illegal), outside the charter.
    ws.charter.moderation.rules.erase(ws.charter.moderation.rules.begin() + 2);
    const auto outside = review_message(message("Mort aux juifs."), ws);
    REQUIRE(outside.size() == 1);
    CHECK(outside[0].rule_index == -1);
    CHECK(outside[0].article.rfind("Hors charte", 0) == 0);
    CHECK(outside[0].actions == std::vector<ModerationAction>{ModerationAction::report_pharos});
}

TEST_CASE("a category the charter does not ban gives no finding") {
    Workspace ws = town();
    ws.charter.moderation.rules.erase(ws.charter.moderation.rules.begin());  // no insult rule
    CHECK(review_message(message("Quel connard."), ws).empty());
    ws.charter.moderation.rules.clear();
    CHECK(review_message(message("Code promo STEX20 sur ma-boutique-shop.com"), ws).empty());
}

TEST_CASE("personal data: in a public comment, not in a private message, not the town's own contacts") {
    const Workspace ws = town();
    const auto pub = review_message(message("Appelez-moi au 06 12 34 56 78 pour le chantier."), ws);
    REQUIRE(pub.size() == 1);
    CHECK(pub[0].category == ModerationCategory::personal_data);
    CHECK(pub[0].reason == "donnée personnelle publiée (numéro de téléphone)");
    CHECK(review_message(message("Appelez-moi au 06 12 34 56 78", MessageChannel::private_message), ws).empty());
    CHECK(review_message(message("J’ai appelé le 02 61 91 10 20 sans réponse."), ws).empty());
    CHECK(categories(review_message(message("La voiture AB-123-CD est garée sur le trottoir tous les jours."), ws)) ==
          std::vector{ModerationCategory::personal_data});
}

TEST_CASE("advertising: strong markers alone, weak ones with a link or in pairs") {
    const Workspace ws = town();
    CHECK(categories(review_message(message("Code promo STEX20 : -20 % sur tout !"), ws)) ==
          std::vector{ModerationCategory::advertising});
    CHECK(categories(review_message(message("Promo sur nos tapis, achetez vite"), ws)) ==
          std::vector{ModerationCategory::advertising});
    const auto shop = review_message(message("Super idée, regardez ma-deco-shop.com"), ws);
    REQUIRE(shop.size() == 1);
    CHECK(shop[0].reason.find("ma-deco-shop.com") != std::string::npos);
    CHECK(review_message(message("Les soldes commencent quand à la ressourcerie ?"), ws).empty());
    CHECK(review_message(message("Tout est sur paris.fr et sur le site de la ville"), ws).empty());
}

TEST_CASE("electoral propaganda: calls to vote always, campaign wording in the pre-electoral period only") {
    Workspace ws = town();
    ws.elections = {{.id = "e", .kind = ElectionKind::municipales, .first_round = 2027_y / date::March / 14}};
    const auto call = review_message(message("Votez pour la liste Agir ensemble !"), ws, {.day = 2026_y / date::June / 1});
    REQUIRE(call.size() == 1);
    CHECK(call[0].category == ModerationCategory::electoral_propaganda);
    CHECK(call[0].reason.find("appel au vote") != std::string::npos);

    const char* campaign = "Rejoignez notre liste, le maire sortant a fait son temps.";
    // June 2026: before 1 September 2026, the start of the period for March 2027.
    CHECK(review_message(message(campaign), ws, {.day = 2026_y / date::June / 1}).empty());
    const auto during = review_message(message(campaign), ws, {.day = 2026_y / date::September / 1});
    REQUIRE(during.size() == 1);
    CHECK(during[0].reason.find("période préélectorale") != std::string::npos);
    CHECK(during[0].reason.find("municipales") != std::string::npos);
    // The day of a message comes from its reception, in the collectivité's zone.
    InboxMessage m = message(campaign);
    m.received_at = utc("2026-08-31T22:30:00Z");  // 1 September, 00:30 in Paris
    CHECK(review_message(m, ws).size() == 1);
    m.received_at = utc("2026-08-31T21:30:00Z");  // 31 August, 23:30 in Paris
    CHECK(review_message(m, ws).empty());
}

TEST_CASE("off topic: the same text posted again and again by one author") {
    Workspace ws = town();
    const std::string spam = "Allez voir la vidéo de mon chat qui fait du piano, trop drôle";
    for (int i = 0; i < 3; ++i) {
        InboxMessage m = message(i == 1 ? "Allez voir la vidéo de mon CHAT qui fait du piano,\ntrop drôle" : spam,
                                 MessageChannel::comment, "Kevin");
        m.id = "m" + std::to_string(i);
        ws.messages.push_back(m);
        const auto findings = review_message(ws.messages.back(), ws);
        if (i < 2) {
            CHECK(findings.empty());
        } else {
            REQUIRE(findings.size() == 1);
            CHECK(findings[0].category == ModerationCategory::off_topic);
            CHECK(findings[0].reason == "même message publié 3 fois par Kevin");
        }
    }
    // Another author's same words are not a repetition.
    InboxMessage other = message(spam, MessageChannel::comment, "Sonia");
    other.id = "o";
    ws.messages.push_back(other);
    CHECK(review_message(other, ws).empty());
}

TEST_CASE("repetitions are looked for within a budget of text compared") {
    Workspace ws = town();
    const std::string spam(15 * 1024, 'z');
    // The same author's other long messages, of the same length, use up the budget first...
    for (int i = 0; i < 100; ++i) {
        InboxMessage filler = message(std::string(15 * 1024, static_cast<char>('a' + i % 20)), MessageChannel::comment, "Bot");
        filler.id = "f" + std::to_string(i);
        ws.messages.push_back(filler);
    }
    // ...so copies beyond it are not compared (a hostile workspace costs what 1 MB costs).
    for (int i = 0; i < 3; ++i) {
        InboxMessage copy = message(spam, MessageChannel::comment, "Bot");
        copy.id = "c" + std::to_string(i);
        ws.messages.push_back(copy);
    }
    CHECK(review_message(ws.messages.back(), ws).empty());
    // The same copies early in the inbox are found.
    std::rotate(ws.messages.begin(), ws.messages.end() - 3, ws.messages.end());
    const auto findings = review_message(ws.messages[2], ws);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].category == ModerationCategory::off_topic);
}

TEST_CASE("several categories at once, in the order of the charter's categories") {
    const auto findings = review_message(
        message("Connard de maire, c’est un escroc. Code promo sur ma-boutique-shop.com, votez pour moi"), town());
    CHECK(categories(findings) == std::vector{ModerationCategory::insult, ModerationCategory::defamation,
                                              ModerationCategory::advertising, ModerationCategory::electoral_propaganda});
}

TEST_CASE("bounded on hostile input: only the first 16 KB are read") {
    const Workspace ws = town();
    std::string huge(1024 * 1024, 'a');
    for (std::size_t i = 100; i < huge.size(); i += 100) huge[i] = ' ';
    huge += " connard";  // beyond the cap: not read
    CHECK(review_message(message(huge), ws).empty());
    std::string early = "connard " + huge;
    CHECK(review_message(message(early), ws).size() == 1);
    // Invalid UTF-8 and a cut in the middle of a character do no harm.
    std::string bytes(kMaxModeratedBytes - 1, 'x');
    bytes += "\xC3\xA9\xFF\xFE connard";
    CHECK(review_message(message(bytes), ws).empty());
    CHECK(review_text("\xFF\xFE\xFD", ws, 2026_y / date::June / 1).empty());
}

TEST_CASE("the labels and articles read in both languages") {
    const Workspace ws = town();
    CHECK(category_label(ModerationCategory::hate) == "Haine");
    CHECK(action_label(ModerationAction::report_pharos, Lang::en) == "Report to PHAROS");
    CHECK(charter_rule_index(ws.charter.moderation, ModerationCategory::advertising) == 4);
    CHECK(charter_article(ws.charter.moderation, 4, ModerationCategory::advertising) ==
          "Charte de modération, règle 5\u00a0: Publicité (Supprimer)");
    CHECK(charter_article(ws.charter.moderation, 99, ModerationCategory::advertising, Lang::en) ==
          "Outside the charter: Advertising (manifestly illegal content)");
}

}  // TEST_SUITE
