// The demo's campaigns (seasonal ones, instantiated for whichever year falls in the window, and
// the participatory budget, always running around `today`), plus one-off posts: alerts chosen by
// season, two cancelled stories and a few undated ideas.
#include "demo/demo_internal.h"

namespace parvis::demo {
namespace {

// What a post says on each network; an empty text means the post skips that network. Instagram
// needs an image, so `alt` must be set whenever `instagram` is.
struct Texts {
    std::string facebook = {}, instagram = {}, x = {}, linkedin = {}, mastodon = {};
    std::string alt = {};            // one picture for Facebook, Instagram and LinkedIn
    std::string link = {};           // link preview (Facebook, LinkedIn)
    std::string first_comment = {};  // Facebook
};

PostBlueprint build(std::string title, const char* type, const std::string& campaign_id, Day day, int hour,
                    int minute, const char* owner, std::vector<std::string> tags, const Texts& t) {
    PostBlueprint post;
    post.title = std::move(title);
    post.message_type_id = type;
    post.campaign_id = campaign_id;
    post.tags = std::move(tags);
    post.owner_id = owner;
    post.day = day;
    post.hour = hour;
    post.minute = minute;
    std::vector<Media> media;
    if (!t.alt.empty())
        media.push_back(image((campaign_id.empty() ? "post" : campaign_id) + "-" +
                                  date::format("%F", date::sys_days{day}) + ".jpg",
                              t.alt));
    if (!t.facebook.empty()) post.variants.push_back(variant(kFacebook, t.facebook, media, t.link, t.first_comment));
    if (!t.instagram.empty()) post.variants.push_back(variant(kInstagram, t.instagram, media));
    if (!t.x.empty()) post.variants.push_back(variant(kX, t.x));
    if (!t.linkedin.empty()) post.variants.push_back(variant(kLinkedIn, t.linkedin, media, t.link));
    if (!t.mastodon.empty()) post.variants.push_back(variant(kMastodon, t.mastodon));
    return post;
}

Day nth_weekday(date::year y, date::month m, date::weekday wd, unsigned n) {
    return Day{date::sys_days{y / m / wd[n]}};
}

const std::string kAgenda = std::string(kSite) + "/agenda";
const std::string kJobs = std::string(kSite) + "/emploi/jobs-ete";
const std::string kBudget = std::string(kSite) + "/budget-participatif";

}  // namespace

std::vector<CampaignBlueprint> seasonal_campaigns() {
    return {
        {{"camp-recensement", "Recensement de la population", "#7a5195", {}, {},
          "Enquête annuelle de l’Insee : 8 % des logements tirés au sort. Faire connaître les agents recenseurs et la réponse en ligne."},
         1, 15, 2, 21},
        {{"camp-recrutement-ete", "Recrutement été", "#ef5675", {}, {},
          "45 emplois saisonniers : animation, surveillance de baignade, espaces verts. Cible : 16–25 ans et étudiants."},
         2, 1, 4, 15},
        {{"camp-fete-musique", "Fête de la musique", "#ffa600", {}, {},
          "Appel aux musiciens amateurs, programme, sécurité et circulation le 21 juin."},
         5, 20, 6, 21},
        {{"camp-ete", "L’été à Saint-Exemple", "#00a6a6", {}, {},
          "Programme d’été : 14 Juillet, cinéma en plein air, piscine, animations dans les quartiers."},
         7, 1, 8, 31},
        {{"camp-forum", "Forum des associations", "#58a55c", {}, {},
          "Le premier samedi de septembre : 120 associations, inscriptions aux activités de l’année."},
         8, 25, 9, 13},
        {{"camp-octobre-rose", "Octobre rose", "#e75480", {}, {},
          "Sensibilisation au dépistage du cancer du sein avec la Ligue contre le cancer : illumination, marche solidaire."},
         9, 24, 10, 31},
        {{"camp-noel", "Marché de Noël", "#c0392b", {}, {},
          "Illuminations, marché de Noël sous la halle aux grains (deuxième week-end de décembre), horaires des fêtes."},
         11, 16, 12, 24},
    };
}

std::vector<PostBlueprint> campaign_posts(const std::string& id, Day starts) {
    const date::year y = starts.year();
    std::vector<PostBlueprint> out;
    auto add = [&](std::string title, const char* type, Day day, int h, int m, const char* owner,
                   std::vector<std::string> tags, const Texts& t) {
        out.push_back(build(std::move(title), type, id, day, h, m, owner, std::move(tags), t));
    };

    if (id == "camp-recensement") {
        const std::string url = std::string(kSite) + "/recensement";
        add("Recensement : c’est parti", kTypeServices, starts, 9, 0, kCommunityManager, {"recensement"},
            {"Le recensement de la population commence aujourd’hui. Si votre logement a été tiré au sort, un agent "
             "recenseur muni d’une carte officielle dépose vos codes pour répondre en ligne. C’est simple, "
             "confidentiel et obligatoire.",
             "", "Le recensement commence aujourd’hui : si votre logement est tiré au sort, un agent recenseur vous remet vos codes. " + url,
             "", "Le recensement de la population commence à #SaintExemple : un agent recenseur dépose vos codes, vous répondez en ligne. " + url,
             "Une agente recenseuse présente sa carte officielle devant une porte d’immeuble.", url});
        add("Recensement : les agents recenseurs", kTypeServices, add_days(starts, 7), 11, 0, kCommunityManager2,
            {"recensement"},
            {"Voici les huit agents recenseurs de la Ville. Ils portent tous une carte officielle avec photo, "
             "signée par le maire : demandez-la sans gêne.",
             "Ils frappent à votre porte pour le recensement : voici les huit agents recenseurs de la Ville. "
             "Carte officielle obligatoire, demandez-la.\n\n#SaintExemple #Recensement",
             "", "", "", "Les huit agents recenseurs posent devant l’hôtel de ville avec leur carte officielle.", url});
        add("Recensement : derniers jours", kTypeServices, add_days(starts, 34), 12, 0, kCommunityManager,
            {"recensement"},
            {"Plus que quelques jours pour répondre au recensement. Le questionnaire en ligne prend dix minutes. "
             "Une difficulté ? L’accueil de l’hôtel de ville vous aide.",
             "", "Recensement : plus que quelques jours pour répondre, 10 minutes en ligne. " + url, "", "", "", url});
    } else if (id == "camp-recrutement-ete") {
        add("Jobs d’été : 45 postes", kTypeJobs, starts, 11, 30, kHrContributor, {"emploi", "jeunesse"},
            {"☀️ La Ville recrute 45 saisonniers pour l’été : animateurs et animatrices de centre de loisirs, "
             "surveillants et surveillantes de baignade, agents des espaces verts. Dès 16 ans pour certains postes. "
             "Candidatures en ligne jusqu’au 15 avril.",
             "45 jobs d’été à la Ville : animation, baignade, espaces verts. Dès 16 ans pour certains postes. "
             "Candidatures jusqu’au 15 avril, lien en bio.\n\n#JobÉtudiant #SaintExemple",
             "La Ville recrute 45 saisonniers cet été : animation, baignade, espaces verts. Candidatures jusqu’au 15 avril : " + kJobs,
             "Emplois saisonniers : la Ville de Saint-Exemple ouvre 45 postes pour l’été.\n\nAnimation, surveillance de "
             "baignade, entretien des espaces verts : une première expérience du service public, encadrée par nos "
             "équipes. Candidatures jusqu’au 15 avril : " + kJobs + "\n\n#EmploiPublic #JobÉtudiant",
             "", "Affiche « Jobs d’été à la Ville » avec trois pictogrammes : animation, baignade, espaces verts.", kJobs});
        add("Forum jobs d’été", kTypeJobs, add_days(starts, 14), 17, 0, kHrContributor, {"emploi", "jeunesse"},
            {"Mercredi prochain de 14 h à 18 h, forum des jobs d’été à la maison des jeunes : rencontrez les "
             "services qui recrutent et venez avec votre CV. L’équipe de l’Espace jeunes vous aide à le préparer.",
             "", "Forum des jobs d’été mercredi prochain, 14 h – 18 h, maison des jeunes. Venez avec votre CV. " + kJobs, "",
             "Forum des jobs d’été mercredi prochain à la maison des jeunes, 14 h – 18 h. " + kJobs + " #JobÉtudiant",
             "", kJobs});
        add("Jobs d’été : derniers jours", kTypeJobs, add_days(starts, 70), 11, 30, kHrContributor, {"emploi"},
            {"Dernière semaine pour postuler aux jobs d’été de la Ville. Il reste des places d’animateurs et "
             "d’animatrices au centre de loisirs.",
             "", "Jobs d’été : dernière semaine pour postuler. " + kJobs + " #JobÉtudiant", "", "", "", kJobs});
    } else if (id == "camp-fete-musique") {
        const Day june21 = y / date::June / 21;
        add("Fête de la musique : appel aux musiciens", kTypeAgenda, starts, 10, 0, kCommunityManager, {"musique"},
            {"🎸 Vous jouez dans un groupe, une chorale, un orchestre ? Inscrivez-vous pour jouer le 21 juin sur "
             "l’une des six scènes de la ville. Inscriptions jusqu’au 5 juin.",
             "Groupe, chorale, DJ, orchestre : jouez le 21 juin sur l’une des six scènes de Saint-Exemple. "
             "Inscriptions jusqu’au 5 juin, lien en bio.\n\n#FêteDeLaMusique #SaintExemple",
             "Musiciens amateurs : jouez le 21 juin sur l’une des 6 scènes de la ville. Inscriptions avant le 5 juin. " + kAgenda,
             "", "", "Une guitare électrique posée sur une scène, projecteurs allumés.", kAgenda});
        add("Fête de la musique : programme", kTypeAgenda, add_days(june21, -7), 17, 30, kCommunityManager, {"musique"},
            {"Le programme de la Fête de la musique est en ligne : 34 groupes, six scènes, de 18 h à 1 h. "
             "Le centre-ville sera piéton à partir de 16 h.",
             "34 groupes, 6 scènes, de 18 h à 1 h : le programme de la Fête de la musique est en ligne (lien en bio).\n\n"
             "#FêteDeLaMusique #SaintExemple",
             "Fête de la musique : 34 groupes, 6 scènes, de 18 h à 1 h. Centre-ville piéton dès 16 h. " + kAgenda, "",
             "Fête de la musique à #SaintExemple : 34 groupes, 6 scènes, de 18 h à 1 h. Programme : " + kAgenda,
             "Plan du centre-ville avec les six scènes numérotées.", kAgenda});
        add("Fête de la musique : c’est ce soir", kTypeAgenda, june21, 11, 0, kCommunityManager2, {"musique"},
            {"C’est ce soir ! Navettes gratuites jusqu’à 1 h 30 depuis les Landes et le Moulin. Pensez aux "
             "bouchons d’oreilles pour les enfants : l’accueil de l’hôtel de ville en distribue.",
             "", "C’est ce soir : Fête de la musique dès 18 h. Navettes gratuites jusqu’à 1 h 30. " + kAgenda, "", "", "", kAgenda});
    } else if (id == "camp-ete") {
        const Day july14 = y / date::July / 14;
        add("L’été à Saint-Exemple : le programme", kTypeAgenda, starts, 10, 0, kCommunityManager, {"été"},
            {"Cinéma en plein air, bal du 14 Juillet, piscine ouverte 7 jours sur 7, animations dans les quartiers : "
             "le programme de l’été est en ligne et en version papier dans les accueils municipaux.",
             "Cinéma en plein air, bal, piscine 7 jours sur 7 : l’été à Saint-Exemple commence (programme en lien en bio).\n\n#SaintExemple #Été",
             "Le programme de l’été à Saint-Exemple est en ligne : cinéma en plein air, 14 Juillet, piscine 7 j/7. " + kAgenda, "",
             "L’été à #SaintExemple : cinéma en plein air, 14 Juillet, piscine 7 jours sur 7. Programme : " + kAgenda,
             "Couverture du programme de l’été : des enfants sautent dans la piscine municipale.", kAgenda});
        add("14 Juillet", kTypeAgenda, july14, 10, 0, kCommunityManager2, {"été", "fête nationale"},
            {"Ce soir, bal populaire sous la halle aux grains dès 20 h et feu d’artifice à 23 h au parc de la "
             "Prairie. Le boulevard de la Liberté sera fermé de 21 h à minuit.",
             "", "14 Juillet : bal dès 20 h sous la halle aux grains, feu d’artifice à 23 h au parc de la Prairie. " + kAgenda, "",
             "Ce soir : bal à 20 h, feu d’artifice à 23 h au parc de la Prairie. #SaintExemple", "", kAgenda});
        add("Cinéma en plein air", kTypeAgenda, add_days(starts, 24), 17, 0, kCommunityManager, {"été", "cinéma"},
            {"Vendredi soir, cinéma en plein air au parc de la Prairie : « Le Grand Bain », à la tombée de la nuit. "
             "Apportez vos plaids, la Ville apporte l’écran.",
             "Cinéma en plein air vendredi soir au parc de la Prairie. Apportez vos plaids, on apporte l’écran.\n\n#SaintExemple #CinémaPleinAir",
             "", "", "", "Un écran gonflable devant des spectateurs assis sur l’herbe au coucher du soleil.", kAgenda});
    } else if (id == "camp-forum") {
        const Day forum = nth_weekday(y, date::September, date::Saturday, 1);
        const std::string when = french_day(forum);
        add("Forum des associations : à vos agendas", kTypeAgenda, starts, 10, 0, kCommunityManager, {"associations"},
            {"Le forum des associations a lieu " + when + " de 10 h à 17 h au complexe sportif : 120 associations "
             "pour choisir vos activités de l’année.",
             "", "Forum des associations " + when + ", 10 h – 17 h, complexe sportif : 120 associations. " + kAgenda, "", "", "", kAgenda});
        add("Forum des associations : c’est aujourd’hui", kTypeAgenda, forum, 9, 0, kCommunityManager2, {"associations"},
            {"C’est aujourd’hui ! 120 associations vous attendent au complexe sportif jusqu’à 17 h. Démonstrations "
             "de judo, de danse bretonne et de hip-hop toute la journée.",
             "Sport, culture, solidarité : 120 associations vous attendent au complexe sportif jusqu’à 17 h.\n\n#ForumDesAssociations #SaintExemple",
             "Forum des associations aujourd’hui jusqu’à 17 h au complexe sportif. " + kAgenda, "",
             "Forum des associations aujourd’hui au complexe sportif, jusqu’à 17 h. #SaintExemple",
             "Des stands d’associations dans le gymnase, des familles discutent avec les bénévoles.", kAgenda});
        add("Forum des associations : merci", kTypeTerritory, add_days(forum, 2), 12, 0, kCommunityManager, {"associations"},
            {"Merci aux 4 000 visiteurs et aux bénévoles des 120 associations présentes samedi. Les photos du forum "
             "sont dans l’album ci-dessous.",
             "", "", "", "", "Vue d’ensemble du forum : allées de stands et public nombreux.", ""});
    } else if (id == "camp-octobre-rose") {
        const Day october1 = y / date::October / 1;
        const Day walk = nth_weekday(y, date::October, date::Sunday, 1);
        const std::string url = std::string(kSite) + "/octobre-rose";
        add("Octobre rose : l’hôtel de ville s’illumine", kTypeTerritory, october1, 18, 30, kCommunityManager,
            {"santé", "octobre rose"},
            {"Pour Octobre rose, l’hôtel de ville s’illumine en rose chaque soir jusqu’au 31 octobre, aux côtés "
             "de la Ligue contre le cancer.",
             "L’hôtel de ville en rose tout le mois pour Octobre rose 🎀\n\n#OctobreRose #SaintExemple",
             "L’hôtel de ville s’illumine en rose tout le mois pour #OctobreRose, avec la Ligue contre le cancer. " + url, "",
             "L’hôtel de ville s’illumine en rose jusqu’au 31 octobre. #OctobreRose #SaintExemple",
             "La façade de l’hôtel de ville éclairée en rose, de nuit.", url});
        add("Octobre rose : marche solidaire", kTypeAgenda, add_days(walk, -3), 12, 0, kCommunityManager2,
            {"santé", "octobre rose"},
            {"Marche solidaire « La Rose de Saint-Exemple » " + french_day(walk) + " : 5 km au départ du parc de la "
             "Prairie à 10 h. Inscription 5 €, reversés à la Ligue contre le cancer.",
             "", "Marche solidaire " + french_day(walk) + ", 10 h, parc de la Prairie : 5 km pour #OctobreRose. " + url, "",
             "Marche solidaire " + french_day(walk) + " à 10 h, parc de la Prairie, pour #OctobreRose. " + url,
             "", url});
        add("Octobre rose : le dépistage", kTypeAlert, y / date::October / 20, 12, 15, kCommunityManager,
            {"santé", "prévention", "octobre rose"},
            {"De 50 à 74 ans, une mammographie tous les deux ans, prise en charge à 100 % par l’Assurance maladie, "
             "sans avance de frais. Détecté tôt, un cancer du sein se guérit dans 9 cas sur 10.",
             "", "De 50 à 74 ans : une mammographie tous les 2 ans, prise en charge à 100 %. Détecté tôt, un cancer du sein se guérit dans 9 cas sur 10. #OctobreRose", "",
             "", "", url});
    } else if (id == "camp-noel") {
        const Day market = nth_weekday(y, date::December, date::Friday, 2);
        const std::string url = std::string(kSite) + "/noel";
        add("Illuminations de Noël", kTypeAgenda, starts, 17, 30, kCommunityManager, {"noël"},
            {"Les illuminations de Noël s’installent cette semaine. Cette année, toutes les guirlandes sont à LED et "
             "s’éteignent à 23 h : elles consomment cinq fois moins qu’il y a dix ans.",
             "", "Les illuminations s’installent cette semaine : 100 % LED, éteintes à 23 h. " + url, "", "", "", url});
        add("Marché de Noël : le programme", kTypeAgenda, add_days(market, -10), 17, 30, kCommunityManager, {"noël"},
            {"🎄 Marché de Noël du " + french_day(market) + " au dimanche : 60 chalets sous la halle aux grains, "
             "patinoire, chorales et visite du père Noël samedi à 15 h. Entrée libre.",
             "60 chalets, une patinoire et des chorales : le marché de Noël ouvre " + french_day(market) +
                 " sous la halle aux grains 🎄\n\n#MarchéDeNoël #SaintExemple",
             "🎄 Marché de Noël dès le " + french_day(market) + " : 60 chalets, patinoire, chorales. Entrée libre. " + url, "",
             "Marché de Noël sous la halle aux grains dès le " + french_day(market) + " : 60 chalets, patinoire, chorales. " + url +
                 " #SaintExemple",
             "Chalets illuminés sous la charpente de la halle aux grains.", url,
             "Accès : parkings gratuits place du Marché et à la gare, navette gratuite le samedi."});
        add("Marché de Noël : ouverture", kTypeAgenda, market, 16, 0, kCommunityManager2, {"noël"},
            {"Le marché de Noël ouvre ce soir à 17 h. La patinoire est gratuite pour les moins de 12 ans.",
             "", "Le marché de Noël ouvre ce soir à 17 h sous la halle aux grains. " + url, "",
             "Le marché de Noël ouvre ce soir à 17 h. #SaintExemple", "", url});
        add("Horaires des fêtes", kTypeServices, y / date::December / 18, 12, 0, kCommunityManager, {"noël", "horaires"},
            {"Pendant les fêtes, l’hôtel de ville ferme à 16 h les 24 et 31 décembre. La médiathèque est fermée le "
             "26 décembre. La collecte des déchets du 25 décembre est reportée au lendemain.",
             "", "Fêtes : hôtel de ville fermé à 16 h les 24 et 31/12, médiathèque fermée le 26/12, collecte du 25 reportée au 26.", "",
             "Horaires des fêtes : hôtel de ville fermé à 16 h les 24 et 31 décembre, médiathèque fermée le 26. #SaintExemple",
             "", std::string(kSite) + "/horaires"});
    }
    return out;
}

Campaign budget_campaign(Day today) {
    Campaign c;
    c.id = "camp-budget-participatif";
    c.name = "Budget participatif";
    c.color = "#2f6db5";
    c.starts = add_days(today, -35);
    c.ends = add_days(today, 25);
    c.description = "300 000 € pour des projets proposés et choisis par les habitants : dépôt des idées, "
                    "étude de faisabilité, vote en ligne et sur papier.";
    return c;
}

std::vector<PostBlueprint> budget_posts(Day today) {
    const std::string id = "camp-budget-participatif";
    const std::string vote_from = french_day(add_days(today, 3));
    const std::string vote_to = french_day(add_days(today, 24));
    auto make = [&](std::string title, int offset, int h, const char* owner, const Texts& t) {
        return build(std::move(title), kTypeCivic, id, add_days(today, offset), h, 0, owner, {"budget participatif"}, t);
    };
    return {
        make("Budget participatif : déposez vos idées", -35, 11, kCommunityManager,
             {"💡 300 000 € pour vos idées : le budget participatif est ouvert. Un banc, un jardin partagé, une "
              "boîte à livres, un abri vélo ? Déposez votre projet en ligne jusqu’au " + french_date(add_days(today, -14)) + ".",
              "300 000 € pour vos idées : déposez votre projet pour le budget participatif (lien en bio).\n\n#BudgetParticipatif #SaintExemple",
              "Budget participatif : 300 000 € pour vos idées. Dépôt des projets jusqu’au " + french_date(add_days(today, -14)) + ". " + kBudget,
              "Démocratie participative : la Ville de Saint-Exemple consacre 300 000 € à des projets proposés par les habitants.\n\n"
              "Dépôt des idées jusqu’au " + french_date(add_days(today, -14)) + ", étude de faisabilité par les services, puis vote. " + kBudget +
                  "\n\n#BudgetParticipatif #ParticipationCitoyenne",
              "300 000 € pour vos idées : déposez votre projet de budget participatif. " + kBudget + " #BudgetParticipatif",
              "Affiche du budget participatif : une ampoule entourée de pictogrammes (banc, arbre, vélo).", kBudget}),
        make("Budget participatif : atelier d’aide", -21, 17, kCommunityManager2,
             {"Besoin d’aide pour rédiger votre projet ? Atelier " + french_day(add_days(today, -18)) + " à 18 h 30 à la "
              "maison de quartier du Moulin, avec les agents des services techniques.",
              "", "Atelier d’aide au dépôt des projets du budget participatif, " + french_day(add_days(today, -18)) + ", 18 h 30. " + kBudget,
              "", "", "", kBudget}),
        make("Budget participatif : 87 projets déposés", -13, 12, kCommunityManager,
             {"87 projets déposés pour le budget participatif : merci. Les services étudient maintenant leur "
              "faisabilité ; la liste des projets soumis au vote sera publiée avant l’ouverture du vote.",
              "", "87 projets déposés pour le budget participatif. Merci ! Étude de faisabilité en cours. " + kBudget,
              "", "87 projets déposés pour le #BudgetParticipatif. Étude de faisabilité en cours. " + kBudget, "", kBudget}),
        make("Budget participatif : ouverture du vote", 3, 9, kCommunityManager,
             {"🗳️ À vous de choisir : 42 projets sont soumis au vote du budget participatif, du " + vote_from + " au " +
                  vote_to + ". Dès 11 ans, en ligne ou sur papier à l’hôtel de ville et à la médiathèque.",
              "42 projets, un vote : à vous de choisir les projets du budget participatif. Dès 11 ans, lien en bio.\n\n"
              "#BudgetParticipatif #SaintExemple",
              "Budget participatif : votez pour vos projets préférés jusqu’au " + vote_to + ". Dès 11 ans. " + kBudget,
              "Budget participatif de Saint-Exemple : 42 projets soumis au vote des habitants, du " + vote_from + " au " + vote_to +
                  ".\n\nUne démarche ouverte dès 11 ans, en ligne et sur papier. " + kBudget + "\n\n#ParticipationCitoyenne",
              "Le vote du #BudgetParticipatif est ouvert : 42 projets, dès 11 ans, jusqu’au " + vote_to + ". " + kBudget,
              "Mosaïque des 42 projets soumis au vote, chacun illustré par une photo.", kBudget,
              "Vous ne pouvez pas voter en ligne ? Urnes à l’accueil de l’hôtel de ville et de la médiathèque."}),
        make("Budget participatif : rappel du vote", 12, 12, kCommunityManager2,
             {"Avez-vous voté ? Le vote du budget participatif est ouvert jusqu’au " + vote_to + ". Chacun choisit "
              "jusqu’à cinq projets.",
              "", "Budget participatif : jusqu’à 5 projets à choisir, vote ouvert jusqu’au " + vote_to + ". " + kBudget,
              "", "", "", kBudget}),
        make("Budget participatif : dernier jour", 24, 9, kCommunityManager,
             {"Dernier jour pour voter au budget participatif : rendez-vous en ligne ou à l’hôtel de ville jusqu’à 17 h 30.",
              "", "Dernier jour pour voter au budget participatif ! " + kBudget, "",
              "Dernier jour pour voter au #BudgetParticipatif. " + kBudget, "", kBudget}),
    };
}

}  // namespace parvis::demo
