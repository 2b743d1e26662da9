-- Observatoire schema version 5: the yearly report's co-funding reads the funding lines of one
-- year; this covering index lets it read only those (tests/bench/bench_report).
CREATE INDEX funding_year ON funding(year, status_code, programme_code, amount_cents);
