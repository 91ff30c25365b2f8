import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { IMPORTANCE_MAX } from "@/lib/domain/event-vocabulary";

interface FindWindowItemIdsOptions {
  /** The shared WHERE clause for the window (alias e). */
  where: Prisma.Sql;
  dense: boolean;
  limit: number;
  minImportance: number;
  /** Start of the counted range: over density, only events starting from here are drawn. */
  rangeStart: number;
}

/**
 * The events a window draws, most important first. A sparse window draws all its events. Over
 * density only the most important events that start in the window are drawn (the ones running
 * through it are in the bars): read one importance level at a time along the (importance,
 * earliest) index, so a million events cost as much as a few hundred.
 */
export async function findWindowItemIds({ where, dense, limit, minImportance, rangeStart }: FindWindowItemIdsOptions): Promise<number[]> {
  if (!dense) {
    const rows = await readSql<{ id: number | bigint }[]>`
      SELECT e.id FROM events e WHERE ${where} ORDER BY e.importance DESC, e.earliest ASC, e.latest ASC, e.id ASC LIMIT ${limit}`;
    return rows.map((row) => Number(row.id));
  }
  const ids: number[] = [];
  for (let level = IMPORTANCE_MAX; level >= minImportance && ids.length < limit; level--) {
    const rows = await readSql<{ id: number | bigint }[]>`
      SELECT e.id FROM events e WHERE ${where} AND e.importance = CAST(${level} AS INTEGER) AND e.earliest >= ${rangeStart}
      ORDER BY e.earliest ASC, e.latest ASC, e.id ASC LIMIT ${limit - ids.length}`;
    ids.push(...rows.map((row) => Number(row.id)));
  }
  return ids;
}
