import { describe, expect, it } from "vitest";
import { filterFromQuery } from "../support/filter-from-query";
import { setUpStrippedSyntheticEvents } from "./stripped-synthetic-events";
import { COUNT_WINDOWS } from "./count-windows";
import { countedTarget } from "../support/count-plans";
import { hasPairLanes, pairLanesOf, type LaneDim } from "@/lib/queries/counts/pair-window-sql";
import { getTimelineWindow } from "@/lib/queries/get-timeline-window";
import { pairWindowCounter } from "@/lib/queries/timeline/pair-window-counter";
import { liveWindowCounter, windowRange } from "@/lib/queries/timeline/live-window-counter";
import { chooseShownLanes } from "@/lib/timeline/lane-choice";
import { bucketBounds, chooseBucketStep } from "@/lib/timeline/bucket-width";
import { NO_LANE_KEY } from "@/lib/queries/sql/lane-sql";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";

const EDITOR: Viewer = { userId: "pair-lanes-test", role: "editor" };

describe("timeline lanes of a one-member filter from event_pair_counts equal the lanes counted from the events", () => {
  const fixture = setUpStrippedSyntheticEvents({ published: 8, drafts: 9 });

  const cases = (): [string, Viewer, LaneDim][] => [
    ["topic=syn-trade", ANONYMOUS, "country"],
    ["topic=syn-trade", ANONYMOUS, "actor"],
    ["topic=syn-trade", ANONYMOUS, "topic"],
    ["topic=syn-diplomacy&importance=3", ANONYMOUS, "actor"],
    ["topic=syn-trade&from=2004-02&to=2008", ANONYMOUS, "country"],
    ["topic=syn-trade&status=any", EDITOR, "country"],
    ["country=MY", ANONYMOUS, "topic"],
    [`actor=${fixture.busiestActor()}`, EDITOR, "topic"],
  ];

  it("holds the lanes it claims and no others", () => {
    expect(hasPairLanes({ dim: "topic" }, "actor")).toBe(true);
    expect(hasPairLanes({ dim: "country" }, "topic")).toBe(true);
    expect(hasPairLanes({ dim: "actor" }, "country")).toBe(false);
    expect(hasPairLanes({ dim: "country" }, "none")).toBe(false);
  });

  it("counts lanes and density like the events, for every filter, window and lane choice", async () => {
    const noLane = new Set<string>();
    for (const [query, viewer, lanes] of cases()) {
      const filter = await filterFromQuery(query);
      const target = countedTarget(filter, viewer);
      expect(target && target.dim !== "all" && hasPairLanes(target, lanes), query).toBe(true);
      for (const window of COUNT_WINDOWS) {
        const label = `${query} by ${lanes} in ${JSON.stringify(window)}`;
        if (windowRange(filter, window).start >= windowRange(filter, window).end) continue;
        const live = liveWindowCounter(filter, viewer, window);
        const paired = pairWindowCounter(pairLanesOf(target!, lanes)!, window);
        const liveLanes = await live.countLanes(lanes);
        expect(await paired.countLanes(lanes), label).toEqual(liveLanes);
        if (window === COUNT_WINDOWS[0] && (lanes !== "topic" || query.startsWith("country"))) noLane.add(`${query} ${lanes}: ${liveLanes.lanes.some((lane) => lane.key === NO_LANE_KEY)}`);
        const step = chooseBucketStep(window, 900);
        const bounds = bucketBounds(window, step);
        const keys = liveLanes.lanes.map((lane) => lane.key);
        // Shown lanes with one hidden; then "no lane" hidden and everything else folded into "Other".
        const choices = [
          { order: [], hidden: keys.slice(1, 2) },
          { order: [], hidden: keys.includes(NO_LANE_KEY) ? [NO_LANE_KEY] : keys.slice(0, 1) },
        ];
        for (const [index, choice] of choices.entries()) {
          const { shown, folded } = chooseShownLanes(liveLanes.lanes, choice, index === 0 ? 4 : 1);
          const request = { groupBy: lanes, shownKeys: shown.map((lane) => lane.key), hiddenKeys: choice.hidden, withOther: folded.length > 0, bounds, step };
          expect(await paired.countDensity(request), `${label}, choice ${index}`).toEqual(await live.countDensity(request));
        }
      }
    }
    // The "no lane" lanes were there to compare: over the whole history, every lane set by actor or country had one, and Malaysia's by topic.
    expect([...noLane].filter((line) => line.endsWith("false"))).toEqual([]);
  });

  it("is what a timeline window of a topic by country uses, with lanes that add up", async () => {
    const filter = await filterFromQuery("topic=syn-trade");
    const result = await getTimelineWindow({ filter, viewer: ANONYMOUS, window: COUNT_WINDOWS[0]!, groupBy: "country", densityThreshold: 10 });
    expect(result.dense).toBe(true);
    const live = await liveWindowCounter(filter, ANONYMOUS, COUNT_WINDOWS[0]!).countLanes("country");
    expect(result.total).toBe(live.total);
    expect(result.laneOptions.map((lane) => [lane.key, lane.count])).toEqual(live.lanes.slice(0, result.laneOptions.length).map((lane) => [lane.key, lane.count]));
    // Each shown lane's density sums to its count over the window.
    for (const lane of result.lanes.filter((shown) => shown.key !== "_other")) {
      const sum = result.buckets.filter((bucket) => bucket.laneKey === lane.key).reduce((total, bucket) => total + bucket.count, 0);
      expect(sum, lane.key).toBe(lane.count);
    }
  });
});
