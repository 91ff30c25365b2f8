import { Prisma } from "@/lib/db/client";
import { DATE_MIN } from "@/lib/dates/event-date";
import { filterPeriod } from "@/lib/filters/event-filter";
import type { ResolvedEventFilter } from "../resolve-event-filter";

/**
 * Which matching events the activity chart places in a bucket: those with a known start that lies in
 * the filter's period. An event that overlaps the period but began before it (a long or ongoing one)
 * is counted apart, so every bar covers only its own stretch of the period and its drill-down
 * (from/to = bucket, match=start) lists exactly the events it counted.
 */
export function chartedSql(filter: ResolvedEventFilter): Prisma.Sql {
  const { start } = filterPeriod(filter);
  return start === null
    ? Prisma.sql`e.earliest > ${DATE_MIN}`
    : Prisma.sql`e.earliest > ${DATE_MIN} AND e.earliest >= ${start}`;
}
