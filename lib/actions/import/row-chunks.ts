import type { ImportRow } from "@/lib/import/import-row";

/** Rows read (or prepared) between two chances for a statement already sent to finish and the next to be sent. */
export const ROWS_PER_TURN = 200;

/** Lets the event loop run what is waiting (a statement's answer, the next to send) before going on. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The rows of a file (a list, or a stream read as it arrives) in chunks of `size`, the first of `firstSize`: a small
 * first chunk sets the database to work sooner. Reading and parsing a streamed file is work for Node's one thread:
 * it stops every ROWS_PER_TURN rows so that the chunk being written meanwhile goes on sending its statements.
 */
export async function* rowChunks(rows: Iterable<ImportRow> | AsyncIterable<ImportRow>, size: number, firstSize = size): AsyncGenerator<ImportRow[], void, undefined> {
  let chunk: ImportRow[] = [];
  let wanted = firstSize;
  let sinceTurn = 0;
  for await (const row of rows) {
    chunk.push(row);
    if (++sinceTurn === ROWS_PER_TURN) {
      sinceTurn = 0;
      await nextTurn();
    }
    if (chunk.length === wanted) {
      yield chunk;
      chunk = [];
      wanted = size;
    }
  }
  if (chunk.length > 0) yield chunk;
}
