-- Full-text search (lib/queries/search). Kept outside the Prisma models: one row per event holding a
-- tsvector whose positions carry the field as weight (A title, B summary, C source titles, D body), filled
-- here for existing rows and maintained by the triggers below, never by application code.
--
-- The text is folded and split exactly like SQLite FTS5 unicode61 remove_diacritics 2 does and like
-- lib/queries/search/tokenize-search-text.ts: lower case, accents folded by translate() (the characters
-- are lib/queries/search/fold-map.ts, and a unit test keeps both identical), every run of non-alphanumerics a
-- separator. The tsvector is built from those tokens directly, not by to_tsvector, whose parser would
-- split "1e5abc" or keep "e-mail" whole. No extension is needed (unaccent needs CREATE EXTENSION).

CREATE FUNCTION event_search_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT regexp_replace(
        translate(lower(coalesce(input, '')),
            'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ',
            'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuagkoojgnaaaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyy'),
        '[^[:alnum:]]+', ' ', 'g')
$fn$;

-- Each distinct token once, at position 1 with the weight label of the field. Tokens hold only letters and
-- digits, so quoting them with %L yields a valid tsvector literal.
CREATE FUNCTION event_search_field_vector(input text, label text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT coalesce(string_agg(format('%L:1%s', token, label), ' ')::tsvector, ''::tsvector)
    FROM (SELECT DISTINCT token FROM regexp_split_to_table(event_search_fold(input), ' ') AS token WHERE token <> '' AND octet_length(token) <= 2000) AS tokens
$fn$;

CREATE FUNCTION event_search_document(title text, summary text, source_titles text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT event_search_field_vector(title, 'A') || event_search_field_vector(summary, 'B')
        || event_search_field_vector(source_titles, 'C') || event_search_field_vector(body, 'D')
$fn$;

CREATE TABLE "event_search" (
    "event_id" INTEGER NOT NULL PRIMARY KEY,
    "document" tsvector NOT NULL
);

INSERT INTO "event_search" ("event_id", "document")
SELECT e.id, event_search_document(e.title, e.summary, src.titles, e.body)
FROM "events" e
LEFT JOIN (SELECT event_id, string_agg(title, ' ') AS titles FROM "sources" GROUP BY event_id) src ON src.event_id = e.id;

CREATE INDEX "event_search_document_idx" ON "event_search" USING GIN ("document");

-- Rebuilds the rows of the given events in one statement: an id whose event is gone loses its row.
CREATE FUNCTION event_search_refresh(ids integer[]) RETURNS void
LANGUAGE sql AS $fn$
    WITH gone AS (
        DELETE FROM "event_search" WHERE "event_id" = ANY(ids) AND "event_id" NOT IN (SELECT id FROM "events" WHERE id = ANY(ids))
    )
    INSERT INTO "event_search" ("event_id", "document")
    SELECT e.id, event_search_document(e.title, e.summary,
        (SELECT string_agg(s.title, ' ') FROM "sources" s WHERE s.event_id = e.id), e.body)
    FROM "events" e
    WHERE e.id = ANY(ids)
    ON CONFLICT ("event_id") DO UPDATE SET "document" = EXCLUDED."document"
$fn$;

-- Trigger functions must be PL/pgSQL, whose statements end in semicolons, but Prisma's PostgreSQL driver
-- adapter splits a migration at every semicolon, quoted or not. Their bodies are therefore E'' strings
-- that spell the semicolon as the octal escape \073.
-- Statement-level triggers with transition tables: a bulk insert refreshes each event once per statement.
CREATE FUNCTION event_search_on_event_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    PERFORM event_search_refresh(ARRAY(SELECT id FROM new_rows))\073
    RETURN NULL\073
END';

CREATE FUNCTION event_search_on_event_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    PERFORM event_search_refresh(ARRAY(
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.title, n.summary, n.body) IS DISTINCT FROM (o.title, o.summary, o.body)))\073
    RETURN NULL\073
END';

CREATE FUNCTION event_search_on_event_delete() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    DELETE FROM "event_search" WHERE "event_id" IN (SELECT id FROM old_rows)\073
    RETURN NULL\073
END';

CREATE FUNCTION event_search_on_source_insert() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    PERFORM event_search_refresh(ARRAY(SELECT DISTINCT event_id FROM new_rows))\073
    RETURN NULL\073
END';

CREATE FUNCTION event_search_on_source_update() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    PERFORM event_search_refresh(ARRAY(
        SELECT n.event_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.title IS DISTINCT FROM o.title OR n.event_id <> o.event_id
        UNION
        SELECT o.event_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.event_id <> o.event_id))\073
    RETURN NULL\073
END';

CREATE FUNCTION event_search_on_source_delete() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    PERFORM event_search_refresh(ARRAY(SELECT DISTINCT event_id FROM old_rows))\073
    RETURN NULL\073
END';

CREATE TRIGGER "event_search_after_event_insert" AFTER INSERT ON "events"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_search_on_event_insert();
CREATE TRIGGER "event_search_after_event_update" AFTER UPDATE ON "events"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_search_on_event_update();
CREATE TRIGGER "event_search_after_event_delete" AFTER DELETE ON "events"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_search_on_event_delete();
CREATE TRIGGER "event_search_after_source_insert" AFTER INSERT ON "sources"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_search_on_source_insert();
CREATE TRIGGER "event_search_after_source_update" AFTER UPDATE ON "sources"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_search_on_source_update();
CREATE TRIGGER "event_search_after_source_delete" AFTER DELETE ON "sources"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_search_on_source_delete();
