-- Observatoire schema version 19: the English label of the « commune » actor type is
-- « Municipality » (issue 19).
--
-- Migration 001 seeded it with « Commune », the French word, as its English label: the English
-- interface showed it as the actor type and, beside it, as the field of the actor's place. The
-- partner types already say « municipality ». A label an adviser has changed since is kept.
UPDATE ref_actor_type SET label_en = 'Municipality' WHERE code = 'commune' AND label_en = 'Commune';
