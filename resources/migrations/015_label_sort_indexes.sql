-- Observatoire schema version 15: the lists' sorts by a reference label walk an index (issue 19).
--
-- A column that shows a reference row's label (a partnership's Nature and Status, a project's
-- Status, an actor's or partner's Type, a partner's Country, a scheme's Kind) sorted by
-- `ORDER BY label LIMIT 200`: every record read and sorted before the first row. The first screen
-- now takes the few codes in their labels' order and walks, for each, the records of that code in
-- id order (core/lists/RecordQuery), along an index on (code, id). On SQLite an index on the code
-- alone already ends with the rowid; PostgreSQL needs the id in it. The same indexes on both: the
-- single-column ones are replaced, and the two codes that had none get one.
DROP INDEX partnership_kind;
CREATE INDEX partnership_kind ON partnership(kind_code, id);
DROP INDEX partnership_status;
CREATE INDEX partnership_status ON partnership(status_code, id);
DROP INDEX project_status;
CREATE INDEX project_status ON project(status_code, id);
DROP INDEX actor_type;
CREATE INDEX actor_type ON actor(actor_type_code, id);
DROP INDEX foreign_partner_country;
CREATE INDEX foreign_partner_country ON foreign_partner(country_code, id);
CREATE INDEX foreign_partner_type ON foreign_partner(partner_type_code, id);
CREATE INDEX scheme_kind ON scheme(kind_code, id);
