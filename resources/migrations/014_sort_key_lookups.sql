-- Observatoire schema version 14: the sort keys' views of migration 013 look each linked name up
-- by its row's id.
--
-- Written as joins, the views let PostgreSQL's planner, when it had no statistics of the tables
-- yet (a new database, an import's own transaction), read the whole actor and foreign_partner
-- tables into a hash for each record's keys: every link an import wrote scanned every partner,
-- and an import of 2,500 partnerships with as many new partners took minutes. A lookup by id in
-- a scalar subquery can only be an index lookup. SQLite always looked names up by id; the views
-- are the same on both engines, so they change here too.
DROP VIEW partnership_sort_key;
DROP VIEW project_sort_key;
CREATE VIEW partnership_sort_key AS SELECT p.id,
    (SELECT min((SELECT a.name_normalized FROM actor a WHERE a.id = x.actor_id)) FROM partnership_actor x WHERE x.partnership_id = p.id) AS actors,
    (SELECT min((SELECT f.name_normalized FROM foreign_partner f WHERE f.id = x.partner_id)) FROM partnership_partner x WHERE x.partnership_id = p.id) AS partners,
    (SELECT min((SELECT lower(c.label_fr) FROM foreign_partner f JOIN ref_country c ON c.code = f.country_code WHERE f.id = x.partner_id)) FROM partnership_partner x WHERE x.partnership_id = p.id) AS countries_fr,
    (SELECT min((SELECT lower(c.label_en) FROM foreign_partner f JOIN ref_country c ON c.code = f.country_code WHERE f.id = x.partner_id)) FROM partnership_partner x WHERE x.partnership_id = p.id) AS countries_en
FROM partnership p;
CREATE VIEW project_sort_key AS SELECT j.id,
    (SELECT min((SELECT a.name_normalized FROM actor a WHERE a.id = x.actor_id)) FROM project_actor x WHERE x.project_id = j.id AND x.role_code = 'porteur') AS carriers,
    (SELECT min((SELECT lower(c.label_fr) FROM ref_country c WHERE c.code = x.country_code)) FROM project_country x WHERE x.project_id = j.id) AS countries_fr,
    (SELECT min((SELECT lower(c.label_en) FROM ref_country c WHERE c.code = x.country_code)) FROM project_country x WHERE x.project_id = j.id) AS countries_en
FROM project j;
