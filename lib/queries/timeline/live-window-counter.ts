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
import { laneJoin, NO_LANE_KEY, NO_LANE_LABEL, type LaneJoinGrouping } from "../sql/lane-sql";
import type { DateWalk } from "../sql/plan-date-walk";
import { DAY_MS } from "../counts/count-pieces";
import { locateBucket } from "./locate-bucket";
import { BucketTally, sortLanes, type DensityRequest, type TimelineLane, type WindowCounter } from "./timeline-types";

export const ALL_LANE_KEY = "_all";

/** The part of the window inside the filter's period (overlap match; a start match keeps the window). */
export function windowRange(filter: ResolvedEventFilter, window: TimelineWindow): TimelineWindow {
  const period = filter.match === "start" ? { start: null, end: null } : filterPeriod(filter);
  return { start: Math.max(window.start, period.start ?? -Infinity), end: Math.min(window.end, period.end ?? Infinity) };
}

/** Each matching event with its links to lanes (none: one row with NULL lane); `m` must be defined by the caller. */
function linkedSql(groupBy: LaneJoinGrouping): Prisma.Sql {
  const join = laneJoin(groupBy);
  return Prisma.sql`m LEFT JOIN ${join.table} j ON j.event_id = m.id LEFT JOIN ${join.laneTable} l ON ${join.ownId} = ${join.linkId}`;
}

/**
 * Counts a window from the matching events themselves: any filter, time growing with the matches.
 * Each count reads the matching events once (a materialized CTE) and joins their links from there,
 * instead of one pass for the total, one per kind of lane and one for events without a lane.
 * `walk`: the link filters to test row by row (planWindowWalk); the rows are the same either way.
 */
export function liveWindowCounter(filter: ResolvedEventFilter, viewer: Viewer, window: TimelineWindow, walk?: DateWalk): WindowCounter {
  const where = eventWhereSql(filter, viewer, window, walk);
  const range = windowRange(filter, window);

  async function countLanes(groupBy: LaneGrouping) {
    if (groupBy === "none") {
      const rows = await db.$queryRaw<{ n: unknown }[]>`SELECT COUNT(*) AS n FROM events e WHERE ${where}`;
      return { total: toNumber(rows[0]?.n), lanes: [] };
    }
    const join = laneJoin(groupBy);
    // kind 0: the total; 1: one lane; 2: events in no lane.
    const rows = await db.$queryRaw<{ kind: unknown; lane_key: string | null; label: string | null; n: unknown }[]>`
      WITH m AS MATERIALIZED (SELECT e.id AS id FROM events e WHERE ${where})
      SELECT 0 AS kind, NULL AS lane_key, NULL AS label, COUNT(*) AS n FROM m
      UNION ALL
      SELECT CASE WHEN j.event_id IS NULL THEN 2 ELSE 1 END AS kind, MIN(${join.key}) AS lane_key, MIN(${join.label}) AS label, COUNT(*) AS n
      FROM ${linkedSql(groupBy)} GROUP BY ${join.linkId}, CASE WHEN j.event_id IS NULL THEN 2 ELSE 1 END`;
    let total = 0;
    const lanes: TimelineLane[] = [];
    for (const row of rows) {
      const kind = toNumber(row.kind);
      if (kind === 0) total = toNumber(row.n);
      else if (kind === 2) lanes.push({ key: NO_LANE_KEY, label: NO_LANE_LABEL[groupBy], count: toNumber(row.n) });
      else lanes.push({ key: row.lane_key!, label: row.label!, count: toNumber(row.n) });
    }
    return { total, lanes: sortLanes(lanes, NO_LANE_KEY) };
  }

  async function countDensity({ groupBy, shownKeys, hiddenKeys, withOther, bounds }: DensityRequest) {
    // Events are dated in whole days: count per day of start (earlier starts on the range's first day), then place the days in buckets.
    const origin = Math.floor(range.start / DAY_MS) * DAY_MS;
    const day = bucketIndexSql(Prisma.sql`e.earliest`, origin, DAY_MS);
    const tally = new BucketTally(bounds);
    const matching = Prisma.sql`WITH m AS MATERIALIZED (SELECT e.id AS id, ${day} AS b FROM events e WHERE ${where})`;
    let rows: { lane_key: string | null; b: unknown; n: unknown }[];
    if (groupBy === "none") {
      rows = await db.$queryRaw`${matching} SELECT CAST(${ALL_LANE_KEY} AS TEXT) AS lane_key, b, COUNT(*) AS n FROM m GROUP BY b`;
    } else {
      const join = laneJoin(groupBy);
      const real = shownKeys.filter((key) => key !== NO_LANE_KEY);
      const named = [...real, ...hiddenKeys.filter((key) => key !== NO_LANE_KEY)];
      const noLaneTo = shownKeys.includes(NO_LANE_KEY) ? NO_LANE_KEY : withOther && !hiddenKeys.includes(NO_LANE_KEY) ? OTHER_LANE_KEY : null;
      const arms: Prisma.Sql[] = [];
      if (noLaneTo) arms.push(Prisma.sql`WHEN j.event_id IS NULL THEN CAST(${noLaneTo} AS TEXT)`);
      else arms.push(Prisma.sql`WHEN j.event_id IS NULL THEN NULL`);
      if (real.length) arms.push(Prisma.sql`WHEN ${join.key} IN (${Prisma.join(real)}) THEN ${join.key}`);
      if (withOther) arms.push(named.length ? Prisma.sql`WHEN ${join.key} NOT IN (${Prisma.join(named)}) THEN CAST(${OTHER_LANE_KEY} AS TEXT)` : Prisma.sql`ELSE CAST(${OTHER_LANE_KEY} AS TEXT)`);
      if (!real.length && !withOther && !noLaneTo) return tally.buckets();
      const laneKey = Prisma.sql`CASE ${Prisma.join(arms, " ")} END`;
      rows = await db.$queryRaw`${matching}
        SELECT lane_key, b, COUNT(*) AS n FROM (SELECT ${laneKey} AS lane_key, m.b AS b FROM ${linkedSql(groupBy)}) drawn
        WHERE lane_key IS NOT NULL GROUP BY lane_key, b`;
    }
    for (const row of rows) tally.add(row.lane_key!, locateBucket(bounds, Math.max(origin + toNumber(row.b) * DAY_MS, range.start)), toNumber(row.n));
    return tally.buckets();
  }

  return { range, countLanes, countDensity };
}
