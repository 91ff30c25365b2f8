import { Prisma } from "@/lib/db/client";
import type { EventStatus } from "@/lib/domain/event-vocabulary";
import { statusChangeRefusal } from "@/lib/domain/review";
import { canReview, type Viewer } from "@/lib/domain/viewer";
import type { CellError, EventReference, ImportRow } from "@/lib/import/import-row";
import { slugify } from "@/lib/schemas/slugify";
import type { ImportNames } from "./import-names";
import { eventsWhereIn } from "./read-where-in";

/**
 * What a chunk being written claims before its rows can be read back: its slugs, and its external ids with their
 * lines. The next chunk is checked against them and against the database (which holds every earlier chunk).
 */
export interface ChunkClaims {
  slugs: Set<string>;
  externalIds: Map<string, number>;
}

/** The event a row updates: the one an earlier import created with the row's external id, as the import read it. */
export interface ExistingEvent {
  id: number;
  version: number;
}

export interface CheckedRow {
  row: ImportRow;
  slug: string;
  existing: ExistingEvent | null;
}

export interface CheckedChunk {
  rows: CheckedRow[];
  errors: CellError[];
  claims: ChunkClaims;
}

export interface ChunkCheckContext {
  tx: Prisma.TransactionClient;
  batchId: number;
  viewer: Viewer;
  names: ImportNames;
  columnOf: (field: string) => string;
  /** The chunks queued to be written and not yet written, whose rows the database cannot show yet. */
  inFlight: readonly ChunkClaims[];
}

interface StoredEvent {
  id: number | bigint;
  externalId: string;
  slug: string;
  version: number | bigint;
  status: string;
  deletedAt: Date | string | null;
  importBatchId: number | bigint | null;
}

const repeated = (id: string, line: number | null) => `The id “${id}” is already used ${line === null ? "on an earlier line" : `on line ${line}`}; each event needs its own.`;

/** Rows that name an external id: the events earlier imports made from them, or why the row cannot have its id. */
async function checkExternalIds(rows: readonly ImportRow[], context: ChunkCheckContext, errors: CellError[]): Promise<{ existing: (StoredEvent | null)[]; claimed: Map<string, number> }> {
  const column = context.columnOf("externalId");
  const ids = [...new Set(rows.flatMap((row) => (row.externalId ? [row.externalId] : [])))];
  const stored = await eventsWhereIn<StoredEvent>(
    Prisma.sql`id, external_id AS "externalId", slug, version, status, deleted_at AS "deletedAt", import_batch_id AS "importBatchId"`, "external_id", ids, context.tx,
  );
  const byId = new Map(stored.map((event) => [event.externalId, event]));
  const claimed = new Map<string, number>();
  const existing = rows.map((row) => {
    const id = row.externalId;
    if (!id) return null;
    const earlierLine = claimed.get(id) ?? context.inFlight.find((chunk) => chunk.externalIds.has(id))?.externalIds.get(id);
    const event = byId.get(id);
    if (earlierLine !== undefined || (event && Number(event.importBatchId) === context.batchId)) {
      errors.push({ line: row.line, column, message: repeated(id, earlierLine ?? null) });
      return null;
    }
    claimed.set(id, row.line);
    if (!event) return null;
    if (event.deletedAt) {
      errors.push({ line: row.line, column, message: `The event imported as “${id}” is in the trash; restore it first, or give this row another id.` });
      return null;
    }
    return event;
  });
  return { existing, claimed };
}

/** Editors import drafts and submissions, and never change a published event; reviewers and admins import anything. */
function checkPermission(row: ImportRow, existing: StoredEvent | null, context: ChunkCheckContext): CellError | null {
  const from = (existing?.status ?? null) as EventStatus | null;
  if (from === "published" && !canReview(context.viewer)) {
    return { line: row.line, column: context.columnOf("externalId"), message: `“${row.externalId}” is a published event: a reviewer or admin imports changes to it.` };
  }
  const refusal = statusChangeRefusal(context.viewer, from, row.values.status);
  return refusal ? { line: row.line, column: context.columnOf("status"), message: refusal } : null;
}

/**
 * Parents and relations named by slug must be events Chronicle already has; those named by external id may be rows
 * further down the file, and are checked once every row is in (link-imported-rows.ts).
 */
