import { describe, expect, it } from "vitest";
import { filterFromQuery } from "../support/filter-from-query";
import { setUpStrippedSyntheticEvents } from "./stripped-synthetic-events";
import { findEventsExtent, getTimelineExtent } from "@/lib/queries/get-timeline-extent";
import { countedTarget } from "../support/count-plans";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";

const EDITOR: Viewer = { userId: "member-extent-test", role: "editor" };
const DAY = 86_400_000;

describe("a one-member filter's timeline extent, from event_counts and event_link_days, equals the events' own", () => {
  const fixture = setUpStrippedSyntheticEvents({ published: 12, drafts: 13 });

  it("counts the same events over the same span, to the day, for topics, actors and countries", async () => {
    const cases: [string, Viewer][] = [
      ["country=MY", ANONYMOUS],
      [`actor=${fixture.busiestActor()}`, EDITOR],
      [`actor=${fixture.busiestActor()}&status=any`, EDITOR],
      ["topic=syn-trade&importance=3", ANONYMOUS],
      ["topic=syn-trade&status=draft", EDITOR],
      ["country=MY&to=2005-06", ANONYMOUS],
      ["country=MY&from=2006", ANONYMOUS],
      ["country=MY&to=1995", ANONYMOUS],
    ];
    for (const [query, viewer] of cases) {
      const filter = await filterFromQuery(query);
      const target = countedTarget(filter, viewer);
      expect(target && target.dim !== "all", query).toBe(true);
      const extent = await getTimelineExtent({ filter, viewer });
      const events = await findEventsExtent(filter, viewer);
      const period = target!.scope.period;
      // Counts keep days: the first known start's day, the day after the last end.
      expect(extent, query).toEqual({
        count: events.count,
        first: events.count === 0 ? null : (period.start ?? (events.first === null ? null : Math.floor(events.first / DAY) * DAY)),
        last: events.count === 0 ? null : (period.end ?? (events.last === null ? null : Math.ceil(events.last / DAY) * DAY)),
        openEnded: period.end === null && events.openEnded,
      });
      if (query === "country=MY") expect(extent.count).toBeGreaterThan(20);
    }
  });
});
