import { db, Prisma } from "@/lib/db/client";
import { eventsWhereIn } from "./read-where-in";
import type { CellError, EventReference, ImportRow } from "@/lib/import/import-row";
import { foldForSlug, slugify } from "@/lib/schemas/slugify";

/** What an import's rows name, looked up once for all of them. */
export interface ImportReferences {
  topicIds: Map<string, number>;
  actorIds: Map<string, number>;
  /** Topics and actors no event has yet: the import creates them (the preview lists them). */
  newTopics: string[];
  newActors: string[];
  countryCodes: Set<string>;
  /** Existing events by slug, and by external id (with what an update must check). */
  eventIdBySlug: Map<string, number>;
  existingByExternalId: Map<string, { id: number; version: number; status: string; deletedAt: Date | null }>;
}

const CHUNK = 500;
const key = (name: string) => foldForSlug(name.trim()).replace(/\s+/g, " ");

async function inChunks<T, R>(items: T[], read: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let at = 0; at < items.length; at += CHUNK) out.push(...(await read(items.slice(at, at + CHUNK))));
  return out;
}

/** Names as slugs or names: "Diplomacy", "diplomacy" and "trade-policy" all find their topic. */
async function resolveNamed(names: string[], table: "topic" | "actor"): Promise<{ ids: Map<string, number>; missing: string[] }> {
  const wanted = [...new Map(names.map((name) => [key(name), name.trim()])).entries()];
  const slugs = wanted.map(([, name]) => slugify(name));
  const rows =
    table === "topic"
      ? await inChunks(slugs, (chunk) => db.topic.findMany({ where: { slug: { in: chunk } }, select: { id: true, slug: true, name: true } }))
      : await inChunks(slugs, (chunk) => db.actor.findMany({ where: { slug: { in: chunk } }, select: { id: true, slug: true, name: true } }));
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
  const ids = new Map<string, number>();
  const missing: string[] = [];
  for (const [folded, name] of wanted) {
    const id = bySlug.get(slugify(name));
    if (id === undefined) missing.push(name);
    else ids.set(folded, id);
  }
  return { ids, missing };
}

function referencedSlugs(rows: ImportRow[]): string[] {
  const slugs = new Set<string>();
  const add = (reference: EventReference | null) => {
    if (!reference) return;
    if ("slug" in reference) slugs.add(reference.slug);
    if ("externalIdOrSlug" in reference) slugs.add(reference.externalIdOrSlug);
  };
  for (const row of rows) {
    add(row.values.parent);
    row.values.relations.forEach((relation) => add(relation.target));
  }
  return [...slugs];
}

export async function resolveImportReferences(rows: ImportRow[]): Promise<ImportReferences> {
  const [topics, actors] = await Promise.all([resolveNamed(rows.flatMap((row) => row.values.topics), "topic"), resolveNamed(rows.flatMap((row) => row.values.actors), "actor")]);
  const codes = [...new Set(rows.flatMap((row) => row.values.countries.map((code) => code.toUpperCase())))];
  const externalIds = [...new Set(rows.flatMap((row) => (row.externalId ? [row.externalId] : [])))];
  const slugs = referencedSlugs(rows);
  const [countries, existing, bySlug] = await Promise.all([
    inChunks(codes, (chunk) => db.country.findMany({ where: { code: { in: chunk } }, select: { code: true } })),
    eventsWhereIn<{ id: number; externalId: string; version: number; status: string; deletedAt: Date | null }>(
      Prisma.sql`id, external_id AS "externalId", version, status, deleted_at AS "deletedAt"`, "external_id", externalIds,
    ),
    eventsWhereIn<{ id: number; slug: string }>(Prisma.sql`id, slug`, "slug", slugs),
  ]);
  return {
    topicIds: topics.ids,
    actorIds: actors.ids,
    newTopics: topics.missing,
    newActors: actors.missing,
    countryCodes: new Set(countries.map((country) => country.code)),
    eventIdBySlug: new Map(bySlug.map((row) => [row.slug, Number(row.id)])),
    existingByExternalId: new Map(existing.map((row) => [row.externalId, { id: Number(row.id), version: Number(row.version), status: row.status, deletedAt: row.deletedAt }])),
  };
}

/** The folded form a topic or actor name is looked up by. */
export const referenceKey = key;

/** Errors only the database can find: unknown countries and events, and events in the trash. */
export function referenceErrors(rows: ImportRow[], references: ImportReferences, columnOf: (field: string) => string): CellError[] {
  const externalIds = new Set(rows.flatMap((row) => (row.externalId ? [row.externalId] : [])));
  const known = (reference: EventReference) =>
    "externalId" in reference ? externalIds.has(reference.externalId) || references.existingByExternalId.has(reference.externalId)
    : "slug" in reference ? references.eventIdBySlug.has(reference.slug)
    : externalIds.has(reference.externalIdOrSlug) || references.existingByExternalId.has(reference.externalIdOrSlug) || references.eventIdBySlug.has(reference.externalIdOrSlug);
  const named = (reference: EventReference) => ("externalId" in reference ? reference.externalId : "slug" in reference ? reference.slug : reference.externalIdOrSlug);
  const errors: CellError[] = [];
  for (const row of rows) {
    for (const code of row.values.countries) {
      if (!references.countryCodes.has(code.toUpperCase())) errors.push({ line: row.line, column: columnOf("countries"), message: `There is no country with the code “${code}”.` });
    }
    if (row.values.parent && !known(row.values.parent)) errors.push({ line: row.line, column: columnOf("parent"), message: `No event in this file or in Chronicle is “${named(row.values.parent)}”.` });
    for (const relation of row.values.relations) {
      if (!known(relation.target)) errors.push({ line: row.line, column: columnOf("relations"), message: `No event in this file or in Chronicle is “${named(relation.target)}”.` });
    }
    const existing = row.externalId ? references.existingByExternalId.get(row.externalId) : undefined;
    if (existing?.deletedAt) errors.push({ line: row.line, column: columnOf("externalId"), message: `The event imported as “${row.externalId}” is in the trash; restore it first, or give this row another id.` });
  }
  return errors;
}
