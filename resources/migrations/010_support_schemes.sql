-- Observatoire schema version 10: the catalogue of support schemes (« dispositifs de soutien »):
-- the calls for projects, funds, prizes and technical support an actor of the region can apply
-- to, with whom they are open to, where, on which themes, their conditions and their calls.
-- The catalogue starts empty: advisers fill it or import the documented example file
-- (resources/examples/dispositifs-exemple.csv), whose rows each name their public source.

-- What a scheme is. Advisers may add kinds.
CREATE TABLE ref_scheme_kind (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Conditions a scheme sets on the applicant, as tags. Matching checks those the observatory
-- records (a formalised partnership) and shows the others as to be checked by the adviser.
CREATE TABLE ref_scheme_condition (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL,
    label_en TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE scheme (
    id {{ID}},
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    funder TEXT,
    programme_code TEXT REFERENCES ref_funding_programme(code),
    kind_code TEXT NOT NULL REFERENCES ref_scheme_kind(code),
    amount_min_cents BIGINT CHECK (amount_min_cents IS NULL OR amount_min_cents >= 0),
    amount_max_cents BIGINT CHECK (amount_max_cents IS NULL OR amount_max_cents >= 0),
    cofunding_max_percent INTEGER CHECK (cofunding_max_percent IS NULL OR cofunding_max_percent BETWEEN 1 AND 100),
    url TEXT,
    contact TEXT,
    description TEXT,
    source TEXT,
    verified_on TEXT CHECK (verified_on IS NULL OR length(verified_on) IN (4, 7, 10)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- The actor types a scheme is open to; none: open to every type.
CREATE TABLE scheme_actor_type (
    scheme_id BIGINT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    actor_type_code TEXT NOT NULL REFERENCES ref_actor_type(code),
    PRIMARY KEY (scheme_id, actor_type_code)
);

-- Where the funded action takes place: zones and countries; neither: anywhere.
CREATE TABLE scheme_zone (
    scheme_id BIGINT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    zone_code TEXT NOT NULL REFERENCES ref_zone(code),
    PRIMARY KEY (scheme_id, zone_code)
);

CREATE TABLE scheme_country (
    scheme_id BIGINT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    country_code TEXT NOT NULL REFERENCES ref_country(code),
    PRIMARY KEY (scheme_id, country_code)
);

-- The themes a scheme funds; none: every theme.
CREATE TABLE scheme_theme (
    scheme_id BIGINT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    theme_code TEXT NOT NULL REFERENCES ref_theme(code),
    PRIMARY KEY (scheme_id, theme_code)
);

CREATE TABLE scheme_condition (
    scheme_id BIGINT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    condition_code TEXT NOT NULL REFERENCES ref_scheme_condition(code),
    PRIMARY KEY (scheme_id, condition_code)
);

-- The calls (sessions) of a scheme, each with its closing date; a scheme without calls is open
-- all year round.
CREATE TABLE scheme_call (
    scheme_id BIGINT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    label TEXT,
    opens_on TEXT CHECK (opens_on IS NULL OR length(opens_on) IN (4, 7, 10)),
    closes_on TEXT NOT NULL CHECK (length(closes_on) IN (4, 7, 10)),
    PRIMARY KEY (scheme_id, closes_on)
);
CREATE INDEX scheme_call_closes_on ON scheme_call(closes_on);
CREATE INDEX scheme_country_country ON scheme_country(country_code);
CREATE INDEX scheme_theme_theme ON scheme_theme(theme_code);

INSERT INTO ref_scheme_kind (code, label_fr, label_en, sort_order) VALUES
    ('appel_a_projets', 'Appel à projets', 'Call for projects', 1),
    ('fonds', 'Fonds (guichet ouvert)', 'Fund (open window)', 2),
    ('prix', 'Prix', 'Prize', 3),
    ('appui_technique', 'Appui technique', 'Technical support', 4);

INSERT INTO ref_scheme_condition (code, label_fr, label_en, sort_order) VALUES
    ('declaration_apd', 'Déclaration APD à jour', 'Up-to-date ODA declaration (déclaration APD)', 1),
    ('convention_partenariat', 'Convention de partenariat signée', 'Signed partnership agreement', 2),
    ('cofinancement', 'Cofinancement par le porteur', 'Co-funding by the applicant', 3),
    ('partenaire_local', 'Partenaire local identifié', 'Identified local partner', 4);
