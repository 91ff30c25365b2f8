import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { IMPORTANCE_MAX } from "@/lib/domain/event-vocabulary";
import type { FacetName } from "@/lib/domain/facets";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import { FACET_TABLES, storesIds } from "../sql/facet-sql";
import { NO_LANE_KEY, NO_LANE_LABEL } from "../sql/lane-sql";
import { DAY_MS } from "../counts/count-pieces";
import { bucketDayThresholds } from "../timeline/bucket-case-sql";
import { densityFromLaneBuckets, sumLanes, type LaneBuckets } from "../timeline/lane-bucket-tally";
import { ALL_LANE_KEY, BucketTally, sortLanes, type DensityRequest, type TimelineBucket, type TimelineLane, type WindowCounter } from "../timeline/timeline-types";
import type { EventMatrix } from "./event-matrix";
import type { MatrixMatch } from "./match-in-matrix";
import { firstInOrder } from "./matrix-page";

/** The key (as the URL names it) and label of each member value given, from the facet's own table. */
async function laneNames(facet: FacetName, values: string[]): Promise<Map<string, { key: string; label: string }>> {
  if (!values.length) return new Map();
  const tables = FACET_TABLES[facet];
  const stored = storesIds(facet) ? values.map(Number) : values;
  const rows = await readSql<{ stored: number | bigint | string; key: string; label: string }[]>`
    SELECT ${Prisma.raw(tables.ownId)} AS stored, ${Prisma.raw(tables.key)} AS key, ${Prisma.raw(tables.label)} AS label
    FROM ${Prisma.raw(tables.ownTable)} WHERE ${Prisma.raw(tables.ownId)} IN (${Prisma.join(stored)})`;
  return new Map(rows.map((row) => [String(row.stored), { key: row.key, label: row.label }]));
}

/**
 * The bucket of each matched event on a density grid, as the live counter's SQL places it (bucketIndexSql, then
 * bucketCaseSql): its start's day from the range's first day, earlier starts in the first bucket.
 */
function bucketLocator(matrix: EventMatrix, bounds: number[], range: TimelineWindow): (slot: number) => number {
  const origin = Math.floor(range.start / DAY_MS) * DAY_MS;
  const thresholds = bucketDayThresholds(bounds, origin, range.start, DAY_MS);
  const last = thresholds.length - 1;
  return (slot) => {
    const start = matrix.earliest[slot]!;
    const day = start < origin ? 0 : Math.floor((start - origin) / DAY_MS);
    let low = 0;
    let high = last;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (day >= Math.trunc(thresholds[mid]!)) low = mid;
      else high = mid - 1;
    }
    return Math.max(low, 0);
  };
}

/**
 * A timeline window counted from the event matrix: `match` holds the events overlapping the window (matchInMatrix
 * with the window), so lanes and density are passes over them. Same answers as liveWindowCounter.
 */
export function matrixWindowCounter({ matrix, slots }: MatrixMatch, range: TimelineWindow, grid?: number[]): WindowCounter {
  let laneBuckets: LaneBuckets | null = null;

  async function countLaneBuckets(facet: FacetName, bounds: number[]): Promise<{ buckets: LaneBuckets; labels: Map<string, string> }> {
    const column = matrix.facets[facet];
    const width = Math.max(bounds.length - 1, 0);
    const perMember = new Map<number, number[]>();
    const noLane = new Array<number>(width).fill(0);
    const locate = bucketLocator(matrix, bounds, range);
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k]!;
      const bucket = locate(slot);
      let any = false;
      matrix.forEachMember(facet, slot, (ordinal) => {
        any = true;
        let row = perMember.get(ordinal);
        if (!row) perMember.set(ordinal, (row = new Array<number>(width).fill(0)));
        row[bucket]!++;
      });
      if (!any) noLane[bucket]!++;
    }
    const names = await laneNames(facet, [...perMember.keys()].map((ordinal) => column.dictionary.values[ordinal]!));
    const buckets: LaneBuckets = { bounds, rows: new Map() };
    const labels = new Map<string, string>([[NO_LANE_KEY, NO_LANE_LABEL[facet]]]);
    for (const [ordinal, row] of perMember) {
      const name = names.get(column.dictionary.values[ordinal]!);
      const key = name?.key ?? NO_LANE_KEY;
      if (name) labels.set(key, name.label);
      const existing = buckets.rows.get(key);
      buckets.rows.set(key, existing ? existing.map((n, i) => n + row[i]!) : row);
    }
    if (noLane.some((n) => n > 0)) {
      const existing = buckets.rows.get(NO_LANE_KEY);
      buckets.rows.set(NO_LANE_KEY, existing ? existing.map((n, i) => n + noLane[i]!) : noLane);
    }
    return { buckets, labels };
  }

  async function countLanes(groupBy: LaneGrouping): Promise<{ total: number; lanes: TimelineLane[] }> {
    if (groupBy === "none") return { total: slots.length, lanes: [] };
    // Without a grid, one bucket spanning everything: each lane's count is its row's only cell.
    const bounds = grid && grid.length > 1 ? grid : [-Infinity, Infinity];
    const { buckets, labels } = await countLaneBuckets(groupBy, bounds);
    if (grid && grid.length > 1) laneBuckets = buckets;
    return { total: slots.length, lanes: sortLanes(sumLanes(buckets, labels), NO_LANE_KEY) };
  }

  async function countDensity(request: DensityRequest): Promise<TimelineBucket[]> {
    const counted = laneBuckets ? densityFromLaneBuckets(laneBuckets, request) : null;
    if (counted) return counted;
    if (request.groupBy === "none") {
      const tally = new BucketTally(request.bounds);
      const locate = bucketLocator(matrix, request.bounds, range);
      for (let k = 0; k < slots.length; k++) tally.add(ALL_LANE_KEY, locate(slots[k]!), 1);
      return tally.buckets();
    }
    const { buckets } = await countLaneBuckets(request.groupBy, request.bounds);
    return densityFromLaneBuckets(buckets, request) ?? [];
  }

  return { range, countLanes, countDensity };
}

/** Orders slots as findWindowItemIds does: most important first, then by start, end and id. */
function byImportanceThenDate(matrix: EventMatrix) {
  return (a: number, b: number) =>
    matrix.importance[b]! - matrix.importance[a]! || matrix.earliest[a]! - matrix.earliest[b]! || matrix.latest[a]! - matrix.latest[b]! || matrix.ids[a]! - matrix.ids[b]!;
}

/**
 * The items a window draws (findWindowItemIds' choice): a sparse window's events, most important first; over
 * density the `limit` most important that start in the range. `match` holds the window's events.
 */
export function matrixWindowItemIds({ matrix, slots }: MatrixMatch, dense: boolean, limit: number, minImportance: number, rangeStart: number): number[] {
  const order = byImportanceThenDate(matrix);
  if (!dense) return [...slots].sort(order).slice(0, limit).map((slot) => matrix.ids[slot]!);
  const drawn = (slot: number) => matrix.earliest[slot]! >= rangeStart && matrix.importance[slot]! >= minImportance && matrix.importance[slot]! <= IMPORTANCE_MAX;
  return firstInOrder(slots, order, limit, drawn).map((slot) => matrix.ids[slot]!);
}
