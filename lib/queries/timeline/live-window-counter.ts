import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
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
import type { CountTarget } from "../counts/count-scope";
import { linkDayWindowCounter } from "./link-day-lanes";
import { densityFromLaneBuckets, sumLanes, type LaneBuckets } from "./lane-bucket-tally";
import { bucketCaseSql, bucketDayThresholds } from "./bucket-case-sql";
import { ALL_LANE_KEY, BucketTally, sortLanes, type DensityRequest, type TimelineLane, type WindowCounter } from "./timeline-types";

/** The part of the window inside the filter's period (overlap match; a start match keeps the window). */
export function windowRange(filter: ResolvedEventFilter, window: TimelineWindow): TimelineWindow {
  const period = filter.match === "start" ? { start: null, end: null } : filterPeriod(filter);
  return { start: Math.max(window.start, period.start ?? -Infinity), end: Math.min(window.end, period.end ?? Infinity) };
}

/** Each matching event (m) joined to its links to lanes: none gives one row where `noLink` holds. */
interface Linked {
  from: Prisma.Sql;
  noLink: Prisma.Sql;
  /** The link's member id (null without one), to group by and to find its lane by. */
  linkId: Prisma.Sql;
}

/** The lane row l (key, label) of a link id. */
function laneRowSql(groupBy: LaneJoinGrouping, linkId: Prisma.Sql): Prisma.Sql {
  const join = laneJoin(groupBy);
  return Prisma.sql`LEFT JOIN ${join.laneTable} l ON ${join.ownId} = ${linkId}`;
}

/** The events table under any filter; links from the link tables. */
function eventSource(where: Prisma.Sql, day: Prisma.Sql) {
  return {
    matching: (_groupBy: LaneGrouping, withDay: boolean) => Prisma.sql`WITH m AS MATERIALIZED (SELECT e.id AS id${withDay ? Prisma.sql`, ${day} AS b` : Prisma.empty} FROM events e WHERE ${where})`,
    linked(groupBy: LaneJoinGrouping): Linked {
      const join = laneJoin(groupBy);
      return { from: Prisma.sql`m LEFT JOIN ${join.table} j ON j.event_id = m.id`, noLink: Prisma.sql`j.event_id IS NULL`, linkId: join.linkId };
    },
  };
}

/**
 * Counts a window from the matching events themselves: any filter, time growing with the matches.
 * Each count reads the matching events once (a materialized CTE) and joins their links from there,
 * instead of one pass for the total, one per kind of lane and one for events without a lane.
 * `walk`: the link filters to test row by row (planWindowWalk); the rows are the same either way.
 * `target`: a one-member filter, counted from that member's rows of event_link_days instead (linkDayWindowCounter).
 */
