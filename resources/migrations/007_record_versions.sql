-- Observatoire schema version 7: every record carries a version, raised by each change. Saving a
-- record read at version N writes only if it is still at N: otherwise someone (an import,
-- another window or program) changed it meanwhile, and the adviser is shown both versions
-- instead of the other change being overwritten. Undo checks it the same way.
ALTER TABLE actor ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE foreign_partner ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE partnership ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE project ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE funding ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
