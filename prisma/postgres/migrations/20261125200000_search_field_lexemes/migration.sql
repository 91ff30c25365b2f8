-- Per-field search (lib/queries/search/search-tiers.ts). event_search.document labels each lexeme with its
-- field as a weight, which the GIN index cannot test: `document @@ 'corridor:*A'` rechecks every event
-- holding "corridor" in any field. event_search_fields holds the same lexemes tagged by field instead
-- ('A.corridor' for a title, 'B.' summary, 'C.' source titles, 'D.' body, and as tokens hold only letters
-- and digits, the tag cannot be confused with a token), which its GIN index answers exactly, field by field,
-- and a single event tests cheaply.
-- A table of its own rather than a column of event_search: the wider rows made every search that reads
-- event_search slower (a two-word search sorted by date at 1M: 230 → 310 ms).
-- It is derived from event_search.document by the triggers below, so whatever writes event_search (its own
-- triggers, event_search_refresh, the synthetic loader) fills it. Their names do not begin with
-- event_search_, the triggers the synthetic loader switches off during a load.
-- No semicolon may appear in this file but at the end of a statement: Prisma's driver adapter splits there.

CREATE FUNCTION event_search_field_lexemes(document tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT fields.weight || '.' || fields.lexeme)), ''::tsvector)
    FROM (SELECT weight, lexemes.lexeme FROM unnest(document) AS lexemes, unnest(lexemes.weights) AS weight) AS fields
$fn$;

CREATE TABLE "event_search_fields" (
    "event_id" INTEGER NOT NULL PRIMARY KEY,
    "fields" tsvector NOT NULL
);

INSERT INTO "event_search_fields" ("event_id", "fields")
SELECT "event_id", event_search_field_lexemes("document") FROM "event_search";

CREATE INDEX "event_search_fields_idx" ON "event_search_fields" USING GIN ("fields");

-- PL/pgSQL bodies spell the semicolon as \073 (see migration 20261124100000_full_text_search).
CREATE FUNCTION search_fields_on_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    INSERT INTO "event_search_fields" ("event_id", "fields")
    SELECT event_id, event_search_field_lexemes(document) FROM new_rows
    ON CONFLICT ("event_id") DO UPDATE SET "fields" = EXCLUDED."fields"\073
    RETURN NULL\073
END';

CREATE FUNCTION search_fields_on_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    DELETE FROM "event_search_fields" WHERE "event_id" IN (SELECT event_id FROM old_rows EXCEPT SELECT event_id FROM new_rows)\073
    INSERT INTO "event_search_fields" ("event_id", "fields")
    SELECT event_id, event_search_field_lexemes(document) FROM new_rows
    ON CONFLICT ("event_id") DO UPDATE SET "fields" = EXCLUDED."fields"\073
    RETURN NULL\073
END';

CREATE FUNCTION search_fields_on_delete() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    DELETE FROM "event_search_fields" WHERE "event_id" IN (SELECT event_id FROM old_rows)\073
    RETURN NULL\073
END';

CREATE TRIGGER "search_fields_after_insert" AFTER INSERT ON "event_search"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_fields_on_insert();
CREATE TRIGGER "search_fields_after_update" AFTER UPDATE ON "event_search"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_fields_on_update();
CREATE TRIGGER "search_fields_after_delete" AFTER DELETE ON "event_search"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_fields_on_delete();
