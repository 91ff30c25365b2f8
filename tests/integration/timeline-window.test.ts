import { filterFromQuery } from "../support/filter-from-query";
import { describe, expect, it } from "vitest";
import { findEvents } from "@/lib/queries/find-events";
import { getTimelineWindow, NO_LANE_KEY } from "@/lib/queries/get-timeline-window";
import { getTimelineExtent } from "@/lib/queries/get-timeline-extent";
import { ANONYMOUS } from "@/lib/domain/viewer";
import { LIMITS } from "@/lib/timeline/window-math";
import { parseTimelineParams } from "@/lib/timeline/timeline-params";


function windowOf(query: string) {
  const { value, errors } = parseTimelineParams(new URLSearchParams(query));
  if (errors.length || !value.window) throw new Error(JSON.stringify(errors));
  return value.window;
}

describe("getTimelineWindow on the reference data", () => {
  it.each(["", "topic=cbdc", "country=FR", "actor=anwar-ibrahim", "q=visit", "from=2025-04&to=2025-06", "importance=4", "topic=diplomacy&country=CN"])(
    "counts the same events as findEvents for the filter “%s” over all time",
    async (query) => {
      const filter = await filterFromQuery(query);
      const [timeline, table] = await Promise.all([
        getTimelineWindow({ filter, viewer: ANONYMOUS, window: LIMITS, groupBy: "topic" }),
        findEvents({ filter, viewer: ANONYMOUS, pageSize: 100 }),
      ]);
      expect(timeline.total).toBe(table.total);
      expect(timeline.items.map((item) => item.slug).sort()).toEqual(table.rows.map((row) => row.slug).sort());
      expect(timeline.truncated).toBe(false);
    },
  );

  it("returns June 2025’s events, partial dates included, and nothing from 2019", async () => {
    const filter = await filterFromQuery("");
    const result = await getTimelineWindow({ filter, viewer: ANONYMOUS, window: windowOf("start=2025-06&end=2025-06"), groupBy: "topic" });
    const slugs = result.items.map((item) => item.slug);
    expect(slugs).toContain("sasana-symposium-2025");
    expect(slugs).toContain("banque-de-france-cbdc-webinars");
    expect(slugs).not.toContain("ecrl-relaunched-after-renegotiation");
    expect(slugs).not.toContain("anwar-macron-elysee-meeting");
    // The two ongoing events with unknown starts may have happened in any window.
    expect(slugs).toContain("madani-agenda-digital-transition");
    expect(result.total).toBe(result.items.length);
  });

  it("puts the Élysée meeting in the diplomacy lane, and counts lanes over the window", async () => {
    const filter = await filterFromQuery("");
    const result = await getTimelineWindow({ filter, viewer: ANONYMOUS, window: windowOf("start=2025-07&end=2025-07"), groupBy: "topic" });
    const elysee = result.items.find((item) => item.slug === "anwar-macron-elysee-meeting");
    expect(elysee?.laneKeys).toContain("diplomacy");
    const diplomacy = result.lanes.find((lane) => lane.key === "diplomacy");
    expect(diplomacy?.label).toBe("Diplomacy");
    expect(diplomacy?.count).toBe(result.items.filter((item) => item.laneKeys.includes("diplomacy")).length);
    expect(result.lanes.some((lane) => lane.key === NO_LANE_KEY)).toBe(false);
  });

  it("groups by country with names, and by nothing into one lane", async () => {
    const filter = await filterFromQuery("");
    const byCountry = await getTimelineWindow({ filter, viewer: ANONYMOUS, window: LIMITS, groupBy: "country" });
    expect(byCountry.lanes[0]).toEqual({ key: "MY", label: "Malaysia", count: 15 });
    expect(byCountry.items.find((item) => item.slug === "banque-de-france-cbdc-webinars")?.laneKeys).toEqual(["FR"]);
    const single = await getTimelineWindow({ filter, viewer: ANONYMOUS, window: LIMITS, groupBy: "none" });
    expect(single.lanes).toHaveLength(1);
    expect(single.lanes[0]?.count).toBe(16);
  });

  it("keeps the most important events when more match than the limit", async () => {
    const filter = await filterFromQuery("");
    const result = await getTimelineWindow({ filter, viewer: ANONYMOUS, window: LIMITS, groupBy: "topic", limit: 3 });
    expect(result.total).toBe(16);
    expect(result.truncated).toBe(true);
    expect(result.items).toHaveLength(3);
    expect(result.items.every((item) => item.importance === 5)).toBe(true);
    expect(result.lanes.find((lane) => lane.key === "diplomacy")?.count).toBe(7);
  });
});

describe("getTimelineExtent", () => {
  it("spans the known dates, ignoring unknown starts, and notes ongoing events", async () => {
    const extent = await getTimelineExtent({ filter: await filterFromQuery(""), viewer: ANONYMOUS });
    expect(extent.count).toBe(16);
    expect(new Date(extent.first!).toISOString().slice(0, 10)).toBe("1974-05-31");
    expect(new Date(extent.last!).toISOString().slice(0, 10)).toBe("2025-09-01");
    expect(extent.openEnded).toBe(true);
  });
});
