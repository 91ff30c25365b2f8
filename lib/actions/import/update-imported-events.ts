import { dialect, type Prisma } from "@/lib/db/client";
import { eventsDerivedRowsSql } from "@/lib/db/events-derived-rows-sql";
import type { Viewer } from "@/lib/domain/viewer";
import type { EventInput } from "@/lib/schemas/event-input";
import { jsonRowsFrom, rowsJson, runWithRows, type SqlValue } from "./bulk-insert";
import { EVENT_CONTENT_COLUMNS, eventContentValues, insertEventLinks } from "./insert-created-events";
import type { RunSql } from "./with-derived-triggers-off";
import { addImportedDerivedRows } from "./add-imported-derived-rows";

/** An event a row of the file updates: its id, the version the import read, and the row's values (links apart). */
export interface UpdatedRow {
  id: number;
  version: number;
  data: EventInput;
  slug: string;
}

/** Row `index` (into the rows given) names an event that was changed or deleted since the import read it. */
export class ImportedEventChangedError extends Error {
  constructor(readonly index: number) {
    super(`event of row ${index} changed meanwhile`);
  }
}

const UPDATE_COLUMNS = ["id", "version", ...EVENT_CONTENT_COLUMNS, "parent_id", "import_batch_id", "updated_by_id", "updated_at"] as const;

/**
 * One UPDATE of the chunk's events, each only at the version the import read: the ids it wrote. (SQLite's RETURNING
 * names only the updated table's columns; PostgreSQL's must say which id, as the rows' JSON has one too.)
 */
function updateSql(): string {
  const { from, column } = jsonRowsFrom("events", UPDATE_COLUMNS);
  const set = UPDATE_COLUMNS.filter((name) => name !== "id" && name !== "version").map((name) => `${name} = ${column(name)}`);
  return `UPDATE events SET ${set.join(", ")}, version = events.version + 1 FROM ${from}
WHERE events.id = ${column("id")} AND events.version = ${column("version")} AND events.deleted_at IS NULL RETURNING ${dialect === "postgres" ? "events.id" : "id"}`;
}

const LINK_TABLES = [
  ["sources", "event_id"],
  ["event_topics", "event_id"],
  ["event_actors", "event_id"],
  ["event_countries", "event_id"],
  ["event_relations", "from_id"],
] as const;

/**
 * Writes a chunk of an import's updates set-based, inside its transaction, with the derived triggers off (`run` is
 * withDerivedTriggersOff's): the events' derived rows as they stand are taken away (eventsDerivedRowsSql "remove"),
 * one UPDATE rewrites their columns where each is still at the version the import read (else
 * ImportedEventChangedError, and the transaction is lost), their sources, links and outgoing relations are replaced
 * (the caller writes the relations and parents again once every row has an id), and their new derived rows are
 * added. One by one, through the triggers and a read-back each, this cost 10–30 ms an event.
 */
export async function updateImportedEvents(tx: Prisma.TransactionClient, run: RunSql, rows: UpdatedRow[], batchId: number, viewer: Viewer, now: Date): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((row) => row.id).join(", ");
  await run(eventsDerivedRowsSql(dialect, `id IN (${ids})`, "remove"));
  const values = rows.map((row): SqlValue[] => [row.id, row.version, ...eventContentValues(row.data, row.slug), null, batchId, viewer.userId, now]);
  const written = new Set((await runWithRows<{ id: number | bigint }>(tx, updateSql(), rowsJson(UPDATE_COLUMNS, values), true)).map((row) => Number(row.id)));
  const stale = rows.findIndex((row) => !written.has(row.id));
  if (stale >= 0) throw new ImportedEventChangedError(stale);
  await run(LINK_TABLES.map(([table, column]) => `DELETE FROM ${table} WHERE ${column} IN (${ids})`));
  await insertEventLinks(tx, rows);
  await addImportedDerivedRows(tx, run, rows);
}
