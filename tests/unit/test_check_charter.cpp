// The charter rules on French texts written for the test: register, exclamation marks,
// capitals, emoji, hashtags, inclusive writing, word lists, signature, links, alt texts,
// typography, personal data, tone signal, lengths; and a well-written post with no finding.
#include <doctest/doctest.h>

#include <string>

#include "check/check.h"
#include "check_support.h"

using namespace parvis;
using namespace parvis::check;
using parvis::testing::dump;
using parvis::testing::of_rule;
using parvis::testing::spans;

namespace {

Charter charter_with(Register reg) {
    Charter c;
    c.register_ = reg;
    return c;
}

}  // namespace

TEST_CASE("a well-written post gives no finding at all") {
    const std::string text =
        "Samedi 14\u202Fjuin, la fête du quartier des Tilleuls revient\u202F! Au programme\u202F: jeux pour les "
        "enfants, concert à 18\u202Fh et repas partagé. Venez avec vos voisins. Toutes les informations sont sur "
        "mairie-exemple.fr/fete. #FêteDesTilleuls #SaintExemple";
    Charter charter;
    charter.signature = "";
    const std::vector<Media> media = {{.kind = MediaKind::image, .name = "affiche.jpg",
                                       .alt_text = "Affiche de la fête : des enfants dansent sous les tilleuls."}};
    const CheckResult r = check_text(text, {.networks = {Network::facebook, Network::mastodon, Network::linkedin},
                                            .charter = &charter, .media = &media});
    CHECK_MESSAGE(r.findings.empty(), dump(r, text));
    CHECK(r.score == 100);
    CHECK(r.counts.size() == 3);
    CHECK(r.counts[0].valid);
}

TEST_CASE("register: mixing flagged without a charter; the charter's choice otherwise") {
    const std::string text = "Vous pouvez venir avec vos enfants. Tu peux aussi t’inscrire en ligne.";
    const CheckResult mixed = check_text(text);
    CHECK(spans(text, mixed, "register_mixed") == std::vector<std::string>{"Tu", "t’"});
    const Charter vous = charter_with(Register::vous);
    CHECK(spans(text, check_text(text, {.charter = &vous}), "register_off_charter") == std::vector<std::string>{"Tu", "t’"});
    const Charter tu = charter_with(Register::tu);
    const CheckResult r = check_text(text, {.charter = &tu});
    CHECK(spans(text, r, "register_off_charter") == std::vector<std::string>{"Vous", "vos"});
    CHECK(of_rule(r, "register_off_charter")[0].message.find("tutoiement") != std::string::npos);
    CHECK(of_rule(check_text("Vous êtes les bienvenus."), "register_mixed").empty());
}

TEST_CASE("exclamation: repeated marks, ?!, and the charter's density") {
    const std::string text = "Quelle fête !! Vraiment ?! Bravo ! Merci !";
    const CheckResult r = check_text(text);
    CHECK(spans(text, r, "exclamation_repeated") == std::vector<std::string>{"!!"});
    CHECK(of_rule(r, "exclamation_repeated")[0].suggestions[0] == "!");
    CHECK(of_rule(r, "exclamation_repeated")[0].fix_is_safe);
    CHECK(spans(text, r, "exclamation_interrobang") == std::vector<std::string>{"?!"});
    CHECK(spans(text, r, "exclamation_density") == std::vector<std::string>{"?!"});  // the second one: sparing
    Charter avoid;
    avoid.exclamation = ExclamationPolicy::avoid;
    CHECK(of_rule(check_text(text, {.charter = &avoid}), "exclamation_policy").size() == 4);
    Charter free;
    free.exclamation = ExclamationPolicy::free;
    const CheckResult f = check_text(text, {.charter = &free});
    CHECK(of_rule(f, "exclamation_density").empty());
    CHECK(of_rule(f, "exclamation_repeated").size() == 1);
}

