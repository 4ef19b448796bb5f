// The demo's strategy: who the commune is, where it posts, what it aims at, its editorial and
// moderation charter, its team and the services citizens are sent to.
#include "demo/demo_internal.h"

namespace parvis::demo {
namespace {

using date::operator""_y;

Target target(std::string kpi, std::string comparison, double value, std::string unit,
              std::string network_id = {}) {
    return Target{std::move(kpi), std::move(comparison), value, std::move(unit), std::move(network_id)};
}

NetworkAccount account(const char* id, Network network, std::string handle, std::string url,
                       Day opened, std::string instance = {}) {
    NetworkAccount a;
    a.id = id;
    a.network = network;
    a.handle = std::move(handle);
    a.url = std::move(url);
    a.instance = std::move(instance);
    a.opened_on = opened;
    return a;
}

// The charter as published under the « À propos » of every account. Written for the public:
// plain words, the rules, the legal basis, how to appeal.
constexpr const char* kModerationText =
    "Charte de modération des comptes de la Ville de Saint-Exemple\n"
    "\n"
    "Les comptes de la Ville de Saint-Exemple sur Facebook, Instagram, LinkedIn, X et Mastodon "
    "(social.saint-exemple.fr) sont des espaces d’information et d’échange sur la vie de la "
    "commune et ses services. Chacun peut y réagir, poser une question ou exprimer un désaccord, "
    "dans le respect des autres. La Ville y répond du lundi au vendredi, de 8 h 30 à 17 h 30, "
    "en général dans les quatre heures ouvrées.\n"
    "\n"
    "Les messages sont modérés après leur publication. Sont masqués ou supprimés, sans préavis, "
    "les contenus injurieux, diffamatoires, racistes, sexistes, homophobes ou incitant à la haine "
    "ou à la violence, ceux qui portent atteinte à la vie privée ou publient des données "
    "personnelles (adresse, téléphone, photo d’un tiers), la publicité et les messages "
    "commerciaux, la propagande électorale, ainsi que les messages sans rapport avec le sujet "
    "publiés de façon répétée. Ces règles s’appliquent dans le cadre de la loi du 29 juillet 1881 "
    "sur la liberté de la presse, qui définit notamment l’injure et la diffamation.\n"
    "\n"
    "Un message masqué reste visible de son auteur et de ses amis ; en cas de récidive, l’auteur "
    "peut être bloqué. Les contenus manifestement illicites (appel à la haine, menaces, apologie "
    "du terrorisme, pédocriminalité) sont signalés sur la plateforme PHAROS du ministère de "
    "l’Intérieur (internet-signalement.gouv.fr) et peuvent faire l’objet d’un dépôt de plainte.\n"
    "\n"
    "Pour une démarche personnelle, un signalement dans l’espace public ou une réclamation, "
    "écrivez-nous en message privé ou utilisez le formulaire de contact du site "
    "www.saint-exemple.fr : vos coordonnées ne doivent pas être publiées en commentaire. "
    "Pour contester une décision de modération, écrivez à communication@saint-exemple.fr.";

}  // namespace

Profile demo_profile() {
    Profile p;
    p.name = "Ville de Saint-Exemple";
    p.kind = CollectivityKind::commune;
    p.population = 31420;
    // Ille-et-Vilaine (35) numbers its communes up to about 35 365: 35999 names none of them.
    p.insee_code = "35999";
    p.time_zone = kTimeZone;
    p.territory = "Saint-Exemple Agglomération, Ille-et-Vilaine (35), Bretagne";
    return p;
}

std::vector<NetworkAccount> demo_accounts() {
    using date::March, date::May, date::September, date::January, date::February;
    return {
        account(kFacebook, Network::facebook, "Ville de Saint-Exemple",
                "https://www.facebook.com/villedesaintexemple", 2011_y / March / 14),
        account(kInstagram, Network::instagram, "@saintexemple_ville",
                "https://www.instagram.com/saintexemple_ville", 2016_y / May / 2),
        account(kX, Network::x, "@VilleStExemple", "https://x.com/VilleStExemple",
                2012_y / September / 10),
        account(kLinkedIn, Network::linkedin, "Ville de Saint-Exemple",
                "https://www.linkedin.com/company/ville-de-saint-exemple", 2018_y / January / 15),
        account(kMastodon, Network::mastodon, "@ville", "https://social.saint-exemple.fr/@ville",
                2023_y / February / 6, "social.saint-exemple.fr"),
    };
}

std::vector<Objective> demo_objectives(Day today) {
    const Day end_of_year = today.year() / date::December / 31;
    const Day end_of_next_year = (today.year() + date::years{1}) / date::December / 31;
    return {
        {"obj-reactivite", "Répondre vite et bien",
         "Chaque question reçue en commentaire ou en message privé obtient une réponse utile, ou "
         "une orientation vers le bon service, dans la demi-journée ouvrée.",
         {target("median_response_hours", "<=", 4, "h"),
          target("response_rate", ">=", 95, "%")},
         end_of_year, "interact"},
        {"obj-engagement", "Faire participer les habitants",
         "Des publications qui suscitent réactions, questions et partages plutôt que des "
         "communiqués : photos du territoire, coulisses des services, appels à participation.",
         {target("engagement_rate_reach", ">=", 3, "%", kFacebook),
          target("engagement_rate_reach", ">=", 3.5, "%", kInstagram)},
         end_of_year, "link"},
        {"obj-communaute", "Élargir la communauté",
         "Toucher les nouveaux arrivants et les 15–25 ans, peu présents sur Facebook ; faire "
         "connaître le compte Mastodon de la Ville.",
         {target("community_growth_rate", ">=", 10, "%"),
          target("community_growth_rate", ">=", 25, "%", kMastodon)},
         end_of_next_year, "proximity"},
        {"obj-recrutement", "Recruter",
         "Faire connaître les offres d’emploi de la Ville (une centaine de postes par an, dont les "
         "saisonniers de l’été) et la fonction publique territoriale.",
         {target("applications_from_social", ">=", 40, "candidatures", kLinkedIn),
          target("click_rate_impressions", ">=", 1.5, "%", kLinkedIn)},
         end_of_year, "recruit"},
        {"obj-alerte", "Alerter et protéger",
         "En cas d’alerte (météo, coupure d’eau, crise), informer sur tous les comptes dans la "
         "demi-heure, en lien avec le plan communal de sauvegarde.",
         {target("alert_publication_minutes", "<=", 30, "min")},
         end_of_year, "alert"},
    };
}

Charter demo_charter() {
    Charter c;
    c.message_types = {
        // Institutional news engages the mayor's team: the DGS checks the facts, then the élu.
        {kTypeCivic, "Vie municipale", 0.20, {Role::validator_dgs, Role::validator_elected}},
        {kTypeServices, "Services pratiques", 0.25, {}},
        // An alert cannot wait for a validation circuit: the PCS already decided it.
        {kTypeAlert, "Alerte et prévention", 0.05, {}},
        {kTypeAgenda, "Agenda et événements", 0.25, {}},
        {kTypeJobs, "Recrutement", 0.10, {Role::communication_director}},
        // 5 % are left free for what no plan foresees (a hailstorm, a sports title…).
        {kTypeTerritory, "Valorisation du territoire", 0.10, {Role::communication_director}},
    };
    c.audiences = {
        "Habitantes et habitants de Saint-Exemple",
        "Familles et parents d’élèves",
        "Seniors et aidants",
        "Jeunes de 15 à 25 ans",
        "Associations et bénévoles",
        "Commerçants, artisans et entreprises",
        "Candidates et candidats à un emploi public",
        "Nouveaux arrivants",
        "Journalistes et médias locaux",
    };
    c.register_ = Register::vous;
    c.humour = true;
    c.emoji = EmojiPolicy::sparing;
    c.exclamation = ExclamationPolicy::sparing;
    c.inclusive = InclusiveWriting::doublets_and_epicene;
    c.forbidden_words = {
        {"administrés", "habitants", "On s’adresse à des habitantes et des habitants, pas à des "
                                     "sujets d’une administration."},
        {"n’hésitez pas", "", "Formule creuse : dites directement quoi faire et comment."},
        {"quartiers sensibles", "", "Stigmatisant : nommer le quartier."},
        {"etc.", "", "Donner la liste utile ou renvoyer vers la page complète."},
    };
    c.preferred_words = {
        {"suite à", "après", "« Suite à » est critiqué ; « après » ou « à la suite de » est plus clair."},
        {"afin de", "pour", "Plus court, plus direct."},
        {"dans le cadre de", "pour", "Formule administrative."},
        {"solliciter", "demander", "Mot courant."},
        {"usagers", "habitants", "Sauf pour un service précis (usagers de la piscine)."},
        {"mail", "courriel", "Recommandation de la Commission d’enrichissement de la langue française."},
        {"CCAS", "centre communal d’action sociale (CCAS)", "Développer le sigle à sa première apparition."},
    };
    c.signature = "L’équipe de la Ville de Saint-Exemple";
    c.max_hashtags = 3;
    c.camel_case_hashtags = true;
    c.rhythm = {
        {kFacebook, 5, 10, 2},
        {kInstagram, 3, 5, 1},
        {kX, 5, 15, 4},
        {kLinkedIn, 1, 3, 1},
        {kMastodon, 4, 10, 3},
    };
    c.business_hours = BusinessHours{};  // lundi–vendredi, 8 h 30–17 h 30, réponse sous 4 h
    c.moderation.moderation_after_publication = true;
    c.moderation.rules = {
        {ModerationCategory::insult, {ModerationAction::hide, ModerationAction::ban}},
        {ModerationCategory::defamation, {ModerationAction::hide, ModerationAction::remove}},
        {ModerationCategory::hate,
         {ModerationAction::remove, ModerationAction::ban, ModerationAction::report_pharos}},
        {ModerationCategory::personal_data, {ModerationAction::hide}},
        {ModerationCategory::advertising, {ModerationAction::remove}},
        {ModerationCategory::electoral_propaganda, {ModerationAction::hide}},
        {ModerationCategory::off_topic, {ModerationAction::hide}},
    };
    c.moderation.public_text = kModerationText;
    c.moderation.alert_person_id = kCommunicationDirector;  // a hostile thread: the director first
    return c;
}

std::vector<Person> demo_people() {
    return {
        {kCommunityManager, "Camille Le Goff", Role::community_manager,
         "camille.legoff@saint-exemple.fr", "svc-communication"},
        {kCommunityManager2, "Yanis Benali", Role::community_manager,
         "yanis.benali@saint-exemple.fr", "svc-communication"},
        {kCommunicationDirector, "Hélène Rousseau", Role::communication_director,
         "helene.rousseau@saint-exemple.fr", "svc-communication"},
        {kDgs, "Marc Delorme", Role::validator_dgs, "marc.delorme@saint-exemple.fr",
         "svc-direction-generale"},
        {kElected, "Nathalie Kervella", Role::validator_elected,
         "nathalie.kervella@saint-exemple.fr", "svc-cabinet"},
        {kHrContributor, "Julien Morvan", Role::contributor, "julien.morvan@saint-exemple.fr",
         "svc-rh"},
        {kLibraryContributor, "Inès Lefebvre", Role::contributor, "ines.lefebvre@saint-exemple.fr",
         "svc-mediatheque"},
        {kWorksContributor, "Thomas Guérin", Role::contributor, "thomas.guerin@saint-exemple.fr",
         "svc-voirie"},
    };
}

// Phone numbers are in the ranges ARCEP reserves for fiction (02 61 91 xx xx), so no real line
// is ever called from a screenshot of the demo.
std::vector<Service> demo_services() {
    std::vector<Service> out = {
        {"svc-etat-civil", "État civil et formalités", "etat-civil@saint-exemple.fr", "02 61 91 10 10",
         std::string(kSite) + "/demarches/etat-civil",
         {"passeport", "carte d’identité", "CNI", "acte de naissance", "mariage", "PACS", "décès",
          "livret de famille", "recensement citoyen"}},
        {"svc-voirie", "Voirie et éclairage public", "voirie@saint-exemple.fr", "02 61 91 10 20",
         std::string(kSite) + "/cadre-de-vie/voirie",
         {"nid-de-poule", "chaussée", "trottoir", "éclairage", "lampadaire", "travaux",
          "signalisation", "déviation"}},
        {"svc-eau", "Eau et assainissement (Saint-Exemple Agglomération)", "eau@saint-exemple-agglo.fr",
         "02 61 91 10 30", "https://www.saint-exemple-agglo.fr/eau",
         {"fuite", "compteur", "coupure d’eau", "eau potable", "assainissement", "égout",
          "facture d’eau"}},
        {"svc-dechets", "Collecte et tri des déchets (Saint-Exemple Agglomération)",
         "dechets@saint-exemple-agglo.fr", "02 61 91 10 40", "https://www.saint-exemple-agglo.fr/dechets",
         {"poubelle", "bac jaune", "collecte", "encombrants", "déchèterie", "tri", "verre",
          "composteur"}},
        {"svc-urbanisme", "Urbanisme", "urbanisme@saint-exemple.fr", "02 61 91 10 50",
         std::string(kSite) + "/demarches/urbanisme",
         {"permis de construire", "déclaration préalable", "PLU", "cadastre", "clôture",
          "abri de jardin", "panneaux solaires"}},
        {"svc-police", "Police municipale", "police.municipale@saint-exemple.fr", "02 61 91 10 17",
         std::string(kSite) + "/securite",
         {"stationnement", "bruit", "tapage", "fourrière", "vitesse", "objets trouvés",
          "tranquillité vacances"}},
        {"svc-ccas", "Centre communal d’action sociale (CCAS)", "ccas@saint-exemple.fr",
         "02 61 91 10 60", std::string(kSite) + "/solidarite",
         {"aide sociale", "logement social", "personnes âgées", "portage de repas", "canicule",
          "grand froid", "isolement", "épicerie solidaire"}},
        {"svc-mediatheque", "Médiathèque Louise-Michel", "mediatheque@saint-exemple.fr",
         "02 61 91 10 70", "https://mediatheque.saint-exemple.fr",
         {"médiathèque", "livre", "prêt", "abonnement", "heure du conte", "jeux vidéo", "liseuse"}},
        {"svc-sports", "Sports et équipements sportifs", "sports@saint-exemple.fr", "02 61 91 10 80",
         std::string(kSite) + "/sports",
         {"gymnase", "piscine", "stade", "club", "créneau", "salle de sport", "skatepark"}},
        {"svc-education", "Éducation et enfance", "education@saint-exemple.fr", "02 61 91 10 90",
         std::string(kSite) + "/education",
         {"école", "cantine", "menu", "périscolaire", "inscription scolaire", "centre de loisirs",
          "crèche"}},
        {"svc-espaces-verts", "Espaces verts et propreté", "proprete@saint-exemple.fr",
         "02 61 91 11 00", std::string(kSite) + "/cadre-de-vie/proprete",
         {"parc", "arbre", "élagage", "tonte", "tag", "graffiti", "dépôt sauvage", "déjections"}},
        {"svc-rh", "Ressources humaines", "recrutement@saint-exemple.fr", "02 61 91 11 10",
         std::string(kSite) + "/emploi",
         {"candidature", "offre d’emploi", "recrutement", "stage", "job d’été", "alternance",
          "CV"}},
        {"svc-communication", "Direction de la communication", "communication@saint-exemple.fr",
         "02 61 91 11 20", std::string(kSite) + "/contact",
         {"journal municipal", "photo", "site internet", "lettre d’information", "modération"}},
        {"svc-direction-generale", "Direction générale des services", "dgs@saint-exemple.fr",
         "02 61 91 11 30", std::string(kSite) + "/mairie",
         {"conseil municipal", "délibération", "budget participatif", "marché public"}},
        {"svc-cabinet", "Cabinet du maire", "cabinet@saint-exemple.fr", "02 61 91 11 40",
         std::string(kSite) + "/mairie/elus",
         {"rendez-vous avec le maire", "invitation", "élus", "cérémonie", "vœux"}},
    };
    // Public contact and opening hours of the services with a counter of their own (the reply
    // templates' {contact} and {horaires}).
    const struct {
        const char* id;
        const char* contact;
        const char* hours;
    } counters[] = {
        {"svc-etat-civil", "Hôtel de ville, 1 place de la Mairie, 02 61 91 10 10",
         "du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h 30, le samedi de 9 h à 12 h"},
        {"svc-ccas", "CCAS, 4 rue des Écoles, 02 61 91 10 60", "du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h"},
        {"svc-mediatheque", "Médiathèque Louise-Michel, 2 allée des Tilleuls, 02 61 91 10 70",
         "le mardi et le vendredi de 14 h à 19 h, le mercredi et le samedi de 10 h à 18 h"},
        {"svc-urbanisme", "Hôtel de ville, 1 place de la Mairie, 02 61 91 10 50",
         "sur rendez-vous, du lundi au jeudi de 9 h à 12 h"},
    };
    for (Service& s : out) {
        for (const auto& c : counters) {
            if (s.id != c.id) continue;
            s.contact = c.contact;
            s.hours = c.hours;
        }
    }
    return out;
}

}  // namespace parvis::demo
