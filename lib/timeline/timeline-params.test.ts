import { describe, expect, it } from "vitest";
import { parseTimelineParams } from "./timeline-params";

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const read = (query: string) => parseTimelineParams(new URLSearchParams(query));

describe("parseTimelineParams", () => {
  it("reads a window from the start of start to the end of end", () => {
    const { value, errors } = read("start=2025&end=2025-06&lanes=actor");
    expect(errors).toEqual([]);
    expect(value.groupBy).toBe("actor");
    expect(iso(value.window!.start)).toBe("2025-01-01");
    expect(iso(value.window!.end)).toBe("2025-07-01");
  });

  it("takes one bound alone as its own span", () => {
    const { value } = read("start=2025-06");
    expect(iso(value.window!.start)).toBe("2025-06-01");
    expect(iso(value.window!.end)).toBe("2025-07-01");
  });

  it("defaults to topic lanes and no window", () => {
    expect(read("q=visit").value).toEqual({ groupBy: "topic", window: null, laneChoice: { order: [], hidden: [] }, pixelWidth: 1000 });
  });

  it("reads the reader's lane order, hidden lanes and the plot width", () => {
    const { value, errors } = read("lanes=country&lane_order=FR,CN&hidden=MY&px=640");
    expect(errors).toEqual([]);
    expect(value.laneChoice).toEqual({ order: ["FR", "CN"], hidden: ["MY"] });
    expect(value.pixelWidth).toBe(640);
    expect(read("px=wide").errors.map((e) => e.param)).toEqual(["px"]);
  });

  it("explains bad values and keeps the good ones", () => {
    const { value, errors } = read("lanes=colour&start=2025-02-30&end=2025-06");
    expect(errors.map((e) => e.param)).toEqual(["lanes", "start"]);
    expect(errors[0]!.message).toContain("topic, actor, country, actor_kind, none");
    expect(errors[1]!.message).toContain("February 2025 has 28 days");
    expect(value.groupBy).toBe("topic");
    expect(iso(value.window!.start)).toBe("2025-06-01");
  });

  it("refuses an end before the start", () => {
    const { value, errors } = read("start=2025-07&end=2025-06");
    expect(errors).toEqual([{ param: "end", message: "“end” is before “start”." }]);
    expect(value.window).toBeNull();
  });
});
