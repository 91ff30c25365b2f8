import { dialect, Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { ActorKind } from "@/lib/domain/event-vocabulary";
import { containsPattern, foldSearchText, toSlugFragment } from "@/lib/actor-picker/actor-search-text";
import type { ActorSearchScope } from "@/lib/actor-picker/parse-actor-search";
import { FOLD_FROM, FOLD_TO } from "./search/fold-map";
import { actorIsPublishedSql } from "./published-actor-sql";
import { toNumber } from "./sql/dialect-sql";

export interface ActorOption {
  slug: string;
  name: string;
  kind: ActorKind;
}

/** A search result also carries the id, which the event form stores (actorIds). */
export interface ActorMatch extends ActorOption {
  id: number;
}

export interface SearchActorsOptions {
  /** Text found anywhere in the name or the slug, ignoring case and accents; empty lists every actor. */
  q: string;
  limit: number;
  /** "all" also finds actors that no published event names; callers must check that the viewer is an editor. */
  scope?: ActorSearchScope;
}

export interface SearchActorsResult {
  actors: ActorMatch[];
  /** How many actors match in all, of which `actors` holds the first `limit` by name. */
  total: number;
}

/**
 * SQLite's lower() folds ASCII only, so there the accents are handled by the slug (a folded name);
 * PostgreSQL folds the name itself with the same table as full-text search.
 */
function nameMatchSql(pattern: string): Prisma.Sql {
  const folded = dialect === "postgres" ? Prisma.sql`translate(lower(a.name), ${FOLD_FROM}, ${FOLD_TO})` : Prisma.sql`lower(a.name)`;
  return Prisma.sql`${folded} LIKE ${pattern} ESCAPE '\\'`;
}

function matchSql(q: string): Prisma.Sql {
  const folded = foldSearchText(q);
  if (!folded) return Prisma.sql`1 = 1`;
  const clauses = [nameMatchSql(containsPattern(folded))];
  const fragment = toSlugFragment(folded);
  if (fragment) clauses.push(Prisma.sql`a.slug LIKE ${containsPattern(fragment)} ESCAPE '\\'`);
  return Prisma.sql`(${Prisma.join(clauses, " OR ")})`;
}

/** Actors whose name or slug holds the text, by name: the actor pickers' search (by default only actors with published events). */
export async function searchActors({ q, limit, scope = "published" }: SearchActorsOptions): Promise<SearchActorsResult> {
  const where = scope === "all" ? matchSql(q) : Prisma.sql`${matchSql(q)} AND ${actorIsPublishedSql(Prisma.sql`a.id`)}`;
  const [rows, counted] = await Promise.all([
    readSql<(ActorOption & { id: unknown })[]>`SELECT a.id, a.slug, a.name, a.kind FROM actors a WHERE ${where} ORDER BY a.name, a.slug LIMIT ${limit}`,
    readSql<{ total: unknown }[]>`SELECT COUNT(*) AS total FROM actors a WHERE ${where}`,
  ]);
  return { actors: rows.map((row) => ({ ...row, id: toNumber(row.id) })), total: toNumber(counted[0]?.total) };
}
