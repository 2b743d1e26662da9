-- Observatoire schema version 3: full-text search over the records (SQLite FTS5).
--
-- One row per actor, foreign partner, partnership and project; rowid = record id * 8 + a number
-- per entity (1 actor, 2 foreign_partner, 3 partnership, 4 project) so that a record's row is
-- found without scanning. The text (names, places, countries, themes, descriptions) is written
-- by core/search/SearchIndex, which also fills it for existing records after this migration.
-- Accents and case are ignored: "etienne" finds "Saint-Étienne". Prefix indexes of 1 to 3
-- characters keep the first letters of a search-as-you-type fast.
CREATE VIRTUAL TABLE search_index USING fts5(content, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
