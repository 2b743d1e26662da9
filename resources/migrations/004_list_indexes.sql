-- Observatoire schema version 4: indexes for the lists' filters and natural order, so that a
-- list of 100,000 records opens and filters without a pause (tests/bench/bench_lists).
CREATE INDEX partnership_signed_on ON partnership(signed_on, id);
CREATE INDEX project_started_on ON project(started_on, id);
CREATE INDEX actor_type ON actor(actor_type_code);
CREATE INDEX partnership_theme_theme ON partnership_theme(theme_code);
CREATE INDEX project_theme_theme ON project_theme(theme_code);
CREATE INDEX project_country_country ON project_country(country_code);
CREATE INDEX ref_country_zone ON ref_country(zone_code);
