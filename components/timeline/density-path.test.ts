import { describe, expect, it } from "vitest";
import { densityPath, summariseDensity } from "./density-path";

const DAY = 86_400_000;
const bucket = (laneKey: string, day: number, count: number) => ({ laneKey, start: day * DAY, end: (day + 1) * DAY, count });

describe("densityPath", () => {
  it("draws one bar per non-empty bucket in view, the busiest full height", () => {
    const path = densityPath([bucket("a", 0, 4), bucket("a", 1, 1), bucket("a", 20, 9)], { start: 0, end: 10 * DAY }, 100, 20, 4);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).toContain("M0.0 20h9.0v-20.0");
    expect(path).toContain("M10.0 20h9.0v-10.0");
  });
});

describe("summariseDensity", () => {
  it("sums buckets into a few periods per lane without losing any event", () => {
    const buckets = [bucket("a", 0, 2), bucket("a", 5, 3), bucket("b", 9, 4), bucket("c", 1, 7)];
    const bounds = Array.from({ length: 11 }, (_, day) => day * DAY);
    const rows = summariseDensity(buckets, ["a", "b"], { start: 0, end: 10 * DAY }, bounds, 2);
    expect(rows).toEqual([
      { start: 0, end: 5 * DAY, counts: [2, 0] },
      { start: 5 * DAY, end: 10 * DAY, counts: [3, 4] },
    ]);
  });

  it("follows calendar buckets of unequal length and clips rows to the window", () => {
    const months = [Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1), Date.UTC(2024, 3, 1)];
    const buckets = [0, 1, 2].map((index) => ({ laneKey: "a", start: months[index]!, end: months[index + 1]!, count: index + 1 }));
    const rows = summariseDensity(buckets, ["a"], { start: Date.UTC(2024, 0, 15), end: Date.UTC(2024, 2, 10) }, months, 8);
    expect(rows).toEqual([
      { start: Date.UTC(2024, 0, 15), end: months[1], counts: [1] },
      { start: months[1], end: months[2], counts: [2] },
      { start: months[2], end: Date.UTC(2024, 2, 10), counts: [3] },
    ]);
  });
});