async function checkSlugReferences(rows: readonly ImportRow[], context: ChunkCheckContext, errors: CellError[]): Promise<void> {
  const bySlug = (reference: EventReference | null) => (reference && "slug" in reference ? [reference.slug] : []);
  const named = [...new Set(rows.flatMap((row) => [...bySlug(row.values.parent), ...row.values.relations.flatMap((relation) => bySlug(relation.target))]))];
  if (named.length === 0) return;
  const known = new Set((await eventsWhereIn<{ slug: string }>(Prisma.sql`slug`, "slug", named, context.tx)).map((event) => event.slug));
  const check = (row: ImportRow, field: string, reference: EventReference | null) => {
    if (reference && "slug" in reference && !known.has(reference.slug)) errors.push({ line: row.line, column: context.columnOf(field), message: `No event in this file or in Chronicle is “${reference.slug}”.` });
  };
  for (const row of rows) {
    check(row, "parent", row.values.parent);
    row.values.relations.forEach((relation) => check(row, "relations", relation.target));
  }
}

/**
 * A slug for every row: the file's own (an error if another event has it), the existing event's for an update that
 * gives none, or one from the title with a suffix when that is taken in Chronicle, in the chunks queued to be written
 * or earlier in this one.
 */
async function allocateSlugs(rows: readonly ImportRow[], existing: (StoredEvent | null)[], context: ChunkCheckContext, errors: CellError[]): Promise<string[]> {
  const wanted = rows.map((row) => row.values.slug || slugify(row.values.title));
  const taken = new Map<string, number>();
  for (const event of await eventsWhereIn<{ id: number | bigint; slug: string }>(Prisma.sql`id, slug`, "slug", [...new Set(wanted)], context.tx)) taken.set(event.slug, Number(event.id));
  const used = new Set<string>();
  const probed = new Set<string>();
  const free = (slug: string, selfId: number | null) => !used.has(slug) && !context.inFlight.some((chunk) => chunk.slugs.has(slug)) && (!taken.has(slug) || taken.get(slug) === selfId);
  const slugs: string[] = [];
  for (const [index, row] of rows.entries()) {
    const self = existing[index] ?? null;
    const selfId = self ? Number(self.id) : null;
    const own = row.values.slug;
    let slug: string;
    if (!own && self) {
      slug = self.slug;
    } else if (own) {
      if (!free(own, selfId)) errors.push({ line: row.line, column: context.columnOf("slug"), message: `The slug “${own}” is already used by another event.` });
      slug = own;
    } else {
      const base = wanted[index]!;
      slug = base;
      if (!free(slug, selfId)) {
        // The suffixed slugs Chronicle has of this title, read once however many rows of the chunk share it.
        if (!probed.has(base)) {
          probed.add(base);
          const similar = await context.tx.event.findMany({ where: { slug: { startsWith: `${base}-` } }, select: { slug: true } });
          similar.forEach((other) => taken.set(other.slug, -1));
        }
        for (let n = 2; !free(slug, selfId); n++) slug = `${base}-${n}`;
      }
    }
    slugs.push(slug);
    used.add(slug);
  }
  return slugs;
}

/**
 * Checks a chunk of rows against what only the database knows, inside the import's transaction: unknown countries,
 * repeated or trashed external ids, what the viewer may not import, and slugs already taken. Topics and actors the
 * rows name are resolved (and created) on the way. Parents and relations are checked once every row is in.
 */
export async function checkImportChunk(rows: readonly ImportRow[], context: ChunkCheckContext): Promise<CheckedChunk> {
  const errors: CellError[] = [];
  await context.names.resolve(rows);
  const countries = await context.names.countryCodes();
  for (const row of rows) {
    for (const code of row.values.countries) {
      if (!countries.has(code.toUpperCase())) errors.push({ line: row.line, column: context.columnOf("countries"), message: `There is no country with the code “${code}”.` });
    }
  }
  await checkSlugReferences(rows, context, errors);
  const { existing, claimed } = await checkExternalIds(rows, context, errors);
  rows.forEach((row, index) => {
    const refusal = checkPermission(row, existing[index] ?? null, context);
    if (refusal) errors.push(refusal);
  });
  const slugs = await allocateSlugs(rows, existing, context, errors);
  return {
    rows: rows.map((row, index) => {
      const event = existing[index];
      return { row, slug: slugs[index]!, existing: event ? { id: Number(event.id), version: Number(event.version) } : null };
    }),
    errors,
    claims: { slugs: new Set(slugs), externalIds: claimed },
  };
}

