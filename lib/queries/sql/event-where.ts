import { Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { filterPeriod } from "@/lib/filters/event-filter";
import { DATE_MIN } from "@/lib/dates/event-date";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { parseSearchQuery } from "../search/parse-search-query";
import { searchMatchSql } from "../search/search-sql";
import { readableStatus } from "../visibility";
import { facetMatchSql, namedFacets } from "./facet-sql";

import type { DateWalk } from "./plan-date-walk";

export interface Window {
  start: number;
  end: number;
}

/**
 * The WHERE clause every event query shares (alias `e`): visibility for the viewer, then the filter.
 * Period and window use half-open overlap on the derived bounds, so partial dates and ranges match
 * whenever they may have happened inside the period.
 * `walk` (see planDateWalk) names the filters a date-sorted page tests row by row (EXISTS on the link
 * table's primary key) rather than starting from their list of ids; the rows matched are the same.
 */
export function eventWhereSql(filter: ResolvedEventFilter, viewer: Viewer, window?: Window, walk: DateWalk = NO_WALK): Prisma.Sql {
  const clauses: Prisma.Sql[] = [Prisma.sql`e.deleted_at IS NULL`];

  const status = readableStatus(viewer, filter.status);
  if (status !== "any") clauses.push(Prisma.sql`e.status = ${status}`);

  const period = filterPeriod(filter);
  if (filter.match === "start") {
    if (period.start !== null) clauses.push(Prisma.sql`e.earliest >= ${period.start}`);
    if (period.end !== null) clauses.push(Prisma.sql`e.earliest < ${period.end}`);
    if (period.start === null && period.end === null) clauses.push(Prisma.sql`e.earliest > ${DATE_MIN}`);
  }
  const overlapPeriod = filter.match === "start" ? { start: null, end: null } : period;
  const start = Math.max(overlapPeriod.start ?? -Infinity, window?.start ?? -Infinity);
  const end = Math.min(overlapPeriod.end ?? Infinity, window?.end ?? Infinity);
  if (Number.isFinite(end)) clauses.push(Prisma.sql`e.earliest < ${end}`);
  if (Number.isFinite(start)) clauses.push(Prisma.sql`e.latest > ${start}`);

  if (filter.minImportance) clauses.push(Prisma.sql`e.importance >= ${filter.minImportance}`);

  for (const { facet, stored } of namedFacets(filter)) clauses.push(facetMatchSql(facet, stored, walk.has(facet.name)));
  if (filter.q) clauses.push(searchMatchSql(parseSearchQuery(filter.q), walk.has("q")));
  return Prisma.join(clauses, " AND ");
}

const NO_WALK: DateWalk = new Set();
