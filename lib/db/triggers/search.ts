/**
 * The triggers that keep the full-text search index (lib/queries/search) in step with events and their sources: the
 * FTS5 table event_search on SQLite; on PostgreSQL the tsvector table event_search and, derived from it,
 * event_search_fields (lexemes tagged by field). Their tables come from migrations 20261124100000_full_text_search,
 * on SQLite 20261206130000_contentless_search and on PostgreSQL 20261125200000_search_field_lexemes.
 *
 * What a document holds is not defined here: the PostgreSQL functions that fold, split and weigh the text
 * (event_search_fold, event_search_field_vector, event_search_document, event_search_field_lexemes) stay in those
 * migrations, because the backfills, the bulk loader's batch indexing (scripts/synthetic/postgres-search-batch.ts) and
 * the query side's tests depend on them too, and no trigger change needs to touch them.
 *
 * The bulk loaders switch the event_search_* triggers off and index each batch in one statement. The
 * event_search_fields triggers are deliberately named search_fields_*: the synthetic loader switches triggers off by
 * name, so they stay on and fill event_search_fields from whatever it writes. Under BULK_SWITCH (an import) they stand
 * down too, and the writer fills event_search_fields itself (lib/db/events-derived-rows-sql.ts,
 * postgresSearchDocumentsFromJsonSql).
 */
import { postgresSqlFunction, postgresStatementTrigger, postgresTriggerFunction, sqliteTrigger, type TriggerObject, type TriggerSet } from "./trigger-sql";

// ---------------------------------------------------------------------------------------------------------------
// SQLite: row triggers on events and sources. The FTS5 row's rowid is the event id.
//
// event_search is contentless (content='', contentless_delete=1): FTS5 keeps the index but no copy of the texts, so it
// cannot UPDATE some of a row's columns (it no longer knows the others' tokens) and an INSERT under a rowid it already
// holds adds a second document instead of replacing the first. Every change therefore deletes the event's row and
// writes it again, whole, from the event and its sources. The DELETE comes first (not INSERT OR REPLACE) because the
// conflict clause of the statement that fires a trigger overrides the trigger's own: under an INSERT OR IGNORE into
// sources, an OR REPLACE here would quietly become a plain INSERT. Deleting a rowid the index lacks costs nothing.

/** The text an event's sources add to its document: their titles. Also read by the bulk import's indexing (lib/db/events-derived-rows-sql.ts). */
export const sourceTitles = (eventId: string) => `COALESCE((SELECT group_concat(s.title, ' ') FROM "sources" s WHERE s.event_id = ${eventId}), '')`;

/** Rewrites the row of event `eventId` (none if the event is gone), when `condition` (constants only) holds. */
const reindexEvent = (eventId: string, condition = "") => `    DELETE FROM "event_search" WHERE rowid = ${eventId}${condition};
    INSERT INTO "event_search" (rowid, title, summary, sources, body)
    SELECT e.id, e.title, e.summary, ${sourceTitles("e.id")}, e.body
    FROM "events" e WHERE e.id = ${eventId}${condition};`;

