-- Observatoire schema version 3 on PostgreSQL: the search index (resources/migrations/003_search.sql
-- is SQLite's, an FTS5 table). The same rows: rowid = record id * 8 + a number per entity, the
-- content written by core/search/SearchIndex. Words are found as FTS5's unicode61 tokenizer finds
-- them, without regard to case or accents and by their beginning: a full-text index over the text
-- with its accents taken off (unaccent), in the 'simple' configuration (lower case, no stemming,
-- no stop words), searched with prefix terms (PostgresEngine::searchMatches).
--
-- unaccent is a trusted extension: the owner of the database may create it (docs/team.md).
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() itself may change with its dictionary, so PostgreSQL refuses it in an index; this
-- one names its dictionary and is declared immutable, which it is for as long as the dictionary
-- file is not edited.
CREATE OR REPLACE FUNCTION observatoire_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS 'SELECT public.unaccent(''public.unaccent''::regdictionary, $1)';

CREATE TABLE search_index (
    rowid BIGINT PRIMARY KEY,
    content TEXT NOT NULL
);

CREATE INDEX search_index_words ON search_index USING gin (to_tsvector('simple', observatoire_unaccent(content)));
