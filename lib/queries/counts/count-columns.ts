import { Prisma } from "@/lib/db/client";
import { EVENT_STATUSES } from "@/lib/domain/event-vocabulary";
import type { CountScope } from "./count-scope";

/** Member of a dimension's rows for events with no link of that dimension. */
export const NONE_MEMBER = "_none";
/** Member counting every link of the dimension: an event with three topics adds three. */
export const LINKS_MEMBER = "_links";

/**
 * An integer parameter. The PostgreSQL adapter sends JS numbers as double precision, and comparing the
 * integer key columns with a double casts the column, which leaves the index unused (BENCHMARKS.md,
 * “Figures: data access”).
 */
export const intParam = (value: number) => Prisma.sql`CAST(${value} AS INTEGER)`;

/** The sum of the importance columns n1..n5 the scope counts. */
export function countedSql(minImportance: number): Prisma.Sql {
  const columns = [1, 2, 3, 4, 5].filter((level) => level >= minImportance).map((level) => `n${level}`);
  return Prisma.raw(columns.length ? `(${columns.join(" + ")})` : "0");
}

/** The statuses whose rows a scope reads: one, or every status for an editor asking for any. */
export function statusesOf(scope: CountScope): string[] {
  return scope.status === null ? [...EVENT_STATUSES] : [scope.status];
}
