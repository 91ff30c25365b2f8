import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import type { ImportFormat } from "@/lib/import/detect-format";
import type { CellError, ImportRow } from "@/lib/import/import-row";
import type { ImportPhase, ImportProgress } from "@/lib/import/import-progress";
import { ImportFileError } from "@/lib/import/text-encoding";
import type { ActionResult } from "../action-result";
import { recordAudit } from "../audit/record-audit";
import { checkEditor } from "../events/check-editor";
import { checkImportChunk, type CheckedRow, type ChunkClaims } from "./check-import-chunk";
import { writtenEventState } from "./imported-event-rows";
import { ImportNames } from "./import-names";
import { ImportProblems } from "./import-problems";
import { linkImportedRows, type LinkedRow } from "./link-imported-rows";
import { nextTurn, rowChunks, ROWS_PER_TURN } from "./row-chunks";
import { toEventInput } from "./to-event-input";
import { withDerivedTriggersOff } from "./with-derived-triggers-off";
import { PreparedChunk, type ChunkContext } from "./prepared-chunk";
import { reserveEventIds } from "./reserve-event-ids";
import { ChunkRowChangedError } from "./update-imported-events";
import { writeImportChunk } from "./write-import-chunk";

export interface ImportCommitInput {
  fileName: string;
  format: ImportFormat;
  /** The file's rows: a list, or a stream read as the file arrives (a CSV upload), which is never held whole. */
  rows: Iterable<ImportRow> | AsyncIterable<ImportRow>;
  /** How many rows there are, when known before they are read (a file read whole). */
  totalRows?: number;
  /** How much of a streamed file has been read (0–1), for progress while its number of rows is not known. */
  fileRead?: () => number;
  /** The file's name for a field, for error messages ("Headline" for title in a TimelineJS sheet). */
  columnOf?: (field: string) => string;
  /** What the file held besides events (a TimelineJS title slide and eras), kept with the batch as it is. */
  details?: Record<string, unknown> | null;
  /** How many rows are checked and written as one unit (5,000); tests lower it to cover several. */
  chunkRows?: number;
  /** Hears how far the import is, a few times a phase (for the wizard's progress bar). */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportCommitResult {
  batchId: number;
  created: number;
  updated: number;
  newTopics: string[];
  newActors: string[];
}

/** A refused import: every problem found, by row and column (the first MAX_LISTED_PROBLEMS); nothing was written. */
export type ImportRefusal = { ok: false; code: "invalid_input"; message: string; errors: CellError[] };

/** How long an import may hold the write transaction: a large file is minutes of work, all or nothing. */
const TRANSACTION_OPTIONS = { timeout: 30 * 60_000, maxWait: 30_000 } as const;
const CHUNK_ROWS = 5_000;
/** The first chunk is small: the database starts writing after a few hundred rows are read, not thousands. */
const FIRST_CHUNK_ROWS = 500;
/**
 * How many chunks may be checked and prepared ahead of the database: one written and one ready to follow it, so the
 * database never waits for Node to read the next (with one, it waited about a tenth of an import; BENCHMARKS.md).
 */
const WRITE_AHEAD = 2;

/** Ends the transaction (rolled back) with this answer. */
class Refused extends Error {
  constructor(readonly refusal: ImportRefusal) {
    super(refusal.message);
  }
}

function refusal(errors: CellError[], message: string): ImportRefusal {
  return { ok: false, code: "invalid_input", message, errors: errors.slice().sort((a, b) => a.line - b.line) };
}

/** The database refused a statement writing the rows on lines first…last. */
class RowsRefusedError extends Error {
  constructor(
    readonly first: number,
    readonly last: number,
    cause: unknown,
  ) {
    super(`The database refused rows ${first}–${last}`, { cause });
  }
}

const hasLinks = (row: ImportRow) => Boolean(row.values.parent) || row.values.relations.length > 0;

/**
 * The chunk's rows as the statements that write them, new events with the ids reserved for them, with a pause every
 * few hundred rows so that the chunk being written meanwhile goes on sending its statements.
 */
async function prepareChunk(rows: CheckedRow[], ids: number[], names: ImportNames, context: ChunkContext, preparing: { row: ImportRow | null }): Promise<PreparedChunk> {
  const chunk = new PreparedChunk(context);
  let reserved = 0;
  for (const [at, { row, slug, existing }] of rows.entries()) {
    if (at > 0 && at % ROWS_PER_TURN === 0) await nextTurn();
    preparing.row = row;
    const data = toEventInput(row, slug, names);
    const id = existing ? existing.id : ids[reserved++]!;
    chunk.add({ id, data, slug, externalId: row.externalId, existing, state: hasLinks(row) ? null : JSON.stringify(writtenEventState(data, slug)) });
  }
  preparing.row = null;
  return chunk;
}

/**
 * Writes an import in one transaction, all or nothing, a chunk of rows at a time as they are read: each row becomes
 * an event, or updates the event an earlier import made from the same external id, with one revision each naming
 * the batch; the import is one entry of the audit log. While the database writes a chunk, Node reads, checks and
 * prepares the ones after it (WRITE_AHEAD). The first problem in any row stops the writing; the rest of the file is still read for its
 * problems, then everything is rolled back and the caller gets them by row and column.
 */
export async function commitImport(input: ImportCommitInput, viewer: Viewer): Promise<ActionResult<ImportCommitResult> | ImportRefusal> {
  const denied = checkEditor(viewer, "import events");
  if (denied) return denied;
  const columnOf = input.columnOf ?? ((field: string) => field);
  const chunkRows = input.chunkRows ?? CHUNK_ROWS;
  const chunks = rowChunks(input.rows, chunkRows, Math.min(chunkRows, FIRST_CHUNK_ROWS))[Symbol.asyncIterator]();
  let written = 0;
  const report = (phase: ImportPhase) => input.onProgress?.({ phase, done: written, total: input.totalRows ?? null, ...(input.fileRead && { read: input.fileRead() }) });
  const problems = new ImportProblems();
  const preparing: { row: ImportRow | null } = { row: null };
  try {
    report("checking");
    // The first chunk is read before the transaction begins: a file that fails at once never takes the write lock.
    let next = await chunks.next();
    if (next.done) return refusal([], "The file holds no events to import.");
    const result = await db.$transaction(async (tx) => {
      const batch = await tx.importBatch.create({ data: { fileName: input.fileName, format: input.format, authorId: viewer.userId, createdCount: 0, updatedCount: 0, details: input.details ? JSON.stringify(input.details) : null }, select: { id: true } });
      const names = new ImportNames(tx);
      const linked: LinkedRow[] = [];
      const now = new Date();
      let created = 0;
      let updated = 0;
      await withDerivedTriggersOff(tx, async (run) => {
        // The last chunk's write queued: each waits for the one before, so they run in the file's order.
        let writing: Promise<void> = Promise.resolve();
        // Why a chunk's write failed: on PostgreSQL every statement after it fails too, and this is the cause.
        let writeFailure: unknown = null;
        // The chunks queued and not yet written, oldest first: the next is checked against their claims.
        const queued: { claims: ChunkClaims; written: Promise<void> }[] = [];
        try {
          for (; !next.done; next = await chunks.next()) {
            if (writeFailure) throw writeFailure;
            const rows = next.value;
            problems.add(rows.flatMap((row) => row.errors));
            const checked = await checkImportChunk(rows, { tx, batchId: batch.id, viewer, names, columnOf, inFlight: queued.map((chunk) => chunk.claims) });
            problems.add(checked.errors);
            // Nothing more is written once a row has a problem: the rest of the file is only read for its own.
            if (problems.count > 0) continue;
            const ids = await reserveEventIds(tx, checked.rows.filter((row) => row.existing === null).length);
            const prepared = await prepareChunk(checked.rows, ids, names, { batchId: batch.id, viewer, now }, preparing);
            while (queued.length >= WRITE_AHEAD) await queued.shift()!.written;
            if (writeFailure) throw writeFailure;
            const write = () =>
              writeImportChunk(tx, run, prepared).then(
                () => {
                  prepared.rows.forEach((row, index) => {
                    if (row.existing) updated++;
                    else created++;
                    if (row.state !== null) return;
                    const { row: source } = checked.rows[index]!;
                    linked.push({ line: source.line, id: row.id, version: row.existing ? row.existing.version + 1 : 1, action: row.existing ? "update" : "create", data: row.data, slug: row.slug, parent: source.values.parent, relations: source.values.relations });
                  });
                  written += prepared.rows.length;
                  report("writing");
                },
                (error: unknown) => {
                  if (error instanceof ChunkRowChangedError) {
                    const { row } = checked.rows[error.index]!;
                    writeFailure = new Refused(refusal([{ line: row.line, column: columnOf("externalId"), message: "This event was changed while the file was being imported; import it again to see the change." }], "An event changed during the import; nothing was imported."));
                  } else {
                    writeFailure = new RowsRefusedError(rows[0]!.line, rows.at(-1)!.line, error);
                  }
                },
              );
            // After a failure nothing more is sent: SQLite would go on writing.
            writing = writing.then(() => (writeFailure ? undefined : write()));
            queued.push({ claims: checked.claims, written: writing });
          }
          await writing;
        } catch (error) {
          // Whatever stopped the loop (the file, a check), the transaction must not end under a chunk still writing.
          await writing;
          throw writeFailure ?? error;
        }
        // A problem found while the last chunk was written outranks that chunk's failure: it is the row to fix.
        if (writeFailure && problems.count === 0) throw writeFailure;
      });
      if (problems.count > 0) throw new Refused(refusal(problems.list(), `${problems.describe()}; nothing was imported.`));

      report("finishing");
      const linkErrors = await linkImportedRows(tx, linked, batch.id, viewer, now, columnOf);
      if (linkErrors.length > 0) {
        problems.add(linkErrors);
        throw new Refused(refusal(problems.list(), `${problems.describe()}; nothing was imported.`));
      }
      await tx.importBatch.update({ where: { id: batch.id }, data: { createdCount: created, updatedCount: updated } });
      await recordAudit({ action: "import.commit", actor: viewer, detail: { batch: batch.id, fileName: input.fileName, format: input.format, created, updated, ...(names.newTopics.length && { newTopics: names.newTopics }), ...(names.newActors.length && { newActors: names.newActors }) } }, tx);
      return { batchId: batch.id, created, updated, newTopics: names.newTopics, newActors: names.newActors };
    }, TRANSACTION_OPTIONS);
    return { ok: true, data: result };
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    // The file went wrong part-way (bad UTF-8, a quote never closed, too many rows): nothing was kept.
    if (error instanceof ImportFileError) return refusal(problems.list(), `${error.message} Nothing was imported.`);
    // The database refused a row (a constraint, a trigger, a lost connection): the transaction rolled back whole.
    const chunk = error instanceof RowsRefusedError ? error : null;
    const failed = chunk ? null : preparing.row;
    const at = failed ? `row ${failed.line}` : chunk ? (chunk.first === chunk.last ? `row ${chunk.first}` : `rows ${chunk.first}–${chunk.last}`) : "the end";
    console.error(`Import failed at ${at}`, error);
    const line = failed?.line ?? chunk?.first;
    return refusal(line === undefined ? [] : [{ line, column: columnOf("title"), message: `The database refused ${at}; see the server log.` }], `The import failed at ${at}; nothing was imported.`);
  } finally {
    // A stream left part-read (the import stopped at a failure) is closed, which releases the upload.
    await chunks.return?.();
  }
}

