-- Takes a database of the current schema back to schema version 6, as it was before migrations
-- 007 (records' versions), 008 (trash), 009 (settled spellings), 010 (support schemes), 011
-- (APD declarations), 012 (funding lines' schemes), 013 (sort keys) and 015 (indexes on codes
-- and ids): the older database that the upgrade tests (BackupTest, DatabaseTest,
-- tests/crash/KillTest.sh) upgrade. A new migration adds its undoing here, the newest first.
-- SQLite cannot drop a column that references another table (012's funding.scheme_id), so the
-- funding table is rebuilt as schema 6 had it (without 007's version either).
-- (One statement per line: TestDatabase reads the file so.)
DROP INDEX foreign_partner_type;
DROP INDEX scheme_kind;
DROP INDEX partnership_kind;
CREATE INDEX partnership_kind ON partnership(kind_code);
DROP INDEX partnership_status;
CREATE INDEX partnership_status ON partnership(status_code);
DROP INDEX project_status;
CREATE INDEX project_status ON project(status_code);
DROP INDEX actor_type;
CREATE INDEX actor_type ON actor(actor_type_code);
DROP INDEX foreign_partner_country;
CREATE INDEX foreign_partner_country ON foreign_partner(country_code);
DROP TRIGGER partnership_actor_sort_insert;
DROP TRIGGER partnership_actor_sort_delete;
DROP TRIGGER partnership_actor_sort_update;
DROP TRIGGER partnership_partner_sort_insert;
DROP TRIGGER partnership_partner_sort_delete;
DROP TRIGGER partnership_partner_sort_update;
DROP TRIGGER project_actor_sort_insert;
DROP TRIGGER project_actor_sort_delete;
DROP TRIGGER project_actor_sort_update;
DROP TRIGGER project_country_sort_insert;
DROP TRIGGER project_country_sort_delete;
DROP TRIGGER project_country_sort_update;
DROP TRIGGER actor_sort_rename;
DROP TRIGGER foreign_partner_sort_rename;
DROP TRIGGER ref_country_sort_relabel;
DROP VIEW partnership_sort_key;
DROP VIEW project_sort_key;
DROP INDEX partnership_sort_actors;
ALTER TABLE partnership DROP COLUMN sort_actors;
DROP INDEX partnership_sort_partners;
ALTER TABLE partnership DROP COLUMN sort_partners;
DROP INDEX partnership_sort_countries_fr;
ALTER TABLE partnership DROP COLUMN sort_countries_fr;
DROP INDEX partnership_sort_countries_en;
ALTER TABLE partnership DROP COLUMN sort_countries_en;
DROP INDEX project_sort_carriers;
ALTER TABLE project DROP COLUMN sort_carriers;
DROP INDEX project_sort_countries_fr;
ALTER TABLE project DROP COLUMN sort_countries_fr;
DROP INDEX project_sort_countries_en;
ALTER TABLE project DROP COLUMN sort_countries_en;
CREATE TABLE funding_v6 (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, project_id BIGINT NOT NULL REFERENCES project(id) ON DELETE CASCADE, funder_actor_id BIGINT REFERENCES actor(id) ON DELETE SET NULL, programme_code TEXT REFERENCES ref_funding_programme(code), year INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2200), amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0), status_code TEXT NOT NULL REFERENCES ref_funding_status(code), notes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
INSERT INTO funding_v6 SELECT id, uuid, project_id, funder_actor_id, programme_code, year, amount_cents, status_code, notes, created_at, updated_at FROM funding;
DROP TABLE funding;
ALTER TABLE funding_v6 RENAME TO funding;
CREATE INDEX funding_project ON funding(project_id);
CREATE INDEX funding_funder ON funding(funder_actor_id);
CREATE INDEX funding_year ON funding(year, status_code, programme_code, amount_cents);
DROP TABLE actor_apd_declaration;
DROP TABLE trash_entry;
ALTER TABLE actor DROP COLUMN version;
ALTER TABLE foreign_partner DROP COLUMN version;
ALTER TABLE partnership DROP COLUMN version;
ALTER TABLE project DROP COLUMN version;
DROP TABLE ref_vocabulary_alias;
DROP TABLE scheme_call;
DROP TABLE scheme_condition;
DROP TABLE scheme_theme;
DROP TABLE scheme_country;
DROP TABLE scheme_zone;
DROP TABLE scheme_actor_type;
DROP TABLE scheme;
DROP TABLE ref_scheme_condition;
DROP TABLE ref_scheme_kind;
PRAGMA user_version = 6;
