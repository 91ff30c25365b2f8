import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterFromQuery } from "../support/filter-from-query";
import { removeTestEvents } from "./event-fixtures";
import { insertSyntheticEvents } from "./timeline-synthetic-events";
import { COUNT_WINDOWS } from "./count-windows";
import { db } from "@/lib/db/client";
import { countedTarget, dashboardScope } from "../support/count-plans";
import { countedWindowCounter } from "@/lib/queries/timeline/counted-window-counter";
import { liveWindowCounter, windowRange } from "@/lib/queries/timeline/live-window-counter";
import { chooseShownLanes } from "@/lib/timeline/lane-choice";
import { bucketBounds, chooseBucketStep } from "@/lib/timeline/bucket-width";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";

const EDITOR: Viewer = { userId: "counts-test", role: "editor" };
const CASES: [string, Viewer, LaneGrouping][] = [
  ["", ANONYMOUS, "topic"],
  ["", ANONYMOUS, "actor"],
  ["importance=4", ANONYMOUS, "country"],
  ["from=2004-02&to=2008", ANONYMOUS, "topic"],
  ["", EDITOR, "actor"],
  ["status=draft", EDITOR, "none"],
];

describe("timeline counts from event_counts equal the counts from the events", () => {
  let slugs: string[] = [];
  beforeAll(async () => {
    slugs = [
      ...(await insertSyntheticEvents({ count: 500, seed: 5, status: "published", fromYear: 2001, toYear: 2009 })),
      ...(await insertSyntheticEvents({ count: 80, seed: 6, status: "draft", fromYear: 2004, toYear: 2006 })),
    ];
  });
  afterAll(async () => {
    await removeTestEvents(slugs);
  });

  it.each(CASES)("filter “%s” (%o), %s lanes, at every window", async (query, viewer, groupBy) => {
    const filter = await filterFromQuery(query);
    const scope = dashboardScope(filter, viewer);
    expect(scope).not.toBeNull();
    for (const window of COUNT_WINDOWS) {
      // A window outside the filter's period is always counted from the events (see getTimelineWindow).
      const range = windowRange(filter, window);
      if (range.start >= range.end) continue;
      const live = liveWindowCounter(filter, viewer, window);
      const counted = countedWindowCounter({ scope: scope!, dim: "all", member: "" }, window);
      const [liveLanes, countedLanes] = [await live.countLanes(groupBy), await counted.countLanes(groupBy)];
      expect(countedLanes, JSON.stringify(window)).toEqual(liveLanes);

      const { shown, folded } = chooseShownLanes(liveLanes.lanes, { order: [], hidden: liveLanes.lanes.slice(1, 2).map((lane) => lane.key) }, 4);
      const step = chooseBucketStep(window, 900);
      const request = { groupBy, shownKeys: shown.map((lane) => lane.key), hiddenKeys: liveLanes.lanes.slice(1, 2).map((lane) => lane.key), withOther: groupBy !== "none" && folded.length > 0, bounds: bucketBounds(window, step), step };
      expect(await counted.countDensity(request), JSON.stringify(window)).toEqual(await live.countDensity(request));
    }
  });

  it.each(["country=MY", "topic=syn-trade", "importance=3&country=FR"])("counts a single lane of one topic or country (a compare track) as the events do: “%s”", async (query) => {
    const filter = await filterFromQuery(query);
    const target = countedTarget(filter, ANONYMOUS);
    expect(target?.dim).not.toBe("all");
    for (const window of COUNT_WINDOWS) {
      const live = liveWindowCounter(filter, ANONYMOUS, window);
      const counted = countedWindowCounter(target!, window);
      expect(await counted.countLanes("none"), JSON.stringify(window)).toEqual(await live.countLanes("none"));
      const step = chooseBucketStep(window, 900);
      const request = { groupBy: "none" as const, shownKeys: [], hiddenKeys: [], withOther: false, bounds: bucketBounds(window, step), step };
      expect(await counted.countDensity(request), JSON.stringify(window)).toEqual(await live.countDensity(request));
    }
  });

  it("leaves text, topic, actor and country filters to the events", async () => {
    const actor = await db.actor.findFirstOrThrow({ select: { slug: true } });
    for (const query of ["q=corridor", "topic=syn-trade", `actor=${actor.slug}`, "country=MY"]) {
      expect(dashboardScope(await filterFromQuery(query), ANONYMOUS), query).toBeNull();
    }
  });
});
