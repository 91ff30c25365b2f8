import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterFromQuery } from "../support/filter-from-query";
import { removeTestEvents } from "./event-fixtures";
import { insertSyntheticEvents } from "./timeline-synthetic-events";
import { findEvents } from "@/lib/queries/find-events";
import { ALL_LANE_KEY, getTimelineWindow, OTHER_LANE_KEY, type TimelineWindowResult } from "@/lib/queries/get-timeline-window";
import { ANONYMOUS } from "@/lib/domain/viewer";
import { LIMITS, type TimelineWindow } from "@/lib/timeline/window-math";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";

const year = (from: number, to = from) => ({ start: Date.UTC(from, 0, 1), end: Date.UTC(to + 1, 0, 1) });
const query = (window: TimelineWindow) => `from=${new Date(window.start).getUTCFullYear()}&to=${new Date(window.end - 1).getUTCFullYear()}`;

function bucketSums(result: TimelineWindowResult): Map<string, number> {
  const sums = new Map<string, number>();
  for (const bucket of result.buckets) sums.set(bucket.laneKey, (sums.get(bucket.laneKey) ?? 0) + bucket.count);
  return sums;
}

async function dense(filterQuery: string, window: TimelineWindow, groupBy: LaneGrouping, laneChoice = { order: [] as string[], hidden: [] as string[] }) {
  const filter = await filterFromQuery(filterQuery);
  return getTimelineWindow({ filter, viewer: ANONYMOUS, window, groupBy, densityThreshold: 0, laneChoice, pixelWidth: 800 });
}

describe("density buckets on the reference data", () => {
  it.each(["topic", "country", "actor", "none"] as const)("sum to each lane's count over all time, unknown starts and ongoing events included (%s lanes)", async (groupBy) => {
    const result = await dense("", LIMITS, groupBy);
    expect(result.dense).toBe(true);
    expect(result.total).toBe(16);
    const sums = bucketSums(result);
    for (const lane of result.lanes) expect(sums.get(lane.key), lane.key).toBe(lane.count);
    if (groupBy === "none") expect(sums.get(ALL_LANE_KEY)).toBe(16);
  });

  it("counts June–July 2025 by country as the table counts each country", async () => {
    const window = { start: Date.UTC(2025, 5, 1), end: Date.UTC(2025, 7, 1) };
    const result = await dense("", window, "country");
    const sums = bucketSums(result);
    for (const code of ["MY", "FR", "CN"]) {
      const table = await findEvents({ filter: await filterFromQuery(`country=${code}&from=2025-06&to=2025-07`), viewer: ANONYMOUS, pageSize: 1 });
      expect(result.lanes.find((lane) => lane.key === code)?.count, code).toBe(table.total);
      expect(sums.get(code) ?? 0, code).toBe(table.total);
    }
    // Buckets lie on the grid of the chosen step and inside the window's reach.
    for (const bucket of result.buckets) {
      expect(result.bucketBounds).toContain(bucket.start);
      expect(result.bucketBounds[result.bucketBounds.indexOf(bucket.start) + 1]).toBe(bucket.end);
      expect(bucket.start).toBeLessThan(window.end);
    }
  });
});

describe("density buckets on synthetic data", () => {
  let slugs: string[] = [];
  beforeAll(async () => {
    slugs = await insertSyntheticEvents({ count: 600, seed: 11, status: "published", fromYear: 2000, toYear: 2010 });
  });
  afterAll(async () => {
    await removeTestEvents(slugs);
  });

  it("turns dense past the threshold and keeps the item count small", async () => {
    const filter = await filterFromQuery("");
    const result = await getTimelineWindow({ filter, viewer: ANONYMOUS, window: year(2000, 2010), groupBy: "topic" });
    expect(result.total).toBeGreaterThan(300);
    expect(result.dense).toBe(true);
    expect(result.items.length).toBeLessThanOrEqual(60);
    // Over density the items drawn are the most important events that start in the window.
    const window = year(2000, 2010);
    expect(result.items.every((item) => item.earliest >= window.start && item.earliest < window.end)).toBe(true);
    const importances = result.items.map((item) => item.importance);
    expect(importances).toEqual([...importances].sort((a, b) => b - a));
    const mostImportant = await findEvents({ filter: await filterFromQuery(`importance=${importances[0]}&match=start&${query(window)}`), viewer: ANONYMOUS, pageSize: 1 });
    expect(result.items.filter((item) => item.importance === importances[0]).length).toBe(Math.min(mostImportant.total, 60));
    const narrow = await getTimelineWindow({ filter, viewer: ANONYMOUS, window: { start: Date.UTC(2005, 0, 1), end: Date.UTC(2005, 1, 1) }, groupBy: "topic" });
    expect(narrow.dense).toBe(false);
    expect(narrow.items).toHaveLength(narrow.total);
  });

  it.each([["", "topic"], ["topic=syn-trade", "country"], ["importance=3", "actor"]] as const)(
    "bucketed counts equal the lane counts and the per-event counts (filter “%s”, %s lanes)",
    async (filterQuery, groupBy) => {
      const window = year(2003, 2006);
      const result = await dense(filterQuery, window, groupBy);
      const sums = bucketSums(result);
      for (const lane of result.lanes) expect(sums.get(lane.key) ?? 0, lane.key).toBe(lane.count);
      const table = await findEvents({ filter: await filterFromQuery([filterQuery, query(window)].filter(Boolean).join("&")), viewer: ANONYMOUS, pageSize: 1 });
      expect(result.total).toBe(table.total);
      // Every shown lane's count is its own per-event count.
      const first = result.lanes.find((lane) => lane.key !== OTHER_LANE_KEY && !lane.key.startsWith("_"));
      if (first && groupBy !== "actor") {
        const laneFilter = groupBy === "country" ? `country=${first.key}` : `topic=${first.key}`;
        const perEvent = await findEvents({ filter: await filterFromQuery([filterQuery, laneFilter, query(window)].filter(Boolean).join("&")), viewer: ANONYMOUS, pageSize: 1 });
        expect(sums.get(first.key)).toBe(perEvent.total);
      }
    },
  );

  it("folds lanes past twelve into Other and follows the reader's order and hidden lanes", async () => {
    const window = year(2000, 2010);
    const all = await dense("", window, "actor");
    expect(all.lanes.length).toBeLessThanOrEqual(13);
    const other = all.lanes.find((lane) => lane.key === OTHER_LANE_KEY);
    expect(other?.count).toBeGreaterThan(0);
    expect(bucketSums(all).get(OTHER_LANE_KEY)).toBe(other?.count);

    const [first, second] = all.lanes;
    const chosen = await dense("", window, "actor", { order: [second!.key], hidden: [first!.key] });
    expect(chosen.lanes[0]?.key).toBe(second!.key);
    expect(chosen.lanes.some((lane) => lane.key === first!.key)).toBe(false);
    expect(chosen.laneOptions.some((lane) => lane.key === first!.key)).toBe(true);
    const sums = bucketSums(chosen);
    for (const lane of chosen.lanes) expect(sums.get(lane.key) ?? 0, lane.key).toBe(lane.count);
  });
});