TEST_CASE("capitals: runs of two words or more; acronyms alone are fine") {
    const std::string text = "GRANDE FÊTE À LA MAIRIE demain. Le CCAS et la SNCF vous informent. L’ÉTÉ ARRIVE.";
    const CheckResult r = check_text(text);
    CHECK(spans(text, r, "capitals") == std::vector<std::string>{"GRANDE FÊTE À LA MAIRIE", "ÉTÉ ARRIVE"});
    CHECK(of_rule(r, "capitals")[0].suggestions[0] == "Grande fête à la mairie");
}

TEST_CASE("emoji: policy none, faces, mid-sentence, bullets, count") {
    const std::string text = "Rendez-vous 🎉 au parc demain 😀\n📍 Parc des Tilleuls\n🕒 À partir de 14\u202Fh\n🎶 Concert";
    const CheckResult sparing = check_text(text);
    CHECK(spans(text, sparing, "emoji_mid_sentence") == std::vector<std::string>{"🎉"});
    CHECK(spans(text, sparing, "emoji_bullet") == std::vector<std::string>{"📍", "🕒", "🎶"});
    CHECK(of_rule(sparing, "emoji_bullet")[0].suggestions[0] == "–");
    CHECK(of_rule(sparing, "emoji_count").size() == 1);  // 5 emoji, 3 at most when sparing
    CHECK(of_rule(sparing, "emoji_policy").empty());
    Charter none;
    none.emoji = EmojiPolicy::none;
    const CheckResult r = check_text(text, {.charter = &none});
    const auto policy = of_rule(r, "emoji_policy");
    REQUIRE(policy.size() == 5);
    CHECK(policy[1].message.find("visage") != std::string::npos);  // 😀
    CHECK(policy[0].message.find("visage") == std::string::npos);  // 🎉
}

TEST_CASE("hashtags: count over the charter's maximum, CamelCase, placement") {
    const std::string text = "Le #marché de Noël ouvre. #noelasaintexemple #Culture #Fêtes #Hiver";
    const CheckResult r = check_text(text);
    CHECK(spans(text, r, "hashtag_count") == std::vector<std::string>{"#Fêtes", "#Hiver"});  // 3 at most by default
    CHECK(spans(text, r, "hashtag_camel_case") == std::vector<std::string>{"#noelasaintexemple"});
    CHECK(spans(text, r, "hashtag_placement") == std::vector<std::string>{"#marché"});
    Charter five;
    five.max_hashtags = 5;
    five.camel_case_hashtags = false;
    const CheckResult r5 = check_text(text, {.charter = &five});
    CHECK(of_rule(r5, "hashtag_count").empty());
    CHECK(of_rule(r5, "hashtag_camel_case").empty());
}

TEST_CASE("inclusive writing: abbreviated forms and epicene wordings per the charter") {
    const std::string text = "Les élu·e·s et les habitant(e)s accueillent les agriculteur·rice·s et les "
                             "conseiller.ère.s. Les habitants sont invités.";
    const CheckResult r = check_text(text);  // default charter: doublets and epicene words
    CHECK(spans(text, r, "inclusive_abbreviated") ==
          std::vector<std::string>{"élu·e·s", "habitant(e)s", "agriculteur·rice·s", "conseiller.ère.s"});
    const auto f = of_rule(r, "inclusive_abbreviated");
    REQUIRE(f.size() == 4);
    CHECK(f[0].suggestions[0] == "élues et élus");
    CHECK(f[1].suggestions[0] == "habitantes et habitants");
    CHECK(f[2].suggestions[0] == "agricultrices et agriculteurs");
    CHECK(f[3].suggestions[0] == "conseillères et conseillers");
    CHECK(spans(text, r, "inclusive_epicene") == std::vector<std::string>{"Les habitants"});
    CHECK(of_rule(r, "inclusive_epicene")[0].suggestions[0] == "La population");
    Charter allowed;
    allowed.inclusive = InclusiveWriting::median_point_allowed;
    const CheckResult a = check_text(text, {.charter = &allowed});
    CHECK(of_rule(a, "inclusive_abbreviated").empty());
    CHECK(of_rule(a, "inclusive_epicene").empty());
    // A sentence that ends with a word and a dot is not an abbreviated form.
    CHECK(of_rule(check_text("Merci à tous les élus. Et bonne soirée."), "inclusive_abbreviated").empty());
}