function sqliteObjects(): TriggerObject[] {
  const trigger = (name: string, table: string, head: string, body: string) => sqliteTrigger(name, table, `CREATE TRIGGER "${name}" ${head} BEGIN\n${body}\nEND;`);
  return [
    trigger("event_search_after_event_insert", "events", `AFTER INSERT ON "events"`, reindexEvent("new.id")),
    // A changed id leaves the old rowid behind: it goes first.
    trigger("event_search_after_event_update", "events", `AFTER UPDATE OF id, title, summary, body ON "events"`, `    DELETE FROM "event_search" WHERE rowid = old.id;\n${reindexEvent("new.id")}`),
    trigger("event_search_after_event_delete", "events", `AFTER DELETE ON "events"`, `    DELETE FROM "event_search" WHERE rowid = old.id;`),
    trigger("event_search_after_source_insert", "sources", `AFTER INSERT ON "sources"`, reindexEvent("new.event_id")),
    // A source moved to another event changes both events' source titles, a renamed one only its own event's.
    trigger(
      "event_search_after_source_update",
      "sources",
      `AFTER UPDATE OF event_id, title ON "sources"`,
      `${reindexEvent("old.event_id", " AND old.event_id <> new.event_id")}\n${reindexEvent("new.event_id")}`,
    ),
    trigger("event_search_after_source_delete", "sources", `AFTER DELETE ON "sources"`, reindexEvent("old.event_id")),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// PostgreSQL: statement triggers with transition tables, so a bulk insert rebuilds each event's document once per
// statement (the event's and its sources' triggers both refresh it).

function postgresObjects(): TriggerObject[] {
  const trigger = (name: string, body: string) => postgresTriggerFunction(name, `BEGIN\n${body}\n    RETURN NULL;\nEND`);
  const refresh = (ids: string) => `    PERFORM event_search_refresh(${ids});`;
  const upsertFields = `    INSERT INTO "event_search_fields" ("event_id", "fields")
    SELECT event_id, event_search_field_lexemes(document) FROM new_rows
    ON CONFLICT ("event_id") DO UPDATE SET "fields" = EXCLUDED."fields";`;
  return [
    // Rebuilds the documents of the given events in one statement: an id whose event is gone loses its row.
    postgresSqlFunction(
      "event_search_refresh",
      "ids integer[]",
      "void",
      "",
      `    WITH gone AS (
        DELETE FROM "event_search" WHERE "event_id" = ANY(ids) AND "event_id" NOT IN (SELECT id FROM "events" WHERE id = ANY(ids))
    )
    INSERT INTO "event_search" ("event_id", "document")
    SELECT e.id, event_search_document(e.title, e.summary,
        (SELECT string_agg(s.title, ' ') FROM "sources" s WHERE s.event_id = e.id), e.body)
    FROM "events" e
    WHERE e.id = ANY(ids)
    ON CONFLICT ("event_id") DO UPDATE SET "document" = EXCLUDED."document"`,
    ),
    trigger("event_search_on_event_insert", refresh("ARRAY(SELECT id FROM new_rows)")),
    trigger(
      "event_search_on_event_update",
      refresh(`ARRAY(
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.title, n.summary, n.body) IS DISTINCT FROM (o.title, o.summary, o.body))`),
    ),
    trigger("event_search_on_event_delete", `    DELETE FROM "event_search" WHERE "event_id" IN (SELECT id FROM old_rows);`),
    trigger("event_search_on_source_insert", refresh("ARRAY(SELECT DISTINCT event_id FROM new_rows)")),
    trigger(
      "event_search_on_source_update",
      refresh(`ARRAY(
        SELECT n.event_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.title IS DISTINCT FROM o.title OR n.event_id <> o.event_id
        UNION
        SELECT o.event_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.event_id <> o.event_id)`),
    ),
    trigger("event_search_on_source_delete", refresh("ARRAY(SELECT DISTINCT event_id FROM old_rows)")),
    postgresStatementTrigger("event_search_after_event_insert", "events", "INSERT", "event_search_on_event_insert"),
    postgresStatementTrigger("event_search_after_event_update", "events", "UPDATE", "event_search_on_event_update"),
    postgresStatementTrigger("event_search_after_event_delete", "events", "DELETE", "event_search_on_event_delete"),
    postgresStatementTrigger("event_search_after_source_insert", "sources", "INSERT", "event_search_on_source_insert"),
    postgresStatementTrigger("event_search_after_source_update", "sources", "UPDATE", "event_search_on_source_update"),
    postgresStatementTrigger("event_search_after_source_delete", "sources", "DELETE", "event_search_on_source_delete"),
    // event_search_fields follows event_search, whoever writes it.
    trigger("search_fields_on_insert", upsertFields),
    trigger(
      "search_fields_on_update",
      `    DELETE FROM "event_search_fields" WHERE "event_id" IN (SELECT event_id FROM old_rows EXCEPT SELECT event_id FROM new_rows);\n${upsertFields}`,
    ),
    trigger("search_fields_on_delete", `    DELETE FROM "event_search_fields" WHERE "event_id" IN (SELECT event_id FROM old_rows);`),
    postgresStatementTrigger("search_fields_after_insert", "event_search", "INSERT", "search_fields_on_insert"),
    postgresStatementTrigger("search_fields_after_update", "event_search", "UPDATE", "search_fields_on_update"),
    postgresStatementTrigger("search_fields_after_delete", "event_search", "DELETE", "search_fields_on_delete"),
  ];
}

export const searchTriggers: TriggerSet = {
  name: "full-text search",
  source: "lib/db/triggers/search.ts",
  sqlite: sqliteObjects,
  postgres: postgresObjects,
};
