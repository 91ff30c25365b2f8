import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { parseSearchQuery } from "../search/parse-search-query";
import { searchListSql } from "../search/search-sql";
import { toNumber } from "./dialect-sql";
import { facetLinksSql, namedFacets } from "./facet-sql";
import type { FacetName } from "@/lib/domain/facets";

/** A filter eventWhereSql can test row by row while a page walks the date index, instead of starting from its list of ids. */
export type WalkFilter = FacetName | "q";
export type DateWalk = ReadonlySet<WalkFilter>;

/**
 * Past this many ids, walking the date index and testing each event finds a page of 50 sooner than reading
 * every id of the filter and sorting them. A large filter's list costs far more than the walk; a filter of few
 * events is better listed, since the walk may read the whole index before the page is full (an actor with a
 * handful of events, a word nobody used) (BENCHMARKS.md, “Figures: lists”).
 */
export const WALK_MIN_IDS = 5_000;

/**
 * In a smaller table a filter's events are a larger share of it, so the walk finds a page sooner: the
 * crossover sits near a thirtieth of the table (BENCHMARKS.md, “Figures: lists”), never below 1,000 ids.
 */
export function walkThreshold(tableSize: number): number {
  return Math.min(WALK_MIN_IDS, Math.max(1_000, Math.ceil(tableSize / 30)));
}

/** How many ids a filter has, counted up to the threshold (index entries only, well under a millisecond). */
export async function countUpTo(sql: Prisma.Sql, threshold: number): Promise<number> {
  const rows = await readSql<{ n: unknown }[]>`SELECT COUNT(*) AS n FROM (${sql} LIMIT ${threshold}) capped`;
  return toNumber(rows[0]?.n);
}

let tableSize: { value: number; at: number } | null = null;

/** The largest event id, standing for the table's size: a hint kept a minute, never part of an answer. */
async function findTableSize(): Promise<number> {
  if (tableSize && Date.now() - tableSize.at < 60_000) return tableSize.value;
  const [row] = await readSql<{ n: unknown }[]>`SELECT MAX(id) AS n FROM events`;
  tableSize = { value: toNumber(row?.n), at: Date.now() };
  return tableSize.value;
}

/** One row per link of each facet the filter names, for counting how common each is. */
export function linkFilterSqls(filter: ResolvedEventFilter): [WalkFilter, Prisma.Sql][] {
  return namedFacets(filter).map(({ facet, stored }) => [facet.name, facetLinksSql(facet, stored)]);
}

export interface DatePlan {
  walk: DateWalk;
  /** A filter with no ids at all: no event can match, so there is nothing to read. */
  matchesNothing: boolean;
}

/**
 * Which filters of a date-sorted page are common enough to test row by row. Each costs one count that
 * stops at walkThreshold index entries: both plans are bounded, and the choice is made per value, which
 * neither database's planner does for these subqueries. A count of zero answers the page by itself.
 */
export async function planDateWalk(filter: ResolvedEventFilter): Promise<DatePlan> {
  const checks = linkFilterSqls(filter);
  const search = filter.q ? parseSearchQuery(filter.q) : null;
  if (search?.terms.length) checks.push(["q", searchListSql(search)]);
  if (!checks.length) return { walk: new Set(), matchesNothing: false };
  const threshold = walkThreshold(await findTableSize());
  const counts = await Promise.all(checks.map(async ([kind, sql]) => [kind, await countUpTo(sql, threshold)] as const));
  return {
    walk: new Set(counts.filter(([, n]) => n >= threshold).map(([kind]) => kind)),
    matchesNothing: counts.some(([, n]) => n === 0),
  };
}
