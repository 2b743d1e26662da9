-- Observatoire schema version 9: values settled once, and the search index spells œ, æ and ß out.
--
-- SQLite's tokenizer takes accents off but keeps ligatures, so « Marcq-en-Barœul » was not found
-- by « baroeul » while duplicate detection and the import's matching (TextFolding) held both
-- spellings for one. core/search/SearchIndex now writes the text spelt out and searches for it
-- spelt out; the entries written before are spelt out here.
UPDATE search_index
SET content = replace(replace(replace(replace(replace(content, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'), 'ß', 'ss')
WHERE content LIKE '%œ%' OR content LIKE '%Œ%' OR content LIKE '%æ%' OR content LIKE '%Æ%' OR content LIKE '%ß%';

-- The spellings advisers keep when they settle a value of an import once for all its rows
-- (« Twinning agreement » → jumelage): read by the import's matching of that vocabulary, as the
-- shipped spellings (resources/refdata/vocabulary_aliases.tsv) are. Countries keep theirs in
-- ref_country_alias (builtin = 0).
CREATE TABLE IF NOT EXISTS ref_vocabulary_alias (
    vocabulary TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    alias TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (vocabulary, alias_key)
);
