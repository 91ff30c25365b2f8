import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { daysBefore, ONGOING_PERIOD, UNKNOWN_PERIOD } from "../counts/count-pieces";
import { intParam, statusesOf } from "../counts/count-columns";
import { memberRowsSql } from "../counts/link-day-rows-sql";
import type { CountTarget } from "../counts/count-scope";
import { toNumber } from "../sql/dialect-sql";

export interface DayBounds {
  /** The first known start day (before `end` when given), the last day of the events that end, null when none. */
  first: number | null;
  last: number | null;
  ongoing: boolean;
}

/**
 * Where a one-member filter's events lie, from its rows of event_link_days: a few index seeks at either end of
 * the member's rows, instead of reading all of its events (BENCHMARKS.md, “Lanes under a filter”). One seek per
 * status: a MIN or MAX over several statuses would read them all.
 */
export async function findLinkDayExtent(target: CountTarget, end: number | null): Promise<DayBounds> {
  const before = end === null ? Prisma.empty : Prisma.sql` AND d.first_day < ${intParam(daysBefore(end))}`;
  const perStatus = statusesOf(target.scope).map((status) => {
    const rows = Prisma.sql`FROM event_link_days d WHERE ${memberRowsSql(target, target.scope, [status])}`;
    return Prisma.sql`SELECT
      (SELECT MIN(d.first_day) ${rows} AND d.first_day > ${intParam(UNKNOWN_PERIOD)}${before}) AS first,
      (SELECT MAX(d.last_day) ${rows} AND d.last_day < ${intParam(ONGOING_PERIOD)}) AS last,
      (SELECT COUNT(*) FROM (SELECT 1 AS one ${rows} AND d.last_day = ${intParam(ONGOING_PERIOD)} LIMIT 1) o) AS ongoing`;
  });
  const rows = await readSql<{ first: unknown; last: unknown; ongoing: unknown }[]>(Prisma.join(perStatus, " UNION ALL "));
  const known = (values: unknown[]) => values.filter((value) => value !== null && value !== undefined).map(toNumber);
  const firsts = known(rows.map((row) => row.first));
  const lasts = known(rows.map((row) => row.last));
  return {
    first: firsts.length ? Math.min(...firsts) : null,
    last: lasts.length ? Math.max(...lasts) : null,
    ongoing: rows.some((row) => toNumber(row.ongoing) > 0),
  };
}
