-- Takes a database of the current schema back to schema version 6, as it was before migrations
-- 007 (records' versions), 008 (trash), 009 (settled spellings), 010 (support schemes), 011
-- (APD declarations) and 012 (funding lines' schemes): the older database that the upgrade tests
-- (BackupTest, DatabaseTest, tests/crash/KillTest.sh) upgrade. A new migration adds its undoing here.
-- SQLite cannot drop a column that references another table (012's funding.scheme_id), so the
-- funding table is rebuilt as schema 6 had it (without 007's version either).
-- (One statement per line: TestDatabase reads the file so.)
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
