-- Per-field search (lib/queries/search/search-tiers.ts). event_search.document labels each lexeme with its
-- field as a weight, which the GIN index cannot test: `document @@ 'corridor:*A'` rechecks every event
-- holding "corridor" in any field. `fields` holds the same lexemes tagged by field instead ('A.corridor' for
-- a title, 'B.' summary, 'C.' source titles, 'D.' body, and as tokens hold only letters and digits, the tag
-- cannot be confused with a token), which its own GIN index answers exactly, field by field, and a single
-- event tests cheaply. It is generated from document, so the triggers, event_search_refresh and the
-- synthetic loader (which write document) keep filling it unchanged.
-- No semicolon may appear in this file but at the end of a statement: Prisma's driver adapter splits there.

CREATE FUNCTION event_search_field_lexemes(document tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT fields.weight || '.' || fields.lexeme)), ''::tsvector)
    FROM (SELECT weight, lexemes.lexeme FROM unnest(document) AS lexemes, unnest(lexemes.weights) AS weight) AS fields
$fn$;

ALTER TABLE "event_search" ADD COLUMN "fields" tsvector GENERATED ALWAYS AS (event_search_field_lexemes("document")) STORED;

CREATE INDEX "event_search_fields_idx" ON "event_search" USING GIN ("fields");
