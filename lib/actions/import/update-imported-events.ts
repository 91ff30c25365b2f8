import { dialect, type Prisma } from "@/lib/db/client";
import { eventsDerivedRowsSql } from "@/lib/db/events-derived-rows-sql";
import { jsonRowsFrom, runWithRows } from "./bulk-insert";
import { UPDATED_EVENT_COLUMNS } from "./imported-event-rows";
import type { PreparedChunk } from "./prepared-chunk";
import type { RunSql } from "./with-derived-triggers-off";

/** Row `index` of the chunk updates an event that was changed or deleted since the chunk was checked. */
export class ChunkRowChangedError extends Error {
  constructor(readonly index: number) {
    super(`row ${index} of the chunk changed meanwhile`);
  }
}

/**
 * One UPDATE of the chunk's events, each only at the version the import read: the ids it wrote. (SQLite's RETURNING
 * names only the updated table's columns; PostgreSQL's must say which id, as the rows' JSON has one too.)
 */
function updateSql(): string {
  const { from, column } = jsonRowsFrom("events", UPDATED_EVENT_COLUMNS);
  const set = UPDATED_EVENT_COLUMNS.filter((name) => name !== "id" && name !== "version").map((name) => `${name} = ${column(name)}`);
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
 * Rewrites the chunk's updated events set-based, inside its transaction, with the derived triggers off (`run` is
 * withDerivedTriggersOff's): their derived rows as they stand are taken away (eventsDerivedRowsSql "remove"), one
 * UPDATE rewrites their columns where each is still at the version the import read (else ChunkRowChangedError, and
 * the transaction is lost), and their sources, links and outgoing relations are deleted. The writer then adds their
 * links and derived rows with the new events' (the relations and parents once every row has an id). One by one,
 * through the triggers and a read-back each, this cost 10–30 ms an event.
 */
export async function updateImportedEvents(tx: Prisma.TransactionClient, run: RunSql, chunk: PreparedChunk): Promise<void> {
  const updated = chunk.ids("updated");
  if (updated.length === 0) return;
  const ids = updated.join(", ");
  await run(eventsDerivedRowsSql(dialect, `id IN (${ids})`, "remove"));
  const written = new Set((await runWithRows<{ id: number | bigint }>(tx, updateSql(), chunk.updated.json(), true)).map((row) => Number(row.id)));
  const stale = chunk.rows.findIndex((row) => row.existing !== null && !written.has(row.id));
  if (stale >= 0) throw new ChunkRowChangedError(stale);
  await run(LINK_TABLES.map(([table, column]) => `DELETE FROM ${table} WHERE ${column} IN (${ids})`));
}
