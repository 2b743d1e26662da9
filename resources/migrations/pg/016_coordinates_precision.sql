-- Observatoire schema version 16, PostgreSQL: a partner's coordinates in double precision, as
-- SQLite's REAL always was (migrations/016_coordinates_precision.sql says why).
ALTER TABLE foreign_partner ALTER COLUMN latitude TYPE DOUBLE PRECISION, ALTER COLUMN longitude TYPE DOUBLE PRECISION;
