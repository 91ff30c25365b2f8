import { describe, expect, it } from "vitest";
import { findEvents } from "@/lib/queries/find-events";
import { ANONYMOUS } from "@/lib/domain/viewer";
import { EMPTY_FILTER } from "@/lib/filters/event-filter";

const everything = { ...EMPTY_FILTER, topicIds: [], actorIds: [] };

describe("findEvents on the reference data", () => {
  it("lists the sixteen published reference events in date order", async () => {
    const result = await findEvents({ filter: everything, viewer: ANONYMOUS, pageSize: 100 });
    expect(result.total).toBe(16);
    const labels = result.rows.map((row) => row.dateLabel);
    expect(labels).toContain("27–28 June 2025");
    expect(labels).toContain("July 2019");
    expect(labels).toContain("Summer 2025");
    expect(labels.indexOf("31 May 1974")).toBeLessThan(labels.indexOf("2013"));
  });
});
