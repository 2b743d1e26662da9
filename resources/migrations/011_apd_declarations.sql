-- Observatoire schema version 11: the yearly declarations of official development assistance
-- (« déclaration APD ») of the local authorities and their groupings: for each year, whether the
-- authority declared, the amount declared and the day it did. Some schemes (the ministry's calls
-- for projects) are open only to an authority whose declaration is up to date; the yearly report
-- counts the engaged authorities that declared (rule apd_declared).

CREATE TABLE actor_apd_declaration (
    actor_id BIGINT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    declared INTEGER NOT NULL CHECK (declared IN (0, 1)),
    amount_cents BIGINT CHECK (amount_cents IS NULL OR amount_cents >= 0),
    declared_on TEXT CHECK (declared_on IS NULL OR length(declared_on) IN (4, 7, 10)),
    PRIMARY KEY (actor_id, year)
);
