-- Observatoire schema version 17, PostgreSQL: the sort-key functions of migration 013 in
-- PL/pgSQL (migrations/017_sort_key_functions.sql says why). The statements are those of
-- migration 013, on the views of migration 014; only the language changes.
CREATE OR REPLACE FUNCTION partnership_sort_keys_refresh(record_id BIGINT) RETURNS void LANGUAGE plpgsql AS '
BEGIN
    UPDATE partnership SET (sort_actors, sort_partners, sort_countries_fr, sort_countries_en) = (SELECT actors, partners, countries_fr, countries_en FROM partnership_sort_key k WHERE k.id = partnership.id)
    WHERE id = record_id;
END';
CREATE OR REPLACE FUNCTION project_sort_keys_refresh(record_id BIGINT) RETURNS void LANGUAGE plpgsql AS '
BEGIN
    UPDATE project SET (sort_carriers, sort_countries_fr, sort_countries_en) = (SELECT carriers, countries_fr, countries_en FROM project_sort_key k WHERE k.id = project.id)
    WHERE id = record_id;
END';

-- A link added, removed or moved: the keys of the records on either end of it. Not while a
-- whole observatory is copied in (observatoire.copying set for the copy's transaction,
-- core/backup/DatabaseCopy): the records arrive with their keys, computed by the source's own
-- triggers from the same rows, and computing each again at every link was the copy's whole cost.
CREATE OR REPLACE FUNCTION partnership_link_sort_keys() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    IF current_setting(''observatoire.copying'', true) = ''on'' THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> ''INSERT'' THEN
        PERFORM partnership_sort_keys_refresh(OLD.partnership_id);
    END IF;
    IF TG_OP <> ''DELETE'' THEN
        PERFORM partnership_sort_keys_refresh(NEW.partnership_id);
    END IF;
    RETURN NULL;
END';
CREATE OR REPLACE FUNCTION project_link_sort_keys() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    IF current_setting(''observatoire.copying'', true) = ''on'' THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> ''INSERT'' THEN
        PERFORM project_sort_keys_refresh(OLD.project_id);
    END IF;
    IF TG_OP <> ''DELETE'' THEN
        PERFORM project_sort_keys_refresh(NEW.project_id);
    END IF;
    RETURN NULL;
END';
