import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterFromQuery } from "../support/filter-from-query";
import { removeTestEvents } from "./event-fixtures";
import { insertSyntheticEvents } from "./timeline-synthetic-events";
import { COUNT_WINDOWS } from "./count-windows";
import { db } from "@/lib/db/client";
import { FILTER_KEYS } from "@/lib/filters/event-filter";
import { countFromEvents, planCount, uncountedKeys, type CountPurpose } from "@/lib/queries/counts/plan-count";
import { countMatchingEvents } from "@/lib/queries/count-matching-events";
import { getTimelineExtent } from "@/lib/queries/get-timeline-extent";
import { getTimelineWindow } from "@/lib/queries/get-timeline-window";
import { getDashboardStats } from "@/lib/queries/get-dashboard-stats";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { LANE_GROUPINGS, type LaneGrouping } from "@/lib/timeline/timeline-params";

const EDITOR: Viewer = { userId: "planner-test", role: "editor" };
const LANES: readonly LaneGrouping[] = LANE_GROUPINGS;

/**
 * Filters that together set every filter key, alone and combined, for readers and editors. A key added to
 * FILTER_KEYS must be given a filter here (the first test says so), so the planner is never untested for it.
 */
function cases(actor: string): [string, Viewer][] {
  return [
    ["", ANONYMOUS],
    ["q=corridor", ANONYMOUS],
    ["from=2004-02&to=2008", ANONYMOUS],
    ["from=2005&match=start", ANONYMOUS],
    ["to=2006-Q2&match=start", EDITOR],
    ["topic=syn-trade", ANONYMOUS],
    [`actor=${actor}`, ANONYMOUS],
    ["country=MY", ANONYMOUS],
    ["importance=4", ANONYMOUS],
    ["status=draft", EDITOR],
    ["status=any&country=MY", EDITOR],
    ["topic=syn-trade&country=MY", ANONYMOUS],
    ["country=MY&from=2005&to=2006", ANONYMOUS],
    ["q=corridor&topic=syn-trade&importance=2", ANONYMOUS],
    [`actor=${actor}&from=2003&to=2008-06&match=start`, ANONYMOUS],
    ["actor_kind=government", ANONYMOUS],
    ["actor_kind=central_bank,company&country=MY&importance=2", ANONYMOUS],
  ];
}

describe("the count planner", () => {
  let slugs: string[] = [];
  let actor = "";
  beforeAll(async () => {
    slugs = [
      ...(await insertSyntheticEvents({ count: 400, seed: 11, status: "published", fromYear: 2001, toYear: 2009 })),
      ...(await insertSyntheticEvents({ count: 60, seed: 12, status: "draft", fromYear: 2004, toYear: 2006 })),
    ];
    const busiest = await db.actor.findFirstOrThrow({ where: { slug: { startsWith: "syn-" } }, orderBy: { events: { _count: "desc" } }, select: { slug: true } });
    actor = busiest.slug;
  });
  afterAll(async () => {
    await removeTestEvents(slugs);
  });

  it("is tried with every filter key", () => {
    const used = new Set(cases("x").flatMap(([query]) => [...new URLSearchParams(query).keys()]));
    expect(FILTER_KEYS.filter((key) => !used.has(key))).toEqual([]);
  });

  it("sends a filter with a key it does not list to the events (the event matrix), for every purpose", async () => {
    const filter = await filterFromQuery("country=MY");
    const withNewKey = { ...filter, regionIds: [3] } as typeof filter;
    expect(uncountedKeys(withNewKey)).toEqual(["regionIds"]);
    for (const purpose of ["events", "window", "dashboard"] as CountPurpose[]) {
      expect(planCount(filter, ANONYMOUS, purpose).table, purpose).not.toBe("event_matrix");
      expect(planCount(withNewKey, ANONYMOUS, purpose).table, purpose).toBe("event_matrix");
    }
  });

  it("counts list totals and the timeline's extent as the events do, for every filter key", async () => {
    for (const [query, viewer] of cases(actor)) {
      const filter = await filterFromQuery(query);
      const planned = await countMatchingEvents(filter, viewer, Number.POSITIVE_INFINITY);
      expect(planned, query).toEqual(await countMatchingEvents(filter, viewer, Number.POSITIVE_INFINITY, countFromEvents));
      expect(await getTimelineExtent({ filter, viewer }), query).toEqual(await getTimelineExtent({ filter, viewer, planner: countFromEvents }));
    }
  });

  it("counts timeline windows, their lanes and density as the events do, for every filter key", async () => {
    const windows = [COUNT_WINDOWS[0]!, COUNT_WINDOWS[1]!, COUNT_WINDOWS[3]!];
    for (const [query, viewer] of cases(actor)) {
      const filter = await filterFromQuery(query);
      for (const window of windows) {
        for (const groupBy of LANES) {
          const options = { filter, viewer, window, groupBy, densityThreshold: 50 };
          const label = `${query} by ${groupBy} in ${JSON.stringify(window)}`;
          expect(await getTimelineWindow(options), label).toEqual(await getTimelineWindow({ ...options, planner: countFromEvents }));
        }
      }
    }
  });

  it("counts the dashboard as the events do, for every filter key", async () => {
    for (const [query, viewer] of cases(actor)) {
      const filter = await filterFromQuery(query);
      for (const interval of [undefined, "month"] as const) {
        const planned = await getDashboardStats({ filter, viewer, interval });
        expect(planned, `${query} by ${interval}`).toEqual(await getDashboardStats({ filter, viewer, interval, planner: countFromEvents }));
      }
    }
  });

  it("uses the count tables for the shapes they answer", async () => {
    const tables = async (query: string, viewer: Viewer = ANONYMOUS) => {
      const filter = await filterFromQuery(query);
      return (["events", "window", "dashboard"] as const).map((purpose) => planCount(filter, viewer, purpose).table);
    };
    expect(await tables("")).toEqual(["event_counts", "event_counts", "event_counts"]);
    expect(await tables("country=MY")).toEqual(["event_counts", "event_counts", "event_pair_counts"]);
    expect(await tables("country=MY&from=2005")).toEqual(["event_counts", "event_counts", "event_matrix"]);
    expect(await tables("from=2005&match=start")).toEqual(["event_counts", "event_matrix", "event_counts"]);
    expect(await tables("q=corridor")).toEqual(["event_matrix", "event_matrix", "event_matrix"]);
    expect(await tables("topic=syn-trade&country=MY")).toEqual(["event_matrix", "event_matrix", "event_matrix"]);
    expect(await tables("actor_kind=government")).toEqual(["event_matrix", "event_matrix", "event_matrix"]);
    const all = await filterFromQuery("");
    expect(planCount(all, ANONYMOUS, "window", "actor_kind").table).toBe("event_matrix");
    expect(planCount(all, ANONYMOUS, "window", "country").table).toBe("event_counts");
  });

  it("counts from the events in SQL when the event matrix is off", async () => {
    const filter = await filterFromQuery("topic=syn-trade&country=MY");
    process.env.CHRONICLE_EVENT_MATRIX = "off";
    try {
      expect(planCount(filter, ANONYMOUS, "dashboard").table).toBe("events");
    } finally {
      delete process.env.CHRONICLE_EVENT_MATRIX;
    }
    expect(planCount(filter, ANONYMOUS, "dashboard").table).toBe("event_matrix");
  });
});
