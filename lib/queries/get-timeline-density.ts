import { db, Prisma } from "@/lib/db/client";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import { bucketGrid } from "@/lib/timeline/bucket-width";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import { bucketIndexSql } from "./sql/bucket-sql";
import { toNumber } from "./sql/dialect-sql";
import { laneJoin, NO_LANE_KEY } from "./sql/lane-sql";

export interface TimelineBucket {
  laneKey: string;
  /** [start, end) in ms; the events counted start in it (or before the window, for the first bucket). */
  start: number;
  end: number;
  count: number;
}

export interface DensityLanes {
  groupBy: LaneGrouping;
  /** Lane keys to count per bucket (NO_LANE_KEY included when shown). */
  shownKeys: string[];
  /** Key and condition of a lane that is no single key, such as "Other" or "All events". */
  extra?: { key: string; where: Prisma.Sql };
}

/**
 * Matching events per lane per bucket, counted in the database (one GROUP BY per lane kind). An
 * event is counted in the bucket of its start, once in every shown lane it belongs to. Only
 * non-empty buckets are returned.
 */
export async function getTimelineDensity(where: Prisma.Sql, window: TimelineWindow, width: number, lanes: DensityLanes): Promise<TimelineBucket[]> {
  const { origin, count } = bucketGrid(window, width);
  const bucket = bucketIndexSql(Prisma.sql`e.earliest`, origin, width);
  const selects: Prisma.Sql[] = [];
  if (lanes.groupBy !== "none") {
    const join = laneJoin(lanes.groupBy);
    const real = lanes.shownKeys.filter((key) => key !== NO_LANE_KEY);
    if (real.length) {
      // Window first, then its links (see laneCountsSql); "|| ''" keeps SQLite from driving the join from the lane index instead.
      selects.push(Prisma.sql`SELECT ${join.key} AS lane_key, m.b AS b
        FROM (SELECT e.id AS id, ${bucket} AS b FROM events e WHERE ${where}) m
        JOIN ${join.table} j ON j.event_id = m.id ${join.lane}
        WHERE (${join.key} || '') IN (${Prisma.join(real)})`);
    }
    if (lanes.shownKeys.includes(NO_LANE_KEY)) {
      selects.push(Prisma.sql`SELECT CAST(${NO_LANE_KEY} AS TEXT) AS lane_key, ${bucket} AS b
        FROM events e WHERE ${where} AND NOT EXISTS (SELECT 1 FROM ${join.table} j WHERE j.event_id = e.id)`);
    }
  }
  if (lanes.extra) {
    selects.push(Prisma.sql`SELECT CAST(${lanes.extra.key} AS TEXT) AS lane_key, ${bucket} AS b FROM events e WHERE ${where} AND ${lanes.extra.where}`);
  }
  if (!selects.length) return [];
  const rows = await db.$queryRaw<{ lane_key: string; b: unknown; n: unknown }[]>`
    SELECT lane_key, b, COUNT(*) AS n FROM (${Prisma.join(selects, " UNION ALL ")}) counted GROUP BY lane_key, b`;
  // Rounding at the very end of the window could name one bucket past the last: fold it into the last.
  const merged = new Map<string, TimelineBucket>();
  for (const row of rows) {
    const index = Math.min(Math.max(toNumber(row.b), 0), count - 1);
    const id = `${row.lane_key}:${index}`;
    const start = origin + index * width;
    const existing = merged.get(id);
    if (existing) existing.count += toNumber(row.n);
    else merged.set(id, { laneKey: row.lane_key, start, end: start + width, count: toNumber(row.n) });
  }
  return [...merged.values()].sort((a, b) => a.laneKey.localeCompare(b.laneKey) || a.start - b.start);
}
