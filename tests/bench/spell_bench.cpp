// Benchmark of the spelling rule (core/spell): the time of spelling_findings on a 3,000-character
// French post, as the composer runs it on every keystroke (suggestions from memory only), plus
// the one-off costs: loading the dictionary, the first check of a text (nothing remembered yet),
// one suggestion. Prints medians. Run: ./build/native/tests/parvis_spell_bench [runs]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "spell/dictionary.h"
#include "spell/spelling.h"

using namespace parvis;
using Clock = std::chrono::steady_clock;

namespace {

// About 3,000 characters of a town hall's post, with two typos (« ouvrte », « inscirption ») and
// local names (« Kerbrat », « Glycines »).
const char* const kPost =
    "Bonjour à tous ! La mairie de Saint-Exemple vous informe que les travaux de réfection de la rue "
    "des Glycines commenceront le lundi 2 mars à 8h00 et dureront environ trois semaines. Pendant "
    "cette période, la circulation sera alternée et le stationnement interdit du numéro 12 au numéro "
    "48. Les riverains pourront accéder à leur garage en dehors des heures de chantier, de 17h30 à "
    "7h30. Nous vous remercions de votre compréhension et de votre patience.\n\n"
    "La médiathèque reste ouvrte aux horaires habituels : le mardi et le jeudi de 14 h à 18 h, le "
    "mercredi et le samedi de 10 h à 12 h et de 14 h à 18 h. L’accès se fait par la place Kerbrat, "
    "où un cheminement piéton sécurisé a été aménagé. Les personnes à mobilité réduite peuvent "
    "demander un accompagnement en appelant l’accueil de la mairie.\n\n"
    "Qu’il pleuve ou qu’il vente, le marché du samedi matin est maintenu sur la place de l’Église. "
    "Les commerçants seront heureux de vous retrouver, comme chaque semaine, avec leurs fruits, "
    "leurs légumes, leurs fromages et leurs fleurs. Pensez à apporter vos sacs réutilisables : "
    "depuis le 1er janvier, les sacs en plastique à usage unique ne sont plus distribués.\n\n"
    "Par ailleurs, les inscriptions pour le centre de loisirs des vacances de printemps sont "
    "ouvertes jusqu’au vendredi 20 mars. L’inscirption se fait en ligne sur le portail famille ou "
    "à l’accueil de la mairie, aux heures d’ouverture. N’oubliez pas de fournir le carnet de santé "
    "de votre enfant et une attestation d’assurance. Le programme des activités sera publié la "
    "semaine prochaine : sorties à la ferme pédagogique, ateliers de cuisine, jeux sportifs, "
    "initiation au théâtre et peut-être une visite du château, si la météo le permet.\n\n"
    "Le conseil municipal se réunira le jeudi 12 mars à 19 h dans la salle des fêtes. La séance est "
    "publique et l’ordre du jour sera affiché dès lundi sur les panneaux municipaux. Parmi les "
    "points prévus : le budget primitif, la rénovation énergétique de l’école élémentaire, la "
    "convention avec l’intercommunalité pour le ramassage des déchets verts et la création d’un "
    "conseil municipal des jeunes. Chacun peut y assister, dans la limite des places disponibles.\n\n"
    "Enfin, nous rappelons que la collecte des encombrants aura lieu le premier mercredi du mois. "
    "Il est nécessaire de s’inscrire au préalable auprès des services techniques, par téléphone ou "
    "par courriel. Les objets doivent être déposés sur le trottoir la veille au soir, sans gêner le "
    "passage des piétons, des poussettes et des fauteuils roulants. Merci à toutes et à tous pour "
    "votre civisme et bonne semaine à chacune et à chacun ! Retrouvez toutes les informations "
    "utiles sur notre site internet et sur nos réseaux sociaux.\n\n"
    "Dernière minute : en raison des fortes pluies annoncées pour la nuit de dimanche à lundi, les "
    "services techniques installeront des barrières le long du ruisseau. Nous vous demandons de ne "
    "pas stationner près des berges et de rester prudents sur les routes communales. En cas "
    "d’urgence, composez le 112 ; pour toute autre question, l’astreinte municipale répond jour et nuit.";

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    const std::string post = kPost;
    const std::vector<std::string> local = {"Kerbrat", "Glycines", "Saint-Exemple"};

    Clock::time_point t0 = Clock::now();
    Result<spell::Dictionary> loaded = spell::Dictionary::load(PARVIS_SPELL_AFF, PARVIS_SPELL_DIC);
    const double load_ms = ms_since(t0);
    if (!loaded.ok()) {
        std::printf("Dictionnaire introuvable : %s\n", error_message(loaded.error()).c_str());
        return 1;
    }
    const spell::Dictionary& dictionary = loaded.value();
    const spell::SpellingOptions live{spell::Suggestions::cached_only};

    t0 = Clock::now();
    std::vector<check::Finding> findings = spell::spelling_findings(post, dictionary, local, Lang::fr, live);
    const double first_ms = ms_since(t0);

    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        t0 = Clock::now();
        findings = spell::spelling_findings(post, dictionary, local, Lang::fr, live);
        times.push_back(ms_since(t0));
    }

    std::vector<double> suggest_times;
    for (const char* word : {"ouvrte", "inscirption", "mairei"}) {
        t0 = Clock::now();
        (void)dictionary.suggest(word);
        suggest_times.push_back(ms_since(t0));
    }

    std::size_t characters = 0;
    for (const char c : post) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    std::printf("Post: %zu characters (%zu bytes), %zu findings:", characters, post.size(), findings.size());
    for (const check::Finding& f : findings) std::printf(" «%s»", post.substr(f.start, f.end - f.start).c_str());
    std::printf("\n");
    std::printf("Dictionary load:                          %8.1f ms\n", load_ms);
    std::printf("First check (no word remembered yet):     %8.3f ms\n", first_ms);
    std::printf("spelling_findings, median of %4d runs:   %8.3f ms\n", runs, median(times));
    std::printf("suggest() on one unknown word, median:    %8.1f ms\n", median(suggest_times));
    return 0;
}
