import { Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import type { CellError, EventReference, ImportRelation } from "@/lib/import/import-row";
import type { EventInput } from "@/lib/schemas/event-input";
import { insertRows, jsonRowsFrom, rowsJson, runWithRows, type SqlValue } from "./bulk-insert";
import { insertImportRevisions, writtenEventState, type ImportRevision } from "./imported-event-rows";
import { eventsWhereIn } from "./read-where-in";

/**
 * A row written with a parent or relations left out, as they may name rows further down the file: kept aside
 * (with what its revision needs) until every row is in.
 */
export interface LinkedRow {
  line: number;
  id: number;
  /** The version the import wrote: 1 for a new event. */
  version: number;
  action: "create" | "update";
  data: EventInput;
  slug: string;
  parent: EventReference | null;
  relations: ImportRelation[];
}

const LOOKUP_KEYS = 5_000;
const PARENT_COLUMNS = ["id", "parent_id", "updated_at"] as const;

/** Sets the parents of events the import wrote, a statement per LOOKUP_KEYS of them. */
async function setParents(tx: Prisma.TransactionClient, parents: SqlValue[][]): Promise<void> {
  const { from, column } = jsonRowsFrom("events", PARENT_COLUMNS);
  const sql = `UPDATE events SET parent_id = ${column("parent_id")}, updated_at = ${column("updated_at")} FROM ${from} WHERE events.id = ${column("id")}`;
  for (let at = 0; at < parents.length; at += LOOKUP_KEYS) await runWithRows(tx, sql, rowsJson(PARENT_COLUMNS, parents.slice(at, at + LOOKUP_KEYS)), false);
}

const named = (reference: EventReference) => ("externalId" in reference ? reference.externalId : "slug" in reference ? reference.slug : reference.externalIdOrSlug);

async function idsBy(tx: Prisma.TransactionClient, column: "external_id" | "slug", keys: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let at = 0; at < keys.length; at += LOOKUP_KEYS) {
    const rows = await eventsWhereIn<{ id: number | bigint; ref: string }>(Prisma.sql`id, ${Prisma.raw(column)} AS ref`, column, keys.slice(at, at + LOOKUP_KEYS), tx);
    for (const row of rows) ids.set(row.ref, Number(row.id));
  }
  return ids;
}

/**
 * Once every row of an import is written: each linked row's parent and relations, by the external id of a row of the
 * file or of an earlier import, or the slug of an event (a CSV cell that does not say is tried in that order), then
 * their revisions. Returns a problem for each event no row and no event is; the caller refuses the import then.
 */
export async function linkImportedRows(tx: Prisma.TransactionClient, linked: LinkedRow[], batchId: number, viewer: Viewer, now: Date, columnOf: (field: string) => string): Promise<CellError[]> {
  if (linked.length === 0) return [];
  const references = linked.flatMap((row) => [...(row.parent ? [row.parent] : []), ...row.relations.map((relation) => relation.target)]);
  const byExternalId = await idsBy(tx, "external_id", [...new Set(references.flatMap((reference) => ("slug" in reference ? [] : [named(reference)])))]);
  const bySlug = await idsBy(tx, "slug", [...new Set(references.flatMap((reference) => ("externalId" in reference ? [] : [named(reference)])))]);
  const idOf = (reference: EventReference): number | null =>
    "externalId" in reference ? (byExternalId.get(reference.externalId) ?? null)
    : "slug" in reference ? (bySlug.get(reference.slug) ?? null)
    : (byExternalId.get(reference.externalIdOrSlug) ?? bySlug.get(reference.externalIdOrSlug) ?? null);

  const errors: CellError[] = [];
  const unknown = (row: LinkedRow, field: string, reference: EventReference) =>
    errors.push({ line: row.line, column: columnOf(field), message: `No event in this file or in Chronicle is “${named(reference)}”.` });
  const parents: SqlValue[][] = [];
  const relations: SqlValue[][] = [];
  const revisions: ImportRevision[] = [];
  for (const row of linked) {
    const parentId = row.parent ? idOf(row.parent) : null;
    if (row.parent && parentId === null) unknown(row, "parent", row.parent);
    const targets = row.relations.flatMap((relation) => {
      const targetId = idOf(relation.target);
      if (targetId === null) unknown(row, "relations", relation.target);
      return targetId === null ? [] : [{ type: relation.type, targetId }];
    });
    if (errors.length > 0) continue;
    if (parentId !== null) parents.push([row.id, parentId, now]);
    relations.push(...targets.map((relation): SqlValue[] => [row.id, relation.targetId, relation.type]));
    revisions.push({ id: row.id, version: row.version, action: row.action, state: JSON.stringify(writtenEventState({ ...row.data, parentId, relations: targets }, row.slug)) });
  }
  if (errors.length > 0) return errors;
  await setParents(tx, parents);
  await insertRows(tx, "event_relations", ["from_id", "to_id", "type"], relations);
  await insertImportRevisions(tx, revisions, batchId, viewer, now);
  return [];
}
