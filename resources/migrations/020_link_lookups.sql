-- Observatoire schema version 20: a link found from its actor or partner gives its record from
-- the index alone (issue 19).
--
-- A search finds actors and partners, then the partnerships and projects they are linked to
-- (core/lists/RecordQuery): each hit looked up in its links by the index on the actor or partner.
-- On the actor or partner alone, that index gave each link's row, and the record's id was read
-- from the table, a second seek per link: counting the matches of « oua » at a million records
-- (14,142 links) took 38 ms in `sqlite3`, 16 ms with the record's id in the index. The same
-- indexes on both engines: the single-column ones are replaced.
DROP INDEX partnership_actor_actor;
CREATE INDEX partnership_actor_actor ON partnership_actor(actor_id, partnership_id);
DROP INDEX partnership_partner_partner;
CREATE INDEX partnership_partner_partner ON partnership_partner(partner_id, partnership_id);
DROP INDEX project_actor_actor;
CREATE INDEX project_actor_actor ON project_actor(actor_id, project_id);
DROP INDEX project_partner_partner;
CREATE INDEX project_partner_partner ON project_partner(partner_id, project_id);