TEST_CASE("forbidden and preferred words of the charter, signature, link shorteners") {
    Charter c;
    c.forbidden_words = {{.word = "vidéoprotection", .replacement = "", .reason = "terme contesté"}};
    c.preferred_words = {{.word = "mail", .replacement = "courriel", .reason = "français"}};
    c.signature = "— L’équipe de la mairie";
    const std::string text = "La Vidéoprotection arrive. Envoyez un Mail ou voyez bit.ly/3xYz et https://tinyurl.com/abc.";
    const CheckResult r = check_text(text, {.charter = &c});
    CHECK(spans(text, r, "forbidden_word") == std::vector<std::string>{"Vidéoprotection"});
    CHECK(of_rule(r, "forbidden_word")[0].severity == Severity::error);
    CHECK(of_rule(r, "forbidden_word")[0].message.find("terme contesté") != std::string::npos);
    CHECK(spans(text, r, "preferred_word") == std::vector<std::string>{"Mail"});
    CHECK(of_rule(r, "preferred_word")[0].suggestions[0] == "Courriel");
    CHECK(of_rule(r, "preferred_word")[0].fix_is_safe);
    CHECK(spans(text, r, "link_shortener") == std::vector<std::string>{"bit.ly/3xYz", "https://tinyurl.com/abc"});
    const auto sig = of_rule(r, "signature_missing");
    REQUIRE(sig.size() == 1);
    CHECK(sig[0].start == text.size());
    CHECK(apply_fix(text, sig[0]) == text + "\n— L’équipe de la mairie");
    CHECK(of_rule(check_text(text + "\n— l'équipe de la Mairie", {.charter = &c}), "signature_missing").empty());
}

TEST_CASE("alt text for every image (RGAA), subtitles for videos") {
    const std::vector<Media> media = {{.kind = MediaKind::image, .name = "photo1.jpg", .alt_text = "  "},
                                      {.kind = MediaKind::image, .name = "photo2.jpg", .alt_text = "IMG_2041.JPG"},
                                      {.kind = MediaKind::image, .name = "photo3.jpg", .alt_text = "Le maire coupe le ruban."},
                                      {.kind = MediaKind::video, .name = "clip.mp4", .alt_text = "", .subtitles = false}};
    const CheckResult r = check_text("Inauguration de la médiathèque.", {.media = &media});
    REQUIRE(of_rule(r, "alt_text_missing").size() == 1);
    CHECK(of_rule(r, "alt_text_missing")[0].severity == Severity::error);
    CHECK(of_rule(r, "alt_text_missing")[0].message.find("photo1.jpg") != std::string::npos);
    CHECK(of_rule(r, "alt_text_file_name").size() == 1);
    CHECK(of_rule(r, "video_subtitles").size() == 1);
}

TEST_CASE("typography: the space before ; : ! ?, the ellipsis, and X's weight of U+202F") {
    const std::string text = "Attention: travaux ! Pourquoi? Voir aussi ; fin... Horaires 8:30 :) ok\u202F!";
    const CheckResult r = check_text(text, {.networks = {Network::x}});
    CHECK(spans(text, r, "typo_space_before") == std::vector<std::string>{":", " !", "?", " ;"});
    const auto f = of_rule(r, "typo_space_before");
    CHECK(f[0].suggestions[0] == "\u202F:");
    CHECK(f[0].fix_is_safe);
    CHECK(apply_fix(text, f[1]).find("travaux\u202F!") != std::string::npos);
    CHECK(spans(text, r, "typo_ellipsis") == std::vector<std::string>{"..."});
    CHECK(of_rule(r, "x_weight_note").size() == 1);
    CHECK(of_rule(check_text(text), "x_weight_note").empty());  // only when X is a target
}