export function liveWindowCounter(filter: ResolvedEventFilter, viewer: Viewer, window: TimelineWindow, walk?: DateWalk, grid?: number[], target?: CountTarget): WindowCounter {
  const range = windowRange(filter, window);
  if (target && target.dim !== "all") return linkDayWindowCounter(target, range, grid);
  const origin = Math.floor(range.start / DAY_MS) * DAY_MS;
  const source = eventSource(eventWhereSql(filter, viewer, window, walk), bucketIndexSql(Prisma.sql`e.earliest`, origin, DAY_MS));
  let laneBuckets: LaneBuckets | null = null;

  /**
   * Lanes and density in one pass: every lane's events per bucket of the grid the density will use.
   * Even with 2,000 actors the extra rows cost less than a second pass (BENCHMARKS.md, “Figures: timeline
   * lanes”).
   */
  async function countLanesWithBuckets(groupBy: LaneJoinGrouping, bounds: number[]) {
    const join = laneJoin(groupBy);
    const linked = source.linked(groupBy);
    const bucket = bucketCaseSql(Prisma.sql`m.b`, bucketDayThresholds(bounds, origin, range.start, DAY_MS));
    // Counted per link id and bucket first, then labelled: one lane lookup per group, not per link.
    const rows = await readSql<{ kind: unknown; lane_key: string | null; label: string | null; k: unknown; n: unknown }[]>`
      ${source.matching(groupBy, true)}
      SELECT 0 AS kind, NULL AS lane_key, NULL AS label, 0 AS k, COUNT(*) AS n FROM m
      UNION ALL
      SELECT 1 AS kind, ${join.key} AS lane_key, ${join.label} AS label, g.k AS k, g.n AS n
      FROM (SELECT ${linked.linkId} AS link, ${bucket} AS k, COUNT(*) AS n FROM ${linked.from} GROUP BY 1, 2) g
      ${laneRowSql(groupBy, Prisma.sql`g.link`)}`;
    let total = 0;
    const buckets: LaneBuckets = { bounds, rows: new Map() };
    const labels = new Map<string, string>([[NO_LANE_KEY, NO_LANE_LABEL[groupBy]]]);
    for (const row of rows) {
      if (toNumber(row.kind) === 0) {
        total = toNumber(row.n);
        continue;
      }
      const key = row.lane_key ?? NO_LANE_KEY;
      if (row.label !== null) labels.set(key, row.label);
      let counts = buckets.rows.get(key);
      if (!counts) buckets.rows.set(key, (counts = new Array<number>(Math.max(bounds.length - 1, 0)).fill(0)));
      counts[toNumber(row.k)] = (counts[toNumber(row.k)] ?? 0) + toNumber(row.n);
    }
    laneBuckets = buckets;
    return { total, lanes: sortLanes(sumLanes(buckets, labels), NO_LANE_KEY) };
  }

  async function countLanes(groupBy: LaneGrouping) {
    if (grid && grid.length > 1 && groupBy !== "none") return countLanesWithBuckets(groupBy, grid);
    if (groupBy === "none") {
      const rows = await readSql<{ n: unknown }[]>`${source.matching(groupBy, false)} SELECT COUNT(*) AS n FROM m`;
      return { total: toNumber(rows[0]?.n), lanes: [] };
    }
    const join = laneJoin(groupBy);
    const linked = source.linked(groupBy);
    // kind 0: the total; 1: one lane; 2: events in no lane.
    const rows = await readSql<{ kind: unknown; lane_key: string | null; label: string | null; n: unknown }[]>`
      ${source.matching(groupBy, false)}
      SELECT 0 AS kind, NULL AS lane_key, NULL AS label, COUNT(*) AS n FROM m
      UNION ALL
      SELECT CASE WHEN ${linked.noLink} THEN 2 ELSE 1 END AS kind, MIN(${join.key}) AS lane_key, MIN(${join.label}) AS label, COUNT(*) AS n
      FROM ${linked.from} ${laneRowSql(groupBy, linked.linkId)} GROUP BY ${linked.linkId}, CASE WHEN ${linked.noLink} THEN 2 ELSE 1 END`;
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

  async function countDensity(request: DensityRequest) {
    const counted = laneBuckets ? densityFromLaneBuckets(laneBuckets, request) : null;
    if (counted) return counted;
    const { groupBy, shownKeys, hiddenKeys, withOther, bounds } = request;
    // Events are dated in whole days: each counts in the bucket of its start's day (earlier starts on the range's first day).
    const bucket = bucketCaseSql(Prisma.sql`m.b`, bucketDayThresholds(bounds, origin, range.start, DAY_MS));
    const tally = new BucketTally(bounds);
    const matching = source.matching(groupBy, true);
    let rows: { lane_key: string | null; k: unknown; n: unknown }[];
    if (groupBy === "none") {
      rows = await readSql`${matching} SELECT lane_key, k, COUNT(*) AS n FROM (SELECT CAST(${ALL_LANE_KEY} AS TEXT) AS lane_key, ${bucket} AS k FROM m) drawn GROUP BY lane_key, k`;
    } else {
      const join = laneJoin(groupBy);
      const linked = source.linked(groupBy);
      const real = shownKeys.filter((key) => key !== NO_LANE_KEY);
      const named = [...real, ...hiddenKeys.filter((key) => key !== NO_LANE_KEY)];
      const noLaneTo = shownKeys.includes(NO_LANE_KEY) ? NO_LANE_KEY : withOther && !hiddenKeys.includes(NO_LANE_KEY) ? OTHER_LANE_KEY : null;
      if (!real.length && !withOther && !noLaneTo) return tally.buckets();
      const arms: Prisma.Sql[] = [Prisma.sql`WHEN ${linked.noLink} THEN ${noLaneTo ? Prisma.sql`CAST(${noLaneTo} AS TEXT)` : Prisma.sql`NULL`}`];
      if (real.length) arms.push(Prisma.sql`WHEN ${join.key} IN (${Prisma.join(real)}) THEN ${join.key}`);
      if (withOther) arms.push(named.length ? Prisma.sql`WHEN ${join.key} NOT IN (${Prisma.join(named)}) THEN CAST(${OTHER_LANE_KEY} AS TEXT)` : Prisma.sql`ELSE CAST(${OTHER_LANE_KEY} AS TEXT)`);
      rows = await readSql`${matching}
        SELECT lane_key, k, COUNT(*) AS n FROM (SELECT CASE ${Prisma.join(arms, " ")} END AS lane_key, ${bucket} AS k FROM ${linked.from} ${laneRowSql(groupBy, linked.linkId)}) drawn
        WHERE lane_key IS NOT NULL GROUP BY lane_key, k`;
    }
    for (const row of rows) tally.add(row.lane_key!, toNumber(row.k), toNumber(row.n));
    return tally.buckets();
  }

  return { range, countLanes, countDensity };
}
