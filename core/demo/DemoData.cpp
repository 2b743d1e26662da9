#include "DemoData.h"

namespace DemoData {

const QList<ForeignTown>& foreignTowns()
{
    static const QList<ForeignTown> towns = {
        {"DE", "Leipzig", "Saxe"},
        {"DE", "Francfort-sur-le-Main", "Hesse"},
        {"DE", "Bayreuth", "Bavière"},
        {"DE", "Esslingen am Neckar", "Bade-Wurtemberg"},
        {"DE", "Bad Kreuznach", "Rhénanie-Palatinat"},
        {"DE", "Wuppertal", "Rhénanie-du-Nord-Westphalie"},
        {"DE", "Oschatz", "Saxe"},
        {"DE", "Vöhringen", "Bavière"},
        {"DE", "Ludwigsburg", "Bade-Wurtemberg"},
        {"DE", "Göttingen", "Basse-Saxe"},
        {"DE", "Fribourg-en-Brisgau", "Bade-Wurtemberg"},
        {"DE", "Erlangen", "Bavière"},
        {"DE", "Bamberg", "Bavière"},
        {"DE", "Trèves", "Rhénanie-Palatinat"},
        {"IT", "Turin", "Piémont"},
        {"IT", "Bergame", "Lombardie"},
        {"IT", "Pérouse", "Ombrie"},
        {"IT", "Aoste", "Vallée d'Aoste"},
        {"IT", "Chieri", "Piémont"},
        {"IT", "Lecco", "Lombardie"},
        {"GB", "Birmingham", "Angleterre"},
        {"GB", "Cheltenham", "Angleterre"},
        {"GB", "Dundee", "Écosse"},
        {"GB", "Swansea", "Pays de Galles"},
        {"ES", "Barcelone", "Catalogne"},
        {"ES", "Saragosse", "Aragon"},
        {"ES", "Tolède", "Castille-La Manche"},
        {"PT", "Porto", "Nord"},
        {"PT", "Guimarães", "Nord"},
        {"PL", "Cracovie", "Petite-Pologne"},
        {"PL", "Poznań", "Grande-Pologne"},
        {"RO", "Cluj-Napoca", "Cluj"},
        {"RO", "Iași", "Iași"},
        {"BE", "Namur", "Wallonie"},
        {"BE", "Liège", "Wallonie"},
        {"CH", "Lausanne", "Vaud"},
        {"CH", "Genève", "Genève"},
        {"AT", "Innsbruck", "Tyrol"},
        {"CZ", "Brno", "Moravie-du-Sud"},
        {"HU", "Pécs", "Baranya"},
        {"IE", "Cork", "Munster"},
        {"NL", "Eindhoven", "Brabant-Septentrional"},
        {"AM", "Erevan", "Erevan"},
        {"AM", "Gyumri", "Shirak"},
        {"UA", "Kharkiv", "Kharkiv"},
        {"GE", "Koutaïssi", "Iméréthie"},
        {"BF", "Ouagadougou", "Centre"},
        {"BF", "Bobo-Dioulasso", "Hauts-Bassins"},
        {"BF", "Kaya", "Centre-Nord"},
        {"BF", "Dori", "Sahel"},
        {"BF", "Koudougou", "Centre-Ouest"},
        {"BF", "Ouahigouya", "Nord"},
        {"SN", "Saint-Louis", "Saint-Louis"},
        {"SN", "Thiès", "Thiès"},
        {"SN", "Ziguinchor", "Ziguinchor"},
        {"SN", "Podor", "Saint-Louis"},
        {"SN", "Matam", "Matam"},
        {"ML", "Kayes", "Kayes"},
        {"ML", "Ségou", "Ségou"},
        {"ML", "Mopti", "Mopti"},
        {"ML", "Sikasso", "Sikasso"},
        {"NE", "Niamey", "Niamey"},
        {"NE", "Zinder", "Zinder"},
        {"BJ", "Porto-Novo", "Ouémé"},
        {"BJ", "Abomey", "Zou"},
        {"BJ", "Natitingou", "Atacora"},
        {"TG", "Kpalimé", "Plateaux"},
        {"TG", "Sokodé", "Centrale"},
        {"CI", "Bouaké", "Gbêkê"},
        {"CI", "Korhogo", "Poro"},
        {"GN", "Kindia", "Kindia"},
        {"MR", "Kaédi", "Gorgol"},
        {"CM", "Dschang", "Ouest"},
        {"CM", "Bafoussam", "Ouest"},
        {"CM", "Garoua", "Nord"},
        {"TD", "Moundou", "Logone occidental"},
        {"CD", "Bukavu", "Sud-Kivu"},
        {"CG", "Pointe-Noire", "Pointe-Noire"},
        {"MG", "Antsirabe", "Vakinankaratra"},
        {"MG", "Fianarantsoa", "Haute Matsiatra"},
        {"MG", "Mahajanga", "Boeny"},
        {"MG", "Tuléar", "Atsimo-Andrefana"},
        {"KM", "Moroni", "Grande Comore"},
        {"RW", "Huye", "Province du Sud"},
        {"ET", "Gondar", "Amhara"},
        {"KE", "Kisumu", "Kisumu"},
        {"TZ", "Arusha", "Arusha"},
        {"MZ", "Pemba", "Cabo Delgado"},
        {"MA", "Fès", "Fès-Meknès"},
        {"MA", "Essaouira", "Marrakech-Safi"},
        {"MA", "Agadir", "Souss-Massa"},
        {"MA", "Oujda", "Oriental"},
        {"TN", "Sousse", "Sousse"},
        {"TN", "Monastir", "Monastir"},
        {"DZ", "Sétif", "Sétif"},
        {"DZ", "Tlemcen", "Tlemcen"},
        {"EG", "Alexandrie", "Alexandrie"},
        {"LB", "Tripoli", "Liban-Nord"},
        {"LB", "Saïda", "Liban-Sud"},
        {"PS", "Bethléem", "Cisjordanie"},
        {"PS", "Naplouse", "Cisjordanie"},
        {"PS", "Jéricho", "Cisjordanie"},
        {"IL", "Haïfa", "District d'Haïfa"},
        {"JO", "Madaba", "Madaba"},
        {"HT", "Jacmel", "Sud-Est"},
        {"HT", "Cap-Haïtien", "Nord"},
        {"HT", "Les Cayes", "Sud"},
        {"VN", "Huế", "Thừa Thiên-Huế"},
        {"VN", "Hô Chi Minh-Ville", "Hô Chi Minh-Ville"},
        {"KH", "Siem Reap", "Siem Reap"},
        {"LA", "Luang Prabang", "Luang Prabang"},
        {"IN", "Pondichéry", "Pondichéry"},
        {"NP", "Pokhara", "Gandaki"},
        {"CN", "Wuhan", "Hubei"},
        {"CN", "Canton", "Guangdong"},
        {"JP", "Yokohama", "Kanagawa"},
        {"JP", "Kōfu", "Yamanashi"},
        {"KR", "Jeonju", "Jeolla du Nord"},
        {"AR", "Neuquén", "Neuquén"},
        {"BR", "Porto Alegre", "Rio Grande do Sul"},
        {"BR", "Belo Horizonte", "Minas Gerais"},
        {"CL", "Valparaíso", "Valparaíso"},
        {"PE", "Cuzco", "Cuzco"},
        {"BO", "Cochabamba", "Cochabamba"},
        {"CO", "Medellín", "Antioquia"},
        {"NI", "León", "León"},
        {"MX", "Guadalajara", "Jalisco"},
        {"CA", "Québec", "Québec"},
        {"CA", "Sherbrooke", "Québec"},
        {"US", "Saint-Louis", "Missouri"},
        {"US", "Beverly Hills", "Californie"},
    };
    return towns;
}

const QList<Weighted>& twinningCountries()
{
    static const QList<Weighted> weights = {
        {"DE", 36}, {"IT", 16}, {"GB", 9}, {"ES", 5}, {"PT", 4}, {"PL", 4}, {"BE", 3}, {"RO", 3},
        {"CH", 2},  {"AT", 2},  {"CZ", 1}, {"HU", 1}, {"IE", 1}, {"NL", 1}, {"AM", 2}, {"UA", 1},
        {"GE", 1},  {"BF", 3},  {"SN", 2}, {"ML", 1}, {"MA", 1}, {"CA", 1}, {"JP", 1}, {"US", 1},
    };
    return weights;
}

const QList<Weighted>& projectCountries()
{
    static const QList<Weighted> weights = {
        {"BF", 12}, {"SN", 10}, {"ML", 6}, {"MG", 8}, {"BJ", 6}, {"TG", 5}, {"NE", 4}, {"CM", 5}, {"CI", 3},
        {"GN", 2},  {"MR", 2},  {"TD", 1}, {"CD", 2}, {"CG", 1}, {"KM", 1}, {"RW", 1}, {"ET", 1}, {"KE", 1},
        {"TZ", 1},  {"MZ", 1},  {"MA", 5}, {"TN", 3}, {"DZ", 2}, {"EG", 1}, {"LB", 3}, {"PS", 3}, {"JO", 1},
        {"HT", 4},  {"VN", 3},  {"KH", 2}, {"LA", 1}, {"IN", 2}, {"NP", 1}, {"AR", 1}, {"BR", 2}, {"PE", 1},
        {"BO", 1},  {"NI", 1},  {"AM", 2}, {"UA", 2}, {"RO", 1}, {"DE", 2}, {"IT", 1},
    };
    return weights;
}

const QList<Weighted>& actorTypes()
{
    static const QList<Weighted> weights = {
        {"asso_si", 34},
        {"asso_autre", 14},
        {"osim", 6},
        {"fondation", 2},
        {"commune", 12},
        {"epci", 1},
        {"departement", 0},
        {"syndicat", 1},
        {"comite_jumelage", 9},
        {"etab_scolaire", 7},
        {"ens_sup_recherche", 2},
        {"etab_sante", 2},
        {"entreprise", 4},
        {"consulaire", 1},
        {"socio_pro", 1},
        {"etat", 1},
        {"reseau", 2},
        {"autre", 1},
    };
    return weights;
}

const QList<Weighted>& partnershipKinds()
{
    static const QList<Weighted> weights = {
        {"jumelage", 34},
        {"cooperation_decentralisee", 18},
        {"partenariat_associatif", 16},
        {"partenariat_scolaire_universitaire", 10},
        {"partenariat_non_conventionne", 8},
        {"pacte_charte_amitie", 4},
        {"accord_protocole_cooperation", 3},
        {"partenariat_hospitalier", 2},
        {"cooperation_economique", 2},
        {"soutien_acteur_territoire", 2},
        {"aide_urgence_humanitaire", 1},
    };
    return weights;
}

const QList<Weighted>& partnershipStatuses()
{
    static const QList<Weighted> weights = {
        {"actif", 70},   {"en_sommeil", 14}, {"termine", 8},
        {"suspendu", 3}, {"en_projet", 3},   {"a_verifier", 2},
    };
    return weights;
}

const QList<Weighted>& projectStatuses()
{
    static const QList<Weighted> weights = {
        {"identification", 8}, {"en_cours", 45}, {"finalisation", 7},
        {"cloture", 36},       {"annule", 2},    {"suspendu", 2},
    };
    return weights;
}

const QList<Weighted>& fundingProgrammes()
{
    static const QList<Weighted> weights = {
        {"fonds_propres", 30},
        {"region_aura", 16},
        {"meae_aap_generaliste", 8},
        {"meae_aap_jeunesse", 3},
        {"meae_cles_en_main", 2},
        {"afd_ficol", 2},
        {"oudin_santini_eau", 6},
        {"oudin_santini_dechets", 1},
        {"departement", 8},
        {"ue_interreg", 2},
        {"ue_autre", 2},
        {"fondation", 8},
        {"valorisation", 10},
        {"autre", 2},
    };
    return weights;
}

const QList<SupportScheme>& supportSchemes()
{
    // The demo's own wording of each scheme; calendars and ceilings are plausible, not the
    // current ones.
    static const char* const authorities = "region|departement|metropole_lyon|commune|epci|syndicat";
    static const QList<SupportScheme> schemes = {
        {"Appel à projets généraliste en soutien à la coopération décentralisée",
         "Ministère de l'Europe et des Affaires étrangères (DAECT)", "meae_aap_generaliste",
         "appel_a_projets", authorities, "", 200000, 50, "03-31"},
        {"Appel à projets Jeunesse (coopération décentralisée)",
         "Ministère de l'Europe et des Affaires étrangères (DAECT)", "meae_aap_jeunesse", "appel_a_projets",
         authorities, "jeunesse_mobilite", 60000, 50, "05-15"},
        {"Clés en main", "Ministère de l'Europe et des Affaires étrangères (DAECT)", "meae_cles_en_main",
         "appel_a_projets", authorities, "", 20000, 50, "01-31"},
        {"FICOL – Facilité de financement des collectivités territoriales françaises",
         "Agence française de développement (AFD)", "afd_ficol", "fonds", authorities, "", 1500000, 80,
         nullptr},
        {"Solidarité internationale pour l'eau et l'assainissement",
         "Agence de l'eau Rhône Méditerranée Corse", "oudin_santini_eau", "fonds", "", "eau_assainissement",
         300000, 70, nullptr},
        {"Fonds régional de solidarité internationale", "Conseil régional", "region_aura", "appel_a_projets",
         "", "", 30000, 50, "10-15"},
        {"Soutien régional aux jumelages et à la mobilité des jeunes", "Conseil régional", "region_aura",
         "appel_a_projets", "", "jeunesse_mobilite", 10000, 50, "02-28"},
        {"Aide départementale aux projets de solidarité internationale", "Conseil départemental",
         "departement", "appel_a_projets", "", "", 15000, 50, "11-30"},
        {"Jumelage de villes (programme CERV)", "Union européenne – Commission européenne", "ue_autre",
         "appel_a_projets", authorities, "", 30000, 0, "09-20"},
        {"Interreg – coopération transfrontalière", "Union européenne – programmes Interreg", "ue_interreg",
         "appel_a_projets", "", "", 500000, 80, "06-30"},
        {"Dotations de l'Agence des micro-projets", "La Guilde – Agence des micro-projets", "autre",
         "appel_a_projets", "asso_si|osim|asso_autre", "", 15000, 75, "04-30"},
    };
    return schemes;
}

const QList<const char*>& associationNames()
{
    static const QList<const char*> names = {
        "%1 Solidarité %2",
        "Les Amis de %2",
        "Association %1 – %2",
        "Eau Vive %1",
        "Santé Sans Frontières %1",
        "Écoles du Monde %1",
        "Terre d'Entraide %1",
        "Collectif %1 pour %2",
        "Association des ressortissants de %2 à %1",
        "Jardins Partagés %1",
        "Mains Tendues %1",
        "Horizons Solidaires %1",
        "Femmes Solidaires de %1",
        "Tisserands du Monde %1",
        "Le Pont %1-%2",
        "Savoirs Partagés %1",
    };
    return names;
}

const QList<std::pair<const char*, const char*>>& projectTitles()
{
    static const QList<std::pair<const char*, const char*>> titles = {
        {"eau_assainissement", "Accès à l'eau potable à %1"},
        {"eau_assainissement", "Assainissement des écoles de %1"},
        {"sante", "Équipement du centre de santé de %1"},
        {"sante", "Santé maternelle et infantile à %1"},
        {"education", "Scolarisation des filles à %1"},
        {"education", "Bibliothèques scolaires de %1"},
        {"formation_professionnelle", "Formation des jeunes artisans de %1"},
        {"agriculture", "Maraîchage et sécurité alimentaire à %1"},
        {"agriculture", "Coopérative agricole de %1"},
        {"gouvernance_locale", "Appui à l'état civil de %1"},
        {"gouvernance_locale", "Budget participatif à %1"},
        {"developpement_urbain", "Gestion des espaces publics de %1"},
        {"energie", "Électrification solaire à %1"},
        {"dechets", "Collecte des déchets ménagers à %1"},
        {"environnement_climat", "Reboisement autour de %1"},
        {"developpement_economique", "Microcrédit pour les femmes de %1"},
        {"tourisme", "Tourisme solidaire à %1"},
        {"culture_sport", "Festival culturel franco-local de %1"},
        {"jeunesse_mobilite", "Échanges de jeunes avec %1"},
        {"egalite_femmes_hommes", "Autonomie des femmes à %1"},
        {"action_sociale", "Accueil des enfants des rues à %1"},
        {"urgence_humanitaire", "Aide d'urgence aux sinistrés de %1"},
        {"ecsi", "Semaine de la solidarité internationale avec %1"},
        {"numerique", "Espace numérique pour tous à %1"},
        {"enseignement_superieur", "Coopération universitaire avec %1"},
        {"migrations", "Projets de développement portés par la diaspora de %1"},
    };
    return titles;
}

} // namespace DemoData
