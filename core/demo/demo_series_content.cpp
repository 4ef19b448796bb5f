// The demo's weekly series, the backbone of a town hall's calendar: works of the week (Monday),
// job offer (Tuesday), practical tip and library pick (Wednesday), weekend agenda (Thursday),
// municipal news (Friday), a photo of the territory (Saturday), and the monthly council.
// Each series is a table of items and one function that writes the item for every network.
#include <cctype>

#include "demo/demo_internal.h"

namespace parvis::demo {
namespace {

template <class T, std::size_t N>
const T& pick(const T (&items)[N], std::int64_t index) {
    return items[static_cast<std::size_t>(((index % std::int64_t(N)) + std::int64_t(N)) % std::int64_t(N))];
}

std::string capitalized(std::string text) {
    if (!text.empty()) text[0] = char(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::string iso(Day day) { return date::format("%F", date::sys_days{day}); }

PostBlueprint dated(std::string title, const char* type, Day day, int hour, int minute,
                    const char* owner) {
    PostBlueprint post;
    post.title = std::move(title);
    post.message_type_id = type;
    post.day = day;
    post.hour = hour;
    post.minute = minute;
    post.owner_id = owner;
    return post;
}

// [SECTION] Monday: works of the week
struct Works { const char* street; const char* nature; const char* period; const char* traffic; };
constexpr Works kWorks[] = {
    {"Rue de la Poterie", "remplacement de la conduite d’eau potable", "du lundi au vendredi",
     "Circulation alternée par feux"},
    {"Avenue Jean-Jaurès", "réfection des trottoirs côté pair", "jusqu’à vendredi",
     "Stationnement interdit au droit du chantier"},
    {"Rond-point de la Croix-Verte", "reprise de l’enrobé", "de nuit, mardi et mercredi de 21 h à 5 h",
     "Déviation par la rue des Forges"},
    {"Rue des Tilleuls", "pose de la fibre optique", "toute la semaine",
     "Trottoir fermé, cheminement piéton protégé côté impair"},
    {"Place du Marché", "installation de quatre bornes de recharge", "lundi et mardi",
     "Huit places de stationnement neutralisées"},
    {"Chemin du Moulin-Neuf", "élagage des platanes", "mercredi et jeudi",
     "Route barrée de 8 h à 16 h, sauf riverains"},
    {"Boulevard de la Liberté", "création d’une piste cyclable", "pendant trois semaines",
     "Une voie maintenue dans chaque sens"},
    {"Rue Anne-de-Bretagne", "raccordement au réseau de gaz", "jeudi et vendredi",
     "Rue barrée, déviation fléchée"},
    {"Allée des Écoles", "marquage au sol devant le groupe scolaire", "mercredi après-midi",
     "Dépose-minute fermé, accès par la rue Pasteur"},
    {"Quai du Blavon", "inspection du pont des Tanneurs", "lundi de 9 h à 12 h",
     "Circulation alternée manuelle"},
};

// [SECTION] Tuesday: job offers
struct Job {
    const char* title; const char* service; const char* contract; const char* missions;
    const char* profile; const char* code;
};
constexpr Job kJobs[] = {
    {"agent ou agente d’entretien des espaces verts", "au service Espaces verts",
     "poste permanent, catégorie C", "tonte, taille, fleurissement et entretien des parcs",
     "CAPa ou expérience en espaces verts, permis B", "ev"},
    {"auxiliaire de puériculture", "à la crèche Les P’tits Loups", "poste permanent, catégorie B",
     "accueil et soin des tout-petits, lien avec les familles",
     "diplôme d’État d’auxiliaire de puériculture", "cr"},
    {"policier ou policière municipale", "à la police municipale", "poste permanent, catégorie C",
     "tranquillité publique, sécurité routière, proximité avec les habitants",
     "lauréat ou lauréate du concours, ou agent en poste", "pm"},
    {"animateur ou animatrice périscolaire", "au service Éducation", "CDD de 10 mois, temps non complet",
     "accueil du matin et du soir, pause du midi, ateliers", "BAFA apprécié", "ed"},
    {"technicien ou technicienne informatique", "à la direction du numérique",
     "catégorie B, titulaire ou contractuel", "assistance aux agents, informatique des écoles",
     "BTS ou BUT informatique", "nu"},
    {"bibliothécaire jeunesse", "à la médiathèque Louise-Michel", "poste permanent, catégorie B",
     "accueil des classes, heure du conte, acquisitions jeunesse",
     "goût pour la littérature jeunesse et la médiation", "md"},
    {"agent ou agente de restauration scolaire", "au service Éducation", "poste permanent, catégorie C",
     "préparation et service des repas, hygiène alimentaire", "expérience en restauration collective",
     "rs"},
    {"chargé ou chargée de projet urbanisme", "au service Urbanisme", "catégorie A, contrat de projet de 3 ans",
     "suivi de la révision du plan local d’urbanisme", "master en urbanisme ou en aménagement", "ur"},
    {"maître-nageur sauveteur ou maître-nageuse sauveteuse", "à la piscine municipale",
     "poste permanent, catégorie B", "surveillance des bassins, leçons de natation, aquagym",
     "BPJEPS AAN ou BEESAN", "pi"},
    {"agent ou agente d’accueil", "à l’hôtel de ville", "CDD de 6 mois, temps complet",
     "accueil sur place et au téléphone, orientation des habitants", "sens du service et du contact",
     "ac"},
};

// [SECTION] Wednesday: practical tips and the library's pick
struct Tip { const char* title; const char* text; const char* short_text; const char* path; const char* alt; };
constexpr Tip kTips[] = {
    {"Carte d’identité et passeport",
     "Carte d’identité ou passeport : les rendez-vous en mairie se prennent en ligne, 24 h sur 24. "
     "Remplissez la pré-demande sur le site de l’ANTS et venez avec son numéro : le rendez-vous dure "
     "15 minutes au lieu de 30.",
     "Carte d’identité, passeport : rendez-vous en ligne et pré-demande ANTS avant de venir. 15 minutes au guichet au lieu de 30.",
     "/demarches/identite", "Infographie en trois étapes : pré-demande ANTS, rendez-vous en ligne, passage en mairie."},
    {"Signaler un problème",
     "Un nid-de-poule, un lampadaire éteint, un dépôt sauvage ? Signalez-le en deux minutes avec le "
     "formulaire « Signaler un problème » du site de la Ville, photo à l’appui. Le service concerné "
     "le reçoit directement et vous informe de la suite.",
     "Nid-de-poule, lampadaire éteint, dépôt sauvage : signalez-le en 2 minutes, photo à l’appui. Le service concerné vous répond.",
     "/signaler", "Capture du formulaire « Signaler un problème » sur un téléphone."},
    {"Les menus de la cantine",
     "Les menus des restaurants scolaires sont en ligne pour tout le mois, avec les allergènes de "
     "chaque plat. 60 % des produits servis sont durables, dont 30 % bio, et le pain vient d’une "
     "boulangerie de la commune.",
     "Les menus de la cantine du mois sont en ligne, allergènes compris. 60 % de produits durables, dont 30 % bio.",
     "/education/menus", "Un plateau de cantine : carottes râpées, poisson, riz, yaourt et une pomme."},
    {"Déchèterie et encombrants",
     "La déchèterie des Landes est ouverte du lundi au samedi, de 9 h à 12 h et de 14 h à 18 h. "
     "Pour les objets trop lourds, l’Agglomération collecte les encombrants à domicile, gratuitement, "
     "sur rendez-vous une fois par trimestre.",
     "Déchèterie des Landes : du lundi au samedi, 9 h – 12 h et 14 h – 18 h. Encombrants collectés à domicile sur rendez-vous.",
     "/dechets", "Plan d’accès à la déchèterie des Landes avec ses horaires."},
    {"Portage de repas",
     "Le centre communal d’action sociale (CCAS) livre des repas à domicile aux personnes de plus de "
     "70 ans ou qui sortent de l’hôpital, 7 jours sur 7. Le tarif dépend des revenus. Un proche "
     "concerné ? Appelez le 02 61 91 10 60.",
     "Le CCAS livre des repas à domicile aux plus de 70 ans, 7 jours sur 7, tarif selon les revenus. Renseignements : 02 61 91 10 60.",
     "/solidarite/portage-de-repas", "Une agente du CCAS remet un plateau-repas à une dame âgée sur le pas de sa porte."},
    {"Urbanisme en ligne",
     "Abri de jardin, clôture, panneaux solaires : vos demandes d’urbanisme se déposent en ligne, sans "
     "imprimer ni vous déplacer. Le service Urbanisme vous reçoit sur rendez-vous le mardi matin pour "
     "préparer votre dossier.",
     "Abri de jardin, clôture, panneaux solaires : déposez votre demande d’urbanisme en ligne, sans vous déplacer.",
     "/demarches/urbanisme", "Dessin d’une maison avec un abri de jardin, une clôture et des panneaux solaires."},
    {"Tranquillité vacances",
     "Vous partez quelques jours ? Inscrivez-vous à l’opération Tranquillité vacances : la police "
     "municipale passe régulièrement devant votre logement pendant votre absence. C’est gratuit, "
     "l’inscription se fait en ligne ou au poste de police.",
     "Vous partez ? Inscrivez-vous à Tranquillité vacances : la police municipale surveille votre logement. Gratuit.",
     "/securite/tranquillite-vacances", "Deux policiers municipaux à vélo devant une maison aux volets fermés."},
    {"Portail Familles",
     "Garderie, centre de loisirs du mercredi, cantine : les réservations se font sur le Portail "
     "Familles, jusqu’au jeudi minuit pour la semaine suivante. Le portail calcule aussi votre tarif "
     "selon votre quotient familial.",
     "Garderie, centre de loisirs, cantine : réservez sur le Portail Familles avant jeudi minuit pour la semaine suivante.",
     "/education/portail-familles", "Capture de l’écran de réservation du Portail Familles."},
    {"Objets trouvés",
     "Un doudou, des clés, un vélo ? Les objets trouvés sur la voie publique sont gardés un an au poste "
     "de police municipale. La liste est mise à jour chaque semaine sur le site de la Ville.",
     "Doudou, clés, vélo : les objets trouvés sont gardés un an au poste de police municipale. La liste est en ligne.",
     "/securite/objets-trouves", "Une étagère du poste de police avec des clés, un doudou et des lunettes étiquetés."},
    {"Composteurs",
     "L’Agglomération prête gratuitement un composteur aux foyers qui ont un jardin et installe des "
     "composteurs partagés au pied des immeubles. Un tiers de nos poubelles est compostable : autant "
     "de déchets en moins à collecter.",
     "Un composteur prêté gratuitement, ou partagé au pied de votre immeuble : un tiers de nos poubelles est compostable.",
     "/dechets/compostage", "Un composteur en bois dans un jardin partagé, à côté de carrés potagers."},
};

struct Book { const char* work; const char* by; const char* pitch; };
constexpr Book kBooks[] = {
    {"« L’Arabe du futur »", "de Riad Sattouf",
     "Une enfance entre la Libye, la Syrie et la Bretagne, racontée avec un humour ravageur. Les six tomes sont en rayon."},
    {"« Le Petit Prince »", "d’Antoine de Saint-Exupéry",
     "À redécouvrir en version audio, lue par les bénévoles de la médiathèque, pour les petits et les grands."},
    {"« Chanson douce »", "de Leïla Slimani",
     "Le prix Goncourt 2016, un roman qui ne vous lâche plus dès la première page."},
    {"« Mortelle Adèle »", "de Mr Tan et Miss Prickly",
     "La série préférée des 8–12 ans : chaque tome repart dès son retour en rayon."},
    {"« La Tresse »", "de Laetitia Colombani",
     "Trois femmes, trois continents, un fil qui les relie. Le choix du club de lecture ce mois-ci."},
    {"« Les Gardiens du Louvre »", "de Jirô Taniguchi",
     "Une promenade rêveuse dans les salles du Louvre, pour celles et ceux qui pensent ne pas aimer les mangas."},
    {"« Pars vite et reviens tard »", "de Fred Vargas",
     "Un polar parisien au parfum de peste, idéal pour les longues soirées."},
    {"« Le Monde sans fin »", "de Christophe Blain et Jean-Marc Jancovici",
     "L’énergie et le climat expliqués en bande dessinée, clairement et sans jargon."},
};

// [SECTION] Thursday: the weekend's agenda
struct Event { int offset; const char* time; const char* what; const char* place; };
struct Weekend { Event events[3]; };
constexpr Weekend kWeekends[] = {
    {{{2, "10 h", "Heure du conte pour les 3–6 ans", "médiathèque Louise-Michel"},
      {2, "20 h 30", "Concert de l’Harmonie municipale", "salle des fêtes"},
      {3, "15 h", "Handball N2 : Saint-Exemple reçoit Vitré", "gymnase des Landes"}}},
    {{{2, "9 h – 13 h", "Marché des producteurs locaux", "place du Marché"},
      {2, "14 h", "Atelier réparation de vélos", "maison de quartier du Moulin"},
      {3, "16 h", "Théâtre jeune public « Le Loup qui voulait voler »", "centre culturel L’Escale"}}},
    {{{1, "18 h 30", "Vernissage de l’exposition « Regards sur le Blavon »", "hôtel de ville"},
      {2, "10 h – 17 h", "Bourse aux jouets et vêtements d’enfants", "salle des fêtes"},
      {3, "14 h 30", "Thé dansant du club des aînés", "salle Anne-de-Bretagne"}}},
    {{{2, "10 h", "Atelier numérique : sécuriser son smartphone", "médiathèque Louise-Michel"},
      {2, "18 h", "Football R1 : Saint-Exemple – Fougères", "stade municipal"},
      {3, "9 h – 12 h", "Troc de plantes et de graines", "serres municipales"}}},
    {{{1, "20 h", "Ciné-débat sur l’alimentation durable", "cinéma Le Familial"},
      {2, "15 h", "Après-midi jeux de société en famille", "ludothèque"},
      {3, "11 h", "Concert de l’école de musique", "auditorium de l’école de musique"}}},
    {{{2, "10 h 30", "Visite guidée du quartier des Tanneurs", "départ de l’office de tourisme"},
      {2, "20 h 30", "Soirée jazz avec le trio Blavon Swing", "centre culturel L’Escale"},
      {3, "15 h", "Gala de gymnastique", "gymnase Jean-Moulin"}}},
    {{{2, "9 h 30", "Matinée « Nettoyons notre quartier »", "parc de la Prairie"},
      {2, "14 h – 18 h", "Portes ouvertes des ateliers d’artistes", "rue des Forges"},
      {3, "17 h", "Concert de la chorale Chœur d’Exemple", "église Saint-Martin"}}},
    {{{1, "19 h", "Soirée jeux vidéo pour les ados", "médiathèque Louise-Michel"},
      {2, "10 h – 18 h", "Salon du livre jeunesse", "salle des fêtes"},
      {3, "14 h", "Basket féminin N3", "gymnase des Landes"}}},
    {{{2, "11 h", "Inauguration de la boîte à livres des Landes", "square des Landes"},
      {2, "20 h", "Spectacle d’improvisation théâtrale", "centre culturel L’Escale"},
      {3, "10 h – 12 h", "Initiation au tir à l’arc", "complexe sportif"}}},
    {{{2, "10 h", "Café des parents : le sommeil des tout-petits", "maison de la petite enfance"},
      {2, "16 h", "Lecture musicale « Contes de Bretagne »", "médiathèque Louise-Michel"},
      {3, "15 h", "Récital des élèves du conservatoire", "auditorium de l’école de musique"}}},
};

// [SECTION] Friday: municipal news
struct News { const char* title; const char* text; const char* lead; const char* short_text; const char* alt; };
constexpr News kNews[] = {
    {"École Jules-Ferry rénovée",
     "Les travaux de rénovation énergétique de l’école Jules-Ferry sont terminés : isolation par "
     "l’extérieur, nouvelles fenêtres et pompe à chaleur. Les 240 élèves ont retrouvé des classes "
     "plus chaudes l’hiver et plus fraîches l’été, et la facture d’énergie de l’école devrait baisser de moitié.",
     "Rénovation énergétique : l’école Jules-Ferry consommera deux fois moins d’énergie.",
     "L’école Jules-Ferry a fait peau neuve : isolation, fenêtres, pompe à chaleur. Des classes plus confortables, une facture d’énergie divisée par deux.",
     "La façade de l’école Jules-Ferry, isolée et repeinte en blanc et bleu, avec ses nouvelles fenêtres."},
    {"Conseil municipal des jeunes",
     "Les 29 membres du nouveau conseil municipal des jeunes ont été installés samedi. Élus par leurs "
     "camarades de CM2 et de 6e, ils se réuniront une fois par mois pendant deux ans. Premiers projets : "
     "rénover le skatepark et organiser une collecte de jouets.",
     "Citoyenneté : 29 jeunes de 10 à 12 ans installés au conseil municipal des jeunes.",
     "29 jeunes élus au conseil municipal des jeunes ! Premiers projets : le skatepark et une collecte de jouets.",
     "Les 29 jeunes élus posent avec leur écharpe dans la salle du conseil municipal."},
    {"Navette gratuite du marché",
     "Une navette gratuite relie désormais les quartiers des Landes et du Moulin au centre-ville le "
     "mercredi et le samedi matin, jours de marché. Elle est accessible aux fauteuils roulants et "
     "s’arrête à la demande. Horaires et arrêts sur le site de la Ville.",
     "Mobilité : une navette gratuite et accessible relie les quartiers au marché du centre-ville.",
     "Nouveau : une navette gratuite relie les Landes et le Moulin au marché, mercredi et samedi matin.",
     "Le minibus blanc de la navette, rampe déployée, devant les halles."},
    {"Permanences des élus de quartier",
     "Les élus de quartier tiennent une permanence chaque premier samedi du mois, de 10 h à 12 h, à la "
     "maison de quartier du Moulin. Sans rendez-vous : venez avec vos questions, vos idées et vos remarques.",
     "Proximité : des permanences mensuelles des élus de quartier, sans rendez-vous.",
     "Les élus de quartier vous reçoivent chaque 1er samedi du mois, 10 h – 12 h, maison de quartier du Moulin.",
     "Une élue échange avec deux habitants autour d’une table à la maison de quartier."},
    {"Plan vélo",
     "Le plan vélo adopté par le conseil municipal prévoit 12 km de pistes cyclables en trois ans, dont "
     "une liaison sécurisée entre la gare et le lycée. Des ateliers ont lieu dans chaque quartier pour "
     "dessiner les tracés avec vous.",
     "Mobilités actives : 12 km de pistes cyclables programmés sur trois ans.",
     "Plan vélo : 12 km de pistes cyclables en 3 ans, dont une liaison gare–lycée. Venez dessiner les tracés en atelier.",
     "Carte de la commune avec le tracé des futures pistes cyclables en vert."},
    {"Maison France services",
     "La maison France services de l’hôtel de ville vous aide dans vos démarches : impôts, retraite, "
     "CAF, carte grise, France Travail. Deux conseillères vous reçoivent avec ou sans rendez-vous, du "
     "lundi au vendredi.",
     "Accès aux droits : la maison France services accompagne les habitants dans leurs démarches.",
     "Impôts, retraite, CAF, carte grise : la maison France services de l’hôtel de ville vous aide, avec ou sans rendez-vous.",
     "Une conseillère France services aide un habitant devant un ordinateur."},
    {"Rapport d’activité",
     "Le rapport d’activité de la Ville est en ligne : ce que font les 420 agents municipaux au "
     "quotidien, en chiffres et en images. 14 000 repas servis chaque semaine dans les écoles, 38 km de "
     "trottoirs entretenus, 96 000 prêts à la médiathèque.",
     "Service public local : le rapport d’activité des 420 agents de la Ville est publié.",
     "14 000 repas par semaine, 96 000 prêts à la médiathèque : le rapport d’activité de la Ville est en ligne.",
     "Couverture du rapport d’activité : des agents municipaux de plusieurs métiers."},
    {"Extinction de l’éclairage la nuit",
     "L’éclairage public s’éteint désormais de 0 h 30 à 5 h dans les rues résidentielles. Les axes "
     "principaux et les passages piétons restent éclairés. Objectif : consommer 40 % d’électricité en "
     "moins et protéger la faune nocturne.",
     "Sobriété énergétique : extinction nocturne de l’éclairage dans les rues résidentielles.",
     "Éclairage public éteint de 0 h 30 à 5 h dans les rues résidentielles, sauf axes principaux et passages piétons.",
     "Une rue résidentielle de nuit sous un ciel étoilé."},
    {"Visite de la ville jumelle",
     "La Ville accueille cette semaine une délégation de Bad Beispielheim, notre ville jumelle allemande "
     "depuis 1974. Au programme : visite du lycée professionnel, rencontres entre clubs sportifs et "
     "soirée avec le comité de jumelage.",
     "Coopération européenne : Saint-Exemple reçoit sa ville jumelle, Bad Beispielheim.",
     "Willkommen ! Une délégation de Bad Beispielheim, notre ville jumelle depuis 1974, est à Saint-Exemple cette semaine.",
     "Les délégations des deux villes jumelles réunies sur le parvis de l’hôtel de ville."},
    {"Mairie annexe accessible",
     "La mairie annexe des Landes est désormais accessible à toutes et à tous : rampe d’accès, guichet "
     "abaissé et boucle magnétique pour les personnes malentendantes. Les travaux ont duré trois mois.",
     "Accessibilité : la mairie annexe des Landes mise aux normes.",
     "La mairie annexe des Landes est accessible : rampe, guichet abaissé, boucle magnétique.",
     "La nouvelle rampe d’accès en pente douce devant l’entrée de la mairie annexe."},
};

// [SECTION] Saturday: the territory
struct Place { const char* name; const char* caption; const char* alt; const char* credit; };
constexpr Place kPlaces[] = {
    {"Le lavoir du Blavon", "Construit en 1862, le lavoir du Blavon a retrouvé ses ardoises l’an dernier. Les matins de brume, c’est l’un des plus beaux coins de la commune.",
     "Le lavoir en pierre et son toit d’ardoise au bord de la rivière, dans la brume du matin.", "@mael.photographie"},
    {"La rue des Forges", "Colombages, enseignes en fer forgé et petites boutiques : la rue des Forges garde la mémoire des artisans qui ont fait la ville.",
     "Une rue pavée bordée de maisons à colombages colorées.", "@lena_sxp"},
    {"Le parc de la Prairie", "12 hectares, 300 arbres dont un cèdre planté en 1850, et un jardin partagé tenu par les habitants du quartier.",
     "Vue aérienne du parc avec ses allées, un grand cèdre et un jardin potager.", "@drone.stex"},
    {"Le sentier des Trois Moulins", "Trois moulins à eau jalonnent le Blavon sur deux kilomètres. Le sentier se parcourt en une heure, en famille.",
     "Un moulin à eau et sa roue en bois, reflétés dans la rivière.", "@rando_35"},
    {"Le marché du samedi", "Une soixantaine de commerçants, dont vingt producteurs installés à moins de 30 km : le marché du samedi est une institution.",
     "Étals de légumes et de fleurs sous les halles, des clients font leurs courses.", "@claire.b.photo"},
    {"L’église Saint-Martin", "Sa flèche de 54 mètres se voit depuis toute la vallée. L’église, classée monument historique, se visite tous les jours de 9 h à 18 h.",
     "La flèche gothique de l’église sur un ciel bleu.", "@patrimoine.stex"},
    {"Les jardins familiaux des Landes", "84 parcelles cultivées par des familles de tous les quartiers. Liste d’attente ouverte auprès du CCAS.",
     "Des parcelles potagères alignées, avec des cabanes en bois et des tuteurs de tomates.", "@jardins.landes"},
    {"Le quai des Tanneurs", "Les anciennes tanneries sont devenues des ateliers d’artistes et un café au bord de l’eau.",
     "Des façades anciennes en pierre le long du quai, avec des terrasses au bord de la rivière.", "@mael.photographie"},
    {"L’étang de la Coudraie", "2,4 km de promenade accessible aux poussettes autour de l’étang. Les hérons y sont chez eux.",
     "Un héron cendré sur la berge de l’étang, des arbres reflétés dans l’eau.", "@nature_ille"},
    {"La halle aux grains", "Restaurée en 2019, la halle aux grains du XVIIIe siècle accueille le marché de Noël, le bal du 14 Juillet et les expositions d’été.",
     "La charpente en bois de la halle, vue de l’intérieur, éclairée par des guirlandes.", "@lena_sxp"},
};

// [SECTION] Monthly council
constexpr const char* kCouncilAgendas[] = {
    "le budget primitif, les tarifs des services municipaux et le plan vélo",
    "la rénovation de la piscine, les subventions aux associations et le jumelage",
    "le rapport sur l’égalité entre les femmes et les hommes, la révision du plan local d’urbanisme et la restauration scolaire",
    "le compte administratif, les travaux d’été dans les écoles et la convention avec l’Agglomération",
};

}  // namespace

PostBlueprint works_post(Day monday, std::int64_t week_index) {
    const Works& w = pick(kWorks, week_index);
    PostBlueprint post = dated(std::string("Travaux de la semaine : ") + w.street, kTypeServices,
                               monday, 8, 15, kWorksContributor);
    post.tags = {"travaux", "voirie"};
    const std::string url = std::string(kSite) + "/travaux";
    const std::string body = std::string(w.street) + " : " + w.nature + ", " + w.period + ". " + w.traffic + ".";
    post.variants = {
        variant(kFacebook, "🚧 Travaux de la semaine\n\n" + body +
                               "\n\nMerci de votre patience et de votre prudence aux abords du chantier. "
                               "La carte de tous les chantiers : " + url,
                {image("travaux-" + iso(monday) + ".png",
                       std::string("Plan du secteur ") + w.street + " avec le périmètre du chantier et la circulation conseillée.")},
                url),
        variant(kX, "🚧 " + body + " Carte des chantiers : " + url),
        variant(kMastodon, "Travaux de la semaine à #SaintExemple\n\n" + body + "\n\nCarte des chantiers : " + url),
    };
    return post;
}

PostBlueprint job_post(Day tuesday, std::int64_t week_index) {
    const Job& j = pick(kJobs, week_index);
    PostBlueprint post = dated("Offre d’emploi : " + capitalized(j.title), kTypeJobs, tuesday, 11, 30,
                               kHrContributor);
    post.tags = {"emploi"};
    const std::string reference = std::string(j.code) + "-" + date::format("%Y-%m%d", date::sys_days{tuesday});
    const std::string url = std::string(kSite) + "/emploi/" + reference;
    const std::string deadline = french_date(add_days(tuesday, 21));
    const Media visual = image("emploi-" + reference + ".png",
                               "Visuel « La Ville recrute » : " + capitalized(j.title) + ", " + j.contract +
                                   ". Candidatures jusqu’au " + deadline + ".");
    post.variants = {
        variant(kLinkedIn,
                std::string("La Ville de Saint-Exemple recrute : ") + j.title + " " + j.service + ".\n\n" +
                    capitalized(j.contract) + ".\nVos missions : " + j.missions + ".\nVotre profil : " + j.profile +
                    ".\n\nRejoindre une commune de 31 000 habitants, c’est travailler au plus près du quotidien "
                    "des habitantes et des habitants. Candidatures jusqu’au " + deadline + " : " + url +
                    "\n\n#EmploiPublic #FonctionPubliqueTerritoriale #SaintExemple",
                {visual}, url),
        variant(kFacebook,
                std::string("📢 La Ville recrute : ") + j.title + " " + j.service + " (" + j.contract +
                    ").\nAu programme : " + j.missions + ".\n\nCandidatures jusqu’au " + deadline +
                    ". Partagez autour de vous !",
                {visual}, url,
                "Une question sur le poste ? Le service Ressources humaines vous répond au 02 61 91 11 10 "
                "ou à recrutement@saint-exemple.fr."),
        variant(kX, "La Ville recrute : " + std::string(j.title) + " " + j.service + ". Candidatures jusqu’au " +
                        deadline + " : " + url + " #EmploiPublic"),
    };
    return post;
}

PostBlueprint practical_post(Day wednesday, std::int64_t week_index) {
    const Tip& t = pick(kTips, week_index);
    PostBlueprint post = dated(std::string("Pratique : ") + t.title, kTypeServices, wednesday, 12, 15,
                               week_index % 2 ? kCommunityManager2 : kCommunityManager);
    post.tags = {"démarches"};
    const std::string url = std::string(kSite) + t.path;
    const Media visual = image("pratique-" + iso(wednesday) + ".png", t.alt);
    post.variants = {
        variant(kFacebook, std::string("💡 ") + t.text, {visual}, url),
        variant(kInstagram, std::string(t.text) + "\n\nToutes les infos : lien en bio.\n\n#SaintExemple #DémarchesEnLigne",
                {visual}),
        variant(kX, std::string(t.short_text) + " " + url),
        variant(kMastodon, std::string(t.text) + "\n\n" + url + "\n\n#SaintExemple"),
    };
    return post;
}

PostBlueprint library_post(Day wednesday, std::int64_t week_index) {
    const Book& b = pick(kBooks, week_index);
    PostBlueprint post = dated(std::string("Coup de cœur de la médiathèque : ") + b.work, kTypeServices,
                               wednesday, 16, 30, kLibraryContributor);
    post.tags = {"médiathèque", "culture"};
    const std::string pick_text = std::string(b.work) + " " + b.by + ". " + b.pitch;
    const Media cover = image("coup-de-coeur-" + iso(wednesday) + ".jpg",
                              std::string("Couverture de ") + b.work + " posée sur une table de la médiathèque.");
    post.variants = {
        variant(kFacebook, "📚 Le coup de cœur de la médiathèque\n\n" + pick_text +
                               "\n\nÀ réserver sur mediatheque.saint-exemple.fr ou à l’accueil de la médiathèque Louise-Michel.",
                {cover}, "https://mediatheque.saint-exemple.fr"),
        variant(kInstagram, "Le coup de cœur de la semaine : " + pick_text +
                                "\n\nÀ réserver en ligne (lien en bio) ou sur place.\n\n#MédiathèqueLouiseMichel #CoupDeCœur #SaintExemple",
                {cover}),
        variant(kMastodon, "Le coup de cœur de la #MédiathèqueLouiseMichel : " + pick_text +
                               "\n\nÀ réserver : https://mediatheque.saint-exemple.fr"),
    };
    return post;
}

PostBlueprint weekend_post(Day thursday, std::int64_t week_index) {
    const Weekend& w = pick(kWeekends, week_index);
    PostBlueprint post = dated("Agenda du week-end du " + french_date(add_days(thursday, 2)), kTypeAgenda,
                               thursday, 17, 30, kCommunityManager);
    post.tags = {"agenda", "sorties"};
    const std::string url = std::string(kSite) + "/agenda";
    std::string facebook_lines, instagram_lines, mastodon_lines;
    for (const Event& e : w.events) {
        const std::string when = capitalized(french_day(add_days(thursday, e.offset))) + ", " + e.time;
        facebook_lines += "• " + when + " : " + e.what + " (" + e.place + ")\n";
        instagram_lines += when + " : " + e.what + ", " + e.place + ".\n";
        mastodon_lines += "- " + when + " : " + e.what + " (" + e.place + ")\n";
    }
    const Media poster = image("agenda-" + iso(thursday) + ".jpg",
                               std::string("Affiche « Ce week-end à Saint-Exemple » : ") + w.events[0].what + ", " +
                                   w.events[1].what + " et " + w.events[2].what + ".");
    post.variants = {
        variant(kFacebook, "📅 Ce week-end à Saint-Exemple\n\n" + facebook_lines +
                               "\nTout le programme : " + url + "\nBon week-end à toutes et à tous.",
                {poster}, url),
        variant(kInstagram, "Ce week-end à Saint-Exemple 📅\n\n" + instagram_lines +
                                "\nTout le programme : lien en bio.\n\n#SaintExemple #SortirÀSaintExemple",
                {poster}),
        variant(kX, std::string("📅 Ce week-end à #SaintExemple : ") + w.events[0].what + ", " + w.events[1].what +
                        " et " + w.events[2].what + ". Programme : " + url),
        variant(kMastodon, "Ce week-end à #SaintExemple :\n\n" + mastodon_lines + "\nProgramme complet : " + url),
    };
    return post;
}

PostBlueprint civic_post(Day friday, std::int64_t week_index) {
    const News& n = pick(kNews, week_index);
    PostBlueprint post = dated(n.title, kTypeCivic, friday, 12, 0,
                               week_index % 2 ? kCommunityManager : kCommunityManager2);
    post.tags = {"vie municipale"};
    const std::string url = std::string(kSite) + "/actualites";
    const Media photo = image("actualite-" + iso(friday) + ".jpg", n.alt);
    post.variants = {
        variant(kFacebook, n.text, {photo}, url),
        variant(kLinkedIn, std::string(n.lead) + "\n\n" + n.text + "\n\nEn savoir plus : " + url +
                               "\n\n#ServicePublic #CollectivitésTerritoriales",
                {photo}, url),
        variant(kX, std::string(n.short_text) + " " + url),
        variant(kMastodon, std::string(n.text) + "\n\n" + url + " #SaintExemple"),
    };
    return post;
}

PostBlueprint territory_post(Day saturday, std::int64_t week_index) {
    const Place& p = pick(kPlaces, week_index);
    PostBlueprint post = dated(std::string("Photo du territoire : ") + p.name, kTypeTerritory, saturday, 10, 0,
                               kCommunityManager);
    post.tags = {"patrimoine", "photo"};
    const Media photo = image("territoire-" + iso(saturday) + ".jpg", p.alt);
    post.variants = {
        variant(kInstagram, std::string(p.name) + "\n\n" + p.caption + "\n\n📷 " + p.credit +
                                "\nVous aussi, partagez vos photos de la commune avec #SaintExemple.\n\n#Bretagne #IlleEtVilaine",
                {photo}),
        variant(kFacebook, std::string(p.name) + " 📷\n\n" + p.caption + "\n\nMerci à " + p.credit +
                               " pour cette photo. Partagez les vôtres en commentaire.",
                {photo}),
    };
    return post;
}

std::vector<PostBlueprint> council_posts(Day meeting) {
    const unsigned month = unsigned(meeting.month());
    const std::string agenda = kCouncilAgendas[month % std::size(kCouncilAgendas)];
    const std::string when = french_day(meeting);
    const std::string url = std::string(kSite) + "/conseil-municipal";
    const std::string live = std::string(kSite) + "/direct";

    PostBlueprint notice = dated("Conseil municipal du " + french_date(meeting) + " : ordre du jour", kTypeCivic,
                                 add_days(meeting, -6), 10, 0, kCommunityManager);
    notice.tags = {"conseil municipal"};
    notice.variants = {
        variant(kFacebook, "🏛️ Le conseil municipal se réunit " + when + " à 19 h, salle du conseil de l’hôtel de ville. "
                           "À l’ordre du jour : " + agenda + ".\n\nLa séance est publique et retransmise en direct.",
                {}, url),
        variant(kLinkedIn, "Conseil municipal de Saint-Exemple, " + when + " à 19 h.\n\nOrdre du jour : " + agenda +
                               ".\n\nSéance publique, retransmise en direct : " + url),
        variant(kX, "🏛️ Conseil municipal " + when + " à 19 h, à l’hôtel de ville. Séance publique et en direct. Ordre du jour : " + url),
        variant(kMastodon, "Conseil municipal " + when + " à 19 h, hôtel de ville. Ordre du jour : " + agenda +
                               ".\n\nSéance publique, retransmise en direct : " + url + "\n\n#SaintExemple"),
    };

    PostBlueprint tonight = dated("Conseil municipal du " + french_date(meeting) + " : direct", kTypeCivic,
                                  meeting, 18, 45, kCommunityManager2);
    tonight.tags = {"conseil municipal", "direct"};
    tonight.variants = {
        variant(kFacebook, "🔴 Le conseil municipal commence à 19 h. Suivez la séance en direct, sous-titrée : " + live, {}, live),
        variant(kX, "🔴 Conseil municipal en direct à 19 h, sous-titré : " + live),
        variant(kMastodon, "Le conseil municipal commence à 19 h, en direct et sous-titré : " + live + " #SaintExemple"),
    };
    return {notice, tonight};
}

}  // namespace parvis::demo
