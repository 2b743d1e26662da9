-- Observatoire schema version 1: core entities, reference tables, history and import batches.
--
-- Written in the SQL that SQLite and PostgreSQL share. Two placeholders are replaced per backend
-- by core/database/SqlScript: {{ID}} (the integer primary key: a rowid alias in SQLite, an identity
-- column in PostgreSQL). Dates are ISO 8601 text whose length carries the precision:
-- 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. Timestamps are UTC ISO 8601 with milliseconds.
-- Money is integer cents. Flags are 0/1 integers.

-- Reference tables (controlled vocabularies). Advisers may add rows; `active = 0` retires an
-- entry without invalidating the records that use it.

CREATE TABLE ref_zone (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE ref_country (
    code TEXT PRIMARY KEY CHECK (length(code) = 2),
    iso3 TEXT NOT NULL UNIQUE CHECK (length(iso3) = 3),
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    zone_code TEXT REFERENCES ref_zone(code),
    least_developed INTEGER NOT NULL DEFAULT 0 CHECK (least_developed IN (0, 1)),
    eu_member INTEGER NOT NULL DEFAULT 0 CHECK (eu_member IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE ref_departement (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    region_code TEXT,
    population INTEGER CHECK (population IS NULL OR population >= 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE ref_actor_family (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE ref_actor_type (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    family_code TEXT NOT NULL REFERENCES ref_actor_family(code),
    iati_type INTEGER,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE ref_partner_type (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE ref_partnership_kind (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE ref_partnership_status (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE ref_project_status (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    iati_code INTEGER NOT NULL,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE ref_sdg (
    goal INTEGER PRIMARY KEY CHECK (goal BETWEEN 1 AND 17),
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL
);

CREATE TABLE ref_theme (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    crs_codes TEXT,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE ref_theme_sdg (
    theme_code TEXT NOT NULL REFERENCES ref_theme(code) ON DELETE CASCADE,
    sdg_goal INTEGER NOT NULL REFERENCES ref_sdg(goal),
    PRIMARY KEY (theme_code, sdg_goal)
);

CREATE TABLE ref_org_role (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    iati_role INTEGER,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE ref_funding_programme (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    external INTEGER NOT NULL DEFAULT 1 CHECK (external IN (0, 1)),
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE ref_funding_status (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Import batches come first: records point at the batch that created them.

CREATE TABLE import_batch (
    id {{ID}},
    uuid TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    encoding TEXT,
    delimiter TEXT,
    options TEXT,
    mapping TEXT,
    rows_total INTEGER NOT NULL DEFAULT 0,
    rows_created INTEGER NOT NULL DEFAULT 0,
    rows_updated INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    user_name TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT
);

-- Core entities.

CREATE TABLE actor (
    id {{ID}},
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    name_normalized TEXT NOT NULL,
    acronym TEXT,
    actor_type_code TEXT REFERENCES ref_actor_type(code),
    insee_code TEXT,
    siren TEXT CHECK (siren IS NULL OR length(siren) = 9),
    rna TEXT,
    address TEXT,
    postcode TEXT,
    commune_insee TEXT,
    departement_code TEXT REFERENCES ref_departement(code),
    population INTEGER CHECK (population IS NULL OR population >= 0),
    parent_actor_id BIGINT REFERENCES actor(id) ON DELETE SET NULL,
    website TEXT,
    email TEXT,
    phone TEXT,
    source TEXT,
    verified_on TEXT CHECK (verified_on IS NULL OR length(verified_on) IN (4, 7, 10)),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX actor_name_normalized ON actor(name_normalized);
CREATE INDEX actor_insee_code ON actor(insee_code);
CREATE INDEX actor_siren ON actor(siren);
CREATE INDEX actor_departement ON actor(departement_code);

CREATE TABLE foreign_partner (
    id {{ID}},
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    name_normalized TEXT NOT NULL,
    partner_type_code TEXT REFERENCES ref_partner_type(code),
    country_code TEXT NOT NULL REFERENCES ref_country(code),
    admin_area TEXT,
    latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    source TEXT,
    verified_on TEXT CHECK (verified_on IS NULL OR length(verified_on) IN (4, 7, 10)),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX foreign_partner_name_country ON foreign_partner(name_normalized, country_code);
CREATE INDEX foreign_partner_country ON foreign_partner(country_code);

CREATE TABLE partnership (
    id {{ID}},
    uuid TEXT NOT NULL UNIQUE,
    title TEXT,
    kind_code TEXT NOT NULL REFERENCES ref_partnership_kind(code),
    status_code TEXT NOT NULL REFERENCES ref_partnership_status(code),
    status_reason TEXT,
    formalized INTEGER NOT NULL DEFAULT 0 CHECK (formalized IN (0, 1)),
    signed_on TEXT CHECK (signed_on IS NULL OR length(signed_on) IN (4, 7, 10)),
    ended_on TEXT CHECK (ended_on IS NULL OR length(ended_on) IN (4, 7, 10)),
    description TEXT,
    source TEXT,
    verified_on TEXT CHECK (verified_on IS NULL OR length(verified_on) IN (4, 7, 10)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX partnership_kind ON partnership(kind_code);
CREATE INDEX partnership_status ON partnership(status_code);

CREATE TABLE partnership_actor (
    partnership_id BIGINT NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
    actor_id BIGINT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    role_code TEXT NOT NULL REFERENCES ref_org_role(code),
    PRIMARY KEY (partnership_id, actor_id)
);
CREATE INDEX partnership_actor_actor ON partnership_actor(actor_id);

CREATE TABLE partnership_partner (
    partnership_id BIGINT NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
    partner_id BIGINT NOT NULL REFERENCES foreign_partner(id) ON DELETE CASCADE,
    PRIMARY KEY (partnership_id, partner_id)
);
CREATE INDEX partnership_partner_partner ON partnership_partner(partner_id);

CREATE TABLE partnership_theme (
    partnership_id BIGINT NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
    theme_code TEXT NOT NULL REFERENCES ref_theme(code),
    PRIMARY KEY (partnership_id, theme_code)
);

CREATE TABLE project (
    id {{ID}},
    uuid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL CHECK (length(title) > 0),
    description TEXT,
    partnership_id BIGINT REFERENCES partnership(id) ON DELETE SET NULL,
    status_code TEXT NOT NULL REFERENCES ref_project_status(code),
    started_on TEXT CHECK (started_on IS NULL OR length(started_on) IN (4, 7, 10)),
    ended_on TEXT CHECK (ended_on IS NULL OR length(ended_on) IN (4, 7, 10)),
    in_france INTEGER NOT NULL DEFAULT 0 CHECK (in_france IN (0, 1)),
    budget_cents BIGINT CHECK (budget_cents IS NULL OR budget_cents >= 0),
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    source TEXT,
    verified_on TEXT CHECK (verified_on IS NULL OR length(verified_on) IN (4, 7, 10)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX project_partnership ON project(partnership_id);
CREATE INDEX project_status ON project(status_code);

CREATE TABLE project_actor (
    project_id BIGINT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    actor_id BIGINT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    role_code TEXT NOT NULL REFERENCES ref_org_role(code),
    PRIMARY KEY (project_id, actor_id)
);
CREATE INDEX project_actor_actor ON project_actor(actor_id);

CREATE TABLE project_partner (
    project_id BIGINT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    partner_id BIGINT NOT NULL REFERENCES foreign_partner(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, partner_id)
);
CREATE INDEX project_partner_partner ON project_partner(partner_id);

CREATE TABLE project_country (
    project_id BIGINT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    country_code TEXT NOT NULL REFERENCES ref_country(code),
    PRIMARY KEY (project_id, country_code)
);

CREATE TABLE project_theme (
    project_id BIGINT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    theme_code TEXT NOT NULL REFERENCES ref_theme(code),
    PRIMARY KEY (project_id, theme_code)
);

CREATE TABLE project_sdg (
    project_id BIGINT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    sdg_goal INTEGER NOT NULL REFERENCES ref_sdg(goal),
    PRIMARY KEY (project_id, sdg_goal)
);

CREATE TABLE funding (
    id {{ID}},
    uuid TEXT NOT NULL UNIQUE,
    project_id BIGINT NOT NULL REFERENCES project(id) ON DELETE CASCADE,
    funder_actor_id BIGINT REFERENCES actor(id) ON DELETE SET NULL,
    programme_code TEXT REFERENCES ref_funding_programme(code),
    year INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2200),
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
    status_code TEXT NOT NULL REFERENCES ref_funding_status(code),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX funding_project ON funding(project_id);
CREATE INDEX funding_funder ON funding(funder_actor_id);

-- Provenance: which import batch and file line created or last updated a record.
CREATE TABLE import_row (
    batch_id BIGINT NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    line INTEGER NOT NULL,
    PRIMARY KEY (batch_id, entity, record_id)
);
CREATE INDEX import_row_record ON import_row(entity, record_id);

-- Change history: one row per changed field. `field` is NULL for a whole-record event.
CREATE TABLE change_log (
    id {{ID}},
    entity TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    record_uuid TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    user_name TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    batch_id BIGINT REFERENCES import_batch(id) ON DELETE SET NULL
);
CREATE INDEX change_log_record ON change_log(entity, record_id);
CREATE INDEX change_log_uuid ON change_log(record_uuid);

-- Seed vocabularies (../shared/reference/domain.md part (a)). Countries, départements and
-- communes are loaded by the reference-data migrations.

INSERT INTO ref_zone (code, label_fr, label_en, sort_order) VALUES
    ('afrique_ouest', 'Afrique de l''Ouest', 'West Africa', 1),
    ('afrique_centrale', 'Afrique centrale', 'Central Africa', 2),
    ('afrique_est_ocean_indien', 'Afrique de l''Est et océan Indien', 'East Africa and Indian Ocean', 3),
    ('afrique_australe', 'Afrique australe', 'Southern Africa', 4),
    ('afrique_nord', 'Afrique du Nord (Maghreb)', 'North Africa (Maghreb)', 5),
    ('proche_moyen_orient', 'Proche et Moyen-Orient', 'Near and Middle East', 6),
    ('asie_centrale_sud', 'Asie centrale et du Sud', 'Central and South Asia', 7),
    ('asie_sud_est_extreme_orient', 'Asie du Sud-Est et Extrême-Orient', 'South-East Asia and Far East', 8),
    ('amerique_nord', 'Amérique du Nord', 'North America', 9),
    ('amerique_centrale_caraibes', 'Amérique centrale et Caraïbes', 'Central America and Caribbean', 10),
    ('amerique_sud', 'Amérique du Sud', 'South America', 11),
    ('union_europeenne', 'Union européenne', 'European Union', 12),
    ('europe_hors_ue', 'Europe hors UE', 'Europe outside the EU', 13),
    ('oceanie', 'Océanie', 'Oceania', 14),
    ('france', 'France (actions menées en France)', 'France (actions in France)', 15);

INSERT INTO ref_actor_family (code, label_fr, label_en, sort_order) VALUES
    ('collectivites', 'Collectivités et groupements', 'Local authorities and groupings', 1),
    ('comites_jumelage', 'Comités de jumelage', 'Twinning committees', 2),
    ('associations', 'Associations', 'Associations', 3),
    ('enseignement_recherche', 'Enseignement et recherche', 'Education and research', 4),
    ('sante', 'Santé', 'Health', 5),
    ('entreprises', 'Entreprises', 'Companies', 6),
    ('etat_autres', 'État, établissements publics et autres', 'State, public bodies and others', 7);

INSERT INTO ref_actor_type (code, label_fr, label_en, family_code, iati_type, sort_order) VALUES
    ('region', 'Région', 'Region', 'collectivites', 11, 1),
    ('departement', 'Département', 'Département', 'collectivites', 11, 2),
    ('metropole_lyon', 'Métropole de Lyon', 'Métropole de Lyon', 'collectivites', 11, 3),
    ('commune', 'Commune', 'Commune', 'collectivites', 11, 4),
    ('epci', 'EPCI à fiscalité propre', 'Inter-municipal body (EPCI)', 'collectivites', 11, 5),
    ('syndicat', 'Syndicat intercommunal ou mixte', 'Inter-municipal or mixed syndicate', 'collectivites', 11, 6),
    ('comite_jumelage', 'Comité de jumelage', 'Twinning committee', 'comites_jumelage', 22, 7),
    ('asso_si', 'Association de solidarité internationale', 'International solidarity association', 'associations', 22, 8),
    ('osim', 'Organisation de solidarité internationale issue des migrations (OSIM)', 'Migrant-led solidarity organisation (OSIM)', 'associations', 22, 9),
    ('asso_autre', 'Autre association', 'Other association', 'associations', 22, 10),
    ('fondation', 'Fondation ou fonds de dotation', 'Foundation or endowment fund', 'associations', 60, 11),
    ('etab_scolaire', 'Établissement scolaire', 'School', 'enseignement_recherche', 15, 12),
    ('ens_sup_recherche', 'Université, grande école, organisme de recherche', 'University, higher education or research body', 'enseignement_recherche', 80, 13),
    ('etab_sante', 'Établissement de santé', 'Health facility', 'sante', 15, 14),
    ('entreprise', 'Entreprise (y compris ESS)', 'Company (including social economy)', 'entreprises', 71, 15),
    ('consulaire', 'Chambre consulaire', 'Chamber of commerce, trades or agriculture', 'entreprises', 15, 16),
    ('socio_pro', 'Organisation socio-professionnelle', 'Professional organisation or union', 'etat_autres', 22, 17),
    ('etat', 'Service de l''État ou établissement public national', 'State service or national public body', 'etat_autres', 10, 18),
    ('reseau', 'Collectif, réseau ou plateforme', 'Collective, network or platform', 'etat_autres', 22, 19),
    ('autre', 'Autre', 'Other', 'etat_autres', 90, 20);

INSERT INTO ref_partner_type (code, label_fr, label_en, sort_order) VALUES
    ('autorite_locale_commune', 'Autorité locale (commune, ville)', 'Local authority (municipality)', 1),
    ('autorite_locale_intermediaire', 'Autorité locale intermédiaire (district, comté)', 'Intermediate local authority (district, county)', 2),
    ('autorite_locale_regionale', 'Autorité régionale (région, province, Land)', 'Regional authority (region, province, state)', 3),
    ('etat', 'État ou administration nationale', 'State or national administration', 4),
    ('association_ong', 'Association, ONG', 'Association, NGO', 5),
    ('etablissement_scolaire', 'Établissement scolaire', 'School', 6),
    ('universite', 'Université, recherche', 'University, research', 7),
    ('hopital', 'Hôpital, santé', 'Hospital, health', 8),
    ('entreprise', 'Entreprise', 'Company', 9),
    ('autre', 'Autre', 'Other', 10);

INSERT INTO ref_partnership_kind (code, label_fr, label_en, sort_order) VALUES
    ('jumelage', 'Jumelage', 'Twinning', 1),
    ('cooperation_decentralisee', 'Coopération décentralisée', 'Decentralised cooperation', 2),
    ('pacte_charte_amitie', 'Pacte ou charte d''amitié', 'Friendship pact or charter', 3),
    ('accord_protocole_cooperation', 'Accord ou protocole de coopération', 'Cooperation agreement or protocol', 4),
    ('partenariat_non_conventionne', 'Partenariat non conventionné (action ponctuelle)', 'Informal partnership (one-off action)', 5),
    ('aide_urgence_humanitaire', 'Aide d''urgence ou humanitaire', 'Emergency or humanitarian aid', 6),
    ('soutien_acteur_territoire', 'Soutien à un acteur du territoire', 'Support to a local actor', 7),
    ('cooperation_transfrontaliere_europeenne', 'Coopération transfrontalière ou européenne', 'Cross-border or European cooperation', 8),
    ('reseau_villes', 'Réseau de villes', 'City network', 9),
    ('partenariat_associatif', 'Partenariat associatif', 'Association partnership', 10),
    ('partenariat_scolaire_universitaire', 'Partenariat scolaire ou universitaire', 'School or university partnership', 11),
    ('partenariat_hospitalier', 'Partenariat hospitalier', 'Hospital partnership', 12),
    ('cooperation_economique', 'Coopération économique', 'Economic cooperation', 13),
    ('autre', 'Autre', 'Other', 14);

INSERT INTO ref_partnership_status (code, label_fr, label_en, sort_order) VALUES
    ('en_projet', 'En projet', 'Planned', 1),
    ('actif', 'Actif', 'Active', 2),
    ('en_sommeil', 'En sommeil', 'Dormant', 3),
    ('suspendu', 'Suspendu', 'Suspended', 4),
    ('termine', 'Terminé', 'Ended', 5),
    ('a_verifier', 'À vérifier', 'To be checked', 6);

INSERT INTO ref_project_status (code, label_fr, label_en, iati_code, sort_order) VALUES
    ('identification', 'Identification', 'Pipeline/identification', 1, 1),
    ('en_cours', 'En cours', 'Implementation', 2, 2),
    ('finalisation', 'Finalisation', 'Finalisation', 3, 3),
    ('cloture', 'Clôturé', 'Closed', 4, 4),
    ('annule', 'Annulé', 'Cancelled', 5, 5),
    ('suspendu', 'Suspendu', 'Suspended', 6, 6);

INSERT INTO ref_sdg (goal, label_fr, label_en) VALUES
    (1, 'Pas de pauvreté', 'No poverty'),
    (2, 'Faim « zéro »', 'Zero hunger'),
    (3, 'Bonne santé et bien-être', 'Good health and well-being'),
    (4, 'Éducation de qualité', 'Quality education'),
    (5, 'Égalité entre les sexes', 'Gender equality'),
    (6, 'Eau propre et assainissement', 'Clean water and sanitation'),
    (7, 'Énergie propre et d''un coût abordable', 'Affordable and clean energy'),
    (8, 'Travail décent et croissance économique', 'Decent work and economic growth'),
    (9, 'Industrie, innovation et infrastructure', 'Industry, innovation and infrastructure'),
    (10, 'Inégalités réduites', 'Reduced inequalities'),
    (11, 'Villes et communautés durables', 'Sustainable cities and communities'),
    (12, 'Consommation et production responsables', 'Responsible consumption and production'),
    (13, 'Mesures relatives à la lutte contre les changements climatiques', 'Climate action'),
    (14, 'Vie aquatique', 'Life below water'),
    (15, 'Vie terrestre', 'Life on land'),
    (16, 'Paix, justice et institutions efficaces', 'Peace, justice and strong institutions'),
    (17, 'Partenariats pour la réalisation des objectifs', 'Partnerships for the goals');

INSERT INTO ref_theme (code, label_fr, label_en, crs_codes, sort_order) VALUES
    ('agriculture', 'Agriculture, alimentation, développement rural, pêche', 'Agriculture, food, rural development, fisheries', '311|312|313|520', 1),
    ('eau_assainissement', 'Eau, assainissement, hygiène', 'Water, sanitation, hygiene', '140', 2),
    ('sante', 'Santé', 'Health', '121|122|123|130', 3),
    ('education', 'Éducation, formation', 'Education, training', '111|112|113', 4),
    ('formation_professionnelle', 'Formation professionnelle, insertion', 'Vocational training, employability', '11330', 5),
    ('enseignement_superieur', 'Enseignement supérieur, recherche', 'Higher education, research', '114', 6),
    ('gouvernance_locale', 'Gouvernance locale, appui institutionnel, décentralisation', 'Local governance, institutional support, decentralisation', '151', 7),
    ('developpement_urbain', 'Développement urbain, aménagement, habitat, mobilité', 'Urban development, planning, housing, mobility', '430|210', 8),
    ('environnement_climat', 'Environnement, biodiversité, climat', 'Environment, biodiversity, climate', '410', 9),
    ('energie', 'Énergie', 'Energy', '230', 10),
    ('dechets', 'Gestion des déchets', 'Waste management', '14050', 11),
    ('developpement_economique', 'Développement économique, emploi, artisanat, commerce équitable, ESS, microfinance', 'Economic development, jobs, crafts, fair trade, social economy, microfinance', '240|250|321', 12),
    ('tourisme', 'Tourisme', 'Tourism', '332', 13),
    ('culture_sport', 'Culture, patrimoine, sport, francophonie', 'Culture, heritage, sport, French-speaking world', '16061', 14),
    ('jeunesse_mobilite', 'Jeunesse, mobilité et volontariat internationaux', 'Youth, international mobility and volunteering', NULL, 15),
    ('egalite_femmes_hommes', 'Égalité femmes-hommes', 'Gender equality', '15170', 16),
    ('droits_humains', 'Droits humains, démocratie, paix', 'Human rights, democracy, peace', '152|15160', 17),
    ('action_sociale', 'Action sociale, enfance, handicap', 'Social action, childhood, disability', '160', 18),
    ('urgence_humanitaire', 'Urgence, aide humanitaire, réfugiés, reconstruction', 'Emergency, humanitarian aid, refugees, reconstruction', '720|730|740|93010', 19),
    ('ecsi', 'ECSI (éducation à la citoyenneté et à la solidarité internationale)', 'Global citizenship and solidarity education', '99820', 20),
    ('numerique', 'Numérique', 'Digital', '220', 21),
    ('migrations', 'Migrations et développement', 'Migration and development', '15190', 22),
    ('autre', 'Autre', 'Other', NULL, 23);

INSERT INTO ref_theme_sdg (theme_code, sdg_goal) VALUES
    ('agriculture', 2), ('eau_assainissement', 6), ('sante', 3), ('education', 4),
    ('formation_professionnelle', 4), ('formation_professionnelle', 8),
    ('enseignement_superieur', 4), ('enseignement_superieur', 9),
    ('gouvernance_locale', 16), ('gouvernance_locale', 17), ('developpement_urbain', 11),
    ('environnement_climat', 13), ('environnement_climat', 14), ('environnement_climat', 15),
    ('energie', 7), ('dechets', 11), ('dechets', 12), ('developpement_economique', 8),
    ('tourisme', 8), ('culture_sport', 11), ('jeunesse_mobilite', 4), ('jeunesse_mobilite', 17),
    ('egalite_femmes_hommes', 5), ('droits_humains', 16), ('action_sociale', 1),
    ('action_sociale', 10), ('urgence_humanitaire', 1), ('ecsi', 4), ('numerique', 9),
    ('migrations', 10);

INSERT INTO ref_org_role (code, label_fr, label_en, iati_role, sort_order) VALUES
    ('porteur', 'Porteur (maître d''ouvrage)', 'Lead (accountable)', 2, 1),
    ('operateur', 'Opérateur (maître d''œuvre)', 'Implementing', 4, 2),
    ('financeur', 'Financeur', 'Funder', 1, 3),
    ('partenaire', 'Partenaire', 'Partner', NULL, 4),
    ('signataire', 'Signataire', 'Signatory', 2, 5),
    ('animateur', 'Animateur (comité de jumelage)', 'Coordinator (twinning committee)', 4, 6),
    ('associe', 'Associé', 'Associate', NULL, 7);

INSERT INTO ref_funding_programme (code, label_fr, label_en, external, sort_order) VALUES
    ('meae_aap_generaliste', 'MEAE – appel à projets généraliste', 'MEAE – general call for projects', 1, 1),
    ('meae_aap_jeunesse', 'MEAE – appel à projets Jeunesse', 'MEAE – youth call for projects', 1, 2),
    ('meae_cles_en_main', 'MEAE – Clés en main', 'MEAE – Clés en main', 1, 3),
    ('afd_ficol', 'AFD – FICOL', 'AFD – FICOL', 1, 4),
    ('oudin_santini_eau', 'Loi Oudin-Santini – eau', 'Oudin-Santini law – water', 1, 5),
    ('oudin_santini_dechets', 'Loi Oudin-Santini – déchets', 'Oudin-Santini law – waste', 1, 6),
    ('region_aura', 'Région', 'Region', 1, 7),
    ('departement', 'Département', 'Département', 1, 8),
    ('ue_interreg', 'Union européenne – Interreg', 'European Union – Interreg', 1, 9),
    ('ue_autre', 'Union européenne – autre', 'European Union – other', 1, 10),
    ('fondation', 'Fondation', 'Foundation', 1, 11),
    ('fonds_propres', 'Fonds propres', 'Own funds', 0, 12),
    ('valorisation', 'Valorisation (contributions en nature)', 'In-kind contributions', 0, 13),
    ('autre', 'Autre', 'Other', 1, 14);

INSERT INTO ref_funding_status (code, label_fr, label_en, sort_order) VALUES
    ('demande', 'Demandé', 'Requested', 1),
    ('accorde', 'Accordé', 'Granted', 2),
    ('verse', 'Versé', 'Paid', 3),
    ('refuse', 'Refusé', 'Refused', 4);
