import { describe, expect, it } from "vitest";
import type { TimelineWindowResult } from "@/lib/queries/get-timeline-window";
import { coversView, timelineRequestUrl } from "./timeline-request";

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const noChoice = { order: [], hidden: [] };
const loaded = (start: string, end: string, truncated = false): TimelineWindowResult => ({
  window: { start: at(start), end: at(end) },
  groupBy: "topic",
  lanes: [],
  laneOptions: [],
  laneChoice: noChoice,
  items: [],
  total: truncated ? 500 : 10,
  truncated,
  limit: 300,
  dense: truncated,
  buckets: [],
  bucketStep: null,
  bucketBounds: [],
});
const topic = { groupBy: "topic" as const, laneChoice: noChoice };

describe("coversView", () => {
  const view = { start: at("2025-04-01"), end: at("2025-05-01") };

  it("needs no request while the loaded window still covers the view", () => {
    expect(coversView(loaded("2025-03-20", "2025-05-10"), view, topic)).toBe(true);
  });

  it("needs one when the view leaves the loaded window or the lanes or the lane choice change", () => {
    expect(coversView(loaded("2025-04-10", "2025-05-10"), view, topic)).toBe(false);
    expect(coversView(loaded("2025-03-20", "2025-05-10"), view, { ...topic, groupBy: "actor" })).toBe(false);
    expect(coversView(loaded("2025-03-20", "2025-05-10"), view, { ...topic, laneChoice: { order: ["cbdc"], hidden: [] } })).toBe(false);
  });

  it("refetches a dense window once the reader has zoomed well into it", () => {
    expect(coversView(loaded("2025-03-20", "2025-05-10", true), view, topic)).toBe(true);
    expect(coversView(loaded("2024-01-01", "2026-01-01", true), view, topic)).toBe(false);
  });
});

describe("timelineRequestUrl", () => {
  it("keeps the filter and names the window, lanes, lane choice and a rounded width", () => {
    const url = timelineRequestUrl("topic=cbdc&q=bank", { start: at("2025-04-01"), end: at("2025-05-01") }, { groupBy: "country", laneChoice: { order: ["FR", "CN"], hidden: ["MY"] }, pixelWidth: 1234 });
    expect(url).toBe("/api/v1/timeline?topic=cbdc&q=bank&start=2025-04&end=2025-04&lanes=country&lane_order=FR%2CCN&hidden=MY&px=1200");
  });
});