TEST_CASE("personal data in a public reply: phone, e-mail, postal address") {
    const std::string text = "Bonjour, appelez le 06 12 34 56 78 ou le +33 1 23 45 67 89, écrivez à "
                             "jean.dupont@exemple.fr ou passez au 12 bis rue des Lilas.";
    const CheckResult reply = check_text(text, {.is_reply = true});
    CHECK(spans(text, reply, "personal_data") ==
          std::vector<std::string>{"06 12 34 56 78", "+33 1 23 45 67 89", "jean.dupont@exemple.fr", "12 bis rue des Lilas"});
    CHECK(of_rule(reply, "personal_data")[0].category == "donnees_personnelles");
    CHECK(of_rule(reply, "personal_data")[0].message.find("message privé") != std::string::npos);
    CHECK(of_rule(check_text(text), "personal_data").empty());  // a post, not a reply
}

TEST_CASE("tone signal of a reply: trigger words and a 0–100 score") {
    const std::string text = "C’est faux, et c’est inadmissible de dire n’importe quoi. Comme d’habitude, vous "
                             "n’avez rien compris !!";
    const CheckResult r = check_text(text, {.is_reply = true});
    CHECK(spans(text, r, "tone_word") ==
          std::vector<std::string>{"C’est faux", "inadmissible", "n’importe quoi", "Comme d’habitude", "vous n’avez rien compris"});
    const auto signal = of_rule(r, "tone_signal");
    REQUIRE(signal.size() == 1);
    CHECK(signal[0].severity == Severity::warning);
    CHECK(signal[0].message.find("inadmissible") != std::string::npos);
    CHECK(r.tone_score == 100);
    const CheckResult calm = check_text("Merci pour votre message, nous transmettons au service des espaces verts.",
                                        {.is_reply = true});
    CHECK(calm.tone_score == 0);
    CHECK(of_rule(calm, "tone_signal").empty());
    CHECK(of_rule(check_text(text), "tone_signal").empty());  // posts have no tone signal
}

TEST_CASE("lengths per network: the part beyond the limit is the span") {
    std::string text;
    for (int i = 0; i < 30; ++i) text += "Le marché est ouvert. ";
    const CheckResult r = check_text(text, {.networks = {Network::x, Network::linkedin}});
    const auto over = of_rule(r, "length_over");
    REQUIRE(over.size() == 1);
    CHECK(over[0].severity == Severity::error);
    CHECK(over[0].start == r.counts[0].valid_bytes_end);
    CHECK(over[0].end == text.size());
    CHECK(over[0].message.find("Sur X,") == 0);
    CHECK(r.counts[1].valid);
    std::string links;
    for (int i = 0; i < 6; ++i) links += "https://exemple.fr/" + std::to_string(i) + " ";
    CHECK(of_rule(check_text(links, {.networks = {Network::threads}}), "length_links").size() == 1);
}

TEST_CASE("findings are sorted by start; the score goes down with severity; never a crash") {
    const std::string text = "AFIN DE VENIR!! Tu viens? Vous venez.";
    const CheckResult r = check_text(text);
    for (std::size_t i = 1; i < r.findings.size(); ++i) CHECK(r.findings[i - 1].start <= r.findings[i].start);
    CHECK(r.score < 100);
    CHECK(r.score >= 0);
    for (const Finding& f : r.findings) {
        CHECK(f.end <= text.size());
        CHECK(f.start <= f.end);
        CHECK_FALSE(f.message.empty());
        CHECK(f.message.find("check.") == std::string::npos);  // every key has its text
    }
    const std::string junk = std::string("\xFF\xFE\xC3 !! ?! #\x80 @ \xF0\x9F", 18) + std::string(1, '\0') + "…";
    const CheckResult j = check_text(junk, {.networks = {Network::x, Network::bluesky}, .is_reply = true});
    for (const Finding& f : j.findings) CHECK(f.end <= junk.size());
    CHECK(check_text("").findings.empty());
}
