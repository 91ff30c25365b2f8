import { db, type Prisma } from "@/lib/db/client";
import type { EventStatus } from "@/lib/domain/event-vocabulary";
import { statusChangeRefusal } from "@/lib/domain/review";
import { canReview, type Viewer } from "@/lib/domain/viewer";
import type { ImportFormat } from "@/lib/import/detect-format";
import type { CellError, ImportRow } from "@/lib/import/import-row";
import type { ImportPhase, ImportProgress } from "@/lib/import/import-progress";
import { slugify } from "@/lib/schemas/slugify";
import type { ActionResult } from "../action-result";
import { recordAudit } from "../audit/record-audit";
import { checkEditor } from "../events/check-editor";
import { allocateImportSlugs } from "./allocate-import-slugs";
import { referenceErrors, referenceKey, resolveImportReferences, type ImportReferences } from "./resolve-import-references";
import { insertRows, type SqlValue } from "./bulk-insert";
import { insertImportRevisions, writtenEventState, type CreatedRow, type ImportRevision } from "./insert-created-events";
import { resolveLinks, toEventInput, type IdsByExternalId } from "./to-event-input";
import { ImportedEventChangedError, updateImportedEvents } from "./update-imported-events";
import { ChunkWriteError, writeCreatedEvents } from "./write-created-events";

export interface ImportCommitInput {
  fileName: string;
  format: ImportFormat;
  rows: ImportRow[];
  /** The file's name for a field, for error messages ("Headline" for title in a TimelineJS sheet). */
  columnOf?: (field: string) => string;
  /** What the file held besides events (a TimelineJS title slide and eras), kept with the batch as it is. */
  details?: Record<string, unknown> | null;
  /** How many new rows are written as one unit (5,000); tests lower it to cover several. */
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

/** A refused import: every problem found, by row and column; nothing was written. */
export type ImportRefusal = { ok: false; code: "invalid_input"; message: string; errors: CellError[] };

/** How long an import may hold the write transaction: a large file is minutes of work, all or nothing. */
const TRANSACTION_OPTIONS = { timeout: 30 * 60_000, maxWait: 30_000 } as const;

class ChangedMeanwhileError extends Error {
  constructor(readonly line: number) {
    super(`row ${line}`);
  }
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

function refuse(errors: CellError[], message: string): ImportRefusal {
  return { ok: false, code: "invalid_input", message, errors: errors.slice().sort((a, b) => a.line - b.line) };
}

/** Editors import drafts and submissions, and never change a published event; reviewers and admins import anything. */
function permissionErrors(rows: ImportRow[], references: ImportReferences, viewer: Viewer, columnOf: (field: string) => string): CellError[] {
  const errors: CellError[] = [];
  for (const row of rows) {
    const existing = row.externalId ? references.existingByExternalId.get(row.externalId) : undefined;
    const from = (existing?.status ?? null) as EventStatus | null;
    if (from === "published" && !canReview(viewer)) {
      errors.push({ line: row.line, column: columnOf("externalId"), message: `“${row.externalId}” is a published event: a reviewer or admin imports changes to it.` });
      continue;
    }
    const refusal = statusChangeRefusal(viewer, from, row.values.status);
    if (refusal) errors.push({ line: row.line, column: columnOf("status"), message: refusal });
  }
  return errors;
}

async function createMissing(tx: Prisma.TransactionClient, names: string[], references: ImportReferences, kind: "topic" | "actor"): Promise<void> {
  for (const name of names) {
    const slug = slugify(name);
    const row =
      kind === "topic"
        ? await tx.topic.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true } })
        : await tx.actor.upsert({ where: { slug }, create: { slug, name, kind: "other" }, update: {}, select: { id: true } });
    (kind === "topic" ? references.topicIds : references.actorIds).set(referenceKey(name), row.id);
  }
}

