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

-- A link added, removed or moved: the keys of the records on either end of it.
CREATE TRIGGER partnership_actor_sort_insert AFTER INSERT ON partnership_actor BEGIN
    UPDATE partnership SET sort_actors = (SELECT actors FROM partnership_sort_key k WHERE k.id = partnership.id)
        WHERE id = NEW.partnership_id;
END;
CREATE TRIGGER partnership_actor_sort_delete AFTER DELETE ON partnership_actor BEGIN
    UPDATE partnership SET sort_actors = (SELECT actors FROM partnership_sort_key k WHERE k.id = partnership.id)
        WHERE id = OLD.partnership_id;
END;
CREATE TRIGGER partnership_actor_sort_update AFTER UPDATE ON partnership_actor BEGIN
    UPDATE partnership SET sort_actors = (SELECT actors FROM partnership_sort_key k WHERE k.id = partnership.id)
        WHERE id IN (OLD.partnership_id, NEW.partnership_id);
END;
CREATE TRIGGER partnership_partner_sort_insert AFTER INSERT ON partnership_partner BEGIN
    UPDATE partnership SET (sort_partners, sort_countries_fr, sort_countries_en) = (SELECT partners, countries_fr, countries_en FROM partnership_sort_key k WHERE k.id = partnership.id)
        WHERE id = NEW.partnership_id;
END;
CREATE TRIGGER partnership_partner_sort_delete AFTER DELETE ON partnership_partner BEGIN
    UPDATE partnership SET (sort_partners, sort_countries_fr, sort_countries_en) = (SELECT partners, countries_fr, countries_en FROM partnership_sort_key k WHERE k.id = partnership.id)
        WHERE id = OLD.partnership_id;
END;
CREATE TRIGGER partnership_partner_sort_update AFTER UPDATE ON partnership_partner BEGIN
    UPDATE partnership SET (sort_partners, sort_countries_fr, sort_countries_en) = (SELECT partners, countries_fr, countries_en FROM partnership_sort_key k WHERE k.id = partnership.id)
        WHERE id IN (OLD.partnership_id, NEW.partnership_id);
END;
CREATE TRIGGER project_actor_sort_insert AFTER INSERT ON project_actor BEGIN
    UPDATE project SET sort_carriers = (SELECT carriers FROM project_sort_key k WHERE k.id = project.id)
        WHERE id = NEW.project_id;
END;
CREATE TRIGGER project_actor_sort_delete AFTER DELETE ON project_actor BEGIN
    UPDATE project SET sort_carriers = (SELECT carriers FROM project_sort_key k WHERE k.id = project.id)
        WHERE id = OLD.project_id;
END;
CREATE TRIGGER project_actor_sort_update AFTER UPDATE ON project_actor BEGIN
    UPDATE project SET sort_carriers = (SELECT carriers FROM project_sort_key k WHERE k.id = project.id)
        WHERE id IN (OLD.project_id, NEW.project_id);
END;
CREATE TRIGGER project_country_sort_insert AFTER INSERT ON project_country BEGIN
    UPDATE project SET (sort_countries_fr, sort_countries_en) = (SELECT countries_fr, countries_en FROM project_sort_key k WHERE k.id = project.id)
        WHERE id = NEW.project_id;
END;
CREATE TRIGGER project_country_sort_delete AFTER DELETE ON project_country BEGIN
    UPDATE project SET (sort_countries_fr, sort_countries_en) = (SELECT countries_fr, countries_en FROM project_sort_key k WHERE k.id = project.id)
        WHERE id = OLD.project_id;
END;
CREATE TRIGGER project_country_sort_update AFTER UPDATE ON project_country BEGIN
    UPDATE project SET (sort_countries_fr, sort_countries_en) = (SELECT countries_fr, countries_en FROM project_sort_key k WHERE k.id = project.id)
        WHERE id IN (OLD.project_id, NEW.project_id);
END;

-- A name or a country changed: the keys of the records linked to it (not when a save or the
-- reference data's update writes the same value again).
CREATE TRIGGER actor_sort_rename AFTER UPDATE OF name_normalized ON actor
    WHEN OLD.name_normalized IS NOT NEW.name_normalized BEGIN
    UPDATE partnership SET sort_actors = (SELECT actors FROM partnership_sort_key k WHERE k.id = partnership.id)
        WHERE id IN (SELECT partnership_id FROM partnership_actor WHERE actor_id = NEW.id);
    UPDATE project SET sort_carriers = (SELECT carriers FROM project_sort_key k WHERE k.id = project.id)
        WHERE id IN (SELECT project_id FROM project_actor WHERE actor_id = NEW.id);
END;
CREATE TRIGGER foreign_partner_sort_rename AFTER UPDATE OF name_normalized, country_code ON foreign_partner
    WHEN OLD.name_normalized IS NOT NEW.name_normalized OR OLD.country_code IS NOT NEW.country_code BEGIN
    UPDATE partnership SET (sort_partners, sort_countries_fr, sort_countries_en) = (SELECT partners, countries_fr, countries_en FROM partnership_sort_key k WHERE k.id = partnership.id)
        WHERE id IN (SELECT partnership_id FROM partnership_partner WHERE partner_id = NEW.id);
END;
CREATE TRIGGER ref_country_sort_relabel AFTER UPDATE OF label_fr, label_en ON ref_country
    WHEN OLD.label_fr IS NOT NEW.label_fr OR OLD.label_en IS NOT NEW.label_en BEGIN
    UPDATE partnership SET (sort_partners, sort_countries_fr, sort_countries_en) = (SELECT partners, countries_fr, countries_en FROM partnership_sort_key k WHERE k.id = partnership.id)
        WHERE id IN (SELECT x.partnership_id FROM partnership_partner x JOIN foreign_partner f ON f.id = x.partner_id WHERE f.country_code = NEW.code);
    UPDATE project SET (sort_countries_fr, sort_countries_en) = (SELECT countries_fr, countries_en FROM project_sort_key k WHERE k.id = project.id)
        WHERE id IN (SELECT project_id FROM project_country WHERE country_code = NEW.code);
END;
