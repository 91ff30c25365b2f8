import { describe, expect, it } from "vitest";
import type { ActivityStats } from "@/lib/queries/dashboard/get-activity";
import { EMPTY_FILTER, parseEventFilter } from "@/lib/filters/event-filter";
import { OTHER_COLOUR, SERIES_COLOURS } from "@/lib/charts/series-palette";
import { toActivityChartData, toActivitySeries, toActivityTable } from "./activity-chart-data";

const activity: ActivityStats = {
  interval: "month",
  intervalChoice: "auto",
  continuous: true,
  unknownStart: 0,
  unknownStartOngoing: 0,
  startedBeforePeriod: 0,
  series: [
    { key: "diplomacy", label: "Diplomacy", kind: "topic", topics: ["diplomacy"], topicNames: ["Diplomacy"], total: 2 },
    { key: "_other", label: "Other topics", kind: "other", topics: ["energy", "culture"], topicNames: ["Energy", "Culture"], total: 1 },
  ],
  buckets: [
    { key: "2025-04", total: 2, counts: { diplomacy: 2, _other: 1 } },
    { key: "2025-05", total: 0, counts: { diplomacy: 0, _other: 0 } },
  ],
};

describe("activity chart data", () => {
  it("colours topics in rank order and Other in grey", () => {
    expect(toActivitySeries(activity).map((s) => s.colour)).toEqual([SERIES_COLOURS[0], OTHER_COLOUR]);
  });

  it("labels bars and links each bar and non-empty segment to its events", () => {
    const [april, may] = toActivityChartData(activity, EMPTY_FILTER);
    expect(april).toMatchObject({ label: "Apr 2025", longLabel: "April 2025", total: 2 });
    expect(decodeURIComponent(april!.href!)).toBe("/events?from=2025-04&to=2025-04&match=start");
    expect(decodeURIComponent(april!.segmentHrefs._other!)).toBe("/events?from=2025-04&to=2025-04&match=start&topic=energy,culture");
    expect(may).toMatchObject({ href: null, segmentHrefs: { diplomacy: null, _other: null } });
  });

  it("leaves a segment unlinked when the filter's topics cannot be narrowed to it", () => {
    const parsed = parseEventFilter(new URLSearchParams("topic=diplomacy"));
    if (!parsed.ok) throw new Error("filter");
    const [april] = toActivityChartData(activity, parsed.value);
    expect(april!.segmentHrefs.diplomacy).not.toBeNull();
    expect(april!.segmentHrefs._other).toBeNull();
  });

  it("tabulates only periods with events, with a named link on every number", () => {
    const table = toActivityTable(activity, EMPTY_FILTER);
    expect(table.columns.map((c) => c.label)).toEqual(["Period", "Events", "Diplomacy", "Other topics"]);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(["April 2025", "2", "2", "1"]);
    expect(table.rows[0]!.cells[3]!.label).toBe("Other topics, April 2025: 1 event");
  });
});
