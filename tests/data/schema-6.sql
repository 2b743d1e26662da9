-- Takes a database of the current schema back to schema version 6, as it was before migrations
-- 007 (records' versions), 008 (trash), 009 (settled spellings), 010 (support schemes) and 011
-- (APD declarations): the older database that the upgrade tests (BackupTest, DatabaseTest,
-- tests/crash/KillTest.sh) upgrade. A new migration adds its undoing here.
DROP TABLE actor_apd_declaration;
DROP TABLE trash_entry;
ALTER TABLE actor DROP COLUMN version;
ALTER TABLE foreign_partner DROP COLUMN version;
ALTER TABLE partnership DROP COLUMN version;
ALTER TABLE project DROP COLUMN version;
ALTER TABLE funding DROP COLUMN version;
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
