import { Prisma } from "@/lib/db/client";
import { canEdit, type Viewer } from "@/lib/domain/viewer";
import { filterPeriod } from "@/lib/filters/event-filter";
import { DATE_MIN } from "@/lib/dates/event-date";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { parseSearchQuery } from "../search/parse-search-query";
import { searchMatchSql } from "../search/search-sql";

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

  const status = canEdit(viewer) ? (filter.status ?? "any") : "published";
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

  if (filter.topicIds.length) {
    const topicIn = Prisma.sql`ft.topic_id IN (${Prisma.join(filter.topicIds)})`;
    clauses.push(walk.has("topic")
      ? Prisma.sql`EXISTS (SELECT 1 FROM event_topics ft WHERE ft.event_id = e.id AND ${topicIn})`
      : Prisma.sql`e.id IN (SELECT ft.event_id FROM event_topics ft WHERE ${topicIn})`);
  }
  if (filter.actorIds.length) {
    const actorIn = Prisma.sql`fa.actor_id IN (${Prisma.join(filter.actorIds)})`;
    clauses.push(walk.has("actor")
      ? Prisma.sql`EXISTS (SELECT 1 FROM event_actors fa WHERE fa.event_id = e.id AND ${actorIn})`
      : Prisma.sql`e.id IN (SELECT fa.event_id FROM event_actors fa WHERE ${actorIn})`);
  }
  if (filter.countries.length) {
    const countryIn = Prisma.sql`fc.country_code IN (${Prisma.join(filter.countries)})`;
    clauses.push(walk.has("country")
      ? Prisma.sql`EXISTS (SELECT 1 FROM event_countries fc WHERE fc.event_id = e.id AND ${countryIn})`
      : Prisma.sql`e.id IN (SELECT fc.event_id FROM event_countries fc WHERE ${countryIn})`);
  }
  if (filter.q) clauses.push(searchMatchSql(parseSearchQuery(filter.q), walk.has("q")));
  return Prisma.join(clauses, " AND ");
}

const NO_WALK: DateWalk = new Set();
