-- Observatoire schema version 18: the English label of the « departement » actor type and funding
-- programme is « Department » (issue 19).
--
-- Migration 001 seeded both with « Département » as their English label: the English interface
-- showed the French word (« Open to: Region, Département »). A label an adviser has changed since
-- is kept.
UPDATE ref_actor_type SET label_en = 'Department' WHERE code = 'departement' AND label_en = 'Département';
UPDATE ref_funding_programme SET label_en = 'Department'
    WHERE code = 'departement' AND label_en = 'Département';
