import { describe, expect, it } from "vitest";
import { filterFromQuery } from "../support/filter-from-query";
import { setUpStrippedSyntheticEvents } from "./stripped-synthetic-events";
import { COUNT_WINDOWS } from "./count-windows";
import { countedTarget } from "../support/count-plans";
import { hasPairLanes } from "@/lib/queries/counts/pair-window-sql";
import { getTimelineWindow } from "@/lib/queries/get-timeline-window";
import { liveWindowCounter, windowRange } from "@/lib/queries/timeline/live-window-counter";
import { chooseShownLanes } from "@/lib/timeline/lane-choice";
import { bucketBounds, chooseBucketStep } from "@/lib/timeline/bucket-width";
import { NO_LANE_KEY } from "@/lib/queries/sql/lane-sql";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";

const EDITOR: Viewer = { userId: "link-day-lanes-test", role: "editor" };

describe("timeline lanes of a one-member filter from event_link_days equal the lanes counted from the events", () => {
  const fixture = setUpStrippedSyntheticEvents({ published: 10, drafts: 11 });

  // The lanes event_pair_counts does not hold (an actor's or a country's by actor or country), and some it does.
  const cases = (): [string, Viewer, LaneGrouping][] => [
    ["country=MY", ANONYMOUS, "country"],
    ["country=MY", ANONYMOUS, "actor"],
    ["country=MY&importance=3", ANONYMOUS, "actor"],
    ["country=MY&from=2004-02&to=2008", ANONYMOUS, "country"],
    [`actor=${fixture.busiestActor()}`, EDITOR, "country"],
    [`actor=${fixture.busiestActor()}`, ANONYMOUS, "actor"],
    ["topic=syn-trade&status=any", EDITOR, "actor"],
    ["topic=syn-trade", ANONYMOUS, "none"],
  ];

  it("counts lanes and density like the events, for every filter, window and lane choice, with and without the grid", async () => {
    let unpaired = 0;
    for (const [query, viewer, lanes] of cases()) {
      const filter = await filterFromQuery(query);
      const target = countedTarget(filter, viewer);
      expect(target && target.dim !== "all", query).toBe(true);
      if (!hasPairLanes(target!, lanes)) unpaired++;
      for (const window of COUNT_WINDOWS) {
        const label = `${query} by ${lanes} in ${JSON.stringify(window)}`;
        if (windowRange(filter, window).start >= windowRange(filter, window).end) continue;
        const step = chooseBucketStep(window, 900);
        const bounds = bucketBounds(window, step);
        const events = liveWindowCounter(filter, viewer, window);
        const eventLanes = await events.countLanes(lanes);
        // Without the grid: lanes, then density in its own query; with it: both from one pass.
        const linkDays = liveWindowCounter(filter, viewer, window, undefined, undefined, target!);
        const gridded = liveWindowCounter(filter, viewer, window, undefined, bounds, target!);
        expect(await linkDays.countLanes(lanes), label).toEqual(eventLanes);
        expect(await gridded.countLanes(lanes), `${label}, with the grid`).toEqual(eventLanes);
        const keys = eventLanes.lanes.map((lane) => lane.key);
        const choices = [
          { order: [], hidden: keys.slice(1, 2) },
          { order: [], hidden: keys.includes(NO_LANE_KEY) ? [NO_LANE_KEY] : keys.slice(0, 1) },
        ];
        for (const [index, choice] of choices.entries()) {
          const { shown, folded } = chooseShownLanes(eventLanes.lanes, choice, index === 0 ? 4 : 1);
          const request = { groupBy: lanes, shownKeys: lanes === "none" ? ["_all"] : shown.map((lane) => lane.key), hiddenKeys: choice.hidden, withOther: lanes !== "none" && folded.length > 0, bounds, step };
          const expected = await events.countDensity(request);
          expect(await linkDays.countDensity(request), `${label}, choice ${index}`).toEqual(expected);
          expect(await gridded.countDensity(request), `${label}, choice ${index}, with the grid`).toEqual(expected);
        }
      }
    }
    expect(unpaired).toBe(7);
  });

  it("is what a timeline window of a country by country uses, Malaysia's own lane holding every event", async () => {
    const filter = await filterFromQuery("country=MY");
    const result = await getTimelineWindow({ filter, viewer: ANONYMOUS, window: COUNT_WINDOWS[0]!, groupBy: "country", densityThreshold: 10 });
    expect(result.dense).toBe(true);
    expect(result.lanes[0]).toMatchObject({ key: "MY", count: result.total });
    const live = await liveWindowCounter(filter, ANONYMOUS, COUNT_WINDOWS[0]!).countLanes("country");
    expect(result.laneOptions.map((lane) => [lane.key, lane.count])).toEqual(live.lanes.slice(0, result.laneOptions.length).map((lane) => [lane.key, lane.count]));
    for (const lane of result.lanes.filter((shown) => shown.key !== "_other")) {
      const sum = result.buckets.filter((bucket) => bucket.laneKey === lane.key).reduce((total, bucket) => total + bucket.count, 0);
      expect(sum, lane.key).toBe(lane.count);
    }
  });
});
