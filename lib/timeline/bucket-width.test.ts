import { describe, expect, it } from "vitest";
import { bucketGrid, chooseBucketWidth, describeBucketWidth, MAX_BUCKETS } from "./bucket-width";
import { DAY_MS, HOUR_MS, MAX_SPAN_MS, MIN_SPAN_MS, YEAR_MS } from "./window-math";

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("chooseBucketWidth", () => {
  it("gives about one bucket per 8–12 px, rounded to a calendar-like width", () => {
    const year = { start: at("2025-01-01"), end: at("2026-01-01") };
    const width = chooseBucketWidth(year, 1000);
    expect(width).toBe(7 * DAY_MS);
    const px = 1000 / ((year.end - year.start) / width);
    expect(px).toBeGreaterThanOrEqual(8);
    expect(px).toBeLessThanOrEqual(24);
  });

  it("uses hours at the closest zoom and centuries-wide windows stay within the bucket limit", () => {
    expect(chooseBucketWidth({ start: 0, end: MIN_SPAN_MS }, 800)).toBe(HOUR_MS);
    const widest = { start: at("1600-01-01"), end: at("1600-01-01") + MAX_SPAN_MS };
    const width = chooseBucketWidth(widest, 5000);
    expect(width).toBe(5 * YEAR_MS);
    expect(MAX_SPAN_MS / width).toBeLessThanOrEqual(MAX_BUCKETS);
  });

  it("never divides by zero for a zero or tiny pixel width", () => {
    expect(chooseBucketWidth({ start: 0, end: 10 * YEAR_MS }, 0)).toBe(10 * YEAR_MS);
  });
});

describe("bucketGrid", () => {
  it("aligns buckets to multiples of the width so panning keeps them in place", () => {
    const grid = bucketGrid({ start: 5 * DAY_MS + 3, end: 12 * DAY_MS }, DAY_MS);
    expect(grid).toEqual({ origin: 5 * DAY_MS, count: 7 });
    const before = bucketGrid({ start: -1.5 * DAY_MS, end: 0.5 * DAY_MS }, DAY_MS);
    expect(before).toEqual({ origin: -2 * DAY_MS, count: 3 });
  });
});

describe("describeBucketWidth", () => {
  it("names round widths in words", () => {
    expect(describeBucketWidth(7 * DAY_MS)).toBe("one week");
    expect(describeBucketWidth(YEAR_MS)).toBe("one year");
    expect(describeBucketWidth(10 * YEAR_MS)).toBe("one decade");
    expect(describeBucketWidth(6 * HOUR_MS)).toBe("6 hours");
    expect(describeBucketWidth(91 * DAY_MS)).toBe("3 months");
  });
});
