import { Prisma } from "@/lib/db/client";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import { daysBefore, daysUpTo } from "./count-pieces";
import { intParam, statusesOf } from "./count-columns";
import type { CountScope } from "./count-scope";

/** One member's rows of event_link_days (alias d) that a scope counts: its statuses (or those given) and importance. */
export function memberRowsSql(target: { dim: string; member: string }, scope: CountScope, statuses = statusesOf(scope)): Prisma.Sql {
  return Prisma.sql`d.dim = ${target.dim} AND d.member = ${target.member} AND d.status IN (${Prisma.join(statuses)}) AND d.importance >= ${intParam(scope.minImportance)}`;
}

/**
 * Those of a one-member filter's rows overlapping a range. Bounds are whole UTC days: earliest < end ⟺ first day
 * < ceil(end), latest > start ⟺ last day ≥ floor(start).
 */
export function memberRowsOverlappingSql(target: { dim: string; member: string; scope: CountScope }, range: TimelineWindow): Prisma.Sql {
  return Prisma.sql`${memberRowsSql(target, target.scope)} AND d.first_day < ${intParam(daysBefore(range.end))} AND d.last_day >= ${intParam(daysUpTo(range.start))}`;
}
