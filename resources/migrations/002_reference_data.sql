-- Observatoire schema version 2: French geography, country aliases, observatory settings.
--
-- The rows themselves come from resources/refdata (generated from open data, see its README)
-- and are loaded by core/refdata/ReferenceDataLoader whenever the shipped reference-data
-- version is newer than the database's (`observatory_setting` 'refdata_version').

CREATE TABLE ref_region (
    code TEXT PRIMARY KEY,
    label_fr TEXT NOT NULL
);

CREATE TABLE ref_commune (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    departement_code TEXT NOT NULL,
    region_code TEXT NOT NULL,
    siren TEXT,
    population INTEGER,
    postcodes TEXT,
    epci_siren TEXT
);
CREATE INDEX ref_commune_name_key ON ref_commune(name_key);
CREATE INDEX ref_commune_siren ON ref_commune(siren);
CREATE INDEX ref_commune_departement ON ref_commune(departement_code);

-- Codes that no longer name a current commune, and the commune that carries them now.
CREATE TABLE ref_commune_former (
    code TEXT PRIMARY KEY,
    current_code TEXT NOT NULL,
    name TEXT,
    name_key TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('fusion', 'deleguee', 'associee', 'arrondissement'))
);
CREATE INDEX ref_commune_former_name_key ON ref_commune_former(name_key);

CREATE TABLE ref_epci (
    siren TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    population INTEGER
);

ALTER TABLE ref_country ADD COLUMN numeric_code TEXT;

-- Other spellings of a country, folded (lower case, no accents, letters and digits only).
CREATE TABLE ref_country_alias (
    alias_key TEXT PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES ref_country(code) ON DELETE CASCADE,
    builtin INTEGER NOT NULL DEFAULT 1 CHECK (builtin IN (0, 1))
);

-- Settings of the observatory kept in the database, shared by everyone who opens it.
CREATE TABLE observatory_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO observatory_setting (key, value) VALUES
    ('region_code', '84'),
    ('refdata_version', '0');
