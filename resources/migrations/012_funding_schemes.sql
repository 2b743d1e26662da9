-- Observatoire schema version 12: a funding line names, optionally, the support scheme it was
-- obtained through and the call (session) of that scheme it answered, so the report can count
-- the amounts obtained per scheme and the success of applications per scheme.
--
-- A call has no id of its own: within its scheme it is known by its closing date (scheme_call's
-- key), so a line names it by `call_closes_on`, which only has a meaning with `scheme_id`. The
-- store (FundingStore) refuses a call that its scheme does not have; the scheme's store refuses to
-- delete a scheme, or to drop a call from it, while funding lines name them (as an actor in use
-- cannot be deleted), so a link never dangles and a restored scheme has nothing to link again.
ALTER TABLE funding ADD COLUMN scheme_id BIGINT REFERENCES scheme(id);
ALTER TABLE funding ADD COLUMN call_closes_on TEXT
    CHECK (call_closes_on IS NULL OR (scheme_id IS NOT NULL AND length(call_closes_on) IN (4, 7, 10)));
CREATE INDEX funding_scheme ON funding(scheme_id, call_closes_on);
