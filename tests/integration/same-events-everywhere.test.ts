import { filterFromQuery } from "../support/filter-from-query";
import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { findEvents } from "@/lib/queries/find-events";
import { getTimelineWindow } from "@/lib/queries/get-timeline-window";
import { getDashboardStats } from "@/lib/queries/get-dashboard-stats";
import { DATE_MAX, DATE_MIN } from "@/lib/dates/event-date";

const EDITOR: Viewer = { userId: "test-editor", role: "editor" };


const everywhere = { start: DATE_MIN, end: DATE_MAX };

describe("one filter, one set of events: table, timeline and dashboard agree", () => {
  const cases: [string, number][] = [
    ["", 16],
    ["topic=diplomacy", 7],
    ["topic=cbdc", 3],
    ["from=2025-06&to=2025-06", 5],
    ["from=2025-04&to=2025-07&country=CN", 6],
    ["actor=anwar-ibrahim&importance=4", 4],
    ["q=ECRL", 1],
    ["from=2019-07&to=2019-07&match=start", 1],
  ];

  it.each(cases)("for “%s” they count %i events", async (query, expected) => {
    const filter = await filterFromQuery(query);
    for (const viewer of [ANONYMOUS, EDITOR]) {
      const table = await findEvents({ filter, viewer, pageSize: 100 });
      const timeline = await getTimelineWindow({ filter, viewer, window: everywhere, groupBy: "none" });
      const dashboard = await getDashboardStats({ filter, viewer });
      expect(table.total).toBe(expected);
      expect(timeline.total).toBe(expected);
      expect(dashboard.headline.counts.events).toBe(expected);
      expect(new Set(timeline.items.map((item) => item.id))).toEqual(new Set(table.rows.map((row) => row.id)));
    }
  });
});
