import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { filterFromQuery } from "../support/filter-from-query";
import { countedTarget, dashboardScope } from "../support/count-plans";
import { removeTestEvents } from "./event-fixtures";
import { insertSyntheticEvents } from "./timeline-synthetic-events";
import { expectedEventCounts, storedEventCounts, type RawQuery } from "./event-counts-reference";
import { expectedPairCounts, storedPairCounts } from "./event-pair-counts-reference";
import { countedWindowCounter } from "@/lib/queries/timeline/counted-window-counter";
import { liveWindowCounter } from "@/lib/queries/timeline/live-window-counter";
import { countActivityBucketsFromCounts, countActivityFromCounts } from "@/lib/queries/dashboard/activity-counted";
import { countActivityBucketsLive } from "@/lib/queries/dashboard/activity-live";
import { TOP_TOPICS } from "@/lib/queries/dashboard/rank-topics";
import { bucketBounds, chooseBucketStep } from "@/lib/timeline/bucket-width";
import { BUCKET_INTERVALS, bucketKeyOfTime, compareBucketKeys } from "@/lib/charts/bucket-keys";
import { ANONYMOUS } from "@/lib/domain/viewer";

const query: RawQuery = (sql) => db.$queryRawUnsafe(sql);
const at = (year: number, month = 1, day = 1) => new Date(0).setUTCFullYear(year, month - 1, day);

/** Windows over history before and across the start of the common era, aligned to years, months and days and not. */
const WINDOWS = [
  { start: at(-160), end: at(40) },
  { start: at(-60), end: at(-40) },
  { start: at(-44, 3, 1), end: at(-43, 6, 1) },
  { start: at(-44, 3, 15) + 5 * 3_600_000, end: at(-44, 4, 2) },
  { start: at(-1, 11, 20), end: at(1, 2, 10) },
];

describe("events before the common era", () => {
  let slugs: string[] = [];
  beforeAll(async () => {
    // 150 BCE to 30 CE, across the years 1 BCE (astronomical 0) and 1 CE.
    slugs = await insertSyntheticEvents({ count: 400, seed: 11, status: "published", fromYear: -149, toYear: 30 });
  });
  afterAll(async () => {
    await removeTestEvents(slugs);
  });

  it("are stored with their astronomical years and counted in event_counts and event_pair_counts as the reference counts them", async () => {
    const starts = await db.event.findMany({ where: { slug: { in: slugs } }, select: { startValue: true } });
    expect(starts.some((row) => row.startValue?.startsWith("-"))).toBe(true);
    expect(await storedEventCounts(query)).toEqual(await expectedEventCounts(query));
    expect(await storedPairCounts(query)).toEqual(await expectedPairCounts(query));
  });

  it("are counted on the timeline from event_counts exactly as from the events, in lanes and in density", async () => {
    const filter = await filterFromQuery("");
    const scope = dashboardScope(filter, ANONYMOUS)!;
    expect(scope).not.toBeNull();
    for (const window of WINDOWS) {
      const live = liveWindowCounter(filter, ANONYMOUS, window);
      const counted = countedWindowCounter({ scope, dim: "all", member: "" }, window);
      const lanes = await live.countLanes("topic");
      expect(await counted.countLanes("topic"), JSON.stringify(window)).toEqual(lanes);
      const step = chooseBucketStep(window, 900);
      const request = { groupBy: "topic" as const, shownKeys: lanes.lanes.slice(0, 3).map((lane) => lane.key), hiddenKeys: [], withOther: true, bounds: bucketBounds(window, step), step };
      expect(await counted.countDensity(request), JSON.stringify(window)).toEqual(await live.countDensity(request));
    }
  });

  it("are found by a filter on a period before the common era, counted as the events count", async () => {
    const filter = await filterFromQuery("from=60 BCE&to=-0040");
    const rows = await db.event.findMany({ where: { slug: { in: slugs }, deletedAt: null }, select: { earliest: true, latest: true } });
    const inside = rows.filter((row) => row.latest > at(-59) && row.earliest < at(-39)).length;
    expect(inside).toBeGreaterThan(0);
    const target = countedTarget(filter, ANONYMOUS);
    expect(target).not.toBeNull();
    const window = { start: at(-59), end: at(-39) };
    const lanes = await countedWindowCounter(target!, window).countLanes("none");
    expect(lanes).toEqual(await liveWindowCounter(filter, ANONYMOUS, window).countLanes("none"));
  });

  it("chart in buckets keyed and ordered in time, from the count tables as from the events", async () => {
    const filter = await filterFromQuery("to=0030");
    const scope = dashboardScope(filter, ANONYMOUS)!;
    const { ranking } = await countActivityFromCounts(scope, filter, ANONYMOUS);
    const top = ranking.slice(0, TOP_TOPICS);
    const earliest = await db.event.aggregate({ where: { slug: { in: slugs }, earliest: { gt: -8.64e15 } }, _min: { earliest: true } });
    for (const interval of BUCKET_INTERVALS) {
      const live = await countActivityBucketsLive(filter, ANONYMOUS, interval, top.map((topic) => topic.id));
      const counted = await countActivityBucketsFromCounts(scope, interval, top);
      const keys = live.bucketRows.map((row) => row.bucket);
      expect(keys[0], interval).toBe(bucketKeyOfTime(earliest._min.earliest!, interval));
      expect(keys[0]!.startsWith("-"), interval).toBe(true);
      expect(keys, interval).toEqual([...keys].sort(compareBucketKeys));
      expect(counted.bucketRows, interval).toEqual(live.bucketRows);
    }
  });
});
