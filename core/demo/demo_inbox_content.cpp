// The demo's unplanned life: alerts (chosen by season), a cancelled outing and a postponed
// workshop, undated ideas, and the inbox — citizens' questions, a complaint, thanks, and one
// insulting comment hidden under the moderation charter.
#include "demo/demo_internal.h"

namespace parvis::demo {
namespace {

PostBlueprint one_off(std::string title, const char* type, std::optional<Day> day, int hour, int minute,
                      const char* owner, std::vector<std::string> tags, std::vector<PostVariant> variants) {
    PostBlueprint post;
    post.title = std::move(title);
    post.message_type_id = type;
    post.day = day;
    post.hour = hour;
    post.minute = minute;
    post.owner_id = owner;
    post.tags = std::move(tags);
    post.variants = std::move(variants);
    return post;
}

// October to March: storms; April to September: heat waves.
bool winter_season(Day day) {
    const unsigned m = unsigned(day.month());
    return m >= 10 || m <= 3;
}

}  // namespace

std::vector<PostBlueprint> one_off_posts(Day today) {
    std::vector<PostBlueprint> out;
    const std::string alerts = std::string(kSite) + "/alertes";

    // A planned water cut, announced two days ahead.
    const Day cut = add_days(today, -18);
    const std::string cut_text = "Coupure d’eau " + french_day(cut) + " de 8 h 30 à 12 h, quartier des Landes "
                                 "(rues des Tilleuls, des Acacias et Anne-de-Bretagne) : l’Agglomération intervient "
                                 "sur le réseau. Pensez à faire une réserve d’eau la veille.";
    out.push_back(one_off("Alerte : coupure d’eau aux Landes", kTypeAlert, add_days(today, -20), 16, 0,
                          kCommunityManager, {"eau", "alerte"},
                          {variant(kFacebook, "⚠️ " + cut_text, {}, alerts),
                           variant(kX, "⚠️ Coupure d’eau " + french_day(cut) + ", 8 h 30 – 12 h, quartier des Landes. Détails : " + alerts),
                           variant(kMastodon, cut_text + "\n\n" + alerts + " #SaintExemple")}));

    // The weather alert, and the outing it cancelled (the post stays in the calendar, cancelled).
    const bool winter = winter_season(today);
    const std::string vigilance =
        winter ? "Météo-France place l’Ille-et-Vilaine en vigilance orange vents violents à partir de ce soir 18 h, "
                 "avec des rafales jusqu’à 110 km/h. Les parcs, le cimetière et les aires de jeux seront fermés. "
                 "Limitez vos déplacements et rentrez tout ce qui peut s’envoler."
               : "Météo-France place l’Ille-et-Vilaine en vigilance orange canicule jusqu’à vendredi. La piscine "
                 "ouvre jusqu’à 21 h, la médiathèque et l’hôtel de ville accueillent le public dans des salles "
                 "rafraîchies. Le CCAS appelle chaque jour les personnes inscrites au registre.";
    const std::string alt = winter ? "Carte de vigilance Météo-France : l’Ille-et-Vilaine en orange, pictogramme vent."
                                   : "Carte de vigilance Météo-France : l’Ille-et-Vilaine en orange, pictogramme thermomètre.";
    const Media map = image("vigilance-" + date::format("%F", date::sys_days{add_days(today, -9)}) + ".png", alt);
    out.push_back(one_off(winter ? "Alerte : vigilance orange vent" : "Alerte : vigilance orange canicule", kTypeAlert,
                          add_days(today, -9), 7, 30, kCommunityManager, {"météo", "alerte"},
                          {variant(kFacebook, "⚠️ " + vigilance, {map}, alerts),
                           variant(kInstagram, "⚠️ " + vigilance + "\n\n#SaintExemple #Vigilance", {map}),
                           variant(kX, winter ? "⚠️ Vigilance orange vents violents dès 18 h : parcs et aires de jeux fermés. Limitez vos déplacements. " + alerts
                                              : "⚠️ Vigilance orange canicule : salles rafraîchies à l’hôtel de ville et à la médiathèque, piscine jusqu’à 21 h. " + alerts),
                           variant(kMastodon, vigilance + "\n\n" + alerts + " #SaintExemple")}));

    PostBlueprint hike = one_off("Randonnée des Trois Moulins", kTypeAgenda, add_days(today, -8), 9, 0,
                                 kCommunityManager2, {"agenda", "nature"},
                                 {variant(kFacebook, "Ce matin, randonnée commentée des Trois Moulins : départ à 10 h du lavoir "
                                                     "du Blavon, 6 km, accessible aux enfants.", {}, std::string(kSite) + "/agenda"),
                                  variant(kX, "Ce matin, randonnée des Trois Moulins : départ 10 h au lavoir du Blavon, 6 km.")});
    hike.forced_status = PostStatus::cancelled;
    out.push_back(hike);

    // Prevention, ahead of time.
    out.push_back(one_off(winter ? "Prévention : monoxyde de carbone" : "Prévention : registre canicule", kTypeAlert,
                          add_days(today, 6), 12, 0, kCommunityManager, {"prévention"},
                          winter ? std::vector<PostVariant>{
                                       variant(kFacebook, "Chaudière, poêle, chauffe-eau : faites-les vérifier chaque année et aérez "
                                                          "dix minutes par jour, même quand il fait froid. Le monoxyde de carbone est "
                                                          "invisible et sans odeur. Maux de tête, nausées ? Sortez et appelez le 15, "
                                                          "le 18 ou le 112."),
                                       variant(kX, "Monoxyde de carbone : faites vérifier chaudière et poêle, aérez 10 min par jour. Maux de tête, nausées ? Sortez et appelez le 15, le 18 ou le 112."),
                                       variant(kMastodon, "Chaque hiver, le monoxyde de carbone intoxique des familles. Faites vérifier vos "
                                                          "appareils de chauffage et aérez dix minutes par jour. #SaintExemple")}
                                 : std::vector<PostVariant>{
                                       variant(kFacebook, "Vous avez plus de 65 ans, vous vivez seul ou seule, ou un proche est fragile ? Inscrivez-vous "
                                                          "au registre canicule du centre communal d’action sociale (CCAS) : en cas de "
                                                          "fortes chaleurs, un agent vous appelle chaque jour. 02 61 91 10 60."),
                                       variant(kX, "Plus de 65 ans, isolé ou isolée ? Inscrivez-vous au registre canicule du CCAS : un appel chaque jour en cas de fortes chaleurs. 02 61 91 10 60"),
                                       variant(kMastodon, "Registre canicule : le CCAS appelle chaque jour les personnes fragiles inscrites "
                                                          "en cas de fortes chaleurs. 02 61 91 10 60 #SaintExemple")}));

    // A workshop postponed before it went out.
    PostBlueprint compost = one_off("Atelier compostage", kTypeServices, add_days(today, 9), 12, 0, kCommunityManager2,
                                    {"déchets"},
                                    {variant(kFacebook, "Atelier compostage " + french_day(add_days(today, 12)) + " à 10 h aux jardins "
                                                        "familiaux des Landes : apprenez à bien démarrer votre composteur. Gratuit, sur inscription."),
                                     variant(kMastodon, "Atelier compostage " + french_day(add_days(today, 12)) + " à 10 h aux jardins des Landes. #SaintExemple")});
    compost.forced_status = PostStatus::cancelled;
    out.push_back(compost);

    // Ideas: not placed in the calendar yet.
    PostBlueprint portraits = one_off("Série « Un métier, un agent »", kTypeTerritory, std::nullopt, 12, 0,
                                      kCommunicationDirector, {"coulisses", "vidéo"},
                                      {variant(kInstagram, "Ils font la ville : portrait d’un agent par mois, en vidéo de 60 secondes sous-titrée.")});
    Media video;
    video.kind = MediaKind::video;
    video.name = "portrait-agent-espaces-verts.mp4";
    video.alt_text = "Portrait vidéo d’un jardinier municipal dans les serres.";
    video.subtitles = true;
    portraits.variants[0].media.push_back(video);
    out.push_back(portraits);
    out.push_back(one_off("Quiz patrimoine du vendredi", kTypeTerritory, std::nullopt, 12, 0, kCommunityManager,
                          {"patrimoine"},
                          {variant(kFacebook, "Quiz : de quand date la flèche de l’église Saint-Martin ? Réponse lundi.")}));
    out.push_back(one_off("Tutoriel : payer la cantine en ligne", kTypeServices, std::nullopt, 12, 0, kCommunityManager2,
                          {"démarches", "éducation"}, {variant(kFacebook, "Pas à pas, en quatre captures d’écran.")}));
    out.push_back(one_off("Coulisses des serres municipales", kTypeTerritory, std::nullopt, 12, 0, kCommunityManager,
                          {"coulisses"}, {variant(kInstagram, "", {image("serres-municipales.jpg",
                                                                        "Des jardiniers repiquent des plants de fleurs dans les serres.")})}));
    out.push_back(one_off("Fil : l’histoire des noms de rues", kTypeTerritory, std::nullopt, 12, 0, kCommunityManager,
                          {"patrimoine"},
                          {variant(kMastodon, "D’où vient le nom de la rue des Forges ? Un fil sur l’histoire de nos rues. #SaintExemple")}));
    return out;
}

std::vector<MessageBlueprint> demo_messages() {
    using MS = MessageStatus;
    using MC = MessageChannel;
    return {
        {kFacebook, MC::comment, "Sandrine Le Bihan", 12, 9, 40,
         "Bonjour, la rue sera fermée aussi le samedi ? Je déménage ce week-end.", "Travaux de la semaine", MS::answered, "svc-voirie",
         "Bonjour Sandrine, le chantier s’arrête vendredi à 17 h : la rue sera ouverte samedi. Bon déménagement !", 95, 0, 0, kCommunityManager},
        {kFacebook, MC::private_message, "Karim Haddad", 11, 20, 12,
         "Bonjour, mon bac jaune n’a pas été collecté ce matin rue des Acacias. Il est resté sur le trottoir.", "",
         MS::answered, "svc-dechets",
         "Bonjour Karim, merci du signalement. Nous l’avons transmis au service Collecte de l’Agglomération, qui repasse "
         "demain matin. Vous pouvez laisser le bac sorti.", 780, 25, 600, kCommunityManager2},
        {kInstagram, MC::comment, "@lou.photos35", 10, 10, 5,
         "Magnifique ! C’est accessible en poussette ?", "Photo du territoire", MS::answered, "",
         "Bonjour, oui : le chemin est stabilisé et accessible aux poussettes sur tout le tour. Belle balade !", 48, 0, 0, kCommunityManager2},
        {kX, MC::mention, "@jb_stex", 9, 8, 2,
         "@VilleStExemple plus d’eau du tout dans le quartier des Landes depuis 7 h, c’est normal ?", "", MS::answered, "svc-eau",
         "Bonjour, une fuite sur une canalisation est en cours de réparation par l’Agglomération. Retour de l’eau prévu vers 11 h. "
         "Le suivi : saint-exemple.fr/alertes", 40, 10, 30, kCommunityManager},
        {kFacebook, MC::comment, "Gérard Poulain", 8, 14, 30,
         "Trois semaines que le lampadaire devant le 14 avenue Jean-Jaurès est éteint. On paie des impôts pour quoi ? "
         "C’est inadmissible, on ne voit rien le soir.", "Travaux de la semaine", MS::answered, "svc-voirie",
         "Bonjour Gérard, vous avez raison, c’est trop long et nous en sommes désolés. Le service Voirie a commandé la pièce "
         "défectueuse : la réparation est prévue jeudi. Merci de votre patience.", 130, 15, 110, kCommunityManager},
        {kFacebook, MC::comment, "Anonyme Stex", 7, 22, 47,
         "Bande d’incapables, tous des voleurs à la mairie, le maire est un escroc qui se sert dans la caisse.", "Conseil municipal",
         MS::hidden, "", "", 0},
        {kLinkedIn, MC::comment, "Élodie Marchal", 6, 11, 20,
         "Bonjour, le poste est-il ouvert aux contractuels ? Je suis lauréate du concours mais pas encore inscrite sur liste.",
         "Offre d’emploi", MS::answered, "svc-rh",
         "Bonjour Élodie, oui, le poste est ouvert aux titulaires et aux contractuels. Le service Ressources humaines répond à "
         "vos questions au 02 61 91 11 10.", 150, 20, 120, kCommunityManager2},
        {kFacebook, MC::review, "Monique Guillard", 5, 16, 0,
         "Accueil très agréable à la mairie annexe des Landes, et enfin une rampe pour mon fauteuil. Merci.", "",
         MS::answered, "",
         "Merci beaucoup Monique, nous transmettons vos compliments à l’équipe de la mairie annexe.", 60, 0, 0, kCommunityManager2},
        {kMastodon, MC::mention, "@alex@piaille.fr", 4, 9, 15,
         "@ville les animations de samedi à la médiathèque, c’est adapté à un enfant de 2 ans ?", "Agenda du week-end", MS::answered,
         "svc-mediatheque",
         "@alex Bonjour, elles visent plutôt les 3–6 ans, mais les plus petits sont les bienvenus avec un parent. Les bébés lecteurs "
         "ont lieu le mardi à 10 h.", 35, 0, 0, kCommunityManager},
        {kFacebook, MC::comment, "Thierry Collet", 3, 12, 45,
         "Merci aux agents des espaces verts, le parc de la Prairie n’a jamais été aussi beau.", "Photo du territoire", MS::answered, "",
         "Merci Thierry, ça fait très plaisir à l’équipe des espaces verts !", 50, 0, 0, kCommunityManager},
        {kInstagram, MC::private_message, "@nina.b", 2, 18, 20,
         "Bonjour, comment on s’inscrit pour le job d’animatrice au centre de loisirs ? J’ai mon BAFA.", "",
         MS::assigned, "svc-rh", "", 0, 40, 900, kCommunityManager2},
        {kFacebook, MC::comment, "Paul Derrien", 2, 9, 30,
         "Il faut prendre rendez-vous combien de temps à l’avance pour un passeport ? Je pars dans deux mois.", "Pratique : ",
         MS::answered, "svc-etat-civil",
         "Bonjour Paul, comptez en ce moment trois à quatre semaines pour un rendez-vous, puis deux semaines de fabrication. "
         "Les créneaux : saint-exemple.fr/demarches/identite", 70, 10, 50, kCommunityManager},
        {kX, MC::mention, "@marie_velo", 1, 17, 55,
         "@VilleStExemple des voitures garées tous les jours sur la piste cyclable boulevard de la Liberté, ça devient dangereux.",
         "", MS::forwarded, "svc-police", "", 0, 30, 0, kCommunityManager},
        {kFacebook, MC::private_message, "Jeanne Morel", 1, 21, 10,
         "Bonjour, ma mère a 82 ans et vit seule, elle aurait besoin du portage de repas. Comment faire ?", "", MS::unread,
         "svc-ccas", "", 0},
        {kFacebook, MC::comment, "Lucas Perrin", 0, 8, 50,
         "C’est gratuit pour les enfants, le spectacle de samedi ?", "Agenda du week-end", MS::unread, "", "", 0},
        {kMastodon, MC::comment, "@claire@mastodon.bzh", 0, 10, 20,
         "Bravo pour la publication des délibérations en données ouvertes !", "Conseil municipal", MS::unread, "", "", 0},
    };
}

// The desk's reply templates (core/inbox/reply_template.h): warm, plain French, « vous », no
// exclamation mark, each situation the desk meets every week.
std::vector<ReplyTemplate> demo_reply_templates() {
    return {
        {"tpl-accuse-reception", "Accusé de réception",
         "Bonjour {prénom}, merci pour votre message. Nous l’avons bien reçu et nous revenons vers vous au plus vite, au plus tard sous deux jours ouvrés."},
        {"tpl-transmis-service", "Transmis au service",
         "Bonjour {prénom}, merci de nous avoir écrit. Nous avons transmis votre message au service {service}, qui va l’étudier. Nous revenons vers vous dès que nous avons sa réponse."},
        {"tpl-signalement-voirie", "Signalement sur la voirie",
         "Bonjour {prénom}, merci pour ce signalement. Pour que le service {service} intervienne au bon endroit, vous pouvez le déposer en ligne, avec une photo si possible : {lien_démarche}. Vous recevrez ensuite le suivi de l’intervention."},
        {"tpl-horaires", "Horaires et contact d’un service",
         "Bonjour {prénom}, le service {service} vous accueille {horaires}. Vous pouvez aussi le joindre : {contact}. Belle journée à vous."},
        {"tpl-message-prive", "Passer en message privé (données personnelles)",
         "Bonjour {prénom}, pour protéger vos informations personnelles, mieux vaut ne pas les publier ici. Écrivez-nous en message privé avec vos coordonnées : nous suivrons votre demande avec le service concerné."},
        {"tpl-desescalade", "Apaiser un échange tendu",
         "Bonjour {prénom}, nous entendons votre agacement et nous comprenons que la situation soit pénible. Voici ce que nous savons : le service {service} suit le dossier, et les informations à jour sont ici : {lien_démarche}. Pour regarder votre situation en détail, écrivez-nous en message privé : nous vous répondrons personnellement."},
    };
}

}  // namespace parvis::demo
