import { Prisma } from "@/lib/db/client";

/**
 * The first day index (days from `origin`) whose events fall at or after each inner bound, as
 * locateBucket places them: an event counts from max(its start's day, rangeStart).
 * thresholds[i] stands for bounds[i], i = 1 … bounds.length − 2 (index 0 unused).
 */
export function bucketDayThresholds(bounds: number[], origin: number, rangeStart: number, dayMs: number): number[] {
  return bounds.slice(0, -1).map((bound, i) => (i === 0 || rangeStart >= bound ? 0 : Math.ceil((bound - origin) / dayMs)));
}

/**
 * The bucket index of a day-index column, as a balanced tree of CASEs over the thresholds (a few
 * comparisons per row), so the density is grouped by bucket in SQL rather than returned per day.
 * The thresholds are integers computed here, written literally: no parameter types to infer.
 */
export function bucketCaseSql(dayColumn: Prisma.Sql, thresholds: number[]): Prisma.Sql {
  const last = thresholds.length - 1;
  function node(low: number, high: number): Prisma.Sql {
    if (low >= high) return Prisma.raw(String(Math.max(low, 0)));
    const mid = (low + high + 1) >> 1;
    return Prisma.sql`CASE WHEN ${dayColumn} >= ${Prisma.raw(String(Math.trunc(thresholds[mid]!)))} THEN ${node(mid, high)} ELSE ${node(low, mid - 1)} END`;
  }
  return node(0, last);
}
