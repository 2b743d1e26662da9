-- Observatoire schema version 13: stored sort keys for the lists' computed columns (issue 19).
--
-- A partnership's Actors, Partners and Country, and a project's Lead actor and Countries, are
-- shown as the names of linked rows; sorting by them computed those names for every record
-- before the first row (1 s at 100,000 partnerships). Each record now keeps a sort key per such
-- column, indexed, so that the first screen of such a sort walks an index with LIMIT
-- (core/lists/RecordQuery). The key is the first of the linked names in alphabetical order: an
-- actor's or partner's name_normalized (lower case, accents removed, "Ville de" dropped: the
-- order of the actors' own list), a country's label in lower case, one key per interface
-- language; NULL when the record has none (such records come last, either way). The views
-- partnership_sort_key and project_sort_key compute them; the columns hold them.
--
-- PostgreSQL's version of migrations/013_sort_keys.sql: the same views, columns and
-- indexes; the triggers run functions there.
--
-- The keys are kept right by triggers, so that every write path (an edit, an import, a merge,
-- the trash and its restore, undo and redo, an actor renamed, a country's label changed by the
-- reference data, another program) updates them in its own transaction without knowing of them.
CREATE VIEW partnership_sort_key AS SELECT p.id,
    (SELECT min(a.name_normalized) FROM partnership_actor x JOIN actor a ON a.id = x.actor_id WHERE x.partnership_id = p.id) AS actors,
    (SELECT min(f.name_normalized) FROM partnership_partner x JOIN foreign_partner f ON f.id = x.partner_id WHERE x.partnership_id = p.id) AS partners,
    (SELECT min(lower(c.label_fr)) FROM partnership_partner x JOIN foreign_partner f ON f.id = x.partner_id JOIN ref_country c ON c.code = f.country_code WHERE x.partnership_id = p.id) AS countries_fr,
    (SELECT min(lower(c.label_en)) FROM partnership_partner x JOIN foreign_partner f ON f.id = x.partner_id JOIN ref_country c ON c.code = f.country_code WHERE x.partnership_id = p.id) AS countries_en
FROM partnership p;
CREATE VIEW project_sort_key AS SELECT j.id,
    (SELECT min(a.name_normalized) FROM project_actor x JOIN actor a ON a.id = x.actor_id WHERE x.project_id = j.id AND x.role_code = 'porteur') AS carriers,
    (SELECT min(lower(c.label_fr)) FROM project_country x JOIN ref_country c ON c.code = x.country_code WHERE x.project_id = j.id) AS countries_fr,
    (SELECT min(lower(c.label_en)) FROM project_country x JOIN ref_country c ON c.code = x.country_code WHERE x.project_id = j.id) AS countries_en
FROM project j;

ALTER TABLE partnership ADD COLUMN sort_actors TEXT;
ALTER TABLE partnership ADD COLUMN sort_partners TEXT;
ALTER TABLE partnership ADD COLUMN sort_countries_fr TEXT;
ALTER TABLE partnership ADD COLUMN sort_countries_en TEXT;
ALTER TABLE project ADD COLUMN sort_carriers TEXT;
ALTER TABLE project ADD COLUMN sort_countries_fr TEXT;
ALTER TABLE project ADD COLUMN sort_countries_en TEXT;

UPDATE partnership SET (sort_actors, sort_partners, sort_countries_fr, sort_countries_en) = (SELECT actors, partners, countries_fr, countries_en FROM partnership_sort_key k WHERE k.id = partnership.id);
UPDATE project SET (sort_carriers, sort_countries_fr, sort_countries_en) = (SELECT carriers, countries_fr, countries_en FROM project_sort_key k WHERE k.id = project.id);

-- With the id: the order's tie-break, so that an index walk gives the whole order.
CREATE INDEX partnership_sort_actors ON partnership(sort_actors, id);
CREATE INDEX partnership_sort_partners ON partnership(sort_partners, id);
CREATE INDEX partnership_sort_countries_fr ON partnership(sort_countries_fr, id);
CREATE INDEX partnership_sort_countries_en ON partnership(sort_countries_en, id);
CREATE INDEX project_sort_carriers ON project(sort_carriers, id);
CREATE INDEX project_sort_countries_fr ON project(sort_countries_fr, id);
CREATE INDEX project_sort_countries_en ON project(sort_countries_en, id);

-- A record's keys computed again (all of them: a handful of index lookups).
CREATE FUNCTION partnership_sort_keys_refresh(record_id BIGINT) RETURNS void LANGUAGE sql AS '
    UPDATE partnership SET (sort_actors, sort_partners, sort_countries_fr, sort_countries_en) = (SELECT actors, partners, countries_fr, countries_en FROM partnership_sort_key k WHERE k.id = partnership.id)
    WHERE id = record_id';
CREATE FUNCTION project_sort_keys_refresh(record_id BIGINT) RETURNS void LANGUAGE sql AS '
    UPDATE project SET (sort_carriers, sort_countries_fr, sort_countries_en) = (SELECT carriers, countries_fr, countries_en FROM project_sort_key k WHERE k.id = project.id)
    WHERE id = record_id';

-- A link added, removed or moved: the keys of the records on either end of it.
CREATE FUNCTION partnership_link_sort_keys() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    IF TG_OP <> ''INSERT'' THEN
        PERFORM partnership_sort_keys_refresh(OLD.partnership_id);
    END IF;
    IF TG_OP <> ''DELETE'' THEN
        PERFORM partnership_sort_keys_refresh(NEW.partnership_id);
    END IF;
    RETURN NULL;
END';
CREATE FUNCTION project_link_sort_keys() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    IF TG_OP <> ''INSERT'' THEN
        PERFORM project_sort_keys_refresh(OLD.project_id);
    END IF;
    IF TG_OP <> ''DELETE'' THEN
        PERFORM project_sort_keys_refresh(NEW.project_id);
    END IF;
    RETURN NULL;
END';
CREATE TRIGGER partnership_actor_sort_keys AFTER INSERT OR UPDATE OR DELETE ON partnership_actor
    FOR EACH ROW EXECUTE FUNCTION partnership_link_sort_keys();
CREATE TRIGGER partnership_partner_sort_keys AFTER INSERT OR UPDATE OR DELETE ON partnership_partner
    FOR EACH ROW EXECUTE FUNCTION partnership_link_sort_keys();
CREATE TRIGGER project_actor_sort_keys AFTER INSERT OR UPDATE OR DELETE ON project_actor
    FOR EACH ROW EXECUTE FUNCTION project_link_sort_keys();
CREATE TRIGGER project_country_sort_keys AFTER INSERT OR UPDATE OR DELETE ON project_country
    FOR EACH ROW EXECUTE FUNCTION project_link_sort_keys();

-- A name or a country changed: the keys of the records linked to it (not when a save or the
-- reference data's update writes the same value again).
CREATE FUNCTION actor_sort_rename() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    PERFORM partnership_sort_keys_refresh(partnership_id) FROM partnership_actor WHERE actor_id = NEW.id;
    PERFORM project_sort_keys_refresh(project_id) FROM project_actor WHERE actor_id = NEW.id;
    RETURN NULL;
END';
CREATE TRIGGER actor_sort_rename AFTER UPDATE OF name_normalized ON actor
    FOR EACH ROW WHEN (OLD.name_normalized IS DISTINCT FROM NEW.name_normalized)
    EXECUTE FUNCTION actor_sort_rename();
CREATE FUNCTION foreign_partner_sort_rename() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    PERFORM partnership_sort_keys_refresh(partnership_id) FROM partnership_partner WHERE partner_id = NEW.id;
    RETURN NULL;
END';
CREATE TRIGGER foreign_partner_sort_rename AFTER UPDATE OF name_normalized, country_code ON foreign_partner
    FOR EACH ROW WHEN (OLD.name_normalized IS DISTINCT FROM NEW.name_normalized
        OR OLD.country_code IS DISTINCT FROM NEW.country_code)
    EXECUTE FUNCTION foreign_partner_sort_rename();
CREATE FUNCTION ref_country_sort_relabel() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    PERFORM partnership_sort_keys_refresh(x.partnership_id) FROM partnership_partner x
        JOIN foreign_partner f ON f.id = x.partner_id WHERE f.country_code = NEW.code;
    PERFORM project_sort_keys_refresh(project_id) FROM project_country WHERE country_code = NEW.code;
    RETURN NULL;
END';
CREATE TRIGGER ref_country_sort_relabel AFTER UPDATE OF label_fr, label_en ON ref_country
    FOR EACH ROW WHEN (OLD.label_fr IS DISTINCT FROM NEW.label_fr OR OLD.label_en IS DISTINCT FROM NEW.label_en)
    EXECUTE FUNCTION ref_country_sort_relabel();
