import type { Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import type { EventInput } from "@/lib/schemas/event-input";
import type { ExistingEvent } from "./check-import-chunk";
import { insertCreatedEvents, insertImportRevisions, type ImportRevision } from "./insert-created-events";
import { ImportedEventChangedError, updateImportedEvents } from "./update-imported-events";
import type { RunSql } from "./with-derived-triggers-off";
import { addImportedDerivedRows } from "./add-imported-derived-rows";

/** A checked row ready to write: its values with names resolved to ids, links apart. */
export interface PreparedRow {
  data: EventInput;
  slug: string;
  externalId: string | null;
  /** The event it updates, or null for a new one. */
  existing: ExistingEvent | null;
  /** Its revision's state as JSON; null for a row with a parent or relations, whose revision waits for them. */
  state: string | null;
}

/** Row `index` of the chunk updates an event that was changed or deleted since the chunk was checked. */
export class ChunkRowChangedError extends Error {
  constructor(readonly index: number) {
    super(`row ${index} of the chunk changed meanwhile`);
  }
}

/**
 * Writes a chunk of an import inside its transaction, with the derived triggers off (`run` is withDerivedTriggersOff's):
 * the updates set-based (update-imported-events.ts), then the new events with their sources and links, their derived
 * rows (set-based, lib/db/events-derived-rows-sql.ts) and every revision whose state is known. Returns each row's id.
 * A refused statement's error passes through (the transaction is lost); a stale update is ChunkRowChangedError.
 */
export async function writeImportChunk(tx: Prisma.TransactionClient, run: RunSql, rows: PreparedRow[], batchId: number, viewer: Viewer, now: Date): Promise<number[]> {
  const ids: number[] = new Array(rows.length);
  const updatedAt = rows.flatMap((row, index) => (row.existing ? [index] : []));
  const createdAt = rows.flatMap((row, index) => (row.existing ? [] : [index]));
  const updates = updatedAt.map((index) => {
    const row = rows[index]!;
    ids[index] = row.existing!.id;
    return { id: row.existing!.id, version: row.existing!.version, data: row.data, slug: row.slug };
  });
  try {
    await updateImportedEvents(tx, run, updates, batchId, viewer, now);
  } catch (error) {
    throw error instanceof ImportedEventChangedError ? new ChunkRowChangedError(updatedAt[error.index]!) : error;
  }
  if (createdAt.length > 0) {
    const created = await insertCreatedEvents(tx, createdAt.map((index) => rows[index]!), batchId, viewer, now);
    created.forEach((id, at) => (ids[createdAt[at]!] = id));
    await addImportedDerivedRows(tx, run, createdAt.map((index, at) => ({ id: created[at]!, data: rows[index]!.data })));
  }
  const revisions = rows.flatMap((row, index): ImportRevision[] =>
    row.state === null ? [] : [{ id: ids[index]!, version: row.existing ? row.existing.version + 1 : 1, action: row.existing ? "update" : "create", state: row.state }],
  );
  await insertImportRevisions(tx, revisions, batchId, viewer, now);
  return ids;
}
