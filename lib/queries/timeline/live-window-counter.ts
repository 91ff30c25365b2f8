import { db, Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { filterPeriod } from "@/lib/filters/event-filter";
import { OTHER_LANE_KEY } from "@/lib/timeline/lane-choice";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { bucketIndexSql } from "../sql/bucket-sql";
import { toNumber } from "../sql/dialect-sql";
import { eventWhereSql } from "../sql/event-where";
import { laneCountsSql, laneJoin, NO_LANE_KEY } from "../sql/lane-sql";
import { DAY_MS } from "../counts/count-pieces";
import { locateBucket } from "./locate-bucket";
import { BucketTally, sortLanes, type DensityRequest, type TimelineLane, type WindowCounter } from "./timeline-types";

export const ALL_LANE_KEY = "_all";

/** The part of the window inside the filter's period (overlap match; a start match keeps the window). */
export function windowRange(filter: ResolvedEventFilter, window: TimelineWindow): TimelineWindow {
  const period = filter.match === "start" ? { start: null, end: null } : filterPeriod(filter);
  return { start: Math.max(window.start, period.start ?? -Infinity), end: Math.min(window.end, period.end ?? Infinity) };
}

/** Counts a window from the matching events themselves: any filter, time growing with the matches. */
export function liveWindowCounter(filter: ResolvedEventFilter, viewer: Viewer, window: TimelineWindow): WindowCounter {
  const where = eventWhereSql(filter, viewer, window);
  const range = windowRange(filter, window);

  async function countLanes(groupBy: LaneGrouping) {
    const [countRows, laneRows] = await Promise.all([
      db.$queryRaw<{ n: unknown }[]>`SELECT COUNT(*) AS n FROM events e WHERE ${where}`,
      groupBy === "none" ? Promise.resolve([]) : db.$queryRaw<{ lane_key: string; label: string; n: unknown }[]>(laneCountsSql(groupBy, where)),
    ]);
    const lanes: TimelineLane[] = laneRows.map((row) => ({ key: row.lane_key, label: row.label, count: toNumber(row.n) }));
    return { total: toNumber(countRows[0]?.n), lanes: sortLanes(lanes, NO_LANE_KEY) };
  }

  async function countDensity({ groupBy, shownKeys, hiddenKeys, withOther, bounds }: DensityRequest) {
    // Events are dated in whole days: count per day of start (earlier starts on the range's first day), then place the days in buckets.
    const origin = Math.floor(range.start / DAY_MS) * DAY_MS;
    const day = bucketIndexSql(Prisma.sql`e.earliest`, origin, DAY_MS);
    const selects: Prisma.Sql[] = [];
    if (groupBy === "none") {
      selects.push(Prisma.sql`SELECT CAST(${ALL_LANE_KEY} AS TEXT) AS lane_key, ${day} AS b FROM events e WHERE ${where}`);
    } else {
      const join = laneJoin(groupBy);
      const matching = Prisma.sql`(SELECT e.id AS id, ${day} AS b FROM events e WHERE ${where}) m JOIN ${join.table} j ON j.event_id = m.id ${join.lane}`;
      const real = shownKeys.filter((key) => key !== NO_LANE_KEY);
      // "|| ''" keeps SQLite from driving the join from the lane index instead of the window.
      if (real.length) selects.push(Prisma.sql`SELECT ${join.key} AS lane_key, m.b AS b FROM ${matching} WHERE (${join.key} || '') IN (${Prisma.join(real)})`);
      if (shownKeys.includes(NO_LANE_KEY)) {
        selects.push(Prisma.sql`SELECT CAST(${NO_LANE_KEY} AS TEXT) AS lane_key, ${day} AS b
          FROM events e WHERE ${where} AND NOT EXISTS (SELECT 1 FROM ${join.table} j WHERE j.event_id = e.id)`);
      }
      if (withOther) {
        const named = [...real, ...hiddenKeys.filter((key) => key !== NO_LANE_KEY)];
        const outside = named.length ? Prisma.sql`WHERE (${join.key} || '') NOT IN (${Prisma.join(named)})` : Prisma.empty;
        selects.push(Prisma.sql`SELECT CAST(${OTHER_LANE_KEY} AS TEXT) AS lane_key, m.b AS b FROM ${matching} ${outside}`);
        if (!shownKeys.includes(NO_LANE_KEY) && !hiddenKeys.includes(NO_LANE_KEY)) {
          selects.push(Prisma.sql`SELECT CAST(${OTHER_LANE_KEY} AS TEXT) AS lane_key, ${day} AS b
            FROM events e WHERE ${where} AND NOT EXISTS (SELECT 1 FROM ${join.table} j WHERE j.event_id = e.id)`);
        }
      }
    }
    const tally = new BucketTally(bounds);
    if (!selects.length) return tally.buckets();
    const rows = await db.$queryRaw<{ lane_key: string; b: unknown; n: unknown }[]>`
      SELECT lane_key, b, COUNT(*) AS n FROM (${Prisma.join(selects, " UNION ALL ")}) counted GROUP BY lane_key, b`;
    for (const row of rows) tally.add(row.lane_key, locateBucket(bounds, Math.max(origin + toNumber(row.b) * DAY_MS, range.start)), toNumber(row.n));
    return tally.buckets();
  }

  return { range, countLanes, countDensity };
}
