-- Observatoire schema version 6: an import matches each actor it names by normalised name within
-- its département. With one index on the name and another on the département, SQLite searched
-- the département's index and read every actor of the département for each name: an import
-- slowed down as the database grew (docs/performance.md). One index on both serves the name
-- alone too.
CREATE INDEX actor_name_departement ON actor(name_normalized, departement_code);
DROP INDEX actor_name_normalized;
