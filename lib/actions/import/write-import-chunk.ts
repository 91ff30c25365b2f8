import { dialect, type Prisma } from "@/lib/db/client";
import { eventsDerivedRowsSql } from "@/lib/db/events-derived-rows-sql";
import { postgresSearchDocumentsFromJsonSql } from "@/lib/db/search-documents-sql";
import { insertSql, runWithRows, type JsonRows } from "./bulk-insert";
import { CREATED_EVENT_COLUMNS, EVENT_LINKS, REVISION_COLUMNS } from "./imported-event-rows";
import type { PreparedChunk } from "./prepared-chunk";
import { updateImportedEvents } from "./update-imported-events";
import type { RunSql } from "./with-derived-triggers-off";

async function insert(tx: Prisma.TransactionClient, table: string, columns: readonly string[], rows: JsonRows): Promise<void> {
  if (rows.length > 0) await runWithRows(tx, insertSql(table, columns), rows.json(), false);
}

/**
 * Writes a prepared chunk of an import inside its transaction, with the derived triggers off (`run` is
 * withDerivedTriggersOff's): the updates (update-imported-events.ts), the new events, every event's sources and links,
 * their derived rows (set-based, lib/db/events-derived-rows-sql.ts: the migrations' fill statements over just these
 * events, selected by their ids, as the planner knows nothing yet of a new batch's rows), their search documents on
 * PostgreSQL, and every revision whose state is known. Each statement's parameter was built with the chunk, so they
 * follow one another without a pause. A refused statement's error passes through (the transaction is lost); a stale
 * update is ChunkRowChangedError.
 */
export async function writeImportChunk(tx: Prisma.TransactionClient, run: RunSql, chunk: PreparedChunk): Promise<void> {
  await updateImportedEvents(tx, run, chunk);
  await insert(tx, "events", CREATED_EVENT_COLUMNS, chunk.created);
  for (const [index, { table, columns }] of EVENT_LINKS.entries()) await insert(tx, table, columns, chunk.links[index]!);
  await run(eventsDerivedRowsSql(dialect, `id IN (${chunk.ids("all").join(", ")})`, "add", { searchDocuments: chunk.search === null }));
  if (chunk.search) await runWithRows(tx, postgresSearchDocumentsFromJsonSql(), chunk.search.json(), false);
  await insert(tx, "event_revisions", REVISION_COLUMNS, chunk.revisions);
}
