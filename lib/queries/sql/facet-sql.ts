import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { FACETS, type Facet, type FacetName, type ResolvedFacetValues } from "@/lib/domain/facets";

/**
 * How the database holds each facet of lib/domain/facets.ts: the link table joining it to events and the facet's own
 * table, whose `key` is what the URL names and `label` what lanes and charts show. Every query that filters, lanes or
 * resolves by a facet reads it from here.
 */
export interface FacetTables {
  /** event_id and the stored value (an id or a code). */
  linkTable: string;
  linkColumn: string;
  /** The facet's own rows: the stored value as `ownId`, the URL's value as `key`, the name shown as `label`. */
  ownTable: string;
  ownId: string;
  key: string;
  label: string;
  /** Whether event_counts, event_pair_counts and event_link_days count it (as dim = the facet's name). */
  counted: boolean;
}

export const FACET_TABLES = {
  topic: { linkTable: "event_topics", linkColumn: "topic_id", ownTable: "topics", ownId: "id", key: "slug", label: "name", counted: true },
  actor: { linkTable: "event_actors", linkColumn: "actor_id", ownTable: "actors", ownId: "id", key: "slug", label: "name", counted: true },
  country: { linkTable: "event_countries", linkColumn: "country_code", ownTable: "countries", ownId: "code", key: "code", label: "name", counted: true },
  // event_actor_kinds is derived from event_actors by triggers (lib/db/triggers/event-actor-kinds.ts).
  actor_kind: { linkTable: "event_actor_kinds", linkColumn: "kind", ownTable: "actor_kinds", ownId: "kind", key: "kind", label: "name", counted: false },
} as const satisfies Record<FacetName, FacetTables>;

/** The facets the count tables count (their dims are named after them). */
export type CountedFacet = { [F in FacetName]: (typeof FACET_TABLES)[F]["counted"] extends true ? F : never }[FacetName];

/**
 * Lanes a count-table counter was asked for: planCount sends lanes the tables do not count to the events, so
 * anything else here is a planner bug, stopped before it reads zeroes from rows that are not there.
 */
export function countedLanes(groupBy: FacetName | "none"): CountedFacet | "none" {
  if (groupBy !== "none" && !FACET_TABLES[groupBy].counted) throw new Error(`The count tables do not count lanes by ${groupBy}; planCount should have sent this window to the events.`);
  return groupBy as CountedFacet | "none";
}

const raw = Prisma.raw;

/** Whether a facet's link table stores ids (numbers) rather than the values themselves (codes, kinds). */
export function storesIds(facet: FacetName): boolean {
  return FACET_TABLES[facet].ownId === "id";
}

/** The stored values of a resolved filter's facet: ids or codes. */
export function storedValues(filter: ResolvedFacetValues, facet: Facet): (number | string)[] {
  return filter[facet.resolvedField];
}

/** The URL's values turned into stored ones, with those that name nothing. */
export async function resolveFacetValues(facet: Facet, values: string[]): Promise<{ stored: (number | string)[]; missing: string[] }> {
  if (!values.length) return { stored: [], missing: [] };
  const tables = FACET_TABLES[facet.name];
  const rows = await readSql<{ stored: number | bigint | string; key: string }[]>`
    SELECT ${raw(tables.ownId)} AS stored, ${raw(tables.key)} AS key FROM ${raw(tables.ownTable)} WHERE ${raw(tables.key)} IN (${Prisma.join(values)})`;
  const found = new Map(rows.map((row) => [row.key, typeof row.stored === "bigint" ? Number(row.stored) : row.stored]));
  return { stored: values.flatMap((value) => (found.has(value) ? [found.get(value)!] : [])), missing: values.filter((value) => !found.has(value)) };
}

/**
 * The event (alias e) has one of the stored values. `walk`: tested row by row on the link table's primary key while a
 * page walks the date index, instead of starting from the value's list of events (see planDateWalk).
 */
export function facetMatchSql(facet: Facet, stored: (number | string)[], walk: boolean): Prisma.Sql {
  const tables = FACET_TABLES[facet.name];
  const valueIn = Prisma.sql`f.${raw(tables.linkColumn)} IN (${Prisma.join(stored)})`;
  return walk
    ? Prisma.sql`EXISTS (SELECT 1 FROM ${raw(tables.linkTable)} f WHERE f.event_id = e.id AND ${valueIn})`
    : Prisma.sql`e.id IN (SELECT f.event_id FROM ${raw(tables.linkTable)} f WHERE ${valueIn})`;
}

/** One row per link with one of the stored values, for counting how common a filter is. */
export function facetLinksSql(facet: Facet, stored: (number | string)[]): Prisma.Sql {
  const tables = FACET_TABLES[facet.name];
  return Prisma.sql`SELECT 1 AS one FROM ${raw(tables.linkTable)} WHERE ${raw(tables.linkColumn)} IN (${Prisma.join(stored)})`;
}

/** The facets a resolved filter names, with their stored values. */
export function namedFacets(filter: ResolvedFacetValues): { facet: Facet; stored: (number | string)[] }[] {
  return FACETS.flatMap((facet) => {
    const stored = storedValues(filter, facet);
    return stored.length ? [{ facet, stored }] : [];
  });
}