/**
 * Writes an import in one transaction: every row becomes an event (or updates the event imported earlier with the
 * same external id), with one revision each naming the batch, and the import is one entry of the audit log. Any
 * problem, in any row, and nothing is written: the caller gets every problem by row and column.
 */
export async function commitImport(input: ImportCommitInput, viewer: Viewer): Promise<ActionResult<ImportCommitResult> | ImportRefusal> {
  const denied = checkEditor(viewer, "import events");
  if (denied) return denied;
  const columnOf = input.columnOf ?? ((field: string) => field);
  const { rows } = input;
  const report = (phase: ImportPhase, done: number) => input.onProgress?.({ phase, done, total: rows.length });
  if (rows.length === 0) return refuse([], "The file holds no events to import.");
  const rowErrors = rows.flatMap((row) => row.errors);
  if (rowErrors.length) return refuse(rowErrors, `${rowErrors.length} problem${rowErrors.length === 1 ? "" : "s"} in the file; nothing was imported.`);

  report("checking", 0);
  const references = await resolveImportReferences(rows);
  const existingId = (row: ImportRow) => (row.externalId ? (references.existingByExternalId.get(row.externalId)?.id ?? null) : null);
  const { slugs, errors: slugErrors } = await allocateImportSlugs(rows, existingId, columnOf);
  const problems = [...referenceErrors(rows, references, columnOf), ...permissionErrors(rows, references, viewer, columnOf), ...slugErrors];
  if (problems.length) return refuse(problems, `${problems.length} problem${problems.length === 1 ? "" : "s"} in the file; nothing was imported.`);

  const created = rows.map((row) => !(row.externalId && references.existingByExternalId.has(row.externalId)));
  const createdIndexes = rows.flatMap((_row, index) => (created[index] ? [index] : []));
  // The row being prepared or written when something fails (a failed chunk names its rows itself).
  let writing: ImportRow | null = null;
  try {
    const result = await db.$transaction(async (tx) => {
      const batch = await tx.importBatch.create({ data: { fileName: input.fileName, format: input.format, authorId: viewer.userId, createdCount: 0, updatedCount: 0, details: input.details ? JSON.stringify(input.details) : null }, select: { id: true } });
      await createMissing(tx, references.newTopics, references, "topic");
      await createMissing(tx, references.newActors, references, "actor");

      const fromFile: IdsByExternalId = new Map();
      const now = new Date();
      // Rows first without their parent and relations, which may name rows further down.
      const inputOf = (index: number) => {
        writing = rows[index]!;
        const prepared = toEventInput(rows[index]!, slugs[index]!, references, fromFile, false);
        writing = null;
        return prepared;
      };
      const ids: number[] = new Array(rows.length);
      const hasLinks = (row: ImportRow) => Boolean(row.values.parent) || row.values.relations.length > 0;
      // A writer's failed chunk names its rows by their indexes among those it was given: here, by their lines.
      const inLines = (indexes: number[]) => (error: unknown) => {
        throw error instanceof ChunkWriteError ? new RowsRefusedError(rows[indexes[error.first]!]!.line, rows[indexes[error.last]!]!.line, error) : error;
      };
      report("writing", 0);
      // The updates first, then the new events: each set-based, with the derived triggers off.
      const updatedIndexes = rows.flatMap((_row, index) => (created[index] ? [] : [index]));
      const updated = updatedIndexes.map((index) => {
        const existing = references.existingByExternalId.get(rows[index]!.externalId!)!;
        ids[index] = existing.id;
        return { id: existing.id, version: existing.version, data: inputOf(index), slug: slugs[index]! };
      });
      await updateImportedEvents(tx, updated, batch.id, viewer, now, (done) => report("writing", done)).catch((error: unknown) => {
        if (error instanceof ImportedEventChangedError) throw new ChangedMeanwhileError(rows[updatedIndexes[error.index]!]!.line);
        return inLines(updatedIndexes)(error);
      });
      // New rows with a parent or relations, kept as written for their revisions once those links are in.
      const linkedRows = new Map<number, CreatedRow>();
      const createdIds = await writeCreatedEvents(
        tx,
        {
          count: createdIndexes.length,
          prepare: (at) => {
            const index = createdIndexes[at]!;
            const prepared = { data: inputOf(index), slug: slugs[index]!, externalId: rows[index]!.externalId };
            if (hasLinks(rows[index]!)) linkedRows.set(index, prepared);
            return prepared;
          },
          hasLinks: (at) => hasLinks(rows[createdIndexes[at]!]!),
          onWritten: (done) => report("writing", updated.length + done),
        },
        batch.id,
        viewer,
        now,
        input.chunkRows,
      ).catch(inLines(createdIndexes));
      createdIndexes.forEach((index, at) => (ids[index] = createdIds[at]!));
      rows.forEach((row, index) => row.externalId && fromFile.set(row.externalId, ids[index]!));

      report("finishing", 0);
      const relations: SqlValue[][] = [];
      // Each revision holds the event as the import left it, built from what was written rather than read back.
      const revisions: ImportRevision[] = [];
      const linksOf = new Map<number, ReturnType<typeof resolveLinks>>();
      for (const [index, row] of rows.entries()) {
        if (!hasLinks(row)) continue;
        writing = row;
        const links = resolveLinks(row, references, fromFile);
        linksOf.set(index, links);
        if (links.parentId !== null) await tx.event.update({ where: { id: ids[index]! }, data: { parentId: links.parentId } });
        relations.push(...links.relations.map((relation): SqlValue[] => [ids[index]!, relation.targetId, relation.type]));
        const prepared = linkedRows.get(index);
        if (prepared) revisions.push({ id: ids[index]!, version: 1, action: "create", state: JSON.stringify(writtenEventState({ ...prepared.data, ...links }, prepared.slug)) });
      }
      await insertRows(tx, "event_relations", ["from_id", "to_id", "type"], relations);
      writing = null;
      updated.forEach((row, at) => {
        const links = linksOf.get(updatedIndexes[at]!);
        revisions.push({ id: row.id, version: row.version + 1, action: "update", state: JSON.stringify(writtenEventState(links ? { ...row.data, ...links } : row.data, row.slug)) });
      });
      await insertImportRevisions(tx, revisions, batch.id, viewer, now);

      const createdCount = createdIndexes.length;
      const updatedCount = updated.length;
      await tx.importBatch.update({ where: { id: batch.id }, data: { createdCount, updatedCount } });
      await recordAudit({ action: "import.commit", actor: viewer, detail: { batch: batch.id, fileName: input.fileName, format: input.format, created: createdCount, updated: updatedCount, ...(references.newTopics.length && { newTopics: references.newTopics }), ...(references.newActors.length && { newActors: references.newActors }) } }, tx);
      return { batchId: batch.id, created: createdCount, updated: updatedCount, newTopics: references.newTopics, newActors: references.newActors };
    }, TRANSACTION_OPTIONS);
    return { ok: true, data: result };
  } catch (error) {
    if (error instanceof ChangedMeanwhileError) {
      return refuse([{ line: error.line, column: columnOf("externalId"), message: "This event was changed while the file was being imported; import it again to see the change." }], "An event changed during the import; nothing was imported.");
    }
    // The database refused a row (a constraint, a trigger, a lost connection): the transaction rolled back whole.
    const chunk = error instanceof RowsRefusedError ? error : null;
    const failed = chunk ? null : (writing as ImportRow | null);
    const at = failed ? `row ${failed.line}` : chunk ? (chunk.first === chunk.last ? `row ${chunk.first}` : `rows ${chunk.first}–${chunk.last}`) : "the end";
    console.error(`Import failed at ${at}`, error);
    const line = failed?.line ?? chunk?.first;
    return refuse(line === undefined ? [] : [{ line, column: columnOf("title"), message: `The database refused ${at}; see the server log.` }], `The import failed at ${at}; nothing was imported.`);
  }
}
