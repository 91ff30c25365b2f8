import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterFromQuery } from "../support/filter-from-query";
import { removeTestEvents } from "./event-fixtures";
import { insertSyntheticEvents } from "./timeline-synthetic-events";
import { liveWindowCounter } from "@/lib/queries/timeline/live-window-counter";
import { planWindowWalk } from "@/lib/queries/timeline/plan-window-walk";
import type { WalkFilter } from "@/lib/queries/sql/plan-date-walk";
import { chooseShownLanes } from "@/lib/timeline/lane-choice";
import { bucketBounds, chooseBucketStep } from "@/lib/timeline/bucket-width";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import type { LaneGrouping } from "@/lib/timeline/timeline-params";

const EDITOR: Viewer = { userId: "plans-test", role: "editor" };
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const WINDOWS = [
  { start: day("1990-01-01"), end: day("2030-01-01") },
  { start: day("2005-01-01"), end: day("2006-01-01") },
  { start: day("2005-06-09"), end: day("2005-08-21") },
  { start: day("2005-06-09") + 3 * 3_600_000, end: day("2005-06-12") },
];
const CASES: [string, Viewer][] = [
  ["topic=syn-trade", ANONYMOUS],
  ["country=MY", ANONYMOUS],
  ["topic=syn-trade&country=FR", EDITOR],
  ["importance=3&topic=syn-diplomacy,syn-trade", ANONYMOUS],
  ["from=2004-02&to=2008&country=MY", ANONYMOUS],
];
const GROUPINGS: LaneGrouping[] = ["topic", "country", "actor", "none"];
const WALKS: WalkFilter[][] = [["topic"], ["country"], ["topic", "actor", "country"]];

describe("a live window count gives the same lanes and density whichever plan reads it", () => {
  let slugs: string[] = [];
  beforeAll(async () => {
    slugs = [
      ...(await insertSyntheticEvents({ count: 400, seed: 11, status: "published", fromYear: 2001, toYear: 2009 })),
      ...(await insertSyntheticEvents({ count: 60, seed: 12, status: "draft", fromYear: 2004, toYear: 2006 })),
    ];
  });
  afterAll(async () => {
    await removeTestEvents(slugs);
  });

  it.each(CASES)("“%s” (%o): walked or from the links, in one pass or two", async (query, viewer) => {
    const filter = await filterFromQuery(query);
    for (const window of WINDOWS) {
      const bounds = bucketBounds(window, chooseBucketStep(window, 900));
      for (const groupBy of GROUPINGS) {
        const label = `${JSON.stringify(window)} ${groupBy}`;
        const reference = liveWindowCounter(filter, viewer, window);
        const expected = await reference.countLanes(groupBy);
        // Hide the second lane and show three, so "Other" folds lanes and skips a hidden one.
        const hiddenKeys = expected.lanes.slice(1, 2).map((lane) => lane.key);
        const { shown, folded } = chooseShownLanes(expected.lanes, { order: [], hidden: hiddenKeys }, 3);
        const request = { groupBy, shownKeys: shown.map((lane) => lane.key), hiddenKeys, withOther: groupBy !== "none" && folded.length > 0, bounds, step: chooseBucketStep(window, 900) };
        const expectedDensity = await reference.countDensity(request);
        if (expected.total > 0 && groupBy !== "none") expect(expectedDensity.length, label).toBeGreaterThan(0);

        const variants = [
          ...WALKS.map((walk) => liveWindowCounter(filter, viewer, window, new Set(walk))),
          liveWindowCounter(filter, viewer, window, undefined, bounds),
          liveWindowCounter(filter, viewer, window, new Set(["topic", "country"]), bounds),
          liveWindowCounter(filter, viewer, window, await planWindowWalk(filter, viewer, window), bounds),
        ];
        for (const variant of variants) {
          expect(await variant.countLanes(groupBy), label).toEqual(expected);
          expect(await variant.countDensity(request), label).toEqual(expectedDensity);
        }
      }
    }
  });

  it("walks a narrow window of a common topic and reads a wide one from the topic's links", async () => {
    const filter = await filterFromQuery("topic=syn-trade");
    expect(await planWindowWalk(filter, ANONYMOUS, { start: day("2005-06-09"), end: day("2005-06-12") })).toEqual(new Set(["topic"]));
    expect(await planWindowWalk(filter, ANONYMOUS, { start: day("1990-01-01"), end: day("2030-01-01") })).toEqual(new Set());
  });

  it("reads a topic and a country from the smaller one's links and tests the other row by row", async () => {
    const filter = await filterFromQuery("topic=syn-trade,syn-diplomacy&country=MY");
    expect(await planWindowWalk(filter, ANONYMOUS, { start: day("1990-01-01"), end: day("2030-01-01") })).toEqual(new Set(["topic"]));
  });
});
