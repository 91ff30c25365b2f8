import { dialect, type Prisma } from "@/lib/db/client";
import { eventsDerivedRowsSql } from "@/lib/db/events-derived-rows-sql";
import type { Viewer } from "@/lib/domain/viewer";
import { writtenEventState, insertImportRevisions, insertCreatedEvents, type CreatedRow } from "./insert-created-events";
import { withDerivedTriggersOff } from "./with-derived-triggers-off";

/** Rows written as one unit: their events, sources and links, derived rows and revisions. */
const CHUNK_ROWS = 5_000;
/** Rows prepared between two chances for the chunk being written to send its next statement. */
const ROWS_PER_SLICE = 200;

/** The import's new rows, in file order, read one at a time so that only a chunk's worth is prepared at once. */
export interface CreatedRowsSource {
  count: number;
  /** Row `at` (0 ≤ at < count) without its parent and relations, which may name rows not yet written. */
  prepare(at: number): CreatedRow;
  /** Whether row `at` has a parent or relations: the caller writes them, and its revision, once every row is in. */
  hasLinks(at: number): boolean;
  /** All of rows 0…done-1 are in, with their derived rows and (but for linked rows) their revisions. */
  onWritten?(done: number): void;
}

/** A statement of the chunk of rows first…last (indexes into the source) was refused; the transaction is lost. */
export class ChunkWriteError extends Error {
  constructor(
    readonly first: number,
    readonly last: number,
    cause: unknown,
  ) {
    super(`The database refused rows ${first}–${last}`, { cause });
  }
}

interface PreparedChunk {
  first: number;
  rows: CreatedRow[];
  /** Each row's revision state as JSON, or null for a linked row. */
  states: (string | null)[];
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function prepareChunk(source: CreatedRowsSource, first: number, end: number): Promise<PreparedChunk> {
  const rows: CreatedRow[] = [];
  const states: (string | null)[] = [];
  for (let at = first; at < end; at++) {
    if (at > first && (at - first) % ROWS_PER_SLICE === 0) await nextTurn();
    const row = source.prepare(at);
    rows.push(row);
    states.push(source.hasLinks(at) ? null : JSON.stringify(writtenEventState(row.data, row.slug)));
  }
  return { first, rows, states };
}

async function writeChunk(tx: Prisma.TransactionClient, run: (statements: readonly string[]) => Promise<void>, chunk: PreparedChunk, ids: number[], batchId: number, viewer: Viewer, now: Date): Promise<void> {
  const chunkIds = await insertCreatedEvents(tx, chunk.rows, batchId, viewer, now);
  let low = Infinity;
  let high = -Infinity;
  chunkIds.forEach((id, index) => {
    ids[chunk.first + index] = id;
    low = Math.min(low, id);
    high = Math.max(high, id);
  });
  // Ids only grow, and one chunk is written after another: the chunk's events are the batch's new ones in this range.
  await run(eventsDerivedRowsSql(dialect, `import_batch_id = ${batchId} AND version = 1 AND id BETWEEN ${low} AND ${high}`, "add"));
  await insertImportRevisions(tx, chunk.states.flatMap((state, index) => (state === null ? [] : [{ id: chunkIds[index]!, version: 1, action: "create" as const, state }])), batchId, viewer, now);
}

/**
 * Writes an import's new events, with the derived triggers off, a chunk at a time: each chunk's events, sources and
 * links, then their derived rows (set-based, lib/db/events-derived-rows-sql.ts) and their revisions. While the database
 * writes one chunk, Node prepares the next (validation, columns, revision states), yielding every few hundred rows
 * so that the chunk being written sends its next statement without waiting: on PostgreSQL the two run side by side
 * (BENCHMARKS.md, “Import”). Returns every row's id, by its index in the source.
 */
export async function writeCreatedEvents(tx: Prisma.TransactionClient, source: CreatedRowsSource, batchId: number, viewer: Viewer, now: Date, chunkRows = CHUNK_ROWS): Promise<number[]> {
  const ids: number[] = new Array(source.count);
  await withDerivedTriggersOff(tx, async (run) => {
    let writing: Promise<void> = Promise.resolve();
    const prepare = async (first: number, end: number) => {
      try {
        return await prepareChunk(source, first, end);
      } catch (error) {
        // The transaction ends with this error: not before the chunk being written has stopped using it.
        await writing.catch((writeError: unknown) => console.error("An import's chunk failed while the next was being prepared", writeError));
        throw error;
      }
    };
    for (let first = 0; first < source.count; first += chunkRows) {
      const end = Math.min(first + chunkRows, source.count);
      const chunk = await prepare(first, end);
      const previous = writing;
      writing = previous.then(() =>
        writeChunk(tx, run, chunk, ids, batchId, viewer, now).then(
          () => source.onWritten?.(end),
          (error: unknown) => {
            throw error instanceof ChunkWriteError ? error : new ChunkWriteError(first, end - 1, error);
          },
        ),
      );
      // Handled when awaited below; a rejection meanwhile must not count as unhandled.
      writing.catch(() => undefined);
      // At most one chunk written while the next is prepared: the file's rows never pile up as pending statements.
      await previous;
    }
    await writing;
  });
  return ids;
}
