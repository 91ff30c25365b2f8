import { describe, expect, it } from "vitest";
import { bucketBounds, chooseBucketStep, describeBucketStep, MAX_BUCKETS, nominalStepMs } from "./bucket-width";
import { DAY_MS, MAX_SPAN_MS, MIN_SPAN_MS } from "./window-math";

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("chooseBucketStep", () => {
  it("gives about one bucket per 8–24 px, rounded to a calendar step", () => {
    const year = { start: at("2025-01-01"), end: at("2026-01-01") };
    const step = chooseBucketStep(year, 1000);
    expect(step).toEqual({ unit: "day", count: 7 });
    const px = 1000 / ((year.end - year.start) / nominalStepMs(step));
    expect(px).toBeGreaterThanOrEqual(8);
    expect(px).toBeLessThanOrEqual(24);
    expect(chooseBucketStep({ start: at("1990-01-01"), end: at("2027-01-01") }, 1000)).toEqual({ unit: "month", count: 6 });
  });

  it("uses hours at the closest zoom and centuries-wide windows stay within the bucket limit", () => {
    expect(chooseBucketStep({ start: 0, end: MIN_SPAN_MS }, 800)).toEqual({ unit: "hour", count: 1 });
    const widest = { start: at("1600-01-01"), end: at("1600-01-01") + MAX_SPAN_MS };
    const step = chooseBucketStep(widest, 5000);
    expect(step).toEqual({ unit: "month", count: 60 });
    expect(bucketBounds(widest, step).length - 1).toBeLessThanOrEqual(MAX_BUCKETS + 1);
  });

  it("never divides by zero for a zero or tiny pixel width", () => {
    expect(chooseBucketStep({ start: 0, end: 10 * 365 * DAY_MS }, 0)).toEqual({ unit: "month", count: 120 });
  });
});

describe("bucketBounds", () => {
  it("puts day buckets on multiples of the step from the epoch, covering the window", () => {
    expect(bucketBounds({ start: 5 * DAY_MS + 3, end: 8 * DAY_MS }, { unit: "day", count: 1 })).toEqual([5, 6, 7, 8].map((d) => d * DAY_MS));
    expect(bucketBounds({ start: -1.5 * DAY_MS, end: 0.5 * DAY_MS }, { unit: "day", count: 1 })).toEqual([-2, -1, 0, 1].map((d) => d * DAY_MS));
  });

  it("puts month and year buckets on calendar boundaries, aligned to their count", () => {
    const months = bucketBounds({ start: at("2024-02-10"), end: at("2024-05-01") }, { unit: "month", count: 1 });
    expect(months).toEqual(["2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"].map(at));
    const quarters = bucketBounds({ start: at("2024-02-10"), end: at("2024-07-02") }, { unit: "month", count: 3 });
    expect(quarters).toEqual(["2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01"].map(at));
    const fiveYears = bucketBounds({ start: at("1993-06-01"), end: at("2001-01-01") }, { unit: "month", count: 60 });
    expect(fiveYears).toEqual(["1990-01-01", "1995-01-01", "2000-01-01", "2005-01-01"].map(at));
  });

  it("reaches years before 100 without the two-digit year trap", () => {
    expect(bucketBounds({ start: at("0050-03-01"), end: at("0051-01-01") }, { unit: "month", count: 12 })).toEqual(["0050-01-01", "0051-01-01"].map(at));
  });
});

describe("describeBucketStep", () => {
  it("names steps in words", () => {
    expect(describeBucketStep({ unit: "day", count: 7 })).toBe("one week");
    expect(describeBucketStep({ unit: "month", count: 12 })).toBe("one year");
    expect(describeBucketStep({ unit: "month", count: 120 })).toBe("one decade");
    expect(describeBucketStep({ unit: "month", count: 60 })).toBe("5 years");
    expect(describeBucketStep({ unit: "hour", count: 6 })).toBe("6 hours");
    expect(describeBucketStep({ unit: "month", count: 3 })).toBe("3 months");
  });
});
